package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/internal/ghmarkdown"
)

// forkRepo is the base repository's clone as the pull-request-comment
// workflow has it: main checked out, main moved on after the pull request
// branched off, and the pull request's head present only as git objects
// (fetched, never checked out):
//
//	m1 ── m2   main: a municipality names a role, an area is renamed
//	  ╲
//	   p1      the pull request: another names a role and maintainers
type forkRepo struct {
	dir        string
	prFile     string // the municipality file the pull request changes
	m1, m2, p1 plumbing.Hash
}

func newForkRepo(t *testing.T) *forkRepo {
	t.Helper()
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	day := 0
	commit := func(message string) plumbing.Hash {
		t.Helper()
		if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
			t.Fatal(err)
		}
		day++
		sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 11, day, 12, 0, 0, 0, time.UTC)}
		h, err := wt.Commit(message, &git.CommitOptions{Author: sig, Committer: sig})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	edit := func(file, old, new string) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(file))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), old) {
			t.Fatalf("%s lacks %q", file, old)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := unreported(t, dir, 2)
	f := &forkRepo{dir: dir, prFile: files[0]}
	f.m1 = commit("data")
	main := plumbing.NewBranchReferenceName("main")
	if err := r.Storer.SetReference(plumbing.NewHashReference(main, f.m1)); err != nil {
		t.Fatal(err)
	}
	if err := r.Storer.SetReference(plumbing.NewSymbolicReference(plumbing.HEAD, main)); err != nil {
		t.Fatal(err)
	}
	// The pull request, made in the officer's fork: a role and maintainers
	// (CODEOWNERS is left to the workflow on main).
	pr := plumbing.NewBranchReferenceName("pr")
	if err := wt.Checkout(&git.CheckoutOptions{Branch: pr, Create: true, Hash: f.m1}); err != nil {
		t.Fatal(err)
	}
	edit(files[0], "status: reported: false", `status: reported: false
	maintainers: ["@officer-digiturva"]
	roles: "data-protection-officer": title: fi: "Tietosuojavastaava PRROLE"`)
	f.p1 = commit("data protection officer and maintainers")
	// Main moves on meanwhile.
	if err := wt.Checkout(&git.CheckoutOptions{Branch: main}); err != nil {
		t.Fatal(err)
	}
	edit(files[1], "status: reported: false", `status: reported: false
	roles: "data-protection-officer": title: fi: "Tietosuojavastaava MAINROLE"`)
	edit("model/areas.cue", `fi: "Hankinnat ja vaatimusmäärittely"`, `fi: "Hankinnat MAINAREA"`)
	f.m2 = commit("another municipality's role, and area 4 renamed")
	// The head is only objects now, as after `git fetch origin SHA`.
	if err := r.Storer.RemoveReference(pr); err != nil {
		t.Fatal(err)
	}
	return f
}

// fakeAPI stands in for the GitHub API: one pull request, #7, from a fork,
// and its comments; it records every request.
type fakeAPI struct {
	mu       sync.Mutex
	head     string // pull request 7's head commit, as the API says it
	requests []string
	comments []string
	token    string
	// reject: a body holding it is refused (422), as GitHub refuses one
	// over 65,536 characters.
	reject string
}

// refused answers 422 to a body GitHub would not take.
func (a *fakeAPI) refused(w http.ResponseWriter, body string) bool {
	if utf8.RuneCountInString(body) <= ghcomment.MaxChars && (a.reject == "" || !strings.Contains(body, a.reject)) {
		return false
	}
	w.WriteHeader(http.StatusUnprocessableEntity)
	io.WriteString(w, `{"message":"Validation Failed","errors":[{"resource":"IssueComment","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"}]}`)
	return true
}

