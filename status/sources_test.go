package status_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/status"
)

// reportedFile is a municipality that has reported roles, a council and a
// board, and nothing of the Information Management Act's duties. The
// board's latest report is a case-by-case one, after its last scheduled
// one.
func reportedFile(code, name, region, county string) string {
	c := ""
	if county != "" {
		c = "\tcounty: \"" + county + "\"\n"
	}
	return `package municipalities

municipalities: "` + code + `": {
	name: ` + name + `
	region: ` + region + `
` + c + `	language: "sv"
	population: {count: 430, date: "2025-12-31"}
	status: {reported: true, reviewed: "2026-10-01"}
	roles: "data-protection-officer": {title: {fi: "Tietosuojavastaava", sv: "Dataskyddsombud"}}
	bodies: {
		council: {type: "council", name: {fi: "Valtuusto", sv: "Fullmäktige"}, statusReportEveryMonths: 48, lastStatusReport: "2025-01-01"}
		board: {type: "board", name: {fi: "Hallitus", sv: "Styrelsen"}, statusReportEveryMonths: 6, lastStatusReport: "2025-01-01", statusReports: [{date: "2026-09-30", trigger: "serious-breach"}]}
	}
	maintainers: ["@kunta"]
}
`
}

func pictureOf(t *testing.T, files map[string]string) *status.Picture {
	t.Helper()
	base, err := testrepo.Base("..")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		base[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
	}
	repo, err := model.LoadFS(base)
	if fs, ok := model.Findings(err); !ok || len(fs) > 0 {
		t.Fatalf("load: %v", err)
	}
	return status.Compute(repo, today)
}

func municipalityOf(t *testing.T, p *status.Picture, code string) status.Municipality {
	t.Helper()
	for _, m := range p.Municipalities {
		if m.Code == code {
			return m
		}
	}
	t.Fatalf("no municipality %s", code)
	return status.Municipality{}
}

func gapIDs(m status.Municipality) []string {
	var ids []string
	for _, g := range m.Gaps {
		ids = append(ids, g.ID)
	}
	return ids
}

// TestAlandNotHeldToFinnishActs: an Åland municipality is not held to the
// Information Management Act's duties or the Local Government Act's audit
// committee, which do not bind it; a mainland one with the same file is.
func TestAlandNotHeldToFinnishActs(t *testing.T) {
	p := pictureOf(t, map[string]string{
		"municipalities/035-brando.cue": reportedFile("035", `{fi: "Brändö", sv: "Brändö", en: "Brändö"}`, `{code: "21", name: {fi: "Ahvenanmaa", sv: "Åland"}}`, ""),
		testrepo.SyntheticFile:          reportedFile("999", `{fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}`, `{code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}`, "01"),
	})
	aland, mainland := municipalityOf(t, p, "035"), municipalityOf(t, p, "999")
	for _, id := range []string{"duty-model", "duty-risk", "duty-continuity", "duty-exercise", "duty-classification", "body:audit-committee"} {
		if slices.Contains(gapIDs(aland), id) {
			t.Errorf("Åland municipality has the gap %s: %v", id, gapIDs(aland))
		}
		if !slices.Contains(gapIDs(mainland), id) {
			t.Errorf("mainland municipality lacks the gap %s: %v", id, gapIDs(mainland))
		}
	}
	// Fewer items, the same ones met: a higher share.
	if aland.Completeness <= mainland.Completeness {
		t.Errorf("completeness: Åland %d, mainland %d", aland.Completeness, mainland.Completeness)
	}
	// Åland needs no audit committee, so its reports are up to date: the
	// board's case-by-case report of September counts, not its old
	// scheduled one. The mainland one lacks its audit committee's.
	if !aland.ReportsUpToDate || len(aland.OverdueReports) != 0 {
		t.Errorf("Åland reports: up to date %v, overdue %v", aland.ReportsUpToDate, aland.OverdueReports)
	}
	if mainland.ReportsUpToDate {
		t.Error("mainland reports up to date without an audit committee")
	}
	if strings.Join(mainland.OverdueReports, ",") != "" {
		t.Errorf("mainland overdue %v", mainland.OverdueReports)
	}
}
