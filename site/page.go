package site

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// page is one HTML page in one language, and the helpers its templates
// call. Path is the page's address without the language prefix.
type page struct {
	b       *builder
	Lang    string
	Path    string
	Kind    string
	Section string // the main navigation's entry the page belongs to
	Title   string // plain text, for <title>
	Heading template.HTML
	Crumbs  []linkView
	Scripts []string
	Data    any
	// rootLinks makes links absolute from the site's path (the 404 page,
	// which the web server shows at any address).
	rootLinks bool
	// csp, when set, is the page's own Content-Security-Policy (the
	// editor's allows WebAssembly).
	csp  string
	fill func(*page) // sets the title, crumbs and data
}

type linkView struct {
	Href  string
	Label template.HTML
	Note  template.HTML
}

// File is the page's file in the site.
func (p *page) File() string { return langPrefix(p.Lang) + p.Path }

func (p *page) render(t *template.Template, w io.Writer) error {
	if t == nil {
		return fmt.Errorf("no template for %q", p.Kind)
	}
	if p.fill != nil {
		p.fill(p)
	}
	return t.ExecuteTemplate(w, "layout", p)
}

// CSP is the page's Content-Security-Policy.
func (p *page) CSP() string {
	if p.RootFinder() != "" {
		return rootFinderCSP
	}
	if p.csp != "" {
		return p.csp
	}
	return csp
}

// RootFinder is the inline script of a page whose links start at "/"
// without a known base URL (the 404 page); empty for every other page.
func (p *page) RootFinder() template.JS {
	if p.rootLinks && p.b.opts.BaseURL == "" {
		return template.JS(rootFinder)
	}
	return ""
}

// root is the relative way from the page up to the site's root.
func (p *page) root() string {
	if p.rootLinks {
		if p.b.opts.BaseURL != "" {
			u := p.b.opts.BaseURL
			if i := strings.Index(u, "://"); i >= 0 {
				if j := strings.Index(u[i+3:], "/"); j >= 0 {
					return u[i+3+j:]
				}
			}
		}
		return "/"
	}
	return strings.Repeat("../", strings.Count(p.File(), "/"))
}

// Link is the relative address of a page of the same language.
func (p *page) Link(path string) string { return p.root() + langPrefix(p.Lang) + path }

// LinkIn is the relative address of a page in a language.
func (p *page) LinkIn(lang, path string) string { return p.root() + langPrefix(lang) + path }

// Asset is the relative address of a language-independent file.
func (p *page) Asset(path string) string { return p.root() + path }

// abs is the absolute address of a file, when the base URL is known.
func (p *page) abs(file string) string {
	if p.b.opts.BaseURL == "" {
		return ""
	}
	return p.b.opts.BaseURL + strings.TrimSuffix(file, "index.html")
}

// Canonical is the page's absolute address, if the base URL is known.
func (p *page) Canonical() string {
	if p.Kind == "notfound" {
		return ""
	}
	return p.abs(p.File())
}

// Today is the date of the build.
func (p *page) Today() string { return p.b.today }

// RepoURL is the web address of the source repository.
func (p *page) RepoURL() string { return p.b.opts.Keeper.Repository }

type alternate struct {
	Lang, Href, Rel, Name string
	Current               bool
}

var languageNames = map[string]string{"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}

// Alternates are the page in every language, for the language switch and
// hreflang; the last is x-default (Finnish).
func (p *page) Alternates() []alternate {
	var out []alternate
	target := p.Path
	if p.Kind == "notfound" {
		target = "index.html" // the error page exists once: offer each language's front page
	}
	for _, l := range Languages {
		rel := p.LinkIn(l, target)
		href := p.abs(langPrefix(l) + target)
		if href == "" {
			href = rel
		}
		out = append(out, alternate{Lang: l, Href: href, Rel: rel, Name: languageNames[l], Current: l == p.Lang})
	}
	def := out[0]
	def.Lang, def.Current = "x-default", false
	return append(out, def)
}

type navItem struct {
	Href, Label string
	Current     string // "page" for the page itself, "true" for its section
}

// Nav is the main navigation.
func (p *page) Nav() []navItem {
	var out []navItem
	for _, n := range []struct{ section, path string }{
		{"home", "index.html"}, {"model", "model.html"}, {"counties", "counties.html"},
		{"officials", "officials.html"}, {"gaps", "gaps.html"}, {"rules", "rules.html"}, {"data", "data.html"}, {"search", "search.html"},
	} {
		item := navItem{Href: p.Link(n.path), Label: p.T("nav." + n.section)}
		switch {
		case p.Kind == n.section:
			item.Current = "page"
		case p.Section == n.section:
			item.Current = "true"
		}
		out = append(out, item)
	}
	return out
}

// T is a message of the catalogue in the page's language.
func (p *page) T(key string) string { return message(key, p.Lang) }

// Tf is a message with fmt verbs filled in.
func (p *page) Tf(key string, args ...any) string { return fmt.Sprintf(p.T(key), args...) }

// Enum names a value of an enumeration ("kind.agency"); an unknown value
// is shown as it is.
func (p *page) Enum(group, value string) string {
	if inCatalogue(group + "." + value) {
		return p.T(group + "." + value)
	}
	return value
}

// fallback returns the language t is shown in on a page of lang when it
// has no text of its own in lang (Finnish, or Swedish for a
// Swedish-speaking municipality's own texts), or "".
func fallback(t model.Text, lang string) string {
	if l := t.LangIn(lang); l != lang {
		return l
	}
	return ""
}

// Txt is an entity's text in the page's language; text in another language
// (Finnish on a Swedish or English page) is marked with its lang.
func (p *page) Txt(t model.Text) template.HTML {
	s := template.HTMLEscapeString(t.In(p.Lang))
	if l := fallback(t, p.Lang); l != "" && s != "" {
		return template.HTML(`<span lang="` + l + `">` + s + `</span>`)
	}
	return template.HTML(s)
}

// Str is an entity's text as plain text, for attributes and titles.
func (p *page) Str(t model.Text) string { return t.In(p.Lang) }

// MD renders an entity's prose (Markdown) in the page's language.
func (p *page) MD(t model.Text) template.HTML {
	if t.IsZero() {
		return ""
	}
	out := p.b.md.render(t.In(p.Lang))
	if l := fallback(t, p.Lang); l != "" {
		return template.HTML(`<div lang="` + l + `">` + out + `</div>`)
	}
	return template.HTML(out)
}

// plain escapes a string for a template.HTML field.
func plain(s string) template.HTML { return template.HTML(template.HTMLEscapeString(s)) }

// Date writes a YYYY-MM-DD date in the page's language: 2.1.2026 in
// Finnish and Swedish, 2 January 2026 in English.
func (p *page) Date(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	if p.Lang == "en" {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year())
}

// Num writes a whole number with the language's digit grouping
// (msg.Num, as govmap status does).
func (p *page) Num(n int) string { return msg.Num(msg.Lang(p.Lang), n) }

// Percent writes a figure that is already a percentage (a completeness)
// as the language does: "87 %" in Finnish and Swedish, "87%" in English.
func (p *page) Percent(n int) string { return msg.Percent(msg.Lang(p.Lang), n) }

// Pct writes a share in percent as msg.Share does: rounded, "< 1 %" and
// "> 99 %" at the ends, "–" when the whole is zero.
func (p *page) Pct(part, whole int) string {
	return msg.Share(msg.Lang(p.Lang), part, whole)
}
