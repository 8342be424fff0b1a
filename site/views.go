package site

import (
	"fmt"
	"strings"

	"github.com/govmap/govmap/model"
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
		for _, ip := range infoPages {
			add(ip.path, ip.kind, "", ip.fill)
		}
		add(editorPath, "editor", "counties", (*page).fillEditor)
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
