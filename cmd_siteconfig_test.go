package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// commitEverything makes dir a git repository with everything in one commit and
// returns the commit's hash.
func commitEverything(t *testing.T, dir string) string {
	t.Helper()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.AddGlob("."); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "Testaaja", Email: "testaaja@example.org", When: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)}
	h, err := wt.Commit("data", &git.CommitOptions{Author: sig, Committer: sig})
	if err != nil {
		t.Fatal(err)
	}
	return h.String()
}

var ldBlock = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// publisherOf is the catalogue's publisher name on a built data page.
func publisherOf(t *testing.T, out string) any {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(out, "data.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := ldBlock.FindSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD on the data page")
	}
	var cat struct {
		Publisher struct {
			Name any `json:"foaf:name"`
		} `json:"dct:publisher"`
	}
	if err := json.Unmarshal(m[1], &cat); err != nil {
		t.Fatal(err)
	}
	return cat.Publisher.Name
}

// TestBuildSiteConfig: who keeps the site comes from site.json, flags
// override it, and govmap.json names the commit it was built from.
func TestBuildSiteConfig(t *testing.T) {
	dir := copyRepo(t)
	if err := os.WriteFile(filepath.Join(dir, "site.json"), []byte(`{"owner": "Tiedostovirasto", "contact": "govmap@tiedosto.example"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	rev := commitEverything(t, dir)
	out := filepath.Join(t.TempDir(), "site")
	build := func(args ...string) {
		t.Helper()
		args = append([]string{"build", "-o", out, "--today", "2026-11-23", "--history=false"}, args...)
		if code, stdout, stderr := runCLI(append(args, dir)...); code != exitOK {
			t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
		}
	}
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	build()
	if about := read("en/about.html"); !bytes.Contains(about, []byte("Tiedostovirasto")) || !bytes.Contains(about, []byte("mailto:govmap@tiedosto.example")) {
		t.Error("the about page does not name the owner and contact of site.json")
	}
	if got := publisherOf(t, out); got != "Tiedostovirasto" {
		t.Errorf("DCAT publisher %v, want site.json's owner", got)
	}
	var meta struct{ Date, Revision string }
	if err := json.Unmarshal(read("data/govmap.json"), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Revision != rev || meta.Date != "2026-11-23" {
		t.Errorf("govmap.json date %q revision %q, want 2026-11-23 and %s", meta.Date, meta.Revision, rev)
	}

	// Flags override the file.
	build("--owner", "Lippuvirasto", "--owner-url", "https://lippu.example/", "--repository", "https://github.com/lippu/kartta")
	about := read("about.html")
	if !bytes.Contains(about, []byte(`<a href="https://lippu.example/">Lippuvirasto</a>`)) || bytes.Contains(about, []byte("Tiedostovirasto")) {
		t.Error("--owner does not override site.json's owner")
	}
	if !bytes.Contains(about, []byte("mailto:govmap@tiedosto.example")) {
		t.Error("a flag dropped site.json's contact")
	}
	if !bytes.Contains(read("index.html"), []byte(`href="https://github.com/lippu/kartta/blob/main/CONTRIBUTING.md"`)) {
		t.Error("the home page does not link CONTRIBUTING.md in --repository")
	}
	if got := publisherOf(t, out); got != "Lippuvirasto" {
		t.Errorf("DCAT publisher %v, want --owner", got)
	}

	// A misspelt field or a bad address stops the build.
	os.WriteFile(filepath.Join(dir, "site.json"), []byte(`{"ownr": "X"}`), 0o644)
	if code, _, _ := runCLI("build", "-o", out, "--history=false", dir); code == exitOK {
		t.Error("a site.json with an unknown field is accepted")
	}
	os.Remove(filepath.Join(dir, "site.json"))
	if code, _, _ := runCLI("build", "-o", out, "--history=false", "--contact", "javascript:alert(1)", dir); code == exitOK {
		t.Error("a contact that is neither e-mail nor https is accepted")
	}
}

// TestBuildOutsideGit: a repository that is not in git gives govmap.json
// no revision.
func TestBuildOutsideGit(t *testing.T) {
	dir := copyRepo(t)
	out := filepath.Join(t.TempDir(), "site")
	if code, stdout, stderr := runCLI("build", "-o", out, "--today", "2026-11-23", dir); code != exitOK {
		t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "data", "govmap.json"))
	if err != nil {
		t.Fatal(err)
	}
	var meta map[string]json.RawMessage
	if err := json.Unmarshal(b, &meta); err != nil {
		t.Fatal(err)
	}
	if _, ok := meta["revision"]; ok {
		t.Errorf("govmap.json of a folder outside git has a revision: %s", meta["revision"])
	}
	if _, ok := meta["date"]; !ok {
		t.Error("govmap.json has no date")
	}
}
