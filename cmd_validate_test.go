package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// findingsOf makes n findings of a severity, on lines 1..n of one file.
func findingsOf(n int, s diag.Severity) []*diag.Finding {
	var out []*diag.Finding
	for i := range n {
		out = append(out, diag.New("review-date", model.Pos{File: "municipalities/999-esimerkkila.cue", Line: i + 1, Col: 2},
			"finding %d", i+1).WithSeverity(s))
	}
	return out
}

// TestAnnotationLimit: GitHub shows 10 annotations of each kind per step.
// Beyond that one notice, first (so it is among those shown), says how
// many are not shown and where they all are; every finding is still
// printed for the log.
func TestAnnotationLimit(t *testing.T) {
	for _, tc := range []struct {
		name                      string
		errors, warnings, notices int
		summary                   string
		want                      string // the first line; "" for none
	}{
		{"at the limit", 10, 10, 10, "", ""},
		{"errors over", 12, 3, 0, "s.md",
			"::notice title=govmap validate::GitHub shows at most 10 annotations of each kind per step; not shown here: 2 errors, 0 warnings, 0 notices. Every finding is in this step's log and in the run's summary."},
		{"warnings over, notices at the limit, no summary", 0, 11, 10, "",
			// The notice takes one of the notices' ten places.
			"::notice title=govmap validate::GitHub shows at most 10 annotations of each kind per step; not shown here: 0 errors, 1 warnings, 1 notices. Every finding is in this step's log."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fs []*diag.Finding
			fs = append(fs, findingsOf(tc.errors, diag.Error)...)
			fs = append(fs, findingsOf(tc.warnings, diag.Warning)...)
			fs = append(fs, findingsOf(tc.notices, diag.Notice)...)
			var b bytes.Buffer
			if err := writeGitHub(&b, fs, msg.EN, tc.summary); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			extra := 0
			if tc.want != "" {
				extra = 1
				if lines[0] != tc.want {
					t.Errorf("first line:\n%s\nwant:\n%s", lines[0], tc.want)
				}
			} else if strings.HasPrefix(lines[0], "::notice title=govmap validate") {
				t.Errorf("a notice at the limit: %s", lines[0])
			}
			if len(lines) != len(fs)+extra {
				t.Errorf("%d lines, want %d (every finding and %d notice)", len(lines), len(fs)+extra, extra)
			}
		})
	}
	// In Finnish.
	var b bytes.Buffer
	if err := writeGitHub(&b, findingsOf(11, diag.Error), msg.FI, "s.md"); err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(b.String(), "\n"); first != "::notice title=govmap validate::GitHub näyttää enintään 10 kunkin lajin merkintää (annotation) vaihetta kohden; tässä ei näy: 1 virhettä, 0 varoitusta, 0 huomautusta. Kaikki havainnot ovat tämän vaiheen lokissa ja ajon yhteenvedossa." {
		t.Errorf("Finnish notice: %s", first)
	}
}

// TestStepSummary: the whole list goes to the run's summary, in the
// language asked for, with every value from the files escaped.
func TestStepSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(path, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	hostile := diag.New("unknown-party", model.Pos{File: "municipalities/999-esimerkkila.cue", Line: 3, Col: 4},
		"names %q", "<img src=x onerror=alert(1)> | @everyone [x](javascript:alert(1))")
	fs := append([]*diag.Finding{hostile}, findingsOf(11, diag.Warning)...)
	if err := writeStepSummary(path, fs, msg.SV); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.HasPrefix(got, "earlier step\n## govmap validate\n\n1 fel, 11 varningar, 0 anmärkningar.\n\n| | regel | plats | meddelande | åtgärd |\n|---|---|---|---|---|\n") {
		t.Errorf("summary does not start as expected (appended, heading, counts, table):\n%s", got)
	}
	if n := strings.Count(got, "\n| "); n != 1+len(fs) {
		t.Errorf("%d table rows, want a header and %d findings:\n%s", n, len(fs), got)
	}
	if !strings.Contains(got, "| ❌ fel | `unknown-party` | `municipalities/999-esimerkkila.cue:3:4` |") ||
		!strings.Contains(got, "| ⚠️ varning | `review-date` |") {
		t.Errorf("rows:\n%s", got)
	}
	for _, bad := range []string{"<img", "@everyone", "](javascript", " | @"} {
		if strings.Contains(got, bad) {
			t.Errorf("summary contains %q unescaped:\n%s", bad, got)
		}
	}
	// No summary file: nothing written, no error.
	if err := writeStepSummary("", fs, msg.SV); err != nil {
		t.Error(err)
	}
}

