package scaffold

import (
	"os"
	"testing"
)

// The workflow init writes and the one examples/ documents are the same file.
func TestExampleWorkflowMatches(t *testing.T) {
	example, err := os.ReadFile("../../examples/github/fengong.yml")
	if err != nil {
		t.Fatal(err)
	}
	if string(example) != string(Workflow()) {
		t.Fatal("examples/github/fengong.yml differs from internal/scaffold/init/.github/workflows/fengong.yml; copy one over the other")
	}
}

func TestEveryKindHasATemplate(t *testing.T) {
	for kind := range Kinds {
		out, err := Record(kind, Vars{ID: "x-1", Today: "2024-03-05", Year: 2024, Body: "standing", BodyName: "市委常委会", Number: 3})
		if err != nil || len(out) == 0 {
			t.Errorf("%s: %v", kind, err)
		}
	}
}
