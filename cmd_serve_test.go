package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// TestServeShowsErrors: while the repository has errors, govmap serve
// answers every address with a page that lists them (escaped, in the
// chosen language) and reloads itself; once the file is fixed the site is
// back; a missing address gets the site's own 404 page with status 404.
func TestServeShowsErrors(t *testing.T) {
	dir := copyRepo(t)
	var stdout, stderr lockedBuffer
	p := &preview{
		opts: serveOptions{dir: dir, today: "2026-11-23", repo: "govmap/govmap"},
		c:    &cli{name: "serve", lang: msg.SV, stdout: &stdout, stderr: &stderr},
		tmp:  t.TempDir(),
	}
	srv := httptest.NewServer(p)
	defer srv.Close()
	get := func(path string) (int, http.Header, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, string(b)
	}

	p.build()
	code, _, body := get("/sv/index.html")
	if code != http.StatusOK || !strings.Contains(body, `<html lang="sv">`) {
		t.Fatalf("GET /sv/index.html: %d", code)
	}

	// A missing address: the site's 404 page, with status 404.
	notFound, err := os.ReadFile(filepath.Join(*p.current.Load(), "404.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/no/such.html", "/municipalities/", "/assets/nothing.css"} {
		code, _, body = get(path)
		if code != http.StatusNotFound || body != string(notFound) {
			t.Errorf("GET %s: %d, the site's 404 page %v", path, code, body == string(notFound))
		}
	}

	// Break a file: every address shows the finding, escaped.
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append(good, []byte("\nbroken: <b>\"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	p.build()
	for _, path := range []string{"/sv/index.html", "/municipalities/091.html", "/no/such.html"} {
		code, h, body := get(path)
		if code != http.StatusServiceUnavailable {
			t.Errorf("GET %s with an error: %d", path, code)
		}
		for _, want := range []string{
			`<html lang="sv">`,
			`<meta http-equiv="refresh" content="2">`,
			"<h1>" + msg.T(msg.SV, "serve.error-title") + "</h1>",
			"municipalities/091-helsinki.cue:",
			msg.T(msg.SV, "severity.error"),
		} {
			if !strings.Contains(body, want) {
				t.Errorf("GET %s with an error: the page lacks %q:\n%s", path, want, body)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("GET %s: the error page's CSP is %q", path, csp)
		}
	}
	if !strings.Contains(stderr.String(), "091-helsinki.cue") {
		t.Errorf("the finding is not on stderr:\n%s", stderr.String())
	}

	// Every text of a finding is escaped.
	rec := httptest.NewRecorder()
	p.errorPage(rec, &buildProblem{Findings: []*diag.Finding{{Rule: "syntax", Severity: diag.Error,
		Pos: diag.Pos{File: "municipalities/<i>.cue", Line: 1, Col: 2}, Message: "<script>x</script>", Hint: "a & b"}}})
	if b := rec.Body.String(); !strings.Contains(b, "municipalities/&lt;i&gt;.cue:1:2") || !strings.Contains(b, "&lt;script&gt;x&lt;/script&gt;") ||
		!strings.Contains(b, "Tips: a &amp; b") || strings.Contains(b, "<script>") || strings.Contains(b, "<i>") {
		t.Errorf("the error page does not escape the finding:\n%s", b)
	}

	// Fix it: the site is back.
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	p.build()
	if code, _, body := get("/sv/index.html"); code != http.StatusOK || !strings.Contains(body, `<html lang="sv">`) || strings.Contains(body, "refresh") {
		t.Errorf("GET /sv/index.html after the fix: %d", code)
	}
}
