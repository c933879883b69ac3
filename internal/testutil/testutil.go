// Package testutil holds helpers shared by tests across the module.
package testutil

import (
	"os"
	"os/exec"
	"testing"
)

// NeedTool returns the path of the external program name. When it is not
// installed the test is skipped, except in CI (env CI=true), where a missing
// tool must fail the build rather than silently skip the checks.
func NeedTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI: %v", name, err)
	}
	t.Skipf("%s not installed: %v", name, err)
	return ""
}
