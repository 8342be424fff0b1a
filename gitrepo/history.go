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
	Date   string         `json:"date"` // YYYY-MM-DD, the commit's date in UTC
	Commit string         `json:"commit"`
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
func (r *Repo) History(rev string, limit int) (*History, error) {
	commits, err := r.FirstParents(rev, limit)
	if err != nil {
		return nil, err
	}
	h := &History{BySubject: map[string][]Entry{}, Monthly: []Month{}}
	trusted := model.Options{Evaluate: func(string) bool { return false }}
	var cur *model.Repository
	reported := map[string]bool{} // municipality code → reported, at cur
	var points []monthPoint
	record := func(c *object.Commit, chs []semdiff.Change) {
		for _, ch := range chs {
			h.BySubject[ch.Subject] = append(h.BySubject[ch.Subject], Entry{
				Date: c.Committer.When.UTC().Format(time.DateOnly), Commit: c.Hash.String(), Change: ch,
			})
		}
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
			if next == nil {
				continue
			}
			if cur == nil || root {
				empty, _ := model.LoadFS(fstest.MapFS{}) // the first commit adds everything
				record(c, semdiff.Compare(empty, next, nil, nil).Changes)
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
						record(c, municipalityChanges(f, next))
					}
				}
			}
			cur = next
			reported = map[string]bool{}
			for _, m := range cur.Municipalities() {
				reported[m.Code] = m.Status.Reported
			}
		} else {
			for _, f := range files {
				record(c, municipalityChanges(f, cur))
				before, after := read(f)
				switch {
				case after != nil:
					reported[after.Code] = after.Status.Reported
				case before != nil:
					delete(reported, before.Code)
				}
			}
		}
		n := 0
		for _, r := range reported {
			if r {
				n++
			}
		}
		points = append(points, monthPoint{c.Committer.When.UTC(), len(reported), n})
	}
	for s, es := range h.BySubject {
		// Newest first; within a commit, in the diff's order.
		sort.SliceStable(es, func(i, j int) bool { return es[i].Date > es[j].Date })
		h.BySubject[s] = es
	}
	h.Monthly = monthly(points)
	return h, nil
}

// read decodes a changed municipality file before and after the commit.
func read(f fileChange) (before, after *model.Municipality) {
	if f.before != nil {
		before = model.ReadMunicipality(f.path, f.before)
	}
	if f.after != nil {
		after = model.ReadMunicipality(f.path, f.after)
	}
	return before, after
}

func municipalityChanges(f fileChange, names *model.Repository) []semdiff.Change {
	before, after := read(f)
	return semdiff.CompareMunicipality(before, after, names)
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
