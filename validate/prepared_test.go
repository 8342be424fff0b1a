package validate_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

// exact is everything a reader gets of a finding: rule, severity,
// position, and the message and hint in each language.
func exact(fs []*diag.Finding) []string {
	var out []string
	for _, f := range fs {
		s := fmt.Sprintf("%s %s %s", f.Pos, f.Rule, f.Severity)
		for _, l := range msg.Langs {
			m, h := f.In(l)
			s += fmt.Sprintf("\n\t%s: %s | %s", l, m, h)
		}
		out = append(out, s)
	}
	return out
}

// TestPreparedIsTheSameValidator runs every fixture as the editor does,
// with only the fixture's files checked, twice: once as `validate` does and
// once through one model.Prepared shared by all the fixtures in turn (so
// the kept model, context and index serve many loads, and a fixture that
// changes the model makes it recompute and the next one recompute back).
// The findings must be the same to the letter in fi, sv and en, and so
// must the repositories.
func TestPreparedIsTheSameValidator(t *testing.T) {
	t.Parallel() // with the other fixture runs; its own loads one after the other
	files, err := filepath.Glob("testdata/fixtures/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	prepared, err := model.Prepare(b)
	if err != nil {
		t.Fatal(err)
	}
	withFindings, modelChanged := 0, 0
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		fx, fsys := readFixture(t, file, b)
		changed := append(slices.Clone(fx.Order), fx.Delete...)
		if slices.ContainsFunc(changed, func(p string) bool { return strings.HasPrefix(p, model.ModelDir+"/") }) {
			modelChanged++
		}
		// As the editor: the fixture's files checked. Then a file the
		// fixture does not touch checked, so that the fixture's files are
		// read as the trusted index (a changed trusted file must not be
		// taken for the one kept).
		for _, only := range [][]string{changed, {testrepo.SyntheticFile}} {
			opts := options(t)
			opts.Codeowners = strings.HasPrefix(name, "codeowners-")
			opts.Only = func(p string) bool { return slices.Contains(only, p) }
			repo, want, err := validate.RunFS(fsys, opts)
			if err != nil {
				t.Fatalf("%s: RunFS: %v", name, err)
			}
			if len(want) > 0 {
				withFindings++
			}
			// Twice: the first load may compute what the base keeps (a
			// fixture that changes the model), the second reuses it.
			for run := 1; run <= 2; run++ {
				opts.Base = prepared
				prepRepo, got, err := validate.RunFS(fsys, opts)
				if err != nil {
					t.Fatalf("%s: RunFS with a base: %v", name, err)
				}
				if g, w := exact(got), exact(want); !slices.Equal(g, w) {
					t.Errorf("%s, checking %s, run %d: with a base the findings are\n%s\nwithout\n%s", name, only, run, strings.Join(g, "\n"), strings.Join(w, "\n"))
				}
				if !reflect.DeepEqual(prepRepo.Municipalities(), repo.Municipalities()) || !reflect.DeepEqual(prepRepo.Areas(), repo.Areas()) ||
					!reflect.DeepEqual(prepRepo.Actors(), repo.Actors()) || !reflect.DeepEqual(prepRepo.Counties(), repo.Counties()) ||
					!reflect.DeepEqual(prepRepo.Tasks(), repo.Tasks()) || !reflect.DeepEqual(prepRepo.Requirements(), repo.Requirements()) ||
					prepRepo.ModelBroken() != repo.ModelBroken() || !slices.Equal(prepRepo.BrokenFiles(), repo.BrokenFiles()) {
					t.Errorf("%s, checking %s, run %d: the repository loaded with a base differs", name, only, run)
				}
			}
		}
	}
	// Not a comparison of empty lists: most fixtures have findings, and
	// some change the model.
	if withFindings < len(files)/2 || modelChanged == 0 {
		t.Errorf("%d of %d fixtures have findings, %d change the model", withFindings, len(files), modelChanged)
	}
}
