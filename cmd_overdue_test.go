package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

// TestOverdueIssues: the weekly run opens one issue for the municipality
// whose status reports are overdue, in its language, assigned to its
// maintainers that are users, and re-enables its own workflow.
func TestOverdueIssues(t *testing.T) {
	base, err := testrepo.Base(".")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("validate/testdata/fixtures/example-full.txtar")
	if err != nil {
		t.Fatal(err)
	}
	// The example's maintainer is a team; add a user too.
	before := string(data)
	data = []byte(strings.Replace(before, `maintainers: ["@govmap/esimerkkila-digiturva"]`, `maintainers: ["@govmap/esimerkkila-digiturva", "@maija-m"]`, 1))
	if string(data) == before {
		t.Fatal("the example's maintainers line changed; update this test")
	}
	fx, err := testrepo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fx.Apply(base)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := testrepo.Reference()
	if err != nil {
		t.Fatal(err)
	}
	repo, findings, err := validate.RunFS(fsys, validate.Options{Today: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), Reference: ref})
	if err != nil {
		t.Fatal(err)
	}
	var due []*diag.Finding
	for _, f := range findings {
		if overdueRules[f.Rule] {
			due = append(due, f)
		}
	}
	if len(due) == 0 {
		t.Fatal("nothing is overdue in 2030; the test tests nothing")
	}

	var mu sync.Mutex
	var created map[string]any
	enabled := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/repos/o/r/labels/govmap-overdue":
			io.WriteString(w, `{"name":"govmap-overdue"}`)
		case r.URL.Path == "/repos/o/r/issues" && r.Method == "GET":
			io.WriteString(w, `[]`)
		case r.URL.Path == "/repos/o/r/issues" && r.Method == "POST":
			json.NewDecoder(r.Body).Decode(&created)
			w.WriteHeader(http.StatusCreated)
			io.WriteString(w, `{"number":1}`)
		case r.URL.Path == "/repos/o/r/actions/workflows/overdue.yml/enable" && r.Method == "PUT":
			enabled = true
			w.WriteHeader(http.StatusNoContent)
		default:
			http.Error(w, `{"message":"no"}`, http.StatusNotFound)
		}
	}))
	defer srv.Close()
	t.Setenv("GITHUB_TOKEN", "t0ken")
	t.Setenv("GITHUB_API_URL", srv.URL)

	var out, errb strings.Builder
	c := &cli{name: "overdue", lang: msg.EN, stdout: &out, stderr: &errb}
	if code := overdueIssues(c, repo, due, "o/r", "overdue.yml"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if created == nil || !enabled {
		t.Fatalf("issue made: %v; workflow re-enabled: %v", created != nil, enabled)
	}
	title, _ := created["title"].(string)
	body, _ := created["body"].(string)
	if !strings.Contains(title, "Esimerkkilä (999)") || !strings.HasPrefix(title, "Myöhässä") {
		t.Errorf("title %q: want Finnish, naming the municipality", title)
	}
	if !strings.Contains(body, "<!-- govmap-issue:999 -->") || !strings.Contains(body, "municipalities/999-esimerkkila.cue") {
		t.Errorf("body lacks the marker or the file:\n%s", body)
	}
	if as, _ := created["assignees"].([]any); len(as) != 1 || as[0] != "maija-m" {
		t.Errorf("assignees %v, want the user maintainer only (teams cannot be assigned)", created["assignees"])
	}
	if !strings.Contains(errb.String(), "1 opened") {
		t.Errorf("stderr: %s", errb.String())
	}
}