func (a *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.requests = append(a.requests, r.Method+" "+r.URL.Path)
	if r.Header.Get("Authorization") != "Bearer "+a.token {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	pull := map[string]any{
		"number": 7, "state": "open",
		"head": map[string]any{"sha": a.head, "ref": "patch-1", "repo": map[string]any{"full_name": "officer/govmap"}},
		"base": map[string]any{"ref": "main", "repo": map[string]any{"full_name": "o/r"}},
	}
	switch {
	case r.Method == "GET" && r.URL.Path == "/repos/o/r/pulls":
		json.NewEncoder(w).Encode([]any{pull})
	case r.Method == "GET" && r.URL.Path == "/repos/o/r/pulls/7":
		json.NewEncoder(w).Encode(pull)
	case r.Method == "GET" && r.URL.Path == "/repos/o/r/issues/7/comments":
		var list []map[string]any
		for i, c := range a.comments {
			list = append(list, map[string]any{"id": i + 1, "body": c, "user": map[string]any{"login": "github-actions[bot]", "type": "Bot"}})
		}
		json.NewEncoder(w).Encode(list)
	case r.Method == "POST" && r.URL.Path == "/repos/o/r/issues/7/comments":
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		if a.refused(w, c.Body) {
			return
		}
		a.comments = append(a.comments, c.Body)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"id": len(a.comments), "body": c.Body})
	case r.Method == "PATCH" && strings.HasPrefix(r.URL.Path, "/repos/o/r/issues/comments/"):
		id, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/repos/o/r/issues/comments/"))
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		if a.refused(w, c.Body) {
			return
		}
		a.comments[id-1] = c.Body
		json.NewEncoder(w).Encode(map[string]any{"id": id, "body": c.Body})
	default:
		http.NotFound(w, r)
	}
}

func (a *fakeAPI) posts() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	n := 0
	for _, r := range a.requests {
		if strings.HasPrefix(r, "POST ") || strings.HasPrefix(r, "PATCH ") {
			n++
		}
	}
	return n
}

func serveAPI(t *testing.T, head string) *fakeAPI {
	t.Helper()
	a := &fakeAPI{head: head, token: "ghs_COMMENTWORKFLOW_secret"}
	srv := httptest.NewServer(a)
	t.Cleanup(srv.Close)
	t.Setenv("GITHUB_TOKEN", a.token)
	t.Setenv("GITHUB_API_URL", srv.URL)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	t.Setenv("GITHUB_SERVER_URL", "")
	t.Setenv("GITHUB_RUN_ID", "")
	return a
}

