// Package msg is govmap's one message catalogue: every text a person reads
// (findings, hints, rule texts, diff lines, comments, CLI messages, pages)
// in Finnish, Swedish and English, in the field's own terms (the sources'
// vocabulary and the official names of DOMAIN.md section 9).
//
// A catalogue entry has one of two kinds of key:
//   - an id ("site.name", "severity.error") for words that have no natural
//     English sentence of their own, and
//   - the English format itself ("%s names %q, which is not %s of the
//     model"), as gettext and golang.org/x/text/message do, so the code
//     reads as it prints and a missing translation still prints English.
//
// Formats use fmt verbs; a translation may reorder its arguments with
// explicit indexes (%[2]s). An argument that implements Localizer is put
// into the language first.
package msg

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// Lang is a language of the catalogue.
type Lang string

// The catalogue's languages. Finnish is the default: most users read it.
const (
	FI Lang = "fi"
	SV Lang = "sv"
	EN Lang = "en"
)

// Langs lists the languages in the order pages and tests use.
var Langs = []Lang{FI, SV, EN}

// ParseLang reads "fi", "sv" or "en" (case and surrounding space ignored).
func ParseLang(s string) (Lang, error) {
	switch l := Lang(strings.ToLower(strings.TrimSpace(s))); l {
	case FI, SV, EN:
		return l, nil
	}
	return "", fmt.Errorf("unknown language %q (want fi, sv or en)", s)
}

// Default is the language of GOVMAP_LANG when it names one, else Finnish.
func Default() Lang {
	if l, err := ParseLang(os.Getenv("GOVMAP_LANG")); err == nil {
		return l
	}
	return FI
}

// Text is one text in the three languages.
type Text struct{ FI, SV, EN string }

// In returns the text in a language; an empty translation falls back to
// English, then Finnish.
func (t Text) In(l Lang) string {
	var s string
	switch l {
	case SV:
		s = t.SV
	case EN:
		s = t.EN
	default:
		s = t.FI
	}
	if s == "" {
		s = t.EN
	}
	if s == "" {
		s = t.FI
	}
	return s
}

// Localize makes a Text usable as a localized argument.
func (t Text) Localize(l Lang) string { return t.In(l) }

// Localizer is an argument with words in each language (a type word, an
// area's name). Sprintf puts it into the message's language.
type Localizer interface{ Localize(Lang) string }

// Key is a catalogue key used as an argument: it prints as the key's text
// in the message's language.
type Key string

// Localize returns the key's text.
func (k Key) Localize(l Lang) string { return T(l, string(k)) }

// List joins localized items with ", " (an argument).
type List []any

// Localize joins the items in the language.
func (ls List) Localize(l Lang) string {
	parts := make([]string, len(ls))
	for i, a := range ls {
		parts[i] = fmt.Sprint(localizeArg(l, a))
	}
	return strings.Join(parts, ", ")
}

// Message is a format with its arguments, rendered later in any language
// (a Localizer itself, so messages nest).
type Message struct {
	Format string
	Args   []any
}

// M makes a Message.
func M(format string, args ...any) Message { return Message{format, args} }

// Localize renders the message.
func (m Message) Localize(l Lang) string { return Sprintf(l, m.Format, m.Args...) }

// String renders the message in English.
func (m Message) String() string { return m.Localize(EN) }

var catalogue = map[string]Text{}

// add registers entries; a key registered twice is a programming error.
// English-keyed entries may leave EN empty: the key is the English.
func add(entries map[string]Text) {
	for k, t := range entries {
		if _, dup := catalogue[k]; dup {
			panic("msg: key registered twice: " + k)
		}
		if t.EN == "" && !isID(k) {
			t.EN = k
		}
		catalogue[k] = t
	}
}

// isID reports whether a key is an id ("site.name") rather than English
// text: ids have no spaces and no format verbs.
func isID(k string) bool {
	return k != "" && !strings.ContainsAny(k, " %\n")
}

// Has reports whether the catalogue holds a key.
func Has(key string) bool { _, ok := catalogue[key]; return ok }

// Lookup returns a key's entry.
func Lookup(key string) (Text, bool) { t, ok := catalogue[key]; return t, ok }

// Keys lists every key, sorted.
func Keys() []string {
	ks := make([]string, 0, len(catalogue))
	for k := range catalogue {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// T returns a key's text in a language, unformatted. An unknown id shows
// as "[id]" (the tests catch it); unknown English text shows as itself.
func T(l Lang, key string) string {
	if t, ok := catalogue[key]; ok {
		return t.In(l)
	}
	if isID(key) {
		return "[" + key + "]"
	}
	return key
}

// Sprintf formats a catalogue format in a language.
func Sprintf(l Lang, format string, args ...any) string {
	f := format
	if t, ok := catalogue[format]; ok {
		f = t.In(l)
	}
	if len(args) == 0 {
		return f
	}
	la := make([]any, len(args))
	for i, a := range args {
		la[i] = localizeArg(l, a)
	}
	return fmt.Sprintf(f, la...)
}

func localizeArg(l Lang, a any) any {
	if lz, ok := a.(Localizer); ok {
		return lz.Localize(l)
	}
	return a
}

// Joined is messages joined with "; " (an argument).
type Joined []Message

// Localize joins the messages in the language.
func (j Joined) Localize(l Lang) string {
	parts := make([]string, len(j))
	for i, m := range j {
		parts[i] = m.Localize(l)
	}
	return strings.Join(parts, "; ")
}

// Alternatives joins localized items with the language's "or"
// ("a whole number or text in quotes").
type Alternatives []any

// Localize joins the items in the language.
func (a Alternatives) Localize(l Lang) string {
	parts := make([]string, len(a))
	for i, x := range a {
		parts[i] = fmt.Sprint(localizeArg(l, x))
	}
	return strings.Join(parts, " "+T(l, "word.or")+" ")
}

// Error is an error whose text is a catalogue message: a command prints
// it in the user's language (errors.As finds it under wrapping).
type Error struct{ Message }

// Errorf makes an Error.
func Errorf(format string, args ...any) error { return &Error{M(format, args...)} }

// Error returns the English text.
func (e *Error) Error() string { return e.Localize(EN) }

// LangsOf is the languages a municipality reads, given its language
// ("fi", "sv", "fi-sv", "sv-fi"), majority first; nil for another value.
func LangsOf(language string) []Lang {
	switch language {
	case "fi":
		return []Lang{FI}
	case "sv":
		return []Lang{SV}
	case "fi-sv":
		return []Lang{FI, SV}
	case "sv-fi":
		return []Lang{SV, FI}
	}
	return nil
}
