package check_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// presidesRE finds what a bio says its person 主持…全面工作 over.
var presidesRE = regexp.MustCompile(`主持(.+?)全面工作`)

// TestSampleBioPresidesOnlyOverOwnUnit: 主持某单位全面工作 is said of
// that unit's own head. A standing member who is in charge of a unit
// headed by someone else 分管 it, as the division table says (郑文涛,
// 秘书长, 分管市委办公室, whose 主任 is 程光宇); a bio that says 主持 there
// contradicts the structured record beside it.
func TestSampleBioPresidesOnlyOverOwnUnit(t *testing.T) {
	c := sample.Corpus(t)
	for _, p := range c.People {
		for _, m := range presidesRE.FindAllStringSubmatch(string(p.Bio), -1) {
			unit := m[1]
			for _, other := range c.People {
				if other == p {
					continue
				}
				for _, post := range other.Posts {
					if heads(post.Title, unit) {
						t.Errorf("%s's bio says 主持%s全面工作, but %s is %s: say 分管%s, as the division does", p.Name, unit, other.Name, post.Title, unit)
					}
				}
			}
		}
	}
}

// heads reports whether a post title makes its holder the head of unit
// (市委办公室主任, 市委统战部部长); a deputy's title (副主任) does not.
func heads(title, unit string) bool {
	for _, part := range strings.Split(title, "、") {
		for _, head := range []string{"主任", "部长", "书记"} {
			if strings.HasSuffix(part, unit+head) {
				return true
			}
		}
	}
	return false
}
