package site

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/govmap/govmap/internal/editcheck"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/internal/wasmbuild"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/request"
)

var updateEditor = flag.Bool("update-editor", false, "rewrite testdata/editor-golden.cue")

// TestEditor fills the synthetic municipality's form in a real Chromium
// with the validator compiled to WebAssembly: a role, a body with its
// cadence, a row of the matrix; a wrong date gets a finding in Finnish
// next to its field, which goes when the date is fixed; Send opens
// GitHub's issue form with the request, and that request merged into the
// municipality's file (request.Merge, what govmap apply writes) is the
// golden file. axe finds nothing on the page at 390 and 1366 px.
func TestEditor(t *testing.T) {
	chromium, axePath := browserTools(t)
	axeSource, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	base, err := testrepo.Base("..")
	if err != nil {
		t.Fatal(err)
	}
	repo, err := model.LoadFS(base)
	if _, ok := model.Findings(err); !ok {
		t.Fatal(err)
	}
	bctx0, cancel0 := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel0()
	start := time.Now()
	wasm, err := wasmbuild.Build(bctx0, "..")
	if err != nil {
		t.Fatal(err)
	}
	// The budget's measurements are logged (go test -v), not asserted:
	// the transfer size as served compressed, the first check and a check
	// after an edit in headless Chromium.
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm.Wasm)
	zw.Close()
	t.Logf("budget: the validator is %d bytes, %d gzip -9 (cached: %v, %s)", len(wasm.Wasm), gz.Len(), wasm.Cached, time.Since(start).Round(time.Millisecond))
	bundle, err := editcheck.MakeBundle(base)
	if err != nil {
		t.Fatal(err)
	}
	bundleJSON, err := json.Marshal(bundle)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "site")
	const sub = "/govmap/"
	opts := Options{Today: testToday, Repo: "example/govmap-test", Editor: &Editor{Wasm: wasm.Wasm, WasmExec: wasm.WasmExec, Bundle: bundleJSON}}
	if _, err := Build(repo, dir, "", opts); err != nil {
		t.Fatal(err)
	}
	files := http.StripPrefix(sub, http.FileServer(http.Dir(dir)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Content-Type", "application/wasm")
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	bctx, consoleProblems := startBrowser(t, ctx, chromium, 390, 844)
	do := func(what string, timeout time.Duration, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		actx, cancel := context.WithTimeout(bctx, timeout)
		defer cancel()
		if err := chromedp.Do(actx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, expr string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	type violation struct {
		ID, Impact, Help string
		Nodes            []struct{ Target []any }
	}
	axe := func(name string) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](string(axeSource)+";true")); err != nil {
			t.Fatalf("injecting axe on %s: %v", name, err)
		}
		vs, err := chromedp.Run(bctx, chromedp.Evaluate[[]violation](
			`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("axe on %s: %v", name, err)
		}
		for _, v := range vs {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, fmt.Sprint(n.Target))
			}
			t.Errorf("axe on %s: %s (%s): %s at %s", name, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
		}
	}
	// Each change waits for the debounced check that follows it.
	checks := func() string {
		return eval("checks", `document.getElementById("editor").getAttribute("data-checks") || "0"`)
	}
	typeInto := func(what, sel, value string) {
		t.Helper()
		before := checks()
		eval("clear "+what, `(function(){document.querySelector(`+jsString(sel)+`).value="";return "";})()`)
		do("type "+what, 20*time.Second, chromedp.SendKeys(chromedp.CSS(sel), value))
		waitCheck(t, eval, before)
	}
	choose := func(what, sel string, values ...string) {
		t.Helper()
		before := checks()
		js, _ := json.Marshal(values)
		eval("choose "+what, `(function(){var s=document.querySelector(`+jsString(sel)+`);var v=`+string(js)+`;
			Array.prototype.forEach.call(s.options,function(o){o.selected=v.indexOf(o.value)>=0;});
			s.dispatchEvent(new Event("change"));return "";})()`)
		waitCheck(t, eval, before)
	}

	// The municipality page links to the editor in its language.
	do("open the municipality", 30*time.Second, chromedp.Navigate(srv.URL+sub+"municipalities/999.html"), chromedp.WaitReady(chromedp.CSS("main")))
	do("open the editor", 30*time.Second, chromedp.Click(chromedp.CSS(`a[href*="edit.html?code=999"]`), chromedp.NodeVisible),
		chromedp.WaitReady(chromedp.CSS("#editor-form")))
	start = time.Now()
	do("the validator starts", 120*time.Second, chromedp.WaitReady(chromedp.CSS(`#editor[data-validator="ready"][data-checks]`)))
	t.Logf("budget: the validator ready and the first check done %s after the page opened (first check %s ms)",
		time.Since(start).Round(time.Millisecond), eval("ms", `document.getElementById("editor").getAttribute("data-check-ms")`))

	// The breadcrumb leads back to the municipality.
	if n := eval("crumb", `String(document.querySelectorAll('nav.breadcrumbs a[href$="municipalities/999.html"]').length)`); n != "1" {
		t.Errorf("the breadcrumb has %s links to the municipality", n)
	}

	// A role, a body with its cadence and a row of the matrix. The role
	// is chosen among the model's kinds, not typed as an id.
	before := checks()
	do("add a role", 10*time.Second, chromedp.Click(chromedp.CSS("#add-role"), chromedp.NodeVisible))
	waitCheck(t, eval, before)
	if v := eval("role kind", `document.querySelector('[data-path="roles/data-protection-officer/kind"]').value`); v != "data-protection-officer" {
		t.Errorf("the new role's kind is %q", v)
	}
	// A known kind needs no identifier: its field is not shown.
	if shown := eval("other id", `String(document.querySelector('input[data-path="roles/data-protection-officer"]').offsetParent !== null)`); shown != "false" {
		t.Errorf("the identifier of another role is shown for a known role")
	}
	typeInto("the role's title", `[data-path="roles/data-protection-officer/title/fi"]`, "Tietosuojavastaava")
	typeInto("the role's mailbox", `[data-path="roles/data-protection-officer/mailbox"]`, "tietosuoja@esimerkkila.fi")
	before = checks()
	do("add a body", 10*time.Second, chromedp.Click(chromedp.CSS("#add-body"), chromedp.NodeVisible))
	waitCheck(t, eval, before)
	// The body's identifier, left alone, follows its type.
	choose("the body's type", `[data-path="bodies/board/type"]`, "council")
	choose("the body's type back", `[data-path="bodies/council/type"]`, "board")
	typeInto("the body's name", `[data-path="bodies/board/name/fi"]`, "Kunnanhallitus")
	// The matrix shows the body by its name.
	if l := eval("party label", `document.querySelector('[data-path="raci/data-protection/accountable"] option[value="body:board"]').textContent`); l != "Kunnanhallitus" {
		t.Errorf("the matrix shows the body as %q", l)
	}
	typeInto("the body's cadence", `[data-path="bodies/board/statusReportEveryMonths"]`, "12")
	choose("R of data protection", `[data-path="raci/data-protection/responsible"]`, "role:data-protection-officer")
	choose("A of data protection", `[data-path="raci/data-protection/accountable"]`, "body:board")
	typeInto("the status's review date", `#status-reviewed`, "2026-11-20")
	typeInto("the review cadence", `#status-every`, "12")
	typeInto("the maintainers", `#maintainers`, "@esimerkkila-digi")
	perEdit := eval("ms", `document.getElementById("editor").getAttribute("data-check-ms")`)
	t.Logf("budget: a check after an edit took %s ms", perEdit)

	// A mistake: a date that is no date. The finding is in Finnish, next
	// to the field, which points to it.
	last := `input[data-path="bodies/board/statusReports"]`
	typeInto("a wrong report date", last, "2026-13-45")
	errText := eval("the field's error", `(function(){var i=document.querySelector(`+jsString(last)+`);
		var ids=(i.getAttribute("aria-describedby")||"").split(" ");
		return ids.map(function(id){var e=document.getElementById(id);return e&&e.classList.contains("field-error")?e.textContent:"";}).join("|");})()`)
	if !strings.Contains(errText, "virhe") {
		t.Fatalf("no finding in Finnish next to the wrong date: %q\nfindings: %s", errText, eval("findings", `document.getElementById("findings").textContent`))
	}
	t.Logf("the finding: %s", errText)
	// Next to its field the message names no CUE path and has no
	// generic hint.
	if strings.Contains(errText, "bodies.") || strings.Contains(errText, "skeema") {
		t.Errorf("the finding next to the field reads like a programmer's: %q", errText)
	}
	// While a check runs, the list says so.
	busy := eval("checking", `(function(){var i=document.querySelector(`+jsString(last)+`);i.value="2026-13-4";
		i.dispatchEvent(new Event("input"));var f=document.getElementById("findings");
		return (f.getAttribute("aria-busy")||"")+"|"+f.textContent;})()`)
	if !strings.HasPrefix(busy, "true|Tarkistetaan") {
		t.Errorf("no 'Tarkistetaan…' while checking: %q", busy)
	}
	waitCheck(t, eval, checks())
	if inv := eval("invalid", `document.querySelector(`+jsString(last)+`).getAttribute("aria-invalid")||""`); inv != "true" {
		t.Errorf("the wrong date's field is not aria-invalid")
	}
	typeInto("the right report date", last, "2026-11-01")
	if errText := eval("the field's error", `document.querySelector(`+jsString(last)+`).getAttribute("aria-describedby")||""`); errText != "" {
		t.Errorf("the finding stayed after the fix: %q", errText)
	}
	// The synthetic municipality 999 is not in the embedded reference
	// data the page's validator holds (reference-unknown): the one error
	// left that the form cannot fix.
	if n := eval("errors", `String(document.querySelectorAll('#findings .finding.error:not([data-rule="reference-unknown"])').length)`); n != "0" {
		t.Errorf("%s errors left: %s", n, eval("findings", `document.getElementById("findings").textContent`))
	}
	// Reported: a required role the form can add says so in words, next
	// to the roles; the findings on parts the form does not edit are
	// folded apart. Then back to not reported.
	before = checks()
	do("reported", 10*time.Second, chromedp.Click(chromedp.CSS("#status-reported"), chromedp.NodeVisible))
	waitCheck(t, eval, before)
	t.Logf("reported: %s", eval("findings", `document.getElementById("findings").innerText`))
	role := eval("required role", `(function(){var e=document.querySelector('#f-roles > .field-error');return e?e.textContent:"";})()`)
	if !strings.Contains(role, "Lisää rooli lomakkeella") {
		t.Errorf("the missing role does not point at the form: %q", role)
	}
	if n := eval("folded", `String(document.querySelectorAll('#findings details.other-findings li').length)`); n == "0" {
		t.Errorf("no findings folded apart")
	} else if in := eval("folded rules", `Array.prototype.map.call(document.querySelectorAll('#findings details.other-findings li'),function(l){return l.getAttribute("data-rule")+" "+l.textContent;}).filter(function(t){return /^(required-role|no-maintainers) /.test(t);}).join("|")`); in != "" {
		t.Errorf("findings the form fixes are folded apart: %s", in)
	}
	axe("the editor with the findings of a report at 390 px")
	before = checks()
	do("not reported", 10*time.Second, chromedp.Click(chromedp.CSS("#status-reported"), chromedp.NodeVisible))
	waitCheck(t, eval, before)

	axe("the editor at 390 px")
	// Nothing of the form is wider than the page's main column (the
	// column itself is the responsive layout's, tested in TestBrowser).
	t.Logf("at 390 px the document is %s px wide", eval("width", `String(document.documentElement.scrollWidth)`))
	if wide := eval("wide", `(function(){var m=document.getElementById("main").getBoundingClientRect().right;return Array.prototype.filter.call(document.querySelectorAll("#editor *"),function(e){return e.getBoundingClientRect().right>m+1;}).slice(0,8).map(function(e){return e.tagName+"#"+e.id+"."+e.className+" "+Math.round(e.getBoundingClientRect().right);}).join(", ");})()`); wide != "" {
		t.Errorf("wider than the main column at 390 px: %s", wide)
	}
	do("1366 px", 10*time.Second, chromedp.EmulateViewport(1366, 900))
	axe("the editor at 1366 px")

	// Send: the test takes the address the page opens.
	eval("intercept", `(function(){window.open=function(u){window.__sent=u;return null;};return "";})()`)
	do("send", 10*time.Second, chromedp.Click(chromedp.CSS("#send"), chromedp.NodeVisible))
	sent := eval("sent", `window.__sent||""`)
	u, err := url.Parse(sent)
	if err != nil || u.Host != "github.com" || u.Path != "/example/govmap-test/issues/new" {
		t.Fatalf("Send opened %q", sent)
	}
	q := u.Query()
	if q.Get("template") != IssueTemplate || q.Get(IssueFieldCode) != "999 Esimerkkilä / Exempelby" || !strings.Contains(q.Get("title"), "Esimerkkilä") {
		t.Errorf("the issue's fields: %v", q)
	}
	// The form's request field renders as a cue block (render: cue): the
	// issue's body is that block under the field's heading.
	body := "### Muutos / Ändring / Change\n\n```cue\n" + q.Get(IssueFieldRequest) + "```\n"
	current := base[testrepo.SyntheticFile].Data
	merged, err := request.MergeWith(current, testrepo.SyntheticFile, []byte(body), request.Options{Code: "999"})
	if err != nil {
		t.Fatalf("the request does not merge: %v\n%s", err, body)
	}
	golden := filepath.Join("testdata", "editor-golden.cue")
	if *updateEditor {
		if err := os.WriteFile(golden, merged, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(merged) != string(want) {
		t.Errorf("the merged file differs from %s:\n%s\n--- the request:\n%s", golden, merged, body)
	}
	for _, p := range consoleProblems() {
		t.Error(p)
	}
}

// waitCheck waits until the editor has checked again after a change, and
// then checks no more for a while (the check is debounced by 300 ms).
func waitCheck(t *testing.T, eval func(string, string) string, before string) {
	t.Helper()
	count := func() string {
		return eval("checks", `document.getElementById("editor").getAttribute("data-checks") || "0"`)
	}
	deadline := time.Now().Add(20 * time.Second)
	last, since := before, time.Now()
	for time.Now().Before(deadline) {
		c := count()
		if c != last {
			last, since = c, time.Now()
		}
		if last != before && time.Since(since) > 700*time.Millisecond {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no check after the change (still %s)", before)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
