package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
)

// TestFlagsAfterArguments: every command that takes arguments takes its
// flags after them too. Each case is one that failed with package flag's
// stop at the first argument ("want at most one directory, got 3
// arguments"); now the flag after the argument is the one that answers.
func TestFlagsAfterArguments(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "")
	notRepo := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want string // in stderr
	}{
		{[]string{"validate", ".", "--format", "xml", "--lang", "en"}, exitTrouble, `govmap validate: unknown format "xml" (want one of: text, json, github)`},
		{[]string{"validate", ".", "--strict=false", "--today", "2026-13-01"}, exitTrouble, `--today "2026-13-01": want a date YYYY-MM-DD`},
		{[]string{"status", ".", "--lang", "sv", "--format", "xml"}, exitTrouble, `govmap status: okänt utdataformat "xml"`},
		{[]string{"export", ".", "--format", "csv", "--lang", "en"}, exitTrouble, `govmap export: unknown format "csv"`},
		{[]string{"overdue", ".", "--format", "pdf", "--lang", "en"}, exitTrouble, `govmap overdue: unknown format "pdf"`},
		{[]string{"build", ".", "-o", filepath.Join(notRepo, "site"), "--today", "someday"}, exitTrouble, `--today "someday"`},
		{[]string{"serve", ".", "--today", "someday"}, exitTrouble, `--today "someday"`},
		{[]string{"codeowners", notRepo, "--check", "--lang", "en"}, exitTrouble, "govmap codeowners: this folder is not a govmap repository"},
		{[]string{"diff", "HEAD", "--format", "xml", "--lang", "en"}, exitTrouble, `govmap diff: unknown format "xml" (want one of: text, markdown, json)`},
		// -- ends the flags: what follows is an argument.
		{[]string{"validate", "--lang", "en", "--", "--strict"}, exitTrouble, "govmap validate: --strict: no such file or folder"},
	} {
		code, _, errOut := runCLI(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%q: exit %d, want %d; stderr:\n%s\nwant %q", c.args, code, c.code, errOut, c.want)
		}
	}
	// fmt: files first, then -C and --check.
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{"actors/a.cue": []byte("package actors\nactors: a: {name:   \"A\"}\n")})
	code, out, errOut := runCLI("fmt", "actors/a.cue", "--check", "-C", dir, "--lang", "en")
	if code != exitFailed || out != "actors/a.cue\n" {
		t.Errorf("fmt FILE --check -C DIR: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestHelp: help asked for (help CMD, CMD -h, CMD --help, with flags and
// arguments around) goes to stdout with exit 0, in the language asked
// for; a usage error goes to stderr with exit 2.
func TestHelp(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "")
	for _, args := range [][]string{
		{"help", "diff", "--lang", "sv"},
		{"diff", "-h", "--lang", "sv"},
		{"diff", "BASE", "--lang", "sv", "--help"},
		{"diff", "--lang=sv", "-help", "--no-such-flag"},
	} {
		code, out, errOut := runCLI(args...)
		if code != exitOK || errOut != "" || !strings.HasPrefix(out, "användning: govmap diff [--format text|markdown|json]") ||
			!strings.Contains(out, "\nlista ändringarna i förvaltningsmodellen mellan två versioner\n\nflaggor:\n") ||
			!strings.Contains(out, "\n  -C DIR\n    \trepositoriet (vilken mapp som helst i det) (standard: .)\n") ||
			!strings.Contains(out, "\n  --format text|markdown|json\n    \tutdataformat: text, markdown eller json (standard: text)\n") {
			t.Errorf("%q: exit %d, stderr %q, stdout:\n%s", args, code, errOut, out)
		}
	}
	// A value that looks like -h is a value.
	if code, out, _ := runCLI("diff", "-C", "-h", "--format", "xml"); code != exitTrouble || out != "" {
		t.Errorf("diff -C -h: exit %d, stdout %q", code, out)
	}
	// The list of commands: on stdout when asked for, on stderr (exit 2)
	// when no command was given.
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		if code, out, errOut := runCLI(args...); code != exitOK || errOut != "" || !strings.HasPrefix(out, "käyttö: govmap <komento>") ||
			!strings.Contains(out, "  fmt        ") || !strings.Contains(out, "'govmap help <komento>'") {
			t.Errorf("%q: exit %d, stderr %q\n%s", args, code, errOut, out)
		}
	}
	if code, out, errOut := runCLI(); code != exitTrouble || out != "" || !strings.HasPrefix(errOut, "käyttö: govmap <komento>") {
		t.Errorf("no command: exit %d, stdout %q", code, out)
	}
	if code, out, errOut := runCLI("help", "frobnicate"); code != exitTrouble || out != "" || !strings.HasPrefix(errOut, "govmap: tuntematon komento \"frobnicate\"") {
		t.Errorf("help frobnicate: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A usage error: the message and the usage on stderr, exit 2.
	code, out, errOut := runCLI("status", "--lang", "en", "--no-such-flag")
	if code != exitTrouble || out != "" || !strings.HasPrefix(errOut, "govmap status: unknown flag --no-such-flag\nusage: govmap status ") ||
		!strings.Contains(errOut, "\nprint the situational picture: who has reported what\n") {
		t.Errorf("status --no-such-flag: exit %d\n%s", code, errOut)
	}
}

// TestVersion: the module version and the commit of the build info; the
// git HEAD of the folder when the build info has no commit (go run); and
// "development build" when nothing is known.
func TestVersion(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/govmap/govmap", Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-11-30T21:15:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	if got, want := readBuildVersion(info, true, "").line(msg.EN), "govmap v1.2.0, commit 0123456789ab+dirty (2026-11-30)"; got != want {
		t.Errorf("stamped build: %q, want %q", got, want)
	}
	info.Main.Version = "(devel)"
	info.Settings[3].Value = "false"
	if got, want := readBuildVersion(info, true, "").line(msg.FI), "govmap (kehitysversio), versio 0123456789ab (2026-11-30)"; got != want {
		t.Errorf("development build with a commit: %q, want %q", got, want)
	}
	bare := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}
	if got, want := readBuildVersion(bare, true, t.TempDir()).line(msg.SV), "govmap (utvecklingsversion)"; got != want {
		t.Errorf("nothing known: %q, want %q", got, want)
	}
	if got, want := readBuildVersion(nil, false, "").line(msg.EN), "govmap (development build)"; got != want {
		t.Errorf("no build info: %q, want %q", got, want)
	}
	// go run: the HEAD of the repository in the folder.
	dir := t.TempDir()
	head := commitFile(t, dir, "README.md", "x\n")
	got := readBuildVersion(bare, true, dir).line(msg.EN)
	if want := "govmap (development build), commit " + head[:12] + " ("; !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "; the HEAD of the git repository in this folder)") {
		t.Errorf("go run in a git repository: %q, want %q...", got, want)
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		if code, out, errOut := runCLI(args...); code != exitOK || errOut != "" || !strings.HasPrefix(out, "govmap ") || strings.Count(out, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

// TestInvokedAs: hints name the command as the user ran it.
func TestInvokedAs(t *testing.T) {
	tmp := os.TempDir()
	bin := t.TempDir()
	installed := filepath.Join(bin, "govmap")
	if err := os.WriteFile(installed, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	look := func(name string) (string, error) {
		if name == "govmap" {
			return installed, nil
		}
		return "", os.ErrNotExist
	}
	for _, c := range []struct{ arg0, want string }{
		{filepath.Join(tmp, "go-build1234567", "b001", "exe", "govmap"), "go run ."},
		{filepath.Join("/home/u/.cache/gotmp", "go-build99", "b001", "exe", "govmap"), "go run ."},
		// Go 1.24 and later: what go run builds is kept in the build cache.
		{filepath.Join("/root/.cache/go-build", "3c", "3c0f8e5d6a7b9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d-d", "govmap"), "go run ."},
		{"govmap", "govmap"},
		{"./govmap", "./govmap"},
		{"bin/govmap", "bin/govmap"},
		{installed, "govmap"},
		{"/opt/other/govmap", "/opt/other/govmap"},
		{filepath.Join(tmp, "go-build1", "b001", "govmap.test"), "govmap"},
		{filepath.Join(tmp, "exe", "govmap"), filepath.Join(tmp, "exe", "govmap")},
		{"", "govmap"},
	} {
		if got := invokedAs(c.arg0, look); got != c.want {
			t.Errorf("invokedAs(%q) = %q, want %q", c.arg0, got, c.want)
		}
	}
	if got := commandLine("validate", "."); got != "govmap validate ." {
		t.Errorf("in the test binary: %q", got)
	}
}

// TestNotARepository: every command that reads a repository says in one
// line that the folder is not one, and exits 2; from a subfolder of a
// repository the commands find it above.
func TestNotARepository(t *testing.T) {
	empty := t.TempDir()
	t.Chdir(empty)
	t.Setenv("GOVMAP_LANG", "en")
	abs, _ := os.Getwd()
	want := "this folder is not a govmap repository (no cue.mod/ and model/ found in " + abs + " or its parents); run the command in the repository's top folder or give its path\n"
	for _, cmd := range [][]string{{"validate"}, {"build", "-o", filepath.Join(empty, "out")}, {"serve"}, {"status"}, {"export"}, {"codeowners"}, {"overdue"}, {"fmt"}, {"diff", "HEAD"}} {
		code, out, errOut := runCLI(cmd...)
		if code != exitTrouble || out != "" || errOut != "govmap "+cmd[0]+": "+want {
			t.Errorf("%s outside a repository: exit %d, stdout %q\nstderr %q\nwant   %q", cmd[0], code, out, errOut, want)
		}
	}
}

// TestSubfolder: run in a subfolder, a command finds the repository above
// it, as git does.
func TestSubfolder(t *testing.T) {
	dir := copyRepo(t)
	t.Chdir(filepath.Join(dir, "municipalities"))
	code, out, errOut := runCLI("status", "--format", "json", "--today", "2026-11-23")
	if code != exitOK || !strings.Contains(out, `"municipalities": 308`) {
		t.Errorf("status in municipalities/: exit %d\n%s\n%.500s", code, errOut, out)
	}
}

// TestValidateFiles: validate FILE... checks the named files against
// their repository (found upward from their folder) and reports only
// their findings, with the paths as given. The fixtures' expected
// findings are the oracle.
func TestValidateFiles(t *testing.T) {
	t.Setenv("GOVMAP_LANG", "en")
	dir := copyRepo(t)
	var named []string
	var want []string
	for _, name := range []string{"bad-duplicate-actor", "bad-county-writes-municipality", "bad-missing-package"} {
		data, err := os.ReadFile(filepath.Join("validate", "testdata", "fixtures", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		writeTree(t, dir, fx.Files)
		for _, f := range fx.Order {
			named = append(named, f)
		}
		for _, w := range fx.Want {
			want = append(want, w)
		}
	}
	// Another file with an error, not named: not reported.
	writeTree(t, dir, map[string][]byte{"actors/fisc.cue": []byte(badActor)})
	t.Chdir(filepath.Join(dir, "municipalities"))
	var args []string
	for _, n := range named {
		args = append(args, filepath.Join("..", n))
	}
	code, out, errOut := runCLI(append([]string{"validate", "--today", "2026-11-23"}, args...)...)
	var got []string
	for _, line := range strings.Split(out, "\n") {
		// file:line:col: severity rule: message
		if line == "" || strings.HasPrefix(line, "\t") {
			continue
		}
		pos, rest, _ := strings.Cut(line, ": ")
		fields := strings.Fields(rest)
		if len(fields) < 2 {
			t.Fatalf("finding line %q", line)
		}
		got = append(got, strings.TrimPrefix(pos, "../")+" "+strings.TrimSuffix(fields[1], ":"))
		if !strings.HasPrefix(pos, "../") {
			t.Errorf("finding not at the path given: %q", line)
		}
	}
	// The fixtures' findings in the named files (a duplicate is reported
	// in both files; the other is not named).
	var wantRules []string
	for _, w := range want {
		f := strings.Fields(w)
		file, _, _ := strings.Cut(f[0], ":")
		if slices.Contains(named, file) {
			wantRules = append(wantRules, f[0]+" "+f[1])
		}
	}
	if len(wantRules) < 4 {
		t.Fatalf("the fixtures expect only %q", wantRules)
	}
	slices.Sort(got)
	slices.Sort(wantRules)
	if code != exitFailed || !slices.Equal(got, wantRules) {
		t.Errorf("validate %q: exit %d\ngot  %q\nwant %q\n%s", args, code, got, wantRules, errOut)
	}
	// An actor changes what other files mean, so every file was checked:
	// the errors elsewhere are counted, not shown.
	if !strings.Contains(errOut, "govmap validate: ") || !strings.Contains(errOut, " in other files, not shown here: 'govmap validate ..' shows every file's\n") {
		t.Errorf("no note of the other files' errors:\n%s", errOut)
	}
	// The unnamed broken actor alone.
	code, out, _ = runCLI("validate", "../actors/fisc.cue")
	if code != exitFailed || !strings.HasPrefix(out, "../actors/fisc.cue:4:8: error schema: ") || strings.Contains(out, "municipalities/") {
		t.Errorf("validate ../actors/fisc.cue: exit %d\n%s", code, out)
	}
	// A clean file.
	if code, out, errOut := runCLI("validate", "091-helsinki.cue"); code != exitOK || out != "" || errOut != "govmap validate: no problems found\n" {
		t.Errorf("validate 091-helsinki.cue: exit %d, %q, %q", code, out, errOut)
	}
	// Files that cannot be checked: one line each, exit 2.
	outside := filepath.Join(t.TempDir(), "x.cue")
	if err := os.WriteFile(outside, []byte("package x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ arg, want string }{
		{"nope.cue", "govmap validate: nope.cue: no such file or folder\n"},
		// The file of the code, named in the municipality's main language.
		{"091-helsingfors.cue", "govmap validate: 091-helsingfors.cue: no such file or folder; did you mean 091-helsinki.cue?\n"},
		{"../cue.mod/module.cue", "govmap validate: ../cue.mod/module.cue is not one of the repository's data files (the .cue files in model/, actors/, tasks/, counties/ and municipalities/)\n"},
		{outside, "govmap validate: " + outside + " is not in a govmap repository (no cue.mod/ and model/ found in its folder or the folders above it)\n"},
		{"../.github/CODEOWNERS", "govmap validate: ../.github/CODEOWNERS is not a CUE file (.cue)\n"},
	} {
		if code, out, errOut := runCLI("validate", "091-helsinki.cue", c.arg); code != exitTrouble || out != "" || errOut != c.want {
			t.Errorf("validate %s: exit %d, stdout %q\nstderr %q\nwant   %q", c.arg, code, out, errOut, c.want)
		}
	}
}

// commitFile makes a git repository in dir with one commit of one file and
// returns the commit's hash.
func commitFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wt.Add(name); err != nil {
		t.Fatal(err)
	}
	h, err := wt.Commit("one file", &git.CommitOptions{Author: &object.Signature{Name: "t", Email: "t@example.org", When: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)}})
	if err != nil {
		t.Fatal(err)
	}
	return h.String()
}
