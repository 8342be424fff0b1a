package site

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/govmap/govmap/model"
)

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
		aspects = append(aspects, linkView{Label: plain(p.Enum("aspect", x.Aspect)), Note: p.areaBasisNote(a, x.Basis)})
	}
	var reqs []reqView
	for _, r := range a.Requirements {
		reqs = append(reqs, reqView{Party: p.partyName(r.Party), Letter: p.letters(r.Letters()), Severity: p.Enum("obligation", r.Severity),
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
	for _, m := range byName(p, b.joined[a.ID], muniName) {
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
	for _, m := range byName(p, b.taskParts[t.ID], muniName) {
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

// areaBasisNote is basisNote for a statement about the area: a citation
// that quotes the area's Finnish name ("Haukka 2021, taulukko 2: alueen
// nimi (tietosuojan suunnittelu ja kehitys)") gives the name in the page's
// language on a Swedish or English page.
func (p *page) areaBasisNote(a *model.Area, b model.Basis) template.HTML {
	if b.Kind == model.BasisSource && p.Lang != "fi" {
		if ref, quote, ok := strings.Cut(b.Source, ": "); ok && strings.EqualFold(quote, "alueen nimi ("+a.Name.FI+")") {
			return plain(p.T("source")+": ") + p.Cite(ref) + plain(": "+p.Tf("citation.area-name", p.Str(a.Name)))
		} else if inner, ok := strings.CutPrefix(quote, "alueen nimi ("); ok && strings.HasSuffix(inner, ")") {
			// The name of one of the area's aspects, in Finnish only: the
			// words around it in the page's language, the name marked.
			name := template.HTMLEscapeString(strings.TrimSuffix(inner, ")"))
			frame := template.HTMLEscapeString(p.Tf("citation.area-name", "\x01"))
			return plain(p.T("source")+": ") + p.Cite(ref) + plain(": ") +
				template.HTML(strings.Replace(frame, "\x01", `<span lang="fi">`+name+`</span>`, 1))
		}
	}
	return p.basisNote(b)
}
