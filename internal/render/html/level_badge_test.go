package html

import (
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// The badge for things above public: their level's name, nothing for
// public or an unstated level.
func TestLevelBadge(t *testing.T) {
	p := &Page{site: &site{loc: "zh-CN"}}
	for level, want := range map[model.Level]string{
		model.Internal: `<span class="level-badge">内部</span>`, model.Confidential: `<span class="level-badge">秘密</span>`,
		model.Public: "", "": "",
	} {
		if got := string(p.LevelBadge(level)); got != want {
			t.Errorf("LevelBadge(%q) = %q, want %q", level, got, want)
		}
	}
}
