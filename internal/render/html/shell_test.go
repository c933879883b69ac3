package html_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/templates"
)

// TestShellMatchesLayout: pages spliced into the cached default layout are
// byte for byte what running layout.html on each page gives. A committee
// copy of the default layout forces the per-page way.
func TestShellMatchesLayout(t *testing.T) {
	layout, err := templates.FS.ReadFile("layout.html")
	if err != nil {
		t.Fatal(err)
	}
	// A title that every escaping rule of <title> touches.
	files := map[string]string{"decisions/d1.yaml": "title: A+B & \"C\" <D> 'E'\nbody: standing\nmeeting: standing-1\nitem: \"1\"\narea: park\nowner: m1\nvotes: {for: 5, against: 0, abstain: 0}\n"}
	fast := render(t, files, nil)
	slow := render(t, files, fstest.MapFS{"layout.html": {Data: layout}})
	if len(fast) != len(slow) {
		t.Fatalf("%d files spliced, %d from the layout", len(fast), len(slow))
	}
	for p, want := range slow {
		if !bytes.Equal(fast[p], want) {
			t.Errorf("%s differs between the shell and the layout:\n%s\n---\n%s", p, fast[p], want)
		}
	}
	if !bytes.Contains(fast["decisions/d1/index.html"], []byte("<title>A&#43;B &amp; &#34;C&#34; &lt;D&gt; &#39;E&#39; · ")) {
		t.Errorf("the escaped title is not on the page:\n%s", fast["decisions/d1/index.html"][:400])
	}
}
