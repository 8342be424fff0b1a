package validate_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
)

// cueBinary finds the official cue command. CI sets GOVMAP_REQUIRE_CUE=1
// and installs it, so there the test never skips.
func cueBinary(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("cue"); err == nil {
		return p
	}
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		p := filepath.Join(strings.TrimSpace(string(out)), "bin", "cue")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("GOVMAP_REQUIRE_CUE") != "" {
		t.Fatal("the cue command is required (GOVMAP_REQUIRE_CUE is set) but not installed")
	}
	t.Skip("SKIPPED: the official cue command is not installed; `go install cuelang.org/go/cmd/cue@v0.17.1` to run this test")
	return ""
}

// schemaRules are the findings the official cue vet must catch too.
var schemaRules = []string{"syntax", "schema", "unknown-field", "missing-field"}

// TestCueVet: the official `cue vet` accepts the repository, and rejects
// every fixture that breaks the schema: the bindings make the CUE files
// checkable without govmap.
func TestCueVet(t *testing.T) {
	cue := cueBinary(t)
	vet := func(dir string) (string, error) {
		cmd := exec.Command(cue, "vet", "-c", "./...")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	// The repository as govmap reads it (model.Normalize): a data file
	// uploaded from Windows may have CRLF endings, which cue rejects in a
	// multi-line string with an empty line.
	repoDir := t.TempDir()
	normalized := fstest.MapFS{}
	for name, f := range b {
		normalized[name] = &fstest.MapFile{Data: model.Normalize(f.Data), Mode: f.Mode}
	}
	if err := os.CopyFS(repoDir, normalized); err != nil {
		t.Fatal(err)
	}
	if out, err := vet(repoDir); err != nil {
		t.Fatalf("cue vet on the repository: %v\n%s", err, out)
	}
	files, _ := filepath.Glob("testdata/fixtures/*.txtar")
	n := 0
	for _, file := range files {
		data, _ := os.ReadFile(file)
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		breaksSchema := slices.ContainsFunc(fx.Want, func(w string) bool {
			f := strings.Fields(w)
			return len(f) == 2 && slices.Contains(schemaRules, f[1])
		})
		// A fixture without findings is the passing side: cue vet
		// accepts it too (example-full, Swedish-only texts).
		passes := len(fx.Want) == 0
		if !breaksSchema && !passes {
			continue
		}
		fsys, err := fx.Apply(b)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := os.CopyFS(dir, fsys); err != nil {
			t.Fatal(err)
		}
		out, err := vet(dir)
		switch {
		case passes && err != nil:
			t.Errorf("%s: cue vet failed, want it to pass\n%s", file, out)
		case breaksSchema:
			n++
			if err == nil {
				t.Errorf("%s: cue vet passed, want it to fail\n%s", file, out)
			}
		}
	}
	if n < 4 {
		t.Errorf("only %d schema fixtures", n)
	}
}
