package site

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/status"
)

// pages lists every page of the site; each fills itself in when rendered.
func (b *builder) pages() []*page {
	var out []*page
	for _, lang := range Languages {
		add := func(path, kind, section string, fill func(*page)) {
			p := &page{b: b, Lang: lang, Path: path, Kind: kind, Section: section}
			p.fill = fill
			out = append(out, p)
		}
		add("index.html", "home", "home", (*page).fillHome)
		add("model.html", "model", "model", (*page).fillModel)
		for _, a := range b.repo.Areas() {
			add(areaPath(a.ID), "area", "model", func(p *page) { p.fillArea(a) })
		}
		for _, a := range b.repo.Actors() {
			add(actorPath(a.ID), "actor", "model", func(p *page) { p.fillActor(a) })
		}
		for _, t := range b.repo.Tasks() {
			add(taskPath(t.ID), "task", "model", func(p *page) { p.fillTask(t) })
		}
		for _, r := range b.repo.Recommendations() {
			add(recommendationPath(r.ID), "recommendation", "model", func(p *page) { p.fillRecommendation(r) })
		}
		add("observations.html", "observations", "model", (*page).fillObservations)
		add("counties.html", "counties", "counties", (*page).fillCounties)
		for _, c := range b.repo.Counties() {
			add(countyPath(c.Code), "county", "counties", func(p *page) { p.fillCounty(c) })
		}
		for i := range b.regions {
			r := &b.regions[i]
			add(regionPath(r.Code), "region", "counties", func(p *page) { p.fillRegion(r) })
		}
		for _, m := range b.munis {
			add(municipalityPath(m.Code), "municipality", "counties", func(p *page) { p.fillMunicipality(m) })
		}
		add("officials.html", "officials", "officials", (*page).fillOfficials)
		add("gaps.html", "gaps", "gaps", (*page).fillGaps)
		add("rules.html", "rules", "rules", (*page).fillRules)
		add("data.html", "data", "data", (*page).fillData)
		add("search.html", "search", "search", (*page).fillSearch)
	}
	nf := &page{b: b, Lang: Languages[0], Path: "404.html", Kind: "notfound", rootLinks: true}
	nf.fill = func(p *page) { p.setTitle(p.T("notfound.title")) }
	return append(out, nf)
}

func (p *page) setTitle(s string) {
	p.Title = s
	p.Heading = plain(s)
}

func (p *page) setTitleText(t model.Text, prefix string) {
	p.Title = prefix + p.Str(t)
	p.Heading = plain(prefix) + p.Txt(t)
}

func (p *page) crumbs(items ...linkView) {
	p.Crumbs = append([]linkView{{Href: p.Link("index.html"), Label: plain(p.T("nav.home"))}}, items...)
}

// Links to entities.

func (p *page) actorLink(id string) linkView {
	a, ok := p.b.repo.Actor(id)
	if !ok {
		return linkView{Label: plain(id)}
	}
	label := p.Txt(a.Name)
	if a.Abbreviation != "" && !strings.Contains(a.Name.In(p.Lang), a.Abbreviation) {
		label += plain(" (" + a.Abbreviation + ")")
	}
	return linkView{Href: p.Link(actorPath(id)), Label: label}
}

func (p *page) actorLinks(refs []model.Ref) []linkView {
	var out []linkView
	for _, r := range refs {
		out = append(out, p.actorLink(r.ID))
	}
	return out
}

func (p *page) areaLink(id string) linkView {
	a, ok := p.b.repo.Area(id)
	if !ok {
		return linkView{Label: plain(id)}
	}
	return linkView{Href: p.Link(areaPath(id)), Label: plain(fmt.Sprintf("%d. ", a.Number)) + p.Txt(a.Name)}
}

func (p *page) areaLinks(refs []model.Ref) []linkView {
	var out []linkView
	for _, r := range refs {
		out = append(out, p.areaLink(r.ID))
	}
	return out
}

func (p *page) taskLink(id string) linkView {
	t, ok := p.b.repo.Task(id)
	if !ok {
		return linkView{Label: plain(id)}
	}
	return linkView{Href: p.Link(taskPath(id)), Label: plain(fmt.Sprintf("%d. ", t.Number)) + p.Txt(t.Name)}
}

func (p *page) recLink(id string) linkView {
	r, ok := p.b.repo.Recommendation(id)
	if !ok {
		return linkView{Label: plain(id)}
	}
	return linkView{Href: p.Link(recommendationPath(id)), Label: plain(fmt.Sprintf("%d. ", r.Number)) + p.Txt(r.Title)}
}

func (p *page) countyLink(code string) linkView {
	c, ok := p.b.repo.County(code)
	if !ok {
		return linkView{Label: plain(code)}
	}
	return linkView{Href: p.Link(countyPath(code)), Label: p.Txt(c.Name)}
}

