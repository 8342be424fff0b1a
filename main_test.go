package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/internal/ghmarkdown"
	"github.com/govmap/govmap/msg"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// copyRepo copies the repository's data into a temporary directory, where
// a test may break it.
func copyRepo(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	for _, dir := range []string{"model", "actors", "tasks", "counties", "municipalities", "cue.mod"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dst, dir), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".cue") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	co, err := os.ReadFile(".github/CODEOWNERS")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dst, ".github"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, ".github", "CODEOWNERS"), co, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestValidateRepository(t *testing.T) {
	code, out, errOut := runCLI("validate", "--lang", "en", "--today", "2026-11-23", ".")
	if code != exitOK || out != "" {
		t.Fatalf("validate on the repository: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "no problems found") {
		t.Errorf("want a summary on stderr, got %q", errOut)
	}
}

const badActor = `package actors

actors: fisc: {
	kind: "club"
	name: {fi: "FISC", sv: "FISC", en: "FISC"}
	source: "testi"
}
`

func TestValidateFormats(t *testing.T) {
	dir := copyRepo(t)
	if err := os.WriteFile(filepath.Join(dir, "actors", "fisc.cue"), []byte(badActor), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, _ := runCLI("validate", "--lang", "en", dir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	wantLine := `actors/fisc.cue:4:8: error schema: kind: "club" is not allowed here; allowed: `
	if !strings.HasPrefix(out, wantLine) {
		t.Errorf("text output:\n%s\nwant it to start with\n%s", out, wantLine)
	}

	code, out, _ = runCLI("validate", "--format", "json", dir)
	if code != exitFailed {
		t.Errorf("json: exit %d", code)
	}
	var findings []map[string]any
	if err := json.Unmarshal([]byte(out), &findings); err != nil {
		t.Fatalf("json output does not parse: %v\n%s", err, out)
	}
	if len(findings) != 1 {
		t.Fatalf("want one finding, got %v", findings)
	}
	var keys []string
	for k := range findings[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"column", "file", "hint", "line", "message", "rule", "severity"}; !slices.Equal(keys, want) {
		t.Errorf("json keys %v, want exactly %v", keys, want)
	}
	f := findings[0]
	if f["rule"] != "schema" || f["file"] != "actors/fisc.cue" || f["line"] != 4.0 || f["column"] != 8.0 || f["severity"] != "error" {
		t.Errorf("json finding %v", f)
	}

	_, out, _ = runCLI("validate", "--format", "github", dir)
	if !strings.HasPrefix(out, "::error file=actors/fisc.cue,line=4,col=8,title=schema::kind: ") || strings.Count(out, "\n") != 1 {
		t.Errorf("github output:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"validate", "--format", "xml"},
		{"validate", "--today", "23.11.2026"},
		{"validate", "a", "b"},
		{"validate", "--no-such-flag"},
		{"validate", "--repo", "govmap"},
		{"validate", "--repo", "govmap/govmap/extra"},
		{"export", "--format", "csv"},
		{"rules", "--format", "yaml"},
	} {
		code, _, errOut := runCLI(args...)
		if code != exitTrouble {
			t.Errorf("%q: exit %d, want %d", args, code, exitTrouble)
		}
		if errOut == "" {
			t.Errorf("%q: no message on stderr", args)
		}
	}
	code, _, errOut := runCLI("validate", filepath.Join(t.TempDir(), "missing"))
	if code != exitTrouble || !strings.Contains(errOut, "missing") {
		t.Errorf("missing directory: exit %d, %q", code, errOut)
	}
}

func TestRules(t *testing.T) {
	code, out, _ := runCLI("rules")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, r := range diag.Rules() {
		if !strings.Contains(out, r.ID) || !strings.Contains(out, r.In(msg.FI).Explanation) {
			t.Errorf("rules output lacks %s in Finnish", r.ID)
		}
		if r.Title == "" || r.Explanation == "" || r.Hint == "" {
			t.Errorf("rule %s lacks a title, explanation or hint", r.ID)
		}
	}
	_, out, _ = runCLI("rules", "--format", "json")
	var rules []diag.Rule
	if err := json.Unmarshal([]byte(out), &rules); err != nil || len(rules) != len(diag.Rules()) {
		t.Errorf("json rules: %v, %d rules", err, len(rules))
	}
}

func TestExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "govmap.json")
	code, _, errOut := runCLI("export", "-o", out, ".")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		SchemaVersion int    `json:"schemaVersion"`
		Revision      string `json:"revision"`
		License       struct{ ID, URL string }
	}
	if err := json.Unmarshal(b, &meta); err != nil {
		t.Fatal(err)
	}
	if meta.SchemaVersion != export.SchemaVersion || meta.License.ID != "CC-BY-4.0" || meta.License.URL != "https://creativecommons.org/licenses/by/4.0/" {
		t.Errorf("export meta %+v", meta)
	}
	if len(meta.Revision) != 40 {
		t.Errorf("the export of a git repository has revision %q", meta.Revision)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	doc := map[string][]map[string]any{}
	for _, k := range []string{"kinds", "laws", "actors", "areas", "tasks", "recommendations", "observations", "counties", "municipalities"} {
		var list []map[string]any
		if err := json.Unmarshal(all[k], &list); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		doc[k] = list
	}
	// The top-level keys, in this order (no date: the export command has
	// no day of its own).
	keys := []string{"schemaVersion", "revision", "license", "kinds", "laws", "actors", "areas", "tasks", "recommendations", "observations", "counties", "municipalities"}
	if got := topKeys(t, b); !slices.Equal(got, keys) {
		t.Errorf("top-level keys %v, want %v", got, keys)
	}
	for k, n := range map[string]int{"kinds": 3, "areas": 10, "tasks": 6, "recommendations": 7, "observations": 29, "counties": 22, "municipalities": 308} {
		if len(doc[k]) != n {
			t.Errorf("%s: %d, want %d", k, len(doc[k]), n)
		}
	}
	var gaps []any
	for _, a := range doc["areas"] {
		if a["id"] == "incident-management" {
			gaps, _ = a["gaps"].([]any)
		}
	}
	if len(gaps) != 1 || gaps[0] != "kyberpalokunta" {
		t.Errorf("incident-management gaps = %v, want [kyberpalokunta]", gaps)
	}
	// The same input gives the same bytes.
	_, again, _ := runCLI("export", ".")
	if again != string(b) {
		t.Error("two exports differ")
	}
}

// topKeys lists a JSON object's keys in document order.
func topKeys(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestStatus(t *testing.T) {
	code, out, errOut := runCLI("status", "--format", "json", "--today", "2026-11-23", ".")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var p struct {
		Today    string
		National struct{ Municipalities, Reported, Population int }
		Counties []struct{ Code string }
		Regions  []struct{ Code string }
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	if p.Today != "2026-11-23" || p.National.Municipalities != 308 || len(p.Counties) != 22 || len(p.Regions) != 19 {
		t.Errorf("status: %+v", p)
	}
	if p.National.Population != 5652881 {
		t.Errorf("national population %d, want 5652881 (Statistics Finland, 31.12.2025)", p.National.Population)
	}
	code, out, _ = runCLI("status", "--lang", "en", "--today", "2026-11-23", ".")
	if code != exitOK || !strings.Contains(out, "\nReported:  ") || !strings.Contains(out, "  0 of 308 municipalities (0%)\n") {
		t.Errorf("text status: exit %d\n%s", code, out)
	}
}

// TestCodeowners: a pull request that adds maintainers leaves CODEOWNERS
// alone and passes validation; only main checks CODEOWNERS (validate
// --codeowners, codeowners --check in .ci/run), after the workflow on main
// has regenerated it. (The repository's own CODEOWNERS is checked by
// .ci/run on main, not here: on such a pull request it is stale by design.)
func TestCodeowners(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "en")
	dir := copyRepo(t)
	name := unreported(t, dir, 1)[0]
	file := filepath.Join(dir, filepath.FromSlash(name))
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(b), "status: reported: false", "status: reported: false\n\tmaintainers: [\"@kunta/digiturva\", \"@someone\"]", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI("codeowners", "--check", dir)
	if code != exitFailed || !strings.Contains(errOut, "out of date") {
		t.Fatalf("stale CODEOWNERS: exit %d, %q", code, errOut)
	}
	// The pull request's view: valid, nothing about CODEOWNERS.
	if code, out, _ := runCLI("validate", dir); code != exitOK || strings.Contains(out, "codeowners-stale") {
		t.Errorf("validate (a pull request) on stale CODEOWNERS: exit %d\n%s", code, out)
	}
	// Main's view: stale.
	if code, out, _ := runCLI("validate", "--codeowners", dir); code != exitFailed || !strings.Contains(out, ": error codeowners-stale: ") {
		t.Errorf("validate --codeowners on stale CODEOWNERS: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI("codeowners", dir); code != exitOK {
		t.Fatalf("codeowners: exit %d: %s", code, errOut)
	}
	got, err := os.ReadFile(filepath.Join(dir, ".github", "CODEOWNERS"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "\n/"+name+" @kunta/digiturva @someone\n") {
		t.Errorf("CODEOWNERS lacks %s's maintainers:\n%s", name, got)
	}
	if code, _, _ := runCLI("codeowners", "--check", dir); code != exitOK {
		t.Error("check fails right after generating")
	}
	if code, out, _ := runCLI("validate", "--codeowners", dir); code != exitOK {
		t.Errorf("validate --codeowners right after generating: exit %d\n%s", code, out)
	}
}

// unreported returns n municipality files (slash paths) of the repository
// at dir that have not reported and name no maintainers yet, for tests to
// fill in: which ones changes as municipalities report.
func unreported(t *testing.T, dir string, n int) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "municipalities", "[0-9]*.cue"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(string(b), "\tstatus: reported: false\n") == 1 && !strings.Contains(string(b), "maintainers:") {
			out = append(out, "municipalities/"+filepath.Base(f))
			if len(out) == n {
				return out
			}
		}
	}
	t.Fatalf("fewer than %d unreported municipalities without maintainers", n)
	return nil
}

// TestComment runs the comment command end to end: a git repository made
// with go-git, a change in the working tree, and a stand-in GitHub API.
func TestComment(t *testing.T) {
	dir, _ := committedCopy(t)
	// The pull request: Helsinki's file gets a role whose title tries to
	// inject markup and a mention.
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, _ := os.ReadFile(file)
	edited := strings.Replace(string(b), "status: reported: false", `status: reported: false
	roles: "data-protection-officer": title: fi: "<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1))"`, 1)
	os.WriteFile(file, []byte(edited), 0o644)

	const token = "ghs_TOPSECRET_in_env"
	var posted string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if r.Method == "GET" {
			io.WriteString(w, "[]")
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		posted = c.Body
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":1}`)
	}))
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", token)
	t.Setenv("GITHUB_API_URL", srv.URL)
	t.Setenv("GITHUB_STEP_SUMMARY", "")

	code, out, errOut := runCLI("comment", "--repo", "o/r", "--pr", "7", "--base", "HEAD", "-C", dir, "--today", "2026-11-23")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out+errOut+posted, token) {
		t.Error("the token appears in the output or the comment")
	}
	// Helsinki is bilingual, Finnish-speaking: the comment is in Finnish,
	// then Swedish.
	for _, want := range []string{"Tarkistus meni läpi. / Kontrollen gick igenom.", "Rooli nimettiin: ", "Roll utsedd: ", "Helsinki / Helsingfors"} {
		if !strings.Contains(posted, want) {
			t.Errorf("comment lacks %q:\n%s", want, posted)
		}
	}
	for _, bad := range []string{"<img", "@everyone", "](javascript"} {
		if strings.Contains(posted, bad) {
			t.Errorf("comment contains %q unescaped:\n%s", bad, posted)
		}
	}
	// As GitHub renders it: no link, tag or mention.
	if live := ghmarkdown.Live(strings.TrimPrefix(posted, ghcomment.Marker+"\n")); len(live) > 0 {
		t.Errorf("the comment makes %v:\n%s", live, posted)
	}
}

