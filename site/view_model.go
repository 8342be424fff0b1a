package site

import (
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/govmap/govmap/model"
)

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
		for _, a := range byName(p, b.actorsOfKind[k.ID], actorName) {
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
