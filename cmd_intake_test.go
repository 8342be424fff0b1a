package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/internal/ghmarkdown"
)

// fakeGitHub is the part of GitHub's API govmap intake uses: pull
// requests, commit statuses and issue comments, kept in memory.
type fakeGitHub struct {
	t        *testing.T
	token    string
	mu       sync.Mutex
	pulls    []fakePull
	statuses map[string][]map[string]string // sha → statuses
	comments []fakeComment
	nextID   int64
}

type fakePull struct {
	Number      int    `json:"number"`
	Title, Body string `json:"-"`
	Head, Base  string `json:"-"`
}

type fakeComment struct {
	ID   int64
	Body string
}

func (g *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+g.token {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	var in map[string]any
	if r.Body != nil {
		json.NewDecoder(r.Body).Decode(&in)
	}
	str := func(k string) string { s, _ := in[k].(string); return s }
	p := r.URL.Path
	switch {
	case r.Method == "GET" && p == "/repos/o/r/pulls":
		var out []map[string]any
		for _, pr := range g.pulls {
			if "o:"+pr.Head == r.URL.Query().Get("head") {
				out = append(out, map[string]any{"number": pr.Number, "title": pr.Title, "body": pr.Body,
					"head": map[string]any{"ref": pr.Head}, "html_url": fmt.Sprintf("https://github.example/o/r/pull/%d", pr.Number)})
			}
		}
		json.NewEncoder(w).Encode(out)
	case r.Method == "POST" && p == "/repos/o/r/pulls":
		pr := fakePull{Number: 100 + len(g.pulls), Title: str("title"), Body: str("body"), Head: str("head"), Base: str("base")}
		g.pulls = append(g.pulls, pr)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"number": pr.Number, "html_url": fmt.Sprintf("https://github.example/o/r/pull/%d", pr.Number)})
	case r.Method == "PATCH" && strings.HasPrefix(p, "/repos/o/r/pulls/"):
		for i := range g.pulls {
			if p == fmt.Sprintf("/repos/o/r/pulls/%d", g.pulls[i].Number) {
				g.pulls[i].Title, g.pulls[i].Body = str("title"), str("body")
			}
		}
		io.WriteString(w, `{}`)
	case r.Method == "POST" && strings.HasPrefix(p, "/repos/o/r/statuses/"):
		sha := strings.TrimPrefix(p, "/repos/o/r/statuses/")
		g.statuses[sha] = append(g.statuses[sha], map[string]string{"state": str("state"), "context": str("context")})
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{}`)
	case r.Method == "GET" && p == "/repos/o/r/issues/7/comments":
		var out []map[string]any
		for _, c := range g.comments {
			out = append(out, map[string]any{"id": c.ID, "body": c.Body, "created_at": "2026-11-30T10:00:00Z",
				"user": map[string]any{"login": "github-actions[bot]", "type": "Bot"}})
		}
		json.NewEncoder(w).Encode(out)
	case r.Method == "POST" && p == "/repos/o/r/issues/7/comments":
		g.nextID++
		g.comments = append(g.comments, fakeComment{g.nextID, str("body")})
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"id": g.nextID})
	case r.Method == "PATCH" && strings.HasPrefix(p, "/repos/o/r/issues/comments/"):
		for i := range g.comments {
			if p == fmt.Sprintf("/repos/o/r/issues/comments/%d", g.comments[i].ID) {
				g.comments[i].Body = str("body")
			}
		}
		io.WriteString(w, `{"id":1}`)
	default:
		g.t.Errorf("unexpected API call %s %s", r.Method, r.URL)
		http.Error(w, "not here", http.StatusNotFound)
	}
}

// intakeRepo makes a clone of the repository's data with a bare
// repository as its remote "origin", as a workflow's checkout has.
func intakeRepo(t *testing.T) (dir string, remote *git.Repository) {
	t.Helper()
	dir, r := committedCopy(t)
	var err error
	bare := t.TempDir()
	remote, err = git.PlainInit(bare, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.CreateRemote(&config.RemoteConfig{Name: "origin", URLs: []string{bare}}); err != nil {
		t.Fatal(err)
	}
	return dir, remote
}

// issueBody is an issue made with the form: the code field, then the
// request rendered as cue (GitHub wraps it in a fence).
func issueBody(code, block string) string {
	return "### Kunta / Kommun / Municipality\r\n\r\n" + code + "\r\n\r\n### Muutos / Ändring / Change\r\n\r\n```cue\r\n" +
		strings.ReplaceAll(block, "\n", "\r\n") + "\r\n```\r\n"
}

