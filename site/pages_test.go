package site

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
)

var infoFiles = []string{"about.html", "accessibility.html", "privacy.html", "licence.html"}

// footerLinks are the links of a page's <footer>.
func footerLinks(t *testing.T, name string, data []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []string
	walk(doc, func(n *html.Node) {
		if n.Data == "footer" {
			walk(n, func(a *html.Node) {
				if a.Data == "a" {
					out = append(out, attr(a, "href"))
				}
			})
		}
	})
	return out
}

// TestInfoPages: the about page, accessibility statement, privacy notice
// and licence exist in every language and every page's footer links them.
func TestInfoPages(t *testing.T) {
	files := render(t, repository(t), Options{})
	for _, lang := range Languages {
		for _, f := range infoFiles {
			name := langPrefix(lang) + f
			page, ok := files[name]
			if !ok {
				t.Errorf("no page %s", name)
				continue
			}
			if !bytes.Contains(page, []byte(`<html lang="`+lang+`">`)) {
				t.Errorf("%s: not in %s", name, lang)
			}
		}
	}
	pages := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		links := footerLinks(t, name, data)
		for _, f := range infoFiles {
			found := false
			for _, l := range links {
				if strings.HasSuffix(l, f) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: the footer does not link %s (links %v)", name, f, links)
				break
			}
		}
	}
	if pages < 900 {
		t.Errorf("only %d pages", pages)
	}
	// What the statement must say, in each language.
	for _, lang := range Languages {
		l := msg.Lang(lang)
		a11y := plainText(files[langPrefix(lang)+"accessibility.html"])
		for _, want := range []string{msg.T(l, "a11y.partially"), "axe-core", "14", "https://www.saavutettavuusvaatimukset.fi/", "https://github.com/govmap/govmap/issues", "23.11.2026"} {
			if lang == "en" && want == "23.11.2026" {
				want = "23 November 2026"
			}
			if !strings.Contains(a11y, want) {
				t.Errorf("%s accessibility statement lacks %q", lang, want)
			}
		}
		privacy := plainText(files[langPrefix(lang)+"privacy.html"])
		for _, want := range []string{"https://tietosuoja.fi", msg.T(l, "privacy.never"), "CODEOWNERS", msg.T(l, "privacy.right-object")} {
			if !strings.Contains(privacy, want) {
				t.Errorf("%s privacy notice lacks %q", lang, want)
			}
		}
		licence := plainText(files[langPrefix(lang)+"licence.html"])
		for _, want := range []string{LicenceURL, "CC BY 4.0", strings.SplitN(msg.T(l, "licence.attribution"), ":", 2)[0] + ": govmap, https://github.com/govmap/govmap"} {
			if !strings.Contains(licence, want) {
				t.Errorf("%s licence page lacks %q", lang, want)
			}
		}
	}
	if !strings.Contains(plainText(files["accessibility.html"]), "Lupa- ja valvontavirasto") ||
		!strings.Contains(plainText(files["sv/accessibility.html"]), "Tillstånds- och tillsynsverket") ||
		!strings.Contains(plainText(files["en/accessibility.html"]), "Permit and Supervision Agency") {
		t.Error("the accessibility statement does not name the supervisor in each language")
	}
}

