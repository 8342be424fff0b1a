package validate_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/validate"
)

// TestMonthFixtures runs the cases of testdata/months, each judged on its
// own day (a "# today: YYYY-MM-DD" comment line) rather than the common
// one: intervals in months end on the target month's last day when it is
// shorter (model.AddMonths), and these cases sit on either side of such a
// day. Only the findings in the case's own files count (the real
// municipalities' reports fall due on other days).
func TestMonthFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/months/*.txtar")
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
			fx, fsys := readFixture(t, file, b)
			var day time.Time
			var err error
			for _, l := range strings.Split(fx.Comment, "\n") {
				if s, ok := strings.CutPrefix(l, "today: "); ok {
					day, err = time.Parse(time.DateOnly, strings.TrimSpace(s))
					if err != nil {
						t.Fatalf("%s: %v", file, err)
					}
				}
			}
			if day.IsZero() {
				t.Fatalf("%s: no \"# today: YYYY-MM-DD\" line", file)
			}
			opts := options(t)
			opts.Today = day
			_, all, err := validate.RunFS(fsys, opts)
			if err != nil {
				t.Fatalf("RunFS: %v", err)
			}
			var findings []*diag.Finding
			for _, f := range all {
				if _, ok := fx.Files[f.Pos.File]; ok {
					findings = append(findings, f)
				}
			}
			got := brief(findings)
			want := slices.Clone(fx.Want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\nfindings:\n\t%s\nwant:\n\t%s\nfull findings:\n%s", file,
					strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), full(findings))
			}
			checkTexts(t, file, fx, findings)
		})
	}
}