func writeEvent(t *testing.T, action, body string) string {
	t.Helper()
	ev := map[string]any{
		"action": action,
		"issue": map[string]any{"number": 7, "state": "open", "body": body,
			"labels": []map[string]any{{"name": "governance-report"}}},
		"repository": map[string]any{"default_branch": "master"},
	}
	b, _ := json.Marshal(ev)
	p := filepath.Join(t.TempDir(), "event.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestIntake: an issue becomes a branch, one pull request "Closes #7", a
// status on its head and one comment in the municipality's languages; an
// edit updates the same branch, pull request and comment.
func TestIntake(t *testing.T) {
	dir, remote := intakeRepo(t)
	const token = "ghs_INTAKE_TOKEN"
	gh := &fakeGitHub{t: t, token: token, statuses: map[string][]map[string]string{}}
	srv := httptest.NewServer(gh)
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", token)
	t.Setenv("GITHUB_API_URL", srv.URL)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	t.Setenv("GITHUB_RUN_ID", "")

	// Helsinki, bilingual and Finnish-speaking: Finnish, then Swedish. The
	// title tries markup and a mention.
	block := `municipalities: "091": {
	status: {reported: true, reviewed: "2026-11-30", reviewEveryMonths: 12}
	roles: "data-protection-officer": {
		title: {fi: "Tietosuojavastaava <img src=x onerror=alert(1)> @everyone", sv: "Dataskyddsombud"}
		mailbox: "tietosuoja@hel.fi"
	}
}`
	ev := writeEvent(t, "opened", issueBody("091 Helsinki", block))
	code, out, errOut := runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	if strings.Contains(out+errOut, token) {
		t.Error("the token is in the output")
	}
	ref, err := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true)
	if err != nil {
		t.Fatalf("the branch was not pushed: %v", err)
	}
	c, err := remote.CommitObject(ref.Hash())
	if err != nil {
		t.Fatal(err)
	}
	f, err := c.File("municipalities/091-helsinki.cue")
	if err != nil {
		t.Fatal(err)
	}
	content, _ := f.Contents()
	if !strings.Contains(content, `mailbox: "tietosuoja@hel.fi"`) || !strings.Contains(content, "// Helsinki: kunnan digitaalisen turvallisuuden hallintamalli.") {
		t.Errorf("the pushed file lacks the request or the header:\n%s", content)
	}
	if len(gh.pulls) != 1 || !strings.HasPrefix(gh.pulls[0].Body, "Closes #7") || gh.pulls[0].Head != "govmap/request-7" || gh.pulls[0].Base != "master" {
		t.Fatalf("pull requests: %+v", gh.pulls)
	}
	if st := gh.statuses[ref.Hash().String()]; len(st) != 1 || st[0]["context"] != StatusContext || st[0]["state"] != "success" {
		t.Errorf("statuses of the head: %v", st)
	}
	if len(gh.comments) != 1 {
		t.Fatalf("want one comment, got %d", len(gh.comments))
	}
	posted := gh.comments[0].Body
	for _, want := range []string{ghcomment.Marker, "pull request #100", "Rooli nimettiin: ", "Roll utsedd: "} {
		if !strings.Contains(posted, want) {
			t.Errorf("comment lacks %q:\n%s", want, posted)
		}
	}
	for _, bad := range []string{"<img", "@everyone"} {
		if strings.Contains(posted, bad) {
			t.Errorf("comment holds %q unescaped:\n%s", bad, posted)
		}
	}
	// Live is govmap's own reference to the pull request, nothing else.
	if live := ghmarkdown.Live(strings.ReplaceAll(strings.TrimPrefix(posted, ghcomment.Marker+"\n"), "#100", "")); len(live) > 0 {
		t.Errorf("the comment makes %v live:\n%s", live, posted)
	}

	// The issue is edited: the branch is replaced by a new commit on the
	// default branch, the pull request and the comment are the same.
	block2 := strings.Replace(block, "tietosuoja@hel.fi", "dataskydd@hel.fi", 1)
	ev = writeEvent(t, "edited", issueBody("091 Helsinki", block2))
	code, out, errOut = runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
	if code != exitOK {
		t.Fatalf("edit: exit %d: %s%s", code, out, errOut)
	}
	ref2, _ := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true)
	c2, _ := remote.CommitObject(ref2.Hash())
	if ref2.Hash() == ref.Hash() || c2.NumParents() != 1 || c2.ParentHashes[0] != c.ParentHashes[0] {
		t.Errorf("the edit did not replace the branch's commit on the same base")
	}
	if len(gh.pulls) != 1 || len(gh.comments) != 1 {
		t.Errorf("after the edit: %d pull requests, %d comments; want one of each", len(gh.pulls), len(gh.comments))
	}
	if !strings.Contains(gh.comments[0].Body, "dataskydd") && !strings.Contains(gh.comments[0].Body, "Postlåda") {
		// The change is described; the comment was updated.
		if gh.comments[0].Body == posted {
			t.Error("the comment was not updated")
		}
	}
	if st := gh.statuses[ref2.Hash().String()]; len(st) != 1 {
		t.Errorf("no status on the new head: %v", gh.statuses)
	}

	// An edit that changes nothing in the file (its title): the pushed
	// commit stays, so the pull request's reviews do.
	code, out, errOut = runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
	if code != exitOK {
		t.Fatalf("second edit: exit %d: %s%s", code, out, errOut)
	}
	ref3, _ := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true)
	if ref3.Hash() != ref2.Hash() || len(gh.pulls) != 1 || len(gh.comments) != 1 {
		t.Errorf("an edit without changes moved the branch (%s → %s) or made a pull request or comment", ref2.Hash(), ref3.Hash())
	}
}

