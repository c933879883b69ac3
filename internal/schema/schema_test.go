package schema

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite the golden schemas in testdata/")

// TestGolden: the schemas in testdata/ are what the model generates now. A
// model change that is not regenerated (go test ./internal/schema -update)
// fails here, and the diff shows what editors will see change.
func TestGolden(t *testing.T) {
	for _, k := range load.Kinds {
		var buf bytes.Buffer
		if err := Write(&buf, k); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", k.Name+".schema.json")
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v; run go test ./internal/schema -update", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s is stale; run go test ./internal/schema -update and review the diff", golden)
		}
	}
}

const base = "../check/testdata/base"

// TestBaseValidates: every file of the check fixtures' clean committee
// validates against its kind's schema.
func TestBaseValidates(t *testing.T) {
	n := 0
	for _, k := range load.Kinds {
		for _, file := range filesOf(t, k) {
			n++
			if errs := validateFile(t, k, readFile(t, file)); len(errs) > 0 {
				t.Errorf("%s: %s", file, strings.Join(errs, "\n\t"))
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d files validated", n)
	}
}

// TestRejects: the schema flags what the loader rejects, so the validation
// above is not vacuous.
func TestRejects(t *testing.T) {
	cases := []struct{ kind, yaml, want string }{
		{"person", "nmae: 张伟\n", `key "nmae" is not allowed`},
		{"person", "rank: 3\n", `missing required key "name"`},
		{"person", "name: 张伟\nleads: park\n", "type string, want array"},
		{"person", "name: 张伟\nleads: [Park]\n", "oneOf"},
		{"person", "name: 张伟\nmemberships: [{body: standing, role: boss}]\n", `"boss" is not one of`},
		{"meeting", "body: standing\ndate: 2024/03/05\n", `does not match`},
		{"meeting", "body: standing\ndate: 2024-03-05\nentrusted: maybe\n", "type string, want boolean"},
		{"area", "name: 园区\nkind: project\nclassification: secrte\n", "oneOf"},
		{"decision", "title: x\nbody: standing\nvotes: {for: many}\n", "type string, want integer"},
	}
	for _, c := range cases {
		k, _ := Kind(c.kind)
		errs := strings.Join(validateFile(t, k, []byte(c.yaml)), "\n")
		if !strings.Contains(errs, c.want) {
			t.Errorf("%s %q: want an error containing %q, got %q", c.kind, c.yaml, c.want, errs)
		}
	}
}

func validateFile(t *testing.T, k load.Kind, data []byte) []string {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	root := For(k)
	v := &validator{root: root}
	v.check(root, doc.Content[0])
	return v.errs
}

func filesOf(t *testing.T, k load.Kind) []string {
	if k.Folder+".yaml" == k.Glob {
		return []string{filepath.Join(base, k.Glob)}
	}
	files, err := filepath.Glob(filepath.Join(base, k.Folder, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func readFile(t *testing.T, p string) []byte {
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
