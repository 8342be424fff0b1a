package site

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestSearchIndexScript: the search index is a script as well as JSON, so
// search works from the site's folder (file://, where fetch is refused);
// the search page loads it before search.js.
func TestSearchIndexScript(t *testing.T) {
	files := render(t, overlay(t, fullFixture), Options{})
	js := files["assets/search-index.js"]
	body, ok := bytes.CutPrefix(js, []byte("window.govmapSearchIndex = "))
	if !ok || !bytes.HasSuffix(body, []byte(";\n")) {
		t.Fatalf("search-index.js does not set the global: %.80q", js)
	}
	body = bytes.TrimSuffix(body, []byte(";\n"))
	if !bytes.Equal(body, files["assets/search-index.json"]) {
		t.Error("search-index.js and search-index.json differ")
	}
	var list []map[string]any
	if err := json.Unmarshal(body, &list); err != nil || len(list) < 300 {
		t.Fatalf("the index: %d entries, %v", len(list), err)
	}
	for _, page := range []string{"search.html", "sv/search.html", "en/search.html"} {
		s := string(files[page])
		i, j := strings.Index(s, `assets/search-index.js"`), strings.Index(s, `assets/search.js"`)
		if i < 0 || j < 0 || i > j {
			t.Errorf("%s: search-index.js at %d, search.js at %d; want the index first", page, i, j)
		}
		// The live region's words, as plain attribute text (html/template
		// would quote an attribute whose name starts with "on" as script).
		for _, want := range []string{`data-count="%d `, `data-count-one="%d `, `data-none="`} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: no %s", page, want)
			}
		}
		if strings.Contains(s, "fetch") {
			t.Errorf("%s: mentions fetch", page)
		}
	}
}

// TestChartBars: every bar's length is a width class that site.css defines.
func TestChartBars(t *testing.T) {
	files := render(t, overlay(t, fullFixture), Options{})
	css := string(files["assets/site.css"])
	home := string(files["index.html"])
	fills := regexp.MustCompile(`class="bar-fill (w-\d+)"`).FindAllStringSubmatch(home, -1)
	if len(fills) < 20 {
		t.Fatalf("%d bars on the home page", len(fills))
	}
	for _, f := range fills {
		if !strings.Contains(css, "."+f[1]+" { width: ") {
			t.Errorf("site.css lacks .%s", f[1])
		}
	}
	if strings.Contains(home, "<svg") {
		t.Error("the home page still draws an SVG chart")
	}
	for _, c := range []struct{ count, of, want int }{
		{0, 309, 0}, {1, 309, 1}, {1, 8, 13}, {1, 2, 50}, {308, 309, 99}, {309, 309, 100}, {5, 0, 0}, {7, 5, 100},
	} {
		if got := fill(c.count, c.of); got != c.want {
			t.Errorf("fill(%d, %d) = %d, want %d", c.count, c.of, got, c.want)
		}
	}
}
