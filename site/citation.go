package site

import (
	"html/template"
	"regexp"
	"strings"

	"github.com/govmap/govmap/msg"
)

// Citations are stored as written in Finnish ("Haukka 2021, taulukko 2:
// alueen nimi"; "Tilastokeskus 2025 ja 2026"). On a Swedish or English
// page the locator words come from the catalogue ("tabell 2", "table 2"),
// and what stays Finnish (a title, a quotation after a colon) is marked
// as Finnish; an author and year, a locator or a file name is neither
// language.
var locators = []struct {
	re  *regexp.Regexp
	key string // a catalogue format with one %s, the number
}{
	{regexp.MustCompile(`^taulukko (\d[\d.]*)$`), "citation.table"},
	{regexp.MustCompile(`^luku (\d[\d.]*)$`), "citation.chapter"},
	{regexp.MustCompile(`^liite (\d[\d.]*)$`), "citation.appendix"},
	{regexp.MustCompile(`^(\d+ ja \d+) artikla$`), "citation.articles"},
	{regexp.MustCompile(`^(\d+) artikla$`), "citation.article"},
}

// neutral parts: "Haukka 2021", "reference/README.md", "2016/679".
var neutral = regexp.MustCompile(`^(?:\p{Lu}[\p{L}-]* \d{4}|[\w.-]*[/.][\w./-]*|[\d\s./-]*)$`)

// Cite renders a source citation in the page's language.
func (p *page) Cite(s string) template.HTML {
	if p.Lang == "fi" {
		return plain(s)
	}
	l := msg.Lang(p.Lang)
	var segs []string
	for _, seg := range strings.Split(s, "; ") {
		ref, quote, quoted := strings.Cut(seg, ": ")
		var parts []string
		for _, part := range strings.Split(ref, ", ") {
			parts = append(parts, p.citePart(l, part))
		}
		h := strings.Join(parts, ", ")
		if quoted {
			h += `: <span lang="fi">` + template.HTMLEscapeString(quote) + `</span>`
		}
		segs = append(segs, h)
	}
	return template.HTML(strings.Join(segs, "; "))
}

// citePart is one comma-separated part of a citation's reference.
func (p *page) citePart(l msg.Lang, part string) string {
	for _, x := range locators {
		if m := x.re.FindStringSubmatch(part); m != nil {
			n := strings.ReplaceAll(m[1], " ja ", " "+msg.T(l, "word.and")+" ")
			return template.HTMLEscapeString(msg.Sprintf(l, msg.T(l, x.key), n))
		}
	}
	if neutral.MatchString(part) {
		return template.HTMLEscapeString(part)
	}
	return `<span lang="fi">` + template.HTMLEscapeString(part) + `</span>`
}

// titleQuote finds a title in quotation marks (Finnish and Swedish ”…”,
// English “…”).
var titleQuote = regexp.MustCompile(`(”|“)([^”“]+)(”)`)

// QuotedIn renders a catalogue text that quotes a title in another
// language: the quoted title is marked with that language, unless it is
// the page's.
func (p *page) QuotedIn(key, lang string) template.HTML {
	s := template.HTMLEscapeString(p.T(key))
	if lang == p.Lang {
		return template.HTML(s)
	}
	return template.HTML(titleQuote.ReplaceAllString(s, `$1<span lang="`+lang+`">$2</span>$3`))
}
