package validate_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/validate"
)

type smallRepo struct {
	fs  fstest.MapFS
	ref *reference.Data
}

var small = sync.OnceValues(func() (*smallRepo, error) {
	m, ref, err := testrepo.Small("..")
	if err != nil {
		return nil, err
	}
	return &smallRepo{m, ref}, nil
})

// FuzzOverlay validates a whole fixture-like archive laid over the small
// repository: any files, anywhere (model/ included), and deletions. No
// input panics or stalls the run; every finding has a rule of the
// catalogue, a file of the repository or its reference data, a message
// and a hint.
func FuzzOverlay(f *testing.F) {
	files, err := filepath.Glob("testdata/fixtures/*.txtar")
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, archive []byte) {
		fx, err := testrepo.Parse(archive)
		if err != nil {
			t.Skip("not an archive")
		}
		s, err := small()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range fx.Delete {
			if _, ok := s.fs[d]; !ok {
				t.Skip("deletes a file the small repository does not have")
			}
		}
		for name := range fx.Files {
			// MapFS wants clean, relative, slash-separated names.
			if !fs.ValidPath(name) {
				t.Skip("file name MapFS cannot hold")
			}
		}
		fsys, err := fx.Apply(s.fs)
		if err != nil {
			t.Skip(err)
		}
		var findings []*diag.Finding
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, findings, err = validate.RunFS(fsys, validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: s.ref})
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatal("validation did not end in 30 s")
		}
		if err != nil {
			// A repository that cannot be read at all (MapFS refuses some
			// layouts) is an error, not findings: fine, but say which.
			t.Logf("RunFS: %v", err)
			return
		}
		m := fsys.(fstest.MapFS)
		for _, fd := range findings {
			if _, ok := diag.Lookup(fd.Rule); !ok {
				t.Errorf("rule %q is not in the catalogue: %s", fd.Rule, fd)
			}
			if fd.Message == "" || fd.Hint == "" || !utf8.ValidString(fd.Message) {
				t.Errorf("finding without a message or hint, or not UTF-8: %q", fd)
			}
			switch {
			case fd.Pos.File == reference.MunicipalitiesPath, fd.Pos.File == reference.CountiesPath, fd.Pos.File == codeowners.Path:
			case fd.Pos.File == model.ModelDir:
				// "the repository has no model/ folder"
			case strings.HasSuffix(fd.Pos.File, "/"+model.BindingFile) && fd.Rule == "binding":
				// a missing binding file is named where it belongs
			default:
				if _, ok := m[fd.Pos.File]; !ok {
					t.Errorf("finding in a file the repository does not have: %s", fd)
				}
			}
		}
	})
}
