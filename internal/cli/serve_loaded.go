package cli

import (
	"bytes"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/fengong/fengong/internal/serve"
)

// serveCheckLoaded is serveCheck for content that serve reloads file by
// file: the same checks and the same report as `fengong check`.
func serveCheckLoaded() serve.LoadedCheckFunc {
	return func(c *model.Corpus, diags *diag.List, asOf model.Date) (string, bool) {
		res := CheckLoaded(c, diags, asOf)
		if len(res.Diags.Items) == 0 {
			return "", true
		}
		var b bytes.Buffer
		report.Text(&b, &res.Diags, res.Summary, false)
		return b.String(), !res.Diags.HasErrors()
	}
}
