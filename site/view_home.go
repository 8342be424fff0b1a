package site

import (
	"fmt"
	"html/template"
	"time"

	"github.com/govmap/govmap/status"
)

type chartView struct {
	ID, Title, Desc                                                  string
	Bars                                                             []barView
	TableSummary, LabelHeader, CountHeader, TotalHeader, ShareHeader string
	// Note explains a row, shown under the chart (Åland's row of no
	// wellbeing services county); empty for none.
	Note string
}

type barView struct {
	Label              string
	Count, Of          int
	Percent, ValueText string
	Fill               int // the bar's length in whole per cent, 0-100: the class w-Fill of site.css
	Total              bool
}

type barData struct {
	label     string
	count, of int
	total     bool
}

// chart lays out a horizontal bar chart of shares as HTML rows (a label
// that wraps, a bar whose length is a width class of site.css, the value),
// with a title, a description and a data table.
func (p *page) chart(id, title, desc, labelHeader string, data []barData) chartView {
	c := chartView{
		ID: id, Title: title, Desc: desc,
		TableSummary: p.T("chart.table"), LabelHeader: labelHeader,
		CountHeader: p.T("chart.count"), TotalHeader: p.T("chart.of"), ShareHeader: p.T("chart.share"),
	}
	for _, d := range data {
		c.Bars = append(c.Bars, barView{
			Label: d.label, Count: d.count, Of: d.of, Percent: p.Pct(d.count, d.of),
			ValueText: fmt.Sprintf("%s / %s", p.Num(d.count), p.Num(d.of)),
			Fill:      fill(d.count, d.of), Total: d.total,
		})
	}
	return c
}

// fill is count's share of of in whole per cent, rounded to the nearest:
// a share above nothing is at least 1, so it shows, and a share short of
// the whole at most 99, so it never looks full.
func fill(count, of int) int {
	if of <= 0 || count <= 0 {
		return 0
	}
	if count >= of {
		return 100
	}
	f := (count*200 + of) / (2 * of)
	return max(1, min(f, 99))
}

type figuresView struct {
	P     *page
	A     *status.Aggregate
	Roles []roleCount
}

type roleCount struct {
	Name  template.HTML
	Count int
}

func (p *page) figures(a *status.Aggregate) figuresView {
	f := figuresView{P: p, A: a}
	for _, r := range p.b.repo.Requirements().Roles {
		f.Roles = append(f.Roles, roleCount{p.Txt(r.Name), a.RoleNamed[r.Role]})
	}
	return f
}

func (p *page) fillHome() {
	p.setTitle(p.T("home.title"))
	b := p.b
	nat := &b.pic.National
	var reported, upToDate []barData
	reported = append(reported, barData{p.Str(nat.Name), nat.Reported, nat.Municipalities, true})
	upToDate = append(upToDate, barData{p.Str(nat.Name), nat.ReportsUpToDate, nat.Municipalities, true})
	note := ""
	for _, c := range p.countyRows() {
		reported = append(reported, barData{p.Str(c.Name), c.Reported, c.Municipalities, false})
		upToDate = append(upToDate, barData{p.Str(c.Name), c.ReportsUpToDate, c.Municipalities, false})
		if c.Code == "" {
			note = p.Str(status.NoCountyNote())
		}
	}
	var roles []barData
	for _, r := range b.repo.Requirements().Roles {
		roles = append(roles, barData{p.Str(r.Name), nat.RoleNamed[r.Role], nat.Municipalities, false})
	}
	var networks []barData
	for _, a := range status.Networks(b.repo, p.Lang) {
		networks = append(networks, barData{p.Str(a.Name), nat.Networks[a.ID], nat.Municipalities, false})
	}
	charts := []chartView{
		p.chart("chart-reported", p.T("chart.reported"), p.Tf("chart.reported-desc", nat.Reported, nat.Municipalities), p.T("col.county"), reported),
		p.chart("chart-roles", p.T("chart.roles"), p.Tf("chart.roles-desc", nat.Municipalities), p.T("col.role"), roles),
		p.chart("chart-reports", p.T("chart.reports"), p.Tf("chart.reports-desc", nat.ReportsUpToDate, nat.Municipalities), p.T("col.county"), upToDate),
		p.chart("chart-networks", p.T("chart.networks"), p.Tf("chart.networks-desc", nat.Municipalities), p.T("col.network"), networks),
	}
	charts[0].Note, charts[2].Note = note, note
	// The national figure over time, month by month, from git history.
	if h := b.opts.History; h != nil && len(h.Monthly) > 0 {
		var months []barData
		for _, m := range h.Monthly {
			months = append(months, barData{p.Month(m.Month), m.Reported, m.Municipalities, false})
		}
		charts = append(charts, p.chart("chart-history", p.T("chart.history"), p.Tf("chart.history-desc", len(h.Monthly)), p.T("col.month"), months))
	}
	empty := map[string]bool{}
	for _, c := range charts {
		empty[c.ID] = chartEmpty(c)
	}
	p.Data = struct {
		Figures   figuresView
		Charts    []chartView
		Empty     map[string]bool
		Reporting template.HTML
	}{Figures: p.figures(nat), Charts: charts, Empty: empty, Reporting: p.reporting()}
}

// chartEmpty reports whether no bar of a chart counts anything.
func chartEmpty(c chartView) bool {
	for _, b := range c.Bars {
		if b.Count > 0 {
			return false
		}
	}
	return true
}

// reporting says since when municipalities have reported (the first
// commit that recorded a report, from git) and how many have, or that
// none has yet: zero is "not yet reported", never a finding.
func (p *page) reporting() template.HTML {
	nat := &p.b.pic.National
	if nat.Reported == 0 {
		return plain(p.T("home.none-reported") + " " + p.T("home.zero-note"))
	}
	var s string
	if h := p.b.opts.History; h != nil && h.FirstReport != "" {
		s = p.Tf("home.reported-since", p.Date(h.FirstReport), p.Num(nat.Reported), p.Num(nat.Municipalities))
	} else {
		s = p.Tf("home.reported-count", p.Num(nat.Reported), p.Num(nat.Municipalities))
	}
	return plain(s + " " + p.T("home.partial-note"))
}

// Month is a YYYY-MM month as the page's language writes it.
func (p *page) Month(ym string) string {
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return ym
	}
	if p.Lang == "en" {
		return t.Format("Jan 2006")
	}
	return t.Format("1/2006")
}
