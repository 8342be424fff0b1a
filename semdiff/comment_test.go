package semdiff_test

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/ghmarkdown"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
)

// TestCommentWithin: a comment over its limit keeps whole rows and items
// from the start, never a heading or a table head without what follows,
// stays within the limit, and its note counts exactly what it leaves out,
// in each language, with the link to the run; one within the limit is the
// whole comment.
func TestCommentWithin(t *testing.T) {
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	r, _, hf := diff(t, string(s.fs[testrepo.SyntheticFile].Data), exampleFile(t))
	// Findings for both tables: the head's (the comment's first table)
	// and, introduced, the Markdown's.
	for i := range 3 {
		f := diag.New("unknown-party", diag.Pos{File: testrepo.SyntheticFile, Line: i + 1, Col: 1}, "finding %d", i)
		hf = append(hf, f)
		r.Introduced = append(r.Introduced, f)
	}
	langs := []msg.Lang{msg.FI, msg.SV}
	var whole bytes.Buffer
	if err := semdiff.Comment(&whole, hf, r, langs); err != nil {
		t.Fatal(err)
	}
	const run = "https://github.com/o/r/actions/runs/1"
	size := utf8.RuneCountInString
	allChanges := strings.Count(whole.String(), "\n- ")
	if allChanges < 20 {
		t.Fatalf("only %d changes", allChanges)
	}
	note := regexp.MustCompile(`\n_Tässä ei näy, koska kommentissa voi olla enintään 65 536 merkkiä: (?:([0-9]+) muu(?:ta)? muutos(?:ta)?)?(?:, )?(?:([0-9]+) muu(?:ta)? havain(?:to|toa))?\. Kaikki on \[ajon yhteenvedossa\]\(` + regexp.QuoteMeta(run) + `\)\.<br>Visas inte här, .*_\n$`)
	for max := 400; max < size(whole.String())+100; max += 53 {
		var b bytes.Buffer
		trimmed, err := semdiff.CommentWithin(&b, hf, r, langs, semdiff.Limit{Max: max, Size: size, RunURL: run})
		if err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !trimmed {
			if out != whole.String() || size(out) > max {
				t.Errorf("max %d: not trimmed, yet not the whole comment within the limit", max)
			}
			continue
		}
		if size(out) > max {
			t.Errorf("max %d: %d characters", max, size(out))
		}
		m := note.FindStringSubmatch(out)
		if m == nil {
			t.Errorf("max %d: no note at the end:\n%s", max, out)
			continue
		}
		body := out[:len(out)-len(m[0])]
		if !strings.HasPrefix(whole.String(), body) {
			t.Errorf("max %d: not the beginning of the whole comment:\n%s", max, body)
		}
		left, _ := strconv.Atoi(m[1])
		if shown := strings.Count(body, "\n- "); shown+left != allChanges {
			t.Errorf("max %d: %d changes shown, %d said left out, of %d", max, shown, left, allChanges)
		}
		leftFindings, _ := strconv.Atoi(m[2])
		shownFindings := map[string]bool{}
		for _, row := range findingRow.FindAllStringSubmatch(body, -1) {
			shownFindings[row[1]] = true
		}
		if len(shownFindings)+leftFindings != len(hf) {
			t.Errorf("max %d: %d findings shown, %d said left out, of %d", max, len(shownFindings), leftFindings, len(hf))
		}
		// No heading, bold subject or table head at the end.
		trimmedBody := strings.TrimRight(body, "\n")
		last := trimmedBody[strings.LastIndex(trimmedBody, "\n")+1:]
		if strings.HasPrefix(last, "#") || strings.HasPrefix(last, "**") || strings.HasPrefix(last, "|---") {
			t.Errorf("max %d: ends with a lead %q", max, last)
		}
		for _, p := range ghmarkdown.Live(out, run) {
			t.Errorf("max %d: %s", max, p)
		}
	}
	// The step summary's note says how to see everything.
	var b bytes.Buffer
	if _, err := semdiff.CommentWithin(&b, hf, r, []msg.Lang{msg.EN}, semdiff.Limit{Max: 2000, Summary: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "_Not shown, as a run's summary holds at most 1 MiB: ") || !strings.HasSuffix(b.String(), ". `govmap diff` lists every change._\n") || len(b.String()) > 2000 {
		t.Errorf("summary note:\n%s", b.String())
	}
}

// findingRow is a row of a findings table; its first group tells findings
// apart (rule, place, message).
var findingRow = regexp.MustCompile("(?m)^\\| (?:❌|⚠️|ℹ️) \\| (`[^`]*` \\| `[^`]*` \\| [^|]*) \\|")

// TestShortComment: the comment posted when GitHub refuses the whole one.
func TestShortComment(t *testing.T) {
	f := diag.New("unknown-party", diag.Pos{File: testrepo.SyntheticFile, Line: 1, Col: 1}, "x")
	for _, c := range []struct {
		findings []*diag.Finding
		langs    []msg.Lang
		run      string
		want     string
	}{
		{nil, []msg.Lang{msg.FI}, "https://github.com/o/r/actions/runs/9",
			"## govmap\n\n✅ **Tarkistus meni läpi.**\n\n_GitHub ei hyväksynyt koko kommenttia. Kaikki on [ajon yhteenvedossa](https://github.com/o/r/actions/runs/9)._\n"},
		{[]*diag.Finding{f}, []msg.Lang{msg.SV, msg.FI}, "",
			"## govmap\n\n❌ **Kontrollen gick inte igenom \\(fel: 1, varningar: 0\\). / Tarkistus ei mennyt läpi \\(virheitä 1, varoituksia 0\\).**\n\n" +
				"_GitHub godtog inte hela kommentaren. Allt finns i körningens sammanfattning.<br>GitHub ei hyväksynyt koko kommenttia. Kaikki on ajon yhteenvedossa._\n"},
	} {
		var b bytes.Buffer
		if err := semdiff.ShortComment(&b, c.findings, c.langs, c.run); err != nil {
			t.Fatal(err)
		}
		if b.String() != c.want {
			t.Errorf("short comment:\n%s\nwant:\n%s", b.String(), c.want)
		}
	}
}
