package semdiff

import (
	"fmt"
	"io"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// A piece is one block of Markdown: a heading, a list item, a table row. A
// comment too long for its limit keeps its first pieces, whole, and says
// how many changes and findings the rest held.
type piece struct {
	text string
	// changes counts the changes the piece shows; finding is the finding a
	// table row shows, by findingKey (the same finding may be in two
	// tables: the head's findings, and those it introduces).
	changes int
	finding string
	// lead is a heading or a table's head: kept only with the piece after
	// it.
	lead bool
}

// findingKey tells findings apart: by rule, place and message (two runs
// of the validator make equal findings, not the same ones).
func findingKey(f *diag.Finding) string {
	return f.Rule + "\x00" + f.Pos.String() + "\x00" + f.Message
}

func render(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.text)
	}
	return b.String()
}

// Markdown writes the result for a pull-request comment, each line in
// each language given (default: msg.Default()). Every value from the
// repository is untrusted (it may come from the pull request itself):
// EscapeMarkdown and CodeSpan keep it from becoming markup, links, HTML,
// mentions, references or math.
func Markdown(w io.Writer, r *Result, langs ...msg.Lang) error {
	_, err := io.WriteString(w, render(r.markdownPieces(langsOr(langs))))
	return err
}

func (r *Result) markdownPieces(langs []msg.Lang) []piece {
	say := func(key string) string {
		return EscapeMarkdown(each(langs, " / ", func(l msg.Lang) string { return msg.T(l, key) }))
	}
	var ps []piece
	if len(r.Changes) == 0 {
		ps = append(ps, piece{text: fmt.Sprintf("### %s\n\n%s\n\n", say("diff.governance-changes"), say("diff.no-changes"))})
	} else {
		ps = append(ps, piece{text: fmt.Sprintf("### %s\n\n", say("diff.governance-changes")), lead: true})
	}
	subjects, by := group(r.Changes)
	for _, s := range subjects {
		cs := by[s]
		name := each(langs, " / ", func(l msg.Lang) string { return text(cs[0].Name).Localize(l) })
		ps = append(ps, piece{text: fmt.Sprintf("**%s** (%s)\n\n", EscapeMarkdown(name), CodeSpan(s, false)), lead: true})
		for _, c := range cs {
			var b strings.Builder
			b.WriteString("- " + each(langs, "<br>", func(l msg.Lang) string { return EscapeMarkdown(c.In(l)) }))
			if len(c.Affects) > 0 {
				b.WriteString("<br>" + each(langs, "<br>", func(l msg.Lang) string {
					return EscapeMarkdown(msg.Sprintf(l, "diff.affects-n", len(c.Affects), r.affected(c, l)))
				}))
			}
			b.WriteString("\n")
			ps = append(ps, piece{text: b.String(), changes: 1})
		}
		ps = append(ps, piece{text: "\n"})
	}
	findingsTable := func(title string, fs []*diag.Finding) {
		if len(fs) == 0 {
			return
		}
		ps = append(ps, piece{text: fmt.Sprintf("#### %s\n\n| | %s | %s | %s |\n|---|---|---|---|\n",
			say(title), say("diff.col.rule"), say("diff.col.where"), say("diff.col.message")), lead: true})
		for _, f := range fs {
			ps = append(ps, piece{text: fmt.Sprintf("| %s | %s | %s | %s |\n", icon(f.Severity), CodeSpan(f.Rule, true), CodeSpan(f.Pos.String(), true),
				each(langs, "<br>", func(l msg.Lang) string { m, _ := r.redact.in(f, l); return EscapeMarkdown(m) })), finding: findingKey(f)})
		}
		ps = append(ps, piece{text: "\n"})
	}
	findingsTable("diff.findings-fixed", r.Fixed)
	findingsTable("diff.findings-introduced", r.Introduced)
	return ps
}

