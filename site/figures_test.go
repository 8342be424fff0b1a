package site

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/model"
)

// rowsOf are the body rows of the tables inside the element with id in a
// page: each row's header cell and data cells, as text.
func rowsOf(t *testing.T, page []byte, id string) [][]string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var root *html.Node
	walk(doc, func(n *html.Node) {
		if root == nil && (attr(n, "id") == id || attr(n, "aria-labelledby") == id) {
			root = n
		}
	})
	if root == nil {
		t.Fatalf("no element #%s", id)
	}
	if root.Data == "h2" || root.Data == "h3" {
		// A section's heading carries the id: the rows are in the section.
		root = root.Parent
	}
	var rows [][]string
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "tr" || n.Parent == nil || n.Parent.Data != "tbody" {
			return
		}
		var row []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "th" || c.Data == "td") {
				row = append(row, textOf(c))
			}
		}
		rows = append(rows, row)
	})
	return rows
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var text func(*html.Node)
	text = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	text(n)
	return strings.TrimSpace(b.String())
}

// TestCountyRowsAddUp: on the home page's per-county charts and on the
// counties page, in every language, the rows add up to the 308
// municipalities: Åland's 16, which have no wellbeing services county,
// have a row of their own, last, with a note saying why; the counties
// come in the alphabet of the page's language.
func TestCountyRowsAddUp(t *testing.T) {
	files := render(t, repository(t), Options{})
	for _, c := range []struct{ prefix, aland, note, first, last string }{
		{"", "Ahvenanmaa (ei hyvinvointialuetta)", "Ahvenanmaalla ei ole hyvinvointialuetta", "Etelä-Karjalan hyvinvointialue", "Varsinais-Suomen hyvinvointialue"},
		{"sv/", "Åland (inget välfärdsområde)", "Åland har inget välfärdsområde", "Birkalands välfärdsområde", "Östra Nylands välfärdsområde"},
		{"en/", "Åland (no wellbeing services county)", "Åland has no wellbeing services county", "Central Finland wellbeing services county", "West Uusimaa wellbeing services county"},
	} {
		home := files[c.prefix+"index.html"]
		for _, chart := range []string{"chart-reported", "chart-reports"} {
			rows := rowsOf(t, home, chart)
			sum := 0
			for _, r := range rows[1:] { // the first row is the whole country
				n, err := strconv.Atoi(r[2])
				if err != nil {
					t.Fatalf("%sindex.html #%s: row %v", c.prefix, chart, r)
				}
				sum += n
			}
			if sum != 308 || rows[len(rows)-1][0] != c.aland {
				t.Errorf("%sindex.html #%s: the rows sum to %d, want 308; last row %v, want %q", c.prefix, chart, sum, rows[len(rows)-1], c.aland)
			}
		}
		if !bytes.Contains(home, []byte(c.note)) {
			t.Errorf("%sindex.html has no note %q", c.prefix, c.note)
		}
		page := files[c.prefix+"counties.html"]
		rows := rowsOf(t, page, "h-counties")
		sum := 0
		for _, r := range rows {
			n, _ := strconv.Atoi(r[1])
			sum += n
		}
		if sum != 308 || len(rows) != 23 || rows[22][0] != c.aland || !bytes.Contains(page, []byte(c.note)) {
			t.Errorf("%scounties.html: %d rows sum to %d, want 21 counties, Helsinki and Åland's row last adding up to 308: %v", c.prefix, len(rows), sum, rows)
		}
		if rows[0][0] != c.first || rows[21][0] != c.last {
			t.Errorf("%scounties.html: counties from %q to %q, want %q to %q", c.prefix, rows[0][0], rows[21][0], c.first, c.last)
		}
	}
}

// TestNextReportClamped: the next status report of a half-yearly body is
// due on the last day of a shorter month, not in the month after.
func TestNextReportClamped(t *testing.T) {
	for _, c := range []struct {
		last  string
		every int
		want  string
	}{{"2026-08-30", 6, "2027-02-28"}, {"2027-08-31", 6, "2028-02-29"}, {"2026-03-31", 6, "2026-09-30"}, {"2026-05-15", 12, "2027-05-15"}} {
		next, ok := nextReport(model.Body{StatusReportEveryMonths: c.every, LastStatusReport: c.last})
		if got := next.Format(time.DateOnly); !ok || got != c.want {
			t.Errorf("nextReport(%s, every %d) = %s, %v; want %s", c.last, c.every, got, ok, c.want)
		}
	}
}
