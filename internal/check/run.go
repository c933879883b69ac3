package check

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// Options select what Run does.
type Options struct {
	AsOf model.Date // the day that counts as today (overdue tasks, pending reports)
	Only []string   // run just these checks (tests); empty runs all that are on
}

// Result is the outcome of a run.
type Result struct {
	Diags      diag.List
	Suppressed int // findings silenced by recorded exceptions
	Exceptions int // recorded exceptions in the content
}

// Run configures the checks from the committee's rules.yaml and runs them
// concurrently, then applies recorded exceptions. Configuration mistakes
// (unknown check, bad parameter) are reported as errors too.
func Run(c *model.Corpus, opt Options) *Result {
	res := &Result{}
	passes := configure(c, opt, &res.Diags)
	var wg sync.WaitGroup
	for _, p := range passes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.check.Run(p)
		}()
	}
	wg.Wait()
	var found []diag.Diagnostic
	for _, p := range passes {
		found = append(found, p.found...)
	}
	applyExceptions(c, found, res, len(opt.Only) == 0)
	res.Diags.Sort()
	return res
}

// configure builds one Pass per enabled check.
func configure(c *model.Corpus, opt Options, diags *diag.List) []*Pass {
	cfg := c.Rules.Checks
	ids := make([]string, 0, len(cfg))
	for id := range cfg {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if ByID(id) == nil {
			d := diags.Errorf(cfg[id].At, "rules.yaml configures an unknown check `%s`", id)
			if near := nearestID(id); near != "" {
				d.Message += fmt.Sprintf("; did you mean `%s`?", near)
			}
		}
	}
	var passes []*Pass
	for _, ch := range All {
		if len(opt.Only) > 0 && !contains(opt.Only, ch.ID) {
			continue
		}
		p := &Pass{C: c, AsOf: opt.AsOf, check: ch, sev: ch.Severity, params: map[string]any{}}
		for _, prm := range ch.Params {
			p.params[prm.Name], _ = parseParam(prm.Kind, prm.Default)
		}
		if conf, ok := cfg[ch.ID]; ok {
			applyConfig(p, conf, diags)
		}
		if p.sev != diag.Off {
			passes = append(passes, p)
		}
	}
	return passes
}

func applyConfig(p *Pass, conf model.CheckConfig, diags *diag.List) {
	if conf.Severity != "" {
		sev, ok := diag.ParseSeverity(conf.Severity)
		if !ok {
			diags.Errorf(conf.Pos("severity"), "severity %q is not error, warning or off", conf.Severity)
		} else {
			p.sev = sev
		}
	}
	names := make([]string, 0, len(conf.Params))
	for name := range conf.Params {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		prm := p.check.param(name)
		if prm == nil {
			diags.Errorf(conf.Pos("params"), "check `%s` has no parameter `%s`%s", p.check.ID, name, p.check.paramList())
			continue
		}
		v, err := parseParam(prm.Kind, conf.Params[name])
		if err != nil {
			diags.Errorf(conf.Pos("params"), "parameter `%s` of `%s`: %v", name, p.check.ID, err)
			continue
		}
		p.params[name] = v
	}
}

func (c *Check) param(name string) *Param {
	for i := range c.Params {
		if c.Params[i].Name == name {
			return &c.Params[i]
		}
	}
	return nil
}

func (c *Check) paramList() string {
	if len(c.Params) == 0 {
		return "; it takes none"
	}
	var names []string
	for _, p := range c.Params {
		names = append(names, p.Name)
	}
	return "; it takes " + strings.Join(names, ", ")
}

// ByID returns the check with id, or nil.
func ByID(id string) *Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}

func nearestID(id string) string {
	ids := make([]string, len(All))
	for i, c := range All {
		ids[i] = c.ID
	}
	return diag.Closest(id, ids)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
