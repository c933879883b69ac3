package build_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// TestSampleHandbookIsValidHTML builds the sample committee in content/ and
// runs the W3C Nu Html Checker (vnu.jar, from the npm package vnu-jar) over
// every page: any error or warning fails. FENGONG_VNU_JAR names the jar;
// .ci/run installs it. Without it the test skips, except under CI=true.
func TestSampleHandbookIsValidHTML(t *testing.T) {
	jar := os.Getenv("FENGONG_VNU_JAR")
	if jar == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("FENGONG_VNU_JAR is required in CI: the path of vnu.jar")
		}
		t.Skip("FENGONG_VNU_JAR not set: the path of vnu.jar (npm install vnu-jar)")
	}
	java := testutil.NeedTool(t, "java")
	c, diags, err := load.Dir("../../content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	day := model.MakeDate(2024, 12, 31)
	if r := check.Run(c, check.Options{AsOf: day}); r.Diags.HasErrors() {
		t.Fatal(r.Diags.Items)
	}
	s, err := build.Run(c, build.Options{Content: "../../content", Out: filepath.Join(t.TempDir(), "site"), AsOf: day, NoPDF: true})
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(java, "-jar", jar, "--skip-non-html", "--format", "gnu", s.Dir).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("the Nu Html Checker found problems (%v):\n%s", err, out)
	}
}
