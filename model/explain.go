package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// explainData rewords CUE's errors about a data file where the file itself
// shows what was meant: a field written twice with two values (the old
// `status: reported: false` kept next to the new status), a list of
// parties as Accountable, a date written the Finnish way. Of several
// errors at one path that is reworded, one finding is kept. sec says what
// the findings may not repeat.
func explainData(cfs []cueFinding, f *ast.File, file string, sec *secrets) []cueFinding {
	out := cfs[:0:0]
	done := map[string]bool{}
	for _, cf := range cfs {
		if done[cf.path] {
			continue
		}
		if better := explainOne(cf, f, file, sec); better != nil {
			done[cf.path] = true
			out = append(out, cueFinding{better, cf.path, cf.elems})
			continue
		}
		out = append(out, cf)
	}
	return out
}

func explainOne(cf cueFinding, f *ast.File, file string, sec *secrets) *diag.Finding {
	if cf.Rule == "missing-field" {
		return missingText(cf, file, sec)
	}
	if cf.Rule != "schema" || len(cf.elems) < 2 {
		return nil
	}
	vals := valuesAt(f.Decls, cf.elems)
	shown := sec.display(cf.elems, file)
	covered := sec.covers(cf.elems)
	if len(vals) >= 2 {
		// The whole entity too: written again as null or a text.
		return writtenTwice(vals, cf.elems, shown, file, covered)
	}
	if len(cf.elems) < 3 {
		return nil
	}
	if len(vals) != 1 {
		return nil
	}
	v := vals[0]
	pos := toPos(v.Pos(), file)
	if l, ok := v.(*ast.ListLit); ok && len(cf.elems) == 5 && cf.elems[2] == "raci" && cf.elems[4] == "accountable" {
		return accountableList(l, shown, pos)
	}
	if s, ok := stringLit(v); ok && strings.Contains(cf.Message, "is not a date") {
		return otherDateForm(s, shown, pos, covered)
	}
	return nil
}

// valuesAt returns every value written at a path (collection, key,
// fields...), following a: b: c shorthands and fields written twice.
func valuesAt(decls []ast.Decl, elems []string) []ast.Expr {
	var out []ast.Expr
	for _, d := range decls {
		fd, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		if name, ok := labelName(fd.Label); !ok || name != elems[0] {
			continue
		}
		if len(elems) == 1 {
			out = append(out, fd.Value)
			continue
		}
		if st, ok := fd.Value.(*ast.StructLit); ok {
			out = append(out, valuesAt(st.Elts, elems[1:])...)
		}
	}
	return out
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok {
		return "", false
	}
	s, err := literal.Unquote(b.Value)
	return s, err == nil
}

// writtenTwice reports a field written twice with different values;
// covered: without the values (a person's, or a non-public entry's).
func writtenTwice(vals []ast.Expr, elems []string, shown, file string, covered bool) *diag.Finding {
	a, b := vals[0], vals[1]
	at, bt := exprText(a, false), exprText(b, false)
	if at == bt {
		return nil
	}
	al, bl := a.Pos().Line(), b.Pos().Line()
	if n := len(elems); n >= 2 && elems[n-2] == "status" && elems[n-1] == "reported" {
		// The README says to replace the line `status: reported: false`;
		// kept, it conflicts with the new status { reported: true ... }.
		old := a
		if bt == "false" {
			old = b
		}
		if exprText(old, false) == "false" {
			line := old.Pos().Line()
			return diag.New("schema", toPos(old.Pos(), file), "status.reported is written twice, as false on line %d and as true on line %d", line, otherLine(line, al, bl)).
				WithHint("Delete the old line `status: reported: false` (line %d): the status { reported: true … } you added replaces it.", line)
		}
	}
	if covered {
		if at, bt = exprText(a, true), exprText(b, true); at == bt {
			// Two values that differ, both redacted.
			return diag.New("schema", toPos(a.Pos(), file), "%s is written twice, with two different values, on lines %d and %d", shown, al, bl).
				WithHint("Keep the value you mean and delete the other line (line %d or %d).", al, bl)
		}
	}
	return diag.New("schema", toPos(a.Pos(), file), "%s is written twice, as %s on line %d and as %s on line %d", shown, at, al, bt, bl).
		WithHint("Keep the value you mean and delete the other line (line %d or %d).", al, bl)
}

func otherLine(line, a, b int) int {
	if line == a {
		return b
	}
	return a
}

// exprText is a short source form of a literal value (a string), or a
// description of another expression (a catalogue message). covered: the
// value is redacted (before it is shortened).
func exprText(e ast.Expr, covered bool) any {
	switch x := e.(type) {
	case *ast.BasicLit:
		if covered {
			return redact(x.Value)
		}
		return shorten(x.Value, 60)
	case *ast.Ident:
		return x.Name
	case *ast.StructLit:
		return "{ … }"
	case *ast.ListLit:
		return "[ … ]"
	}
	return describeExpr(e)
}

