package site

import (
	"bytes"
	"encoding/xml"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/govmap/govmap/model"
)

// feedCap is how many entries a feed holds: the newest.
const feedCap = 50

// Atom feeds of governance changes, built from the same per-commit entries
// as the timelines: one national feed per language (feed.xml) and one per
// wellbeing services county (counties/CODE-feed.xml). An entry is one
// commit's public changes to one municipality: its summary line as the
// title, the changes as HTML content, a link to the municipality's page.
//
// With a base URL the feed's links are absolute, as Atom readers expect.
// Without one they are relative to the feed's own address (RFC 4287 §2:
// IRI references resolve against the document's base), which is right
// wherever the site is published; the ids are tag URIs of the repository,
// the same with or without a base URL.

func feedPath(county string) string {
	if county == "" {
		return "feed.xml"
	}
	return "counties/" + county + "-feed.xml"
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomAuthor  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   atomText `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Content atomText `xml:"content"`
}

// feedLink is a feed a page links to.
type feedLink struct {
	Href, Title string
}

// Feeds are the feeds a page offers: the national one, and its county's on
// a county's or a municipality's page; none without a history.
func (p *page) Feeds() []feedLink {
	if p.b.opts.History == nil || p.Kind == "notfound" {
		return nil
	}
	out := []feedLink{{Href: p.Link(feedPath("")), Title: p.T("feed.national")}}
	county := ""
	switch p.Kind {
	case "county":
		county = strings.TrimSuffix(strings.TrimPrefix(p.Path, "counties/"), ".html")
	case "municipality":
		if m := p.b.pub[strings.TrimSuffix(strings.TrimPrefix(p.Path, "municipalities/"), ".html")]; m != nil {
			county = m.County.ID
		}
	}
	if c, ok := p.b.repo.County(county); ok {
		out = append(out, feedLink{Href: p.Link(feedPath(county)), Title: p.Tf("feed.county", p.Str(c.Name))})
	}
	return out
}

// feeds renders every feed in every language (none without a history).
func (b *builder) feeds() (Files, error) {
	out := Files{}
	if b.opts.History == nil {
		return out, nil
	}
	var counties []*model.County
	counties = append(counties, nil) // the national feed
	counties = append(counties, b.repo.Counties()...)
	for _, lang := range Languages {
		for _, c := range counties {
			code := ""
			if c != nil {
				code = c.Code
			}
			p := &page{b: b, Lang: lang, Path: feedPath(code), Kind: "feed"}
			data, err := p.feed(c)
			if err != nil {
				return nil, err
			}
			out[p.File()] = data
		}
	}
	return out, nil
}

var feedDetails = template.Must(template.New("details").Parse(`<ul>{{range .}}<li>{{.}}</li>{{end}}</ul>`))

// feed renders the feed of a county (nil: the whole country) in the page's
// language.
func (p *page) feed(c *model.County) ([]byte, error) {
	b := p.b
	var entries []historyEntry
	for _, m := range b.munis {
		if c != nil && m.County.ID != c.Code {
			continue
		}
		entries = append(entries, p.commitEntries(b.opts.History, "municipalities/"+m.Code)...)
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, z := entries[i], entries[j]
		if !a.Time.Equal(z.Time) {
			return a.Time.After(z.Time)
		}
		if a.Commit != z.Commit {
			return a.Commit < z.Commit
		}
		return a.Subject < z.Subject
	})
	if len(entries) > feedCap {
		entries = entries[:feedCap]
	}
	title := p.T("feed.national")
	tag := "tag:github.com,2026:" + b.opts.Repo + ":feed:" + p.Lang
	if c != nil {
		title = p.Tf("feed.county", p.Str(c.Name))
		tag += ":county:" + c.Code
	}
	updated := b.opts.Today.UTC()
	if len(entries) > 0 {
		updated = entries[0].Time
	}
	f := atomFeed{
		Lang: p.Lang, ID: tag, Title: title + " – " + p.T("site.name"),
		Updated: updated.Format(time.RFC3339), Author: atomAuthor{Name: p.T("site.name")},
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: p.feedHref(p.Path)}},
	}
	home := "index.html"
	if c != nil {
		home = countyPath(c.Code)
	}
	f.Links = append(f.Links, atomLink{Rel: "alternate", Type: "text/html", Href: p.feedHref(home)})
	for _, e := range entries {
		var details bytes.Buffer
		if err := feedDetails.Execute(&details, e.Details); err != nil {
			return nil, err
		}
		f.Entries = append(f.Entries, atomEntry{
			ID:      "tag:github.com,2026:" + b.opts.Repo + ":" + e.Subject + ":" + e.Commit,
			Title:   atomText{Type: "html", Body: string(e.Summary)},
			Updated: e.Time.UTC().Format(time.RFC3339),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: p.feedHref(municipalityPath(strings.TrimPrefix(e.Subject, "municipalities/")))},
			Content: atomText{Type: "html", Body: details.String()},
		})
	}
	out, err := xml.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

// feedHref is the address of a page of the feed's language, from the
// feed: absolute with a base URL, else relative to the feed's address.
func (p *page) feedHref(path string) string {
	if abs := p.abs(langPrefix(p.Lang) + path); abs != "" {
		return abs
	}
	return p.Link(path)
}
