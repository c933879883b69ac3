package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestDecisionTitledByWhatWasAdopted: a decision is titled as the document
// or resolution adopted (关于…的决议), not as the act of adopting it
// (审议通过《…》), which is the minutes' sentence.
func TestDecisionTitledByWhatWasAdopted(t *testing.T) {
	for _, d := range sample.Corpus(t).Decisions {
		for _, verb := range []string{"审议", "通过", "同意"} {
			if strings.HasPrefix(d.Title, verb) {
				t.Errorf("decision %s is titled %q, a verb phrase; title it as what was adopted", d.ID, d.Title)
			}
		}
	}
	page := text(sample.Page(t, "decisions/plenary-work-report-2023.html"))
	if !strings.Contains(page, "关于中共江川市委常委会2023年工作报告的决议") {
		t.Error("the decision on the 2023 work report is not titled 关于中共江川市委常委会2023年工作报告的决议")
	}
}

// TestDivisionAdjustmentReadsAsTheCommitteesDocument: the decision says
// 分管宣传思想工作, as the structured record does (not 负责, a deputy
// secretary's duty), and no data-entry note such as 分工表见….
func TestDivisionAdjustmentReadsAsTheCommitteesDocument(t *testing.T) {
	page := text(sample.Page(t, "decisions/division-adjustment-2024-07.html"))
	if !strings.Contains(page, "冯晓东同志分管宣传思想工作、社会事业发展，牵头纺织服装产业") {
		t.Error("the division adjustment does not say 冯晓东同志分管宣传思想工作、社会事业发展，牵头纺织服装产业")
	}
	for _, bad := range []string{"负责宣传思想工作", "分工表见", "分工记录"} {
		if strings.Contains(page, bad) {
			t.Errorf("the division adjustment says %q", bad)
		}
	}
}
