package site

import (
	"fmt"
	"html/template"

	"github.com/govmap/govmap/export"
)

// The pages about the service itself: about, accessibility statement,
// privacy notice and licence, in every language and linked from every
// page's footer. Who keeps the site comes from Options.Keeper; when it
// names no owner the pages say the site is kept by the maintainers of
// the repository, and name no organisation.

type infoPage struct {
	path, kind string
	fill       func(*page)
}

var infoPages = []infoPage{
	{"about.html", "about", (*page).fillAbout},
	{"accessibility.html", "accessibility", (*page).fillAccessibility},
	{"privacy.html", "privacy", (*page).fillPrivacy},
	{"licence.html", "licence", (*page).fillLicence},
}

// Licence of the open data and the pages' text (the export's).
const (
	LicenceID   = export.LicenceID
	LicenceURL  = export.LicenceURL
	licenceName = "CC BY 4.0"
)

// supervisorURL is the public site of the accessibility supervisor.
const supervisorURL = "https://www.saavutettavuusvaatimukset.fi/"

// dataProtectionURL is the Office of the Data Protection Ombudsman's site.
const dataProtectionURL = "https://tietosuoja.fi"

// link is an <a> element with an escaped address and label.
func link(href, label string) template.HTML {
	return template.HTML(`<a href="` + template.HTMLEscapeString(href) + `">` + template.HTMLEscapeString(label) + `</a>`)
}

// HasOwner reports whether the build names the organisation that keeps
// the site.
func (p *page) HasOwner() bool { return p.b.opts.Keeper.Owner != "" }

// OwnerLink is the owner's name, linked to its address when known.
func (p *page) OwnerLink() template.HTML {
	k := p.b.opts.Keeper
	if k.OwnerURL != "" {
		return link(k.OwnerURL, k.Owner)
	}
	return plain(k.Owner)
}

// KeptBy says who keeps the site.
func (p *page) KeptBy() template.HTML {
	if p.HasOwner() {
		return p.Th("info.kept-by", p.OwnerLink())
	}
	return p.Th("info.kept-by-maintainers", p.RepoLink())
}

// RepoLink links the repository by its address.
func (p *page) RepoLink() template.HTML { return link(p.RepoURL(), p.RepoURL()) }

// IssuesURL is the repository's issues page.
func (p *page) IssuesURL() string { return p.RepoURL() + "/issues" }

// ContributingURL is the repository's guide to making a change.
func (p *page) ContributingURL() string { return p.RepoURL() + "/blob/main/CONTRIBUTING.md" }

// Contact says how to reach the keepers.
func (p *page) Contact() template.HTML {
	if c := p.b.opts.Keeper.Contact; c != "" {
		return p.Th("info.contact", link(contactHref(c), c))
	}
	return p.Th("info.contact-issues", link(p.IssuesURL(), p.IssuesURL()))
}

// Feedback is where accessibility feedback goes, as a link.
func (p *page) Feedback() template.HTML {
	if f := p.b.opts.Keeper.Feedback; f != "" {
		return link(contactHref(f), f)
	}
	if c := p.b.opts.Keeper.Contact; c != "" {
		return link(contactHref(c), c)
	}
	return link(p.IssuesURL(), p.IssuesURL())
}

// HowToReport links the repository's guide for municipalities.
func (p *page) HowToReport() template.HTML {
	return p.Th("info.how-to-report", link(p.ContributingURL(), p.T("info.contributing")))
}

// attributionBy is who the attribution names: the owner, or the
// repository's address.
func (p *page) attributionBy() string {
	if k := p.b.opts.Keeper; k.Owner != "" {
		return k.Owner
	}
	return p.RepoURL()
}

// Attribution is the source credit for the open data in the page's
// language.
func (p *page) Attribution() string {
	return fmt.Sprintf(p.T("licence.attribution"), p.attributionBy(), p.Date(p.b.today), licenceName)
}

func (p *page) LicenceURL() string { return LicenceURL }

func (p *page) fillAbout() {
	p.setTitle(p.T("nav.about"))
	p.crumbs()
}

func (p *page) fillAccessibility() {
	p.setTitle(p.T("nav.accessibility"))
	p.crumbs()
	date := p.b.opts.Keeper.StatementDate
	if date == "" {
		date = p.b.today
	}
	p.Data = map[string]any{
		"Date":       date,
		"Supervisor": link(supervisorURL, supervisorURL),
	}
}

func (p *page) fillPrivacy() {
	p.setTitle(p.T("nav.privacy"))
	p.crumbs()
	p.Data = map[string]any{"Ombudsman": link(dataProtectionURL, dataProtectionURL)}
}

func (p *page) fillLicence() {
	p.setTitle(p.T("nav.licence"))
	p.crumbs()
	p.Data = map[string]any{"Licence": link(LicenceURL, LicenceURL)}
}

// NoneReported reports whether no municipality has reported: every
// national figure is then "not yet reported", never a finding.
func (p *page) NoneReported() bool { return p.b.pic.National.Reported == 0 }
