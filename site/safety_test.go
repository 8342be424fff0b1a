package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestUntrustedText builds the site with script-injection payloads in the
// synthetic municipality's free text and an actor's description, and
// checks that nothing of them is executable in any page.
func TestUntrustedText(t *testing.T) {
	repo := overlay(t, hostileFixture)
	if m, ok := repo.Municipality("999"); !ok || !m.Status.Reported {
		t.Fatal("the hostile fixture's municipality did not load")
	}
	files := render(t, repo, Options{})
	for _, name := range sortedKeys(files) {
		data := files[name]
		switch {
		case strings.HasSuffix(name, ".html"):
			checkInert(t, name, data)
		case strings.HasSuffix(name, ".json"):
			// JSON is data; < and > are escaped so that it cannot turn
			// into markup even if served or pasted as HTML.
			if bytes.ContainsAny(data, "<>") {
				t.Errorf("%s: raw < or > in JSON", name)
			}
		case strings.HasSuffix(name, ".csv"):
			// No cell may start like a spreadsheet formula (maintainers
			// start with @, which some spreadsheets run).
			rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			for i, row := range rows {
				for _, c := range row {
					if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
						t.Errorf("%s: row %d: cell %q starts like a formula", name, i+1, c)
					}
				}
			}
		}
	}
	// The payloads reached the pages as text (so the test tested them).
	page := string(files["municipalities/999.html"])
	for _, want := range []string{"&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt;", "https://example.org/ohje"} {
		if !strings.Contains(page, want) {
			t.Errorf("municipalities/999.html lacks %q", want)
		}
	}
	if !strings.Contains(string(files["actors/kyberpalokunta.html"]), "klikkaa") {
		t.Error("the actor's hostile description is not on its page")
	}
}

// checkInert fails on anything in an HTML page that could run script or
// load from elsewhere: script elements other than the site's own file,
// event-handler or style attributes, dangerous URL schemes, embedded
// frames, objects and images.
func checkInert(t *testing.T, name string, data []byte) {
	t.Helper()
	inertInto(t, name, data)
}

