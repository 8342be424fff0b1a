package editcheck

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/internal/wasmbuild"
	"github.com/govmap/govmap/reference"
)

// corpusCase is a case of testdata/validate-files.js: a fixture laid over
// the base it gets.
type corpusCase struct {
	Name   string     `json:"name"`
	Delete []string   `json:"delete,omitempty"`
	Input  FilesInput `json:"input"`
}

// corpusLine is a line the script prints.
type corpusLine struct {
	Name   string `json:"name"`
	MS     int    `json:"ms"`
	Output struct {
		Findings map[string][]Finding `json:"findings"`
		Error    string               `json:"error"`
	} `json:"output"`
}

// TestWasmCorpus runs every fixture of validate/testdata/fixtures through
// the editor's validator compiled to WebAssembly (cmd/govmap-wasm, built
// by wasmbuild, which caches the build), in Node, and requires of each
// exactly the findings ValidateFiles gives natively (validate.RunFS, the
// command line's validator) in Finnish, Swedish and English: rule,
// severity, file, line, column, message and hint, in the same order. The
// native findings are also held to the fixture's want lines, so the cases
// are the repositories validate's TestFixtures runs. One Node process runs
// the whole corpus: Node starts and the wasm compiles once. Each fixture
// is validated once and its findings rendered in the three languages, so
// the languages cost next to nothing.
//
// The wasm validator takes about 3 s a fixture on a loaded two-core
// machine (the whole corpus of 123: six and a half minutes), so by
// default the test runs the fewest fixtures whose want lines cover every
// rule, chosen greedily, plus the first fixture with no finding at all
// (27 of 123, in 30 to 90 s); GOVMAP_WASM_CORPUS=all runs every fixture
// (all 123 pass so, in 2.5 to 6.5 minutes).
//
// Without node (or when the wasm does not build for want of the go
// command) it skips, unless GOVMAP_REQUIRE_BROWSER=1 (.ci/run sets it).
func TestWasmCorpus(t *testing.T) {
	require := os.Getenv("GOVMAP_REQUIRE_BROWSER") == "1"
	missing := func(what string) {
		t.Helper()
		msg := "WASM CORPUS TEST NOT RUN: " + what
		if require {
			t.Fatal(msg + " (GOVMAP_REQUIRE_BROWSER=1)")
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed (it runs the validator compiled to WebAssembly)")
	}
	if testing.Short() && !require {
		t.Skip("-short: the wasm corpus takes a minute or more")
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	build, err := wasmbuild.Build(ctx, "../..")
	if errors.Is(err, wasmbuild.ErrNoGo) {
		missing(err.Error())
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wasm: %d bytes (cached: %v) in %s", len(build.Wasm), build.Cached, time.Since(start).Round(time.Millisecond))
	dir := t.TempDir()
	wasmExec := filepath.Join(dir, "wasm_exec.js")
	wasmFile := filepath.Join(dir, "govmap.wasm")
	if err := os.WriteFile(wasmExec, build.WasmExec, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wasmFile, build.Wasm, 0o644); err != nil {
		t.Fatal(err)
	}

	base, err := testrepo.FixtureBase("../..")
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := filepath.Glob("../../validate/testdata/fixtures/*.txtar")
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	langs := []string{"fi", "sv", "en"}
	var cases []corpusCase
	wants := map[string][]string{}
	var order []string
	for _, file := range fixtures {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		c := corpusCase{Name: name, Delete: fx.Delete, Input: FilesInput{
			Files:          map[string]string{},
			Langs:          langs,
			Today:          testrepo.FixtureToday.Format(time.DateOnly),
			Codeowners:     testrepo.FixtureCodeowners(name),
			Municipalities: []reference.Municipality{testrepo.Synthetic},
		}}
		addFile(&c.Input, fx.Order, fx.Files)
		cases = append(cases, c)
		wants[name] = fx.Want
		order = append(order, name)
	}
	if os.Getenv("GOVMAP_WASM_CORPUS") != "all" {
		keep := coverRules(order, wants)
		cases = slices.DeleteFunc(cases, func(c corpusCase) bool { return !keep[c.Name] })
		t.Logf("%d fixtures of %d, which cover every rule (GOVMAP_WASM_CORPUS=all runs all)", len(cases), len(order))
	}
	baseFiles := map[string]string{}
	for p, f := range base {
		if !utf8.Valid(f.Data) {
			t.Fatalf("base file %s is not UTF-8: the script's base is text", p)
		}
		baseFiles[p] = string(f.Data)
	}
	stdin, err := json.Marshal(map[string]any{"base": baseFiles, "cases": cases})
	if err != nil {
		t.Fatal(err)
	}

	// Node runs the corpus on one core while the native runs take the
	// other.
	type nodeResult struct {
		lines  []corpusLine
		stderr string
		err    error
	}
	done := make(chan nodeResult, 1)
	go func() {
		cmd := exec.CommandContext(ctx, node, "testdata/validate-files.js", wasmExec, wasmFile)
		cmd.Stdin = bytes.NewReader(stdin)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		var r nodeResult
		if r.err = cmd.Run(); r.err == nil {
			sc := bufio.NewScanner(&stdout)
			sc.Buffer(nil, 1<<26)
			for sc.Scan() {
				var l corpusLine
				if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
					r.err = fmt.Errorf("reading the script's line %.200q: %w", sc.Text(), err)
					break
				}
				r.lines = append(r.lines, l)
			}
		}
		r.stderr = stderr.String()
		done <- r
	}()

	native := map[string]map[string][]Finding{}
	for _, c := range cases {
		in := c.Input
		in.Files = map[string]string{}
		for p, s := range baseFiles {
			in.Files[p] = s
		}
		for _, p := range c.Delete {
			delete(in.Files, p)
		}
		for p, s := range c.Input.Files {
			in.Files[p] = s
		}
		for p := range c.Input.Raw {
			delete(in.Files, p)
		}
		got, err := ValidateFiles(in)
		if err != nil {
			t.Fatalf("%s: natively: %v", c.Name, err)
		}
		native[c.Name] = got
	}
	nativeTime := time.Since(start)

	r := <-done
	if r.err != nil {
		t.Fatalf("node %s: %v\n%s", "testdata/validate-files.js", r.err, r.stderr)
	}
	t.Logf("%d fixtures, %s each, in %s (natively done after %s)", len(r.lines), strings.Join(langs, ", "), time.Since(start).Round(time.Millisecond), nativeTime.Round(time.Millisecond))
	if len(r.lines) != len(cases) {
		t.Fatalf("the script answered %d cases of %d\n%s", len(r.lines), len(cases), r.stderr)
	}
	slowest := r.lines[0]
	for i, l := range r.lines {
		c := cases[i]
		if l.Name != c.Name {
			t.Fatalf("line %d is case %q, want %q", i+1, l.Name, c.Name)
		}
		if l.MS > slowest.MS {
			slowest = l
		}
		t.Run(c.Name, func(t *testing.T) {
			// The case is the fixture validate's TestFixtures runs: its
			// findings are the want lines.
			var brief []string
			for _, f := range native[c.Name]["fi"] {
				brief = append(brief, diag.Pos{File: f.File, Line: f.Line, Col: f.Col}.String()+" "+f.Rule+" "+f.Severity)
			}
			if !matchWants(brief, wants[c.Name]) {
				t.Errorf("ValidateFiles natively is not the fixture's findings:\n\t%s\nwant:\n\t%s", strings.Join(brief, "\n\t"), strings.Join(wants[c.Name], "\n\t"))
			}
			if l.Output.Error != "" {
				t.Fatalf("wasm: %s", l.Output.Error)
			}
			for _, lang := range langs {
				want, got := native[c.Name][lang], l.Output.Findings[lang]
				if !slices.Equal(got, want) {
					t.Errorf("%s: the wasm findings differ from the native ones:\n%s", lang, findingsDiff(want, got))
				}
			}
		})
	}
	t.Logf("slowest in wasm: %s, %d ms", slowest.Name, slowest.MS)
}

// coverRules picks fixtures whose want lines name every rule any fixture
// names, greedily (the one naming the most rules not yet covered, the
// first in order on a tie), and the first fixture that wants no finding.
func coverRules(order []string, wants map[string][]string) map[string]bool {
	rules := map[string]map[string]bool{}
	uncovered := map[string]bool{}
	keep := map[string]bool{}
	for _, name := range order {
		rules[name] = map[string]bool{}
		for _, w := range wants[name] {
			if f := strings.Fields(w); len(f) >= 2 {
				rules[name][f[1]] = true
				uncovered[f[1]] = true
			}
		}
		if len(wants[name]) == 0 && !slices.ContainsFunc(order, func(n string) bool { return keep[n] }) {
			keep[name] = true
		}
	}
	for len(uncovered) > 0 {
		best, most := "", 0
		for _, name := range order {
			n := 0
			for r := range rules[name] {
				if uncovered[r] {
					n++
				}
			}
			if n > most {
				best, most = name, n
			}
		}
		if most == 0 {
			break // the rest only in fixtures left out
		}
		keep[best] = true
		for r := range rules[best] {
			delete(uncovered, r)
		}
	}
	return keep
}

// addFile puts a fixture's files in the input: as text, or as bytes when
// they are not UTF-8.
func addFile(in *FilesInput, order []string, files map[string][]byte) {
	for _, p := range order {
		if utf8.Valid(files[p]) {
			in.Files[p] = string(files[p])
			continue
		}
		if in.Raw == nil {
			in.Raw = map[string][]byte{}
		}
		in.Raw[p] = files[p]
	}
}

// matchWants tells whether the findings ("file:line:col rule severity")
// are the want lines, a want without a severity matching any.
func matchWants(got, want []string) bool {
	withSeverity := map[string]bool{}
	for _, w := range want {
		if f := strings.Fields(w); len(f) == 3 {
			withSeverity[f[0]+" "+f[1]] = true
		}
	}
	var g []string
	for _, s := range got {
		f := strings.Fields(s)
		if !withSeverity[f[0]+" "+f[1]] {
			s = f[0] + " " + f[1]
		}
		g = append(g, s)
	}
	w := slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	return slices.Equal(g, w)
}

// findingsDiff shows the findings of one side only.
func findingsDiff(native, wasm []Finding) string {
	var b strings.Builder
	for _, f := range native {
		if !slices.Contains(wasm, f) {
			fmt.Fprintf(&b, "\tnative only: %+v\n", f)
		}
	}
	for _, f := range wasm {
		if !slices.Contains(native, f) {
			fmt.Fprintf(&b, "\twasm only:   %+v\n", f)
		}
	}
	if b.Len() == 0 {
		b.WriteString("\tthe same findings in another order\n")
	}
	return b.String()
}
