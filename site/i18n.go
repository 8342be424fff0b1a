package site

import (
	"fmt"

	"github.com/govmap/govmap/msg"
)

// message returns a catalogue string (package msg, the one message
// catalogue) in a page's language. A missing key shows as "[key]" (the
// tests catch it).
func message(key, lang string) string { return msg.T(msg.Lang(lang), key) }

// inCatalogue reports whether the catalogue holds a key.
func inCatalogue(key string) bool { return msg.Has(key) }

// checkCatalogue reports site entries with an empty language.
func checkCatalogue() error {
	for _, k := range msg.Keys() {
		t, _ := msg.Lookup(k)
		if t.FI == "" || t.SV == "" || t.EN == "" {
			return fmt.Errorf("message %q lacks a language", k)
		}
	}
	return nil
}
