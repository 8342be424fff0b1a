package site

import (
	"html/template"
	"strings"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/semdiff"
)

// historyView is an entity's timeline of semantic changes from git.
type historyView struct {
	P           *page
	LastChanged string
	Entries     []historyEntry
}

type historyEntry struct {
	Date string
	Text template.HTML
}

// history returns the timeline of a subject ("municipalities/091"), newest
// first, in the page's language. A change that names what is non-public
// in the revision being built is left out, though it was public when it
// was made: the history never names a role, body, company or task that
// has since been made non-public.
func (p *page) history(subject string) *historyView {
	h := p.b.opts.History
	if h == nil {
		return nil
	}
	var current *model.Municipality
	if code, ok := strings.CutPrefix(subject, "municipalities/"); ok {
		current, _ = p.b.repo.Municipality(code)
	}
	v := &historyView{P: p}
	for _, e := range h.BySubject[subject] {
		if !semdiff.Visible(e.Change, current) {
			continue
		}
		v.Entries = append(v.Entries, historyEntry{Date: p.Date(e.Date), Text: p.Txt(e.Change.Text())})
	}
	if d := h.LastChanged(subject); d != "" {
		v.LastChanged = p.Date(d)
	}
	return v
}

// The cooperation model.
