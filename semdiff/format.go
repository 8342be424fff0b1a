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
