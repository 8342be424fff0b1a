package site

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
)

// gitSite is a site built from a temporary git repository whose synthetic
// municipality (Esimerkkilä, 999) reports, then in one commit names a
// role, changes a row of its responsibility matrix and records two status
// reports, then changes only non-public values.
type gitSite struct {
	repo    *model.Repository
	history *gitrepo.History
	commits []string // the commits' hashes, oldest first
}

var (
	gitSiteOnce sync.Once
	gitSiteVal  *gitSite
	gitSiteErr  string
)

// nonPublicValues are the new values of the last commit, non-public both:
// no page or feed may show them.
var nonPublicValues = []string{"Eeva Toinen", "Kriisiryhmä"}

func buildGitSite(t *testing.T) *gitSite {
	t.Helper()
	gitSiteOnce.Do(func() {
		fail := func(err error) { gitSiteErr = err.Error() }
		dir, err := os.MkdirTemp("", "govmap-history-")
		if err != nil {
			fail(err)
			return
		}
		// The directory outlives the test: the site is reused by other
		// tests; it is small and in the system's temporary folder.
		base, err := testrepo.Base("..")
		if err != nil {
			fail(err)
			return
		}
		if err := os.CopyFS(dir, base); err != nil {
			fail(err)
			return
		}
		data, err := os.ReadFile(fullFixture)
		if err != nil {
			fail(err)
			return
		}
		fx, err := testrepo.Parse(data)
		if err != nil {
			fail(err)
			return
		}
		g, err := git.PlainInit(dir, false)
		if err != nil {
			fail(err)
			return
		}
		wt, err := g.Worktree()
		if err != nil {
			fail(err)
			return
		}
		s := &gitSite{}
		file := filepath.Join(dir, testrepo.SyntheticFile)
		commit := func(date string) bool {
			if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
				fail(err)
				return false
			}
			when, _ := time.Parse(time.DateOnly, date)
			sig := &object.Signature{Name: "Test", Email: "test@example.invalid", When: when.Add(12 * time.Hour)}
			h, err := wt.Commit("change", &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
			if err != nil {
				fail(err)
				return false
			}
			s.commits = append(s.commits, h.String())
			return true
		}
		edit := func(pairs ...string) bool {
			b, err := os.ReadFile(file)
			if err != nil {
				fail(err)
				return false
			}
			text := string(b)
			for i := 0; i < len(pairs); i += 2 {
				if !strings.Contains(text, pairs[i]) {
					gitSiteErr = "the example lacks " + pairs[i]
					return false
				}
				text = strings.Replace(text, pairs[i], pairs[i+1], 1)
			}
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				fail(err)
				return false
			}
			return true
		}
		if !commit("2026-01-10") {
			return
		}
		for _, name := range []string{testrepo.SyntheticFile, ".github/CODEOWNERS"} {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
				fail(err)
				return
			}
			if err := os.WriteFile(filepath.Join(dir, name), fx.Files[name], 0o644); err != nil {
				fail(err)
				return
			}
		}
		if !commit("2026-02-15") {
			return
		}
		if !edit(
			`		"chief-executive": {`,
			`		"security-contact": {
			title:   {fi: "Turvallisuusyhteyshenkilö", sv: "Säkerhetskontaktperson", en: "Security contact"}
			mailbox: "turvallisuus@esimerkkila.fi"
		}
		"chief-executive": {`,
			`			responsible: ["role:information-security-officer"]
			accountable: "body:board"
			informed: ["body:council"]`,
			`			responsible: ["role:preparedness-officer"]
			accountable: "body:board"
			informed: ["body:council"]`,
			`lastStatusReport:        "2026-06-15"`, `lastStatusReport:        "2026-11-20"`,
			`lastStatusReport:        "2026-09-01"`, `lastStatusReport:        "2026-11-25"`,
		) || !commit("2026-12-01") {
			return
		}
		if !edit(`"Eeva Esimerkki"`, `"Eeva Toinen"`, `{fi: "Valmiusryhmä"}`, `{fi: "Kriisiryhmä"}`) || !commit("2026-12-02") {
			return
		}
		r, err := gitrepo.Open(dir)
		if err != nil {
			fail(err)
			return
		}
		if s.history, err = r.History("HEAD", 0); err != nil {
			fail(err)
			return
		}
		fsys, err := r.FS("HEAD")
		if err != nil {
			fail(err)
			return
		}
		s.repo, err = model.LoadFS(fsys)
		if _, ok := model.Findings(err); !ok {
			fail(err)
			return
		}
		gitSiteVal = s
	})
	if gitSiteVal == nil {
		t.Fatal("building the git repository: " + gitSiteErr)
	}
	return gitSiteVal
}

