package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// The browser test's tour of every kind of page, in every language, at a
// phone's width and a laptop's, and its offline search from the site's
// folder. TestBrowser calls these with its one browser and its one build.

// browserWidths are the widths every page is checked at, in CSS pixels: a
// phone held upright and a common laptop.
var browserWidths = []int64{390, 1366}

// screenshotDir is where the test leaves screenshots for a reviewer
// (git-ignored, under .cache).
const screenshotDir = "../.cache/screenshots"

// samplePages picks one page of every kind (every template) in every
// language, from the build's own list of pages, so a kind added later is
// toured too; municipalities twice, the filled example (999) and one that
// has reported nothing, and every area in the first language.
func samplePages(t *testing.T, repo *model.Repository) []*page {
	t.Helper()
	var out []*page
	seen := map[string]bool{}
	emptyMuni := map[string]bool{}
	for _, p := range newBuilder(repo, Options{Today: testToday}).pages() {
		key := p.Lang + " " + p.Kind
		switch {
		case p.Kind == "municipality" && p.Path == municipalityPath("999"):
			out = append(out, p)
		case p.Kind == "municipality":
			if !emptyMuni[p.Lang] {
				emptyMuni[p.Lang] = true
				out = append(out, p)
			}
		case p.Kind == "area" && p.Lang == string(Languages[0]):
			// The areas' tables differ most (requirement rows with long
			// reasons): every area, in the first language.
			seen[key] = true
			out = append(out, p)
		case !seen[key]:
			seen[key] = true
			out = append(out, p)
		}
	}
	// Every template is in the tour, in every language.
	for _, k := range pageKinds {
		if k != "municipality" && !seen[string(Languages[0])+" "+k] {
			t.Errorf("no %s page to check", k)
		}
	}
	return out
}

// layoutCheck returns what is wrong with the page's layout at the current
// width: the page scrolls sideways (a wide table may scroll inside its own
// region), visible text is smaller than 12 px, or a chart's label or value
// is cut or outside its chart or the window.
const layoutCheck = `(() => {
	const out = [];
	const W = window.innerWidth;
	const de = document.documentElement;
	const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
	if (de.scrollWidth > W) {
		// The widest boxes and texts, outside the wide tables' regions.
		const inRegion = n => n.parentElement && n.parentElement.closest(".table-scroll");
		const wide = [...document.body.querySelectorAll("*")]
			.filter(el => !inRegion(el) && el.getBoundingClientRect().right > W + 0.5)
			.slice(-3).map(el => name(el) + " (right " + Math.round(el.getBoundingClientRect().right) + ")");
		const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		while (texts.nextNode() && wide.length < 6) {
			const n = texts.currentNode;
			if (inRegion(n) || !n.data.trim()) { continue; }
			range.selectNodeContents(n);
			const right = range.getBoundingClientRect().right;
			if (right > W + 0.5) { wide.push("text " + JSON.stringify(n.data.trim().slice(0, 40)) + " in " + name(n.parentElement) + " (right " + Math.round(right) + ")"); }
		}
		out.push("the page is " + de.scrollWidth + " px wide in a " + W + " px window: " + wide.join(", "));
	}
	const small = new Set();
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	while (walk.nextNode()) {
		const el = walk.currentNode.parentElement;
		if (!walk.currentNode.data.trim() || !el || small.has(el)) { continue; }
		if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true}) || el.closest(".visually-hidden")) { continue; }
		const size = parseFloat(getComputedStyle(el).fontSize);
		if (size < 12) {
			small.add(el);
			out.push("text of " + (Math.round(size * 10) / 10) + " px: " + name(el) + " " + JSON.stringify(walk.currentNode.data.trim().slice(0, 40)));
		}
	}
	for (const el of document.querySelectorAll("figure.chart .chart-title, figure.chart .bar-label, figure.chart .bar-value")) {
		const r = el.getBoundingClientRect();
		const c = el.closest("figure").getBoundingClientRect();
		const what = name(el) + " " + JSON.stringify(el.textContent.trim().slice(0, 40));
		if (el.scrollWidth > el.clientWidth + 0.5) {
			out.push("chart text cut (" + el.scrollWidth + " px in " + el.clientWidth + " px): " + what);
		}
		if (r.width === 0 || r.left < Math.max(0, c.left) - 0.5 || r.right > Math.min(W, c.right) + 0.5) {
			out.push("chart text outside its chart or the window (" + Math.round(r.left) + "–" + Math.round(r.right) + " px): " + what);
		}
	}
	return out;
})()`

