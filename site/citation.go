package site

import (
	"html/template"
	"regexp"
	"strings"

	"github.com/govmap/govmap/msg"
)

// Citations are stored as written in Finnish ("Haukka 2021, taulukko 2:
// alueen nimi"). On a Swedish or English page the locator words come from
// the catalogue ("tabell 2", "table 2"), and what follows a colon, a
// quotation from the Finnish source, is marked as Finnish.
var locators = []struct {
	re  *regexp.Regexp
	key string // a catalogue format with one %s, the number
}{
	{regexp.MustCompile(`\btaulukko (\d[\d.]*)`), "citation.table"},
	{regexp.MustCompile(`\bluku (\d[\d.]*)`), "citation.chapter"},
	{regexp.MustCompile(`\bliite (\d[\d.]*)`), "citation.appendix"},
	{regexp.MustCompile(`\b(\d+ ja \d+) artikla\b`), "citation.articles"},
	{regexp.MustCompile(`\b(\d+) artikla\b`), "citation.article"},
}

// citation renders a source citation in the page's language.
func (p *page) citation(s string) template.HTML {
	if p.Lang == "fi" {
		return plain(s)
	}
	var out []string
	for _, seg := range strings.Split(s, "; ") {
		ref, quote, quoted := strings.Cut(seg, ": ")
		for _, l := range locators {
			ref = l.re.ReplaceAllStringFunc(ref, func(m string) string {
				n := strings.ReplaceAll(l.re.FindStringSubmatch(m)[1], " ja ", " "+msg.T(msg.Lang(p.Lang), "word.and")+" ")
				return msg.Sprintf(msg.Lang(p.Lang), msg.T(msg.Lang(p.Lang), l.key), n)
			})
		}
		h := template.HTMLEscapeString(ref)
		if quoted {
			h += `: <span lang="fi">` + template.HTMLEscapeString(quote) + `</span>`
		}
		out = append(out, h)
	}
	return template.HTML(strings.Join(out, "; "))
}
