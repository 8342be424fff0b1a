package gitrepo

import (
	"fmt"
	"sort"
	"testing/fstest"
	"time"

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

// History walks the main line from rev (at most limit commits, 0: all),
// loads each revision that changed data through the one loading path, and
// records the semantic changes between consecutive ones.
func (r *Repo) History(rev string, limit int) (*History, error) {
	commits, err := r.FirstParents(rev, limit)
	if err != nil {
		return nil, err
	}
	h := &History{BySubject: map[string][]Entry{}, Monthly: []Month{}}
	prev, _ := model.LoadFS(fstest.MapFS{}) // an empty repository: the first commit adds everything
	var points []monthPoint
	for i := len(commits) - 1; i >= 0; i-- {
		c := commits[i]
		touches, err := TouchesData(c)
		if err != nil {
			return nil, fmt.Errorf("reading commit %s: %w", c.Hash, err)
		}
		if !touches && i != len(commits)-1 {
			continue
		}
		fsys, err := CommitFS(c)
		if err != nil {
			return nil, err
		}
		cur, _ := model.LoadFS(fsys) // findings do not stop history
		if cur == nil {
			continue
		}
		when := c.Committer.When.UTC()
		for _, ch := range semdiff.Compare(prev, cur, nil, nil).Changes {
			h.BySubject[ch.Subject] = append(h.BySubject[ch.Subject], Entry{
				Date: when.Format(time.DateOnly), Commit: c.Hash.String(), Change: ch,
			})
		}
		reported := 0
		for _, m := range cur.Municipalities() {
			if m.Status.Reported {
				reported++
			}
		}
		points = append(points, monthPoint{when, len(cur.Municipalities()), reported})
		prev = cur
	}
	for s, es := range h.BySubject {
		// Newest first; within a commit, in the diff's order.
		sort.SliceStable(es, func(i, j int) bool { return es[i].Date > es[j].Date })
		h.BySubject[s] = es
	}
	h.Monthly = monthly(points)
	return h, nil
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
