package semdiff

import (
	"slices"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// HiddenValues lists the words of a municipality's file that are
// non-public: the names and titles of its non-public roles, bodies,
// companies and action-plan tasks, and the non-public people's names and
// phone numbers. No change shown with the file as it is may contain one.
func HiddenValues(m *model.Municipality) []string {
	var out []string
	words := func(ws ...string) {
		for _, w := range ws {
			if w = strings.TrimSpace(w); w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	texts := func(ts ...model.Text) {
		for _, t := range ts {
			words(t.FI, t.SV, t.EN)
		}
	}
	person := func(p *model.Person) {
		if p != nil {
			words(p.Name, p.Phone)
		}
	}
	for _, e := range m.Roles {
		r := e.Value
		switch {
		case r.Visibility == model.NonPublic:
			texts(r.Title, r.Unit)
			words(r.Mailbox)
			person(r.Person)
		case r.Person != nil && r.Person.Visibility != model.Public:
			person(r.Person)
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility == model.NonPublic {
			texts(e.Value.Name)
		}
	}
	for _, e := range m.Companies {
		if e.Value.Visibility == model.NonPublic {
			texts(e.Value.Name)
		}
	}
	for _, e := range m.ActionPlan {
		if e.Value.Visibility == model.NonPublic {
			texts(e.Value.Title)
		}
	}
	return out
}

// hiddenParts lists the parts of a municipality's file that are
// non-public, as Change.Names names them.
func hiddenParts(m *model.Municipality) []string {
	var out []string
	for _, e := range m.Roles {
		if e.Value.Visibility == model.NonPublic {
			out = append(out, "roles/"+e.Key, "persons/"+e.Key)
		} else if p := e.Value.Person; p != nil && p.Visibility != model.Public {
			out = append(out, "persons/"+e.Key)
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility == model.NonPublic {
			out = append(out, "bodies/"+e.Key)
		}
	}
	for _, e := range m.Companies {
		if e.Value.Visibility == model.NonPublic {
			out = append(out, "companies/"+e.Key)
		}
	}
	for _, e := range m.ActionPlan {
		if e.Value.Visibility == model.NonPublic {
			out = append(out, "actionPlan/"+e.Key)
		}
	}
	return out
}

// namesAny reports whether a change says one of the values in any
// language.
func namesAny(c Change, values []string) bool {
	if len(values) == 0 {
		return false
	}
	// The subject's own name is public (its identity) and not looked at.
	for _, l := range msg.Langs {
		t := c.In(l)
		for _, v := range values {
			if strings.Contains(t, v) {
				return true
			}
		}
	}
	return false
}

// Visible reports whether a change of a municipality, made in an earlier
// revision, may be shown with the municipality as it is now (current: its
// whole file, non-public parts included): a change that names a part that
// is non-public now, or says one of its non-public values, may not, even
// though it was public when the change was made. Changes of other
// subjects are visible.
func Visible(c Change, current *model.Municipality) bool {
	if current == nil || c.Subject != "municipalities/"+current.Code {
		return true
	}
	hidden := hiddenParts(current)
	for _, n := range c.Names {
		if slices.Contains(hidden, n) {
			return false
		}
	}
	return !namesAny(c, HiddenValues(current))
}

// languages are the languages of the municipalities the changes concern,
// the majority's first: each changed municipality counts for its majority
// language ("fi-sv": Finnish, with Swedish too), and a change of the
// national model (or of a municipality whose language is not known) for
// Finnish, with Swedish too. Without changes: Finnish and Swedish.
func (d *differ) languages() []msg.Lang {
	votes := map[msg.Lang]int{}
	also := map[msg.Lang]bool{}
	national := len(d.changes) == 0
	seen := map[string]bool{}
	for _, c := range d.changes {
		if seen[c.Subject] {
			continue
		}
		seen[c.Subject] = true
		var lang string
		if code, ok := strings.CutPrefix(c.Subject, "municipalities/"); ok {
			if m := d.municipalityOf(code); m != nil {
				lang = m.Language
			}
		}
		ls := msg.LangsOf(lang)
		if len(ls) == 0 {
			national = true
			continue
		}
		votes[ls[0]]++
		for _, l := range ls[1:] {
			also[l] = true
		}
	}
	if national {
		votes[msg.FI]++
		also[msg.SV] = true
	}
	var out []msg.Lang
	for _, l := range []msg.Lang{msg.FI, msg.SV} {
		if votes[l] > 0 {
			out = append(out, l)
		}
	}
	// Majority first; on a tie, Finnish (the order above).
	slices.SortStableFunc(out, func(a, b msg.Lang) int { return votes[b] - votes[a] })
	for _, l := range []msg.Lang{msg.FI, msg.SV} {
		if also[l] && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// redactions lists, for a municipality's file, what a finding about it
// may not say because it is non-public in the file: its non-public values,
// and the ids of its non-public entries as findings quote them ("id",
// role:id), each with what is said instead. Longest first.
func redactions(m *model.Municipality) []string {
	var pairs [][2]string
	for _, v := range HiddenValues(m) {
		pairs = append(pairs, [2]string{v, "…"})
	}
	for _, part := range hiddenParts(m) {
		what, key, _ := strings.Cut(part, "/")
		pairs = append(pairs, [2]string{`"` + key + `"`, `"…"`})
		switch what {
		case "roles":
			pairs = append(pairs, [2]string{"role:" + key, "role:…"})
		case "bodies":
			pairs = append(pairs, [2]string{"body:" + key, "body:…"})
		case "companies":
			pairs = append(pairs, [2]string{"company:" + key, "company:…"})
		}
	}
	slices.SortStableFunc(pairs, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	var out []string
	for _, p := range pairs {
		out = append(out, p[0], p[1])
	}
	return out
}

// redactor takes out of findings' texts what is non-public in the head,
// file by file: a finding of the base names things as they were public
// then, and one of the head may quote an entry's id.
type redactor map[string]*strings.Replacer

func newRedactor(head *model.Repository) redactor {
	r := redactor{}
	for _, m := range head.Municipalities() {
		if pairs := redactions(m); len(pairs) > 0 {
			r[m.Pos.File] = strings.NewReplacer(pairs...)
		}
	}
	return r
}

// in returns a finding's message and hint in a language, redacted.
func (r redactor) in(f *diag.Finding, l msg.Lang) (message, hint string) {
	message, hint = f.In(l)
	if rep, ok := r[f.Pos.File]; ok {
		message, hint = rep.Replace(message), rep.Replace(hint)
	}
	return message, hint
}
