package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/model"
)

func loadRepo(t *testing.T) *model.Repository {
	t.Helper()
	repo, err := model.Load("..")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return repo
}

// TestLoadCounts: the repository holds the whole national model of the
// source documents and every county and municipality of the reference data.
func TestLoadCounts(t *testing.T) {
	repo := loadRepo(t)
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"kinds", len(repo.Kinds()), 3},
		{"areas", len(repo.Areas()), 10},
		{"tasks", len(repo.Tasks()), 6},
		{"recommendations", len(repo.Recommendations()), 7},
		{"observations", len(repo.Observations()), 29},
		{"counties", len(repo.Counties()), 22},
		{"municipalities", len(repo.Municipalities()), 308},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.what, c.got, c.want)
		}
	}
	for i, a := range repo.Areas() {
		if a.Number != i+1 {
			t.Errorf("area %d is %q, numbered %d", i+1, a.ID, a.Number)
		}
	}
	fire, ok := repo.Actor("kyberpalokunta")
	if !ok || !fire.Missing() {
		t.Fatalf("the cyber fire brigade must be a missing actor, got %+v", fire)
	}
	// Every actor named in the source documents.
	for _, id := range []string{"vm", "muut-ministeriot", "dvv", "traficom", "ncsc-fi", "hvk", "avi",
		"kuntaliitto", "kunnat", "hansel", "kuntayhtymat", "fisc", "poliisi", "oikeuslaitos",
		"tietosuojavaltuutettu", "strateginen-johtoryhma", "hyvinvointialueet", "kuthanek", "vahti",
		"tkk", "kun-tvv", "tietosuojavastaavien-verkosto", "isac", "hvk-sektorit-ja-poolit", "valdias",
		"tiedonhallinnan-yhteistyoryhmat", "tiedonhallintalautakunta", "luova", "elinvoimakeskukset"} {
		a, ok := repo.Actor(id)
		if !ok {
			t.Errorf("actor %q is missing", id)
			continue
		}
		if a.Name.FI == "" || a.Name.SV == "" || a.Name.EN == "" {
			t.Errorf("actor %q lacks a name in fi, sv or en: %+v", id, a.Name)
		}
	}
}

// TestPositions: every entity and reference keeps where it was written, so
// checks can point at file:line:col.
func TestPositions(t *testing.T) {
	repo := loadRepo(t)
	area, _ := repo.Area("incident-management")
	fire := area.Actors[len(area.Actors)-1]
	assertAt(t, fire.Pos, "model/areas.cue", `"kyberpalokunta"`)
	if fire.ID != "kyberpalokunta" {
		t.Errorf("last actor of incident-management is %q", fire.ID)
	}
	assertAt(t, area.Pos, "model/areas.cue", `"incident-management"`)

	ncsc, _ := repo.Actor("ncsc-fi")
	assertAt(t, ncsc.PartOf.Pos, "actors/ncsc-fi.cue", `"traficom"`)

	// A link is where its list element starts; its target where the id is.
	rec, _ := repo.Recommendation("authority-tasks")
	assertAt(t, rec.Areas[0].Pos, "model/recommendations.cue", `areas: [{`, "{")
	assertAt(t, rec.Areas[0].Area.Pos, "model/recommendations.cue", `"planning-and-development"`)
	study4, _ := repo.Task("study-4")
	assertAt(t, study4.StatusBasis.Pos, "tasks/study-4.cue", "\tstatusBasis:", "statusBasis")

	h, ok := repo.Municipality("091")
	if !ok {
		t.Fatal("no Helsinki")
	}
	assertAt(t, h.Pos, "municipalities/091-helsinki.cue", `"091"`)
	assertAt(t, h.County.Pos, "municipalities/091-helsinki.cue", `"90"`)
	if h.County.ID != "90" || h.Name.SV != "Helsingfors" {
		t.Errorf("Helsinki decoded wrongly: %+v", h)
	}
}

// assertAt checks that pos points at the first occurrence of text in file;
// with a second text, at that text within the first line holding text.
func assertAt(t *testing.T, pos model.Pos, file, text string, within ...string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", file))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if col := strings.Index(line, text); col >= 0 {
			if len(within) > 0 {
				col += strings.Index(line[col:], within[0])
			}
			want := model.Pos{File: file, Line: i + 1, Col: col + 1}
			if pos != want {
				t.Errorf("position of %s: got %v, want %v", text, pos, want)
			}
			return
		}
	}
	t.Fatalf("%s not found in %s", text, file)
}

// TestRepositoryIsReadOnly: changing a returned slice does not change the
// repository.
func TestRepositoryIsReadOnly(t *testing.T) {
	repo := loadRepo(t)
	areas := repo.Areas()
	areas[0] = nil
	if repo.Areas()[0] == nil {
		t.Error("Areas returned the repository's own slice")
	}
}

// TestLoadErrors: a missing directory is an error, not findings.
func TestLoadErrors(t *testing.T) {
	_, err := model.Load(filepath.Join(t.TempDir(), "nope"))
	if err == nil {
		t.Fatal("want an error for a missing directory")
	}
	if _, ok := model.Findings(err); ok {
		t.Errorf("a missing directory must not be reported as findings: %v", err)
	}
}
