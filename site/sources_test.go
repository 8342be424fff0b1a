package site

import (
	"bytes"
	"strings"
	"testing"
)

// TestSaysWhatTheSourcesSay: the pages mark what this repository infers,
// show the report's observations, the regional authorities of each
// municipality now and then, and why Åland is not held to Finnish acts.
func TestSaysWhatTheSourcesSay(t *testing.T) {
	repo := repository(t)
	files := render(t, repo, Options{})
	page := func(name string) string {
		t.Helper()
		b, ok := files[name]
		if !ok {
			t.Fatalf("no page %s", name)
		}
		return string(b)
	}
	has := func(name string, wants ...string) {
		t.Helper()
		p := page(name)
		for _, w := range wants {
			if !strings.Contains(p, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}

	// The observations: one page in each language, linked from the model
	// page, an anchor per observation, and links from the areas and actors
	// they concern.
	for _, lang := range Languages {
		has(langPrefix(lang)+"model.html", `observations.html">`)
		p := page(langPrefix(lang) + "observations.html")
		for _, o := range repo.Observations() {
			if !strings.Contains(p, `id="obs-`+o.ID+`"`) {
				t.Errorf("%sobservations.html lacks observation %s", langPrefix(lang), o.ID)
			}
		}
	}
	has("en/areas/incident-management.html", `observations.html#obs-networks-not-incident-responders`)
	has("en/actors/hansel.html", `observations.html#obs-procurement-coordination-needed`)

	// Every inferred link of a recommendation carries the visible marker
	// and its reason; a link from a source names it.
	for _, r := range repo.Recommendations() {
		inferred := 0
		for _, l := range r.Areas {
			if l.Inferred() {
				inferred++
			}
		}
		for _, l := range r.Tasks {
			if l.Inferred() {
				inferred++
			}
		}
		for _, lang := range Languages {
			name := langPrefix(lang) + recommendationPath(r.ID)
			if got := strings.Count(page(name), `class="inferred-tag"`); got != inferred {
				t.Errorf("%s: %d inferred markers, want %d", name, got, inferred)
			}
		}
	}
	has("recommendations/governance-model.html", "Haukka 2021, taulukko 3: selvityksen 1 kuvaus toistaa suosituksen sanamuodon", "tämän palvelun päätelmä")
	has("sv/tasks/study-1.html", "denna tjänsts slutsats")
	has("en/areas/data-protection.html", "consulted (C) or responsible (R)", `GDPR (EU) 2016/679, Articles 38 and 39`)
	has("en/actors/poliisi.html", `class="inferred-tag"`)

	// Area 3 and study 1: the 2021 regional authority and today's holder
	// of its preparedness and regional-cooperation tasks.
	for _, name := range []string{"en/areas/planning-and-development.html", "en/tasks/study-1.html"} {
		has(name, `actors/avi.html"`, `actors/luova.html"`, "regional preparedness cooperation")
	}

	// The wellbeing services counties as they are now, the 2021 wording
	// kept as history.
	has("en/actors/hyvinvointialueet.html", "Since 1 January 2023", `id="h-past"`, "were being founded")

	// A municipality's AVI (to 2025), who holds its tasks now, and its
	// elinvoimakeskus (from 2026).
	has("municipalities/091.html", "Etelä-Suomen AVI", "31.12.2025 asti", `actors/luova.html"`, "Uudenmaan elinvoimakeskus", "1.1.2026 alkaen")
	has("sv/municipalities/035.html", "Statens ämbetsverk på Åland", "Sydvästra Finlands livskraftscentral", `id="h-laws"`, "informationshanteringslagen binder dem inte")
	if strings.Contains(page("sv/municipalities/035.html"), `actors/luova.html"`) {
		t.Error("the Åland page says the Permit and Supervision Agency holds its tasks: the sources do not say so")
	}
	if strings.Contains(page("municipalities/091.html"), `id="h-laws"`) {
		t.Error("Helsinki's page says an act does not bind it")
	}
	if !bytes.Contains(files["data/govmap.json"], []byte(`"observations"`)) {
		t.Error("the open data lacks the observations")
	}
}

// TestStatusReportTrigger: a body's latest report is shown with what brought
// it on when that was not the regular cadence, and the latest of all its
// reports sets the next due date.
func TestStatusReportTrigger(t *testing.T) {
	repo := overlay(t, "../validate/testdata/fixtures/status-reports.txtar")
	files := render(t, repo, Options{})
	p := string(files["municipalities/999.html"])
	row := p[strings.Index(p, `id="body-culture"`):]
	row = row[:strings.Index(row, "</tr>")]
	for _, w := range []string{"20.10.2026", "(vakava tietoturva- tai tietosuojaloukkaus)", "20.10.2027"} {
		if !strings.Contains(row, w) {
			t.Errorf("the culture committee's row lacks %q: %s", w, row)
		}
	}
	if strings.Contains(row, "overdue-tag") {
		t.Errorf("the culture committee is shown overdue: %s", row)
	}
}
