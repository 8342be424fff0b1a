package site

import (
	"bytes"
	"encoding/json"
	"path"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/msg"
)

// TestOpenDataOpens: the CSV files open in Excel (a UTF-8 byte-order
// mark), and govmap.json says its day, revision, licence and layout.
func TestOpenDataOpens(t *testing.T) {
	repo := overlay(t, fullFixture)
	const rev = "0123456789abcdef0123456789abcdef01234567"
	files := render(t, repo, Options{Revision: rev})
	n := 0
	for name, data := range files {
		if strings.HasSuffix(name, ".csv") {
			n++
			if !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("%s does not start with a UTF-8 byte-order mark", name)
			}
			if bytes.Count(data, []byte{0xEF, 0xBB, 0xBF}) != 1 {
				t.Errorf("%s has more than one byte-order mark", name)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d CSV files, want 4", n)
	}
	var meta struct {
		SchemaVersion int
		Date          string
		Revision      *string
		License       struct{ ID, URL string }
	}
	if err := json.Unmarshal(files["data/govmap.json"], &meta); err != nil {
		t.Fatal(err)
	}
	if meta.SchemaVersion != export.SchemaVersion || meta.SchemaVersion < 1 || meta.Date != "2026-11-23" ||
		meta.Revision == nil || *meta.Revision != rev || meta.License.ID != "CC-BY-4.0" || meta.License.URL != LicenceURL {
		t.Errorf("govmap.json meta: %+v", meta)
	}
	// Not a git repository: no revision.
	meta.Revision = nil
	if err := json.Unmarshal(render(t, repo, Options{})["data/govmap.json"], &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Revision != nil {
		t.Errorf("a build without a revision writes revision %q", *meta.Revision)
	}
	if _, err := Render(repo, Options{Today: testToday, Revision: "HEAD; rm"}); err == nil {
		t.Error("a revision that is not a commit hash is accepted")
	}
}

// jsonLD reads the data page's JSON-LD block.
func jsonLD(t *testing.T, page []byte) map[string]any {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var body string
	walk(doc, func(n *html.Node) {
		if n.Data == "script" && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
			body = n.FirstChild.Data
		}
	})
	if body == "" {
		t.Fatal("no JSON-LD block on the data page")
	}
	var out map[string]any
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("the JSON-LD does not parse: %v\n%s", err, body)
	}
	return out
}

// TestDCAT: the data page describes every file for the national open-data
// catalogue, with absolute addresses under --base-url and the owner as
// publisher.
func TestDCAT(t *testing.T) {
	repo := overlay(t, fullFixture)
	const base = "https://example.org/govmap/"
	files := render(t, repo, Options{BaseURL: base, Keeper: Keeper{Owner: "Esimerkkivirasto", OwnerURL: "https://esimerkki.example/"}})
	var exported []string
	for name := range files {
		if strings.HasPrefix(name, "data/") {
			exported = append(exported, name)
		}
	}
	for _, lang := range Languages {
		cat := jsonLD(t, files[langPrefix(lang)+"data.html"])
		if cat["@type"] != "dcat:Catalog" {
			t.Errorf("%s: @type %v", lang, cat["@type"])
		}
		datasets, _ := cat["dcat:dataset"].([]any)
		if len(datasets) != len(exported) {
			t.Errorf("%s: %d datasets for %d files", lang, len(datasets), len(exported))
		}
		seen := map[string]bool{}
		for _, d := range datasets {
			ds := d.(map[string]any)
			if ds["@type"] != "dcat:Dataset" {
				t.Errorf("%s: dataset type %v", lang, ds["@type"])
			}
			if pub, _ := ds["dct:publisher"].(map[string]any); pub["foaf:name"] != "Esimerkkivirasto" {
				t.Errorf("%s: publisher %v", lang, ds["dct:publisher"])
			}
			if lic, _ := ds["dct:license"].(map[string]any); lic["@id"] != LicenceURL {
				t.Errorf("%s: licence %v", lang, ds["dct:license"])
			}
			if mod, _ := ds["dct:modified"].(map[string]any); mod["@value"] != "2026-11-23" {
				t.Errorf("%s: modified %v", lang, ds["dct:modified"])
			}
			titles, _ := ds["dct:title"].([]any)
			langs := map[string]bool{}
			for _, x := range titles {
				langs[x.(map[string]any)["@language"].(string)] = true
			}
			if len(langs) != 3 {
				t.Errorf("%s: titles in %v", lang, langs)
			}
			dists, _ := ds["dcat:distribution"].([]any)
			if len(dists) != 1 {
				t.Fatalf("%s: %d distributions", lang, len(dists))
			}
			dist := dists[0].(map[string]any)
			dl := dist["dcat:downloadURL"].(map[string]any)["@id"].(string)
			if !strings.HasPrefix(dl, base+"data/") || files[strings.TrimPrefix(dl, base)] == nil {
				t.Errorf("%s: download URL %q is not a file under %s", lang, dl, base)
			}
			seen[strings.TrimPrefix(dl, base)] = true
			if acc := dist["dcat:accessURL"].(map[string]any)["@id"].(string); !strings.HasPrefix(acc, base) {
				t.Errorf("%s: access URL %q", lang, acc)
			}
			mt := dist["dcat:mediaType"].(map[string]any)["@id"].(string)
			if want := map[string]string{".json": "application/json", ".csv": "text/csv"}[path.Ext(dl)]; !strings.HasSuffix(mt, "/"+want) {
				t.Errorf("%s: %s has media type %s", lang, dl, mt)
			}
		}
		for _, f := range exported {
			if !seen[f] {
				t.Errorf("%s: no dataset for %s", lang, f)
			}
		}
	}
	// No owner: the publisher is the repository's maintainers, by the
	// repository's address; relative addresses without --base-url.
	cat := jsonLD(t, render(t, repo, Options{})["en/data.html"])
	pub := cat["dct:publisher"].(map[string]any)
	if home := pub["foaf:homepage"].(map[string]any)["@id"]; home != "https://github.com/govmap/govmap" {
		t.Errorf("publisher without an owner: %v", pub)
	}
	if names, _ := json.Marshal(pub["foaf:name"]); !bytes.Contains(names, []byte(msg.T(msg.EN, "dcat.maintainers"))) {
		t.Errorf("publisher without an owner is named %s", names)
	}
	dl := cat["dcat:dataset"].([]any)[0].(map[string]any)["dcat:distribution"].([]any)[0].(map[string]any)["dcat:downloadURL"].(map[string]any)["@id"]
	if dl != "../data/govmap.json" {
		t.Errorf("without --base-url the download URL is %v", dl)
	}
}

// TestNoValidatorJargon: the public pages speak plainly; the validator's
// "severity" stays off them.
func TestNoValidatorJargon(t *testing.T) {
	files := render(t, overlay(t, fullFixture), Options{})
	// severity: as the files write the field, in a hint on how to write
	// them, is not the validator's jargon.
	jargon := regexp.MustCompile(`(?i)vakavuus|allvarlighet|severity(?:[^:]|$)`)
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		text := plainText(data)
		if m := jargon.FindString(text); m != "" {
			i := strings.Index(text, m)
			t.Errorf("%s says %q: …%s…", name, m, text[max(0, i-60):min(len(text), i+60)])
		}
	}
}
