package synth_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/govmap/govmap/internal/synth"
	"github.com/govmap/govmap/validate"
)

// TestSynthetic: the generated repository is valid (warnings included) and
// deterministic, and synth refuses to write into a non-empty directory.
func TestSynthetic(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "x1")
	ref, err := synth.Generate("../..", dir, 1, 42)
	if err != nil {
		t.Fatal(err)
	}
	_, findings, err := validate.Run(dir, validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: ref})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		t.Errorf("synthetic repository: %s", f)
	}
	again := filepath.Join(t.TempDir(), "again")
	if _, err := synth.Generate("../..", again, 1, 42); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(dir, "municipalities", "091-helsinki.cue"))
	b, _ := os.ReadFile(filepath.Join(again, "municipalities", "091-helsinki.cue"))
	if string(a) != string(b) || len(a) == 0 {
		t.Error("the same seed gave different files")
	}
	if _, err := synth.Generate("../..", dir, 1, 42); err == nil {
		t.Error("synth wrote into a non-empty directory")
	}
}
