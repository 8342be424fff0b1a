package gitrepo_test

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// work is a temporary git repository holding the repository's data and the
// synthetic municipality, committed with go-git.
type work struct {
	t   *testing.T
	dir string
	git *git.Repository
}

func newWork(t *testing.T) *work {
	t.Helper()
	dir := t.TempDir()
	base, err := testrepo.Base("../")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, base); err != nil {
		t.Fatal(err)
	}
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	w := &work{t, dir, r}
	w.commit("initial data", "2026-01-10")
	return w
}

func (w *work) write(name, content string) {
	w.t.Helper()
	if err := os.WriteFile(filepath.Join(w.dir, name), []byte(content), 0o644); err != nil {
		w.t.Fatal(err)
	}
}

func (w *work) read(name string) string {
	w.t.Helper()
	b, err := os.ReadFile(filepath.Join(w.dir, name))
	if err != nil {
		w.t.Fatal(err)
	}
	return string(b)
}

// edit replaces old with new in a file, which must contain old.
func (w *work) edit(name, old, new string) {
	w.t.Helper()
	s := w.read(name)
	if !strings.Contains(s, old) {
		w.t.Fatalf("%s does not contain %q", name, old)
	}
	w.write(name, strings.Replace(s, old, new, 1))
}

func (w *work) commit(msg, date string) string {
	w.t.Helper()
	wt, err := w.git.Worktree()
	if err != nil {
		w.t.Fatal(err)
	}
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		w.t.Fatal(err)
	}
	when, _ := time.Parse(time.DateOnly, date)
	sig := &object.Signature{Name: "Test", Email: "test@example.invalid", When: when.Add(12 * time.Hour)}
	h, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
	if err != nil {
		w.t.Fatal(err)
	}
	return h.String()
}

func example(t *testing.T) string {
	t.Helper()
	return exampleFile(t, testrepo.SyntheticFile)
}

// exampleFile returns a file of the example-full fixture.
func exampleFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../validate/testdata/fixtures/example-full.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	b, ok := fx.Files[name]
	if !ok {
		t.Fatalf("example-full has no %s", name)
	}
	return string(b)
}

// diff compares two revisions ("" = the working tree) as govmap diff does.
func (w *work) diff(base, head string) *semdiff.Result {
	w.t.Helper()
	r, err := gitrepo.Open(w.dir)
	if err != nil {
		w.t.Fatal(err)
	}
	ref, err := testrepo.Reference()
	if err != nil {
		w.t.Fatal(err)
	}
	opts := validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: ref}
	bfs, err := r.FS(base)
	if err != nil {
		w.t.Fatal(err)
	}
	var hfs fs.FS = os.DirFS(w.dir)
	if head != "" {
		if hfs, err = r.FS(head); err != nil {
			w.t.Fatal(err)
		}
	}
	b, bf, err := validate.RunFS(bfs, opts)
	if err != nil {
		w.t.Fatal(err)
	}
	h, hf, err := validate.RunFS(hfs, opts)
	if err != nil {
		w.t.Fatal(err)
	}
	return semdiff.Compare(b, h, bf, hf)
}

// lines renders changes as "subject kind: en" for exact comparison.
func lines(r *semdiff.Result) []string {
	var out []string
	for _, c := range r.Changes {
		s := c.Subject + " " + c.Kind + ": " + c.In(msg.EN)
		if len(c.Affects) > 0 {
			s += " [" + strings.Join(c.Affects, " ") + "]"
		}
		out = append(out, s)
	}
	return out
}

