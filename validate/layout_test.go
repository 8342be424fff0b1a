package validate_test

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/validate"
)

// Layout never blocks an officer: whatever GitHub's web editor or a Windows
// editor saves (spaces, CRLF line endings, a byte-order mark, no final
// newline, values out of line) validates exactly as the canonical file.
// txtar cannot hold CR bytes or a missing final newline (testrepo.Parse
// reads lines), so these inputs are built here; layout-*.txtar fixtures hold
// the ones it can.

// noteFI is the multi-line note layoutSource writes, as CUE reads it.
const noteFI = "Hallitus käsittelee tilannekatsauksen vuosittain.\n\n  Sisennetty rivi: [ohje](https://esimerkkila.fi/ohje)."

// layoutSource returns example-full's synthetic municipality with a
// multi-line ("""-quoted) note, in the canonical layout (LF, tabs), and the
// repository around it.
func layoutSource(t *testing.T) (string, fstest.MapFS) {
	t.Helper()
	data, err := os.ReadFile("testdata/fixtures/example-full.txtar")
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
	src := string(fx.Files[testrepo.SyntheticFile])
	const row = "\t\t\tinformed: [\"body:council\"]\n\t\t}\n"
	if !strings.Contains(src, row) {
		t.Fatalf("example-full changed: no %q", row)
	}
	src = strings.Replace(src, row, "\t\t\tinformed: [\"body:council\"]\n"+
		"\t\t\tnote: fi: \"\"\"\n"+
		"\t\t\t\tHallitus käsittelee tilannekatsauksen vuosittain.\n"+
		"\n"+
		"\t\t\t\t  Sisennetty rivi: [ohje](https://esimerkkila.fi/ohje).\n"+
		"\t\t\t\t\"\"\"\n"+
		"\t\t}\n", 1)
	return src, fsys.(fstest.MapFS)
}

// Layouts of a file as editors save it.
var (
	crlf       = func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	bom        = func(s string) string { return "\uFEFF" + s }
	noFinalNL  = func(s string) string { return strings.TrimRight(s, "\n") }
	leadingTab = regexp.MustCompile(`(?m)^\t+`)
	// spaces indents with spaces, as GitHub's web editor does by default:
	// each tab becomes four spaces (also inside the """ string, whose
	// closing quotes set the indentation taken off every line).
	spaces = func(s string) string {
		return leadingTab.ReplaceAllStringFunc(s, func(tabs string) string { return strings.Repeat("    ", len(tabs)) })
	}
	aligned = regexp.MustCompile(`(?m)^(\s*[A-Za-z"][A-Za-z0-9"-]*:)[ \t]+`)
	// misaligned undoes the lining up of values and puts some out of line
	// and some trailing blanks on lines outside the string.
	misaligned = func(s string) string {
		s = aligned.ReplaceAllString(s, "$1 ")
		s = strings.Replace(s, "county: \"01\"", "county:      \"01\"   ", 1)
		return strings.Replace(s, "language: \"fi\"", "language:\t\"fi\"\t", 1)
	}
	windows = func(s string) string { return bom(crlf(noFinalNL(s))) }
)

type layout struct {
	name string
	fn   func(string) string
	// samePositions: the layout moves nothing CUE reports (line and
	// column as an editor and GitHub show them).
	samePositions bool
}

var layouts = []layout{
	{"crlf", crlf, true},
	{"bom", bom, true},
	{"no-final-newline", noFinalNL, true},
	{"windows", windows, true},
	{"spaces", spaces, false},
	{"misaligned", misaligned, false},
	{"everything", func(s string) string { return windows(misaligned(spaces(s))) }, false},
}

func runWith(t *testing.T, fsys fstest.MapFS, name, src string) (*model.Repository, []*diag.Finding) {
	t.Helper()
	m := fstest.MapFS{}
	for k, v := range fsys {
		m[k] = v
	}
	m[name] = &fstest.MapFile{Data: []byte(src), Mode: 0o644}
	repo, findings, err := validate.RunFS(m, options(t))
	if err != nil {
		t.Fatal(err)
	}
	return repo, findings
}

