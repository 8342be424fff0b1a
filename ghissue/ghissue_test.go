package ghissue_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/govmap/govmap/ghapi"
	"github.com/govmap/govmap/ghissue"
)

// fakeIssues is the part of GitHub's issues API that Sync uses, in memory.
type fakeIssues struct {
	mu       sync.Mutex
	labels   map[string]bool
	issues   map[int]map[string]any
	comments map[int][]string
	next     int
	// users GitHub accepts as assignees.
	users map[string]bool
}

var numRE = regexp.MustCompile(`^/repos/o/r/issues/(\d+)(/comments)?$`)

func (f *fakeIssues) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	var in map[string]any
	if r.Body != nil {
		json.NewDecoder(r.Body).Decode(&in)
	}
	reply := func(code int, v any) {
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(v)
	}
	badAssignee := func() bool {
		as, _ := in["assignees"].([]any)
		for _, a := range as {
			if !f.users[a.(string)] {
				reply(http.StatusUnprocessableEntity, map[string]any{"message": "Validation Failed"})
				return true
			}
		}
		return false
	}
	setAssignees := func(is map[string]any) {
		if as, ok := in["assignees"].([]any); ok {
			var us []map[string]any
			for _, a := range as {
				us = append(us, map[string]any{"login": a})
			}
			is["assignees"] = us
		}
	}
	switch {
	case strings.HasPrefix(r.URL.Path, "/repos/o/r/labels/"):
		if f.labels[strings.TrimPrefix(r.URL.Path, "/repos/o/r/labels/")] {
			reply(200, map[string]any{"name": "x"})
		} else {
			reply(404, map[string]any{"message": "Not Found"})
		}
	case r.URL.Path == "/repos/o/r/labels" && r.Method == "POST":
		f.labels[in["name"].(string)] = true
		reply(201, in)
	case r.URL.Path == "/repos/o/r/issues" && r.Method == "GET":
		var out []map[string]any
		for n := 1; n <= f.next; n++ {
			if is, ok := f.issues[n]; ok && is["state"] == "open" {
				out = append(out, is)
			}
		}
		reply(200, out)
	case r.URL.Path == "/repos/o/r/issues" && r.Method == "POST":
		if badAssignee() {
			return
		}
		f.next++
		is := map[string]any{"number": f.next, "title": in["title"], "body": in["body"], "state": "open"}
		setAssignees(is)
		f.issues[f.next] = is
		reply(201, is)
	case numRE.MatchString(r.URL.Path):
		m := numRE.FindStringSubmatch(r.URL.Path)
		n, _ := strconv.Atoi(m[1])
		is := f.issues[n]
		if m[2] != "" {
			f.comments[n] = append(f.comments[n], in["body"].(string))
			reply(201, map[string]any{"id": 1})
			return
		}
		if badAssignee() {
			return
		}
		for _, k := range []string{"title", "body", "state"} {
			if v, ok := in[k]; ok {
				is[k] = v
			}
		}
		setAssignees(is)
		reply(200, is)
	default:
		reply(404, map[string]any{"message": "no route " + r.Method + " " + r.URL.Path})
	}
}

func TestSync(t *testing.T) {
	f := &fakeIssues{labels: map[string]bool{}, issues: map[int]map[string]any{}, comments: map[int][]string{}, users: map[string]bool{"maija": true}}
	srv := httptest.NewServer(f)
	defer srv.Close()
	client, err := ghapi.Client("t", srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	o := ghissue.Options{Owner: "o", Repo: "r", Label: "govmap-overdue", Closing: "Kunnossa."}
	ctx := context.Background()

	// First run: two municipalities overdue; one maintainer is no user
	// GitHub can assign, so that issue is opened without assignees.
	res, err := ghissue.Sync(ctx, client, o, []ghissue.Issue{
		{Key: "091", Title: "Helsinki", Body: "a", Assignees: []string{"maija"}},
		{Key: "049", Title: "Espoo", Body: "b", Assignees: []string{"nobody"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res != (ghissue.Result{Opened: 2}) || !f.labels["govmap-overdue"] {
		t.Fatalf("first run: %+v, labels %v", res, f.labels)
	}
	if as := f.issues[1]["assignees"]; as == nil {
		t.Error("the Helsinki issue is not assigned to its maintainer")
	}
	// Second run: the same for Helsinki, Espoo's text changed.
	res, err = ghissue.Sync(ctx, client, o, []ghissue.Issue{
		{Key: "091", Title: "Helsinki", Body: "a", Assignees: []string{"maija"}},
		{Key: "049", Title: "Espoo", Body: "b2"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res != (ghissue.Result{Updated: 1, Unchanged: 1}) || !strings.HasSuffix(f.issues[2]["body"].(string), "b2") {
		t.Fatalf("second run: %+v, body %q", res, f.issues[2]["body"])
	}
	// Third run: Helsinki reported; its issue is closed with a comment.
	res, err = ghissue.Sync(ctx, client, o, []ghissue.Issue{{Key: "049", Title: "Espoo", Body: "b2"}})
	if err != nil {
		t.Fatal(err)
	}
	if res != (ghissue.Result{Unchanged: 1, Closed: 1}) || f.issues[1]["state"] != "closed" || len(f.comments[1]) != 1 {
		t.Fatalf("third run: %+v, state %v, comments %v", res, f.issues[1]["state"], f.comments[1])
	}
	if len(f.issues) != 2 {
		t.Errorf("%d issues made, want 2", len(f.issues))
	}
}
