package ghcomment_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/msg"
)

const token = "ghs_SECRET0123456789abcdefSECRET"

// fakeGitHub speaks the part of the GitHub REST API the comment uses, and
// records every request.
type fakeGitHub struct {
	mu       sync.Mutex
	requests []string
	comments map[int64]string // id → body
	next     int64
	// readOnly answers writes as GitHub does for a fork's token.
	readOnly bool
	// rateLimited answers everything with an exhausted rate limit.
	rateLimited bool
	// badAuth counts requests without the right token.
	badAuth int
	// pulls are the repository's pull requests, by number.
	pulls map[int]fakePull
}

type fakePull struct {
	state, headSHA, headRepo, baseRef string
}

func (p fakePull) json(n int) map[string]any {
	return map[string]any{
		"number": n, "state": p.state,
		"head": map[string]any{"sha": p.headSHA, "repo": map[string]any{"full_name": p.headRepo}},
		"base": map[string]any{"ref": p.baseRef, "repo": map[string]any{"full_name": "o/r"}},
	}
}

func (g *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.requests = append(g.requests, r.Method+" "+r.URL.Path)
	if r.Header.Get("Authorization") != "Bearer "+token {
		g.badAuth++
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if g.rateLimited {
		w.Header().Set("X-RateLimit-Limit", "60")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset", "1900000000")
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"message":"API rate limit exceeded for installation."}`)
		return
	}
	switch {
	case r.Method == "GET" && r.URL.Path == "/repos/o/r/pulls":
		// Open pull requests, two to a page, to exercise paging.
		var open []int
		for n := range g.pulls {
			if g.pulls[n].state == "open" && r.URL.Query().Get("state") == "open" {
				open = append(open, n)
			}
		}
		slices.Sort(open)
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		page = max(page, 1)
		var list []map[string]any
		for _, n := range open[min(len(open), (page-1)*2):min(len(open), page*2)] {
			list = append(list, g.pulls[n].json(n))
		}
		if page*2 < len(open) {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/repos/o/r/pulls?page=%d&state=open>; rel="next"`, r.Host, page+1))
		}
		json.NewEncoder(w).Encode(list)
	case r.Method == "GET" && strings.HasPrefix(r.URL.Path, "/repos/o/r/pulls/"):
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/repos/o/r/pulls/"))
		p, ok := g.pulls[n]
		if !ok {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(p.json(n))
	case r.Method == "GET" && r.URL.Path == "/repos/o/r/issues/7/comments":
		var list []map[string]any
		for id := int64(1); id <= g.next; id++ {
			if body, ok := g.comments[id]; ok {
				list = append(list, map[string]any{"id": id, "body": body})
			}
		}
		json.NewEncoder(w).Encode(list)
	case r.Method == "POST" && r.URL.Path == "/repos/o/r/issues/7/comments":
		if g.readOnly {
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `{"message":"Resource not accessible by integration"}`)
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		g.next++
		g.comments[g.next] = c.Body
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"id": g.next, "body": c.Body})
	case r.Method == "PATCH" && strings.HasPrefix(r.URL.Path, "/repos/o/r/issues/comments/"):
		var id int64
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/repos/o/r/issues/comments/"), &id)
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		g.comments[id] = c.Body
		json.NewEncoder(w).Encode(map[string]any{"id": id, "body": c.Body})
	default:
		http.NotFound(w, r)
	}
}

func setup(t *testing.T) (*fakeGitHub, ghcomment.Options) {
	g := &fakeGitHub{comments: map[int64]string{}}
	// Someone else's comment is there first and must be left alone.
	g.next = 1
	g.comments[1] = "Looks good to me"
	srv := httptest.NewServer(g)
	t.Cleanup(srv.Close)
	return g, ghcomment.Options{Owner: "o", Repo: "r", PR: 7, Token: token, APIURL: srv.URL,
		StepSummary: filepath.Join(t.TempDir(), "summary.md")}
}

func TestCreateThenUpdate(t *testing.T) {
	g, o := setup(t)
	ctx := context.Background()
	out, err := ghcomment.Post(ctx, o, "first")
	if err != nil || out != ghcomment.Created {
		t.Fatalf("first post: %v, %v", out, err)
	}
	out, err = ghcomment.Post(ctx, o, "second")
	if err != nil || out != ghcomment.Updated {
		t.Fatalf("second post: %v, %v", out, err)
	}
	out, err = ghcomment.Post(ctx, o, "second")
	if err != nil || out != ghcomment.Unchanged {
		t.Fatalf("third post: %v, %v", out, err)
	}
	want := []string{
		"GET /repos/o/r/issues/7/comments", "POST /repos/o/r/issues/7/comments",
		"GET /repos/o/r/issues/7/comments", "PATCH /repos/o/r/issues/comments/2",
		"GET /repos/o/r/issues/7/comments",
	}
	if strings.Join(g.requests, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(g.requests, "\n"), strings.Join(want, "\n"))
	}
	if len(g.comments) != 2 || g.comments[1] != "Looks good to me" || g.comments[2] != ghcomment.Marker+"\nsecond" {
		t.Errorf("comments %v", g.comments)
	}
	if g.badAuth != 0 {
		t.Errorf("%d requests without the token", g.badAuth)
	}
}

