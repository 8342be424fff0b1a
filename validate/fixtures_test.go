package validate_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/validate"
)

// today is the date every fixture is judged against.
var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var (
	base   = sync.OnceValues(func() (fstest.MapFS, error) { return testrepo.Base("..") })
	refset = sync.OnceValues(testrepo.Reference)
)

// options are the validation options of every fixture.
func options(t *testing.T) validate.Options {
	t.Helper()
	ref, err := refset()
	if err != nil {
		t.Fatal(err)
	}
	return validate.Options{Today: today, Reference: ref}
}

// TestFixtures runs every case of testdata/fixtures: the repository with the
// case's changes must produce exactly the findings the case wants, each with
// its rule, file, line and column.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/fixtures/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fx, err := testrepo.Parse(data)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			fsys, err := fx.Apply(b)
			if err != nil {
				t.Fatal(err)
			}
			_, findings, err := validate.RunFS(fsys, options(t))
			if err != nil {
				t.Fatalf("RunFS: %v", err)
			}
			// A want with a severity holds that finding to it too.
			withSeverity := map[string]bool{}
			for _, w := range fx.Want {
				if f := strings.Fields(w); len(f) == 3 {
					withSeverity[f[0]+" "+f[1]] = true
				}
			}
			got := briefWith(findings, withSeverity)
			want := slices.Clone(fx.Want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\nfindings:\n\t%s\nwant:\n\t%s\nfull findings:\n%s", file,
					strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), full(findings))
			}
			for _, f := range findings {
				if f.Message == "" || f.Hint == "" {
					t.Errorf("finding without message or hint: %s", f)
				}
			}
		})
	}
}

func brief(fs []*diag.Finding) []string { return briefWith(fs, nil) }

// briefWith is brief with the severity added to the findings named.
func briefWith(fs []*diag.Finding, withSeverity map[string]bool) []string {
	out := []string{}
	for _, f := range fs {
		s := f.Pos.String() + " " + f.Rule
		if withSeverity[s] {
			s += " " + f.Severity.String()
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func full(fs []*diag.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("\t" + f.Error() + "\n")
	}
	return b.String()
}

// TestRepository: the repository itself validates without findings.
func TestRepository(t *testing.T) {
	_, findings, err := validate.Run("..", validate.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if len(findings) > 0 {
		t.Errorf("the repository has findings:\n%s", full(findings))
	}
}

// TestEveryRuleHasAFixture: each rule of the catalogue is produced by at
// least one fixture (and the repository and example-full show the passing
// side: no finding at all).
func TestEveryRuleHasAFixture(t *testing.T) {
	files, _ := filepath.Glob("testdata/fixtures/*.txtar")
	covered := map[string]bool{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range fx.Want {
			if f := strings.Fields(w); len(f) >= 2 {
				covered[f[1]] = true
			}
		}
	}
	for _, r := range diag.Rules() {
		if !covered[r.ID] {
			t.Errorf("rule %s has no fixture in testdata/fixtures", r.ID)
		}
	}
}