// TestValidateGitHubManyErrors runs `govmap validate --format github` on a
// repository with twelve errors, as the pull-request workflow does.
func TestValidateGitHubManyErrors(t *testing.T) {
	dir := copyRepo(t)
	files, err := filepath.Glob(filepath.Join(dir, "municipalities", "0*.cue"))
	if err != nil || len(files) < 12 {
		t.Fatalf("municipality files: %v, %v", files, err)
	}
	for _, file := range files[:12] {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// Test data in a temporary copy only.
		if err := os.WriteFile(file, bytes.Replace(b, []byte("status: reported: false"), []byte("status: reported: 1"), 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	code, out, errOut := runCLI("validate", "--format", "github", "--lang", "en", dir)
	if code != exitFailed {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 13 || !strings.HasPrefix(lines[0], "::notice title=govmap validate::GitHub shows at most 10 annotations of each kind per step; not shown here: 2 errors, 0 warnings, 0 notices.") {
		t.Errorf("%d lines, first %q", len(lines), lines[0])
	}
	if n := strings.Count(out, "::error file=municipalities/"); n != 12 {
		t.Errorf("%d error annotations printed, want all 12", n)
	}
	b, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "12 errors, 0 warnings, 0 notices.") || strings.Count(string(b), "| ❌ error | `schema` |") != 12 {
		t.Errorf("summary:\n%s", b)
	}
}

// TestDayInFinland: "today" is the day in Finland, not the machine's or
// UTC's: late evening UTC is already the next day in Helsinki (UTC+2 in
// winter, UTC+3 in summer).
func TestDayInFinland(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 1, 15, 22, 30, 0, 0, time.UTC), "2026-01-16"}, // 00:30 in Helsinki
		{time.Date(2026, 1, 15, 21, 59, 0, 0, time.UTC), "2026-01-15"}, // 23:59
		{time.Date(2026, 7, 1, 21, 30, 0, 0, time.UTC), "2026-07-02"},  // 00:30, summer time
		{time.Date(2026, 7, 1, 20, 30, 0, 0, time.UTC), "2026-07-01"},  // 23:30
		{time.Date(2026, 12, 31, 22, 0, 0, 0, time.UTC), "2027-01-01"}, // a new year
		// The same instant given in another zone is the same day.
		{time.Date(2026, 1, 15, 17, 30, 0, 0, time.FixedZone("EST", -5*3600)), "2026-01-16"},
	} {
		got, err := dayIn(c.now)
		if err != nil {
			t.Fatal(err)
		}
		if got.Format(time.DateOnly) != c.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("dayIn(%s) = %s, want %s at midnight UTC", c.now, got, c.want)
		}
	}
}

func TestRepoOwner(t *testing.T) {
	for in, want := range map[string]string{"": "", "govmap/govmap": "govmap", "Kunta-X/govmap": "Kunta-X"} {
		if got, err := repoOwner(in); err != nil || got != want {
			t.Errorf("repoOwner(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"govmap", "/govmap", "govmap/", "a/b/c"} {
		if _, err := repoOwner(in); err == nil {
			t.Errorf("repoOwner(%q): no error", in)
		}
	}
}
