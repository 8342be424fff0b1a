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
	"time"
	"unicode/utf8"

	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/msg"
)

const token = "ghs_SECRET0123456789abcdefSECRET"

// comment is a comment as the fake API keeps it.
type comment struct {
	body, login, typ string
	created          time.Time
}

// fakeGitHub speaks the part of the GitHub REST API the comment uses, and
// records every request.
type fakeGitHub struct {
	mu       sync.Mutex
	requests []string
	comments map[int64]comment
	next     int64
	clock    time.Time
	// login and typ are the token's identity: what it comments as.
	login, typ string
	// readOnly answers writes as GitHub does for a token without write
	// access (403); notFound as for a private repository it cannot see.
	readOnly, notFound bool
	// editForbidden answers edits with 403.
	editForbidden bool
	// reject answers 422 to a body that contains it.
	reject string
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

// add puts a comment there, as someone made it.
func (g *fakeGitHub) add(body, login, typ string) int64 {
	g.next++
	g.clock = g.clock.Add(time.Minute)
	g.comments[g.next] = comment{body, login, typ, g.clock}
	return g.next
}

func (g *fakeGitHub) commentJSON(id int64) map[string]any {
	c := g.comments[id]
	return map[string]any{"id": id, "body": c.body, "created_at": c.created.Format(time.RFC3339),
		"user": map[string]any{"login": c.login, "type": c.typ}}
}

// refuse answers 422 as GitHub does to a body it will not take: longer
// than 65,536 characters, or holding g.reject.
func (g *fakeGitHub) refuse(w http.ResponseWriter, body string) bool {
	if utf8.RuneCountInString(body) <= 65536 && (g.reject == "" || !strings.Contains(body, g.reject)) {
		return false
	}
	w.WriteHeader(http.StatusUnprocessableEntity)
	fmt.Fprint(w, `{"message":"Validation Failed","errors":[{"resource":"IssueComment","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"}]}`)
	return true
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
	commentID := func() int64 {
		id, _ := strconv.ParseInt(strings.TrimPrefix(r.URL.Path, "/repos/o/r/issues/comments/"), 10, 64)
		return id
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
		// Three to a page, oldest first, as GitHub lists them.
		var ids []int64
		for id := range g.comments {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		page = max(page, 1)
		list := []map[string]any{}
		for _, id := range ids[min(len(ids), (page-1)*3):min(len(ids), page*3)] {
			list = append(list, g.commentJSON(id))
		}
		if page*3 < len(ids) {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/repos/o/r/issues/7/comments?page=%d>; rel="next"`, r.Host, page+1))
		}
		json.NewEncoder(w).Encode(list)
	case r.Method == "POST" && r.URL.Path == "/repos/o/r/issues/7/comments":
		switch {
		case g.readOnly:
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `{"message":"Resource not accessible by integration"}`)
			return
		case g.notFound:
			http.NotFound(w, r)
			return
		}
		var c struct{ Body string }
		json.NewDecoder(r.Body).Decode(&c)
		if g.refuse(w, c.Body) {
			return
		}
		id := g.add(c.Body, g.login, g.typ)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(g.commentJSON(id))
	case r.Method == "PATCH" && strings.HasPrefix(r.URL.Path, "/repos/o/r/issues/comments/"):
		id := commentID()
		c, ok := g.comments[id]
		switch {
		case !ok:
			http.NotFound(w, r)
			return
		case g.editForbidden || g.readOnly || c.login != g.login:
			// Nobody edits another's comment.
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `{"message":"Resource not accessible by integration"}`)
			return
		}
		var in struct{ Body string }
		json.NewDecoder(r.Body).Decode(&in)
		if g.refuse(w, in.Body) {
			return
		}
		c.body = in.Body
		g.comments[id] = c
		json.NewEncoder(w).Encode(g.commentJSON(id))
	case r.Method == "DELETE" && strings.HasPrefix(r.URL.Path, "/repos/o/r/issues/comments/"):
		id := commentID()
		if c, ok := g.comments[id]; !ok || c.login != g.login {
			w.WriteHeader(http.StatusForbidden)
			return
		}
		delete(g.comments, id)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}

func (g *fakeGitHub) bodies() map[int64]string {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := map[int64]string{}
	for id, c := range g.comments {
		out[id] = c.body
	}
	return out
}

func setup(t *testing.T) (*fakeGitHub, ghcomment.Options) {
	g := &fakeGitHub{comments: map[int64]comment{}, login: "github-actions[bot]", typ: "Bot",
		clock: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	// Someone else's comment is there first and must be left alone.
	g.add("Looks good to me", "officer", "User")
	srv := httptest.NewServer(g)
	t.Cleanup(srv.Close)
	return g, ghcomment.Options{Owner: "o", Repo: "r", PR: 7, Token: token, APIURL: srv.URL,
		StepSummary: filepath.Join(t.TempDir(), "summary.md")}
}

func body(s string) ghcomment.Body { return ghcomment.Body{Comment: s, Short: "short"} }

func summary(t *testing.T, o ghcomment.Options) string {
	t.Helper()
	b, err := os.ReadFile(o.StepSummary)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(b)
}

func TestCreateThenUpdate(t *testing.T) {
	g, o := setup(t)
	ctx := context.Background()
	res, err := ghcomment.Post(ctx, o, body("first"))
	if err != nil || res.Outcome != ghcomment.Created || res.ID != 2 {
		t.Fatalf("first post: %+v, %v", res, err)
	}
	res, err = ghcomment.Post(ctx, o, body("second"))
	if err != nil || res.Outcome != ghcomment.Updated || res.ID != 2 {
		t.Fatalf("second post: %+v, %v", res, err)
	}
	res, err = ghcomment.Post(ctx, o, body("second"))
	if err != nil || res.Outcome != ghcomment.Unchanged {
		t.Fatalf("third post: %+v, %v", res, err)
	}
	want := []string{
		"GET /repos/o/r/issues/7/comments", "POST /repos/o/r/issues/7/comments",
		"GET /repos/o/r/issues/7/comments", "PATCH /repos/o/r/issues/comments/2",
		"GET /repos/o/r/issues/7/comments",
	}
	if strings.Join(g.requests, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(g.requests, "\n"), strings.Join(want, "\n"))
	}
	if got := g.bodies(); len(got) != 2 || got[1] != "Looks good to me" || got[2] != ghcomment.Marker+"\nsecond" {
		t.Errorf("comments %v", got)
	}
	if g.badAuth != 0 {
		t.Errorf("%d requests without the token", g.badAuth)
	}
	// Nothing was cut or refused: the step summary is left alone.
	if s := summary(t, o); s != "" {
		t.Errorf("step summary %q", s)
	}
}

// TestAdoptsOnlyOwn: a comment that carries govmap's marker but was not
// written by the token's identity (a person, an account named like the
// bot but not an app, another app) is not govmap's: it is neither edited
// nor deleted, and govmap comments anew.
func TestAdoptsOnlyOwn(t *testing.T) {
	g, o := setup(t)
	impostors := map[int64]string{
		g.add(ghcomment.Marker+"\nmallory's", "mallory", "User"):                  "a person",
		g.add(ghcomment.Marker+"\nnot the bot", "github-actions", "User"):         "a user named like the bot",
		g.add(ghcomment.Marker+"\ntype says user", "github-actions[bot]", "User"): "the bot's login, not a bot",
		g.add(ghcomment.Marker+"\nanother app's", "other-app[bot]", "Bot"):        "another app",
		g.add("not govmap's\n"+ghcomment.Marker, "github-actions[bot]", "Bot"):    "the marker not first",
	}
	before := g.bodies()
	res, err := ghcomment.Post(context.Background(), o, body("ours"))
	if err != nil || res.Outcome != ghcomment.Created || res.Deleted != 0 {
		t.Fatalf("post: %+v, %v", res, err)
	}
	after := g.bodies()
	for id, who := range impostors {
		if after[id] != before[id] {
			t.Errorf("the comment of %s was changed: %q", who, after[id])
		}
	}
	if after[res.ID] != ghcomment.Marker+"\nours" || len(after) != len(before)+1 {
		t.Errorf("comments %v", after)
	}
}

// TestDuplicates: two runs that raced left two comments of govmap's: the
// oldest is updated (even when it is not first in the list), the later
// deleted; others' comments stay.
func TestDuplicates(t *testing.T) {
	g, o := setup(t)
	later := g.add(ghcomment.Marker+"\nrun 2", "github-actions[bot]", "Bot")
	impostor := g.add(ghcomment.Marker+"\nmallory's", "mallory", "User")
	oldest := g.add(ghcomment.Marker+"\nrun 1", "github-actions[bot]", "Bot")
	// The API lists by id; the oldest is the one created first.
	c := g.comments[oldest]
	c.created = g.comments[1].created.Add(time.Second)
	g.comments[oldest] = c
	res, err := ghcomment.Post(context.Background(), o, body("run 3"))
	if err != nil || res.Outcome != ghcomment.Updated || res.ID != oldest || res.Deleted != 1 {
		t.Fatalf("post: %+v, %v", res, err)
	}
	got := g.bodies()
	if _, there := got[later]; there {
		t.Error("the later duplicate was not deleted")
	}
	if got[oldest] != ghcomment.Marker+"\nrun 3" || got[impostor] != ghcomment.Marker+"\nmallory's" || got[1] != "Looks good to me" || len(got) != 3 {
		t.Errorf("comments %v", got)
	}
	// Unchanged, a duplicate is still deleted.
	dup := g.add(ghcomment.Marker+"\nrun 3", "github-actions[bot]", "Bot")
	res, err = ghcomment.Post(context.Background(), o, body("run 3"))
	if err != nil || res.Outcome != ghcomment.Unchanged || res.Deleted != 1 {
		t.Fatalf("unchanged: %+v, %v", res, err)
	}
	if _, there := g.bodies()[dup]; there {
		t.Error("the duplicate was not deleted")
	}
}

// TestAuthorOverride: with a GitHub App's token, the app's comments are
// govmap's, github-actions[bot]'s are not.
func TestAuthorOverride(t *testing.T) {
	g, o := setup(t)
	g.login = "govmap-app[bot]"
	actions := g.add(ghcomment.Marker+"\nby actions", "github-actions[bot]", "Bot")
	app := g.add(ghcomment.Marker+"\nby the app", "govmap-app[bot]", "Bot")
	o.Author = "govmap-app[bot]"
	res, err := ghcomment.Post(context.Background(), o, body("new"))
	if err != nil || res.Outcome != ghcomment.Updated || res.ID != app {
		t.Fatalf("post: %+v, %v", res, err)
	}
	if got := g.bodies(); got[actions] != ghcomment.Marker+"\nby actions" || got[app] != ghcomment.Marker+"\nnew" {
		t.Errorf("comments %v", got)
	}
	// A person's token: the person's comments, of type User.
	g.login, o.Author = "officer", "officer"
	mine := g.add(ghcomment.Marker+"\nby hand", "officer", "User")
	if res, err := ghcomment.Post(context.Background(), o, body("new")); err != nil || res.ID != mine {
		t.Errorf("a person's token: %+v, %v", res, err)
	}
}

// TestEditForbidden: a 403 on editing govmap's own comment is an error,
// not a fork's read-only token: nothing goes to the step summary.
func TestEditForbidden(t *testing.T) {
	g, o := setup(t)
	id := g.add(ghcomment.Marker+"\nbefore", "github-actions[bot]", "Bot")
	g.editForbidden = true
	res, err := ghcomment.Post(context.Background(), o, body("after"))
	if err == nil || res.Outcome == ghcomment.StepSummary {
		t.Fatalf("want an error, got %+v, %v", res, err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("updating govmap's comment %d on pull request 7", id)) || !strings.Contains(err.Error(), "403") {
		t.Errorf("error %q", err)
	}
	if s := summary(t, o); s != "" {
		t.Errorf("wrote the step summary: %q", s)
	}
}

// TestCannotComment: a token that cannot create a comment at all (403, or
// 404 for a repository it cannot see), or no token: the whole text goes
// to the step summary.
func TestCannotComment(t *testing.T) {
	for _, status := range []string{"403", "404", "no token"} {
		g, o := setup(t)
		switch status {
		case "403":
			g.readOnly = true
		case "404":
			g.notFound = true
		default:
			o.Token = ""
		}
		res, err := ghcomment.Post(context.Background(), o, ghcomment.Body{Comment: "cut", Summary: "whole", Trimmed: true})
		if err != nil || res.Outcome != ghcomment.StepSummary || !res.Summary {
			t.Fatalf("%s: %+v, %v", status, res, err)
		}
		if s := summary(t, o); s != "whole\n" {
			t.Errorf("%s: summary %q", status, s)
		}
	}
	// No token and no summary: nowhere to write.
	_, o := setup(t)
	o.Token, o.StepSummary = "", ""
	if _, err := ghcomment.Post(context.Background(), o, body("x")); !errors.Is(err, ghcomment.ErrNoWay) {
		t.Errorf("no token and no summary: %v", err)
	}
}

// TestRefused: GitHub refuses the comment (422): the short one is posted
// and the whole text goes to the step summary; a comment over the limit is
// not even sent.
func TestRefused(t *testing.T) {
	g, o := setup(t)
	g.reject = "REFUSE"
	b := ghcomment.Body{Comment: "REFUSE me", Short: "verdict and link", Summary: "the whole text"}
	res, err := ghcomment.Post(context.Background(), o, b)
	if err != nil || res.Outcome != ghcomment.Created || !res.Short || !res.Summary {
		t.Fatalf("create: %+v, %v", res, err)
	}
	if got := g.bodies()[res.ID]; got != ghcomment.Marker+"\nverdict and link" {
		t.Errorf("posted %q", got)
	}
	if s := summary(t, o); s != "the whole text\n" {
		t.Errorf("summary %q", s)
	}
	// Again: the short one is there already.
	res, err = ghcomment.Post(context.Background(), o, b)
	if err != nil || res.Outcome != ghcomment.Unchanged || !res.Short {
		t.Fatalf("again: %+v, %v", res, err)
	}
	// Accepted now: the whole comment replaces the short one.
	g.reject = ""
	if res, err = ghcomment.Post(context.Background(), o, b); err != nil || res.Outcome != ghcomment.Updated || res.Short {
		t.Fatalf("accepted: %+v, %v", res, err)
	}
	// Refused on edit.
	g.reject = "REFUSE"
	if res, err = ghcomment.Post(context.Background(), o, ghcomment.Body{Comment: "REFUSE again", Short: "short 2"}); err != nil || res.Outcome != ghcomment.Updated || !res.Short {
		t.Fatalf("edit refused: %+v, %v", res, err)
	}
	if got := g.bodies()[res.ID]; got != ghcomment.Marker+"\nshort 2" {
		t.Errorf("posted %q", got)
	}
	// Over the limit (the caller did not cut it): the short one, at once.
	n := len(g.requests)
	long := strings.Repeat("ä", ghcomment.Budget()+1)
	if res, err = ghcomment.Post(context.Background(), o, ghcomment.Body{Comment: long, Short: "short 3"}); err != nil || !res.Short {
		t.Fatalf("too long: %+v, %v", res, err)
	}
	if got := strings.Join(g.requests[n:], " "); got != "GET /repos/o/r/issues/7/comments PATCH /repos/o/r/issues/comments/"+strconv.FormatInt(res.ID, 10) {
		t.Errorf("requests %s", got)
	}
	// Exactly at the limit: posted whole.
	if res, err = ghcomment.Post(context.Background(), o, ghcomment.Body{Comment: long[:len(long)-len("ä")], Short: "short 4"}); err != nil || res.Short {
		t.Fatalf("at the limit: %+v, %v", res, err)
	}
	// An emoji counts two, as in UTF-16.
	if ghcomment.Size("ä😀") != 3 {
		t.Errorf("Size(ä😀) = %d", ghcomment.Size("ä😀"))
	}
}

func TestRateLimitAndTokenSecrecy(t *testing.T) {
	g, o := setup(t)
	g.rateLimited = true
	_, err := ghcomment.Post(context.Background(), o, body("x"))
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
	_, err = ghcomment.Post(context.Background(), o, body("x"))
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
