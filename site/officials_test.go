package site

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
)

// plainText is a page's main content as plain text: tags removed (the
// ends of cells, items and paragraphs as spaces) and spaces collapsed.
func plainText(page []byte) string {
	s := string(page)
	if i := strings.Index(s, "<main"); i >= 0 {
		s = s[i:]
	}
	s = regexp.MustCompile(`</(th|td|li|p|h[1-6]|dt|dd|tr)>|<br>`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`<[^>]+>`).ReplaceAllString(s, "")
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// TestOfficialsPage: the page for elected officials is in every language,
// linked from every page's main navigation, and carries the briefing's
// three roles, the split of supervision and operations, what to expect of
// a status report, the free support and the reading list.
func TestOfficialsPage(t *testing.T) {
	files := render(t, repository(t), Options{})
	want := map[string][]string{
		"officials.html": {"1. Hyväksyjä ja valvoja", "2. Kunnan ”työntekijä”", "3. Kansallinen ja kansainvälinen poliittinen vaikuttaja",
			"Valvontaa, ei operatiivista työtä", "Mitä tilannekatsaukselta voi odottaa", "kerran valtuustokaudessa – kerran puolessa vuodessa",
			"30–60 minuuttia", "Maksutonta tukea", "Lukulista", "Omien laitteiden", "viipymättä"},
		"sv/officials.html": {"1. Godkännare och övervakare", "2. Kommunens ”arbetstagare”", "3. Nationell och internationell politisk påverkare",
			"tillsynsnivån", "en gång per fullmäktigeperiod och en gång per halvår", "30–60 minuter", "Avgiftsfritt stöd", "Mer information och material",
			"egna enheter", "utan dröjsmål"},
		"en/officials.html": {"1. Approver and supervisor", "2. The municipality's “employee”", "3. National and international political influencer",
			"Supervision, not operations", "between once per council term and once every half-year", "30–60 minutes", "Free support", "Reading list",
			"own devices", "at once"},
	}
	for name, phrases := range want {
		page, ok := files[name]
		if !ok {
			t.Fatalf("no page %s", name)
		}
		got := plainText(page)
		for _, w := range phrases {
			if !strings.Contains(got, w) {
				t.Errorf("%s does not say %q", name, w)
			}
		}
		// The free support links to DVV's and NCSC-FI's pages.
		for _, a := range []string{"actors/dvv.html", "actors/ncsc-fi.html"} {
			if !bytes.Contains(page, []byte(a)) {
				t.Errorf("%s does not link %s", name, a)
			}
		}
	}
	// Every page's main navigation leads to it.
	for _, name := range []string{"index.html", "sv/model.html", "en/municipalities/091.html"} {
		nav := string(files[name])
		nav = nav[strings.Index(nav, `class="main-nav"`):]
		nav = nav[:strings.Index(nav, "</nav>")]
		if !strings.Contains(nav, `officials.html"`) {
			t.Errorf("%s: the main navigation has no link to the page for elected officials", name)
		}
	}
	if !bytes.Contains(files["en/officials.html"], []byte(`aria-current="page">For elected officials`)) {
		t.Error("the page for elected officials is not marked current in the navigation")
	}
}

// TestQuestions: each municipality's page asks its council and board what
// its public file says and leaves out.
func TestQuestions(t *testing.T) {
	// The fully filled example: every body's last report and next due date.
	full := render(t, overlay(t, fullFixture), Options{})
	got := plainText(full["en/municipalities/999.html"])
	for _, w := range []string{
		"Questions for the council and board",
		"Kunnanhallitus: last status report 1 September 2026; the next is due by 1 March 2027.",
		"Esimerkkilän Vesi Oy:n hallitus: last status report 20 May 2026; the next is due by 20 May 2027.",
		"Last continuity exercise 12 May 2026; the next is due by 12 May 2027.",
		"Managing and accepting the residual risks Kunnanjohtaja",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("the example's page does not say %q", w)
		}
	}
	if strings.Contains(got, "Not recorded as in place") || strings.Contains(got, "names no role or body") {
		t.Error("the fully filled example's page asks about something it records")
	}
	if fi := plainText(full["municipalities/999.html"]); !strings.Contains(fi, "Kunnanhallitus: viimeisin tilannekatsaus 1.9.2026; seuraava viimeistään 1.3.2027.") {
		t.Error("the Finnish page does not give the board's report dates")
	}

	// A municipality that has not reported is asked to.
	if got := plainText(full["sv/municipalities/091.html"]); !strings.Contains(got, "Kommunen har ännu inte rapporterat") {
		t.Error("Helsinki's page does not ask for its report")
	}

	// The hostile example: the information-management duties are
	// non-public, so the page says the public file records no exercise,
	// and the task carried by a non-public role shows as not public.
	hostile := render(t, overlay(t, hostileFixture), Options{})
	got = plainText(hostile["en/municipalities/999.html"])
	for _, w := range []string{
		"No continuity exercise is recorded in the public file.",
		"No risk assessment is recorded in the public file.",
		"The public file names no role or body for management's task: approving the model for managing digital protection.",
		"Not recorded as in place in the public file: digital-security requirements in calls for tenders and contracts.",
		"Esimerkkilän Vesi Oy is critical infrastructure or in NIS2 scope, but its board is not listed among the bodies.",
		"Managing and accepting the residual risks not public 15 January 2026",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("the hostile example's page does not say %q", w)
		}
	}
	if strings.Contains(got, "The public file names no role or body for management's task: managing and accepting the residual risks") {
		t.Error("a task carried by a non-public role is shown as unassigned")
	}
}

// TestNetworksChart: the home page's chart of networks lists only the
// networks open to municipalities.
func TestNetworksChart(t *testing.T) {
	repo := repository(t)
	files := render(t, repo, Options{})
	page := string(files["en/index.html"])
	chart := page[strings.Index(page, `id="chart-networks"`):]
	chart = chart[:strings.Index(chart, "</figure>")]
	for _, a := range repo.Actors() {
		if a.Kind != "network" {
			continue
		}
		name := html.EscapeString(a.Name.In("en"))
		if in := strings.Contains(chart, name); in != a.Joinable() {
			t.Errorf("network %s (open to %v): in the chart %v", a.ID, a.OpenTo, in)
		}
	}
}