// TestIntakeRefused: hostile or broken requests push nothing and open no
// pull request; the comment names the problem at its line and column in
// the issue, in the municipality's language, escaped.
func TestIntakeRefused(t *testing.T) {
	cases := []struct {
		name, code, block, want string
	}{
		{"import", "091 Helsinki", "import \"strings\"\nmunicipalities: \"091\": {status: reported: true}", "rivi 8, sarake 1"},
		{"reference", "091 Helsinki", "municipalities: \"091\": {\n\troles: dpo: {title: {fi: Maija}}\n}", "rivi 9, sarake 27"},
		{"other municipality", "091 Helsinki", "municipalities: \"049\": {status: reported: true}", "049"},
		{"swedish municipality", "035 Brändö", "municipalities: \"035\": {\n\tname: {fi: \"<script>alert(1)</script> @everyone\"}\n}", "rad 9, kolumn 2"},
		{"huge list", "091 Helsinki", "municipalities: \"091\": {maintainers: [" + strings.Repeat("\"@a\", ", 600) + "]}", "rivi 8"},
		{"path outside", "091 Helsinki", "municipalities: \"../../etc/passwd\": {status: reported: true}", "../../etc/passwd"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, remote := intakeRepo(t)
			const token = "ghs_INTAKE_TOKEN"
			gh := &fakeGitHub{t: t, token: token, statuses: map[string][]map[string]string{}}
			srv := httptest.NewServer(gh)
			defer srv.Close()
			t.Setenv("GITHUB_TOKEN", token)
			t.Setenv("GITHUB_API_URL", srv.URL)
			t.Setenv("GITHUB_STEP_SUMMARY", "")
			ev := writeEvent(t, "opened", issueBody(tc.code, tc.block))
			code, out, errOut := runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
			if code != exitFailed {
				t.Fatalf("exit %d, want %d: %s%s", code, exitFailed, out, errOut)
			}
			if _, err := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true); err == nil {
				t.Error("a branch was pushed")
			}
			if len(gh.pulls) != 0 || len(gh.statuses) != 0 {
				t.Errorf("pull requests %v, statuses %v: want none", gh.pulls, gh.statuses)
			}
			if len(gh.comments) != 1 {
				t.Fatalf("want one comment, got %d", len(gh.comments))
			}
			posted := gh.comments[0].Body
			if !strings.Contains(posted, tc.want) {
				t.Errorf("comment lacks %q:\n%s", tc.want, posted)
			}
			for _, bad := range []string{"<script", "@everyone"} {
				if strings.Contains(posted, bad) {
					t.Errorf("comment holds %q unescaped:\n%s", bad, posted)
				}
			}
			if live := ghmarkdown.Live(strings.TrimPrefix(posted, ghcomment.Marker+"\n")); len(live) > 0 {
				t.Errorf("the comment makes %v live:\n%s", live, posted)
			}
			// Nothing outside the repository was touched, and the work
			// tree's files are main's.
			b, _ := os.ReadFile(filepath.Join(dir, "municipalities", "091-helsinki.cue"))
			orig, _ := os.ReadFile(filepath.Join("municipalities", "091-helsinki.cue"))
			if string(b) != string(orig) {
				t.Error("Helsinki's file was changed")
			}
		})
	}
}