func assertLines(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

const syn = "municipalities/999"

func TestSemanticChanges(t *testing.T) {
	w := newWork(t)
	c0 := w.commit("nothing", "2026-01-11") // empty commit on data: no change
	w.write(testrepo.SyntheticFile, example(t))
	// The example names maintainers: its CODEOWNERS goes with it.
	w.write(".github/CODEOWNERS", exampleFile(t, ".github/CODEOWNERS"))
	c1 := w.commit("Esimerkkilä reports its governance", "2026-02-15")

	// The report: one change per new fact; check the first and the kinds.
	r := w.diff(c0, c1)
	if len(r.Changes) == 0 || r.Changes[0].Kind != "reported" {
		t.Fatalf("first change %v", lines(r))
	}
	kinds := map[string]int{}
	for _, c := range r.Changes {
		kinds[c.Kind]++
	}
	if kinds["role-added"] != 5 || kinds["body-added"] != 7 || kinds["company-added"] != 3 || kinds["network-joined"] != 3 ||
		kinds["management-changed"] != 1 || kinds["confidentiality-changed"] != 1 || kinds["sectors-changed"] != 1 {
		t.Errorf("kinds %v", kinds)
	}
	// The non-public person and body never show.
	for _, c := range r.Changes {
		if x := c.Text(); strings.Contains(x.FI+x.SV+x.EN, "Eeva") || strings.Contains(x.FI+x.SV+x.EN, "Valmiusryhmä") {
			t.Errorf("non-public value in %v", c)
		}
	}
	// The base had the unreported 999 with findings of its own? It had
	// none; the head has none either.
	if len(r.Introduced) != 0 || len(r.Fixed) != 0 {
		t.Errorf("findings delta: fixed %v introduced %v", r.Fixed, r.Introduced)
	}

	// RACI reassigned, a role removed, a status report recorded.
	w.edit(testrepo.SyntheticFile, `responsible: ["role:data-protection-officer"]`, `responsible: ["role:information-security-officer"]`)
	w.edit(testrepo.SyntheticFile, `"information-management-lead": {
			title: {fi: "Tiedonhallintapäällikkö"}
		}
`, "")
	w.edit(testrepo.SyntheticFile, `["company:ict", "role:information-management-lead"]`, `["company:ict"]`)
	w.edit(testrepo.SyntheticFile, `owner:                 "information-management-lead"`, `owner:                 "information-security-officer"`)
	w.edit(testrepo.SyntheticFile, `lastStatusReport:        "2026-09-01"`, `lastStatusReport:        "2026-11-20"`)
	c2 := w.commit("Esimerkkilä: new responsibilities", "2026-03-02")
	r = w.diff(c1, c2)
	assertLines(t, lines(r), []string{
		syn + " role-removed: Role removed: Tiedonhallintapäällikkö.",
		syn + " raci-removed: Tiedonhallintapäällikkö is no longer Responsible for Procurement and requirements specification.",
		syn + " raci-added: Tietoturvavastaava is now Responsible for Planning and development of data protection.",
		syn + " raci-removed: Data protection officer is no longer Responsible for Planning and development of data protection.",
		syn + " report-recorded: Kunnanhallitus treated a status report on 2026-11-20.",
		syn + " plan-changed: Action-plan task Luokitellaan kriittisen infrastruktuurin paikkatiedot changed.",
	})
	// Parties and areas by their names, in the field's terms.
	if got, want := r.Changes[2].In(msg.FI), "Tietoturvavastaava on nyt vastuussa (R) alueella Tietosuojan suunnittelu ja kehitys."; got != want {
		t.Errorf("fi: %s\nwant %s", got, want)
	}
	if got, want := r.Changes[3].In(msg.SV), "Dataskyddsombud är inte längre ansvarig (R) för Planering och utveckling av dataskyddet."; got != want {
		t.Errorf("sv: %s\nwant %s", got, want)
	}
	// Moving data protection away from the data-protection officer breaks
	// the model's area requirement: the diff says the change introduces it.
	if len(r.Introduced) != 1 || r.Introduced[0].Rule != "area-requirement" {
		t.Errorf("introduced %v", r.Introduced)
	}

	// A model change: an area renamed, with the municipalities it affects.
	w.edit("model/areas.cue", `fi: "Hankinnat ja vaatimusmäärittely"`, `fi: "Hankinnat ja vaatimukset"`)
	c3 := w.commit("rename area 4", "2026-03-20")
	r = w.diff(c2, c3)
	assertLines(t, lines(r), []string{
		"areas/procurement areas-renamed: Renamed (cooperation area): Procurement and requirements specification → Procurement and requirements specification. [999]",
	})
	if r.Changes[0].In(msg.FI) != "Nimi muuttui (yhteistoiminta-alue): Hankinnat ja vaatimusmäärittely → Hankinnat ja vaatimukset." {
		t.Errorf("fi: %s", r.Changes[0].In(msg.FI))
	}

	// The working tree as HEAD: an uncommitted change to a non-public
	// value is reported without the value.
	w.edit(testrepo.SyntheticFile, `name: "Eeva Esimerkki"`, `name: "Erkki Esimerkki"`)
	r = w.diff(c3, "")
	assertLines(t, lines(r), []string{syn + " non-public-changed: Non-public details changed (not shown)."})

	// History: the synthetic municipality's timeline, newest first, and the
	// national figure month by month.
	rr, err := gitrepo.Open(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := rr.History("HEAD", 0)
	if err != nil {
		t.Fatal(err)
	}
	es := h.BySubject[syn]
	if len(es) == 0 || es[0].Date != "2026-03-02" || h.LastChanged(syn) != "2026-03-02" {
		t.Errorf("history of 999: %v", es)
	}
	if got := h.LastChanged("areas/procurement"); got != "2026-03-20" {
		t.Errorf("areas/procurement last changed %q", got)
	}
	months := []string{}
	for _, m := range h.Monthly {
		months = append(months, m.Month+"="+strconv.Itoa(m.Reported)+"/"+strconv.Itoa(m.Municipalities))
	}
	assertLines(t, months, []string{"2026-01=0/309", "2026-02=1/309", "2026-03=1/309"})
	// The first report is the commit that recorded it, not its month.
	if h.FirstReport != "2026-02-15" {
		t.Errorf("first report %q, want 2026-02-15", h.FirstReport)
	}
}

func TestChangedSince(t *testing.T) {
	w := newWork(t)
	w.edit("municipalities/091-helsinki.cue", "status: reported: false", "status: reported: false\n\tmaintainers: [\"@x\"]")
	w.write("municipalities/998-uusi.cue", "package municipalities\n")
	if err := os.Remove(filepath.Join(w.dir, "actors", "fisc.cue")); err != nil {
		t.Fatal(err)
	}
	w.write("README.txt", "not data")
	r, err := gitrepo.Open(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	changed, err := r.ChangedSince("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	got := slices.Sorted(maps.Keys(changed))
	want := []string{"actors/fisc.cue", "municipalities/091-helsinki.cue", "municipalities/998-uusi.cue"}
	if !slices.Equal(got, want) {
		t.Errorf("changed %v, want %v", got, want)
	}
}

// TestHistoryAcrossABrokenCommit: a commit that leaves a municipality's
// file unreadable adds nothing to its history (no "removed"), and the
// next readable version is compared with the last readable one (no
// "added"); a body made non-public later is shown by no entry once the
// history is filtered against the file as it is now.
func TestHistoryAcrossABrokenCommit(t *testing.T) {
	w := newWork(t)
	w.write(testrepo.SyntheticFile, example(t))
	w.write(".github/CODEOWNERS", exampleFile(t, ".github/CODEOWNERS"))
	w.commit("Esimerkkilä reports", "2026-02-15")
	good := w.read(testrepo.SyntheticFile)
	w.write(testrepo.SyntheticFile, strings.Replace(good, `lastStatusReport:        "2026-09-01"`+"\n\t\t}", `lastStatusReport:        "2026-09-01"`+"\n\t\t}}", 1))
	w.commit("a stray brace", "2026-03-01")
	w.write(testrepo.SyntheticFile, strings.Replace(good, `lastStatusReport:        "2026-09-01"`, `lastStatusReport:        "2026-11-20"`, 1))
	w.commit("fixed, with a new status report", "2026-03-05")
	w.edit(testrepo.SyntheticFile, `name: {fi: "Kunnanhallitus"}`, `name: {fi: "Kunnanhallitus"}
			visibility: "non-public"`)
	// The board is Accountable in public rows; they go with it.
	w.edit(testrepo.SyntheticFile, `accountable: "body:board"`, `accountable: "role:chief-executive"`)
	w.edit(testrepo.SyntheticFile, `accountable: "body:board"`, `accountable: "role:chief-executive"`)
	w.edit(testrepo.SyntheticFile, `accountable: "body:board"`, `accountable: "role:chief-executive"`)
	w.edit(testrepo.SyntheticFile, `informed: ["body:board", "county"]`, `informed: ["county"]`)
	w.edit(testrepo.SyntheticFile, `informed: ["body:board"]`, `informed: ["body:council"]`)
	w.commit("the board made non-public", "2026-03-20")

	r, err := gitrepo.Open(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := r.History("HEAD", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range h.BySubject[syn] {
		if e.Date >= "2026-03-01" {
			got = append(got, e.Date+" "+e.Change.Kind+": "+e.Change.In(msg.EN))
		}
	}
	assertLines(t, got, []string{
		"2026-03-20 raci-added: Kunnanjohtaja is now Accountable for Digital-security governance models of municipalities and wellbeing services counties.",
		"2026-03-20 raci-added: Kunnanjohtaja is now Accountable for Strategic risk management of digital security and directing resources.",
		"2026-03-20 raci-added: Kunnanjohtaja is now Accountable for Planning and development of continuity management.",
		"2026-03-20 raci-added: Kunnanvaltuusto is now Informed about Planning and development of data protection.",
		"2026-03-20 body-made-non-public: A body was made non-public.",
		// The board carried management's tasks: now a non-public party.
		"2026-03-20 management-changed: Who carries management's tasks changed.",
		"2026-03-05 report-recorded: Kunnanhallitus treated a status report on 2026-11-20.",
	})
	// Filtered against the file as it is now, no entry names the board.
	now, _, err := validate.RunFS(os.DirFS(w.dir), validate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	current, ok := now.Municipality("999")
	if !ok {
		t.Fatal("no 999 now")
	}
	for _, e := range h.BySubject[syn] {
		x := e.Change.Text()
		if semdiff.Visible(e.Change, current) == strings.Contains(x.FI+x.SV+x.EN, "Kunnanhallitus") {
			t.Errorf("visible %v: %s %s", semdiff.Visible(e.Change, current), e.Date, x.EN)
		}
	}
}
