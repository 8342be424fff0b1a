package status_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/status"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// partial is a synthetic municipality that has reported part of its
// governance: 8 of the 24 checklist items (reported; the data-protection
// officer; council and board; two areas' rows; the information management
// model; maintainers). The board's report is overdue. It has joined a
// network, which does not count: joining is voluntary.
const partial = `package municipalities

municipalities: "999": {
	name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}
	region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}
	county:   "01"
	language: "fi"
	population: {count: 1000, date: "2025-12-31"}
	status: {reported: true, reviewed: "2026-10-01"}
	roles: {
		"data-protection-officer": {title: {fi: "Tietosuojavastaava"}}
		"preparedness-officer": {title: {fi: "Varautumisvastaava"}, visibility: "non-public"}
	}
	bodies: {
		council: {type: "council", name: {fi: "Valtuusto"}, statusReportEveryMonths: 12, lastStatusReport: "2026-01-01"}
		board: {type: "board", name: {fi: "Kunnanhallitus"}, statusReportEveryMonths: 6, lastStatusReport: "2026-01-01"}
	}
	raci: {
		"data-protection": {responsible: ["role:data-protection-officer"], accountable: "body:board"}
		"governance-models": {responsible: ["role:data-protection-officer"], accountable: "body:board"}
		procurement: {responsible: ["role:data-protection-officer"]}
	}
	networks: ["kun-tvv"]
	informationManagement: {informationManagementModel: true, continuityPlan: false}
	maintainers: ["@esimerkkila"]
}
`

func picture(t *testing.T, file []byte) *status.Picture {
	t.Helper()
	base, err := testrepo.Base("..")
	if err != nil {
		t.Fatal(err)
	}
	base[testrepo.SyntheticFile] = &fstest.MapFile{Data: file, Mode: 0o644}
	repo, err := model.LoadFS(base)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return status.Compute(repo, today)
}

func find(t *testing.T, p *status.Picture, code string) status.Municipality {
	t.Helper()
	for _, m := range p.Municipalities {
		if m.Code == code {
			return m
		}
	}
	t.Fatalf("no municipality %s", code)
	return status.Municipality{}
}

func county(t *testing.T, p *status.Picture, code string) status.Aggregate {
	t.Helper()
	for _, c := range p.Counties {
		if c.Code == code {
			return c
		}
	}
	t.Fatalf("no county %s", code)
	return status.Aggregate{}
}

func TestPartial(t *testing.T) {
	p := picture(t, []byte(partial))
	m := find(t, p, "999")
	if m.Completeness != 33 {
		t.Errorf("completeness %d, want 33 (8 of 24)", m.Completeness)
	}
	if len(m.Gaps) != 16 {
		t.Errorf("%d gaps, want 16: %v", len(m.Gaps), m.Gaps)
	}
	// Without the network the picture is the same: joining none is no gap.
	alone := find(t, picture(t, []byte(strings.Replace(partial, "\tnetworks: [\"kun-tvv\"]\n", "", 1))), "999")
	if len(alone.Networks) != 0 || alone.Completeness != m.Completeness || len(alone.Gaps) != len(m.Gaps) {
		t.Errorf("without a network: networks %v, completeness %d, gaps %v; with one: %d, %v", alone.Networks, alone.Completeness, alone.Gaps, m.Completeness, m.Gaps)
	}
	// The non-public preparedness officer does not count as named.
	if len(m.RolesNamed) != 1 || m.RolesNamed[0] != "data-protection-officer" {
		t.Errorf("roles named %v", m.RolesNamed)
	}
	if m.ReportsUpToDate || len(m.OverdueReports) != 1 || m.OverdueReports[0] != "board" {
		t.Errorf("reports: up to date %v, overdue %v", m.ReportsUpToDate, m.OverdueReports)
	}
	n := p.National
	if n.Municipalities != 309 || n.Reported != 1 || n.ReportsUpToDate != 0 || n.AverageCompleteness != 33 {
		t.Errorf("national %+v", n)
	}
	if n.ReportedPopulation != 1000 || n.Networks["kun-tvv"] != 1 || n.RoleNamed["data-protection-officer"] != 1 || n.RoleNamed["preparedness-officer"] != 0 {
		t.Errorf("national %+v", n)
	}
	c := county(t, p, "01")
	if c.Municipalities != 8 || c.Reported != 1 {
		t.Errorf("county 01: %+v", c)
	}
	if c2 := county(t, p, "02"); c2.Municipalities != 6 || c2.Reported != 0 {
		t.Errorf("county 02: %+v", c2)
	}
	// Åland has no county, but is a region (21) and in the national sum.
	var aland status.Aggregate
	for _, r := range p.Regions {
		if r.Code == "21" {
			aland = r
		}
	}
	if aland.Municipalities != 16 {
		t.Errorf("region 21 (Åland): %+v", aland)
	}
}

func TestFull(t *testing.T) {
	data, err := os.ReadFile("../validate/testdata/fixtures/example-full.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	p := picture(t, fx.Files[testrepo.SyntheticFile])
	m := find(t, p, "999")
	if m.Completeness != 100 || len(m.Gaps) != 0 || !m.ReportsUpToDate || m.NIS2Companies != 1 {
		t.Errorf("full example: %+v", m)
	}
	n := p.National
	if n.WithNIS2Companies != 1 || n.ReportsUpToDate != 1 || n.Networks["tkk"] != 1 || n.RoleNamed["preparedness-officer"] != 1 {
		t.Errorf("national %+v", n)
	}
	// An unreported municipality: completeness 0, one gap.
	h := find(t, p, "091")
	if h.Reported || h.Completeness != 0 || len(h.Gaps) != 1 || h.Gaps[0].ID != "reported" {
		t.Errorf("Helsinki: %+v", h)
	}
}

// TestCountyRowsAddUp: with the real data the per-county rows, Åland's
// row of no county included, add up to the whole country's 308.
func TestCountyRowsAddUp(t *testing.T) {
	repo, err := model.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	p := status.Compute(repo, today)
	rows := p.CountyRows()
	sum, pop := 0, 0
	for _, r := range rows {
		sum += r.Municipalities
		pop += r.Population
	}
	if sum != 308 || sum != p.National.Municipalities || pop != p.National.Population {
		t.Errorf("rows sum to %d municipalities (%d people), want 308 (%d)", sum, pop, p.National.Population)
	}
	last := rows[len(rows)-1]
	if p.WithoutCounty == nil || last.Code != "" || last.Municipalities != 16 ||
		last.Name.FI != "Ahvenanmaa (ei hyvinvointialuetta)" || last.Name.SV != "Åland (inget välfärdsområde)" || last.Name.EN != "Åland (no wellbeing services county)" {
		t.Errorf("the row of no county: %+v", last)
	}
	if len(rows) != len(p.Counties)+1 {
		t.Errorf("%d rows for %d counties", len(rows), len(p.Counties))
	}
}