func (p *page) regionLink(code string) linkView {
	for _, r := range p.b.regions {
		if r.Code == code {
			return linkView{Href: p.Link(regionPath(code)), Label: p.Txt(r.Name)}
		}
	}
	return linkView{Label: plain(code)}
}

func (p *page) muniLink(m *model.Municipality) linkView {
	return linkView{Href: p.Link(municipalityPath(m.Code)), Label: p.Txt(m.Name)}
}

// maintainerLinks link GitHub users and teams.
func maintainerLinks(ms []string) []linkView {
	var out []linkView
	for _, m := range ms {
		name := strings.TrimPrefix(m, "@")
		href := "https://github.com/" + name
		if org, team, ok := strings.Cut(name, "/"); ok {
			href = "https://github.com/orgs/" + org + "/teams/" + team
		}
		out = append(out, linkView{Href: href, Label: plain(m)})
	}
	return out
}

// Home.

type chartView struct {
	ID, Title, Desc                                     string
	Width, Height                                       int
	Bars                                                []barView
	TableSummary, LabelHeader, CountHeader, TotalHeader string
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
		pct := "–"
		if d.of > 0 {
			w = d.count * trackW / d.of
			pct = fmt.Sprintf("%d", d.count*100/d.of)
		}
		y := 4 + i*rowH
		c.Bars = append(c.Bars, barView{
			Label: d.label, Count: d.count, Of: d.of, Percent: pct,
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
	for _, c := range b.pic.Counties {
		reported = append(reported, barData{p.Str(c.Name), c.Reported, c.Municipalities, false})
		upToDate = append(upToDate, barData{p.Str(c.Name), c.ReportsUpToDate, c.Municipalities, false})
	}
	var roles []barData
	for _, r := range b.repo.Requirements().Roles {
		roles = append(roles, barData{p.Str(r.Name), nat.RoleNamed[r.Role], nat.Municipalities, false})
	}
	var networks []barData
	for _, a := range b.repo.Actors() {
		if a.Joinable() {
			networks = append(networks, barData{p.Str(a.Name), nat.Networks[a.ID], nat.Municipalities, false})
		}
	}
	charts := []chartView{
		p.chart("chart-reported", p.T("chart.reported"), p.Tf("chart.reported-desc", nat.Reported, nat.Municipalities), p.T("col.county"), reported),
		p.chart("chart-roles", p.T("chart.roles"), p.Tf("chart.roles-desc", nat.Municipalities), p.T("col.role"), roles),
		p.chart("chart-reports", p.T("chart.reports"), p.Tf("chart.reports-desc", nat.ReportsUpToDate, nat.Municipalities), p.T("col.county"), upToDate),
		p.chart("chart-networks", p.T("chart.networks"), p.Tf("chart.networks-desc", nat.Municipalities), p.T("col.network"), networks),
	}
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

type matrixView struct {
	Columns []matrixColumn
	Rows    []matrixRow
}

type matrixColumn struct {
	Href, Abbr, Title string
	Label             template.HTML
	Missing           bool
}

type matrixRow struct {
	Href   string
	Number int
	Label  template.HTML
	Cells  []matrixCell
}

type matrixCell struct {
	Model bool
	Count int
	Class string
}

func (p *page) fillModel() {
	p.setTitle(p.T("model.title"))
	p.crumbs()
	b := p.b
	type kindView struct {
		ID          string
		Name        template.HTML
		Description template.HTML
		Actors      []linkView
	}
	type lawView struct {
		ID, URL, Number, Status string
		Name, Short, Note       template.HTML
	}
	type group struct {
		Label string
		Links []linkView
	}
	var kinds []kindView
	for _, k := range b.repo.Kinds() {
		kv := kindView{ID: k.ID, Name: p.Txt(k.Name), Description: p.MD(k.Description)}
		for _, a := range b.actorsOfKind[k.ID] {
			kv.Actors = append(kv.Actors, p.actorLink(a.ID))
		}
		kinds = append(kinds, kv)
	}
	var laws []lawView
	for _, l := range b.repo.Laws() {
		lv := lawView{ID: l.ID, URL: safeHref(l.URL), Number: l.Number, Status: p.Enum("law", l.Status), Name: p.Txt(l.Name), Note: p.MD(l.Note)}
		if !l.Short.IsZero() {
			lv.Short = p.Txt(l.Short)
		}
		laws = append(laws, lv)
	}
	// The matrix: areas × the actors the model names for any area.
	var m matrixView
	var cols []*model.Actor
	for _, a := range b.repo.Actors() {
		if len(b.areasOfActor[a.ID]) > 0 {
			cols = append(cols, a)
		}
	}
	maxCount := 0
	for _, byActor := range b.municipalMention {
		for _, n := range byActor {
			maxCount = max(maxCount, n)
		}
	}
	for _, a := range cols {
		m.Columns = append(m.Columns, matrixColumn{Href: p.Link(actorPath(a.ID)), Abbr: a.Abbreviation, Title: p.Str(a.Name), Label: p.Txt(a.Name), Missing: a.Missing()})
	}
	for _, ar := range b.repo.Areas() {
		row := matrixRow{Href: p.Link(areaPath(ar.ID)), Number: ar.Number, Label: p.Txt(ar.Name)}
		for _, a := range cols {
			c := matrixCell{Count: b.municipalMention[ar.ID][a.ID]}
			for _, r := range ar.Actors {
				c.Model = c.Model || r.ID == a.ID
			}
			c.Class = heatClass(c.Model, c.Count, maxCount, a.Missing())
			row.Cells = append(row.Cells, c)
		}
		m.Rows = append(m.Rows, row)
	}
	var areas []struct {
		Href   string
		Number int
		Label  template.HTML
	}
	for _, ar := range b.repo.Areas() {
		areas = append(areas, struct {
			Href   string
			Number int
			Label  template.HTML
		}{p.Link(areaPath(ar.ID)), ar.Number, p.Txt(ar.Name)})
	}
	byKind := map[string][]linkView{}
	var kindOrder []string
	for _, a := range b.repo.Actors() {
		if _, ok := byKind[a.Kind]; !ok {
			kindOrder = append(kindOrder, a.Kind)
		}
		byKind[a.Kind] = append(byKind[a.Kind], p.actorLink(a.ID))
	}
	sort.Slice(kindOrder, func(i, j int) bool { return actorKindRank(kindOrder[i]) < actorKindRank(kindOrder[j]) })
	var groups []group
	for _, k := range kindOrder {
		groups = append(groups, group{p.Enum("kind", k), byKind[k]})
	}
	var tasks, recs []linkView
	for _, t := range b.repo.Tasks() {
		l := p.taskLink(t.ID)
		l.Note = plain(p.Enum("status", t.Status))
		if t.StatusBasis.Inferred() {
			l.Note = plain(p.Enum("status", t.Status) + " (" + p.T("basis.inferred") + ")")
		}
		tasks = append(tasks, l)
	}
	for _, r := range b.repo.Recommendations() {
		l := p.recLink(r.ID)
		if len(r.Tasks) == 0 {
			l.Note = plain(p.T("rec.unanswered"))
		}
		recs = append(recs, l)
	}
	p.Data = map[string]any{
		"Kinds": kinds, "Laws": laws, "Matrix": m, "Areas": areas, "ActorGroups": groups,
		"Tasks": tasks, "Recommendations": recs, "ObservationCount": len(b.repo.Observations()),
		"Requirements": p.municipalRequirements(),
	}
}

// heatClass is the shade of a matrix cell: gap for a missing actor the
// model names, 1 for a model actor no municipality names, 2–4 by how many
// municipalities name the actor, 0 for nothing.
func heatClass(modelActor bool, count, maxCount int, missing bool) string {
	switch {
	case modelActor && missing:
		return "gap"
	case count > 0:
		return fmt.Sprint(2 + min(2, (count-1)*3/max(1, maxCount)))
	case modelActor:
		return "1"
	}
	return "0"
}

var actorKinds = []string{"ministry", "agency", "regional-authority", "association", "procurement-unit", "municipal-group", "network", "wellbeing-county", "municipality", "missing"}

func actorKindRank(k string) int {
	for i, x := range actorKinds {
		if x == k {
			return i
		}
	}
	return len(actorKinds)
}

// safeHref passes only https and http addresses (the schema allows only
// https for URLs; this guards the output all the same).
func safeHref(u string) string {
	if safeURL(u) && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
		return u
	}
	return ""
}

// Areas.

type actorRef struct {
	Href       string
	Label      template.HTML
	Missing    bool
	Until      string
	Successors []linkView // with the succession's note
}

func (p *page) actorRefs(refs []model.Ref) []actorRef {
	var out []actorRef
	for _, r := range refs {
		l := p.actorLink(r.ID)
		ar := actorRef{Href: l.Href, Label: l.Label}
		if a, ok := p.b.repo.Actor(r.ID); ok {
			ar.Missing = a.Missing()
			if a.ValidUntil != "" && a.ValidUntil < p.b.today {
				ar.Until = a.ValidUntil
				for _, s := range a.SucceededBy {
					if s.From <= p.b.today {
						l := p.actorLink(s.Actor.ID)
						if !s.Note.IsZero() {
							l.Note = p.Txt(s.Note)
						}
						ar.Successors = append(ar.Successors, l)
					}
				}
			}
		}
		out = append(out, ar)
	}
	return out
}

func (p *page) fillArea(a *model.Area) {
	p.setTitleText(a.Name, fmt.Sprintf("%d. ", a.Number))
	p.crumbs(linkView{Href: p.Link("model.html"), Label: plain(p.T("nav.model"))})
	b := p.b
	type reqView struct {
		Party, Letter, Severity string
		Why, Basis              template.HTML
	}
	var content []template.HTML
	for _, c := range a.Content {
		content = append(content, p.Txt(c))
	}
	var aspects []linkView
	for _, x := range a.Aspects {
		aspects = append(aspects, linkView{Label: plain(p.Enum("aspect", x.Aspect)), Note: p.basisNote(x.Basis)})
	}
	var reqs []reqView
	for _, r := range a.Requirements {
		reqs = append(reqs, reqView{Party: p.partyName(r.Party), Letter: p.letters(r.Letters()), Severity: p.Enum("severity", r.Severity),
			Why: p.Txt(r.Why), Basis: p.basisNote(r.Basis)})
	}
	reported, complete := 0, 0
	for _, m := range b.munis {
		if !m.Status.Reported {
			continue
		}
		reported++
		if row, ok := m.RACI.Get(a.ID); ok && row.Accountable.ID != "" && len(row.Responsible) > 0 {
			complete++
		}
	}
	var tasks, recs []linkView
	for _, t := range b.tasksOfArea[a.ID] {
		l := p.taskLink(t.to.ID)
		l.Note = p.basisNote(t.basis)
		tasks = append(tasks, l)
	}
	for _, r := range b.recsOfArea[a.ID] {
		l := p.recLink(r.to.ID)
		l.Note = p.basisNote(r.basis)
		recs = append(recs, l)
	}
	p.Data = map[string]any{
		"Content": content, "Aspects": aspects, "Actors": p.actorRefs(a.Actors), "Requirements": reqs,
		"RowsComplete": complete, "Reported": reported, "Tasks": tasks, "Recommendations": recs, "Source": a.Source,
		"Observations": p.observationLinks(b.obsOfArea[a.ID]),
	}
}

// partyName names a requirement's party: "role:x", "body-type:x" or
// "county".
func (p *page) partyName(party string) string {
	req := p.b.repo.Requirements()
	switch {
	case party == "county":
		return p.T("party.county")
	case strings.HasPrefix(party, "role:"):
		id := strings.TrimPrefix(party, "role:")
		if n, ok := req.RoleName(id); ok {
			return p.Str(n)
		}
		return id
	case strings.HasPrefix(party, "body-type:"):
		return p.Enum("body", strings.TrimPrefix(party, "body-type:"))
	}
	return party
}

// Actors.

type succession struct {
	Href  string
	Label template.HTML
	From  string
	Note  template.HTML
}

func (p *page) fillActor(a *model.Actor) {
	p.setTitleText(a.Name, "")
	p.crumbs(linkView{Href: p.Link("model.html"), Label: plain(p.T("nav.model"))})
	b := p.b
	var one = func(r model.Ref) []linkView {
		if r.ID == "" {
			return nil
		}
		return []linkView{p.actorLink(r.ID)}
	}
	var coop []linkView
	for _, k := range a.Cooperation {
		for _, x := range b.repo.Kinds() {
			if x.ID == k.ID {
				coop = append(coop, linkView{Href: p.Link("model.html") + "#kind-" + x.ID, Label: p.Txt(x.Name)})
			}
		}
	}
	var succ, pred []succession
	for _, s := range a.SucceededBy {
		l := p.actorLink(s.Actor.ID)
		sv := succession{Href: l.Href, Label: l.Label, From: s.From}
		if !s.Note.IsZero() {
			sv.Note = p.Txt(s.Note)
		}
		succ = append(succ, sv)
	}
	for _, x := range b.predecessors[a.ID] {
		for _, s := range x.SucceededBy {
			if s.Actor.ID == a.ID {
				l := p.actorLink(x.ID)
				sv := succession{Href: l.Href, Label: l.Label, From: s.From}
				if !s.Note.IsZero() {
					sv.Note = p.Txt(s.Note)
				}
				pred = append(pred, sv)
			}
		}
	}
	var tasks []template.HTML
	for _, t := range a.Tasks {
		tasks = append(tasks, p.Txt(t))
	}
	var areas, ntasks, coordinates, joined []linkView
	for _, ar := range b.areasOfActor[a.ID] {
		areas = append(areas, p.areaLink(ar.ID))
	}
	for _, t := range b.tasksOfActor[a.ID] {
		l := p.taskLink(t.ID)
		if t.Owner.ID == a.ID {
			l.Note = plain(p.T("task.owner-note"))
		}
		ntasks = append(ntasks, l)
	}
	for _, x := range b.coordinatedBy[a.ID] {
		coordinates = append(coordinates, p.actorLink(x.ID))
	}
	for _, m := range b.joined[a.ID] {
		joined = append(joined, p.muniLink(m))
	}
	var openTo []string
	for _, o := range a.OpenTo {
		openTo = append(openTo, p.T("finding.joiner."+o))
	}
	var kindBasis template.HTML
	if a.KindBasis != nil {
		kindBasis = p.basisNote(*a.KindBasis)
	}
	type pastView struct {
		Year   int
		Text   template.HTML
		Source string
	}
	var past []pastView
	for _, x := range a.Past {
		past = append(past, pastView{x.Year, p.MD(x.Text), x.Source})
	}
	p.Data = map[string]any{
		"KindBasis": kindBasis, "Past": past, "Observations": p.observationLinks(b.obsOfActor[a.ID]),
		"Kind": p.Enum("kind", a.Kind), "Abbreviation": a.Abbreviation, "PartOf": one(a.PartOf), "CoordinatedBy": one(a.CoordinatedBy),
		"ValidFrom": a.ValidFrom, "ValidUntil": a.ValidUntil, "Cooperation": coop, "URL": safeHref(a.URL),
		"Missing": a.Missing(), "Successors": succ, "Predecessors": pred, "Description": p.MD(a.Description),
		"Tasks": tasks, "Areas": areas, "NationalTasks": ntasks, "Members": p.actorLinks(a.Members),
		"Coordinates": coordinates, "IsNetwork": a.Kind == model.KindNetwork, "Joined": joined,
		"Joinable": a.Joinable(), "OpenTo": openTo,
		"Maintainers": maintainerLinks(a.Maintainers), "Source": a.Source,
		"History": p.history("actors/" + a.ID),
	}
}

// Tasks and recommendations.

func (p *page) fillTask(t *model.Task) {
	p.setTitleText(t.Name, "")
	p.crumbs(linkView{Href: p.Link("model.html") + "#tasks", Label: plain(p.T("model.tasks"))})
	b := p.b
	var recs, contains, parents, areas, munis []linkView
	for _, r := range b.recsOfTask[t.ID] {
		l := p.recLink(r.to.ID)
		l.Note = p.basisNote(r.basis)
		recs = append(recs, l)
	}
	for _, r := range t.Contains {
		contains = append(contains, p.taskLink(r.ID))
	}
	for _, x := range b.parentsOfTask[t.ID] {
		parents = append(parents, p.taskLink(x.ID))
	}
	for _, l := range t.Areas {
		al := p.areaLink(l.Area.ID)
		al.Note = p.basisNote(l.Basis)
		areas = append(areas, al)
	}
	for _, m := range b.taskParts[t.ID] {
		l := p.muniLink(m)
		if part, ok := m.NationalTasks.Get(t.ID); ok {
			l.Note = p.Txt(part.Part)
		}
		munis = append(munis, l)
	}
	p.Data = map[string]any{
		"Number": t.Number, "StatusID": t.Status, "Status": p.Enum("status", t.Status), "StatusDate": t.StatusDate,
		"StatusBasis": p.basisNote(t.StatusBasis), "Concerns": p.actorRefs(t.Concerns),
		"Owner": []linkView{p.actorLink(t.Owner.ID)}, "Involves": p.actorLinks(t.Involves), "PartOf": parents,
		"ImpactAssessment": t.ImpactAssessment, "Description": p.MD(t.Description), "Recommendations": recs,
		"Contains": contains, "Areas": areas, "Municipalities": munis, "Maintainers": maintainerLinks(t.Maintainers),
		"Source": t.Source,
	}
}

func (p *page) fillRecommendation(r *model.Recommendation) {
	p.setTitleText(r.Title, fmt.Sprintf("%d. ", r.Number))
	p.crumbs(linkView{Href: p.Link("model.html") + "#recommendations", Label: plain(p.T("model.recommendations"))})
	var tasks, plans []linkView
	for _, t := range r.Tasks {
		l := p.taskLink(t.Task.ID)
		l.Note = p.basisNote(t.Basis)
		tasks = append(tasks, l)
	}
	var areas []linkView
	for _, a := range r.Areas {
		l := p.areaLink(a.Area.ID)
		l.Note = p.basisNote(a.Basis)
		areas = append(areas, l)
	}
	for _, pr := range p.b.planTasksOfRec[r.ID] {
		l := p.muniLink(pr.m)
		l.Note = p.Txt(pr.t.Title)
		plans = append(plans, l)
	}
	p.Data = map[string]any{
		"Text": p.MD(r.Text), "Tasks": tasks, "Areas": areas, "PlanTasks": plans, "Source": r.Source,
	}
}

// Counties and regions.

type aggRow struct {
	Href string
	Name template.HTML
	A    *status.Aggregate
}

type aggTableView struct {
	P           *page
	ID, Caption string
	Rows        []aggRow
}

func (p *page) fillCounties() {
	p.setTitle(p.T("counties.title"))
	p.crumbs()
	b := p.b
	counties := aggTableView{P: p, ID: "counties-caption", Caption: p.T("counties.counties-caption")}
	for _, c := range b.repo.Counties() {
		counties.Rows = append(counties.Rows, aggRow{p.Link(countyPath(c.Code)), p.Txt(c.Name), b.countyAgg[c.Code]})
	}
	regions := aggTableView{P: p, ID: "regions-caption", Caption: p.T("counties.regions-caption")}
	for _, r := range b.regions {
		regions.Rows = append(regions.Rows, aggRow{p.Link(regionPath(r.Code)), p.Txt(r.Name), b.regionAgg[r.Code]})
	}
	p.Data = map[string]any{"Counties": counties, "Regions": regions}
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
	for _, m := range ms {
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
	for _, r := range b.regions {
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
	for _, c := range r.Counties {
		counties = append(counties, p.countyLink(c))
	}
	p.Data = map[string]any{
		"Counties": counties, "Figures": p.figures(p.b.regionAgg[r.Code]),
		"Table": p.muniTable(p.Tf("county.table-caption", p.Str(r.Name)), r.Municipalities),
	}
}

// Municipalities.

type roleView struct {
	ID, Mailbox, MailHref, Person, Phone string
	Title, Unit                          template.HTML
	Required                             bool
}

type raciView struct {
	AreaHref   string
	Number     int
	Area       template.HTML
	R, A, C, I []linkView
	Note       template.HTML
}

type bodyView struct {
	ID, Type, Last, Next string
	Trigger              string // what brought the last report on, if not the cadence
	Name                 template.HTML
	Company              []linkView
	Every                int
	Overdue              bool
	Registers            template.HTML // the personal-data registers, if listed
}

// managementView is one of management's tasks and who carries it.
type managementView struct {
	Task       string
	By         []linkView
	Hidden     bool // carried by a non-public role or body
	Last       string
	Unassigned bool
}

// practiceGroup is a heading and yes-or-no practices under it.
type practiceGroup struct {
	Heading string
	Items   []dutyView
}

type companyView struct {
	ID, Type, Sector, Critical, NIS2, Training string
	Name                                       template.HTML
}

type dutyView struct{ Label, Value string }

type planView struct {
	Title                template.HTML
	Area, Owner, Answers []linkView
	Due, Status          string
}

func (p *page) fillMunicipality(m *model.Municipality) {
	// m is the public view (builder.munis); nothing else reaches the page.
	p.setTitleText(m.Name, "")
	b := p.b
	st := b.picOf[m.Code]
	var crumbs []linkView
	if m.County.ID != "" {
		crumbs = append(crumbs, p.countyLink(m.County.ID))
	} else {
		crumbs = append(crumbs, p.regionLink(m.Region.Code))
	}
	p.crumbs(crumbs...)
	req := b.repo.Requirements()

	var roles []roleView
	for _, e := range m.Roles {
		r := e.Value
		rv := roleView{ID: e.Key, Title: p.Txt(r.Title), Mailbox: r.Mailbox}
		if r.Mailbox != "" {
			rv.MailHref = "mailto:" + r.Mailbox
		}
		if !r.Unit.IsZero() {
			rv.Unit = p.Txt(r.Unit)
		}
		if r.Person != nil && r.Person.Visibility == model.Public {
			rv.Person, rv.Phone = r.Person.Name, r.Person.Phone
		}
		_, rv.Required = req.RoleName(e.Key)
		roles = append(roles, rv)
	}

	party := func(r model.Ref) linkView {
		kind, id, _ := strings.Cut(r.ID, ":")
		switch kind {
		case "role":
			if x, ok := m.Roles.Get(id); ok {
				return linkView{Href: "#role-" + id, Label: p.Txt(x.Title)}
			}
		case "body":
			if x, ok := m.Bodies.Get(id); ok {
				return linkView{Href: "#body-" + id, Label: p.Txt(x.Name)}
			}
		case "company":
			if x, ok := m.Companies.Get(id); ok {
				return linkView{Href: "#company-" + id, Label: p.Txt(x.Name)}
			}
		case "actor":
			return p.actorLink(id)
		case "county":
			if m.County.ID != "" {
				return p.countyLink(m.County.ID)
			}
			return linkView{Label: plain(p.T("party.county"))}
		}
		return linkView{Label: plain(r.ID)}
	}
	parties := func(rs []model.Ref) []linkView {
		var out []linkView
		for _, r := range rs {
			if r.ID != "" {
				out = append(out, party(r))
			}
		}
		return out
	}
	var raci []raciView
	for _, a := range b.repo.Areas() {
		row, ok := m.RACI.Get(a.ID)
		if !ok {
			continue
		}
		rv := raciView{AreaHref: p.Link(areaPath(a.ID)), Number: a.Number, Area: p.Txt(a.Name),
			R: parties(row.Responsible), A: parties([]model.Ref{row.Accountable}), C: parties(row.Consulted), I: parties(row.Informed),
			Note: p.MD(row.Note)}
		raci = append(raci, rv)
	}

	var bodies []bodyView
	for _, e := range m.Bodies {
		x := e.Value
		latest := x.LatestReport()
		bv := bodyView{ID: e.Key, Type: p.Enum("body", x.Type), Name: p.Txt(x.Name), Every: x.StatusReportEveryMonths, Last: latest.Date}
		if latest.Trigger != "" && latest.Trigger != model.TriggerScheduled {
			bv.Trigger = p.Enum("trigger", latest.Trigger)
		}
		if x.Company.ID != "" {
			if c, ok := m.Companies.Get(x.Company.ID); ok {
				bv.Company = []linkView{{Href: "#company-" + x.Company.ID, Label: p.Txt(c.Name)}}
			}
		}
		if next, ok := nextReport(x); ok {
			bv.Next = next.Format(time.DateOnly)
			bv.Overdue = next.Before(b.opts.Today)
		}
		if regs := x.PersonalDataRegisters; regs != nil {
			if len(regs) == 0 {
				bv.Registers = plain(p.T("muni.registers-none"))
			} else {
				names := make([]string, len(regs))
				for i, r := range regs {
					names[i] = string(p.Txt(r))
				}
				bv.Registers = plain(p.T("muni.registers")+": ") + template.HTML(strings.Join(names, ", "))
			}
		}
		bodies = append(bodies, bv)
	}

	yesNo := func(v *bool) string {
		switch {
		case v == nil:
			return p.T("unknown")
		case *v:
			return p.T("yes")
		}
		return p.T("no")
	}
	var companies []companyView
	for _, e := range m.Companies {
		c := e.Value
		crit := c.CriticalInfrastructure
		cv := companyView{ID: e.Key, Name: p.Txt(c.Name), Type: p.Enum("company", c.Type), Sector: p.Enum("sector", c.Sector),
			Critical: yesNo(&crit), NIS2: p.T("unknown"), Training: yesNo(c.ManagementTrainingDone)}
		if c.NIS2 != "" {
			cv.NIS2 = p.Enum("nis2", c.NIS2)
		}
		companies = append(companies, cv)
	}

	var procurement *struct{ InHouse, Joint []linkView }
	if pr := m.Procurement; pr != nil && (pr.InHouseCompany.ID != "" || len(pr.JointProcurement) > 0) {
		procurement = &struct{ InHouse, Joint []linkView }{}
		if id := pr.InHouseCompany.ID; id != "" {
			if c, ok := m.Companies.Get(id); ok {
				procurement.InHouse = []linkView{{Href: "#company-" + id, Label: p.Txt(c.Name)}}
			}
		}
		procurement.Joint = p.actorLinks(pr.JointProcurement)
	}

	var networks []linkView
	for _, n := range m.Networks {
		networks = append(networks, p.actorLink(n.ID))
	}

	_, dutiesExempt := b.repo.Exempt(status.DutiesLaw, m)
	var duties []dutyView
	if d := m.InformationManagement; d != nil {
		date := func(s string) string {
			if s == "" {
				return p.T("unknown")
			}
			return p.Date(s)
		}
		months := func(n int) string {
			if n <= 0 {
				return p.T("unknown")
			}
			return p.Tf("duty.months", n)
		}
		duties = []dutyView{
			{p.T("duty.model"), yesNo(d.InformationManagementModel)},
			{p.T("duty.risk"), date(d.LastRiskAssessment)},
			{p.T("duty.risk-every"), months(d.RiskAssessmentEveryMonths)},
			{p.T("duty.critical-services"), yesNo(d.CriticalServicesIdentified)},
			{p.T("duty.continuity"), yesNo(d.ContinuityPlan)},
			{p.T("duty.exercise"), date(d.LastExercise)},
			{p.T("duty.exercise-every"), months(d.ExerciseEveryMonths)},
			{p.T("duty.classified"), yesNo(d.InformationClassified)},
		}
	}

	var management []managementView
	if mg := m.Management; mg != nil {
		for _, id := range model.ManagementTaskIDs {
			v := managementView{Task: capital(p.T("finding.management." + id))}
			switch t := mg.Task(id); {
			case t == nil:
				v.Unassigned = true
			case t.By.ID == "":
				v.Hidden, v.Last = true, t.Last
			default:
				v.By, v.Last = []linkView{party(t.By)}, t.Last
			}
			management = append(management, v)
		}
	}

	// The practices the briefing for elected officials asks about, where
	// the file says anything of them.
	practice := func(what string, v *bool) dutyView { return dutyView{capital(p.T(what)), yesNo(v)} }
	var practices []practiceGroup
	if pr := m.Procurement; pr != nil && (pr.SecurityRequirements != nil || pr.ComplianceMonitoring != nil) {
		practices = append(practices, practiceGroup{p.T("muni.procurement"), []dutyView{
			practice("finding.practice.security-requirements", pr.SecurityRequirements),
			practice("finding.practice.compliance-monitoring", pr.ComplianceMonitoring),
		}})
	}
	if co := m.Confidentiality; co != nil {
		practices = append(practices, practiceGroup{p.T("muni.confidentiality"), []dutyView{
			practice("finding.practice.controlled-publication", co.ControlledPublication),
			practice("finding.practice.procurement-and-finance", co.ProcurementAndFinance),
			practice("finding.practice.internal-audit", co.InternalAudit),
		}})
	}
	if se := m.Sectors; se != nil {
		if ed := se.Education; ed != nil {
			practices = append(practices, practiceGroup{p.T("muni.education"), []dutyView{
				practice("finding.practice.pupil-data", ed.PupilData),
				practice("finding.practice.ai-tools", ed.AITools),
			}})
		}
		if te := se.Technical; te != nil {
			practices = append(practices, practiceGroup{p.T("muni.technical"), []dutyView{
				practice("finding.practice.critical-infrastructure", te.CriticalInfrastructure),
				practice("finding.practice.data-sharing", te.DataSharing),
			}})
		}
	}

	var plan []planView
	for _, e := range m.ActionPlan {
		t := e.Value
		pv := planView{Title: p.Txt(t.Title), Area: []linkView{p.areaLink(t.Area.ID)}, Due: t.Due, Status: p.Enum("status", t.Status)}
		if t.Owner.ID != "" {
			if r, ok := m.Roles.Get(t.Owner.ID); ok {
				pv.Owner = []linkView{{Href: "#role-" + t.Owner.ID, Label: p.Txt(r.Title)}}
			}
		}
		if t.AnswersTask.ID != "" {
			pv.Answers = append(pv.Answers, p.taskLink(t.AnswersTask.ID))
		}
		if t.AnswersRecommendation.ID != "" {
			pv.Answers = append(pv.Answers, p.recLink(t.AnswersRecommendation.ID))
		}
		plan = append(plan, pv)
	}
	var ntasks []linkView
	for _, e := range m.NationalTasks {
		l := p.taskLink(e.Key)
		l.Note = p.Txt(e.Value.Part)
		ntasks = append(ntasks, l)
	}

	var gaps []template.HTML
	for _, g := range st.Gaps {
		gaps = append(gaps, p.Txt(g.Text))
	}
	var county []linkView
	if m.County.ID != "" {
		county = []linkView{p.countyLink(m.County.ID)}
	}
	p.Data = map[string]any{
		"Code": m.Code, "County": county, "Region": []linkView{p.regionLink(m.Region.Code)},
		"Language": p.Enum("language", m.Language), "Population": m.Population.Count, "PopulationDate": m.Population.Date,
		"Reported": m.Status.Reported, "Reviewed": m.Status.Reviewed, "ReviewEvery": m.Status.ReviewEveryMonths,
		"Questions": p.questions(m), "Management": management, "Practices": practices,
		"EditURL": "https://github.com/" + b.opts.Repo + "/edit/main/" + m.Pos.File, "File": m.Pos.File,
		"Completeness": st.Completeness, "Gaps": gaps,
		"Roles": roles, "RACI": raci, "Bodies": bodies, "Companies": companies, "Procurement": procurement,
		"Networks": networks, "Duties": duties, "Plan": plan, "NationalTasks": ntasks,
		"Maintainers": maintainerLinks(m.Maintainers),
		"History":     p.history("municipalities/" + m.Code),
		"Regional":    p.regional(m), "LawNotes": p.lawNotes(m), "DutiesExempt": dutiesExempt,
	}
}

// nextReport is when a body's next status report is due: its last one
// plus its interval. Without both there is no due date.
func nextReport(x model.Body) (time.Time, bool) {
	last, err := time.Parse(time.DateOnly, x.LatestReport().Date)
	if err != nil || x.StatusReportEveryMonths <= 0 {
		return time.Time{}, false
	}
	return last.AddDate(0, x.StatusReportEveryMonths, 0), true
}

// Gaps.

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
	for _, a := range b.repo.Actors() {
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
	for _, m := range b.munis {
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
		rules = append(rules, ruleView{r.ID, r.Severity.String(), r.Severity.In(lang), r.Title, r.Explanation, r.Hint})
	}
	p.Data = map[string]any{"Rules": rules}
}

func (p *page) fillSearch() {
	p.setTitle(p.T("search.title"))
	p.crumbs()
	p.Scripts = []string{"assets/search.js"}
	b := p.b
	var munis, actors, areas []linkView
	for _, m := range b.munis {
		l := p.muniLink(m)
		l.Note = plain(m.Code)
		munis = append(munis, l)
	}
	for _, a := range b.repo.Actors() {
		actors = append(actors, p.actorLink(a.ID))
	}
	for _, a := range b.repo.Areas() {
		areas = append(areas, p.areaLink(a.ID))
	}
	p.Data = map[string]any{"Municipalities": munis, "Actors": actors, "Areas": areas}
}
