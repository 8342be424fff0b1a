package validate_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

// TestShowFixture prints the findings of one fixture as want lines, to
// write a new case: GOVMAP_SHOW_FIXTURE=FILE go test -run TestShowFixture -v
// ./validate. Check every line before copying it into the fixture.
func TestShowFixture(t *testing.T) {
	file := os.Getenv("GOVMAP_SHOW_FIXTURE")
	if file == "" {
		t.Skip("set GOVMAP_SHOW_FIXTURE to a fixture file")
	}
	for _, file := range strings.Fields(file) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fx, err := testrepo.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		findings := runFixture(t, fx)
		var b strings.Builder
		fmt.Fprintf(&b, "== %s\n", file)
		for _, f := range findings {
			fmt.Fprintf(&b, "want %s %s\n", f.Pos, f.Rule)
		}
		for _, f := range findings {
			fmt.Fprintf(&b, "#   %s\n#     hint: %s\n", f, f.Hint)
		}
		t.Log("\n" + b.String())
	}
}

// runFixture validates the base repository with the fixture laid over it.
func runFixture(t *testing.T, fx *testrepo.Fixture) []*diag.Finding {
	t.Helper()
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fx.Apply(b)
	if err != nil {
		t.Fatal(err)
	}
	_, findings, err := validate.RunFS(fsys, options(t))
	if err != nil {
		t.Fatalf("RunFS: %v", err)
	}
	return findings
}

// assertFindings compares findings with want lines ("file:line:col rule",
// as in fixtures): all of them and nothing else.
func assertFindings(t *testing.T, findings []*diag.Finding, want ...string) {
	t.Helper()
	got := brief(findings)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n\t%s\nwant:\n\t%s\nfull findings:\n%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), full(findings))
	}
}

// TestBadHugeFile: a 10 MiB municipality file (a valid file padded with a
// comment) is reported without being read, the run goes on to the other
// file's problem, and the municipality still counts as defined (no
// reference-missing for 091).
func TestBadHugeFile(t *testing.T) {
	real, err := os.ReadFile("../municipalities/091-helsinki.cue")
	if err != nil {
		t.Fatal(err)
	}
	var huge bytes.Buffer
	huge.Write(real)
	line := "// " + strings.Repeat("x", 1021) + "\n"
	for huge.Len() < 10<<20 {
		huge.WriteString(line)
	}
	fx := &testrepo.Fixture{Files: map[string][]byte{
		"municipalities/091-helsinki.cue": huge.Bytes(),
		"municipalities/049-espoo.cue": []byte(`package municipalities

municipalities: "049": {
	name: {fi: "Espoo", sv: "Esbo", en: "Espoo"}
	region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}
	county:   "03"
	language: "fi-sv"
	population: {count: 325716, date: "2025-12-31"}
	status: reported: false
	colour: "blue"
}
`),
	}}
	findings := runFixture(t, fx)
	assertFindings(t, findings,
		"municipalities/049-espoo.cue:10:2 unknown-field",
		"municipalities/091-helsinki.cue file-unreadable")
	for _, f := range findings {
		if f.Rule == "file-unreadable" && !strings.Contains(f.Message, "more than the 1048576 allowed") {
			t.Errorf("size finding does not say the limit: %s", f)
		}
	}
}

// TestBadSymlink: symbolic links in a real repository on disk are reported
// and not followed, whether they point outside the repository or replace
// a file inside it; the link over actors/vm.cue still stands for vm, so
// the tasks and areas that name it bring no findings.
func TestBadSymlink(t *testing.T) {
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	if err := os.CopyFS(repo, b); err != nil {
		t.Fatal(err)
	}
	// Outside the repository: an actor file whose content, if it were
	// read, would bring findings of its own (an unknown field).
	outside := filepath.Join(root, "outside")
	if err := os.Mkdir(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(outside, "secret.cue")
	if err := os.WriteFile(secret, []byte("package actors\n\nactors: secret: {kind: \"agency\", password: \"hunter2\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vm, err := os.ReadFile(filepath.Join(repo, "actors", "vm.cue"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "vm.cue"), vm, 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"actors/secret.cue":      secret,                            // a file outside
		"actors/vm.cue":          filepath.Join(outside, "vm.cue"),  // replaces a file
		"municipalities/etc.cue": "/etc/passwd",                     // an absolute path
		"tasks/up.cue":           "../../outside/secret.cue",        // a relative path out
		"municipalities/outside": outside,                           // a folder: not walked
		"counties/dangling.cue":  filepath.Join(outside, "nothing"), // points nowhere
	}
	for name, target := range links {
		p := filepath.Join(repo, filepath.FromSlash(name))
		_ = os.Remove(p)
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("cannot create symbolic links here: %v", err)
		}
	}
	_, findings, err := validate.Run(repo, options(t))
	if err != nil {
		t.Fatal(err)
	}
	assertFindings(t, findings,
		"actors/secret.cue file-unreadable",
		"actors/vm.cue file-unreadable",
		"counties/dangling.cue file-unreadable",
		"municipalities/etc.cue file-unreadable",
		"tasks/up.cue file-unreadable")
	for _, f := range findings {
		if strings.Contains(f.Message, "hunter2") || strings.Contains(f.Message, "root:") {
			t.Errorf("a finding shows the content of a linked file: %s", f)
		}
	}
}

// TestBadIDsNeverLoaded: an id that is not a plain id (a path, a
// look-alike letter) never reaches the repository, where it could become
// a file name or a URL of the site.
func TestBadIDsNeverLoaded(t *testing.T) {
	for _, name := range []string{"bad-id-path", "bad-code-path", "bad-lookalike-id", "bad-code-four-digits"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata", "fixtures", name+".txtar"))
			if err != nil {
				t.Fatal(err)
			}
			fx, err := testrepo.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			b, err := base()
			if err != nil {
				t.Fatal(err)
			}
			fsys, err := fx.Apply(b)
			if err != nil {
				t.Fatal(err)
			}
			repo, _, err := validate.RunFS(fsys, options(t))
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]*regexp.Regexp{}
			plain := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
			check := func(what, id string, re *regexp.Regexp) {
				ids[what+" "+id] = re
				if !re.MatchString(id) {
					t.Errorf("%s %q is in the repository", what, id)
				}
			}
			for _, a := range repo.Actors() {
				check("actor", a.ID, plain)
			}
			for _, x := range repo.Tasks() {
				check("task", x.ID, plain)
			}
			for _, x := range repo.Areas() {
				check("area", x.ID, plain)
			}
			for _, c := range repo.Counties() {
				check("county", c.Code, regexp.MustCompile(`^[0-9]{2}$`))
			}
			for _, m := range repo.Municipalities() {
				check("municipality", m.Code, regexp.MustCompile(`^[0-9]{3}$`))
				for _, e := range m.Roles {
					check("role", e.Key, plain)
				}
				for _, e := range m.Bodies {
					check("body", e.Key, plain)
				}
			}
			if len(ids) < 300 {
				t.Errorf("only %d entities loaded", len(ids))
			}
		})
	}
}

