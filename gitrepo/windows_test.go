package gitrepo_test

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/validate"
)

// cloneAsWindows clones src as Git for Windows does by default:
// core.autocrlf=true writes every text file with CRLF line endings (unless
// .gitattributes says otherwise). The user's own git configuration is
// kept out.
func cloneAsWindows(t *testing.T, src string) string {
	t.Helper()
	gitCmd, err := exec.LookPath("git")
	if err != nil {
		t.Skip("SKIPPED: the git command is not installed")
	}
	dst := filepath.Join(t.TempDir(), "clone")
	cmd := exec.Command(gitCmd, "-c", "core.autocrlf=true", "clone", "--quiet", src, dst)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	return dst
}

// crlfFiles lists the files of dir the loader reads that have CRLF line
// endings.
func crlfFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, name := range []string{"model/recommendations.cue", "municipalities/091-helsinki.cue", "actors/vm.cue", ".github/CODEOWNERS"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("\r\n")) {
			out = append(out, name)
		}
	}
	return out
}

// TestWindowsClone: a repository committed with LF endings and cloned on
// Windows (CRLF in every file, inside the model's multi-line strings too,
// and in CODEOWNERS) validates without a finding, and no file counts as
// changed since the commit it was cloned from.
func TestWindowsClone(t *testing.T) {
	w := newWork(t)
	// A multi-line text (""") in the model, whose lines the clone ends
	// with CRLF: its value must not change.
	rec := w.read("model/recommendations.cue")
	i := strings.Index(rec, "\t\tfi: \"Viranomaisten tehtäviä")
	if i < 0 {
		t.Fatal("model/recommendations.cue has no text to make multi-line")
	}
	end := i + strings.Index(rec[i:], "\n")
	w.write("model/recommendations.cue", rec[:i]+"\t\tfi: \"\"\"\n\t\t\tEnsimmäinen rivi.\n\n\t\t\tToinen kappale.\n\t\t\t\"\"\""+rec[end:])
	w.commit("a multi-line text", "2026-01-02")
	dst := cloneAsWindows(t, w.dir)
	if got := crlfFiles(t, dst); len(got) != 4 {
		t.Fatalf("the clone has CRLF endings only in %v; the test needs them everywhere", got)
	}
	ref, err := testrepo.Reference()
	if err != nil {
		t.Fatal(err)
	}
	opts := validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: ref}
	_, findings, err := validate.Run(dst, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		t.Errorf("finding in the Windows clone: %s", f)
	}
	// The model's multi-line strings ("""), CRLF in the clone, have the
	// values they have with LF.
	lf, err := model.Load(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	crlf, err := model.Load(dst)
	if err != nil {
		t.Fatal(err)
	}
	multiline := 0
	for i, rec := range lf.Recommendations() {
		got := crlf.Recommendations()[i]
		if got.Text != rec.Text || got.Title != rec.Title {
			t.Errorf("recommendation %s in the clone: %q, want %q", rec.ID, got.Text, rec.Text)
		}
		if strings.Contains(rec.Text.FI, "\n") {
			multiline++
		}
		if strings.Contains(got.Text.FI+got.Text.SV+got.Text.EN, "\r") {
			t.Errorf("recommendation %s: a CR in the text", rec.ID)
		}
	}
	for i, o := range lf.Observations() {
		got := crlf.Observations()[i]
		if got.Text != o.Text {
			t.Errorf("observation %s in the clone: %q, want %q", o.ID, got.Text, o.Text)
		}
		if strings.Contains(o.Text.FI, "\n") {
			multiline++
		}
	}
	if multiline == 0 {
		t.Error("no recommendation or observation has a multi-line text: the comparison shows nothing")
	}
	r, err := gitrepo.Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	changed, err := r.ChangedSince("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) > 0 {
		t.Errorf("changed since HEAD in a fresh clone: %v", slices.Sorted(maps.Keys(changed)))
	}
	// A real edit still counts.
	p := filepath.Join(dst, "municipalities", "091-helsinki.cue")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, bytes.Replace(b, []byte("694392"), []byte("694393"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if changed, err = r.ChangedSince("HEAD"); err != nil || len(changed) != 1 || !changed["municipalities/091-helsinki.cue"] {
		t.Errorf("after an edit: changed %v, %v", changed, err)
	}
}

// TestGitattributesKeepLF: with the repository's .gitattributes, even a
// Windows clone has LF endings in the CUE files and CODEOWNERS.
func TestGitattributesKeepLF(t *testing.T) {
	attrs, err := os.ReadFile("../.gitattributes")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(attrs), "*.cue") {
		t.Fatalf(".gitattributes names no *.cue:\n%s", attrs)
	}
	w := newWork(t)
	w.write(".gitattributes", string(attrs))
	w.commit("line endings", "2026-01-11")
	dst := cloneAsWindows(t, w.dir)
	if got := crlfFiles(t, dst); len(got) > 0 {
		t.Errorf("CRLF endings in %v despite .gitattributes", got)
	}
}
