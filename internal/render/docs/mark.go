package docs

import "github.com/fengong/fengong/internal/model"

// Mark is what a document printed by a build at level says in the 版头's
// top left corner (GB/T 9704-2012 §7.2.2: 密级和保密期限, 3号黑体, 顶格
// in the type area's top left): nothing in a public build; 内部资料 in an
// internal one, where the handbook says 内部资料　注意保管 on every page;
// the build's 密级 above that, so that every sheet of a classified build
// says how to keep it. A record classified at the build's level gives its
// own mark, with its 保密期限 when it has one (秘密★1年).
func Mark(level model.Level, own model.Classification) string {
	switch {
	case level.Rank() <= model.Public.Rank():
		return ""
	case level == model.Internal:
		return "内部资料"
	case own.Level == level && own.Mark() != "":
		return own.Mark()
	}
	return level.Chinese()
}
