package semdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/govmap/govmap/diag"
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

// Text writes the result for a terminal, in Finnish and English.
func Text(w io.Writer, r *Result) error {
	var b strings.Builder
	if len(r.Changes) == 0 {
		b.WriteString("Ei muutoksia hallintomalliin. / No governance changes.\n")
	}
	subjects, by := group(r.Changes)
	for _, s := range subjects {
		cs := by[s]
		fmt.Fprintf(&b, "%s (%s)\n", oneLine(cs[0].Name), s)
		for _, c := range cs {
			fmt.Fprintf(&b, "  - %s\n    %s\n", oneLine(c.FI), oneLine(c.EN))
			if len(c.Affects) > 0 {
				fmt.Fprintf(&b, "    koskee kuntia / affects municipalities: %s\n", strings.Join(c.Affects, ", "))
			}
		}
	}
	writeFindings := func(title string, fs []*diag.Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s\n", title)
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s\n", oneLine(f.Error()))
		}
	}
	writeFindings("Korjatut havainnot / Findings fixed:", r.Fixed)
	writeFindings("Uudet havainnot / Findings introduced:", r.Introduced)
	_, err := io.WriteString(w, b.String())
	return err
}

// JSON writes the result as JSON.
func JSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// Markdown writes the result for a pull-request comment. Every value from
// the repository is untrusted (it may come from the pull request itself):
// EscapeMarkdown keeps it from becoming markup, links, HTML or mentions.
func Markdown(w io.Writer, r *Result) error {
	var b strings.Builder
	b.WriteString("### Muutokset hallintomalliin / Governance changes\n\n")
	if len(r.Changes) == 0 {
		b.WriteString("Ei muutoksia hallintomalliin. / No governance changes.\n\n")
	}
	subjects, by := group(r.Changes)
	for _, s := range subjects {
		cs := by[s]
		fmt.Fprintf(&b, "**%s** (`%s`)\n\n", EscapeMarkdown(cs[0].Name), strings.ReplaceAll(s, "`", ""))
		for _, c := range cs {
			fmt.Fprintf(&b, "- %s<br>%s", EscapeMarkdown(c.FI), EscapeMarkdown(c.EN))
			if len(c.Affects) > 0 {
				fmt.Fprintf(&b, "<br>koskee %d kuntaa / affects %d municipalities: %s", len(c.Affects), len(c.Affects), EscapeMarkdown(strings.Join(c.Affects, ", ")))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	findingsTable := func(title string, fs []*diag.Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "#### %s\n\n| | sääntö / rule | paikka / where | viesti / message |\n|---|---|---|---|\n", title)
		for _, f := range fs {
			icon := map[diag.Severity]string{diag.Error: "❌", diag.Warning: "⚠️", diag.Notice: "ℹ️"}[f.Severity]
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s |\n", icon, f.Rule, EscapeMarkdown(f.Pos.String()), EscapeMarkdown(f.Message))
		}
		b.WriteString("\n")
	}
	findingsTable("Korjatut havainnot / Findings fixed", r.Fixed)
	findingsTable("Uudet havainnot / Findings introduced", r.Introduced)
	_, err := io.WriteString(w, b.String())
	return err
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

// Comment writes a pull request's comment: the validation result of the
// head, then the governance changes.
func Comment(w io.Writer, findings []*diag.Finding, r *Result) error {
	var b strings.Builder
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	b.WriteString("## govmap\n\n")
	switch {
	case counts[diag.Error] > 0:
		fmt.Fprintf(&b, "❌ **Tarkistus ei mennyt läpi / Validation failed**: %d virhettä / errors, %d varoitusta / warnings.\n\n", counts[diag.Error], counts[diag.Warning])
	case counts[diag.Warning] > 0:
		fmt.Fprintf(&b, "⚠️ **Tarkistus meni läpi varoituksin / Validation passed with warnings**: %d varoitusta / warnings.\n\n", counts[diag.Warning])
	default:
		b.WriteString("✅ **Tarkistus meni läpi / Validation passed.**\n\n")
	}
	if len(findings) > 0 {
		b.WriteString("| | sääntö / rule | paikka / where | viesti / message | korjaus / fix |\n|---|---|---|---|---|\n")
		const max = 50
		for i, f := range findings {
			if i == max {
				fmt.Fprintf(&b, "| | | | … %d lisää / more: `govmap validate` | |\n", len(findings)-max)
				break
			}
			icon := map[diag.Severity]string{diag.Error: "❌", diag.Warning: "⚠️", diag.Notice: "ℹ️"}[f.Severity]
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s |\n", icon, f.Rule, EscapeMarkdown(f.Pos.String()), EscapeMarkdown(f.Message), EscapeMarkdown(f.Hint))
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return Markdown(w, r)
}
