package validate_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

// today is the date every fixture is judged against.
var today = testrepo.FixtureToday

var (
	base   = sync.OnceValues(func() (fstest.MapFS, error) { return testrepo.FixtureBase("..") })
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
			fx, fsys := readFixture(t, file, b)
			opts := options(t)
			opts.Codeowners = testrepo.FixtureCodeowners(name)
			_, findings, err := validate.RunFS(fsys, opts)
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
			checkTexts(t, file, fx, findings)
		})
	}
}

// checkTexts holds the findings to a fixture's hint and message lines: the
// finding of each want line with such lines must have, in each language
// named, a hint (message) that contains the text. A want line with hints
// names all three languages, and the Finnish and Swedish hints are
// translations, not the English.
func checkTexts(t *testing.T, file string, fx *testrepo.Fixture, findings []*diag.Finding) {
	t.Helper()
	byWant := map[int][]testrepo.Text{}
	for _, x := range fx.Texts {
		byWant[x.Want] = append(byWant[x.Want], x)
	}
	for i, texts := range byWant {
		want := fx.Want[i]
		langs := map[string]map[msg.Lang]bool{}
		for _, x := range texts {
			if langs[x.Kind] == nil {
				langs[x.Kind] = map[msg.Lang]bool{}
			}
			langs[x.Kind][msg.Lang(x.Lang)] = true
		}
		if h := langs["hint"]; h != nil && len(h) != len(msg.Langs) {
			t.Errorf("%s: want %s: give the hint in fi, sv and en", file, want)
		}
		var tried []string
		matched := false
		for _, f := range findings {
			if f.Pos.String()+" "+f.Rule != want {
				continue
			}
			ok := true
			for _, x := range texts {
				m, h := f.In(msg.Lang(x.Lang))
				got := h
				if x.Kind == "message" {
					got = m
				}
				if !strings.Contains(got, x.Text) {
					ok = false
				}
			}
			for _, l := range []msg.Lang{msg.FI, msg.SV} {
				if langs["hint"][l] {
					_, h := f.In(l)
					_, en := f.In(msg.EN)
					if h == en {
						ok = false
					}
				}
			}
			if ok {
				matched = true
				break
			}
			for _, l := range msg.Langs {
				m, h := f.In(l)
				tried = append(tried, fmt.Sprintf("%s: %s\n\t\t%s", l, m, h))
			}
		}
		if !matched {
			var w []string
			for _, x := range texts {
				w = append(w, fmt.Sprintf("%s %s: %s", x.Kind, x.Lang, x.Text))
			}
			t.Errorf("%s: want %s with\n\t%s\ngot:\n\t%s", file, want, strings.Join(w, "\n\t"), strings.Join(tried, "\n\t"))
		}
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

// readFixture reads a case of testdata and lays its files over the base
// repository.
func readFixture(t *testing.T, file string, b fstest.MapFS) (*testrepo.Fixture, fs.FS) {
	t.Helper()
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
	return fx, fsys
}
