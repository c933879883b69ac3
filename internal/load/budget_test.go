package load

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

const bombFile = "testdata/bad/alias-bomb/meetings/standing-2.yaml"

// TestAliasBombBudget: the bomb expands to 10^9 values; the decoder must stop
// when its node budget runs out and do only a bounded amount of work after
// (each open level returns at once), so time and memory stay small. No clock
// is read: the count of nodes visited is the measure.
func TestAliasBombBudget(t *testing.T) {
	data, err := os.ReadFile(bombFile)
	if err != nil {
		t.Fatal(err)
	}
	var diags diag.List
	doc := parse("bomb.yaml", data, &diags)
	start := nodeBudget(len(data))
	d := &decoder{file: "bomb.yaml", diags: &diags, budget: start}
	d.decode(doc, reflect.ValueOf(&model.Meeting{}).Elem(), label{text: "a meeting"})
	if d.budget >= 0 {
		t.Fatalf("the budget did not run out (left %d)", d.budget)
	}
	if over := -d.budget; over > 3*1000 {
		t.Errorf("after the budget ran out the decoder still visited %d nodes; it must stop", over)
	}
	if len(diags.Items) != 1 || !strings.Contains(diags.Items[0].Message, "alias bomb") {
		t.Errorf("want one alias-bomb error, got %v", diags.Items)
	}
	if len(d.refs) > start {
		t.Errorf("%d references kept for a budget of %d", len(d.refs), start)
	}
}

// TestAnchorsWithinBudget: honest anchors (a list reused a few times) load.
func TestAnchorsWithinBudget(t *testing.T) {
	overlay := fstest.MapFS{"meetings/standing-2.yaml": {Data: []byte(
		"body: standing\ndate: 2024-03-20\npresent: &all [sec, m1]\nobservers: *all\n")}}
	compare(t, loadMap(t, baseWith(t, overlay)).Items, nil)
}

func BenchmarkAliasBomb(b *testing.B) {
	data, err := os.ReadFile(bombFile)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var diags diag.List
		doc := parse("bomb.yaml", data, &diags)
		d := &decoder{file: "bomb.yaml", diags: &diags, budget: nodeBudget(len(data))}
		d.decode(doc, reflect.ValueOf(&model.Meeting{}).Elem(), label{text: "a meeting"})
	}
}