// describe lists findings by position (or file and line only), rule and
// text.
func describe(fs []*diag.Finding, withCol bool) []string {
	var out []string
	for _, f := range fs {
		where := f.Pos.String()
		if !withCol {
			where = fmt.Sprintf("%s:%d", f.Pos.File, f.Pos.Line)
		}
		out = append(out, where+" "+f.Rule+" "+f.Message+" | "+f.Hint)
	}
	return out
}

// note returns the Finnish note of the synthetic municipality's first row.
func note(t *testing.T, repo *model.Repository) string {
	t.Helper()
	m, ok := repo.Municipality("999")
	if !ok {
		t.Fatal("municipality 999 not loaded")
	}
	row, ok := m.RACI.Get("governance-models")
	if !ok {
		t.Fatal("no row governance-models")
	}
	return row.Note.FI
}

// TestLayoutNeverBlocks: the example municipality validates without a
// finding in every layout, and its multi-line note keeps its value: CRLF
// inside the """ string does not reach the text.
func TestLayoutNeverBlocks(t *testing.T) {
	src, fsys := layoutSource(t)
	repo, findings := runWith(t, fsys, testrepo.SyntheticFile, src)
	if len(findings) > 0 {
		t.Fatalf("the canonical file has findings:\n%s", full(findings))
	}
	if got := note(t, repo); got != noteFI {
		t.Fatalf("canonical note: %q", got)
	}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			t.Parallel()
			in := l.fn(src)
			if in == src {
				t.Fatal("the layout changed nothing")
			}
			repo, findings := runWith(t, fsys, testrepo.SyntheticFile, in)
			if len(findings) > 0 {
				t.Errorf("findings:\n%s", full(findings))
			}
			if got := note(t, repo); got != noteFI {
				t.Errorf("note is %q, want %q", got, noteFI)
			}
		})
	}
}

// TestLayoutSameFindings: a file with errors gets the same findings in
// every layout: the same rules, messages and hints, and where the layout
// moves nothing, the same lines and columns (a byte-order mark does not
// count: editors and GitHub do not show it).
func TestLayoutSameFindings(t *testing.T) {
	src, fsys := layoutSource(t)
	bad := map[string]string{
		// Errors in the schema: a date that does not exist, an unknown
		// field, a note that is not text.
		"schema": strings.NewReplacer(
			`reviewed: "2026-10-01"`, `reviewed: "2026-13-01"`,
			"\tmaintainers:", "\tcolour: \"blue\"\n\tmaintainers:",
			`title:  {fi: "Jatkuvuusharjoitus`, `title:  {fi: 12, sv: "Jatkuvuusharjoitus`,
		).Replace(src),
		// A finding on the first line, where a byte-order mark sits.
		"first-line": "package municipalitiez\n" + src[strings.Index(src, "\nmunicipalities:")+1:],
		// A syntax error after the multi-line string.
		"syntax": strings.Replace(src, "\tnetworks: [", "\tnetworks: [[", 1),
	}
	for bname, b := range bad {
		_, want := runWith(t, fsys, testrepo.SyntheticFile, b)
		if len(want) < 1 {
			t.Fatalf("%s: no findings", bname)
		}
		for _, l := range layouts {
			t.Run(bname+"/"+l.name, func(t *testing.T) {
				t.Parallel()
				_, got := runWith(t, fsys, testrepo.SyntheticFile, l.fn(b))
				g, w := describe(got, l.samePositions), describe(want, l.samePositions)
				if !slices.Equal(g, w) {
					t.Errorf("findings:\n\t%s\nwant (as in the canonical layout):\n\t%s", strings.Join(g, "\n\t"), strings.Join(w, "\n\t"))
				}
			})
		}
	}
}
