package synth_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/govmap/govmap/internal/synth"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/status"
	"github.com/govmap/govmap/validate"
)

// The synthetic repositories are generated once per test binary, into a
// temporary directory, for all benchmarks.
var (
	synthDirs = map[int]string{}
	synthRefs = map[int]*reference.Data{}
	synthMu   sync.Mutex
)

func synthetic(b *testing.B, scale int) (string, *reference.Data) {
	b.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if d, ok := synthDirs[scale]; ok {
		return d, synthRefs[scale]
	}
	root, err := os.MkdirTemp("", "govmap-synth-")
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(root, fmt.Sprintf("x%d", scale))
	ref, err := synth.Generate("../..", dir, scale, 42)
	if err != nil {
		b.Fatal(err)
	}
	synthDirs[scale], synthRefs[scale] = dir, ref
	return dir, ref
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range synthDirs {
		os.RemoveAll(filepath.Dir(d))
	}
	os.Exit(code)
}

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func BenchmarkLoad(b *testing.B) {
	for _, scale := range []int{1, 10} {
		b.Run(fmt.Sprintf("x%d", scale), func(b *testing.B) {
			dir, _ := synthetic(b, scale)
			b.ResetTimer()
			for b.Loop() {
				if _, err := model.Load(dir); err != nil {
					if _, ok := model.Findings(err); !ok {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, scale := range []int{1, 10} {
		b.Run(fmt.Sprintf("x%d", scale), func(b *testing.B) {
			dir, ref := synthetic(b, scale)
			b.ResetTimer()
			for b.Loop() {
				if _, _, err := validate.Run(dir, validate.Options{Today: today, Reference: ref}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStatus(b *testing.B) {
	for _, scale := range []int{1, 10} {
		b.Run(fmt.Sprintf("x%d", scale), func(b *testing.B) {
			dir, _ := synthetic(b, scale)
			repo, _ := model.Load(dir)
			b.ResetTimer()
			for b.Loop() {
				status.Compute(repo, today)
			}
		})
	}
}
