package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// TestChangedEqualsFullRun holds `validate --changed BASE` to the full
// run's findings for every kind of change a pull request can make: a
// change whose effects reach other files must widen the check.
func TestChangedEqualsFullRun(t *testing.T) {
	cases := []struct {
		name   string
		change func(t *testing.T, dir string)
		wide   bool // --changed must check every file
	}{
		{"municipality edited", func(t *testing.T, dir string) {
			edit(t, dir, "municipalities/091-helsinki.cue", "status: reported: false", "status: reported: false\n\tnetworks: [\"no-such-network\"]")
		}, false},
		{"actor deleted", func(t *testing.T, dir string) {
			remove(t, dir, "actors/kuntaliitto.cue")
		}, true},
		{"task edited", func(t *testing.T, dir string) {
			edit(t, dir, "tasks/study-1.cue", `area:   "planning-and-development"`, `area:   "no-such-area"`)
		}, true},
		{"municipality deleted", func(t *testing.T, dir string) {
			remove(t, dir, "municipalities/020-akaa.cue")
		}, true},
		{"reference data edited", func(t *testing.T, dir string) {
			write(t, dir, "reference/municipalities.csv", "code,name\n")
		}, true},
		{"model edited", func(t *testing.T, dir string) {
			edit(t, dir, "model/areas.cue", "governance-models", "governance-model")
		}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyRepo(t)
			commitAll(t, dir)
			c.change(t, dir)
			_, full, _ := runCLI("validate", "--format", "json", "--today", "2026-11-23", dir)
			code, part, errOut := runCLI("validate", "--format", "json", "--today", "2026-11-23", "--changed", "HEAD", dir)
			if code == exitTrouble {
				t.Fatalf("--changed: %s", errOut)
			}
			if got := strings.Contains(errOut, "HEAD"); !got {
				t.Errorf("--changed says nothing of the base: %s", errOut)
			}
			if c.wide && !strings.Contains(errOut, "every file") && !strings.Contains(errOut, "kaikki tiedostot") {
				t.Errorf("a change that reaches other files must check every file; stderr: %s", errOut)
			}
			if findings(t, full) != findings(t, part) {
				t.Errorf("--changed differs from the full run\nfull:    %s\nchanged: %s", findings(t, full), findings(t, part))
			}
			if findings(t, full) == "" && c.name != "reference data edited" {
				t.Errorf("the change should produce findings")
			}
		})
	}
}

// findings lists the positions and rules of a JSON findings document.
func findings(t *testing.T, doc string) string {
	t.Helper()
	var fs []struct {
		Rule, File   string
		Line, Column int
	}
	if err := json.Unmarshal([]byte(doc), &fs); err != nil {
		t.Fatalf("%v: %s", err, doc)
	}
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.File + ":" + f.Rule + " ")
	}
	return b.String()
}

func commitAll(t *testing.T, dir string) {
	t.Helper()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("data", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	write(t, dir, file, strings.Replace(string(b), old, new, 1))
}

func write(t *testing.T, dir, file, content string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(file))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, dir, file string) {
	t.Helper()
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
		t.Fatal(err)
	}
}
