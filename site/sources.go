package site

import (
	"html/template"

	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
)

// basisNote says what a statement rests on: the source's passage, or a
// visible marker that this repository inferred it, with the reason.
func (p *page) basisNote(b model.Basis) template.HTML {
	switch b.Kind {
	case model.BasisInferred:
		return template.HTML(`<span class="inferred"><strong class="inferred-tag">`+template.HTMLEscapeString(p.T("basis.inferred"))+
			`</strong>: `) + p.Txt(b.Reason) + template.HTML(`</span>`)
	case model.BasisSource:
		if b.Source != "" {
			return plain(p.T("source")+": ") + p.Cite(b.Source)
		}
	}
	return ""
}

// letters names the letters that meet a requirement: "consulted (C) or
// responsible (R)".
func (p *page) letters(ls []string) string {
	var alt msg.Alternatives
	for _, l := range ls {
		alt = append(alt, msg.Key("raci."+l))
	}
	return alt.Localize(msg.Lang(p.Lang))
}

// observationLinks link observations to their place on the observations
// page.
func (p *page) observationLinks(os []*model.Observation) []linkView {
	var out []linkView
	for _, o := range os {
		out = append(out, linkView{Href: p.Link(observationPath(o.ID)), Label: p.Txt(o.Title),
			Note: plain(p.Tf("obs.chapter", o.Chapter))})
	}
	return out
}

// fillObservations is the page of the report's observations, by chapter.
func (p *page) fillObservations() {
	p.setTitle(p.T("obs.title"))
	p.crumbs(linkView{Href: p.Link("model.html"), Label: plain(p.T("nav.model"))})
	type obsView struct {
		ID, Number, From string
		Title, Text      template.HTML
		Areas, Actors    []linkView
		Source           string
	}
	type chapterView struct {
		Chapter      string
		Observations []obsView
	}
	var chapters []chapterView
	for _, o := range p.b.repo.Observations() {
		if len(chapters) == 0 || chapters[len(chapters)-1].Chapter != o.Chapter {
			chapters = append(chapters, chapterView{Chapter: o.Chapter})
		}
		c := &chapters[len(chapters)-1]
		c.Observations = append(c.Observations, obsView{
			ID: o.ID, Number: p.Num(o.Number), From: p.T("obs.from." + o.From),
			Title: p.Txt(o.Title), Text: p.MD(o.Text),
			Areas: p.areaLinks(o.Areas), Actors: p.actorLinks(o.Actors), Source: o.Source,
		})
	}
	p.Data = map[string]any{"Chapters": chapters, "Count": len(p.b.repo.Observations())}
}

// Regional state authorities of a municipality, from the reference data:
// its Regional State Administrative Agency (AVI, to the end of 2025) and
// its elinvoimakeskus (from 2026), and who holds the AVI's tasks now.

type regionalView struct {
	AVI, AVINote         template.HTML
	AVIUntil             string
	AVIActor             []linkView
	AVISuccessors        []linkView // with the succession's note
	Elinvoimakeskus      template.HTML
	ElinvoimakeskusFrom  string
	ElinvoimakeskusActor []linkView
	Source               string
}

func (p *page) regional(m *model.Municipality) *regionalView {
	ra := p.b.regionalOf(m.Code)
	if ra == nil {
		return nil
	}
	v := &regionalView{Source: ra.Source}
	if ra.AVI != nil {
		v.AVI = p.Txt(ra.AVI.Name)
		v.AVIUntil = ra.AVI.ValidUntil
		if ra.AVI.IsAVI {
			if _, ok := p.b.repo.Actor(export.AVIActor); ok {
				v.AVIActor = []linkView{p.actorLink(export.AVIActor)}
			}
		} else {
			v.AVINote = plain(p.T("muni.avi-not-avi"))
		}
	}
	for _, s := range ra.AVITasksNow {
		l := p.actorLink(s.Actor.ID)
		if !s.Note.IsZero() {
			l.Note = p.Txt(s.Note)
		}
		v.AVISuccessors = append(v.AVISuccessors, l)
	}
	if ra.Elinvoimakeskus != nil {
		v.Elinvoimakeskus = p.Txt(ra.Elinvoimakeskus.Name)
		v.ElinvoimakeskusFrom = ra.Elinvoimakeskus.ValidFrom
		if _, ok := p.b.repo.Actor(export.ElinvoimakeskusActor); ok {
			v.ElinvoimakeskusActor = []linkView{p.actorLink(export.ElinvoimakeskusActor)}
		}
	}
	return v
}

// lawNotes says which acts of the model do not bind the municipality, and
// why (Åland).
func (p *page) lawNotes(m *model.Municipality) []template.HTML {
	var out []template.HTML
	for _, le := range p.b.repo.NotBinding(m) {
		out = append(out, template.HTML("<strong>")+p.Txt(le.Law.Name)+template.HTML(" ("+template.HTMLEscapeString(le.Law.Number)+")</strong>: ")+
			p.Txt(le.Exemption.Why))
	}
	return out
}

// regionalOf returns a municipality's regional authorities from the
// embedded reference data (nil when it lacks the municipality).
func (b *builder) regionalOf(code string) *export.RegionalAuthorities {
	ref, err := reference.Load()
	if err != nil {
		return nil
	}
	return export.Regional(b.repo, ref, code)
}

// requirementView is one thing the model asks of every reporting
// municipality, with its basis and, for a body, its duties.
type requirementView struct {
	Name, Severity string
	Why, Basis     template.HTML
	Duties         []template.HTML
}

// municipalRequirements lists the roles and bodies the model asks of a
// reporting municipality.
func (p *page) municipalRequirements() []requirementView {
	req := p.b.repo.Requirements()
	var out []requirementView
	basis := func(b model.Basis, source string) template.HTML {
		if b.Inferred() {
			return p.basisNote(b)
		}
		return plain(p.T("source")+": ") + p.Cite(source)
	}
	for _, r := range req.Roles {
		out = append(out, requirementView{Name: p.Str(r.Name), Severity: p.Enum("obligation", r.Severity), Why: p.Txt(r.Why), Basis: basis(r.Basis, r.Source)})
	}
	for _, b := range req.Bodies {
		v := requirementView{Name: p.Str(b.Name), Severity: p.Enum("obligation", b.Severity), Why: p.Txt(b.Why), Basis: basis(b.Basis, b.Source)}
		for _, d := range b.Duties {
			v.Duties = append(v.Duties, p.Txt(d))
		}
		out = append(out, v)
	}
	return out
}

// regionName completes a region's name with its English name from the
// reference data (reference/regions.csv): the municipality files name
// their region in Finnish and Swedish only.
func regionName(code string, name model.Text) model.Text {
	if r, ok := reference.RegionName(code); ok && name.EN == "" {
		name.EN = r.NameEN
	}
	return name
}
