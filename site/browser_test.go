package site

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser test drives a real headless Chromium through the built site
// (served under a sub-path, as on GitHub Pages) and runs axe-core on the
// main kinds of page. It needs /usr/bin/chromium (or $GOVMAP_CHROMIUM)
// and axe-core's axe.min.js ($GOVMAP_AXE, or the copy .ci/run installs in
// .cache/npm). Without them it skips, loudly; with GOVMAP_REQUIRE_BROWSER=1
// it fails instead.

const defaultAxe = "../.cache/npm/node_modules/axe-core/axe.min.js"

func browserTools(t *testing.T) (chromium, axe string) {
	t.Helper()
	chromium = os.Getenv("GOVMAP_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	axe = os.Getenv("GOVMAP_AXE")
	if axe == "" {
		axe = defaultAxe
	}
	var missing []string
	if _, err := exec.LookPath(chromium); err != nil {
		missing = append(missing, "Chromium at "+chromium+" (apt-get install chromium)")
	}
	if _, err := os.Stat(axe); err != nil {
		missing = append(missing, "axe-core at "+axe+" (npm install --prefix .cache/npm axe-core@4.14.1)")
	}
	if len(missing) > 0 {
		msg := "BROWSER TEST NOT RUN: missing " + strings.Join(missing, " and ") + "; .ci/run installs both"
		if os.Getenv("GOVMAP_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + " (GOVMAP_REQUIRE_BROWSER=1)")
		}
		t.Log(strings.Repeat("!", 72))
		t.Log(msg)
		t.Log(strings.Repeat("!", 72))
		t.Skip(msg)
	}
	return chromium, axe
}

func TestBrowser(t *testing.T) {
	chromium, axePath := browserTools(t)
	axeSource, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}

	// The synthetic, fully filled municipality gives its page content.
	repo := overlay(t, fullFixture)
	dir := filepath.Join(t.TempDir(), "site")
	const sub = "/govmap/"
	if _, err := Build(repo, dir, "", Options{Today: testToday, BaseURL: "https://example.org" + sub}); err != nil {
		t.Fatal(err)
	}
	var reqMu sync.Mutex
	var notFound []string
	files := http.StripPrefix(sub, http.FileServer(http.Dir(dir)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, sub)))); err != nil && !strings.HasSuffix(r.URL.Path, "/") {
			reqMu.Lock()
			notFound = append(notFound, r.URL.Path)
			reqMu.Unlock()
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	base := srv.URL + sub

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bctx, consoleProblems := startBrowser(t, ctx, chromium, 1280, 900)

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		actx, cancel := context.WithTimeout(bctx, 20*time.Second)
		defer cancel()
		if err := chromedp.Do(actx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	str := func(what string, a chromedp.Action[string]) string {
		t.Helper()
		v, err := chromedp.Run(bctx, a)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	num := func(what, expr string) int {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	location := func() string { return str("location", chromedp.Location()) }
	htmlLang := func() string { return str("lang", chromedp.Evaluate[string](`document.documentElement.lang`)) }
	type violation struct {
		ID, Impact, Help string
		Nodes            []struct {
			Target []any
		}
	}
	violations := func(name string) []violation {
		t.Helper()
		// Injected once per page (the tour checks a page at two widths).
		if has, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`typeof axe !== "undefined"`)); err != nil || !has {
			if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](string(axeSource)+";true")); err != nil {
				t.Fatalf("injecting axe on %s: %v", name, err)
			}
		}
		vs, err := chromedp.Run(bctx, chromedp.Evaluate[[]violation](
			`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("axe on %s: %v", name, err)
		}
		return vs
	}
	axe := func(name string) {
		t.Helper()
		for _, v := range violations(name) {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, fmt.Sprint(n.Target))
			}
			msg := fmt.Sprintf("axe on %s: %s (%s): %s at %s", name, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Error(msg)
			} else {
				t.Log(msg)
			}
		}
	}
	click := func(what, sel string) {
		t.Helper()
		do("click "+what, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible), chromedp.WaitReady(chromedp.CSS("main")))
	}
	open := func(path string) {
		t.Helper()
		do("open "+path, chromedp.Navigate(base+path), chromedp.WaitReady(chromedp.CSS("main")))
	}

	// Home: the first Tab reaches the skip link, which moves the focus to
	// the main content.
	open("index.html")
	do("tab", chromedp.KeyEvent("\t"))
	if f := str("focus", chromedp.Evaluate[string](`document.activeElement.className`)); f != "skip-link" {
		t.Errorf("the first Tab focuses %q, want the skip link", f)
	}
	do("skip", chromedp.KeyEvent("\r"), chromedp.Sleep(200*time.Millisecond))
	if f := str("focus", chromedp.Evaluate[string](`document.activeElement.id`)); f != "main" {
		t.Errorf("the skip link moves the focus to %q, want main", f)
	}
	if n := num("charts", `document.querySelectorAll("figure.chart > figcaption + ul.bars").length`); n < 4 {
		t.Errorf("home: %d charts with a title, want 4", n)
	}
	axe("home")

	// Home → counties → a county → a municipality.
	click("counties in the menu", `.main-nav a[href$="counties.html"]`)
	click("county 01", `a[href$="counties/01.html"]`)
	if !strings.HasSuffix(location(), sub+"counties/01.html") {
		t.Fatalf("county: at %s", location())
	}
	axe("county")
	click("Esimerkkilä", `a[href$="municipalities/999.html"]`)
	do("the RACI table", chromedp.WaitReady(chromedp.CSS("table.raci")))
	if !strings.HasSuffix(location(), sub+"municipalities/999.html") {
		t.Fatalf("municipality: at %s", location())
	}
	if n := num("raci", `document.querySelectorAll("table.raci tbody tr").length`); n != 10 {
		t.Errorf("municipality: %d RACI rows, want 10", n)
	}
	if n := num("questions", `document.querySelectorAll("ul.questions li").length`); n < 5 {
		t.Errorf("municipality: %d questions for the council and board, want the bodies' reports and more", n)
	}
	axe("municipality")

	// The page for elected officials, from the main navigation.
	click("for elected officials in the menu", `.main-nav a[href$="officials.html"]`)
	if !strings.HasSuffix(location(), sub+"officials.html") {
		t.Fatalf("officials: at %s", location())
	}
	axe("officials")

	// Search, typed without the dots of ä.
	click("search in the menu", `.main-nav a[href$="search.html"]`)
	axe("search (before typing)")
	do("type", chromedp.SendKeys(chromedp.CSS("#q"), "hameenlinna"),
		chromedp.WaitVisible(chromedp.CSS(`#search-results a[href$="municipalities/109.html"]`)))
	if first := str("first result", chromedp.Text(chromedp.CSS(`#search-results li:first-child a`))); first != "Hämeenlinna" {
		t.Errorf("the first result for hameenlinna is %q", first)
	}
	axe("search (results)")
	click("Hämeenlinna", `#search-results a[href$="municipalities/109.html"]`)
	if !strings.HasSuffix(location(), sub+"municipalities/109.html") {
		t.Fatalf("search result: at %s", location())
	}

	// The language switch keeps the page.
	click("på svenska", `.languages a[hreflang="sv"]`)
	if loc := location(); !strings.HasSuffix(loc, sub+"sv/municipalities/109.html") || htmlLang() != "sv" {
		t.Errorf("switch to Swedish: at %s (lang %s)", loc, htmlLang())
	}
	if h1 := str("h1", chromedp.Text(chromedp.CSS("h1"))); h1 != "Tavastehus" {
		t.Errorf("Swedish page heading %q, want Tavastehus", h1)
	}
	click("in English", `.languages a[hreflang="en"]`)
	if loc := location(); !strings.HasSuffix(loc, sub+"en/municipalities/109.html") || htmlLang() != "en" {
		t.Errorf("switch to English: at %s", loc)
	}
	// The menu's search form hands its words to the search page.
	open("sv/search.html?q=Tavastehus")
	do("search sv", chromedp.WaitVisible(chromedp.CSS(`#search-results a[href$="municipalities/109.html"]`)))

	// An area, an actor and the model.
	open("en/areas/incident-management.html")
	axe("area")
	open("actors/avi.html")
	if now := str("successors", chromedp.Text(chromedp.CSS("#h-now"))); now == "" {
		t.Error("the AVI page does not say who holds its tasks now")
	}
	axe("actor")
	open("model.html")
	axe("cooperation model")

	// axe can fail: an image without a text alternative is critical.
	do("break the page", chromedp.Evaluate[chromedp.Void](`document.querySelector("main").insertAdjacentHTML("beforeend", "<img src='assets/favicon.svg'>")`))
	found := false
	for _, v := range violations("a broken page") {
		found = found || (v.ID == "image-alt" && v.Impact == "critical")
	}
	if !found {
		t.Error("axe did not find an image without alt text; is it running?")
	}

	// Every kind of page, in every language, at 390 and 1366 px; then
	// search from the site's folder.
	strictAxe := func(name string) { // every violation fails, whatever its impact
		t.Helper()
		for _, v := range violations(name) {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, fmt.Sprint(n.Target))
			}
			t.Errorf("axe on %s: %s (%s): %s at %s", name, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
		}
	}
	tourPages(t, bctx, base, samplePages(t, repo), strictAxe)
	searchOffline(t, bctx, dir)

	time.Sleep(200 * time.Millisecond) // let the last console messages arrive
	for _, p := range consoleProblems() {
		t.Error(p)
	}
	reqMu.Lock()
	for _, p := range notFound {
		t.Errorf("the browser asked for a missing file: %s", p)
	}
	reqMu.Unlock()

	// A site built without --base-url, published under a sub-path: the
	// server answers a missing address with 404.html, whose root finder
	// must point its links and stylesheet at the sub-path. (Its probes for
	// the root are 404s by design, so the console is not checked here.)
	plain := filepath.Join(t.TempDir(), "plain")
	if _, err := Build(repo, plain, "", Options{Today: testToday}); err != nil {
		t.Fatal(err)
	}
	const psub = "/plain/"
	pfiles := http.StripPrefix(psub, http.FileServer(http.Dir(plain)))
	psrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rel := strings.TrimPrefix(r.URL.Path, psub)
		if _, err := os.Stat(filepath.Join(plain, filepath.FromSlash(rel))); err != nil || !strings.HasPrefix(r.URL.Path, psub) {
			b, _ := os.ReadFile(filepath.Join(plain, "404.html"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(b)
			return
		}
		pfiles.ServeHTTP(w, r)
	}))
	defer psrv.Close()
	do("open a missing page", chromedp.Navigate(psrv.URL+psub+"municipalities/no/such.html"), chromedp.WaitReady(chromedp.CSS("main")),
		chromedp.Poll[chromedp.Void](`document.documentElement.getAttribute("data-root") === "`+psub+`"`, chromedp.WithPollingTimeout(10*time.Second)))
	if home := str("home link", chromedp.Evaluate[string](`document.querySelector("main a").getAttribute("href")`)); home != psub+"index.html" {
		t.Errorf("404 under %s: the home link is %q", psub, home)
	}
	// The stylesheet loads after the root finder has set its address: wait
	// for it (a busy machine is slow).
	pctx, pcancel := context.WithTimeout(bctx, 15*time.Second)
	defer pcancel()
	if _, err := chromedp.Run(pctx, chromedp.Poll[bool](`[...document.styleSheets].filter(s => s.href && s.href.includes("`+psub+`assets/site.css") && s.cssRules.length > 0).length === 1`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("404 under %s: the stylesheet did not load from the sub-path (%v)", psub, err)
	}
}

// startBrowser starts a headless Chromium of the given window size for the
// test (closed when the test ends) and collects every console error (a CSP
// violation, a failed request, a script error); problems returns them so
// far, each of which should fail the test.
func startBrowser(t *testing.T, ctx context.Context, chromium string, width, height int) (bctx context.Context, problems func() []string) {
	t.Helper()
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if _, err := chromedp.Run(bctx, chromedp.Location()); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	var mu sync.Mutex
	var found []string
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				found = append(found, fmt.Sprintf("console %s: %s (%s)", m.Type, m.Text, m.URL))
				mu.Unlock()
			}
		}
	}()
	return bctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(found)
	}
}
