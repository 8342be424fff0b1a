package site

import (
	"html/template"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/status"
)

type aggRow struct {
	Href string
	Name template.HTML
	A    *status.Aggregate
}

type aggTableView struct {
	P           *page
	ID, Caption string
	Rows        []aggRow
	Note        string // explains a row (Åland's of no county); empty for none
}

// countyRows are the per-county rows of the situational picture, each
// wellbeing services county by name in the page's language, then the
// municipalities of none (Åland's), so that the rows add up to the
// country.
func (p *page) countyRows() []status.Aggregate { return p.b.pic.CountyRowsIn(p.Lang) }

func (p *page) fillCounties() {
	p.setTitle(p.T("counties.title"))
	p.crumbs()
	b := p.b
	counties := aggTableView{P: p, ID: "counties-caption", Caption: p.T("counties.counties-caption")}
	for _, c := range p.countyRows() {
		href := ""
		switch {
		case c.Code != "":
			href = p.Link(countyPath(c.Code))
		case len(b.regionsWithoutCounty()) == 1:
			href = p.Link(regionPath(b.regionsWithoutCounty()[0]))
		}
		if c.Code == "" {
			counties.Note = p.Str(status.NoCountyNote())
		}
		counties.Rows = append(counties.Rows, aggRow{href, p.Txt(c.Name), &c})
	}
	regions := aggTableView{P: p, ID: "regions-caption", Caption: p.T("counties.regions-caption")}
	for _, r := range byName(p, b.regions, func(r region) model.Text { return r.Name }) {
		regions.Rows = append(regions.Rows, aggRow{p.Link(regionPath(r.Code)), p.Txt(r.Name), b.regionAgg[r.Code]})
	}
	p.Data = map[string]any{"Counties": counties, "Regions": regions}
}

// regionsWithoutCounty are the codes of the regions whose municipalities
// have no wellbeing services county (Åland, 21).
func (b *builder) regionsWithoutCounty() []string {
	var out []string
	for _, m := range b.munis {
		if m.County.ID == "" && !contains(out, m.Region.Code) {
			out = append(out, m.Region.Code)
		}
	}
	return out
}

type muniRow struct {
	Href, Code                string
	Name                      template.HTML
	Population, Completeness  int
	Reported, ReportsUpToDate bool
}

type muniTableView struct {
	P           *page
	ID, Caption string
	Rows        []muniRow
}

func (p *page) muniTable(caption string, ms []*model.Municipality) muniTableView {
	v := muniTableView{P: p, ID: "municipalities-caption", Caption: caption}
	for _, m := range byName(p, ms, muniName) {
		st := p.b.picOf[m.Code]
		v.Rows = append(v.Rows, muniRow{
			Href: p.Link(municipalityPath(m.Code)), Code: m.Code, Name: p.Txt(m.Name),
			Population: m.Population.Count, Completeness: st.Completeness, Reported: st.Reported, ReportsUpToDate: st.ReportsUpToDate,
		})
	}
	return v
}

func (p *page) fillCounty(c *model.County) {
	p.setTitleText(c.Name, "")
	p.crumbs(linkView{Href: p.Link("counties.html"), Label: plain(p.T("nav.counties"))})
	b := p.b
	var ms []*model.Municipality
	var regions []linkView
	// The municipalities that name the county, as the figures count them
	// (the validator holds the county's own list to the same).
	for _, m := range b.munis {
		if m.County.ID == c.Code {
			ms = append(ms, m)
		}
	}
	for _, r := range byName(p, b.regions, func(r region) model.Text { return r.Name }) {
		if contains(r.Counties, c.Code) {
			regions = append(regions, p.regionLink(r.Code))
		}
	}
	if len(regions) == 0 {
		regions = []linkView{{Label: plain(c.Region)}}
	}
	p.Data = map[string]any{
		"Type": p.Enum("county", c.Type), "Regions": regions, "Population": c.Population.Count, "PopulationDate": c.Population.Date,
		"Maintainers": maintainerLinks(c.Maintainers), "Figures": p.figures(b.countyAgg[c.Code]),
		"Table": p.muniTable(p.Tf("county.table-caption", p.Str(c.Name)), ms), "Source": c.Source,
	}
}

func (p *page) fillRegion(r *region) {
	p.setTitleText(r.Name, "")
	p.crumbs(linkView{Href: p.Link("counties.html") + "#h-regions", Label: plain(p.T("counties.regions"))})
	var counties []linkView
	for _, c := range byName(p, r.Counties, p.b.countyName) {
		counties = append(counties, p.countyLink(c))
	}
	p.Data = map[string]any{
		"Counties": counties, "Figures": p.figures(p.b.regionAgg[r.Code]),
		"Table": p.muniTable(p.Tf("county.table-caption", p.Str(r.Name)), r.Municipalities),
	}
}

// Municipalities.
