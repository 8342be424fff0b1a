package semdiff_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/ghmarkdown"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/semdiff"
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

// load validates the small repository with data as the synthetic
// municipality's file.
func load(t *testing.T, data []byte) (*model.Repository, []*diag.Finding) {
	t.Helper()
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for k, v := range s.fs {
		fsys[k] = v
	}
	fsys[testrepo.SyntheticFile] = &fstest.MapFile{Data: data, Mode: 0o644}
	repo, findings, err := validate.RunFS(fsys, validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: s.ref})
	if err != nil {
		t.Fatalf("RunFS: %v", err)
	}
	return repo, findings
}

// hostile puts markup, a mention and links into the board's name.
func hostile(file []byte) []byte {
	return bytes.ReplaceAll(file, []byte(`"Kunnanhallitus"`),
		[]byte(`"<script>alert(1)</script> @everyone [x](javascript:alert(1)) ![i](https://e.invalid/i.png) <img src=x onerror=alert(1)>"`))
}

// TestCompareHostileName: the hostile seed of FuzzCompare reaches the
// Markdown, escaped.
func TestCompareHostileName(t *testing.T) {
	seeds, err := testrepo.MunicipalityFiles("../validate/testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	var example []byte
	for _, s := range seeds {
		if bytes.Contains(s, []byte(`"Kunnanhallitus"`)) && bytes.Contains(s, []byte("reported: true")) {
			example = s
		}
	}
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	base, bf := load(t, s.fs[testrepo.SyntheticFile].Data)
	head, hf := load(t, hostile(example))
	var md bytes.Buffer
	if err := semdiff.Markdown(&md, semdiff.Compare(base, head, bf, hf)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "&lt;script&gt;") || !strings.Contains(md.String(), "@\u200deveryone") {
		t.Errorf("the hostile name is not in the Markdown, escaped:\n%s", md.String())
	}
}

// FuzzCompare compares two versions of a municipality's file: Compare and
// every format never panic, JSON is valid, and the Markdown of a
// pull-request comment carries nothing from the files that GitHub would
// make live (ghmarkdown.Live: no tag, link, image, mention, reference,
// autolink, math or control character).
func FuzzCompare(f *testing.F) {
	seeds, err := testrepo.MunicipalityFiles("../validate/testdata/fixtures")
	if err != nil {
		f.Fatal(err)
	}
	for i := range seeds {
		f.Add(seeds[i], seeds[(i+1)%len(seeds)])
	}
	example := seeds[0]
	for _, s := range seeds {
		if bytes.Contains(s, []byte("maintainers:")) && bytes.Contains(s, []byte("reported: true")) {
			example = s
		}
	}
	s, err := small()
	if err != nil {
		f.Fatal(err)
	}
	unreported := s.fs[testrepo.SyntheticFile].Data
	f.Add(unreported, hostile(example))
	f.Add([]byte{}, example)
	f.Fuzz(func(t *testing.T, a, b []byte) {
		base, bf := load(t, a)
		head, hf := load(t, b)
		r := semdiff.Compare(base, head, bf, hf)
		var text, js, md, comment bytes.Buffer
		if err := semdiff.Text(&text, r); err != nil {
			t.Fatal(err)
		}
		if err := semdiff.JSON(&js, r); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(js.Bytes()) {
			t.Errorf("JSON output is not valid JSON:\n%s", js.String())
		}
		if err := semdiff.Markdown(&md, r); err != nil {
			t.Fatal(err)
		}
		if err := semdiff.Comment(&comment, hf, r, r.Languages); err != nil {
			t.Fatal(err)
		}
		for _, out := range []string{md.String(), comment.String()} {
			if live := ghmarkdown.Live(out); len(live) > 0 {
				t.Errorf("Markdown has %s:\n%s", strings.Join(live, "; "), out)
			}
		}
	})
}