func icon(s diag.Severity) string {
	return map[diag.Severity]string{diag.Error: "❌", diag.Warning: "⚠️", diag.Notice: "ℹ️"}[s]
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// maxFindings is how many findings the comment lists.
const maxFindings = 50

// Comment writes a pull request's comment: the validation result of the
// head (findings, which r's head gave), then the governance changes, each
// text in each of langs (the pull request's languages: Result.Languages;
// none: msg.Default()). What is non-public in the head is taken out of the
// findings' texts.
func Comment(w io.Writer, findings []*diag.Finding, r *Result, langs []msg.Lang) error {
	_, err := io.WriteString(w, render(commentPieces(findings, r, langsOr(langs))))
	return err
}

// verdict says whether the head passed validation, in each language.
func verdict(findings []*diag.Finding, langs []msg.Lang) string {
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	say := func(format string, args ...any) string {
		return EscapeMarkdown(each(langs, " / ", func(l msg.Lang) string { return msg.Sprintf(l, format, args...) }))
	}
	switch {
	case counts[diag.Error] > 0:
		return fmt.Sprintf("❌ **%s**", say("diff.validation-failed", counts[diag.Error], counts[diag.Warning]))
	case counts[diag.Warning] > 0:
		return fmt.Sprintf("⚠️ **%s**", say("diff.validation-warnings", counts[diag.Warning]))
	}
	return fmt.Sprintf("✅ **%s**", say("diff.validation-passed"))
}

func commentPieces(findings []*diag.Finding, r *Result, langs []msg.Lang) []piece {
	say := func(key string) string {
		return EscapeMarkdown(each(langs, " / ", func(l msg.Lang) string { return msg.T(l, key) }))
	}
	ps := []piece{{text: "## govmap\n\n" + verdict(findings, langs) + "\n\n"}}
	if len(findings) > 0 {
		ps = append(ps, piece{text: fmt.Sprintf("| | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
			say("diff.col.rule"), say("diff.col.where"), say("diff.col.message"), say("diff.col.fix")), lead: true})
		for i, f := range findings {
			if i == maxFindings {
				more := len(findings) - maxFindings
				ps = append(ps, piece{text: fmt.Sprintf("| | | | %s | |\n", each(langs, "<br>", func(l msg.Lang) string {
					return EscapeMarkdown(msg.Sprintf(l, "diff.more-findings", more))
				}))})
				break
			}
			message := each(langs, "<br>", func(l msg.Lang) string { m, _ := r.redact.in(f, l); return EscapeMarkdown(m) })
			hint := each(langs, "<br>", func(l msg.Lang) string { _, h := r.redact.in(f, l); return EscapeMarkdown(h) })
			ps = append(ps, piece{text: fmt.Sprintf("| %s | %s | %s | %s | %s |\n", icon(f.Severity), CodeSpan(f.Rule, true), CodeSpan(f.Pos.String(), true), message, hint), finding: findingKey(f)})
		}
		ps = append(ps, piece{text: "\n"})
	}
	return append(ps, r.markdownPieces(langs)...)
}

// Limit is how long a comment may be, and where its whole text is to be
// found when it is cut.
type Limit struct {
	// Max is the most Size may count; Size nil counts bytes.
	Max  int
	Size func(string) int
	// RunURL is the page of the workflow run whose summary holds the
	// whole text ("" when not known).
	RunURL string
	// Summary says the text is the run's summary itself.
	Summary bool
}

func (lim Limit) size(s string) int {
	if lim.Size == nil {
		return len(s)
	}
	return lim.Size(s)
}

// CommentWithin writes the comment as Comment does, cut to lim: when the
// whole is longer, it keeps the first headings, rows and items that fit
// with room for a note, in each of langs, that says how many more changes
// and findings there are and where they are (the run's summary; in the
// summary itself, `govmap diff`). trimmed says it was cut.
func CommentWithin(w io.Writer, findings []*diag.Finding, r *Result, langs []msg.Lang, lim Limit) (trimmed bool, err error) {
	langs = langsOr(langs)
	text, trimmed := fit(commentPieces(findings, r, langs), lim, func(changes, findings int) string {
		return moreNote(langs, lim, changes, findings)
	})
	_, err = io.WriteString(w, text)
	return trimmed, err
}

// fit renders the pieces whole if they fit the limit, else the first
// units (a lead with the piece after it) that fit with the note, then the
// note, which counts the changes left out and the findings the whole text
// shows that the cut one does not.
func fit(ps []piece, lim Limit, note func(changes, findings int) string) (string, bool) {
	whole := render(ps)
	if lim.size(whole) <= lim.Max {
		return whole, false
	}
	left := func(from int) (changes, findings int) {
		shown := map[string]bool{}
		for _, p := range ps[:from] {
			shown[p.finding] = true
		}
		counted := map[string]bool{}
		for _, p := range ps[from:] {
			changes += p.changes
			if f := p.finding; f != "" && !shown[f] && !counted[f] {
				counted[f] = true
				findings++
			}
		}
		return changes, findings
	}
	// The note for everything is the longest it can be.
	budget := lim.Max - lim.size("\n"+note(left(0))+"\n")
	var b strings.Builder
	used, i := 0, 0
	for i < len(ps) {
		j := i
		for j < len(ps)-1 && ps[j].lead {
			j++
		}
		unit := render(ps[i : j+1])
		n := lim.size(unit)
		if used+n > budget {
			break
		}
		b.WriteString(unit)
		used += n
		i = j + 1
	}
	b.WriteString("\n" + note(left(i)) + "\n")
	return b.String(), true
}

// moreNote says, in each language, what a cut comment leaves out and where
// it is.
func moreNote(langs []msg.Lang, lim Limit, changes, findings int) string {
	var what msg.List
	if changes > 0 {
		what = append(what, msg.N(changes, "%d more change", "%d more changes"))
	}
	if findings > 0 {
		what = append(what, msg.N(findings, "%d more finding", "%d more findings"))
	}
	if len(what) == 0 {
		what = append(what, msg.Key("comment.the-rest"))
	}
	return "_" + each(langs, "<br>", func(l msg.Lang) string {
		switch {
		case lim.Summary:
			return msg.Sprintf(l, "Not shown, as a run's summary holds at most 1 MiB: %s. `govmap diff` lists every change.", what)
		case lim.RunURL != "":
			return msg.Sprintf(l, "Not shown here, as a comment holds at most 65,536 characters: %s. Everything is in [the run's summary](%s).", what, lim.RunURL)
		}
		return msg.Sprintf(l, "Not shown here, as a comment holds at most 65,536 characters: %s. Everything is in the run's summary.", what)
	}) + "_"
}

// ShortComment writes the comment to post when GitHub refuses the whole
// one: the verdict, and where the whole text is (the run's summary, at
// runURL when known).
func ShortComment(w io.Writer, findings []*diag.Finding, langs []msg.Lang, runURL string) error {
	langs = langsOr(langs)
	note := each(langs, "<br>", func(l msg.Lang) string {
		if runURL != "" {
			return msg.Sprintf(l, "GitHub did not accept the whole comment. Everything is in [the run's summary](%s).", runURL)
		}
		return msg.Sprintf(l, "GitHub did not accept the whole comment. Everything is in the run's summary.")
	})
	_, err := fmt.Fprintf(w, "## govmap\n\n%s\n\n_%s_\n", verdict(findings, langs), note)
	return err
}