func TestOverdue(t *testing.T) {
	dir := copyRepo(t)
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, _ := os.ReadFile(file)
	// Test data in a temporary copy only: not a fact about Helsinki.
	edited := strings.Replace(string(b), "status: reported: false", `status: reported: false
	bodies: board: {type: "board", name: fi: "Kaupunginhallitus", statusReportEveryMonths: 6, lastStatusReport: "2025-01-10"}`, 1)
	os.WriteFile(file, []byte(edited), 0o644)
	t.Setenv("GOVMAP_LANG", "")
	code, out, _ := runCLI("overdue", "--format", "markdown", "--today", "2026-11-23", dir)
	if code != exitOK || !strings.Contains(out, "| `municipalities/091-helsinki.cue:") || !strings.Contains(out, "2025-07-10") ||
		!strings.HasPrefix(out, "## Myöhässä 23.11.2026\n\n| paikka | viesti |\n|---|---|\n") {
		t.Errorf("overdue: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("overdue", "--lang", "sv", "--format", "markdown", "--today", "2026-11-23", dir)
	if code != exitOK || !strings.HasPrefix(out, "## Försenat 23.11.2026\n\n| plats | meddelande |\n|---|---|\n| `municipalities/091-helsinki.cue:") {
		t.Errorf("overdue in Swedish: exit %d\n%s", code, out)
	}
	code, out, errOut := runCLI("overdue", "--lang", "en", "--today", "2026-11-23", dir)
	if code != exitOK || !strings.HasPrefix(out, "municipalities/091-helsinki.cue:") || !strings.Contains(out, ": warning report-overdue: ") ||
		errOut != "govmap overdue: 1 overdue status report or task\n" {
		t.Errorf("overdue as text: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI("overdue", "--today", "2026-11-23", ".")
	if code != exitOK || out != "" || errOut != "govmap overdue: 0 myöhässä olevaa tilannekatsausta tai tehtävää\n" {
		t.Errorf("overdue on the repository: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCLI("overdue", "--lang", "sv", "--format", "markdown", "--today", "2026-11-23", ".")
	if code != exitOK || out != "## Försenat 23.11.2026\n\nIngen lägesrapport eller uppgift i åtgärdsplanen är försenad.\n" {
		t.Errorf("nothing overdue in Swedish: exit %d\n%s", code, out)
	}
}

// TestCanaries: a canary in every non-public field never appears in the
// CLI's default output, the exports, the status, the diff in any format,
// the pull-request comment or the site.
func TestCanaries(t *testing.T) {
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	wt.AddWithOptions(&git.AddOptions{All: true})
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	// Test data in a temporary copy only: nothing here is about Helsinki.
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, _ := os.ReadFile(file)
	canaries := []string{"CANARYPERSON", "9876543", "CANARYROLE", "CANARYBODY", "CANARYCOMPANY", "CANARYTASK", "2020-02-02"}
	edited := strings.Replace(string(b), "status: reported: false", `status: reported: false
	roles: {
		"data-protection-officer": {title: fi: "Tietosuojavastaava", person: {name: "CANARYPERSON", phone: "+358 40 9876543"}}
		"crisis-lead": {title: fi: "CANARYROLE", visibility: "non-public"}
	}
	bodies: "crisis-group": {type: "other", name: fi: "CANARYBODY", visibility: "non-public"}
	companies: "secret-co": {name: fi: "CANARYCOMPANY", type: "company", sector: "ict", criticalInfrastructure: false, visibility: "non-public"}
	actionPlan: "secret-task": {title: fi: "CANARYTASK", area: "data-protection", owner: "crisis-lead", status: "planned", visibility: "non-public"}
	informationManagement: {lastExercise: "2020-02-02", visibility: "non-public"}`, 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI("codeowners", dir); code != exitOK {
		t.Fatal("codeowners")
	}
	var outputs []string
	collect := func(args ...string) {
		code, out, errOut := runCLI(args...)
		if code == exitTrouble {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		outputs = append(outputs, strings.Join(args, " ")+"\n"+out+errOut)
	}
	collect("validate", dir)
	collect("validate", "--format", "json", dir)
	collect("validate", "--format", "github", dir)
	collect("export", dir)
	collect("status", "--format", "json", dir)
	collect("overdue", dir)
	for _, f := range []string{"text", "markdown", "json"} {
		collect("diff", "--format", f, "-C", dir, "HEAD")
	}
	// The diff saw the change, without its values.
	if !strings.Contains(outputs[len(outputs)-1], "role-added") {
		t.Errorf("the diff missed the change:\n%s", outputs[len(outputs)-1])
	}
	var posted string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Method == "GET" {
			io.WriteString(w, "[]")
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		posted = c.Body
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":1}`)
	}))
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", "t")
	t.Setenv("GITHUB_API_URL", srv.URL)
	collect("comment", "--repo", "o/r", "--pr", "1", "--base", "HEAD", "-C", dir)
	outputs = append(outputs, "comment body\n"+posted)
	site := filepath.Join(t.TempDir(), "site")
	collect("build", "-o", site, "--history=false", dir)
	filepath.WalkDir(site, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			outputs = append(outputs, p+"\n"+string(b))
		}
		return nil
	})
	if len(posted) == 0 {
		t.Fatal("no comment was posted")
	}
	for _, out := range outputs {
		for _, c := range canaries {
			if strings.Contains(out, c) {
				name, _, _ := strings.Cut(out, "\n")
				t.Errorf("canary %s in %s", c, name)
			}
		}
	}
}

// TestCanariesInFindings: findings go into public places (annotations,
// the pull-request comment, CI logs, the weekly overdue summary). With a
// canary person and canary non-public entries written every careless way
// (a person as a text, a role or a whole municipality written again as
// null or a text, a name as a field name, curly quotes around a name, a
// long text cut short, non-public entries that are overdue, dated ahead or
// named by public ones), no canary appears in validate's output in any
// format or language, in `govmap overdue`, or in the comment.
func TestCanariesInFindings(t *testing.T) {
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	wt.AddWithOptions(&git.AddOptions{All: true})
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	// Test data in a temporary copy only: nothing here is about these
	// municipalities.
	const person = `person: {name: "CANARYPERSON", phone: "+358 40 9876543"}`
	edits := map[string]struct{ inside, after string }{
		"091-helsinki": {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", person: "CANARYPERSON, +358 40 9876543"}`},
		"049-espoo": {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", ` + person + `}
	roles: "data-protection-officer": null`},
		"092-vantaa": {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", ` + person + `}`,
			after: `municipalities: "092": "CANARYPERSON +358 40 9876543"`},
		"837-tampere": {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", person: "CANARYPERSON": {phone: "+358 40 9876543"}}
	roles: "CANARYPERSON": {title: fi: "Tietoturvavastaava"}`},
		"564-oulu":      {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", person: {name: “CANARYPERSON”, phone: "+358 40 9876543"}}`},
		"179-jyvaskyla": {inside: `roles: "data-protection-officer": {title: fi: "Tietosuojavastaava", person: {name: " CANARYPERSON, tietosuojavastaava, tavoitettavissa virka-aikana numerosta +358 40 9876543", phone: "+358 40 9876543 (virka-aikana)"}}`},
		"853-turku": {inside: `roles: {
		"data-protection-officer": {title: fi: "Tietosuojavastaava", ` + person + `}
		"canaryhidden-role": {title: fi: "CANARYHIDDENROLE", mailbox: "canaryhidden@example.fi", visibility: "non-public"}
	}
	bodies: "canaryhidden-body": {type: "other", name: fi: "CANARYHIDDENBODY", statusReportEveryMonths: 12, lastStatusReport: "2020-02-02", visibility: "non-public"}
	companies: "canaryhidden-co": {name: fi: "CANARYHIDDENCO", type: "company", sector: "water", criticalInfrastructure: true, visibility: "non-public"}
	actionPlan: "canaryhidden-task": {title: fi: "CANARYHIDDENTASK", area: "data-protection", owner: "canaryhidden-role", due: "2020-03-03", status: "planned", visibility: "non-public"}
	informationManagement: {lastExercise: "2030-04-04", visibility: "non-public"}
	raci: "data-protection": {responsible: ["role:canaryhidden-role"], accountable: "company:canaryhidden-co", informed: ["body:canaryhidden-body"]}`},
	}
	for name, e := range edits {
		file := filepath.Join(dir, "municipalities", name+".cue")
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(b), "status: reported: false", "status: reported: false\n\t"+e.inside, 1)
		if e.after != "" {
			edited += e.after + "\n"
		}
		if edited == string(b) {
			t.Fatalf("%s: nothing to replace", name)
		}
		if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var outputs []string
	collect := func(args ...string) string {
		code, out, errOut := runCLI(args...)
		if code == exitTrouble {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		outputs = append(outputs, strings.Join(args, " ")+"\n"+out+errOut)
		return out
	}
	for _, lang := range []string{"fi", "sv", "en"} {
		for _, format := range []string{"text", "json", "github"} {
			out := collect("validate", "--lang", lang, "--format", format, "--today", "2026-11-23", dir)
			// Every edited file has its findings: the test sees them.
			for name := range edits {
				if !strings.Contains(out, name+".cue") {
					t.Errorf("validate --lang %s --format %s: no finding in %s:\n%s", lang, format, name, out)
				}
			}
		}
		collect("overdue", "--lang", lang, "--today", "2026-11-23", dir)
		collect("overdue", "--lang", lang, "--format", "markdown", "--today", "2026-11-23", dir)
	}
	if !strings.Contains(outputs[len(outputs)-1], "853-turku") {
		t.Errorf("overdue missed the non-public body and task:\n%s", outputs[len(outputs)-1])
	}
	var posted string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Method == "GET" {
			io.WriteString(w, "[]")
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		posted = c.Body
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":1}`)
	}))
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", "t")
	t.Setenv("GITHUB_API_URL", srv.URL)
	collect("comment", "--repo", "o/r", "--pr", "1", "--base", "HEAD", "-C", dir)
	if !strings.Contains(posted, "853") || !strings.Contains(posted, "091") {
		t.Errorf("the comment lacks the findings:\n%s", posted)
	}
	outputs = append(outputs, "comment body\n"+posted)
	for _, out := range outputs {
		lower := strings.ToLower(out)
		for _, c := range []string{"canaryperson", "9876543", "canaryhidden", "2020-02-02", "2020-03-03", "2030-04-04"} {
			if strings.Contains(lower, c) {
				name, _, _ := strings.Cut(out, "\n")
				i := strings.Index(lower, c)
				t.Errorf("canary %s in %s: …%s…", c, name, out[max(0, i-120):min(len(out), i+60)])
			}
		}
	}
}

// brokenRepo is a copy of the repository with one schema error per name
// given: actors/NAME.cue with a kind the model does not know.
func brokenRepo(t *testing.T, names ...string) string {
	t.Helper()
	dir := copyRepo(t)
	for _, n := range names {
		src := strings.Replace(badActor, "fisc:", n+":", 1)
		if err := os.WriteFile(filepath.Join(dir, "actors", n+".cue"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestValidateLanguages: findings, hints and the summary come in the
// language of --lang, else GOVMAP_LANG, else Finnish.
func TestValidateLanguages(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "")
	dir := brokenRepo(t, "fisc")
	for _, c := range []struct {
		name    string
		env     string
		args    []string
		line    string // the finding's line
		hint    string // the start of its hint
		summary string
	}{
		{"sv", "", []string{"--lang", "sv"},
			`actors/fisc.cue:4:8: fel schema: kind: "club" är inte tillåtet här; tillåtna: "agency", `,
			"\tAnvänd något av: ", "govmap validate: 1 fel, 0 varningar, 0 anmärkningar\n"},
		{"en", "", []string{"--lang", "en"},
			`actors/fisc.cue:4:8: error schema: kind: "club" is not allowed here; allowed: "agency", `,
			"\tUse one of: ", "govmap validate: 1 error, 0 warnings, 0 notices\n"},
		{"default", "", nil,
			`actors/fisc.cue:4:8: virhe schema: kind: "club" ei käy tähän; sallitut: "agency", `,
			"\tKäytä jotakin näistä: ", "govmap validate: 1 virhe, 0 varoitusta, 0 huomautusta\n"},
		{"GOVMAP_LANG=sv", "sv", nil,
			`actors/fisc.cue:4:8: fel schema: `, "\tAnvänd något av: ", "govmap validate: 1 fel, 0 varningar, 0 anmärkningar\n"},
		{"--lang over GOVMAP_LANG", "sv", []string{"--lang", "en"},
			`actors/fisc.cue:4:8: error schema: `, "\tUse one of: ", "govmap validate: 1 error, 0 warnings, 0 notices\n"},
		{"GOVMAP_LANG unknown", "de", nil,
			`actors/fisc.cue:4:8: virhe schema: `, "\tKäytä jotakin näistä: ", "govmap validate: 1 virhe, 0 varoitusta, 0 huomautusta\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("GOVMAP_LANG", c.env)
			code, out, errOut := runCLI(append(append([]string{"validate"}, c.args...), dir)...)
			if code != exitFailed {
				t.Errorf("exit %d, want %d", code, exitFailed)
			}
			lines := strings.Split(out, "\n")
			if len(lines) != 3 || !strings.HasPrefix(lines[0], c.line) || !strings.HasPrefix(lines[1], c.hint) {
				t.Errorf("output:\n%s\nwant a line starting %q and a hint starting %q", out, c.line, c.hint)
			}
			if errOut != c.summary {
				t.Errorf("summary %q, want %q", errOut, c.summary)
			}
		})
	}

	// Plurals, and the JSON: message and hint in the language, ids and
	// severities as they are.
	dir = brokenRepo(t, "fisc", "gisc")
	if _, _, errOut := runCLI("validate", dir); errOut != "govmap validate: 2 virhettä, 0 varoitusta, 0 huomautusta\n" {
		t.Errorf("Finnish summary %q", errOut)
	}
	if _, _, errOut := runCLI("validate", "--lang", "sv", dir); errOut != "govmap validate: 2 fel, 0 varningar, 0 anmärkningar\n" {
		t.Errorf("Swedish summary %q", errOut)
	}
	_, out, _ := runCLI("validate", "--lang", "sv", "--format", "json", dir)
	var findings []map[string]any
	if err := json.Unmarshal([]byte(out), &findings); err != nil || len(findings) != 2 {
		t.Fatalf("json: %v\n%s", err, out)
	}
	f := findings[0]
	if f["rule"] != "schema" || f["severity"] != "error" || f["file"] != "actors/fisc.cue" ||
		!strings.HasPrefix(f["message"].(string), `kind: "club" är inte tillåtet här`) || !strings.HasPrefix(f["hint"].(string), "Använd något av: ") {
		t.Errorf("json finding in Swedish: %v", f)
	}
}

// TestLangUsage: --lang takes fi, sv or en only; package flag's errors
// and the usage come in the language.
func TestLangUsage(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "")
	for _, cmd := range []string{"validate", "rules", "export", "status", "build", "serve", "overdue"} {
		code, out, errOut := runCLI(cmd, "--lang", "de")
		if code != exitTrouble || out != "" {
			t.Errorf("%s --lang de: exit %d, want %d; stdout %q", cmd, code, exitTrouble, out)
		}
		first, _, _ := strings.Cut(errOut, "\n")
		if want := "govmap " + cmd + `: virheellinen arvo "de" valitsimelle --lang: sallitut ovat fi, sv ja en`; first != want {
			t.Errorf("%s --lang de: %q, want %q", cmd, first, want)
		}
		if !strings.Contains(errOut, "\nkäyttö: govmap "+cmd+" ") || !strings.Contains(errOut, "\n  --lang fi|sv|en\n") {
			t.Errorf("%s --lang de: no Finnish usage:\n%s", cmd, errOut)
		}
	}
	code, _, errOut := runCLI("validate", "--lang", "sv", "--lang", "xx")
	if first, _, _ := strings.Cut(errOut, "\n"); code != exitTrouble || first != `govmap validate: ogiltigt värde "xx" för --lang: tillåtna är fi, sv och en` {
		t.Errorf("after --lang sv: exit %d, %q", code, first)
	}
	code, _, errOut = runCLI("status", "--lang", "en", "--no-such-flag")
	if code != exitTrouble || !strings.HasPrefix(errOut, "govmap status: unknown flag --no-such-flag\nusage: govmap status [--format text|json]") {
		t.Errorf("unknown flag in English: exit %d\n%s", code, errOut)
	}
	code, _, errOut = runCLI("overdue", "--lang", "sv", "--format", "pdf")
	if code != exitTrouble || errOut != "govmap overdue: okänt utdataformat \"pdf\" (tillåtna: text, markdown)\n" {
		t.Errorf("unknown format in Swedish: exit %d, %q", code, errOut)
	}
	// Help asked for goes to stdout.
	code, out, _ := runCLI("validate", "--lang", "sv", "-h")
	if code != exitOK || !strings.HasPrefix(out, "användning: govmap validate ") ||
		!strings.Contains(out, "\n    \tavsluta med fel även vid varningar\n") {
		t.Errorf("validate -h in Swedish: exit %d\n%s", code, out)
	}
	// govmap alone: the default language, GOVMAP_LANG.
	if code, _, errOut := runCLI(); code != exitTrouble || !strings.HasPrefix(errOut, "käyttö: govmap <komento>") ||
		!strings.Contains(errOut, "  validate   tarkista jokainen tiedosto yhteistoimintamallia vasten\n") {
		t.Errorf("usage in Finnish: exit %d\n%s", code, errOut)
	}
	t.Setenv("GOVMAP_LANG", "sv")
	if code, out, _ := runCLI("help"); code != exitOK || !strings.HasPrefix(out, "användning: govmap <kommando>") ||
		!strings.Contains(out, "  overdue    lista försenade lägesrapporter och uppgifter i åtgärdsplanen\n") {
		t.Errorf("usage in Swedish: exit %d\n%s", code, out)
	}
	if _, _, errOut := runCLI("frobnicate"); !strings.HasPrefix(errOut, "govmap: okänt kommando \"frobnicate\"\n") {
		t.Errorf("unknown command in Swedish: %q", errOut)
	}
}

func TestRulesLanguages(t *testing.T) {
	code, out, _ := runCLI("rules", "--lang", "fi")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	for _, r := range diag.Rules() {
		fi := r.In(msg.FI)
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, r.ID+" ") })
		if i < 0 || i+1 >= len(lines) {
			t.Errorf("no line for %s", r.ID)
			continue
		}
		if f := strings.Fields(lines[i]); len(f) < 3 || f[1] != r.Severity.In(msg.FI) || !strings.HasSuffix(lines[i], "  "+fi.Title) {
			t.Errorf("rule line %q, want the severity %q and the title %q", lines[i], r.Severity.In(msg.FI), fi.Title)
		}
		if strings.TrimSpace(lines[i+1]) != fi.Explanation {
			t.Errorf("explanation of %s: %q, want %q", r.ID, lines[i+1], fi.Explanation)
		}
	}
	if !strings.Contains(out, "syntax ") || !strings.Contains(out, " virhe ") || !strings.Contains(out, " varoitus ") {
		t.Errorf("the severities are not Finnish:\n%s", out)
	}
	_, out, _ = runCLI("rules", "--lang", "sv", "--format", "json")
	var rules []diag.Rule
	if err := json.Unmarshal([]byte(out), &rules); err != nil || len(rules) != len(diag.Rules()) {
		t.Fatalf("json rules: %v, %d rules", err, len(rules))
	}
	for i, r := range diag.Rules() {
		if want := r.In(msg.SV); rules[i] != want {
			t.Errorf("json rule %+v, want %+v", rules[i], want)
		}
	}
}

func TestStatusLanguages(t *testing.T) {
	code, out, errOut := runCLI("status", "--lang", "sv", "--today", "2026-11-23", ".")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Lägesbild 23.11.2026\n",
		"\nRapporterat:  ", "  0 av 308 kommuner (0\u00a0%)\n",
		"\nLägesrapporterna aktuella:  ",
		"\nUtsedda roller:\n", "\n  Dataskyddsombud  ",
		"\nPer välfärdsområde:\n", "  kod  välfärdsområde  ", "  Östra Nylands välfärdsområde  ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Swedish status lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runCLI("status", "--lang", "fi", "--today", "2026-11-23", ".")
	for _, want := range []string{"Tilannekuva 23.11.2026\n", "\nIlmoittaneet:  ", "  0/308 kuntaa (0\u00a0%)\n", "  Ahvenanmaa (ei hyvinvointialuetta)  ", "\n  Tietosuojavastaava  ", "  Itä-Uudenmaan hyvinvointialue  "} {
		if !strings.Contains(out, want) {
			t.Errorf("Finnish status lacks %q:\n%s", want, out)
		}
	}
}

// TestCommandSummariesTranslated: the usage lists every command in the
// user's language.
func TestCommandSummariesTranslated(t *testing.T) {
	for _, c := range commands {
		if tx, ok := msg.Lookup(c.summary); !ok || tx.FI == tx.EN || tx.SV == tx.EN {
			t.Errorf("command %s: its summary %q is not translated", c.name, c.summary)
		}
	}
}

// TestCanariesAcrossCommits: values whose visibility changes between
// commits. What was public, then made non-public, appears in no output of
// a build at HEAD: not the site in any language (its history included),
// the export, the status, the diff in any format and language, nor the
// comment. What was non-public, then made public, appears only as of the
// commit that made it public.
func TestCanariesAcrossCommits(t *testing.T) {
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	commit := func(message, date string) string {
		t.Helper()
		if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
			t.Fatal(err)
		}
		when, _ := time.Parse(time.DateOnly, date)
		sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: when.Add(12 * time.Hour)}
		h, err := wt.Commit(message, &git.CommitOptions{Author: sig, Committer: sig})
		if err != nil {
			t.Fatal(err)
		}
		return h.String()
	}
	// Test data in a temporary copy only: nothing here is about Helsinki.
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	write := func(later, early, report, taskStatus string) {
		t.Helper()
		edited := strings.Replace(string(orig), "status: reported: false", `status: reported: false
	roles: "canarylater-role": {title: {fi: "CANARYLATERROLE", sv: "CANARYLATERROLESV", en: "CANARYLATERROLEEN"}, visibility: "`+later+`"}
	bodies: {
		"canarylater-body": {type: "committee", name: {fi: "CANARYLATERBODY", sv: "CANARYLATERBODYSV"}, statusReportEveryMonths: 12, lastStatusReport: "`+report+`", visibility: "`+later+`"}
		"canaryearly-body": {type: "committee", name: {fi: "CANARYEARLYBODY"}, visibility: "`+early+`"}
	}
	companies: "canarylater-co": {name: fi: "CANARYLATERCO", type: "company", sector: "ict", criticalInfrastructure: false, visibility: "`+later+`"}
	actionPlan: "canarylater-task": {title: fi: "CANARYLATERTASK", area: "data-protection", owner: "canarylater-role", status: "`+taskStatus+`", visibility: "`+later+`"}`, 1)
		if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("public", "non-public", "2025-06-01", "planned")
	a := commit("A: public values", "2026-01-10")
	write("public", "non-public", "2026-02-01", "in-progress")
	commit("B: the public values change", "2026-02-10")
	write("non-public", "public", "2026-02-01", "in-progress")
	commit("C: the later values made non-public, the early one public", "2026-03-10")

	var outputs []string
	collect := func(args ...string) {
		t.Helper()
		code, out, errOut := runCLI(args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s%s", args, code, out, errOut)
		}
		outputs = append(outputs, strings.Join(args, " ")+"\n"+out+errOut)
	}
	collect("validate", "--today", "2026-11-23", dir)
	collect("export", dir)
	collect("status", "--format", "json", "--today", "2026-11-23", dir)
	for _, base := range []string{a, "HEAD~1"} {
		for _, f := range []string{"text", "markdown", "json"} {
			for _, l := range []string{"fi", "sv", "en"} {
				collect("diff", "--format", f, "--lang", l, "-C", dir, "--today", "2026-11-23", base, "HEAD")
			}
		}
	}
	// The diff saw the changes, without the values made non-public.
	if last := outputs[len(outputs)-1]; !strings.Contains(last, "body-made-non-public") || !strings.Contains(last, "CANARYEARLYBODY") {
		t.Errorf("the diff missed the changes:\n%s", last)
	}
	var posted string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.Method == "GET" {
			io.WriteString(w, "[]")
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		posted = c.Body
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":1}`)
	}))
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", "t")
	t.Setenv("GITHUB_API_URL", srv.URL)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	collect("comment", "--repo", "o/r", "--pr", "1", "--base", a, "-C", dir, "--today", "2026-11-23")
	if posted == "" {
		t.Fatal("no comment was posted")
	}
	outputs = append(outputs, "comment body\n"+posted)
	// Helsinki is bilingual, Finnish-speaking: Finnish, then Swedish.
	if fi, sv := strings.Index(posted, "Muutokset hallintamalliin"), strings.Index(posted, "Ändringar i förvaltningsmodellen"); fi < 0 || sv < fi {
		t.Errorf("the comment is not in Finnish, then Swedish:\n%s", posted)
	}
	site := filepath.Join(t.TempDir(), "site")
	collect("build", "-o", site, "--today", "2026-11-23", dir)
	pages := map[string]string{}
	filepath.WalkDir(site, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(site, p)
			pages[filepath.ToSlash(rel)] = string(b)
			outputs = append(outputs, p+"\n"+string(b))
		}
		return nil
	})
	for _, out := range outputs {
		for _, c := range []string{"CANARYLATER", "canarylater"} {
			if i := strings.Index(out, c); i >= 0 {
				name, _, _ := strings.Cut(out, "\n")
				t.Errorf("%s in %s: …%s…", c, name, out[max(0, i-100):min(len(out), i+100)])
			}
		}
	}
	// The early value is public now: the page shows it, and its history
	// names it only as of the commit that made it public.
	for page, want := range map[string]string{
		"municipalities/091.html": "Toimielin muutettiin julkiseksi: CANARYEARLYBODY",
		// Its name is Finnish only: marked so on the other languages' pages.
		"sv/municipalities/091.html": `Organ gjort offentligt: <span lang="fi">CANARYEARLYBODY</span>`,
		"en/municipalities/091.html": `Body made public: <span lang="fi">CANARYEARLYBODY</span>`,
	} {
		if !strings.Contains(pages[page], want) {
			t.Errorf("%s lacks %q", page, want)
		}
	}
	gr, err := gitrepo.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := gr.History("HEAD", 0)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, e := range h.BySubject["municipalities/091"] {
		if x := e.Change.Text(); strings.Contains(x.FI+x.SV+x.EN, "CANARYEARLY") {
			named++
			if e.Date != "2026-03-10" {
				t.Errorf("the early value is named on %s, before it was public: %s", e.Date, x.EN)
			}
		}
	}
	if named == 0 {
		t.Error("the history never names the value made public")
	}
}

