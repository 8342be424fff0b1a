package validate_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/validate"
)

const limitsHead = `// SYNTHETIC: a fictional municipality for the limits' benchmarks.
package municipalities

municipalities: "999": {
	name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}
	region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}
	county:   "01"
	language: "fi"
	population: {count: 1000, date: "2025-12-31"}
`

// worstAllowed is a municipality file just inside every limit: a list of
// model.MaxListLen networks, model.MaxFields roles, and responsibility
// rows whose lists bring the entity near model.MaxEntries.
func worstAllowed() []byte {
	var b strings.Builder
	b.WriteString(limitsHead)
	b.WriteString("\tnetworks: [")
	for i := range model.MaxListLen {
		fmt.Fprintf(&b, "%q, ", fmt.Sprintf("network-%d", i))
	}
	b.WriteString("]\n\troles: {\n")
	for i := range model.MaxFields {
		fmt.Fprintf(&b, "\t\t\"role-%d\": title: fi: \"Rooli\"\n", i)
	}
	b.WriteString("\t}\n\traci: {\n")
	for _, area := range []string{"governance-models", "strategic-risk-management", "planning-and-development", "procurement", "training-and-awareness",
		"technical-threat-analysis", "testing-and-auditing", "incident-management", "continuity-management", "data-protection"} {
		fmt.Fprintf(&b, "\t\t%q: {accountable: \"role:role-0\", responsible: [", area)
		for i := range 240 {
			fmt.Fprintf(&b, "\"role:role-%d\", ", i)
		}
		b.WriteString("]}\n")
	}
	b.WriteString("\t}\n}\n")
	return []byte(b.String())
}

// tooLong is the 1 MB file that stalled CUE: one list of 100,000 ids.
func tooLong() []byte {
	var b strings.Builder
	b.WriteString(limitsHead)
	b.WriteString("\tnetworks: [")
	for i := range 100_000 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "\"n%d\"", i)
	}
	b.WriteString("]\n}\n")
	return []byte(b.String())
}

func limitsRepo(tb testing.TB, file []byte) (fstest.MapFS, validate.Options) {
	tb.Helper()
	fsys, ref, err := testrepo.Small("..")
	if err != nil {
		tb.Fatal(err)
	}
	fsys["municipalities/999-esimerkkila.cue"] = &fstest.MapFile{Data: file, Mode: 0o644}
	return fsys, validate.Options{Today: today, Reference: ref}
}

// TestLimits: the worst allowed file is evaluated (its findings are the
// schema's and the references', none of the limits'); the 1 MB list is
// one positioned too-large finding.
func TestLimits(t *testing.T) {
	fsys, opts := limitsRepo(t, worstAllowed())
	_, fs, err := validate.RunFS(fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "too-large" {
			t.Errorf("the worst allowed file is refused: %v", f)
		}
	}
	fsys, opts = limitsRepo(t, tooLong())
	_, fs, err = validate.RunFS(fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Rule != "too-large" || fs[0].Pos.String() != "municipalities/999-esimerkkila.cue:10:12" {
		t.Errorf("the 100,000-entry list: %v, want one too-large at 10:12", fs)
	}
}

// BenchmarkWorstAllowedFile validates the repository with the largest file
// the limits allow (the bound on what any pull request can make the
// validator do).
func BenchmarkWorstAllowedFile(b *testing.B) {
	fsys, opts := limitsRepo(b, worstAllowed())
	b.SetBytes(int64(len(fsys["municipalities/999-esimerkkila.cue"].Data)))
	for b.Loop() {
		if _, _, err := validate.RunFS(fsys, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefusedList validates the repository with the 1 MB list of
// 100,000 ids that took CUE 52 s before the limits.
func BenchmarkRefusedList(b *testing.B) {
	fsys, opts := limitsRepo(b, tooLong())
	b.SetBytes(int64(len(fsys["municipalities/999-esimerkkila.cue"].Data)))
	for b.Loop() {
		if _, _, err := validate.RunFS(fsys, opts); err != nil {
			b.Fatal(err)
		}
	}
}
