package model

import (
	"bytes"
	"strings"
	"testing"

	"cuelang.org/go/cue/parser"
)

// example is the README's example inside a municipality's braces.
const example = `package municipalities

municipalities: "999": {
	name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}
	status: {
		reported: true         // was false
		reviewed: "2026-03-20" // the day we last checked this file
	}

	roles: "data-protection-officer": {
		title: {fi: "Tietosuojavastaava", sv: "Dataskyddsombud"}
		mailbox: "tietosuoja@example.fi"
	}

	raci: "data-protection": {
		responsible: ["role:data-protection-officer"]
		accountable: "body:board"
		note: {fi: """
			Katso ”ohje”.
			"""}
	}

	bodies: {
		council: {
			type: "council"
			name: {fi: "Kunnanvaltuusto", sv: "Kommunfullmäktige"}
		}
	}
	maintainers: ["@your-github-name"]
}
`

// TestPastedMistakesAnywhere puts each mistake at every place of the
// example: the scan never panics, reports inside the file with a message
// and a hint, and repairs without changing the file's length (so the
// parser's positions in the repaired copy are the file's).
func TestPastedMistakesAnywhere(t *testing.T) {
	src := []byte(example)
	if _, err := parser.ParseFile("x.cue", src); err != nil {
		t.Fatalf("the example does not parse: %v", err)
	}
	if found, _ := pasteMistakes("x.cue", src); len(found) != 0 {
		t.Fatalf("findings in the valid example: %v", found)
	}
	lines := bytes.Count(src, []byte{'\n'}) + 1
	for _, ins := range []string{"“", "”", "’", "\u00a0", "\u200b", "=", "{", "}", "\"", "[", ":"} {
		for i := 0; i <= len(src); i++ {
			if i > 0 && i < len(src) && src[i-1]&0xC0 == 0xC0 {
				continue // inside a UTF-8 sequence
			}
			mutated := append(append(append([]byte(nil), src[:i]...), ins...), src[i:]...)
			found, fixed := pasteMistakes("x.cue", mutated)
			if len(fixed) != len(mutated) {
				t.Fatalf("%q at %d: the repair changed the length", ins, i)
			}
			for _, f := range found {
				if f.Pos.Line < 1 || f.Pos.Line > lines+1 || f.Pos.Col < 1 || f.Message == "" || f.Hint == "" {
					t.Errorf("%q at %d: %v (hint %q)", ins, i, f, f.Hint)
				}
			}
			if f := unclosedBrace("x.cue", mutated); f != nil && (f.Pos.Line < 1 || f.Pos.Line > lines+1) {
				t.Errorf("%q at %d: %v", ins, i, f)
			}
		}
	}
}

func TestUnclosedBrace(t *testing.T) {
	for _, c := range []struct {
		name, remove, want, hint string
	}{
		{"a block's }", "\t\t\tname: {fi: \"Kunnanvaltuusto\", sv: \"Kommunfullmäktige\"}\n\t\t}\n", "x.cue:24:12", "after line 26, where council ends"},
		{"an inline }", `sv: "Dataskyddsombud"}`, "x.cue:11:10", "after line 11, where title ends"},
		{"the last }", "}\n", "x.cue:29:", "at the end of the file, after line 29"},
	} {
		i := strings.LastIndex(example, c.remove)
		keep := ""
		if c.name == "a block's }" {
			keep = "\t\t\tname: {fi: \"Kunnanvaltuusto\", sv: \"Kommunfullmäktige\"}\n"
		}
		if c.name == "an inline }" {
			keep = `sv: "Dataskyddsombud"`
		}
		src := example[:i] + keep + example[i+len(c.remove):]
		if c.name == "the last }" {
			src = strings.TrimSuffix(example, "}\n")
		}
		if _, err := parser.ParseFile("x.cue", src); err == nil || !strings.Contains(err.Error(), "EOF") {
			t.Fatalf("%s: want an error at the end of the file, got %v", c.name, err)
		}
		f := unclosedBrace("x.cue", []byte(src))
		if f == nil {
			t.Fatalf("%s: no finding", c.name)
		}
		if c.name == "the last }" {
			if f.Pos.Line != 3 || !strings.Contains(f.Hint, c.hint) {
				t.Errorf("%s: %v, hint %q", c.name, f, f.Hint)
			}
			continue
		}
		if !strings.HasPrefix(f.Pos.String(), c.want) || !strings.Contains(f.Hint, c.hint) {
			t.Errorf("%s: %v, hint %q; want %s, %q", c.name, f, f.Hint, c.want, c.hint)
		}
	}
}
