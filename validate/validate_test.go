package validate_test

import (
	"testing"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/validate"
)

func TestFailed(t *testing.T) {
	warning := []*diag.Finding{{Rule: "x", Severity: diag.Warning}}
	notice := []*diag.Finding{{Rule: "x", Severity: diag.Notice}}
	errs := []*diag.Finding{{Rule: "x", Severity: diag.Error}}
	for _, c := range []struct {
		name   string
		fs     []*diag.Finding
		strict bool
		want   bool
	}{
		{"none", nil, true, false},
		{"notice strict", notice, true, false},
		{"warning", warning, false, false},
		{"warning strict", warning, true, true},
		{"error", errs, false, true},
	} {
		if got := validate.Failed(c.fs, c.strict); got != c.want {
			t.Errorf("%s: Failed = %v, want %v", c.name, got, c.want)
		}
	}
}