var (
	gitFilesMu sync.Mutex
	gitFiles   = map[string]Files{}
)

// gitSiteFiles renders the git site with its history (and a base URL, if
// given) once for all tests.
func gitSiteFiles(t *testing.T, baseURL string) Files {
	t.Helper()
	s := buildGitSite(t)
	gitFilesMu.Lock()
	defer gitFilesMu.Unlock()
	if f, ok := gitFiles[baseURL]; ok {
		return f
	}
	f := render(t, s.repo, Options{History: s.history, BaseURL: baseURL})
	gitFiles[baseURL] = f
	return f
}

// TestHistoryFromGit: a municipality's timeline has one entry per commit,
// a summary line that counts and names the changes in the page's
// language, names instead of ids, the language's date, and the changes
// folded; a commit that changes only non-public values shows none of
// them.
func TestHistoryFromGit(t *testing.T) {
	files := gitSiteFiles(t, "")
	for _, c := range []struct{ lang, summary, date, detail string }{
		{"", "Esimerkkilä nimesi roolin Turvallisuusyhteyshenkilö, muutti 2 vastuuta ja kirjasi 2 tilannekatsausta.", "1.12.2026",
			"Varautumisvastaava on nyt vastuussa (R)"},
		{"sv/", "Exempelby utsåg rollen Säkerhetskontaktperson, ändrade 2 ansvar och registrerade 2 lägesrapporter.", "1.12.2026",
			`<span lang="fi">Varautumisvastaava</span> är nu ansvarig (R)`},
		{"en/", "Exampleton named the role Security contact, changed 2 responsibilities and recorded 2 status reports.", "1 December 2026",
			`<span lang="fi">Varautumisvastaava</span> is now Responsible`},
	} {
		page := string(files[c.lang+"municipalities/999.html"])
		i := strings.Index(page, `id="h-history"`)
		if i < 0 {
			t.Fatalf("%smunicipalities/999.html has no history", c.lang)
		}
		h := page[i:]
		h = h[:strings.Index(h, "</section>")]
		if !strings.Contains(h, c.summary) {
			t.Errorf("%s history lacks the summary %q:\n%s", c.lang, c.summary, h)
		}
		if !strings.Contains(h, `<span class="when">`+c.date+`</span> `+c.summary) {
			t.Errorf("%s history does not date the summary %s", c.lang, c.date)
		}
		// The details are folded under the summary.
		j := strings.Index(h, c.summary)
		if d := strings.Index(h[j:], "<details>"); d < 0 || !strings.Contains(h[j+d:], c.detail) {
			t.Errorf("%s history does not fold the detail %q under the summary", c.lang, c.detail)
		}
		// Four commits, three of them change 999; the last only its
		// non-public part.
		if n := strings.Count(h, `<span class="when">`); n != 3 {
			t.Errorf("%s history has %d entries, want one per commit (3)", c.lang, n)
		}
		for _, id := range []string{"role:", "body:", "status.reported", "information-security-officer"} {
			if strings.Contains(h, id) {
				t.Errorf("%s history shows the id %q", c.lang, id)
			}
		}
	}
	for name, data := range files {
		for _, v := range nonPublicValues {
			if strings.Contains(string(data), v) {
				t.Errorf("%s shows the non-public %q", name, v)
			}
		}
	}
}

