package report

import (
	"encoding/json"
	"io"
	"path/filepath"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/version"
)

// loadRule is the SARIF rule id for problems found while loading (syntax,
// types, references), which belong to no check.
const loadRule = "load"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name,omitempty"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

// SARIF prints a SARIF 2.1.0 log with one rule per check, for upload to a
// code-scanning service.
func SARIF(w io.Writer, l *diag.List) error {
	rules := []sarifRule{{ID: loadRule, Name: "Load", ShortDescription: sarifText{"Content files must load: YAML syntax, fields, types, ids and references"},
		FullDescription: sarifText{"Problems found while reading the content files."}, Help: sarifText{"Fix the file as the message says."},
		DefaultConfiguration: sarifConfig{"error"}}}
	index := map[string]int{loadRule: 0}
	for _, c := range check.All {
		index[c.ID] = len(rules)
		rules = append(rules, sarifRule{ID: c.ID, Name: c.Title, ShortDescription: sarifText{c.Title},
			FullDescription: sarifText{c.Doc}, Help: sarifText{c.Doc + "\n\n" + c.Principle},
			DefaultConfiguration: sarifConfig{level(c.Severity)}})
	}
	index[check.ExceptionCheck] = len(rules)
	rules = append(rules, sarifRule{ID: check.ExceptionCheck, ShortDescription: sarifText{"Recorded exceptions must name a check and silence something"},
		FullDescription: sarifText{"An exception names an unknown check or no longer silences any finding."}, Help: sarifText{"Fix or remove the exception."},
		DefaultConfiguration: sarifConfig{"warning"}})
	results := []sarifResult{}
	for _, d := range l.Items {
		id := d.Check
		if id == "" {
			id = loadRule
		}
		r := sarifResult{RuleID: id, RuleIndex: index[id], Level: level(d.Severity), Message: sarifText{d.Message},
			Locations: []sarifLocation{location(d.Pos, "")}}
		for i, n := range d.Notes {
			loc := location(n.Pos, n.Message)
			loc.ID = i + 1
			r.RelatedLocations = append(r.RelatedLocations, loc)
		}
		results = append(results, r)
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0",
		Runs: []sarifRun{{Tool: sarifTool{sarifDriver{Name: "fengong", Version: version.Version,
			InformationURI: "https://github.com/fengong/fengong", Rules: rules}}, Results: results}}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func level(s diag.Severity) string {
	if s == diag.Error {
		return "error"
	}
	return "warning"
}

func location(p diag.Pos, msg string) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: filepath.ToSlash(p.File)}}}
	if p.Line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Col}
	}
	if msg != "" {
		loc.Message = &sarifText{msg}
	}
	return loc
}
