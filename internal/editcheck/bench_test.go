package editcheck

import (
	"os"
	"testing"
)

// BenchmarkCheck is one check of an edit (the budget: 200 ms in the
// browser; the browser runs WebAssembly several times slower than this).
func BenchmarkCheck(b *testing.B) {
	bundle, err := MakeBundle(os.DirFS("../.."))
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(bundle)
	if err != nil {
		b.Fatal(err)
	}
	req := "municipalities: \"091\": {\n\tstatus: reported: false\n}\n"
	for b.Loop() {
		if _, err := c.Check(Input{File: "municipalities/091-helsinki.cue", Identity: identity, Request: req, Lang: "fi", Today: "2026-12-01"}); err != nil {
			b.Fatal(err)
		}
	}
}
