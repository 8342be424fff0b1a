package ghcomment_test

import (
	"context"
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

	"github.com/govmap/govmap/ghcomment"
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
