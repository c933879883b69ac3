package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/fengong/fengong/internal/serve"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "serve",
		Args:  "[dir]",
		Short: "preview the handbook, rebuilding and reloading on every change",
		Long: `Builds the handbook into a temporary folder and serves it (default
http://127.0.0.1:1313/). Saving any file under the content folder, including
its templates/, rebuilds the site and reloads the open pages; a burst of
saves gives one rebuild. Check errors are printed here and shown over the
page until they are fixed; meanwhile the last good build stays visible.

Stop with Ctrl-C.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.String("addr", "127.0.0.1:1313", "address to listen on")
			fs.String("level", "public", "highest classification to show: public, internal or confidential")
			fs.String("as-of", "", "the day that counts as today, YYYY-MM-DD (default: today)")
			fs.Bool("no-pdf", true, "skip the PDF documents (default true: faster previews)")
			fs.String("base-url", "", "absolute URL for sitemap.xml and the feeds")
			fs.Int("history", build.DefaultHistory, "latest commits on the change history page, read once at start (0: none)")
		},
		Run: runServe,
	})
}

func runServe(env *Env, fs *pflag.FlagSet, args []string) int {
	opt, err := buildFlags(fs)
	if err != nil {
		return usageError(env, "serve", "%v", err)
	}
	dir, code := dirArg(env, "serve", args)
	if code != ExitOK {
		return code
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageError(env, "serve", "%s is not a content folder", dir)
	}
	opt.History, opt.HistoryNote = loadHistory(env, fs, dir, nil)
	addr, _ := fs.GetString("addr")
	srv, err := serve.New(dir, opt, serveCheck(env.ErrColor), env.Stderr)
	if err != nil {
		return ioError(env, "serve", err)
	}
	defer srv.Close()
	srv.CheckLoaded = serveCheckLoaded()
	srv.Rebuild()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err = srv.Listen(ctx, addr, func(url string) {
		fmt.Fprintf(env.Stdout, "serving %s at %s (Ctrl-C to stop)\n", dir, url)
	})
	if err != nil {
		return ioError(env, "serve", err)
	}
	return ExitOK
}

// serveCheck runs exactly what `fengong check` runs and formats the report
// as check prints it.
func serveCheck(color bool) serve.CheckFunc {
	return func(dir string, asOf model.Date) (*model.Corpus, string, bool, error) {
		res, err := Check(dir, asOf)
		if err != nil {
			return nil, "", false, err
		}
		if len(res.Diags.Items) == 0 {
			return res.Corpus, "", true, nil
		}
		var b bytes.Buffer
		report.Text(&b, &res.Diags, res.Summary, false)
		return res.Corpus, b.String(), !res.Diags.HasErrors(), nil
	}
}
