package site

import (
	"html/template"
	"regexp"
	"strings"

	"github.com/govmap/govmap/msg"
)

// Cite renders a source citation in the page's language (msg.Citation):
// what stays Finnish is marked as Finnish.
func (p *page) Cite(s string) template.HTML {
	var b strings.Builder
	for _, part := range msg.Citation(s).Parts(msg.Lang(p.Lang)) {
		t := template.HTMLEscapeString(part.Text)
		if part.Finnish && p.Lang != "fi" {
			t = `<span lang="fi">` + t + `</span>`
		}
		b.WriteString(t)
	}
	return template.HTML(b.String())
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