// TestKeeper: the owner appears where the build names it; with none, the
// pages say the repository's maintainers keep the site and name no
// organisation.
func TestKeeper(t *testing.T) {
	repo := repository(t)
	none := render(t, repo, Options{Keeper: Keeper{Repository: "https://git.example.org/team/map"}})
	for _, lang := range Languages {
		about := plainText(none[langPrefix(lang)+"about.html"])
		maint, _, _ := strings.Cut(msg.T(msg.Lang(lang), "info.kept-by-maintainers"), "%s")
		if !strings.Contains(about, maint+"https://git.example.org/team/map") {
			t.Errorf("%s about page without an owner does not name the repository's maintainers:\n%s", lang, about)
		}
		if !strings.Contains(about, "https://git.example.org/team/map/issues") {
			t.Errorf("%s about page does not offer the repository's issues page", lang)
		}
	}
	if !bytes.Contains(none["en/licence.html"], []byte("Source: govmap, https://git.example.org/team/map, 23 November 2026, CC BY 4.0")) {
		t.Error("without an owner the attribution does not name the repository")
	}

	k := Keeper{Owner: "Esimerkkivirasto", OwnerURL: "https://esimerkki.example/", Contact: "govmap@esimerkki.example", Feedback: "https://esimerkki.example/palaute", StatementDate: "2026-10-01"}
	owned := render(t, repo, Options{Keeper: k})
	for _, lang := range Languages {
		p := langPrefix(lang)
		maint, _, _ := strings.Cut(msg.T(msg.Lang(lang), "info.kept-by-maintainers"), "(")
		if strings.Contains(plainText(owned[p+"about.html"]), maint) {
			t.Errorf("%s about page speaks of the maintainers when an owner is set", lang)
		}
		if !bytes.Contains(owned[p+"about.html"], []byte(`<a href="https://esimerkki.example/">Esimerkkivirasto</a>`)) {
			t.Errorf("%s about page does not link the owner", lang)
		}
		if !bytes.Contains(owned[p+"about.html"], []byte(`href="mailto:govmap@esimerkki.example"`)) {
			t.Errorf("%s about page does not link the contact", lang)
		}
		if !bytes.Contains(owned[p+"accessibility.html"], []byte(`href="https://esimerkki.example/palaute"`)) {
			t.Errorf("%s accessibility statement does not link the feedback channel", lang)
		}
		if !strings.Contains(plainText(owned[p+"privacy.html"]), "Esimerkkivirasto") {
			t.Errorf("%s privacy notice does not name the controller", lang)
		}
		if !bytes.Contains(owned[p+"index.html"], []byte("Esimerkkivirasto")) {
			t.Errorf("%s home page does not say who keeps the site", lang)
		}
	}
	if !strings.Contains(plainText(owned["accessibility.html"]), "1.10.2026") {
		t.Error("the statement's date is not the configured one")
	}
	// A repository on GitHub gives the "propose a change" links too.
	gh := render(t, repo, Options{Keeper: Keeper{Repository: "https://github.com/kunnat/govmap/"}})
	if !bytes.Contains(gh["municipalities/091.html"], []byte("https://github.com/kunnat/govmap/edit/main/")) {
		t.Error("--repository on GitHub does not set the edit links")
	}
	for _, bad := range []Keeper{
		{OwnerURL: "javascript:alert(1)"}, {Contact: "not an address"}, {Feedback: "ftp://x.example/"},
		{Repository: "git@github.com:x/y.git"}, {StatementDate: "1.10.2026"}, {Owner: "two\nlines"},
	} {
		if _, err := Render(repo, Options{Today: testToday, Keeper: bad}); err == nil {
			t.Errorf("Render accepts %+v", bad)
		}
	}
}

// TestHomeSaysWhatThisIs: the home page explains the map, and reads zero
// as "not yet reported", never as a finding.
func TestHomeSaysWhatThisIs(t *testing.T) {
	none := render(t, repository(t), Options{})
	if repository(t).Municipalities()[0].Status.Reported {
		t.Skip("the repository has reports now; the fixture below covers reported municipalities")
	}
	for _, lang := range Languages {
		l := msg.Lang(lang)
		home := plainText(none[langPrefix(lang)+"index.html"])
		for _, want := range []string{msg.T(l, "home.what-text"), msg.T(l, "home.none-reported"), msg.T(l, "home.charts-empty"), "CONTRIBUTING.md"} {
			if !strings.Contains(home, want) {
				t.Errorf("%s home page with no reports lacks %q", lang, want)
			}
		}
		if !bytes.Contains(none[langPrefix(lang)+"index.html"], []byte(`href="https://github.com/govmap/govmap/blob/main/CONTRIBUTING.md"`)) {
			t.Errorf("%s home page does not link CONTRIBUTING.md", lang)
		}
		for _, page := range []string{"index.html", "gaps.html"} {
			text := plainText(none[langPrefix(lang)+page])
			if strings.Contains(text, msg.T(l, "gaps.no-overdue")) {
				t.Errorf("%s%s says no report is overdue when none is reported", langPrefix(lang), page)
			}
		}
		if !strings.Contains(plainText(none[langPrefix(lang)+"gaps.html"]), msg.T(l, "home.none-reported")) {
			t.Errorf("%sgaps.html does not say no municipality has reported yet", langPrefix(lang))
		}
	}
	if !strings.Contains(plainText(none["en/index.html"]), "not yet reported") {
		t.Error("the English home page does not read zero as not yet reported")
	}

	// With a report, and the day of the first one from git.
	repo := overlay(t, fullFixture)
	some := render(t, repo, Options{History: &gitrepo.History{FirstReport: "2026-02-15"}})
	home := plainText(some["index.html"])
	if !strings.Contains(home, "Kunnat ovat ilmoittaneet tietojaan 15.2.2026 alkaen.") {
		t.Errorf("the home page does not say since when municipalities report:\n%s", home)
	}
	if strings.Contains(home, msg.T(msg.FI, "home.none-reported")) {
		t.Error("the home page says none has reported when one has")
	}
	noHistory := plainText(render(t, repo, Options{})["en/index.html"])
	if !strings.Contains(noHistory, "So far 1 of ") {
		t.Errorf("without history the home page does not count the reports:\n%s", noHistory)
	}
}