// TestIntakeFileErrors: a report that leaves the file with errors still
// becomes a pull request (its findings are for the reviewers), with a
// failing status; a municipality file that cannot be read as data takes
// no report: nothing is pushed, and the comment says the file must be
// fixed first.
func TestIntakeFileErrors(t *testing.T) {
	const token = "ghs_INTAKE_TOKEN"
	setup := func(t *testing.T) (string, *git.Repository, *fakeGitHub) {
		dir, remote := intakeRepo(t)
		gh := &fakeGitHub{t: t, token: token, statuses: map[string][]map[string]string{}}
		srv := httptest.NewServer(gh)
		t.Cleanup(srv.Close)
		t.Setenv("GITHUB_TOKEN", token)
		t.Setenv("GITHUB_API_URL", srv.URL)
		t.Setenv("GITHUB_STEP_SUMMARY", "")
		return dir, remote, gh
	}
	t.Run("errors after applying", func(t *testing.T) {
		dir, remote, gh := setup(t)
		// Reported, without the data protection officer the law requires.
		ev := writeEvent(t, "opened", issueBody("091 Helsinki", `municipalities: "091": {
	status: {reported: true, reviewed: "2026-11-30"}
}`))
		code, out, errOut := runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
		if code != exitFailed {
			t.Fatalf("exit %d, want %d: %s%s", code, exitFailed, out, errOut)
		}
		ref, err := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true)
		if err != nil {
			t.Fatal("the branch was not pushed")
		}
		if st := gh.statuses[ref.Hash().String()]; len(st) != 1 || st[0]["state"] != "failure" {
			t.Errorf("status: %v, want failure", st)
		}
		if len(gh.pulls) != 1 || len(gh.comments) != 1 || !strings.Contains(gh.comments[0].Body, "required-role") {
			t.Errorf("want one pull request and a comment naming required-role: %v %v", gh.pulls, gh.comments)
		}
	})
	t.Run("file not data", func(t *testing.T) {
		dir, remote, gh := setup(t)
		// The file on the default branch is broken (a merge went wrong).
		file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
		b, _ := os.ReadFile(file)
		os.WriteFile(file, []byte(strings.Replace(string(b), "status: reported: false", "status: reported: false\n\troles: x: title: fi: Unquoted", 1)), 0o644)
		r, _ := git.PlainOpen(dir)
		wt, _ := r.Worktree()
		wt.Add("municipalities/091-helsinki.cue")
		sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}
		if _, err := wt.Commit("broken", &git.CommitOptions{Author: sig}); err != nil {
			t.Fatal(err)
		}
		ev := writeEvent(t, "opened", issueBody("091 Helsinki", `municipalities: "091": {status: reported: true}`))
		code, out, errOut := runCLI("intake", "--event", ev, "--repo", "o/r", "--today", "2026-12-01", dir)
		if code != exitFailed {
			t.Fatalf("exit %d, want %d: %s%s", code, exitFailed, out, errOut)
		}
		if _, err := remote.Reference(plumbing.NewBranchReferenceName("govmap/request-7"), true); err == nil {
			t.Error("a branch was pushed")
		}
		if len(gh.pulls) != 0 || len(gh.comments) != 1 || !strings.Contains(gh.comments[0].Body, "Kansallisen koordinaattorin") ||
			!strings.Contains(gh.comments[0].Body, "municipalities/091-helsinki.cue:") {
			t.Errorf("want no pull request and a comment saying the file must be fixed: %v %v", gh.pulls, gh.comments)
		}
	})
}
