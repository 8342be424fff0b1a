package site

import (
	"html/template"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

func (p *page) fillGaps() {
	p.setTitle(p.T("gaps.title"))
	p.crumbs()
	b := p.b
	type missing struct {
		Href  string
		Label template.HTML
		Areas []linkView
	}
	type ended struct {
		Href              string
		Label             template.HTML
		Until             string
		Successors, Areas []linkView
	}
	type overdue struct {
		Href               string
		Municipality, Body template.HTML
		Last, Due          string
	}
	var miss []missing
	var end []ended
	for _, a := range byName(p, b.repo.Actors(), actorName) {
		l := p.actorLink(a.ID)
		var areas []linkView
		for _, ar := range b.areasOfActor[a.ID] {
			areas = append(areas, p.areaLink(ar.ID))
		}
		if a.Missing() {
			miss = append(miss, missing{l.Href, l.Label, areas})
		}
		if a.ValidUntil != "" && a.ValidUntil < b.today {
			e := ended{Href: l.Href, Label: l.Label, Until: a.ValidUntil, Areas: areas}
			for _, s := range a.SucceededBy {
				e.Successors = append(e.Successors, p.actorLink(s.Actor.ID))
			}
			end = append(end, e)
		}
	}
	var unanswered []linkView
	for _, r := range b.repo.Recommendations() {
		if len(r.Tasks) == 0 {
			unanswered = append(unanswered, p.recLink(r.ID))
		}
	}
	var over []overdue
	var incomplete, unreported []linkView
	for _, m := range byName(p, b.munis, muniName) {
		st := b.picOf[m.Code]
		for _, key := range st.OverdueReports {
			x, ok := m.Bodies.Get(key)
			if !ok {
				continue
			}
			next, _ := nextReport(x)
			over = append(over, overdue{p.Link(municipalityPath(m.Code)) + "#body-" + key, p.Txt(m.Name), p.Txt(x.Name), x.LatestReport().Date, next.Format(time.DateOnly)})
		}
		switch {
		case !m.Status.Reported:
			unreported = append(unreported, p.muniLink(m))
		case len(st.Gaps) > 0:
			l := p.muniLink(m)
			l.Note = plain(p.Tf("gaps.completeness", st.Completeness, len(st.Gaps)))
			incomplete = append(incomplete, l)
		}
	}
	p.Data = map[string]any{
		"Missing": miss, "Ended": end, "Unanswered": unanswered, "Overdue": over,
		"Incomplete": incomplete, "Unreported": unreported, "Total": len(b.munis),
	}
}

// Rules, open data, search.

func (p *page) fillRules() {
	p.setTitle(p.T("rules.title"))
	p.crumbs()
	type ruleView struct{ ID, Severity, SeverityWord, Title, Explanation, Hint string }
	var rules []ruleView
	lang := msg.Lang(p.Lang)
	for _, r := range diag.Rules() {
		r = r.In(lang)
		rules = append(rules, ruleView{r.ID, r.Severity.String(), p.T("rules.level." + r.Severity.String()), r.Title, r.Explanation, r.Hint})
	}
	p.Data = map[string]any{"Rules": rules}
}

func (p *page) fillSearch() {
	p.setTitle(p.T("search.title"))
	p.crumbs()
	p.Scripts = []string{"assets/search-index.js", "assets/search.js"} // the index first: search.js reads it
	b := p.b
	var munis, actors, areas []linkView
	for _, m := range byName(p, b.munis, muniName) {
		l := p.muniLink(m)
		l.Note = plain(m.Code)
		munis = append(munis, l)
	}
	for _, a := range byName(p, b.repo.Actors(), actorName) {
		actors = append(actors, p.actorLink(a.ID))
	}
	for _, a := range b.repo.Areas() {
		areas = append(areas, p.areaLink(a.ID))
	}
	p.Data = map[string]any{"Municipalities": munis, "Actors": actors, "Areas": areas}
}
