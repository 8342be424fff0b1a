package site

import (
	"encoding/json"
	"html/template"
	"path"
	"strings"

	"github.com/govmap/govmap/msg"
)

// The open data described for harvesting (DCAT-AP, as JSON-LD in a
// <script type="application/ld+json"> data block on the data page; a data
// block is not run, so the CSP does not stop it): one dcat:Dataset per
// file, each with its dcat:Distribution, titles and descriptions in
// Finnish, Swedish and English, the licence, the publisher (the owner, or
// the repository's maintainers) and the day of the data. Addresses are
// absolute under --base-url, else relative to the data page.

var dcatContext = map[string]string{
	"dcat": "http://www.w3.org/ns/dcat#",
	"dct":  "http://purl.org/dc/terms/",
	"foaf": "http://xmlns.com/foaf/0.1/",
	"xsd":  "http://www.w3.org/2001/XMLSchema#",
}

// formats are the EU file-type authority's names of the files' types.
var formats = map[string]string{
	"application/json": "http://publications.europa.eu/resource/authority/file-type/JSON",
	"text/csv":         "http://publications.europa.eu/resource/authority/file-type/CSV",
}

// tagged is a text in every language, as JSON-LD language-tagged values.
func tagged(text func(msg.Lang) string) []map[string]string {
	var out []map[string]string
	for _, l := range msg.Langs {
		out = append(out, map[string]string{"@language": string(l), "@value": text(l)})
	}
	return out
}

func idRef(u string) map[string]string { return map[string]string{"@id": u} }

// fileURL is a file's address for the catalogue: absolute under the base
// URL, else relative to the page.
func (p *page) fileURL(file string) string {
	if u := p.abs(file); u != "" {
		return u
	}
	return p.Asset(file)
}

// dcat is the data page's DCAT-AP description as JSON-LD.
func (p *page) dcat() template.JS {
	k := p.b.opts.Keeper
	publisher := map[string]any{"@type": "foaf:Agent"}
	if k.Owner != "" {
		publisher["foaf:name"] = k.Owner
		if k.OwnerURL != "" {
			publisher["foaf:homepage"] = idRef(k.OwnerURL)
		}
	} else {
		publisher["foaf:name"] = tagged(func(l msg.Lang) string { return msg.T(l, "dcat.maintainers") })
		publisher["foaf:homepage"] = idRef(k.Repository)
	}
	licence := idRef(LicenceURL)
	modified := map[string]string{"@value": p.b.today, "@type": "xsd:date"}
	page := p.fileURL(langPrefix(p.Lang) + "data.html")
	var keywords []map[string]string
	for _, l := range msg.Langs {
		for _, w := range strings.Split(msg.T(l, "dcat.keywords"), ";") {
			keywords = append(keywords, map[string]string{"@language": string(l), "@value": w})
		}
	}
	var datasets []map[string]any
	for _, f := range p.b.dataFiles() {
		name := path.Base(f.name)
		u := p.fileURL(f.name)
		title := func(l msg.Lang) string { return msg.T(l, "site.name") + ": " + name }
		desc := func(l msg.Lang) string { return msg.T(l, f.key) }
		dist := map[string]any{
			"@type":            "dcat:Distribution",
			"dct:title":        tagged(func(msg.Lang) string { return name }),
			"dct:description":  tagged(desc),
			"dcat:accessURL":   idRef(page),
			"dcat:downloadURL": idRef(u),
			"dcat:mediaType":   idRef("http://www.iana.org/assignments/media-types/" + f.mime),
			"dct:format":       idRef(formats[f.mime]),
			"dct:license":      licence,
			"dct:modified":     modified,
			"dcat:byteSize":    map[string]any{"@value": len(p.b.data[f.name]), "@type": "xsd:nonNegativeInteger"},
			"dct:identifier":   name,
		}
		ds := map[string]any{
			"@type":             "dcat:Dataset",
			"dct:identifier":    name,
			"dct:title":         tagged(title),
			"dct:description":   tagged(desc),
			"dct:license":       licence,
			"dct:publisher":     publisher,
			"dct:modified":      modified,
			"dcat:keyword":      keywords,
			"dcat:landingPage":  idRef(page),
			"dcat:distribution": []map[string]any{dist},
		}
		if p.b.opts.BaseURL != "" {
			ds["@id"] = u + "#dataset"
		}
		datasets = append(datasets, ds)
	}
	catalog := map[string]any{
		"@context":        dcatContext,
		"@type":           "dcat:Catalog",
		"dct:title":       tagged(func(l msg.Lang) string { return msg.T(l, "site.name") }),
		"dct:description": tagged(func(l msg.Lang) string { return msg.T(l, "site.description") }),
		"dct:publisher":   publisher,
		"dct:license":     licence,
		"dct:modified":    modified,
		"dct:language": []map[string]string{
			idRef("http://publications.europa.eu/resource/authority/language/FIN"),
			idRef("http://publications.europa.eu/resource/authority/language/SWE"),
			idRef("http://publications.europa.eu/resource/authority/language/ENG"),
		},
		"foaf:homepage": idRef(p.fileURL(langPrefix(p.Lang) + "index.html")),
		"dcat:dataset":  datasets,
	}
	if p.b.opts.BaseURL != "" {
		catalog["@id"] = page + "#catalog"
	}
	// json.Marshal escapes <, > and &, so the block cannot end early.
	b, err := json.Marshal(catalog)
	if err != nil {
		return template.JS("{}") // only plain values above: cannot happen
	}
	return template.JS(b)
}
