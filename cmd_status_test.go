package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/site"
)

// TestStatusMatchesSite: govmap status and the site built from the same
// repository give the same figures, in each language: per county (and
// Åland's row of no county) the municipalities, reported, population,
// reports up to date, average completeness and the shares of the home
// page's charts, in the same order, under the same names. A few
// municipalities report in a temporary copy (test data only, no facts
// about them), one of them Åland's, so the figures are not all zero.
func TestStatusMatchesSite(t *testing.T) {
	dir := copyRepo(t)
	reported := `	status: {reported: true, reviewed: "2026-10-01"}
	roles: "data-protection-officer": title: {fi: "Tietosuojavastaava", sv: "Dataskyddsombud"}
	bodies: board: {type: "board", name: {fi: "Hallitus", sv: "Styrelse"}, statusReportEveryMonths: 6, lastStatusReport: "2026-08-31"}
	networks: ["kun-tvv"]
`
	files := unreported(t, dir, 3)
	files = append(files, "municipalities/035-brando.cue")
	for _, name := range files {
		file := filepath.Join(dir, filepath.FromSlash(name))
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(b), "\tstatus: reported: false\n", reported, 1)
		if edited == string(b) {
			t.Fatalf("%s: no status line to edit", name)
		}
		if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	repo, err := model.Load(dir)
	if _, ok := model.Findings(err); err != nil && !ok {
		t.Fatal(err)
	}
	pages, err := site.Render(repo, site.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	cells := regexp.MustCompile(` {2,}`)
	for _, lang := range []string{"fi", "sv", "en"} {
		code, out, errOut := runCLI("status", "--lang", lang, "--today", "2026-11-23", dir)
		if code != exitOK {
			_, findings, _ := runCLI("validate", "--lang", "en", dir)
			t.Fatalf("status --lang %s: exit %d\n%s%s", lang, code, errOut, findings)
		}
		prefix := ""
		if lang != "fi" {
			prefix = lang + "/"
		}
		// The status table's rows by county name: code, name,
		// municipalities, reported, share, population, up to date, share,
		// completeness.
		status := map[string][]string{}
		var order []string
		for _, line := range strings.Split(out, "\n")[1:] { // after the header
			if f := cells.Split(strings.TrimSpace(line), -1); strings.HasPrefix(line, "  ") && len(f) == 9 {
				if order != nil || f[0] != "kod" && f[0] != "tunnus" && f[0] != "code" {
					status[f[1]] = f
					order = append(order, f[1])
				}
			}
		}
		site := tableRows(t, pages[prefix+"counties.html"], "h-counties")
		var siteOrder []string
		for _, r := range site {
			siteOrder = append(siteOrder, r[0])
			s, ok := status[r[0]]
			if !ok {
				t.Errorf("%s: the site's row %q is not in the status:\n%s", lang, r[0], out)
				continue
			}
			// The site: name, municipalities, reported, population, up
			// to date, completeness.
			if got, want := []string{s[2], s[3], s[5], s[6], s[8]}, r[1:]; !slices.Equal(got, want) {
				t.Errorf("%s: %s: status %q, site %q", lang, r[0], got, want)
			}
		}
		if !slices.Equal(order, siteOrder) || len(order) != 23 {
			t.Errorf("%s: status rows %q, site rows %q", lang, order, siteOrder)
		}
		home := pages[prefix+"index.html"]
		for chart, col := range map[string]int{"chart-reported": 4, "chart-reports": 7} {
			for _, r := range tableRows(t, home, chart)[1:] { // after the whole country
				if s := status[r[0]]; s == nil || s[col] != r[3] || s[2] != r[2] {
					t.Errorf("%s: #%s row %q, status %q", lang, chart, r, s)
				}
			}
		}
		aland := status[map[string]string{"fi": "Ahvenanmaa (ei hyvinvointialuetta)", "sv": "Åland (inget välfärdsområde)", "en": "Åland (no wellbeing services county)"}[lang]]
		if aland == nil || aland[2] != "16" || aland[3] != "1" {
			t.Errorf("%s: Åland's row %q", lang, aland)
		}
	}
}

// tableRows are the text of the cells of the body rows of the tables in
// the element with the id (or labelled by it).
func tableRows(t *testing.T, page []byte, id string) [][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	var in func(n *html.Node, inside bool)
	in = func(n *html.Node, inside bool) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if (a.Key == "id" || a.Key == "aria-labelledby") && a.Val == id {
					inside = true
				}
			}
			// A section's heading carries the id: the rows are in the
			// section, the heading's parent.
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "h2" || c.Data == "h3") {
					for _, a := range c.Attr {
						if a.Key == "id" && a.Val == id {
							inside = true
						}
					}
				}
			}
			if inside && n.Data == "tr" && n.Parent != nil && n.Parent.Data == "tbody" {
				var row []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode {
						row = append(row, strings.TrimSpace(textIn(c)))
					}
				}
				rows = append(rows, row)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			in(c, inside)
		}
	}
	in(doc, false)
	if len(rows) == 0 {
		t.Fatalf("no table rows in #%s", id)
	}
	return rows
}

func textIn(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textIn(c))
	}
	return b.String()
}