// privateValues are what the private-* fixtures (and bad-person-values)
// write for persons and non-public entries: names and phones, the ids,
// titles, mailboxes and dates of non-public entries, and the values their
// fields hold. Each is case-sensitive: "Tietosuojavastaava" is the model's
// public title, "tietosuojavastaava" a non-public role's id.
var privateValues = []string{
	"Maija", "Meikäläinen", "Meikalainen", "Matti", "Virtanen", "Liisa", "Laine", "Pekka", "Puupää",
	"123 4567", "1234567", "765 4321", "111 2222", "333 4444", "401234567", "5551234",
	"salainen-rooli", "salainen-ryhma", "salainen-kriisi", "salainen-yhtio", "salainen-energia",
	"salainen-tehtava", "salainen-alue", "salainen-roolli", "salainen-kansallinen", "salainen-ala",
	"Salainen", "salainen@", "salainen.rooli@", "tietosuojavastaava",
	"2024-02-29", "2027-02-28", "2027-03-31", "2025-05-31", "31.5.2024", "2024-05-31", "2024-13-45",
}

// TestFindingsQuoteNoPrivateValue: findings go into public places (the
// pull-request comment, annotations, CI logs), so for every way of writing
// a person or a non-public entry wrong in the private-* fixtures, no
// finding repeats one of its values: not in Finnish, Swedish or English
// (f.In), nor in the English Message and Hint the JSON output and the
// annotations print.
func TestFindingsQuoteNoPrivateValue(t *testing.T) {
	files, _ := filepath.Glob("testdata/fixtures/private-*.txtar")
	files = append(files, "testdata/fixtures/bad-person-values.txtar")
	if len(files) < 10 {
		t.Fatalf("only %d private fixtures", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fx, err := testrepo.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			findings := runFixture(t, fx)
			if len(findings) == 0 {
				t.Fatal("no findings")
			}
			for _, f := range findings {
				texts := []string{f.Message, f.Hint}
				for _, l := range msg.Langs {
					m, h := f.In(l)
					texts = append(texts, m, h)
				}
				for _, text := range texts {
					for _, v := range privateValues {
						if strings.Contains(text, v) {
							t.Errorf("%s %s repeats %q: %s", f.Pos, f.Rule, v, text)
						}
					}
				}
			}
		})
	}
}

// TestBadPersonValuesNotRepeated: the findings of a person's bad name and
// phone do not repeat them (they go into public pull-request comments).
func TestBadPersonValuesNotRepeated(t *testing.T) {
	data, err := os.ReadFile("testdata/fixtures/bad-person-values.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	findings := runFixture(t, fx)
	if len(findings) != 4 {
		t.Errorf("%d findings, want 4:\n%s", len(findings), full(findings))
	}
	for _, f := range findings {
		for _, personal := range []string{"Maija", "Matti", "Meikäläinen", "040", "1234567"} {
			if strings.Contains(f.Message+f.Hint, personal) {
				t.Errorf("finding repeats %q: %s", personal, f)
			}
		}
	}
}

// TestSymlinkedDataFolder: a data folder that is a symbolic link is not
// followed, and a finding says so (its files would otherwise be missing
// without a word).
func TestSymlinkedDataFolder(t *testing.T) {
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	if err := os.CopyFS(repo, b); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(root, "tasks-elsewhere")
	if err := os.Rename(filepath.Join(repo, "tasks"), moved); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(moved, filepath.Join(repo, "tasks")); err != nil {
		t.Skipf("cannot create symbolic links here: %v", err)
	}
	_, findings, err := validate.Run(repo, options(t))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range findings {
		if f.Pos.File == "tasks" && f.Rule == "file-unreadable" && strings.Contains(f.Message, "symbolic link") {
			found = true
		}
	}
	if !found {
		t.Errorf("no finding says tasks is a linked folder: %v", findings)
	}
}
