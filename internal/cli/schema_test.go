package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSchemaOneKind(t *testing.T) {
	code, out, _ := run(t, "schema", "meeting")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if s["$schema"] != "http://json-schema.org/draft-07/schema#" || s["properties"].(map[string]any)["agenda"] == nil {
		t.Errorf("not the meeting schema: %.200s", out)
	}
}

func TestSchemaDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "schemas")
	code, out, errs := run(t, "schema", "-o", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.schema.json"))
	if len(files) != 8 {
		t.Errorf("wrote %d schemas, want 8", len(files))
	}
	if _, err := os.Stat(filepath.Join(dir, "person.schema.json")); err != nil {
		t.Error(err)
	}
	if !strings.Contains(out, `"content/people/**/*.yaml"`) {
		t.Errorf("settings block lacks the people glob:\n%s", out)
	}
}

func TestSchemaUsage(t *testing.T) {
	for _, args := range [][]string{{"schema"}, {"schema", "persn"}, {"schema", "person", "meeting"}} {
		if code, _, errs := run(t, args...); code != ExitUsage || !strings.Contains(errs, "kind") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}
