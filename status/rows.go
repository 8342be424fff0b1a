package status

import (
	"github.com/govmap/govmap/collation"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// NoCountyName names the row of the municipalities without a wellbeing
// services county (Åland's) wherever figures are given per county.
func NoCountyName() model.Text { return text("figures.no-county") }

// NoCountyNote says why that row is no county, for a note beside it.
func NoCountyNote() model.Text { return text("figures.no-county-note") }

func text(id string) model.Text {
	return model.Text{FI: msg.T(msg.FI, id), SV: msg.T(msg.SV, id), EN: msg.T(msg.EN, id)}
}

// CountyRows are the rows of a per-county table or chart: each wellbeing
// services county, then the municipalities of none (Åland's) if there are
// any, so that the rows add up to the whole country. Each is a copy; a
// row's Code is "" for the municipalities of no county.
func (p *Picture) CountyRows() []Aggregate {
	rows := append([]Aggregate(nil), p.Counties...)
	if p.WithoutCounty != nil {
		rows = append(rows, *p.WithoutCounty)
	}
	return rows
}

// CountyRowsIn are CountyRows with the counties in the alphabet of lang by
// their names in it (collation), the row of no county still last: the
// order of the site's per-county charts and table and of govmap status.
func (p *Picture) CountyRowsIn(lang string) []Aggregate {
	rows := p.CountyRows()
	collation.SortByName(lang, rows[:len(p.Counties)], func(a Aggregate) string { return a.Name.In(lang) })
	return rows
}

// Networks are the networks a municipality can join, by name in lang's
// alphabet: the rows of the networks chart and of govmap status.
func Networks(repo *model.Repository, lang string) []*model.Actor {
	var out []*model.Actor
	for _, a := range repo.Actors() {
		if a.Joinable() {
			out = append(out, a)
		}
	}
	collation.SortByName(lang, out, func(a *model.Actor) string { return a.Name.In(lang) })
	return out
}
