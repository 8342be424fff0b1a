package semdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// group returns the changes by subject, in the order of first appearance.
func group(cs []Change) (subjects []string, by map[string][]Change) {
	by = map[string][]Change{}
	for _, c := range cs {
		if _, seen := by[c.Subject]; !seen {
			subjects = append(subjects, c.Subject)
		}
		by[c.Subject] = append(by[c.Subject], c)
	}
	return subjects, by
}

// langsOr returns the languages asked for, or the default one.
func langsOr(langs []msg.Lang) []msg.Lang {
	if len(langs) == 0 {
		return []msg.Lang{msg.Default()}
	}
	return langs
}

// each says something in every language, joined by sep; a language that
// says it as the one before adds nothing.
func each(langs []msg.Lang, sep string, say func(msg.Lang) string) string {
	var parts []string
	for _, l := range langs {
		if s := say(l); len(parts) == 0 || parts[len(parts)-1] != s {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, sep)
}

// maxAffected is how many municipalities a change lists by name.
const maxAffected = 30

// affected names the municipalities a change concerns, in a language.
func (r *Result) affected(c Change, l msg.Lang) string {
	var names []string
	for i, code := range c.Affects {
		if i == maxAffected {
			names = append(names, msg.Sprintf(l, "diff.and-more", len(c.Affects)-maxAffected))
			break
		}
		if n, ok := r.municipalityNames[code]; ok {
			names = append(names, text(n).Localize(l))
		} else {
			names = append(names, code)
		}
	}
	return strings.Join(names, ", ")
}

// Text writes the result for a terminal, in the languages given (default:
// msg.Default()), each line in each language.
func Text(w io.Writer, r *Result, langs ...msg.Lang) error {
	langs = langsOr(langs)
	var b strings.Builder
	if len(r.Changes) == 0 {
		b.WriteString(each(langs, " / ", func(l msg.Lang) string { return msg.T(l, "diff.no-changes") }) + "\n")
	}
	subjects, by := group(r.Changes)
	for _, s := range subjects {
		cs := by[s]
		fmt.Fprintf(&b, "%s (%s)\n", oneLine(each(langs, " / ", func(l msg.Lang) string { return text(cs[0].Name).Localize(l) })), oneLine(s))
		for _, c := range cs {
			for i, l := range langs {
				lead := "  - "
				if i > 0 {
					lead = "    "
				}
				fmt.Fprintf(&b, "%s%s\n", lead, oneLine(c.In(l)))
			}
			if len(c.Affects) > 0 {
				for _, l := range langs {
					fmt.Fprintf(&b, "    %s\n", oneLine(msg.Sprintf(l, "diff.affects", r.affected(c, l))))
				}
			}
		}
	}
	writeFindings := func(title string, fs []*diag.Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s:\n", each(langs, " / ", func(l msg.Lang) string { return msg.T(l, title) }))
		for _, f := range fs {
			for i, l := range langs {
				m, _ := r.redact.in(f, l)
				if i == 0 {
					fmt.Fprintf(&b, "  %s: %s %s: %s\n", f.Pos, f.Severity.In(l), f.Rule, oneLine(m))
					continue
				}
				fmt.Fprintf(&b, "    %s\n", oneLine(m))
			}
		}
	}
	writeFindings("diff.findings-fixed", r.Fixed)
	writeFindings("diff.findings-introduced", r.Introduced)
	_, err := io.WriteString(w, b.String())
	return err
}

// JSON writes the result as JSON, its words in the first language given
// (default: msg.Default()).
func JSON(w io.Writer, r *Result, langs ...msg.Lang) error {
	l := langsOr(langs)[0]
	type change struct {
		Kind    string   `json:"kind"`
		Subject string   `json:"subject"`
		Name    string   `json:"name"`
		Text    string   `json:"text"`
		Affects []string `json:"affects,omitempty"`
	}
	type finding struct {
		Rule     string        `json:"rule"`
		Severity diag.Severity `json:"severity"`
		File     string        `json:"file"`
		Line     int           `json:"line"`
		Column   int           `json:"column"`
		Message  string        `json:"message"`
		Hint     string        `json:"hint"`
	}
	findings := func(fs []*diag.Finding) []finding {
		out := []finding{}
		for _, f := range fs {
			m, h := r.redact.in(f, l)
			out = append(out, finding{f.Rule, f.Severity, f.Pos.File, f.Pos.Line, f.Pos.Col, m, h})
		}
		return out
	}
	doc := struct {
		Language   msg.Lang  `json:"language"`
		Changes    []change  `json:"changes"`
		Fixed      []finding `json:"fixed"`
		Introduced []finding `json:"introduced"`
	}{Language: l, Changes: []change{}, Fixed: findings(r.Fixed), Introduced: findings(r.Introduced)}
	for _, c := range r.Changes {
		doc.Changes = append(doc.Changes, change{c.Kind, c.Subject, text(c.Name).Localize(l), c.In(l), c.Affects})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// Markdown writes the result for a pull-request comment, each line in
// each language given (default: msg.Default()). Every value from the
// repository is untrusted (it may come from the pull request itself):
// EscapeMarkdown keeps it from becoming markup, links, HTML or mentions.
func Markdown(w io.Writer, r *Result, langs ...msg.Lang) error {
	langs = langsOr(langs)
	say := func(key string) string {
		return EscapeMarkdown(each(langs, " / ", func(l msg.Lang) string { return msg.T(l, key) }))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n", say("diff.governance-changes"))
	if len(r.Changes) == 0 {
		fmt.Fprintf(&b, "%s\n\n", say("diff.no-changes"))
	}
	subjects, by := group(r.Changes)
	for _, s := range subjects {
		cs := by[s]
		name := each(langs, " / ", func(l msg.Lang) string { return text(cs[0].Name).Localize(l) })
		fmt.Fprintf(&b, "**%s** (`%s`)\n\n", EscapeMarkdown(name), strings.NewReplacer("`", "", "\r", "", "\n", "").Replace(s))
		for _, c := range cs {
			b.WriteString("- " + each(langs, "<br>", func(l msg.Lang) string { return EscapeMarkdown(c.In(l)) }))
			if len(c.Affects) > 0 {
				b.WriteString("<br>" + each(langs, "<br>", func(l msg.Lang) string {
					return EscapeMarkdown(msg.Sprintf(l, "diff.affects-n", len(c.Affects), r.affected(c, l)))
				}))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	findingsTable := func(title string, fs []*diag.Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "#### %s\n\n| | %s | %s | %s |\n|---|---|---|---|\n", say(title), say("diff.col.rule"), say("diff.col.where"), say("diff.col.message"))
		for _, f := range fs {
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s |\n", icon(f.Severity), f.Rule, EscapeMarkdown(f.Pos.String()),
				each(langs, "<br>", func(l msg.Lang) string { m, _ := r.redact.in(f, l); return EscapeMarkdown(m) }))
		}
		b.WriteString("\n")
	}
	findingsTable("diff.findings-fixed", r.Fixed)
	findingsTable("diff.findings-introduced", r.Introduced)
	_, err := io.WriteString(w, b.String())
	return err
}

func icon(s diag.Severity) string {
	return map[diag.Severity]string{diag.Error: "❌", diag.Warning: "⚠️", diag.Notice: "ℹ️"}[s]
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// markdownEscaper turns every character with a meaning in GitHub Markdown
// or HTML into an entity or a backslash escape, so untrusted text shows as
// written: no markup, no HTML, no links or autolinks, no @mentions.
var markdownEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "@", "&#64;", ":", "&#58;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "{", `\{`, "}", `\}`, "[", `\[`, "]", `\]`,
	"(", `\(`, ")", `\)`, "#", `\#`, "+", `\+`, "!", `\!`, "|", `\|`, "~", `\~`,
	"\r", " ", "\n", " ",
)

// EscapeMarkdown makes untrusted text safe inside Markdown.
func EscapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// maxFindings is how many findings the comment lists.
const maxFindings = 50

// Comment writes a pull request's comment: the validation result of the
// head (findings, which r's head gave), then the governance changes, each
// text in each of langs (the pull request's languages: Result.Languages;
// none: msg.Default()). What is non-public in the head is taken out of the
// findings' texts.
func Comment(w io.Writer, findings []*diag.Finding, r *Result, langs []msg.Lang) error {
	langs = langsOr(langs)
	var b strings.Builder
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	b.WriteString("## govmap\n\n")
	verdict := func(format string, args ...any) string {
		return EscapeMarkdown(each(langs, " / ", func(l msg.Lang) string { return msg.Sprintf(l, format, args...) }))
	}
	switch {
	case counts[diag.Error] > 0:
		fmt.Fprintf(&b, "❌ **%s**\n\n", verdict("diff.validation-failed", counts[diag.Error], counts[diag.Warning]))
	case counts[diag.Warning] > 0:
		fmt.Fprintf(&b, "⚠️ **%s**\n\n", verdict("diff.validation-warnings", counts[diag.Warning]))
	default:
		fmt.Fprintf(&b, "✅ **%s**\n\n", verdict("diff.validation-passed"))
	}
	if len(findings) > 0 {
		fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
			verdict("diff.col.rule"), verdict("diff.col.where"), verdict("diff.col.message"), verdict("diff.col.fix"))
		for i, f := range findings {
			if i == maxFindings {
				fmt.Fprintf(&b, "| | | | %s | |\n", each(langs, "<br>", func(l msg.Lang) string {
					return EscapeMarkdown(msg.Sprintf(l, "diff.more-findings", len(findings)-maxFindings))
				}))
				break
			}
			message := each(langs, "<br>", func(l msg.Lang) string { m, _ := r.redact.in(f, l); return EscapeMarkdown(m) })
			hint := each(langs, "<br>", func(l msg.Lang) string { _, h := r.redact.in(f, l); return EscapeMarkdown(h) })
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s |\n", icon(f.Severity), f.Rule, EscapeMarkdown(f.Pos.String()), message, hint)
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return Markdown(w, r, langs...)
}
