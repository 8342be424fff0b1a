package semdiff

import (
	"strings"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// Model returns a name a change's words carry in all its languages, so
// that a page can mark a name shown in another language than its own.
func (t text) Model() model.Text { return model.Text(t) }

// Named is a name in a change's words (a model text).
type Named interface {
	msg.Localizer
	Model() model.Text
}

// publicWording says a change for the public, without the file's field
// names: the pull-request comment keeps them for the reviewers.
var publicWording = map[string]string{
	"The municipality reported its governance (status.reported: true).": "The municipality reported its governance.",
	"The municipality withdrew its report (status.reported: false).":    "The municipality withdrew its governance report.",
}

// Public is the change in words for the public (the published site):
// as Says, without the file's field names.
func (c Change) Public() msg.Message {
	if f, ok := publicWording[c.Says.Format]; ok {
		return msg.M(f, c.Says.Args...)
	}
	return c.Says
}

// summaryPart is one kind of change in a summary line: its kinds, the
// phrase for one thing named (named, with a %s; empty: always counted) and
// the counted phrase (one and other, each with one %d; other empty: said
// without a count).
type summaryPart struct {
	match        func(kind string) bool
	named        string
	one, other   string
	uncountedKey string
	// last says the part after every other (it matches before them).
	last bool
}

func kinds(ks ...string) func(string) bool {
	return func(k string) bool {
		for _, x := range ks {
			if k == x {
				return true
			}
		}
		return false
	}
}

func prefixed(p string) func(string) bool {
	return func(k string) bool { return strings.HasPrefix(k, p) }
}

func suffixed(s string) func(string) bool {
	return func(k string) bool { return strings.HasSuffix(k, s) }
}

// summaryParts in the order a summary says them; a change counts in the
// first part that matches its kind, the last takes every other.
var summaryParts = []summaryPart{
	{match: kinds("municipality-added"), uncountedKey: "was added to the map"},
	{match: kinds("municipality-removed"), uncountedKey: "was removed from the map"},
	{match: kinds("reported"), uncountedKey: "reported its governance"},
	{match: kinds("unreported"), uncountedKey: "withdrew its governance report"},
	{match: func(k string) bool { return k == "non-public-changed" || strings.HasSuffix(k, "-made-non-public") }, uncountedKey: "changed details that are not public", last: true},
	{match: kinds("role-added"), named: "named the role %s", one: "named %d role", other: "named %d roles"},
	{match: kinds("role-removed"), named: "removed the role %s", one: "removed %d role", other: "removed %d roles"},
	{match: kinds("raci-added", "raci-removed"), one: "changed %d responsibility", other: "changed %d responsibilities"},
	{match: kinds("report-recorded"), one: "recorded %d status report", other: "recorded %d status reports"},
	{match: kinds("body-added"), named: "added the body %s", one: "added %d body", other: "added %d bodies"},
	{match: func(k string) bool { return strings.HasPrefix(k, "body-") || k == "interval-changed" }, one: "changed %d body", other: "changed %d bodies"},
	{match: func(k string) bool {
		return strings.HasPrefix(k, "company-") || k == "nis2-changed" || k == "training-changed"
	}, one: "changed the details of %d company", other: "changed the details of %d companies"},
	{match: prefixed("network-"), one: "changed %d network membership", other: "changed %d network memberships"},
	{match: prefixed("plan-"), one: "updated %d action-plan task", other: "updated %d action-plan tasks"},
	{match: prefixed("role-"), one: "changed %d role", other: "changed %d roles"},
	{match: prefixed("person-"), one: "changed %d role", other: "changed %d roles"},
	{match: kinds("reviewed"), uncountedKey: "reviewed its file"},
	// The national model's entities.
	{match: func(k string) bool { return suffixed("-added")(k) && !strings.HasPrefix(k, "municipality") }, uncountedKey: "was added to the model"},
	{match: func(k string) bool { return suffixed("-removed")(k) && !strings.HasPrefix(k, "municipality") }, uncountedKey: "was removed from the model"},
	{match: suffixed("-renamed"), uncountedKey: "was renamed"},
	{match: kinds(HasErrors), uncountedKey: "has a file with errors"},
	{match: kinds(ErrorsFixed), uncountedKey: "has a valid file again"},
	{match: func(string) bool { return true }, one: "made %d other change", other: "made %d other changes"},
}

// Summary says the changes of one subject in one commit in one line: its
// name and what kinds of change it made, counted ("Helsinki named the
// role Tietosuojavastaava and recorded 2 status reports."). The changes
// are the public changes of one subject, as the site shows them.
func Summary(name model.Text, changes []Change) msg.Message {
	count := make([]int, len(summaryParts))
	var object = make([]model.Text, len(summaryParts))
	for _, c := range changes {
		for i, p := range summaryParts {
			if p.match(c.Kind) {
				count[i]++
				object[i] = c.Object
				break
			}
		}
	}
	var said, after And
	for i, p := range summaryParts {
		switch n := count[i]; {
		case n == 0:
		case p.last:
			after = append(after, msg.M(p.uncountedKey))
		case p.uncountedKey != "":
			said = append(said, msg.M(p.uncountedKey))
		case n == 1 && p.named != "" && !object[i].IsZero():
			said = append(said, msg.M(p.named, text(object[i])))
		default:
			said = append(said, msg.N(n, p.one, p.other))
		}
	}
	said = append(said, after...)
	if len(said) == 0 {
		said = And{msg.M("made no public changes")}
	}
	return msg.M("%s %s.", text(name), said)
}

// And joins localized items with the language's "and": "a, b and c".
type And []msg.Localizer

// Localize joins the items in the language.
func (a And) Localize(l msg.Lang) string {
	parts := make([]string, len(a))
	for i, x := range a {
		parts[i] = x.Localize(l)
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + msg.T(l, "word.and") + " " + parts[len(parts)-1]
}
