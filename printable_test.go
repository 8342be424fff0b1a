package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestPrintable: what a command prints cannot drive a terminal: escape
// sequences, carriage returns and bidirectional marks come out as \uXXXX,
// also when a character is split between two writes, and JSON keeps its
// meaning.
func TestPrintable(t *testing.T) {
	var b bytes.Buffer
	p := &printable{w: &b}
	in := "a\x1b]0;pwned\x07b\rc\u202ed\tä\n"
	raw := []byte(in)
	// Split inside the three bytes of U+202E.
	cut := strings.Index(in, "\u202e") + 1
	p.Write(raw[:cut])
	p.Write(raw[cut:])
	want := `a\u001b]0;pwned\u0007b\u000dc\u202ed` + "\tä\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	b.Reset()
	enc, _ := json.Marshal(map[string]string{"name": "x\u202ey\u0085"})
	p.Write(enc)
	var back map[string]string
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back["name"] != "x\u202ey\u0085" {
		t.Errorf("JSON through printable: %s → %q, %v", b.String(), back["name"], err)
	}
}
