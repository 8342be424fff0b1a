package editcheck

import (
	"os"
	"strings"
	"testing"
)

const identity = `name: {fi: "Helsinki", sv: "Helsingfors", en: "Helsinki"}, region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}, county: "90", language: "fi-sv", population: {count: 694392, date: "2025-12-31"}`

// A request naming a body the file does not define gets the validator's
// finding at the request's own line, in Finnish; defining the body makes
// it go away.
func TestCheck(t *testing.T) {
	b, err := MakeBundle(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := b["model/municipality.cue"]; !ok {
		t.Fatal("the bundle has no model/municipality.cue")
	}
	for p := range b {
		if strings.HasPrefix(p, "municipalities/") {
			t.Fatalf("the bundle holds a municipality's file: %s", p)
		}
	}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	bad := "municipalities: \"091\": {\n" +
		"\tstatus: reported: false\n" +
		"\traci: \"data-protection\": {\n" +
		"\t\taccountable: \"body:board\"\n" +
		"\t}\n" +
		"}\n"
	rs, err := c.Check(Input{File: "municipalities/091-helsinki.cue", Identity: identity, Request: bad, Lang: "fi", Today: "2026-12-01"})
	if err != nil {
		t.Fatal(err)
	}
	var hit *Result
	for i, r := range rs {
		if r.Rule == "unknown-party" {
			hit = &rs[i]
		}
	}
	if hit == nil {
		t.Fatalf("no unknown-party finding: %+v", rs)
	}
	if hit.Line != 4 || hit.Severity != "error" {
		t.Errorf("finding at line %d (%s), want line 4, error: %+v", hit.Line, hit.Severity, hit)
	}
	if want := "toimielin"; !strings.Contains(hit.Message, want) {
		t.Errorf("message %q is not in Finnish (no %q)", hit.Message, want)
	}
	good := "municipalities: \"091\": {\n" +
		"\tstatus: reported: false\n" +
		"\tbodies: board: {type: \"board\", name: fi: \"Kunnanhallitus\", statusReportEveryMonths: 12}\n" +
		"\traci: \"data-protection\": {\n" +
		"\t\taccountable: \"body:board\"\n" +
		"\t}\n" +
		"}\n"
	rs, err = c.Check(Input{File: "municipalities/091-helsinki.cue", Identity: identity, Request: good, Lang: "fi", Today: "2026-12-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Rule == "unknown-party" {
			t.Errorf("left after the fix: %+v", r)
		}
	}
	if _, err := c.Check(Input{File: "../x.cue", Request: good}); err == nil {
		t.Error("a file outside municipalities/ was accepted")
	}
}

// A request that sets an identity field is refused by request.Merge, at
// the request's line.
func TestCheckRefused(t *testing.T) {
	b, err := MakeBundle(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	req := "municipalities: \"091\": {\n\tstatus: reported: false\n\tcounty: \"01\"\n}\n"
	rs, err := c.Check(Input{File: "municipalities/091-helsinki.cue", Identity: identity, Request: req, Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 || rs[0].Line != 3 {
		t.Fatalf("want a refusal at line 3, got %+v", rs)
	}
}

// A date that is no date: the message next to the field leaves out the
// CUE path (given apart, in Field) and the schema's generic hint.
func TestCheckFieldMessage(t *testing.T) {
	b, err := MakeBundle(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	req := "municipalities: \"091\": {\n" +
		"\tstatus: reported: false\n" +
		"\tbodies: board: {type: \"board\", name: fi: \"Kunnanhallitus\", statusReportEveryMonths: 12, statusReports: [{date: \"2026-13-05\", trigger: \"scheduled\"}]}\n" +
		"}\n"
	rs, err := c.Check(Input{File: "municipalities/091-helsinki.cue", Identity: identity, Request: req, Lang: "sv", Today: "2026-12-01"})
	if err != nil {
		t.Fatal(err)
	}
	var hit *Result
	for i, r := range rs {
		if r.Rule == "schema" && r.Line == 3 {
			hit = &rs[i]
		}
	}
	if hit == nil {
		t.Fatalf("no schema finding at line 3: %+v", rs)
	}
	if hit.Field != "bodies.board.statusReports.0.date" {
		t.Errorf("field %q, want bodies.board.statusReports.0.date", hit.Field)
	}
	if strings.Contains(hit.Message, "bodies.") || !strings.Contains(hit.Message, "2026-13-05") {
		t.Errorf("message %q: want the value without the path", hit.Message)
	}
	if hit.Hint != "" {
		t.Errorf("the generic hint is shown: %q", hit.Hint)
	}
}
