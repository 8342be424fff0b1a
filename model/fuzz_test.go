package model_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"cuelang.org/go/cue/parser"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/validate"
)

// fuzzFile is the file FuzzLoadMunicipality writes: the synthetic
// municipality's, so any content is "a municipality's file".
const fuzzFile = testrepo.SyntheticFile

// fuzzDeadline bounds one validation of the small repository, which
// takes milliseconds.
const fuzzDeadline = 30 * time.Second

type fuzzRepo struct {
	fs  fstest.MapFS
	ref *reference.Data
}

// smallRepo is testrepo.Small, read once.
var smallRepo = sync.OnceValues(func() (*fuzzRepo, error) {
	m, ref, err := testrepo.Small("..")
	if err != nil {
		return nil, err
	}
	return &fuzzRepo{fs: m, ref: ref}, nil
})

// FuzzLoadMunicipality lays any bytes over the synthetic municipality's
// file and validates the small repository: nothing panics, and every
// finding has a rule of the catalogue, a file of the repository (never
// model/, which the input cannot touch), a message and a hint; a finding
// in the input file has a line and column inside it whenever the input is
// UTF-8 text the loader reads.
func FuzzLoadMunicipality(f *testing.F) {
	seeds, err := testrepo.MunicipalityFiles("../validate/testdata/fixtures")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Add([]byte{})
	f.Add([]byte("\xef\xbb\xbfpackage municipalities\n"))
	f.Add([]byte("package municipalities\r\rmunicipalities: \"999\": {}\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		small, err := smallRepo()
		if err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{}
		for k, v := range small.fs {
			fsys[k] = v
		}
		fsys[fuzzFile] = &fstest.MapFile{Data: data, Mode: 0o644}
		opts := validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: small.ref}
		// The fuzzer has no time limit per input: a validation that does
		// not end would stall it without a word, so give it one.
		var findings []*diag.Finding
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, findings, err = validate.RunFS(fsys, opts)
		}()
		select {
		case <-done:
		case <-time.After(fuzzDeadline):
			t.Fatalf("validation did not end in %s", fuzzDeadline)
		}
		if err != nil {
			t.Fatalf("RunFS: %v", err)
		}
		readable := utf8.Valid(data) && len(data) <= model.MaxFileSize
		_, parseErr := parser.ParseFile(fuzzFile, data)
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, fd := range findings {
			checkFinding(t, fd)
			switch {
			case strings.HasPrefix(fd.Pos.File, "model/"):
				t.Errorf("finding in model/, which the input does not touch: %s", fd)
			case fd.Pos.File == fuzzFile:
				if !readable {
					continue
				}
				if fd.Pos.Line <= 0 || fd.Pos.Col <= 0 {
					if parseErr == nil {
						t.Errorf("finding without a line in a file that parses: %s", fd)
					} else {
						t.Logf("finding without a line in a file that does not parse: %s", fd)
					}
				}
				if fd.Pos.Line > lines {
					t.Errorf("finding after the last line (%d): %s", lines, fd)
				}
			case fd.Pos.File == reference.MunicipalitiesPath, fd.Pos.File == reference.CountiesPath, fd.Pos.File == codeowners.Path:
			default:
				if _, ok := fsys[fd.Pos.File]; !ok {
					t.Errorf("finding in a file the repository does not have: %s", fd)
				}
			}
		}
	})
}

// checkFinding holds a finding to what every finding needs.
func checkFinding(t *testing.T, f *diag.Finding) {
	t.Helper()
	if _, ok := diag.Lookup(f.Rule); !ok {
		t.Errorf("rule %q is not in the catalogue: %s", f.Rule, f)
	}
	if f.Pos.File == "" {
		t.Errorf("finding without a file: %s", f)
	}
	if f.Message == "" || f.Hint == "" {
		t.Errorf("finding without a message or hint: %s", f)
	}
	if !utf8.ValidString(f.Message) || !utf8.ValidString(f.Hint) {
		t.Errorf("finding with a message that is not UTF-8: %q", f.Message)
	}
}
