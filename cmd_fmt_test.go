package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"cuelang.org/go/cue/parser"

	"github.com/govmap/govmap/internal/testrepo"
)

// cueBinary finds the official cue command, as validate's tests do. CI
// sets GOVMAP_REQUIRE_CUE=1 and installs it, so there the test never skips.
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

var (
	leadingTabs = regexp.MustCompile(`(?m)^\t+`)
	alignedVal  = regexp.MustCompile(`(?m)^(\s*[A-Za-z"][A-Za-z0-9"-]*:)[ \t]+`)
)

// messy lays a canonical file out as an officer might: spaces for tabs
// (two per level, as GitHub's web editor may), values not lined up, no
// final newline.
func messy(s string) string {
	s = leadingTabs.ReplaceAllStringFunc(s, func(tabs string) string { return strings.Repeat("  ", len(tabs)) })
	s = alignedVal.ReplaceAllString(s, "$1 ")
	return strings.TrimRight(s, "\n")
}

// windows saves a file as a Windows editor might: a byte-order mark and
// CRLF line endings.
func windows(s string) string { return "\uFEFF" + strings.ReplaceAll(s, "\n", "\r\n") }

func parses(b []byte) bool {
	_, err := parser.ParseFile("x.cue", b, parser.ParseComments)
	return err == nil
}

