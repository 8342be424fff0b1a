package model

import (
	"bytes"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a: 1\n", "a: 1\n"},
		{"a: 1\r\nb: 2\r\n", "a: 1\nb: 2\n"},
		{"\uFEFFa: 1\n", "a: 1\n"},
		{"\uFEFFa: \"\"\"\r\n\tx\r\n\t\"\"\"\r\n", "a: \"\"\"\n\tx\n\t\"\"\"\n"},
		{"a: 1", "a: 1"},
		// Only a leading mark is one; a lone CR is left for the parser.
		{"a: \"\uFEFF\"\n", "a: \"\uFEFF\"\n"},
		{"a: 1\rb: 2\r", "a: 1\rb: 2\r"},
		{"a: 1\r\r\n", "a: 1\r\n"},
	} {
		in := []byte(c.in)
		if got := Normalize(in); string(got) != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
		if string(in) != c.in {
			t.Errorf("Normalize(%q) modified its argument", c.in)
		}
	}
	// Nothing to change: no copy.
	b := []byte("a: 1\n")
	if got := Normalize(b); &got[0] != &b[0] {
		t.Error("Normalize copied a file that needed no change")
	}
}

func TestFormat(t *testing.T) {
	canonical := "package x\n\na: {\n\tb:   1\n\tccc: 2\n\td: \"\"\"\n\t\tline\n\t\t\"\"\"\n}\n"
	for _, in := range []string{
		canonical,
		"package x\n\na: {\n    b: 1\n    ccc:    2\n    d: \"\"\"\n        line\n        \"\"\"\n}",
		"\uFEFF" + strings.ReplaceAll(canonical, "\n", "\r\n"),
	} {
		got, err := Format("x.cue", []byte(in), "v0.17.0")
		if err != nil {
			t.Fatalf("Format(%q): %v", in, err)
		}
		if string(got) != canonical {
			t.Errorf("Format(%q) =\n%q\nwant\n%q", in, got, canonical)
		}
	}
	_, err := Format("dir/x.cue", []byte("package x\n\na: {\n\tb: 1\n"), "")
	// The finding points at the { that is never closed, not at the end.
	if err == nil || !strings.Contains(err.Error(), "dir/x.cue:3:4:") {
		t.Errorf("Format of a broken file: %v, want an error at dir/x.cue:3:4", err)
	}
	if got, _ := Format("x.cue", []byte("a: 1\n"), ""); !bytes.Equal(got, []byte("a: 1\n")) {
		t.Errorf("Format(a: 1) = %q", got)
	}
}