// accountableList reports a list as Accountable: exactly one party
// answers for an area.
func accountableList(l *ast.ListLit, shown string, pos Pos) *diag.Finding {
	var parties []string
	for _, e := range l.Elts {
		if s, ok := stringLit(e); ok {
			parties = append(parties, s)
		}
	}
	switch len(parties) {
	case 0:
		return diag.New("schema", pos, "%s is an empty list; exactly one party is Accountable", shown).
			WithHint("Write the one party who answers for the area, without brackets: accountable: \"body:<id>\" or accountable: \"role:<id>\".")
	case 1:
		return diag.New("schema", pos, "%s is written as a list; exactly one party is Accountable, written without brackets", shown).
			WithHint("Write accountable: %q.", parties[0])
	}
	var forms msg.Alternatives
	for _, p := range parties {
		forms = append(forms, fmt.Sprintf("accountable: %q", p))
	}
	return diag.New("schema", pos, "%s names %d parties; exactly one party is Accountable", shown, len(parties)).
		WithHint("Keep exactly one, without brackets: %s; name the others in responsible or consulted.", forms)
}

var (
	dayFirst  = regexp.MustCompile(`^\s*([0-9]{1,2})\s*[./]\s*([0-9]{1,2})\s*[./]\s*([0-9]{4})\s*\.?\s*$`)
	yearFirst = regexp.MustCompile(`^\s*([0-9]{4})\s*[-./]\s*([0-9]{1,2})\s*[-./]\s*([0-9]{1,2})\s*$`)
)

// otherDateForm reports a date in the Finnish form (15.3.2026) or another
// readable form, with the date as it is written here (covered: without
// the date, which is a non-public entry's).
func otherDateForm(s, shown string, pos Pos, covered bool) *diag.Finding {
	var y, m, d string
	finnish := false
	if g := dayFirst.FindStringSubmatch(s); g != nil {
		d, m, y = g[1], g[2], g[3]
		finnish = true
	} else if g := yearFirst.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else {
		return nil
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if mi < 1 || mi > 12 || di < 1 || t.Day() != di {
		if covered {
			return diag.New("schema", pos, "%s: the date written here is not a day that exists", shown).
				WithHint("Check the day and the month, and write the date as year-month-day: \"YYYY-MM-DD\".")
		}
		return diag.New("schema", pos, "%s: %q is not a day that exists", shown, s).
			WithHint("Check the day and the month, and write the date as year-month-day: \"YYYY-MM-DD\".")
	}
	iso := t.Format(time.DateOnly)
	if covered {
		if finnish {
			return diag.New("schema", pos, "%s: the date is written day.month.year; dates are written year-month-day", shown).
				WithHint("Write the date as year-month-day, \"YYYY-MM-DD\", with two digits for the month and the day.")
		}
		return diag.New("schema", pos, "%s: the date is not written as YYYY-MM-DD, with two digits for the month and the day", shown).
			WithHint("Write the date as year-month-day, \"YYYY-MM-DD\", with two digits for the month and the day.")
	}
	if finnish {
		return diag.New("schema", pos, "%s: %q is written day.month.year; dates are written year-month-day", shown, s).
			WithHint("Write %q.", iso)
	}
	return diag.New("schema", pos, "%s: %q is not written as YYYY-MM-DD, with two digits for the month and the day", shown, s).
		WithHint("Write %q.", iso)
}

// localTexts are the fields of a municipality's own entries that hold a
// text in Finnish or, for a Swedish-speaking municipality, in Swedish.
var localTexts = map[string]bool{"title": true, "unit": true, "name": true, "part": true, "note": true}

// missingText words a text without its required language: Finnish, or
// Swedish in a Swedish-speaking municipality (model/municipality.cue).
func missingText(cf cueFinding, file string, sec *secrets) *diag.Finding {
	n := len(cf.elems)
	if n < 4 {
		return nil
	}
	shown := sec.display(cf.elems[:n-1], file)
	if cf.elems[0] != "municipalities" {
		// The national model is published in all three languages.
		lang := map[string]msg.Text{
			"fi": {FI: "suomenkielistä", SV: "finsk", EN: "Finnish"},
			"sv": {FI: "ruotsinkielistä", SV: "svensk", EN: "Swedish"},
			"en": {FI: "englanninkielistä", SV: "engelsk", EN: "English"},
		}[cf.elems[n-1]]
		if lang.EN == "" {
			return nil
		}
		return diag.New("missing-field", cf.Pos, "%s has no %s text (%s)", shown, lang, cf.elems[n-1]).
			WithHint("Add %s: \"…\": the national model's texts are published in Finnish, Swedish and English (fi, sv, en).", cf.elems[n-1])
	}
	if n < 5 || !localTexts[cf.elems[n-2]] {
		return nil
	}
	switch cf.elems[n-1] {
	case "fi":
		return diag.New("missing-field", cf.Pos, "%s has no Finnish text (fi)", shown).
			WithHint("Add fi: \"…\" with the text in Finnish; Swedish (sv) and English (en) are optional.")
	case "sv":
		return diag.New("missing-field", cf.Pos, "%s has no Swedish text (sv)", shown).
			WithHint("Add sv: \"…\" with the text in Swedish: a Swedish-speaking municipality writes its own names and titles in Swedish, and Finnish (fi) is optional.")
	}
	return nil
}