func writeTree(t *testing.T, root string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFmtMatchesCueFmt: govmap fmt writes exactly what the official
// `cue fmt` writes, for every data file of the repository, every CUE file
// of the validator's fixtures that parses, and a messy layout of each data
// file. Files saved on Windows (a byte-order mark, CRLF endings) become
// what cue fmt makes of the same file with LF endings: cue fmt itself
// rejects CRLF inside a multi-line string.
func TestFmtMatchesCueFmt(t *testing.T) {
	cue := cueBinary(t)
	data, err := fmtFiles(".", nil)
	if err != nil {
		t.Fatal(err)
	}
	ours, theirs := map[string][]byte{}, map[string][]byte{}
	both := func(name string, b []byte) {
		ours[name], theirs[name] = b, b
	}
	for _, f := range data {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		both("data/"+f, b)
		m := messy(string(b))
		if !parses([]byte(m)) {
			t.Fatalf("the messy layout of %s does not parse:\n%s", f, m)
		}
		both("messy/"+f, []byte(m))
		// cue fmt drops a byte-order mark itself; CRLF only govmap reads.
		ours["windows/"+f] = []byte(windows(m))
		theirs["windows/"+f] = []byte("\uFEFF" + m)
	}
	fixtures, _ := filepath.Glob("validate/testdata/fixtures/*.txtar")
	nfix := 0
	for _, file := range fixtures {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := testrepo.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		for name, src := range fx.Files {
			if strings.HasSuffix(name, ".cue") && parses(src) {
				both("fixtures/"+strings.TrimSuffix(filepath.Base(file), ".txtar")+"/"+name, src)
				nfix++
			}
		}
	}
	if len(data) < 300 || nfix < 50 {
		t.Fatalf("only %d data files and %d fixture files", len(data), nfix)
	}
	// The module's language version, which govmap fmt gives the parser as
	// `cue fmt ./...` does.
	mod, err := os.ReadFile("cue.mod/module.cue")
	if err != nil {
		t.Fatal(err)
	}
	ours["cue.mod/module.cue"], theirs["cue.mod/module.cue"] = mod, mod

	a, b := t.TempDir(), t.TempDir()
	writeTree(t, a, ours)
	writeTree(t, b, theirs)
	code, _, errOut := runCLI("fmt", "-C", a, "data", "messy", "windows", "fixtures")
	if code != exitOK {
		t.Fatalf("govmap fmt: exit %d\n%s", code, errOut)
	}
	cmd := exec.Command(cue, "fmt", "--files", ".")
	cmd.Dir = b
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cue fmt: %v\n%s", err, out)
	}
	got, want := readTree(t, a), readTree(t, b)
	if len(got) != len(want) {
		t.Fatalf("%d files, cue fmt %d", len(got), len(want))
	}
	differ := 0
	for name, w := range want {
		if !bytes.Equal(got[name], w) {
			if differ++; differ <= 5 {
				t.Errorf("%s: govmap fmt wrote\n%s\ncue fmt wrote\n%s", name, got[name], w)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d files differ from cue fmt", differ, len(want))
	}
	// The messy files needed formatting: the comparison was not idle.
	if bytes.Equal(got["messy/municipalities/091-helsinki.cue"], theirs["messy/municipalities/091-helsinki.cue"]) {
		t.Error("the messy Helsinki was already canonical")
	}
}

// messUp rewrites files of a repository copy in non-canonical layouts and
// returns their canonical content.
func messUp(t *testing.T, dir string, layouts map[string]func(string) string) map[string][]byte {
	t.Helper()
	canonical := map[string][]byte{}
	for name, fn := range layouts {
		p := filepath.Join(dir, filepath.FromSlash(name))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		canonical[name] = b
		if err := os.WriteFile(p, []byte(fn(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return canonical
}

func TestFmtCheck(t *testing.T) {
	dir := copyRepo(t)
	code, out, errOut := runCLI("fmt", "--check", "-C", dir)
	if code != exitOK || out != "" {
		t.Fatalf("--check on the repository: exit %d\n%s%s", code, out, errOut)
	}
	messUp(t, dir, map[string]func(string) string{
		"municipalities/091-helsinki.cue": messy,
		"model/recommendations.cue":       windows, // CRLF inside """ strings too
		"actors/vm.cue":                   func(s string) string { return windows(messy(s)) },
	})
	before := readTree(t, dir)
	code, out, errOut = runCLI("fmt", "--check", "--lang", "en", "-C", dir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if want := "model/recommendations.cue\nactors/vm.cue\nmunicipalities/091-helsinki.cue\n"; out != want {
		t.Errorf("--check listed\n%s\nwant\n%s", out, want)
	}
	if !strings.Contains(errOut, "3 of ") || !strings.Contains(errOut, "`govmap fmt` rewrites them") {
		t.Errorf("summary %q", errOut)
	}
	if after := readTree(t, dir); !mapsEqual(before, after) {
		t.Error("--check changed files")
	}
	// One file, and the language of the summary.
	code, out, errOut = runCLI("fmt", "--check", "--lang", "sv", "-C", dir, "municipalities/091-helsinki.cue", "actors/fisc.cue")
	if code != exitFailed || out != "municipalities/091-helsinki.cue\n" || !strings.Contains(errOut, "1 av 2 fil(er) har inte standardlayouten") {
		t.Errorf("--check FILE: exit %d\n%s%s", code, out, errOut)
	}
}

func mapsEqual(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// TestFmtRewrites: govmap fmt restores the canonical layout (a file saved
// with CRLF and a byte-order mark included), keeps each file's mode, does
// not touch testdata, and a second run changes nothing.
func TestFmtRewrites(t *testing.T) {
	dir := copyRepo(t)
	canonical := messUp(t, dir, map[string]func(string) string{
		"municipalities/091-helsinki.cue": messy,
		"model/recommendations.cue":       windows,
		"actors/vm.cue":                   func(s string) string { return windows(messy(s)) },
	})
	vm := filepath.Join(dir, "actors", "vm.cue")
	if err := os.Chmod(vm, 0o600); err != nil {
		t.Fatal(err)
	}
	// Test data is not the repository's: left as it is.
	testdata := filepath.Join(dir, "municipalities", "testdata", "x.cue")
	writeTree(t, dir, map[string][]byte{"municipalities/testdata/x.cue": []byte("a:     1")})

	code, out, errOut := runCLI("fmt", "--lang", "en", "-C", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if want := "formatted model/recommendations.cue\nformatted actors/vm.cue\nformatted municipalities/091-helsinki.cue\n"; out != want {
		t.Errorf("stdout\n%s\nwant\n%s", out, want)
	}
	for name, want := range canonical {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s after govmap fmt:\n%q\nwant\n%q", name, got, want)
		}
	}
	if st, err := os.Stat(vm); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode of actors/vm.cue: %v, %v; want 0600 kept", st.Mode(), err)
	}
	if b, _ := os.ReadFile(testdata); string(b) != "a:     1" {
		t.Errorf("testdata rewritten: %q", b)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "actors")); slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.HasPrefix(e.Name(), ".") }) {
		t.Error("a temporary file was left behind")
	}

	// Idempotent: nothing left to do.
	before := readTree(t, dir)
	code, out, errOut = runCLI("fmt", "--lang", "en", "-C", dir)
	if code != exitOK || out != "" || !strings.Contains(errOut, "0 of ") {
		t.Errorf("second run: exit %d\n%s%s", code, out, errOut)
	}
	if !mapsEqual(before, readTree(t, dir)) {
		t.Error("second run changed files")
	}
	if code, out, _ := runCLI("fmt", "--check", "-C", dir); code != exitOK || out != "" {
		t.Errorf("--check after fmt: exit %d\n%s", code, out)
	}
	// The formatted repository is as valid as before.
	if code, out, errOut := runCLI("validate", "--today", "2026-11-23", dir); code != exitOK {
		t.Errorf("validate after fmt: exit %d\n%s%s", code, out, errOut)
	}
}

// TestFmtLeavesBrokenFile: a file that does not parse is reported with its
// position and left byte for byte as it is; the other files are formatted.
func TestFmtLeavesBrokenFile(t *testing.T) {
	dir := copyRepo(t)
	messUp(t, dir, map[string]func(string) string{"actors/vm.cue": messy})
	broken := "package municipalities\r\n\r\nmunicipalities: \"091\": {\r\n    name:   {fi: \"Helsinki\"\r\n    county: \"90\"\r\n}\r\n"
	writeTree(t, dir, map[string][]byte{"municipalities/091-helsinki.cue": []byte(broken)})

	code, out, errOut := runCLI("fmt", "--check", "--lang", "en", "-C", dir)
	if code != exitFailed || out != "actors/vm.cue\n" {
		t.Errorf("--check: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI("fmt", "--lang", "en", "-C", dir)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if out != "formatted actors/vm.cue\n" {
		t.Errorf("stdout %q", out)
	}
	for _, want := range []string{
		// The { left open, not the end of the file where the parser noticed.
		"municipalities/091-helsinki.cue:4:13: error syntax: the { after name is never closed",
		"\tAdd a } after line 4, where name ends.",
		"govmap fmt: municipalities/091-helsinki.cue does not parse, so its layout cannot be fixed; it was left as it is",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "municipalities", "091-helsinki.cue")); string(b) != broken {
		t.Errorf("the broken file was changed:\n%q", b)
	}
	// In Finnish, the default.
	t.Setenv("GOVMAP_LANG", "")
	_, _, errOut = runCLI("fmt", "-C", dir)
	if !strings.Contains(errOut, "sisältää syntaksivirheen") || !strings.Contains(errOut, "virhe syntax") {
		t.Errorf("Finnish stderr:\n%s", errOut)
	}
}

func TestFmtUsage(t *testing.T) {
	dir := copyRepo(t)
	writeTree(t, dir, map[string][]byte{"README.md": []byte("# x\n")})
	for _, args := range [][]string{
		{"fmt", "--lang", "de"},
		{"fmt", "-C", dir, "README.md"},
		{"fmt", "-C", dir, "municipalities/000-missing.cue"},
		{"fmt", "-C", t.TempDir()},
	} {
		code, _, errOut := runCLI(args...)
		if code != exitTrouble || errOut == "" {
			t.Errorf("%q: exit %d, %q", args, code, errOut)
		}
	}
}
