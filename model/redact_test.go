package model

import (
	"slices"
	"strings"
	"testing"

	"cuelang.org/go/cue/parser"
)

// TestNeutral: structs and lists as CUE prints them become "{ … }" and
// "[ … ]", wherever they stand; brackets inside quotes are text.
func TestNeutral(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{name:"Maija",phone:"040"}`, `{ … }`},
		{`["Maija","040"]`, `[ … ]`},
		{`conflicting values {a:{b:"x"}} and "y" (mismatched types struct and string)`, `conflicting values { … } and "y" (mismatched types struct and string)`},
		{`{name:"Maija Meik`, `{ … }`},
		{`"{not a struct}"`, `"{not a struct}"`},
		{`=~"^[0-9]{3}$"`, `=~"^[0-9]{3}$"`},
		{`"a \"{quoted\" [x]"`, `"a \"{quoted\" [x]"`},
		{`null`, `null`},
	} {
		if got := neutral(c.in); got != c.want {
			t.Errorf("neutral(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestRedact: a redacted argument keeps no value: quoted (closed or cut
// short), a number, a struct or a list.
func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`"Maija Meikäläinen"`, `"…"`},
		{`"Maija Meikäl...`, `"…"`},
		{`"Maija \"M\" Meikäläinen"`, `"…"`},
		{`401234567`, `…`},
		{`{name:"Maija"}`, `{ … }`},
		{`["Maija"]`, `[ … ]`},
		{`null`, `null`},
		{`"a" and "b"`, `"…" and "…"`},
	} {
		if got := redact(c.in); got != c.want {
			t.Errorf("redact(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestRedactBeforeShortening: a long value is redacted first; cut short
// first, it would lose the closing quote and keep its beginning.
func TestRedactBeforeShortening(t *testing.T) {
	long := `"Maija Meikäläinen, tietosuojavastaava, puhelin +358 40 123 4567, virka-aikana"`
	m := rewriteMismatch("conflicting values "+long+" and {...} (mismatched types string and struct)", redact)
	if got := m.String(); strings.Contains(got, "Maija") || strings.Contains(got, "4567") || !strings.Contains(got, `"…"`) {
		t.Errorf("rewriteMismatch = %s", got)
	}
	ev := explainValue(`invalid value `+long+` (out of bound =~"^\\+?[0-9 ()-]{5,20}$")`, redact)
	if got := ev.String(); strings.Contains(got, "Maija") || !strings.Contains(got, `"…" is not a phone number`) {
		t.Errorf("explainValue = %s", got)
	}
}

// TestSourceWords: a file that does not parse still tells its persons'
// values and its non-public entries' ids and texts apart from the rest.
func TestSourceWords(t *testing.T) {
	src := `package municipalities

municipalities: "999": {
	roles: {
		"data-protection-officer": {title: {fi: "Tietosuojavastaava"}, person: {name: "Maija Meikäläinen", phone: "+358 40 123 4567", visibility: "non-public"}}
		"salainen-rooli": {title: {fi: "Salainen Rooli"}, mailbox: "salainen@example.fi", visibility: "non-public"}
		"preparedness-officer": {title: {fi: "Varautumisvastaava"}, person: "Matti Virtanen": {phone: 401234567}}
	}
	bodies: "salainen-ryhma": {type: "other", name: {fi: "Salainen Ryhmä"}, visibility: "non-public"
	bodies: board: {type: "board", name: {fi: “Kunnanhallitus”}}
`
	words := sourceWords([]byte(src))
	for _, w := range []string{"Maija Meikäläinen", "Maija", "Meikäläinen", "+358 40 123 4567", "salainen-rooli", "Salainen Rooli", "salainen@example.fi", "Matti Virtanen", "401234567", "salainen-ryhma", "Salainen Ryhmä"} {
		if !slices.Contains(words, w) {
			t.Errorf("sourceWords lacks %q: %q", w, words)
		}
	}
	for _, w := range []string{"Tietosuojavastaava", "Varautumisvastaava", "non-public", "other", "board", "name", "phone", "person"} {
		if slices.Contains(words, w) {
			t.Errorf("sourceWords has the public %q", w)
		}
	}
}

// TestSecretsMasked: a path shows no label under a person but the
// person's own fields, no id of a non-public entry, and no label that
// could be a name; it is covered at, under and above a person.
func TestSecretsMasked(t *testing.T) {
	s := &secrets{
		persons: [][]string{{"municipalities", "999", "roles", "dpo", "person"}},
		hidden:  [][]string{{"municipalities", "999", "bodies", "salainen"}},
	}
	for _, c := range []struct {
		elems []string
		shown string
		cover bool
	}{
		{[]string{"municipalities", "999", "roles", "dpo", "person", "phone"}, "roles.dpo.person.phone", true},
		{[]string{"municipalities", "999", "roles", "dpo", "person", "Maija Meikäläinen"}, "roles.dpo.person.…", true},
		{[]string{"municipalities", "999", "roles", "x", "person", "extra"}, "roles.x.person.…", true},
		{[]string{"municipalities", "999", "roles", "dpo"}, "roles.dpo", true},
		{[]string{"municipalities", "999"}, "municipalities.999", true},
		{[]string{"municipalities", "999", "bodies", "salainen", "lastStatusReport"}, "bodies.….lastStatusReport", true},
		{[]string{"municipalities", "999", "bodies", "board", "name", "fi"}, "bodies.board.name.fi", false},
		{[]string{"municipalities", "999", "roles", "Liisa Laine", "title"}, "roles.….title", false},
		{[]string{"municipalities", "999", "roles", "x", "Virtanen"}, "roles.x.…", false},
	} {
		if got := s.display(c.elems, "municipalities/999-esimerkkila.cue"); got != c.shown {
			t.Errorf("display(%q) = %s, want %s", c.elems, got, c.shown)
		}
		if got := s.covers(c.elems); got != c.cover {
			t.Errorf("covers(%q) = %v, want %v", c.elems, got, c.cover)
		}
	}
}

// TestSecretsOfSplitEntry: an entry marked non-public on a line of its
// own is non-public everywhere the file writes it.
func TestSecretsOfSplitEntry(t *testing.T) {
	src := `package municipalities

municipalities: "999": {
	roles: "salainen-rooli": title: fi: "Salainen Rooli"
	roles: "salainen-rooli": visibility: "non-public"
	roles: x: person: name: "Maija Meikäläinen"
}
`
	f, err := parser.ParseFile("m.cue", src)
	if err != nil {
		t.Fatal(err)
	}
	s := secretsOf(f)
	for _, w := range []string{"salainen-rooli", "Salainen Rooli", "Maija Meikäläinen", "Maija", "Meikäläinen"} {
		if !slices.Contains(s.words, w) {
			t.Errorf("words lack %q: %q", w, s.words)
		}
	}
	if !s.covers([]string{"municipalities", "999", "roles", "salainen-rooli", "title", "fi"}) {
		t.Error("the non-public role's title is not covered")
	}
	if got := s.scrubber().String(`title "Salainen Rooli" of role:salainen-rooli`); got != `title "…" of role:…` {
		t.Errorf("scrubbed: %s", got)
	}
}
