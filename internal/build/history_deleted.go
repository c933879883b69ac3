package build

import (
	"slices"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// deletedRecords is what the history says of the records its changes are
// about that the content no longer holds, judged for a build at level.
// Only the history knows their level: each change carries the level its
// record had in the commit's own files (semdiff.Change.Level).
type deletedRecords struct {
	level model.Level
	// shown are the records whose deletion a build at level may publish:
	// the newest commit that names one deleted it, at a level within.
	shown map[string]bool
	// hidden are records deleted at a level above, or at one unknown:
	// their ids are hidden words as well as their names.
	hidden map[string]bool
	// publicNames are the names borne in changes the build publishes;
	// hiddenNames those borne in the others (a name a deleted record bore
	// while it was confidential, say, or a deleted secret's title).
	publicNames, hiddenNames []string
}

// findDeleted reads the history, newest commit first. A record's level at
// its deletion is that of its removal, provided no newer commit can have
// touched it unseen: a bulk commit in its folder, or one that did not read.
func findDeleted(full *model.Corpus, entries []semdiff.Entry, level model.Level) *deletedRecords {
	d := &deletedRecords{level: level, shown: map[string]bool{}, hidden: map[string]bool{}}
	newest := map[string]string{}   // record → the newest commit naming it
	atDeletion := map[string]bool{} // the newest commit removed it within level
	murky := map[string]bool{}      // folders a bulk commit changed; "" for a commit that did not read
	for _, e := range entries {
		if len(e.Changes) == 0 && e.Note != "" {
			murky[""] = true
		}
		for _, c := range e.Changes {
			if c.Kind == "bulk" {
				murky[c.Record] = true
				continue
			}
			if !deletable(full, c.Record) {
				continue
			}
			if _, seen := newest[c.Record]; !seen {
				newest[c.Record] = e.Commit
				if murky[""] || murky[folderOf(c.Record)] {
					newest[c.Record] = "" // its last commits are not known
				}
			}
			if c.Removes() {
				d.hidden[c.Record] = true
				if newest[c.Record] == e.Commit && d.within(c.Level) {
					atDeletion[c.Record] = true
				}
			}
		}
	}
	for key := range atDeletion {
		d.shown[key] = true
		delete(d.hidden, key)
	}
	d.sortNames(full, entries)
	return d
}

// sortNames files the names each change about a deleted record bore as
// public or hidden.
func (d *deletedRecords) sortNames(full *model.Corpus, entries []semdiff.Entry) {
	for _, e := range entries {
		for _, c := range e.Changes {
			if c.Kind == "bulk" || !deletable(full, c.Record) {
				continue
			}
			if d.shows(c) {
				d.publicNames = append(d.publicNames, c.Names...)
			} else {
				d.hiddenNames = append(d.hiddenNames, c.Names...)
			}
		}
	}
}

// shows reports whether the build may publish c, a change about a deleted
// record, as far as levels go (hiddenWords still applies): the record's
// level at its deletion and the level c recorded are both within.
func (d *deletedRecords) shows(c semdiff.Change) bool {
	return d.shown[c.Record] && d.within(c.Level)
}

// within reports whether a recorded level is known and at most the
// build's.
func (d *deletedRecords) within(l model.Level) bool {
	return slices.Contains(l.Values(), string(l)) && l.Rank() <= d.level.Rank()
}

// deletable reports whether key is a record (not the committee or the
// rules, which are always there) that the content no longer holds.
func deletable(full *model.Corpus, key string) bool {
	return strings.Contains(key, "/") && !hasRecord(full, key)
}

func folderOf(key string) string {
	folder, _, _ := strings.Cut(key, "/")
	return folder
}
