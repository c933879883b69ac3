package html_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestTasksChartLegendFollowsTheSections: the supervision chart's legend
// names the statuses in the order of the page's sections below it
// (已逾期, 推进中, 已完成), as its bars' figures count them.
func TestTasksChartLegendFollowsTheSections(t *testing.T) {
	page := sample.Page(t, "supervision/index.html")
	chart, rest, ok := strings.Cut(page, "</svg>")
	if !ok || !strings.Contains(chart, `class="chart tasks"`) {
		t.Fatal("the sample's supervision page has no tasks chart")
	}
	var sections, legend []string
	for _, m := range regexp.MustCompile(`<h2 id="h-[a-z]+">([^<]+)</h2>`).FindAllStringSubmatch(rest, -1) {
		sections = append(sections, m[1])
	}
	for _, m := range regexp.MustCompile(`class="tk-(?:over|prog|done)"/><text [^>]*class="tk-label">([^<]+)</text>`).FindAllStringSubmatch(chart, -1) {
		legend = append(legend, m[1])
	}
	if len(sections) != 3 || !slices.Equal(legend, sections) {
		t.Errorf("the legend reads %v, the sections %v", legend, sections)
	}
}
