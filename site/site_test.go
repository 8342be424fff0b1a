package site

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

var testToday = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var (
	realOnce sync.Once
	realRepo *model.Repository
	realErr  error
)

// repository loads the real repository once for all tests.
func repository(t testing.TB) *model.Repository {
	t.Helper()
	realOnce.Do(func() {
		realRepo, realErr = model.Load("..")
		if _, ok := model.Findings(realErr); ok {
			realErr = nil // findings are the validator's business
		}
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	return realRepo
}

// overlay loads the repository with a fixture archive laid over it (and
// the synthetic municipality 999).
func overlay(t testing.TB, fixture string) *model.Repository {
	t.Helper()
	base, err := testrepo.Base("..")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fx.Apply(base)
	if err != nil {
		t.Fatal(err)
	}
	repo, err := model.LoadFS(fsys)
	if fs, ok := model.Findings(err); !ok {
		t.Fatal(err)
	} else {
		for _, f := range fs {
			if f.Severity >= 2 {
				t.Fatalf("fixture %s does not load: %v", fixture, f)
			}
		}
	}
	return repo
}

const fullFixture = "../validate/testdata/fixtures/example-full.txtar"
const hostileFixture = "testdata/hostile.txtar"

func render(t testing.TB, repo *model.Repository, opts Options) Files {
	t.Helper()
	if opts.Today.IsZero() {
		opts.Today = testToday
	}
	files, err := Render(repo, opts)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestCatalogue(t *testing.T) {
	if err := checkCatalogue(); err != nil {
		t.Fatal(err)
	}
	if got := message("no-such-key", "sv"); got != "[no-such-key]" {
		t.Errorf("a missing key shows as %q", got)
	}
}

func TestEveryPageInEveryLanguage(t *testing.T) {
	repo := repository(t)
	files := render(t, repo, Options{})
	var want []string
	for _, p := range []string{"index.html", "model.html", "counties.html", "officials.html", "gaps.html", "rules.html", "data.html", "search.html"} {
		want = append(want, p)
	}
	for _, a := range repo.Areas() {
		want = append(want, areaPath(a.ID))
	}
	for _, a := range repo.Actors() {
		want = append(want, actorPath(a.ID))
	}
	for _, x := range repo.Tasks() {
		want = append(want, taskPath(x.ID))
	}
	for _, r := range repo.Recommendations() {
		want = append(want, recommendationPath(r.ID))
	}
	for _, c := range repo.Counties() {
		want = append(want, countyPath(c.Code))
	}
	regions := map[string]bool{}
	for _, m := range repo.Municipalities() {
		want = append(want, municipalityPath(m.Code))
		regions[m.Region.Code] = true
	}
	for r := range regions {
		want = append(want, regionPath(r))
	}
	if len(repo.Municipalities()) < 300 || len(regions) < 19 {
		t.Fatalf("the repository has %d municipalities in %d regions; want all of them", len(repo.Municipalities()), len(regions))
	}
	for _, lang := range Languages {
		for _, p := range want {
			name := langPrefix(lang) + p
			page, ok := files[name]
			if !ok {
				t.Errorf("no page %s", name)
				continue
			}
			if !bytes.Contains(page, []byte(`<html lang="`+lang+`">`)) {
				t.Errorf("%s: no <html lang=%q>", name, lang)
			}
		}
	}
	for _, f := range []string{"404.html", "assets/site.css", "assets/print.css", "assets/search.js", "assets/search-index.json",
		"data/govmap.json", "data/municipalities.csv", "data/roles.csv", "data/raci.csv", "data/bodies.csv"} {
		if _, ok := files[f]; !ok {
			t.Errorf("no file %s", f)
		}
	}
	// No message key is missing from the catalogue in any page.
	for name, data := range files {
		if strings.HasSuffix(name, ".html") && bytes.Contains(data, []byte("[")) {
			for _, k := range catalogueKeysIn(data) {
				t.Errorf("%s: message %s is missing", name, k)
			}
		}
	}
}

// catalogueKeysIn finds "[key]" placeholders of missing messages.
func catalogueKeysIn(data []byte) []string {
	var out []string
	s := string(data)
	for {
		i := strings.Index(s, "[")
		if i < 0 {
			return out
		}
		j := strings.Index(s[i:], "]")
		if j < 0 {
			return out
		}
		k := s[i+1 : i+j]
		if strings.Count(k, ".") >= 1 && !strings.ContainsAny(k, " <>\"'=") && strings.ToLower(k) == k {
			if !inCatalogue(k) && (strings.HasPrefix(k, "nav.") || strings.Contains(k, "-") || strings.Count(k, ".") == 1) {
				if first, _, _ := strings.Cut(k, "."); isCatalogueGroup(first) {
					out = append(out, k)
				}
			}
		}
		s = s[i+1:]
	}
}

func isCatalogueGroup(g string) bool {
	for _, k := range msg.Keys() {
		if strings.HasPrefix(k, g+".") {
			return true
		}
	}
	return false
}

func TestDeterministic(t *testing.T) {
	repo := overlay(t, fullFixture)
	opts := Options{BaseURL: "https://example.org/govmap/"}
	a, b := render(t, repo, opts), render(t, repo, opts)
	if len(a) != len(b) {
		t.Fatalf("two builds: %d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
	// And on disk, byte for byte.
	d1, d2 := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if err := Write(d1, "", a); err != nil {
		t.Fatal(err)
	}
	if err := Write(d2, "", b); err != nil {
		t.Fatal(err)
	}
	if x, y := treeDigest(t, d1), treeDigest(t, d2); x != y {
		t.Error("the two written sites differ")
	}
}

func treeDigest(t *testing.T, dir string) string {
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(&b, "%s %d %x\n", rel, len(data), data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTodayOnly(t *testing.T) {
	// The only date of the build in the pages is Options.Today.
	repo := repository(t)
	a := render(t, repo, Options{Today: testToday})
	b := render(t, repo, Options{Today: testToday.AddDate(0, 0, 1)})
	if bytes.Equal(a["index.html"], b["index.html"]) {
		t.Error("the home page does not show the day of the picture")
	}
	if !bytes.Contains(a["index.html"], []byte(`datetime="2026-11-23"`)) {
		t.Error("the home page does not show --today")
	}
}

// crawl parses every HTML file of a written site and follows every link
// and resource; it reports broken internal links, missing fragments and
// resources from other hosts.
func crawl(t *testing.T, dir, baseURL string) (pages int) {
	t.Helper()
	return crawlInto(t, dir, baseURL)
}

type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

type recorder struct{ errs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func crawlInto(t reporter, dir, baseURL string) (pages int) {
	basePath := "/"
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil {
			t.Errorf("%v", err)
			return 0
		}
		basePath = u.Path
	}
	ids := map[string]map[string]bool{}
	var mu sync.Mutex
	idsOf := func(file string) (map[string]bool, bool) {
		mu.Lock()
		defer mu.Unlock()
		if m, ok := ids[file]; ok {
			return m, m != nil
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			ids[file] = nil
			return nil, false
		}
		m := map[string]bool{}
		if strings.HasSuffix(file, ".html") {
			doc, err := html.Parse(bytes.NewReader(data))
			if err == nil {
				walk(doc, func(n *html.Node) {
					if id := attr(n, "id"); id != "" {
						m[id] = true
					}
				})
			}
		}
		ids[file] = m
		return m, true
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		page := filepath.ToSlash(rel)
		pages++
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", page, err)
			return nil
		}
		seenIDs := map[string]bool{}
		walk(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				if seenIDs[id] {
					t.Errorf("%s: id %q twice", page, id)
				}
				seenIDs[id] = true
			}
			for _, a := range []string{"href", "src", "action", "data-index", "data-base"} {
				v, ok := attrOK(n, a)
				if !ok {
					continue
				}
				if a == "data-base" {
					v += "index.html"
				}
				resource := a == "src" || a == "data-index" || (n.Data == "link" && attr(n, "rel") != "alternate" && attr(n, "rel") != "canonical")
				checkLink(t, page, n.Data, v, resource, baseURL, basePath, idsOf)
			}
		})
		return nil
	})
	if err != nil {
		t.Errorf("%v", err)
	}
	return pages
}

func checkLink(t reporter, page, elem, v string, resource bool, baseURL, basePath string, idsOf func(string) (map[string]bool, bool)) {
	t.Helper()
	if v == "" {
		t.Errorf("%s: <%s> with an empty link", page, elem)
		return
	}
	u, err := url.Parse(v)
	if err != nil {
		t.Errorf("%s: bad link %q: %v", page, v, err)
		return
	}
	var target string
	switch {
	case u.Scheme == "mailto":
		return
	case u.Scheme != "" || u.Host != "":
		if baseURL != "" && strings.HasPrefix(v, baseURL) {
			target = strings.TrimPrefix(v, baseURL)
			break
		}
		if resource {
			t.Errorf("%s: <%s> loads %q from another host", page, elem, v)
		}
		if u.Scheme != "https" {
			t.Errorf("%s: link %q is not https", page, v)
		}
		return
	case strings.HasPrefix(u.Path, "/"):
		if !strings.HasPrefix(u.Path, basePath) {
			t.Errorf("%s: link %q is outside the site's path %s", page, v, basePath)
			return
		}
		target = strings.TrimPrefix(u.Path, basePath)
	case u.Path == "":
		target = page
	default:
		target = path.Join(path.Dir(page), u.Path)
		if strings.HasPrefix(target, "../") || target == ".." {
			t.Errorf("%s: link %q leaves the site", page, v)
			return
		}
	}
	if target == "" || strings.HasSuffix(target, "/") {
		target += "index.html"
	}
	m, ok := idsOf(target)
	if !ok {
		t.Errorf("%s: broken link %q (no %s)", page, v, target)
		return
	}
	if u.Fragment != "" && strings.HasSuffix(target, ".html") && !m[u.Fragment] {
		t.Errorf("%s: link %q: %s has no id %q", page, v, target, u.Fragment)
	}
}

func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func TestLinks(t *testing.T) {
	repo := overlay(t, fullFixture)
	for _, base := range []string{"", "https://example.org/govmap/", "https://owner.github.io/deep/sub/path/"} {
		t.Run("base="+base, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			if _, err := Build(repo, dir, "", Options{BaseURL: base, Today: testToday}); err != nil {
				t.Fatal(err)
			}
			n := crawl(t, dir, base)
			if n < 3*(308+22+19) {
				t.Errorf("crawled only %d pages", n)
			}
		})
	}
}

func TestCrawlerFindsBrokenLinks(t *testing.T) {
	// The crawler must be able to fail.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte(`<!DOCTYPE html><html lang="fi"><body id="x">
<a href="missing.html">a</a><a href="index.html#nope">b</a><script src="https://cdn.example/x.js"></script>
<a href="../outside.html">c</a><a href="#x">ok</a></body></html>`), 0o644)
	rec := &recorder{}
	crawlInto(rec, dir, "")
	want := []string{"missing.html", "nope", "another host", "leaves the site"}
	for _, w := range want {
		if !strings.Contains(strings.Join(rec.errs, "\n"), w) {
			t.Errorf("the crawler did not report %q; it said:\n%s", w, strings.Join(rec.errs, "\n"))
		}
	}
	if len(rec.errs) != len(want) {
		t.Errorf("want %d problems, got %d:\n%s", len(want), len(rec.errs), strings.Join(rec.errs, "\n"))
	}
}

func TestRelativeLinkHelpers(t *testing.T) {
	b := &builder{opts: Options{}}
	p := &page{b: b, Lang: "sv", Path: "municipalities/091.html"}
	if got := p.Link("index.html"); got != "../../sv/index.html" {
		t.Errorf("Link from sv/municipalities = %q", got)
	}
	if got := p.Asset("assets/site.css"); got != "../../assets/site.css" {
		t.Errorf("Asset = %q", got)
	}
	p = &page{b: b, Lang: "fi", Path: "index.html"}
	if got := p.LinkIn("en", "index.html"); got != "en/index.html" {
		t.Errorf("LinkIn = %q", got)
	}
	b.opts.BaseURL = "https://x.example/govmap/"
	p = &page{b: b, Lang: "fi", Path: "404.html", rootLinks: true}
	if got := p.Link("search.html"); got != "/govmap/search.html" {
		t.Errorf("404 link = %q", got)
	}
}

func sortedKeys(f Files) []string {
	var out []string
	for k := range f {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var errBoom = errors.New("boom")

func BenchmarkBuild(b *testing.B) {
	repo := repository(b)
	opts := Options{Today: testToday, BaseURL: "https://example.org/govmap/"}
	if _, err := parseTemplates(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		files, err := Render(repo, opts)
		if err != nil {
			b.Fatal(err)
		}
		if len(files) < 1000 {
			b.Fatalf("%d files", len(files))
		}
	}
}

func BenchmarkBuildAndWrite(b *testing.B) {
	repo := repository(b)
	opts := Options{Today: testToday}
	dir := filepath.Join(b.TempDir(), "site")
	for b.Loop() {
		if _, err := Build(repo, dir, "", opts); err != nil {
			b.Fatal(err)
		}
	}
}
