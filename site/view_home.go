package site

import (
	"fmt"
	"html/template"
	"time"

	"github.com/govmap/govmap/status"
)

type chartView struct {
	ID, Title, Desc                                     string
	Width, Height                                       int
	Bars                                                []barView
	TableSummary, LabelHeader, CountHeader, TotalHeader string
	// Note explains a row, shown under the chart (Åland's row of no
	// wellbeing services county); empty for none.
	Note string
}

type barView struct {
	Label                                     string
	Count, Of                                 int
	Percent, ValueText                        string
	X, Y, W, H, TrackW, LabelX, TextY, ValueX int
	Total                                     bool
}

type barData struct {
	label     string
	count, of int
	total     bool
}

// chart lays out a horizontal bar chart of shares; the SVG is drawn at
// build time and has a title, a description and a data table.
func (p *page) chart(id, title, desc, labelHeader string, data []barData) chartView {
	const (
		width, labelW, trackW, rowH, barH = 720, 300, 330, 26, 18
	)
	c := chartView{
		ID: id, Title: title, Desc: desc, Width: width, Height: len(data)*rowH + 8,
		TableSummary: p.T("chart.table"), LabelHeader: labelHeader,
		CountHeader: p.T("chart.count"), TotalHeader: p.T("chart.of"),
	}
	for i, d := range data {
		w := 0
		if d.of > 0 {
			w = d.count * trackW / d.of
		}
		y := 4 + i*rowH
		c.Bars = append(c.Bars, barView{
			Label: d.label, Count: d.count, Of: d.of, Percent: p.Pct(d.count, d.of),
			ValueText: fmt.Sprintf("%s / %s", p.Num(d.count), p.Num(d.of)),
			X:         labelW, Y: y, W: w, H: barH, TrackW: trackW,
			LabelX: labelW - 8, TextY: y + barH - 5, ValueX: labelW + trackW + 8, Total: d.total,
		})
	}
	return c
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
	p.Data = struct {
		Figures figuresView
		Charts  []chartView
	}{Figures: p.figures(nat), Charts: charts}
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