// tourPages opens every sample page and checks it at every width with
// axe-core and layoutCheck; it leaves screenshots of the home page, the
// filled municipality and the heat map at 390 px for a reviewer.
func tourPages(t *testing.T, ctx context.Context, base string, pages []*page, axe func(name string)) {
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	shoot := func(name string, a chromedp.Action[[]byte]) {
		t.Helper()
		png, err := chromedp.Run(ctx, a)
		if err == nil {
			err = os.WriteFile(filepath.Join(screenshotDir, name), png, 0o644)
		}
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
		}
	}
	defer func() {
		if _, err := chromedp.Run(ctx, chromedp.EmulateReset()); err != nil {
			t.Errorf("resetting the viewport: %v", err)
		}
	}()
	start := time.Now()
	for _, p := range pages {
		file := p.File()
		actx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := chromedp.Do(actx, chromedp.Navigate(base+file), chromedp.WaitReady(chromedp.CSS("main")))
		cancel()
		if err != nil {
			t.Errorf("open %s: %v", file, err)
			continue
		}
		pageStart := time.Now()
		for _, w := range browserWidths {
			name := fmt.Sprintf("%s at %d px", file, w)
			if _, err := chromedp.Run(ctx, chromedp.EmulateViewport(w, 900)); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](layoutCheck))
			if err != nil {
				t.Fatalf("%s: layout check: %v", name, err)
			}
			for _, pr := range problems {
				t.Errorf("%s: %s", name, pr)
			}
			// axe-core at the phone's width in every language, at both
			// widths in the default one (its rules hardly depend on the
			// width; this keeps the test's time down).
			if w == browserWidths[0] || p.Lang == Languages[0] {
				axe(name)
			}
			if w != 390 || p.Lang != "fi" {
				continue
			}
			switch {
			case p.Kind == "home":
				shoot("home-fi-390.png", chromedp.FullScreenshot(100))
			case p.Kind == "municipality" && p.Path == municipalityPath("999"):
				shoot("municipality-999-fi-390.png", chromedp.FullScreenshot(100))
			case p.Kind == "model":
				// The heat map's region at the top of the window, then
				// scrolled right and down inside it: the areas and the
				// actors stay in view.
				for _, sh := range []struct{ file, js string }{
					{"heatmap-fi-390.png", `r.scrollLeft = 0; r.scrollTop = 0;`},
					{"heatmap-scrolled-fi-390.png", `r.scrollLeft = 240; r.scrollTop = 160;`},
				} {
					if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.querySelector(".table-scroll.tall"); r.scrollIntoView(); `+sh.js+` return true; })()`)); err != nil {
						t.Errorf("scrolling the heat map: %v", err)
					}
					shoot(sh.file, chromedp.CaptureScreenshot())
				}
				stuck, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
					const r = document.querySelector(".table-scroll.tall").getBoundingClientRect();
					const row = document.querySelector("table.heatmap tbody tr:nth-child(6) th").getBoundingClientRect();
					const col = document.querySelector("table.heatmap thead th:nth-child(4)").getBoundingClientRect();
					return Math.abs(row.left - r.left) < 2 && Math.abs(col.top - r.top) < 2;
				})()`))
				if err != nil || !stuck {
					t.Errorf("heat map scrolled inside its region: the row and column headers do not stay in view (%v)", err)
				}
			}
		}
		t.Logf("%s: %s", file, time.Since(pageStart).Round(time.Millisecond))
	}
	// The layout check can fail: a wide box, small text and a cut chart
	// label are each found.
	actx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(actx, chromedp.Navigate(base+"index.html"), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
		t.Fatalf("open index.html: %v", err)
	}
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const d = document.createElement("div");
		d.textContent = "x";
		d.style.width = "3000px";
		d.style.fontSize = "9px";
		document.querySelector("main").append(d);
		const l = document.querySelector(".bar-label");
		l.style.whiteSpace = "nowrap";
		l.style.overflow = "hidden";
		l.style.width = "2rem";
		return true;
	})() && `+layoutCheck))
	if err != nil {
		t.Fatalf("breaking the layout: %v", err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{" px wide in a ", "text of 9 px", "chart text cut"} {
		if !strings.Contains(all, want) {
			t.Errorf("the layout check did not find %q on a broken page; it found:\n%s", want, all)
		}
	}
	t.Logf("%d pages at %d widths in %s", len(pages), len(browserWidths), time.Since(start).Round(time.Millisecond))
}

// searchOffline opens the built site from its folder (file://, where a
// page may not fetch) and searches a municipality's name in every
// language: the results and the live region's count come from
// search-index.js.
func searchOffline(t *testing.T, ctx context.Context, dir string) {
	for _, c := range []struct {
		lang     msg.Lang
		prefix   string
		query    string
		name     string
		noResult string
	}{
		{msg.FI, "", "hameenlinna", "Hämeenlinna", "xyzzy"},
		{msg.SV, "sv/", "Tavastehus", "Tavastehus", "xyzzy"},
		{msg.EN, "en/", "Hameenlinna", "Hämeenlinna", "xyzzy"},
	} {
		u := "file://" + filepath.ToSlash(dir) + "/" + c.prefix + "search.html"
		actx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err := chromedp.Do(actx,
			chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("main")),
			chromedp.SendKeys(chromedp.CSS("#q"), c.query),
			chromedp.WaitVisible(chromedp.CSS(`#search-results a[href$="municipalities/109.html"]`)))
		cancel()
		if err != nil {
			t.Errorf("search %q from the folder (%s): %v", c.query, c.lang, err)
			continue
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.querySelector("#search-results li:first-child a").textContent, document.getElementById("search-status").textContent, String(document.querySelectorAll("#search-results li").length), String(document.getElementById("search-all").hidden)]`))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		fmt.Sscan(got[2], &n)
		format := "search.results"
		if n == 1 {
			format = "search.results-one"
		}
		want := strings.Replace(strings.Replace(msg.T(c.lang, format), "%d", got[2], 1), "%s", c.query, 1)
		if got[0] != c.name || got[1] != want || got[3] != "true" {
			t.Errorf("search %q from the folder (%s): first %q, status %q (want %q), the full list hidden %s", c.query, c.lang, got[0], got[1], want, got[3])
		}
		// A word nothing matches: the status says so, the list is empty.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const q = document.getElementById("q"); q.value = "`+c.noResult+`"; q.dispatchEvent(new Event("input")); return true; })()`)); err != nil {
			t.Fatal(err)
		}
		status, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("search-status").textContent`))
		if want := strings.Replace(msg.T(c.lang, "search.no-results"), "%s", c.noResult, 1); err != nil || status != want {
			t.Errorf("search %q from the folder (%s): status %q, want %q (%v)", c.noResult, c.lang, status, want, err)
		}
	}
}
