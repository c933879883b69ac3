package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestAreaPageLeavesOutEmptyFacts: 临河区 is liaised by 刘志远 and nobody
// assists; its page says 联系领导 刘志远 and no "联系 —" or "协助 —" that
// would contradict it.
func TestAreaPageLeavesOutEmptyFacts(t *testing.T) {
	page := text(sample.Page(t, "areas/county-linhe.html"))
	if !strings.Contains(page, "联系领导刘志远") {
		t.Error("临河区's page does not say 联系领导 刘志远")
	}
	for _, empty := range []string{"联系—", "协助—"} {
		if strings.Contains(page, empty) {
			t.Errorf("临河区's page shows the empty fact %q", empty)
		}
	}
}

// TestAreaNoteSetOffFromItsLink: a portfolio's note follows the area's
// link in parentheses, as 属… does, not run into its name.
func TestAreaNoteSetOffFromItsLink(t *testing.T) {
	page := text(sample.Page(t, "people/liu-zhiyuan.html"))
	if !strings.Contains(page, "临河区（联系县区）") {
		t.Error("刘志远's page does not read 临河区（联系县区）")
	}
}

// TestOfficeLedByItsSecretaryGeneral: 郑文涛 分管市委办公室 (his record
// leads it and his bio says so), so the office's page names him, not
// 属市委日常工作 王堃.
func TestOfficeLedByItsSecretaryGeneral(t *testing.T) {
	page := text(sample.Page(t, "areas/dept-office.html"))
	if !strings.Contains(page, "分管领导郑文涛") || strings.Contains(page, "王堃") {
		t.Error("中共江川市委办公室's page does not name 郑文涛 as its leader")
	}
}
