package gitrepo

import (
	"fmt"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/semdiff"
)

// Entry is one semantic change in the history, with its commit.
type Entry struct {
	Date   string `json:"date"` // YYYY-MM-DD, the commit's date in UTC
	Commit string `json:"commit"`
	// Time is the commit's time (for feeds: the entry's update time).
	Time   time.Time      `json:"time"`
	Change semdiff.Change `json:"change"`
}

// Month is the national figure at the end of a month.
type Month struct {
	Month          string `json:"month"` // YYYY-MM
	Municipalities int    `json:"municipalities"`
	Reported       int    `json:"reported"`
}

// History is the semantic history of the main line.
type History struct {
	// BySubject holds each entity's changes ("municipalities/091",
	// "actors/vm"), newest first.
	BySubject map[string][]Entry `json:"bySubject"`
	// Monthly is how many municipalities had reported, month by month.
	Monthly []Month `json:"monthly"`
	// FirstReport is the day (YYYY-MM-DD, UTC) of the first commit after
	// which a municipality had reported; "" when none ever had.
	FirstReport string `json:"firstReport,omitempty"`
}

// LastChanged returns the date of the subject's latest change, or "".
func (h *History) LastChanged(subject string) string {
	if es := h.BySubject[subject]; len(es) > 0 {
		return es[0].Date
	}
	return ""
}

// History walks the main line from rev (at most limit commits, 0: all)
// and records the semantic changes of each commit. A commit that changes
// only municipality files is read file by file; one that changes the
// national model is read whole, through the one loading path. Revisions
// are not validated again: each was validated when it was made.
//
// A file that cannot be read in a commit adds nothing to the history; its
// next readable version is compared with its last readable one. The
// changes still name things as they were public then: whoever shows the
// history drops what is non-public now (semdiff.Visible).
func (r *Repo) History(rev string, limit int) (*History, error) {
	commits, err := r.FirstParents(rev, limit)
	if err != nil {
		return nil, err
	}
	h := &History{BySubject: map[string][]Entry{}, Monthly: []Month{}}
	trusted := model.Options{Evaluate: func(string) bool { return false }}
	var cur *model.Repository
	reported := map[string]bool{} // municipality code → reported, at cur
	// last is each municipality's last readable file, the base a file's
	// next change is compared with.
	last := map[string]*model.Municipality{}
	var points []monthPoint
	record := func(c *object.Commit, chs []semdiff.Change) {
		for _, ch := range chs {
			if ch.Kind == semdiff.HasErrors || ch.Kind == semdiff.ErrorsFixed {
				continue
			}
			h.BySubject[ch.Subject] = append(h.BySubject[ch.Subject], Entry{
				Date: c.Committer.When.UTC().Format(time.DateOnly), Commit: c.Hash.String(), Time: c.Committer.When.UTC(), Change: ch,
			})
		}
	}
	// fileChanges compares a municipality file with its last readable
	// version and remembers the new one.
	fileChanges := func(f fileChange, names *model.Repository) []semdiff.Change {
		_, code, ok := model.EntityOfFile(f.path)
		after := read(f.path, f.after)
		if !ok || (f.after != nil && after == nil) {
			return nil // unreadable now: its changes come when it reads again
		}
		before := last[code]
		if after == nil {
			delete(last, code)
			delete(reported, code)
		} else {
			last[code] = after
			reported[code] = after.Status.Reported
		}
		return semdiff.CompareMunicipality(before, after, names)
	}
	for i := len(commits) - 1; i >= 0; i-- {
		c := commits[i]
		files, root, err := changes(c)
		if err != nil {
			return nil, fmt.Errorf("reading commit %s: %w", c.Hash, err)
		}
		if cur != nil && !root && len(files) == 0 {
			continue
		}
		if cur == nil || root || !onlyMunicipalities(files) {
			fsys, err := CommitFS(c)
			if err != nil {
				return nil, err
			}
			next, _ := model.LoadFSWith(fsys, trusted) // findings do not stop history
			if next == nil || next.ModelBroken() {
				// A model that cannot be read tells nothing; the next
				// readable one is compared with the last.
				continue
			}
			if cur == nil || root {
				empty, _ := model.LoadFS(fstest.MapFS{}) // the first commit adds everything
				record(c, semdiff.Compare(empty, next, nil, nil).Changes)
				last, reported = map[string]*model.Municipality{}, map[string]bool{}
				for _, m := range next.Municipalities() {
					last[m.Code] = m
					reported[m.Code] = m.Status.Reported
				}
			} else {
				// cur's municipalities may be older than the previous
				// commit (those commits were read file by file): take the
				// national changes from the whole, the municipalities' from
				// this commit's files.
				var national []semdiff.Change
				for _, ch := range semdiff.Compare(cur, next, nil, nil).Changes {
					if !strings.HasPrefix(ch.Subject, "municipalities/") {
						national = append(national, ch)
					}
				}
				record(c, national)
				for _, f := range files {
					if strings.HasPrefix(f.path, "municipalities/") {
						record(c, fileChanges(f, next))
					}
				}
			}
			cur = next
		} else {
			for _, f := range files {
				record(c, fileChanges(f, cur))
			}
		}
		n := 0
		for _, r := range reported {
			if r {
				n++
			}
		}
		if n > 0 && h.FirstReport == "" {
			h.FirstReport = c.Committer.When.UTC().Format(time.DateOnly)
		}
		points = append(points, monthPoint{c.Committer.When.UTC(), len(reported), n})
	}
	for s, es := range h.BySubject {
		// Newest first; within a commit, in the diff's order.
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].Date != es[j].Date {
				return es[i].Date > es[j].Date
			}
			return es[i].Time.After(es[j].Time)
		})
		h.BySubject[s] = es
	}
	h.Monthly = monthly(points)
	return h, nil
}

// read decodes a municipality file's content (nil: the file does not
// exist, or does not hold a readable municipality).
func read(path string, data []byte) *model.Municipality {
	if data == nil {
		return nil
	}
	return model.ReadMunicipality(path, data)
}

// onlyMunicipalities reports whether every changed file is a municipality
// file (not its folder's binding).
func onlyMunicipalities(files []fileChange) bool {
	for _, f := range files {
		if !strings.HasPrefix(f.path, "municipalities/") || strings.HasSuffix(f.path, "/"+model.BindingFile) || strings.Count(f.path, "/") != 1 {
			return false
		}
	}
	return true
}

// monthPoint is the national figure at one commit.
type monthPoint struct {
	when            time.Time
	total, reported int
}

// monthly carries the last figure of each month forward to every month up
// to the last point.
func monthly(ps []monthPoint) []Month {
	if len(ps) == 0 {
		return []Month{}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].when.Before(ps[j].when) })
	var out []Month
	first := time.Date(ps[0].when.Year(), ps[0].when.Month(), 1, 0, 0, 0, 0, time.UTC)
	last := ps[len(ps)-1].when
	i := 0
	cur := monthPoint{}
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		end := m.AddDate(0, 1, 0)
		for i < len(ps) && ps[i].when.Before(end) {
			cur = ps[i]
			i++
		}
		out = append(out, Month{Month: m.Format("2006-01"), Municipalities: cur.total, Reported: cur.reported})
	}
	return out
}
