package build_test

import (
	"os"
	"os/exec"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/testutil"
	"github.com/fengong/fengong/internal/testutil/sample"
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
	s := sample.Build(t, build.Options{NoPDF: true})
	out, err := exec.Command(java, "-jar", jar, "--skip-non-html", "--format", "gnu", s.Dir).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("the Nu Html Checker found problems (%v):\n%s", err, out)
	}
}