func inertInto(t reporter, name string, data []byte) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script":
			if n.FirstChild != nil && attr(n, "src") == "" && path.Base(name) == "404.html" && n.FirstChild.Data == rootFinder {
				// The 404 page's root finder, allowed by its hash alone.
				if !bytes.Contains(data, []byte(html.EscapeString(rootFinderCSP))) {
					t.Errorf("%s: the root finder's hash is not in the page's CSP", name)
				}
				return
			}
			if attr(n, "type") == "application/ld+json" && attr(n, "src") == "" && n.FirstChild != nil {
				// A data block (the open data's catalogue description):
				// browsers do not run it; it must be JSON and unable to
				// end its element early.
				body := n.FirstChild.Data
				if !json.Valid([]byte(body)) || strings.ContainsAny(body, "<>") {
					t.Errorf("%s: a JSON-LD block that is not plain JSON", name)
				}
				return
			}
			if src := attr(n, "src"); path.Base(name) == editorPath && editorScript(src) && n.FirstChild == nil {
				// The editor's own files, on its page only.
				return
			}
			if src := attr(n, "src"); !(strings.HasSuffix(src, "assets/search.js") || strings.HasSuffix(src, "assets/search-index.js")) || n.FirstChild != nil {
				t.Errorf("%s: a script element (src %q)", name, src)
			}
		case "iframe", "frame", "object", "embed", "img", "image", "base", "applet", "meta":
			if n.Data == "meta" {
				if attr(n, "http-equiv") == "refresh" {
					t.Errorf("%s: meta refresh", name)
				}
				return
			}
			t.Errorf("%s: a <%s> element", name, n.Data)
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") {
				t.Errorf("%s: event handler %s=%q on <%s>", name, a.Key, a.Val, n.Data)
			}
			if key == "style" || key == "srcdoc" || key == "formaction" {
				t.Errorf("%s: %s attribute on <%s>", name, a.Key, n.Data)
			}
			switch key {
			case "href", "src", "action", "xlink:href", "data", "poster":
				v := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1
					}
					return r
				}, a.Val))
				for _, bad := range []string{"javascript:", "data:", "vbscript:", "file:"} {
					if strings.HasPrefix(v, bad) {
						t.Errorf("%s: %s=%q on <%s>", name, a.Key, a.Val, n.Data)
					}
				}
			}
		}
	})
	// The Content-Security-Policy is on every page.
	if !bytes.Contains(data, []byte(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;`)) {
		t.Errorf("%s: no Content-Security-Policy", name)
	}
}

func TestCheckInertCanFail(t *testing.T) {
	bad := []string{
		`<script>alert(1)</script>`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href=" JaVa&#x09;Script:alert(1)">x</a>`,
		`<p onclick="x()">x</p>`,
		`<img src="x">`,
		`<a href="data:text/html,x">x</a>`,
		`<iframe src="https://x.example"></iframe>`,
		`<svg><script>alert(1)</script></svg>`,
		`<script type="application/ld+json">alert(1)</script>`,
	}
	for _, b := range bad {
		rec := &recorder{}
		inertInto(rec, "x.html", []byte(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"></head><body>`+b+`</body></html>`))
		if len(rec.errs) == 0 {
			t.Errorf("checkInert accepts %s", b)
		}
	}
}

// TestNoLeaks puts a canary in every non-public field of the synthetic
// municipality and checks that none appears in any file of the site.
func TestNoLeaks(t *testing.T) {
	repo := overlay(t, hostileFixture)
	m, _ := repo.Municipality("999")
	if len(m.Roles) == len(m.Public().Roles) || m.InformationManagement == nil {
		t.Fatal("the fixture has no non-public values")
	}
	files := render(t, repo, Options{BaseURL: "https://example.org/govmap/"})
	canaries := []string{
		"CANARY", "canary", // every non-public name, title and key
		"31337",                          // a non-public person's phone
		"Kielletty",                      // a non-public person's name
		"1999-09-09", "9.9.1999", "1999", // non-public duties' date
		"crisis-group", // a non-public body's key
	}
	for _, name := range sortedKeys(files) {
		for _, c := range canaries {
			if bytes.Contains(files[name], []byte(c)) {
				i := bytes.Index(files[name], []byte(c))
				t.Errorf("%s leaks %q: …%s…", name, c, files[name][max(0, i-80):min(len(files[name]), i+80)])
			}
		}
	}
	// The public values next to them are there.
	if !bytes.Contains(files["municipalities/999.html"], []byte("tietoturva@esimerkkila.example")) {
		t.Error("a public mailbox is missing from the page")
	}
}

func TestOutputGuards(t *testing.T) {
	repoRoot := t.TempDir()
	os.WriteFile(filepath.Join(repoRoot, "go.mod"), []byte("module x\n"), 0o644)
	foreign := filepath.Join(t.TempDir(), "photos")
	os.MkdirAll(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "holiday.jpg"), []byte("x"), 0o644)
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o644)
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(foreign, link)

	for _, dir := range []string{"/", repoRoot, filepath.Join(repoRoot, "."), filepath.Dir(repoRoot), foreign, file, link} {
		err := Write(dir, repoRoot, Files{"index.html": []byte("x")})
		if !errors.Is(err, ErrUnsafeOutput) {
			t.Errorf("Write(%s): %v, want ErrUnsafeOutput", dir, err)
		}
	}
	if _, err := os.Stat(filepath.Join(foreign, "index.html")); err == nil {
		t.Error("the build wrote into a foreign folder")
	}
	if _, err := os.Stat(filepath.Join(foreign, "holiday.jpg")); err != nil {
		t.Error("the build touched a foreign folder's files")
	}
	// "-o ." from inside the repository.
	wd, _ := os.Getwd()
	t.Chdir(repoRoot)
	if err := CheckOutput(".", "."); !errors.Is(err, ErrUnsafeOutput) {
		t.Errorf("CheckOutput(., .): %v", err)
	}
	t.Chdir(wd)

	// New, empty and previously built folders are fine; each build
	// replaces the whole folder.
	out := filepath.Join(repoRoot, "_site")
	if err := Write(out, repoRoot, Files{"a.html": []byte("1"), "sub/b.html": []byte("2")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, Marker)); err != nil {
		t.Fatal("no marker in the output")
	}
	if err := Write(out, repoRoot, Files{"c.html": []byte("3")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "a.html")); err == nil {
		t.Error("a file of the previous build survived")
	}
	empty := filepath.Join(t.TempDir(), "empty")
	os.Mkdir(empty, 0o755)
	if err := Write(empty, repoRoot, Files{"x.html": []byte("1")}); err != nil {
		t.Errorf("an empty folder: %v", err)
	}
	for _, bad := range []string{"../x.html", "/abs.html", "a//b.html", Marker} {
		if err := Write(filepath.Join(t.TempDir(), "s"), "", Files{bad: nil}); err == nil {
			t.Errorf("Write accepted the file name %q", bad)
		}
	}
	// No temporary folders are left next to the output.
	entries, _ := os.ReadDir(repoRoot)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestInterruptedBuildKeepsThePreviousSite(t *testing.T) {
	repo := repository(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "_site")
	if _, err := Build(repo, out, "", Options{Today: testToday}); err != nil {
		t.Fatal(err)
	}
	before := treeDigest(t, out)

	n := 0
	testHookWrite = func(name string) error {
		if strings.HasPrefix(name, "municipalities/") {
			n++
			if n == 100 {
				return errBoom
			}
		}
		return nil
	}
	defer func() { testHookWrite = nil }()
	_, err := Build(repo, out, "", Options{Today: testToday.AddDate(0, 1, 0)})
	if !errors.Is(err, errBoom) {
		t.Fatalf("the interrupted build returned %v", err)
	}
	if after := treeDigest(t, out); after != before {
		t.Error("the interrupted build changed the previous site")
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left behind next to the site: %v", names)
	}
}

func TestMarkdownSafety(t *testing.T) {
	md := newMarkdown()
	cases := map[string]string{
		"[a](javascript:alert(1))":              "<p>a</p>",
		"[a](JAVASCRIPT:alert(1))":              "<p>a</p>",
		"[a](data:text/html,x)":                 "<p>a</p>",
		"[a](vbscript:x)":                       "<p>a</p>",
		"[a](/relative)":                        "<p>a</p>",
		"[a](//evil.example/x)":                 "<p>a</p>",
		"<javascript:alert(1)>":                 "<p>javascript:alert(1)</p>",
		"![alt](https://tracker.example/x.png)": "<p>alt</p>",
		"<script>alert(1)</script>":             "<!-- raw HTML omitted -->",
		"# Heading":                             "<h3>Heading</h3>",
		"[ok](https://example.org/a?b=1&c=2)":   `<p><a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">ok</a></p>`,
		"<https://example.org>":                 `<p><a href="https://example.org" rel="nofollow noopener noreferrer">https://example.org</a></p>`,
		"[m](mailto:a@example.org)":             `<p><a href="mailto:a@example.org" rel="nofollow noopener noreferrer">m</a></p>`,
	}
	for in, want := range cases {
		if got := md.render(in); got != want {
			t.Errorf("render(%q) = %q, want %q", in, got, want)
		}
	}
}
