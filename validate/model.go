package validate

import (
	"sort"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// checkSuccession holds ended actors to the model of the 2026 reform: an
// actor with validUntil names its successors from the next day, and each
// successor exists from then.
func checkSuccession(c *checker) {
	for _, a := range c.repo.Actors() {
		if a.ValidUntil == "" {
			if len(a.SucceededBy) > 0 {
				c.report(diag.New("succession", a.Pos, "actor %q names successors but no validUntil", a.ID))
			}
			continue
		}
		until, err := time.Parse(time.DateOnly, a.ValidUntil)
		if err != nil {
			continue // the schema reports bad dates
		}
		if len(a.SucceededBy) == 0 {
			c.report(diag.New("succession", a.Pos, "actor %q ended on %s but names no successor (succeededBy)", a.ID, a.ValidUntil))
			continue
		}
		next := until.AddDate(0, 0, 1).Format(time.DateOnly)
		for _, s := range a.SucceededBy {
			if s.From != next {
				c.report(diag.New("succession", s.Actor.Pos, "successor %q takes over from %s, but %q ended on %s (want from: %q)", s.Actor.ID, s.From, a.ID, a.ValidUntil, next))
			}
			if succ, ok := c.repo.Actor(s.Actor.ID); ok && succ.ValidFrom > s.From {
				c.report(diag.New("succession", s.Actor.Pos, "successor %q exists only from %s, after it takes over on %s", succ.ID, succ.ValidFrom, s.From))
			}
		}
	}
}

// checkNumbering reports a number used twice among areas, tasks or
// recommendations.
func checkNumbering(c *checker) {
	type numbered struct {
		n   int
		id  string
		pos model.Pos
	}
	check := func(what msg.Key, items []numbered) {
		// The first written keeps its number; the later one is reported.
		sort.SliceStable(items, func(i, j int) bool {
			a, b := items[i].pos, items[j].pos
			if a.File != b.File {
				return a.File < b.File
			}
			return a.Line < b.Line
		})
		seen := map[int]string{}
		for _, it := range items {
			if prev, dup := seen[it.n]; dup {
				c.report(diag.New("numbering", it.pos, "%s %q has number %d, like %q", what, it.id, it.n, prev))
				continue
			}
			seen[it.n] = it.id
		}
	}
	var items []numbered
	for _, a := range c.repo.Areas() {
		items = append(items, numbered{a.Number, a.ID, a.Pos})
	}
	check(msg.Key("finding.entity.area"), items)
	items = nil
	for _, t := range c.repo.Tasks() {
		items = append(items, numbered{t.Number, t.ID, t.Pos})
	}
	check(msg.Key("finding.entity.task"), items)
	items = nil
	for _, r := range c.repo.Recommendations() {
		items = append(items, numbered{r.Number, r.ID, r.Pos})
	}
	check(msg.Key("finding.entity.recommendation"), items)
	items = nil
	for _, o := range c.repo.Observations() {
		items = append(items, numbered{o.Number, o.ID, o.Pos})
	}
	check(msg.Key("finding.entity.observation"), items)
}
