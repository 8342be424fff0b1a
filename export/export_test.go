package export_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/model"
)

// document is the exported JSON, read back as plain data: what an
// open-data user sees.
func document(t *testing.T) map[string]any {
	t.Helper()
	repo, err := model.Load("..")
	if _, ok := model.Findings(err); !ok {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.JSON(&buf, repo); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func byID(t *testing.T, doc map[string]any, coll, key, id string) map[string]any {
	t.Helper()
	for _, x := range doc[coll].([]any) {
		if m := x.(map[string]any); m[key] == id {
			return m
		}
	}
	t.Fatalf("%s has no %s %q", coll, key, id)
	return nil
}

// TestExportBasis: every inferred statement the export carries says its
// basis: a link, a task's status, an area's aspect, a requirement.
func TestExportBasis(t *testing.T) {
	doc := document(t)
	check := func(where string, m map[string]any) {
		t.Helper()
		switch m["basis"] {
		case "source":
			if s, _ := m["source"].(string); s == "" {
				t.Errorf("%s: basis source without a source: %v", where, m)
			}
		case "inferred":
			r, _ := m["reason"].(map[string]any)
			if r["fi"] == nil || r["sv"] == nil || r["en"] == nil {
				t.Errorf("%s: inferred without a reason in fi, sv and en: %v", where, m)
			}
		default:
			t.Errorf("%s: no basis: %v", where, m)
		}
	}
	links := 0
	for _, x := range doc["recommendations"].([]any) {
		r := x.(map[string]any)
		for _, f := range []string{"areas", "tasks"} {
			l, _ := r[f].([]any)
			for _, y := range l {
				check("recommendations."+r["id"].(string)+"."+f, y.(map[string]any))
				links++
			}
		}
	}
	if links < 15 {
		t.Errorf("only %d recommendation links", links)
	}
	for _, x := range doc["tasks"].([]any) {
		tk := x.(map[string]any)
		check("tasks."+tk["id"].(string)+".statusBasis", tk["statusBasis"].(map[string]any))
		if _, dated := tk["statusDate"]; dated {
			t.Errorf("task %s has a statusDate the source does not give", tk["id"])
		}
	}
	for _, x := range doc["areas"].([]any) {
		a := x.(map[string]any)
		asp, _ := a["aspects"].([]any)
		for _, y := range asp {
			check("areas."+a["id"].(string)+".aspects", y.(map[string]any))
		}
		req, _ := a["requirements"].([]any)
		for _, y := range req {
			r := y.(map[string]any)
			check("areas."+a["id"].(string)+".requirements", r)
			if r["severity"] == "error" {
				t.Errorf("area %s: a requirement at error: %v", a["id"], r)
			}
		}
	}
	// Recommendation 3 is answered by study 1 (its text repeats the
	// wording); study 4 is under way at Traficom.
	rec3 := byID(t, doc, "recommendations", "id", "governance-model")
	found := false
	for _, y := range rec3["tasks"].([]any) {
		l := y.(map[string]any)
		found = found || (l["task"] == "study-1" && l["basis"] == "source")
	}
	if !found {
		t.Error("recommendation 3 is not answered by study 1 on the source's basis")
	}
	if s4 := byID(t, doc, "tasks", "id", "study-4"); s4["status"] != "in-progress" {
		t.Errorf("study 4 is %v, want in-progress", s4["status"])
	}
}

// TestExportObservations: the report's observations, each with its
// chapter, text in three languages and the areas and actors it concerns.
func TestExportObservations(t *testing.T) {
	doc := document(t)
	obs := doc["observations"].([]any)
	if len(obs) < 20 {
		t.Fatalf("%d observations", len(obs))
	}
	for _, x := range obs {
		o := x.(map[string]any)
		txt := o["text"].(map[string]any)
		if o["chapter"] == "" || txt["fi"] == nil || txt["sv"] == nil || txt["en"] == nil {
			t.Errorf("observation %v lacks its chapter or a language", o["id"])
		}
		if o["areas"] == nil && o["actors"] == nil {
			t.Errorf("observation %v concerns no area or actor", o["id"])
		}
	}
	o := byID(t, doc, "observations", "id", "no-notification-duty")
	if o["chapter"] != "2.1.2" {
		t.Errorf("no-notification-duty is in chapter %v", o["chapter"])
	}
}

// TestExportRegional: a municipality's AVI (to 2025), who holds its tasks
// now, and its elinvoimakeskus (from 2026), from the reference data; an
// Åland municipality has the State Department of Åland, which is no AVI,
// and is not bound by the acts Åland legislates itself.
func TestExportRegional(t *testing.T) {
	doc := document(t)
	hki := byID(t, doc, "municipalities", "code", "091")
	ra := hki["regionalAuthorities"].(map[string]any)
	avi := ra["avi"].(map[string]any)
	if avi["name"].(map[string]any)["fi"] != "Etelä-Suomen AVI" || avi["validUntil"] != "2025-12-31" || avi["isAvi"] != true {
		t.Errorf("091 avi = %v", avi)
	}
	evk := ra["elinvoimakeskus"].(map[string]any)
	if evk["name"].(map[string]any)["fi"] != "Uudenmaan elinvoimakeskus" || evk["validFrom"] != "2026-01-01" {
		t.Errorf("091 elinvoimakeskus = %v", evk)
	}
	now := ra["aviTasksNow"].([]any)
	if len(now) == 0 || now[0].(map[string]any)["actor"] != "luova" {
		t.Errorf("091 aviTasksNow = %v, want luova first", now)
	}
	if nb := hki["notBoundBy"].([]any); len(nb) != 0 {
		t.Errorf("091 notBoundBy = %v", nb)
	}

	brando := byID(t, doc, "municipalities", "code", "035")
	ra = brando["regionalAuthorities"].(map[string]any)
	avi = ra["avi"].(map[string]any)
	if avi["isAvi"] != false || avi["note"] == "" || len(ra["aviTasksNow"].([]any)) != 0 {
		t.Errorf("035 avi = %v, tasks now %v", avi, ra["aviTasksNow"])
	}
	nb := brando["notBoundBy"].([]any)
	want := map[string]bool{"tiedonhallintalaki": true, "kuntalaki": true, "tietosuojalaki": true}
	for _, l := range nb {
		delete(want, l.(string))
	}
	if len(want) != 0 {
		t.Errorf("035 notBoundBy = %v, missing %v", nb, want)
	}
}
