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
	code, out, errOut := runCLI("validate", "--today", "2026-11-23", ".")
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

	code, out, _ := runCLI("validate", dir)
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
		if !strings.Contains(out, r.ID) || !strings.Contains(out, r.Explanation) {
			t.Errorf("rules output lacks %s", r.ID)
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
	var doc map[string][]map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	// The top-level keys, in this order.
	keys := []string{"kinds", "laws", "actors", "areas", "tasks", "recommendations", "counties", "municipalities"}
	if got := topKeys(t, b); !slices.Equal(got, keys) {
		t.Errorf("top-level keys %v, want %v", got, keys)
	}
	if len(doc) != len(keys) {
		t.Errorf("export has %d top-level keys, want %d", len(doc), len(keys))
	}
	for k, n := range map[string]int{"kinds": 3, "areas": 10, "tasks": 6, "recommendations": 7, "counties": 22, "municipalities": 308} {
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
	code, out, _ = runCLI("status", "--today", "2026-11-23", ".")
	if code != exitOK || !strings.Contains(out, "Reported:            0 of 308 municipalities") {
		t.Errorf("text status: exit %d\n%s", code, out)
	}
}

func TestCodeowners(t *testing.T) {
	if code, _, errOut := runCLI("codeowners", "--check", "."); code != exitOK {
		t.Fatalf("the repository's CODEOWNERS is stale: %s", errOut)
	}
	dir := copyRepo(t)
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(b), "status: reported: false", "status: reported: false\n\tmaintainers: [\"@helsinki/digiturva\", \"@someone\"]", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI("codeowners", "--check", dir)
	if code != exitFailed || !strings.Contains(errOut, "out of date") {
		t.Fatalf("stale CODEOWNERS: exit %d, %q", code, errOut)
	}
	// validate fails on it too.
	if code, out, _ := runCLI("validate", dir); code != exitFailed || !strings.Contains(out, "codeowners-stale") {
		t.Errorf("validate on stale CODEOWNERS: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI("codeowners", dir); code != exitOK {
		t.Fatalf("codeowners: exit %d: %s", code, errOut)
	}
	got, err := os.ReadFile(filepath.Join(dir, ".github", "CODEOWNERS"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "\n/municipalities/091-helsinki.cue @helsinki/digiturva @someone\n") {
		t.Errorf("CODEOWNERS lacks Helsinki's maintainers:\n%s", got)
	}
	if code, _, _ := runCLI("codeowners", "--check", dir); code != exitOK {
		t.Error("check fails right after generating")
	}
}

// TestComment runs the comment command end to end: a git repository made
// with go-git, a change in the working tree, and a stand-in GitHub API.
func TestComment(t *testing.T) {
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
	for _, want := range []string{"Validation passed", "Role named&#58; ", "Helsinki"} {
		if !strings.Contains(posted, want) {
			t.Errorf("comment lacks %q:\n%s", want, posted)
		}
	}
	for _, bad := range []string{"<img", "@everyone", "](javascript"} {
		if strings.Contains(posted, bad) {
			t.Errorf("comment contains %q unescaped:\n%s", bad, posted)
		}
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
	code, out, _ := runCLI("overdue", "--format", "markdown", "--today", "2026-11-23", dir)
	if code != exitOK || !strings.Contains(out, "| municipalities/091-helsinki.cue") || !strings.Contains(out, "2025-07-10") {
		t.Errorf("overdue: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("overdue", "--today", "2026-11-23", ".")
	if code != exitOK || out != "" {
		t.Errorf("overdue on the repository: exit %d\n%s", code, out)
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