// inRun sets what GitHub Actions sets in a run: the step summary file and
// what makes the run's address. It returns the summary file and the
// address.
func inRun(t *testing.T) (summary, run string) {
	t.Helper()
	summary = filepath.Join(t.TempDir(), "step-summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	t.Setenv("GITHUB_SERVER_URL", "https://github.com")
	t.Setenv("GITHUB_REPOSITORY", "o/r")
	t.Setenv("GITHUB_RUN_ID", "4242")
	return summary, "https://github.com/o/r/actions/runs/4242"
}

// TestCommentForkPullRequest runs `govmap comment` as the
// pull-request-comment workflow does for a fork's pull request: only the
// head commit's hash (the workflow_run event names no pull request), the
// pull request found and checked against the API, its files read from the
// git objects, compared with the merge base, one comment posted.
func TestCommentForkPullRequest(t *testing.T) {
	f := newForkRepo(t)
	api := serveAPI(t, f.p1.String())
	code, out, errOut := runCLI("comment", "--repo", "o/r", "--head", f.p1.String(), "--head-repo", "officer/govmap",
		"-C", f.dir, "--today", "2026-11-23", "--lang", "en")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	if len(api.comments) != 1 {
		t.Fatalf("want one comment, got %d; requests %v", len(api.comments), api.requests)
	}
	body := api.comments[0]
	// The pull request's change is there, in Alajärvi's Finnish; validation passed although
	// CODEOWNERS does not name the new maintainers: that is main's
	// business after the merge.
	for _, want := range []string{"Tarkistus meni läpi", "PRROLE"} {
		if !strings.Contains(body, want) {
			t.Errorf("comment lacks %q:\n%s", want, body)
		}
	}
	// The maintainers are named, and pinged not: nothing in the comment
	// is live on GitHub.
	if !strings.Contains(body, "Muutosten hyväksyjät: @\u200dofficer-digiturva.") {
		t.Errorf("comment lacks the maintainers, inert:\n%s", body)
	}
	if live := ghmarkdown.Live(strings.TrimPrefix(body, ghcomment.Marker+"\n")); len(live) > 0 {
		t.Errorf("the comment makes %v:\n%s", live, body)
	}
	// What main gained after the pull request branched off is not the
	// pull request's.
	for _, bad := range []string{"MAINROLE", "MAINAREA", "codeowners-stale"} {
		if strings.Contains(body, bad) {
			t.Errorf("comment contains %q, a change of main or of CODEOWNERS:\n%s", bad, body)
		}
	}
	if !strings.Contains(errOut, "pull request #7: comparing "+f.m1.String()[:12]+", where it left main, with its head "+f.p1.String()[:12]) {
		t.Errorf("stderr does not say what is compared:\n%s", errOut)
	}
	if !strings.Contains(out, "comment on o/r#7: created") {
		t.Errorf("stdout %q", out)
	}
	want := "GET /repos/o/r/pulls GET /repos/o/r/pulls/7 GET /repos/o/r/issues/7/comments POST /repos/o/r/issues/7/comments"
	if got := strings.Join(api.requests, " "); got != want {
		t.Errorf("requests:\n%s\nwant:\n%s", got, want)
	}
	// The working tree (main's files) was not read as the head, and
	// nothing was checked out.
	b, _ := os.ReadFile(filepath.Join(f.dir, filepath.FromSlash(f.prFile)))
	if strings.Contains(string(b), "PRROLE") {
		t.Error("the pull request's file was checked out")
	}

	// Again, with the number (a same-repository pull request): the same
	// comment, left as it is.
	code, out, errOut = runCLI("comment", "--repo", "o/r", "--pr", "7", "--head", f.p1.String(),
		"-C", f.dir, "--today", "2026-11-23", "--lang", "en")
	if code != exitOK || !strings.Contains(out, "comment on o/r#7: unchanged") {
		t.Errorf("second run: exit %d\n%s%s", code, out, errOut)
	}
	if len(api.comments) != 1 || api.posts() != 1 {
		t.Errorf("second run wrote: %d comments, %d writes", len(api.comments), api.posts())
	}
}

// TestCommentRefusesMovedHead: the run checked one commit, the API says
// the pull request's head is another (pushed to since, or a wrong
// number): no comment.
func TestCommentRefusesMovedHead(t *testing.T) {
	f := newForkRepo(t)
	api := serveAPI(t, f.p1.String())
	for _, args := range [][]string{
		{"--pr", "7", "--head", f.m2.String()}, // a number and a head that do not match
		{"--head", f.m2.String()},              // no open pull request has that head
	} {
		args = append([]string{"comment", "--repo", "o/r", "-C", f.dir, "--lang", "en"}, args...)
		code, out, errOut := runCLI(args...)
		if code != exitFailed {
			t.Errorf("%v: exit %d, want %d\n%s%s", args, code, exitFailed, out, errOut)
		}
		if !strings.Contains(errOut, f.m2.String()[:12]) {
			t.Errorf("%v: stderr does not name the commit: %s", args, errOut)
		}
	}
	if api.posts() != 0 || len(api.comments) != 0 {
		t.Errorf("a refused run wrote: %v", api.requests)
	}
	// In Finnish by default.
	t.Setenv("GOVMAP_LANG", "")
	_, _, errOut := runCLI("comment", "--repo", "o/r", "-C", f.dir, "--pr", "7", "--head", f.m2.String())
	if !strings.Contains(errOut, "pull request #7 on edennyt") {
		t.Errorf("default language: %s", errOut)
	}
}

// TestCommentHeadNotFetched: the API's head is not in the clone (the
// workflow did not fetch it): the error says how to fetch it.
func TestCommentHeadNotFetched(t *testing.T) {
	f := newForkRepo(t)
	missing := strings.Repeat("e", 40)
	api := serveAPI(t, missing)
	code, _, errOut := runCLI("comment", "--repo", "o/r", "--pr", "7", "--head", missing, "-C", f.dir, "--lang", "en")
	if code != exitTrouble || !strings.Contains(errOut, "the pull request's head commit eeeeeeeeeeee is not in this clone") ||
		!strings.Contains(errOut, "git fetch origin refs/pull/7/head") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if api.posts() != 0 {
		t.Error("commented without the head")
	}
}

// workingTreePR makes a repository whose working tree is the pull request:
// the data committed, then edit applied to the files, uncommitted (a local
// run of govmap comment, --base HEAD).
func workingTreePR(t *testing.T, edit func(dir string)) string {
	t.Helper()
	dir := copyRepo(t)
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	edit(dir)
	return dir
}

// TestCommentTooLong: the yearly population update changes every
// municipality's file, which makes a comment longer than GitHub's 65,536
// characters. The comment is cut between rows, says in the pull request's
// languages how many changes and findings it leaves out and links to the
// run, whose step summary holds the whole text.
func TestCommentTooLong(t *testing.T) {
	dir := workingTreePR(t, func(dir string) {
		files, err := filepath.Glob(filepath.Join(dir, "municipalities", "[0-9]*.cue"))
		if err != nil || len(files) < 300 {
			t.Fatalf("%d files, %v", len(files), err)
		}
		count := regexp.MustCompile(`population: \{count: ([0-9]+), date: "2025-12-31"\}`)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			edited := count.ReplaceAllString(string(b), `population: {count: 1${1}, date: "2026-12-31"}`)
			if edited == string(b) {
				t.Fatalf("%s: no population to update", f)
			}
			if err := os.WriteFile(f, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	})
	api := serveAPI(t, "")
	summaryFile, run := inRun(t)
	code, out, errOut := runCLI("comment", "--repo", "o/r", "--pr", "7", "--base", "HEAD", "-C", dir, "--today", "2026-11-23", "--lang", "en")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	if len(api.comments) != 1 {
		t.Fatalf("%d comments", len(api.comments))
	}
	posted := api.comments[0]
	if n := ghcomment.Size(posted); n > ghcomment.MaxChars || n < ghcomment.MaxChars-5000 {
		t.Errorf("the comment is %d characters long, want a little under %d", n, ghcomment.MaxChars)
	}
	b, err := os.ReadFile(summaryFile)
	if err != nil {
		t.Fatal(err)
	}
	whole := string(b)
	if len(whole) > ghcomment.MaxSummaryBytes || ghcomment.Size(whole) < 90000 {
		t.Errorf("the step summary is %d bytes, %d characters", len(whole), ghcomment.Size(whole))
	}
	// Every municipality is in the summary; the comment shows some, and
	// the note counts the rest, in Finnish and Swedish (most files are in
	// Finnish, some in Swedish).
	changesIn := func(s string) int { return strings.Count(s, "\n- ") }
	all, shown := changesIn(whole), changesIn(posted)
	if all < 308 || shown == 0 || shown >= all {
		t.Fatalf("%d changes in the summary, %d in the comment", all, shown)
	}
	for _, want := range []string{
		fmt.Sprintf("Tässä ei näy, koska kommentissa voi olla enintään 65 536 merkkiä: %d muuta muutosta", all-shown),
		fmt.Sprintf("Visas inte här, eftersom en kommentar rymmer högst 65 536 tecken: %d ändringar till", all-shown),
		"Kaikki on [ajon yhteenvedossa](" + run + ")",
	} {
		if !strings.Contains(posted, want) {
			t.Errorf("the comment lacks %q; it ends:\n%s", want, posted[len(posted)-2000:])
		}
	}
	if !strings.Contains(whole, "`municipalities/992`") || strings.Contains(whole, "Tässä ei näy") {
		t.Errorf("the step summary is not the whole text")
	}
	// Cut between rows: the comment is the summary's beginning.
	cut := strings.LastIndex(posted, "\n\n_")
	if !strings.HasPrefix(whole, strings.TrimPrefix(posted[:cut], ghcomment.Marker+"\n")) {
		t.Error("the comment is not the beginning of the whole text")
	}
	if live := ghmarkdown.Live(strings.TrimPrefix(posted, ghcomment.Marker+"\n"), run); len(live) > 0 {
		t.Errorf("the comment makes: %v", live)
	}
	if !strings.Contains(out, "the comment was cut to GitHub's limit of 65536 characters; the whole text is in the step summary") {
		t.Errorf("stdout %q", out)
	}
}

// TestCommentRefused: GitHub refuses the comment (422): the short comment
// is posted, the verdict and a link to the run, and the whole text goes to
// the step summary; the job does not fail.
func TestCommentRefused(t *testing.T) {
	f := newForkRepo(t)
	api := serveAPI(t, f.p1.String())
	api.reject = "PRROLE"
	summaryFile, run := inRun(t)
	code, out, errOut := runCLI("comment", "--repo", "o/r", "--head", f.p1.String(), "-C", f.dir, "--today", "2026-11-23", "--lang", "en")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	if len(api.comments) != 1 {
		t.Fatalf("%d comments", len(api.comments))
	}
	want := ghcomment.Marker + "\n## govmap\n\n✅ **Tarkistus meni läpi.**\n\n_GitHub ei hyväksynyt koko kommenttia. Kaikki on [ajon yhteenvedossa](" + run + ")._\n"
	if api.comments[0] != want {
		t.Errorf("posted:\n%s\nwant:\n%s", api.comments[0], want)
	}
	b, err := os.ReadFile(summaryFile)
	if err != nil || !strings.Contains(string(b), "PRROLE") || !strings.HasPrefix(string(b), "## govmap\n") {
		t.Errorf("step summary %q, %v", b, err)
	}
	if !strings.Contains(out, "comment on o/r#7: created\nGitHub did not accept the whole comment: posted the verdict and a link to the run; the whole text is in the step summary\n") {
		t.Errorf("stdout %q", out)
	}
}