// TestBrokenFileDiff: a stray brace in a municipality's file gives one
// finding, in that file; govmap diff says in the language asked that the
// file has errors, not that the municipality was removed.
func TestBrokenFileDiff(t *testing.T) {
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	wt.AddWithOptions(&git.AddOptions{All: true})
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, _ := os.ReadFile(file)
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), `county:   "90"`, `county:   "90" }`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI("validate", "--today", "2026-11-23", dir)
	findings := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, " ") {
			findings++
		}
	}
	if code != exitFailed || findings != 1 || !strings.HasPrefix(out, "municipalities/091-helsinki.cue:") {
		t.Errorf("validate: exit %d, want exactly one finding, in the broken file:\n%s", code, out)
	}
	for lang, want := range map[string]string{
		"fi": "Tiedostossa on virheitä; sen muutokset näytetään, kun se on taas kunnossa.",
		"sv": "Filen innehåller fel; dess ändringar visas när den är giltig igen.",
		"en": "The file has errors; its changes are shown once it is valid.",
	} {
		code, out, errOut := runCLI("diff", "--lang", lang, "-C", dir, "HEAD")
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("diff --lang %s: exit %d, lacks %q:\n%s%s", lang, code, want, out, errOut)
		}
		for _, bad := range []string{"poistettiin", "togs bort", "removed"} {
			if strings.Contains(out, bad) {
				t.Errorf("diff --lang %s says %q:\n%s", lang, bad, out)
			}
		}
	}
	if code, _, errOut := runCLI("diff", "--lang", "de", "-C", dir, "HEAD"); code != exitTrouble || !strings.Contains(errOut, "--lang") {
		t.Errorf("diff --lang de: exit %d, %q", code, errOut)
	}
}

// committedCopy is copyRepo made a git repository of one commit, as a
// clone of the repository is.
func committedCopy(t *testing.T) (string, *git.Repository) {
	t.Helper()
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	return dir, r
}