func TestForkFallback(t *testing.T) {
	g, o := setup(t)
	g.readOnly = true
	out, err := ghcomment.Post(context.Background(), o, "from a fork")
	if err != nil || out != ghcomment.StepSummary {
		t.Fatalf("post: %v, %v", out, err)
	}
	b, err := os.ReadFile(o.StepSummary)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != ghcomment.Marker+"\nfrom a fork\n" {
		t.Errorf("summary %q", b)
	}
	// Without a token at all, the summary is the only way.
	o.Token = ""
	if out, err := ghcomment.Post(context.Background(), o, "x"); err != nil || out != ghcomment.StepSummary {
		t.Errorf("no token: %v, %v", out, err)
	}
	o.StepSummary = ""
	if _, err := ghcomment.Post(context.Background(), o, "x"); err == nil {
		t.Error("no token and no summary: want an error")
	}
}

func TestRateLimitAndTokenSecrecy(t *testing.T) {
	g, o := setup(t)
	g.rateLimited = true
	_, err := ghcomment.Post(context.Background(), o, "x")
	if err == nil || !strings.Contains(err.Error(), "rate limit") || !strings.Contains(err.Error(), "2030-03-17") {
		t.Fatalf("want a rate-limit message with the reset time, got %v", err)
	}
	if strings.Contains(err.Error(), token) {
		t.Error("the token leaked into the error")
	}
	// An API that echoes the token in its error: it is scrubbed.
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, `{"message":"bad header `+r.Header.Get("Authorization")+`"}`)
	}))
	defer echo.Close()
	o.APIURL = echo.URL
	_, err = ghcomment.Post(context.Background(), o, "x")
	if err == nil || strings.Contains(err.Error(), token) {
		t.Errorf("error %v: want it without the token", err)
	}
}

const (
	headA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	headB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	headC = "cccccccccccccccccccccccccccccccccccccccc"
)

func withPulls(g *fakeGitHub) {
	g.pulls = map[int]fakePull{
		3: {"open", headC, "o/r", "main"},
		4: {"open", headB, "o/r", "main"},
		5: {"closed", headA, "someone/r", "main"},
		7: {"open", headA, "officer/r", "main"},
		9: {"open", headC, "o/r", "release"},
	}
}

// TestLookup: the pull request a workflow_run names by its head commit is
// found among the open ones (a fork's: the event names no number) and
// checked against the API; a pull request that moved on, closed or comes
// from another repository is refused.
func TestLookup(t *testing.T) {
	g, o := setup(t)
	withPulls(g)
	ctx := context.Background()

	// A fork's pull request: no number, found by its head (on page 2 of
	// the list), then read again by number.
	o.PR = 0
	pr, err := ghcomment.Lookup(ctx, o, headA, "officer/r")
	if err != nil {
		t.Fatal(err)
	}
	if *pr != (ghcomment.PullRequest{Number: 7, State: "open", HeadSHA: headA, HeadRepo: "officer/r", BaseRef: "main"}) {
		t.Errorf("pull request %+v", *pr)
	}
	if got := strings.Join(g.requests, "\n"); got != "GET /repos/o/r/pulls\nGET /repos/o/r/pulls\nGET /repos/o/r/pulls/7" {
		t.Errorf("requests:\n%s\nwant two pages of the list, then the pull request by number", got)
	}
	// With its number: read and checked.
	o.PR = 7
	if pr, err := ghcomment.Lookup(ctx, o, headA, ""); err != nil || pr.Number != 7 {
		t.Errorf("by number: %v, %v", pr, err)
	}

	refused := func(name string, pr int, head, headRepo, want string) {
		t.Helper()
		o.PR = pr
		_, err := ghcomment.Lookup(ctx, o, head, headRepo)
		var re *ghcomment.RefusedError
		if !errors.As(err, &re) {
			t.Errorf("%s: want a refusal, got %v", name, err)
			return
		}
		if !strings.Contains(re.Error(), want) {
			t.Errorf("%s: %q lacks %q", name, re.Error(), want)
		}
		if re.Localize(msg.FI) == re.Error() {
			t.Errorf("%s: the refusal is not in Finnish: %s", name, re.Localize(msg.FI))
		}
	}
	// The head moved on after the run: refused, the newer run comments.
	refused("head moved", 7, headB, "", "pull request #7 has moved on: its head is now aaaaaaaaaaaa, not bbbbbbbbbbbb")
	// A number and a head of two different pull requests.
	refused("another's head", 4, headA, "", "pull request #4 has moved on")
	refused("closed", 5, headA, "", "pull request #5 is closed")
	refused("other fork", 7, headA, "mallory/r", "pull request #7 comes from officer/r, not mallory/r")
	refused("no such head", 0, strings.Repeat("d", 40), "", "no open pull request has head commit dddddddddddd")
	refused("two with the head", 0, headC, "", "2 open pull requests have head commit cccccccccccc (#3, #9): name one with --pr")
	// The head repository tells them apart.
	o.PR = 0
	if _, err := ghcomment.Lookup(ctx, o, headC, "o/r"); err == nil {
		t.Error("head C in o/r: both are from o/r, want a refusal")
	}
	// Not a full hash: an error before any request.
	n := len(g.requests)
	if _, err := ghcomment.Lookup(ctx, o, "HEAD", ""); err == nil || len(g.requests) != n {
		t.Errorf("revision name as head: %v, %d requests", err, len(g.requests)-n)
	}
	if g.badAuth != 0 {
		t.Errorf("%d requests without the token", g.badAuth)
	}
}
