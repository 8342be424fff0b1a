package site

import (
	"html/template"
	"strings"
	"testing"

	"github.com/govmap/govmap/msg"
)

// TestSourcesInThePageLanguage: a municipality's regional authorities cite
// Statistics Finland in words and in the page's language, not file names;
// an area page with no reporting municipality says none has reported, not
// "0 of 0"; an aspect's citation of the area's Finnish name gives the name
// in the page's language; the CSV leaves completeness empty for a
// municipality that has not reported.
func TestSourcesInThePageLanguage(t *testing.T) {
	files := render(t, repository(t), Options{})
	has := func(name string, wants ...string) {
		t.Helper()
		page := string(files[name])
		if page == "" {
			t.Fatalf("no %s", name)
		}
		for _, w := range wants {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}
	hasNot := func(name string, nots ...string) {
		t.Helper()
		for _, n := range nots {
			if strings.Contains(string(files[name]), n) {
				t.Errorf("%s has %q", name, n)
			}
		}
	}
	for _, lang := range Languages {
		muni := langPrefix(lang) + "municipalities/109.html"
		has(muni, template.HTMLEscapeString(msg.T(msg.Lang(lang), "muni.regional-source")), `about.html#h-sources">`)
		hasNot(muni, "regional_agencies.csv", "elinvoimakeskukset_2026.csv")
		area := langPrefix(lang) + "areas/data-protection.html"
		has(area, template.HTMLEscapeString(msg.T(msg.Lang(lang), "home.none-reported")))
		hasNot(area, msg.Sprintf(msg.Lang(lang), msg.T(msg.Lang(lang), "area.rows-complete"), 0, 0))
	}
	has("sv/municipalities/109.html", "Statistikcentralens klassifikationer och befolkningsstatistik 2025 och 2026")
	has("en/areas/data-protection.html", "Haukka 2021, table 2: the area&#39;s name (Planning and development of data protection)")
	hasNot("en/areas/data-protection.html", "alueen nimi")
	has("areas/data-protection.html", "alueen nimi (tietosuojan suunnittelu ja kehitys)")
	// An aspect of the area named in Finnish only: the words around it in
	// the page's language, the name marked as Finnish.
	has("sv/areas/incident-management.html", `tabell 2: områdets namn (<span lang="fi">tietoturvaloukkausten tutkinta</span>)`)
	hasNot("sv/areas/incident-management.html", "alueen nimi")

	csv := string(files["data/municipalities.csv"])
	head, rest, _ := strings.Cut(csv, "\n")
	col := -1
	for i, c := range strings.Split(head, ",") {
		if c == "completeness" {
			col = i
		}
	}
	row, _, _ := strings.Cut(rest, "\n")
	cells := strings.Split(row, ",")
	if col < 0 || len(cells) <= col || !strings.Contains(row, ",false,") {
		t.Fatalf("no completeness column or a reporting first row: %s\n%s", head, row)
	}
	if cells[col] != "" {
		t.Errorf("a municipality that has not reported has completeness %q, want empty: %s", cells[col], row)
	}
}
