package site

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/govmap/govmap/gitrepo"
	gmsg "github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
)

// TestHistory: with a history, municipality and actor pages show when they
// last changed and their timeline, and the home page charts the national
// figure month by month; untrusted change text is escaped.
func TestHistory(t *testing.T) {
	repo := overlay(t, fullFixture)
	h := &gitrepo.History{
		BySubject: map[string][]gitrepo.Entry{
			"municipalities/999": {
				{Date: "2026-03-02", Commit: "b", Change: semdiff.Change{Kind: "report-recorded", Subject: "municipalities/999", Says: gmsg.M("%s treated a status report on %s.", gmsg.Text{FI: "Kunnanhallitus", EN: "The board"}, "2026-03-01")}},
				{Date: "2026-02-15", Commit: "a", Change: semdiff.Change{Kind: "role-added", Subject: "municipalities/999", Says: gmsg.M("Role named: %s.", "<script>x</script>")}},
				// Public when it was made; the body is non-public now.
				{Date: "2026-02-01", Commit: "0", Change: semdiff.Change{Kind: "body-added", Subject: "municipalities/999", Says: gmsg.M("Body added: %s.", "Valmiusryhmä"), Names: []string{"bodies/crisis-group"}}},
				{Date: "2026-01-20", Commit: "0", Change: semdiff.Change{Kind: "body-changed", Subject: "municipalities/999", Says: gmsg.M("Details of body %s changed.", "Valmiusryhmä")}},
			},
			"actors/vm": {{Date: "2026-01-10", Commit: "0", Change: semdiff.Change{Kind: "actors-added", Subject: "actors/vm", Says: gmsg.M("New in the model (%s): %s.", gmsg.Key("diff.collection.actors"), "VM")}}},
		},
		Monthly: []gitrepo.Month{{Month: "2026-01", Municipalities: 309, Reported: 0}, {Month: "2026-02", Municipalities: 309, Reported: 1}},
	}
	// Sixty older commits: the feeds keep the newest 50.
	for i := range 60 {
		when := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		h.BySubject["municipalities/999"] = append(h.BySubject["municipalities/999"], gitrepo.Entry{
			Date: when.Format(time.DateOnly), Time: when, Commit: fmt.Sprintf("old%02d", 59-i),
			Change: semdiff.Change{Kind: "reviewed", Subject: "municipalities/999", Says: gmsg.M("File reviewed on %s.", "2025-01-01")},
		})
	}
	files := render(t, repo, Options{History: h})
	feed := string(files["en/feed.xml"])
	if n := strings.Count(feed, "<entry>"); n != feedCap {
		t.Errorf("the feed has %d entries, want the newest %d", n, feedCap)
	}
	if !strings.Contains(feed, ":old00</id>") || strings.Contains(feed, ":old59</id>") {
		t.Error("the feed does not keep the newest entries")
	}
	muni := string(files["en/municipalities/999.html"])
	for _, want := range []string{"Last changed: 2 March 2026", "The board treated a status report on 1 March 2026.", "&lt;script&gt;x&lt;/script&gt;"} {
		if !strings.Contains(muni, want) {
			t.Errorf("municipality page lacks %q", want)
		}
	}
	if strings.Contains(muni, "<script>x") {
		t.Error("change text is not escaped")
	}
	// What is non-public now is named by no history entry, in any
	// language, though it was public when the change was made.
	for _, lang := range []string{"", "sv/", "en/"} {
		if page := string(files[lang+"municipalities/999.html"]); strings.Contains(page, "Valmiusryhmä") {
			t.Errorf("%smunicipalities/999.html names the body made non-public", lang)
		}
	}
	if !strings.Contains(string(files["actors/vm.html"]), "Viimeksi muutettu: 10.1.2026") {
		t.Error("actor page lacks its last change")
	}
	home := string(files["en/index.html"])
	if !strings.Contains(home, `id="chart-history"`) || !strings.Contains(home, "Feb 2026") {
		t.Error("home page lacks the chart over time")
	}
	// Without history: no history section, no chart.
	files = render(t, repo, Options{})
	if strings.Contains(string(files["en/municipalities/999.html"]), "h-history") || strings.Contains(string(files["en/index.html"]), "chart-history") {
		t.Error("history shown without history")
	}
}
