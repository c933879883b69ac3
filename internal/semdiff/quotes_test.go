package semdiff

import "testing"

// TestInnerQuotes: a title inside “…” has its own “” made ‘’; a title in
// 《…》 keeps them; English sentences are left alone.
func TestInnerQuotes(t *testing.T) {
	got := msg(Chinese, "task-completed", "《松溪县“7·12”山洪灾害灾后恢复重建方案》", "高频“一件事”全部实现集成办理", "2025年6月20日")
	want := "《松溪县“7·12”山洪灾害灾后恢复重建方案》：督办任务“高频‘一件事’全部实现集成办理”已于2025年6月20日完成"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := msg(Chinese, "task-completed", "《方案》", "规划", "2025年6月20日"); got != "《方案》：督办任务“规划”已于2025年6月20日完成" {
		t.Errorf("a title without quotes changed: %s", got)
	}
}
