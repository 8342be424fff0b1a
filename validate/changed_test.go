package validate_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/validate"
)

// TestChangedMatchesFull: checking only the files a change touches (the
// rest read as a trusted index) reports, for those files, exactly the
// findings of a full run — for every fixture that leaves the model alone.
func TestChangedMatchesFull(t *testing.T) {
	files, _ := filepath.Glob("testdata/fixtures/*.txtar")
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		data, _ := os.ReadFile(file)
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		touched := map[string]bool{}
		for name := range fx.Files {
			touched[name] = true
		}
		for _, d := range fx.Delete {
			touched[d] = true
		}
		if slices.ContainsFunc(slices.Collect(maps.Keys(touched)), func(p string) bool { return strings.HasPrefix(p, "model/") }) {
			continue // the CLI checks everything when the model changes
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			fsys, err := fx.Apply(b)
			if err != nil {
				t.Fatal(err)
			}
			opts := options(t)
			_, full, err := validate.RunFS(fsys, opts)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, f := range full {
				if touched[f.Pos.File] {
					want = append(want, f.Error())
				}
			}
			opts.Only = func(p string) bool { return touched[p] }
			_, part, err := validate.RunFS(fsys, opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range part {
				got = append(got, f.Error())
			}
			if !slices.Equal(got, want) {
				t.Errorf("changed-only findings:\n\t%s\nfull run, touched files:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d fixtures compared", n)
	}
}
