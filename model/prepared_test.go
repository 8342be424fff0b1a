package model_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/model"
)

// The requirements' positions are those of the file that writes them out
// (requirements.cue), not of repository.cue, which only binds the field to
// the schema; the same at every load (the indexes were once visited in map
// order, and either file could win).
func TestRequirementsPosition(t *testing.T) {
	fsys := os.DirFS("..")
	for range 8 {
		repo, err := model.LoadFSWith(fsys, model.Options{Evaluate: func(string) bool { return false }})
		if err != nil {
			t.Fatal(err)
		}
		req := repo.Requirements()
		if req.Pos.File != "model/requirements.cue" || len(req.Roles) == 0 || req.Roles[0].Basis.Pos.File != "model/requirements.cue" {
			t.Fatalf("requirements at %s, first role's basis at %v", req.Pos, req.Roles)
		}
	}
}

// A load with a base sees a changed file: the model's outcome and a
// trusted file's index are kept only for the same content.
func TestPreparedSeesChanges(t *testing.T) {
	fsys := os.DirFS("..")
	p, err := model.Prepare(fsys)
	if err != nil {
		t.Fatal(err)
	}
	only := func(string) bool { return false }
	repo, err := model.LoadFSWith(fsys, model.Options{Evaluate: only, Base: p})
	if err != nil {
		t.Fatal(err)
	}
	if _, broken := repo.Broken("actors", "avi"); broken || len(repo.Areas()) == 0 || repo.Defined("actors", "zz-new") {
		t.Fatalf("%d actors, %d areas", len(repo.Actors()), len(repo.Areas()))
	}
	// Another model and another actor file, over the same base.
	changed := overlay(t, fsys, map[string]string{
		"model/extra.cue":   "package model\n\nlaws: \"extra-law\": {\n\tname: {fi: \"Laki\", sv: \"Lag\", en: \"Law\"}\n}\n",
		"actors/zz-new.cue": "package actors\n\nactors: \"zz-new\": {}\n",
		"actors/avi.cue":    "package actors\n\nactors: \"avi\": {\n",
	})
	want, wantErr := model.LoadFSWith(changed, model.Options{Evaluate: only})
	for run := range 2 {
		got, gotErr := model.LoadFSWith(changed, model.Options{Evaluate: only, Base: p})
		if !got.Defined("actors", "zz-new") || !want.Defined("actors", "zz-new") || !got.Defined("laws", "extra-law") || !want.Defined("laws", "extra-law") {
			t.Errorf("run %d: zz-new defined %v, extra-law defined %v", run, got.Defined("actors", "zz-new"), got.Defined("laws", "extra-law"))
		}
		if _, broken := got.Broken("actors", "avi"); !broken {
			t.Errorf("run %d: avi.cue does not parse, but its actor is not broken", run)
		}
		if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
			t.Errorf("run %d: error %v, want %v", run, gotErr, wantErr)
		}
	}
	// And back: the base serves the original again.
	again, err := model.LoadFSWith(fsys, model.Options{Evaluate: only, Base: p})
	if _, broken := again.Broken("actors", "avi"); broken || err != nil || again.Defined("actors", "zz-new") || again.Defined("laws", "extra-law") {
		t.Errorf("back to the repository: zz-new %v, extra-law %v, %v", again.Defined("actors", "zz-new"), again.Defined("laws", "extra-law"), err)
	}
}

// overlay is the repository's CUE files with some added or replaced.
func overlay(t *testing.T, fsys fs.FS, files map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, dir := range []string{"model", "actors", "tasks", "counties", "municipalities"} {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".cue") {
				continue
			}
			b, err := fs.ReadFile(fsys, dir+"/"+e.Name())
			if err != nil {
				t.Fatal(err)
			}
			m[dir+"/"+e.Name()] = &fstest.MapFile{Data: b, Mode: 0o644}
		}
	}
	for p, s := range files {
		m[p] = &fstest.MapFile{Data: []byte(s), Mode: 0o644}
	}
	return m
}