// TestFeeds: the national and county feeds parse as Atom, hold one entry
// per commit and municipality with the summary as title and the changes
// as content, link the municipality's page (absolute with a base URL,
// relative without), are linked from the pages, and show nothing
// non-public.
func TestFeeds(t *testing.T) {
	s := buildGitSite(t)
	type entry struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Content string `xml:"content"`
	}
	type feed struct {
		XMLName xml.Name
		Title   string  `xml:"title"`
		Entries []entry `xml:"entry"`
	}
	for _, base := range []string{"", "https://example.org/govmap/"} {
		files := gitSiteFiles(t, base)
		for _, name := range []string{"feed.xml", "sv/feed.xml", "en/feed.xml", "counties/01-feed.xml", "en/counties/01-feed.xml"} {
			data, ok := files[name]
			if !ok {
				t.Fatalf("no %s", name)
			}
			var f feed
			if err := xml.Unmarshal(data, &f); err != nil {
				t.Fatalf("%s does not parse: %v", name, err)
			}
			if f.XMLName.Space != "http://www.w3.org/2005/Atom" || f.XMLName.Local != "feed" {
				t.Errorf("%s is not an Atom feed: %v", name, f.XMLName)
			}
			// The real municipalities come with the first commit, which
			// the history reads as the start (no entries); 999 has three
			// commits of its own, the newest first.
			if len(f.Entries) == 0 || len(f.Entries) > feedCap {
				t.Fatalf("%s has %d entries", name, len(f.Entries))
			}
			first := f.Entries[0]
			if !strings.HasSuffix(first.ID, ":municipalities/999:"+s.commits[3]) || first.Updated != "2026-12-02T12:00:00Z" {
				t.Errorf("%s: newest entry %s at %s, want 999's last commit", name, first.ID, first.Updated)
			}
			second := f.Entries[1]
			want := map[string]string{"feed.xml": "Esimerkkilä nimesi roolin Turvallisuusyhteyshenkilö, muutti 2 vastuuta ja kirjasi 2 tilannekatsausta.",
				"sv/feed.xml": "Exempelby utsåg rollen Säkerhetskontaktperson, ändrade 2 ansvar och registrerade 2 lägesrapporter."}[name]
			if want != "" && second.Title != want {
				t.Errorf("%s: entry title %q, want %q", name, second.Title, want)
			}
			if !strings.Contains(second.Content, "<li>") {
				t.Errorf("%s: entry content %q is not the changes as HTML", name, second.Content)
			}
			// Relative links go up to the site's root and down again.
			lang := ""
			if l, _, _ := strings.Cut(name, "/"); l == "sv" || l == "en" {
				lang = l + "/"
			}
			wantLink := lang + "municipalities/999.html"
			switch {
			case base != "":
				wantLink = base + wantLink
			default:
				wantLink = strings.Repeat("../", strings.Count(name, "/")) + wantLink
			}
			if second.Link.Href != wantLink {
				t.Errorf("%s (base %q): entry links %q, want %q", name, base, second.Link.Href, wantLink)
			}
			for _, v := range nonPublicValues {
				if strings.Contains(string(data), v) {
					t.Errorf("%s shows the non-public %q", name, v)
				}
			}
		}
		page := string(files["sv/municipalities/999.html"])
		for _, want := range []string{`<link rel="alternate" type="application/atom+xml" href="../../sv/feed.xml"`, `href="../../sv/counties/01-feed.xml" type="application/atom+xml"`} {
			if base == "" && !strings.Contains(page, want) {
				t.Errorf("the municipality's page lacks %s", want)
			}
		}
	}
	// Without a history, no feed and no link to one.
	files := render(t, s.repo, Options{})
	if _, ok := files["feed.xml"]; ok || strings.Contains(string(files["index.html"]), "atom+xml") {
		t.Error("a feed without a history")
	}
}

// TestRegionNamesInEnglish: English pages and the open data name regions
// in English (reference/regions.csv), the Finnish and Swedish pages in
// their languages.
func TestRegionNamesInEnglish(t *testing.T) {
	files := gitSiteFiles(t, "")
	for name, want := range map[string]string{
		"en/regions/02.html": "Southwest Finland", "regions/02.html": "Varsinais-Suomi", "sv/regions/02.html": "Egentliga Finland",
		"en/counties.html": "North Ostrobothnia", "data/municipalities.csv": ",Southwest Finland",
	} {
		if !strings.Contains(string(files[name]), want) {
			t.Errorf("%s does not name %q", name, want)
		}
	}
	if strings.Contains(string(files["en/regions/02.html"]), "Varsinais-Suomi") {
		t.Error("the English page of region 02 names it in Finnish")
	}
}
