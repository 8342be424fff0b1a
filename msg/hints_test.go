package msg

import (
	"regexp"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// TestTranslationsTakeTheArguments renders every English-keyed entry in
// each language with arguments of the kinds its English format asks for:
// a translation that drops, adds or mistypes an argument shows as "%!".
func TestTranslationsTakeTheArguments(t *testing.T) {
	for _, k := range Keys() {
		if isID(k) {
			continue
		}
		var args []any
		for _, v := range verb.FindAllString(k, -1) {
			switch v[len(v)-1] {
			case '%':
				continue
			case 'd':
				args = append(args, 7)
			case 'U', 'c':
				args = append(args, 'x')
			default:
				args = append(args, "x")
			}
		}
		for _, l := range Langs {
			if got := Sprintf(l, k, args...); strings.Contains(got, "%!") {
				t.Errorf("%s: %q renders as %q", l, k, got)
			}
		}
		e, _ := Lookup(k)
		for l, s := range map[Lang]string{FI: e.FI, SV: e.SV} {
			if s != "" && len(verb.FindAllString(s, -1)) != len(verb.FindAllString(k, -1)) {
				t.Errorf("%s: %q has %d verbs, the English %d", l, s, len(verb.FindAllString(s, -1)), len(verb.FindAllString(k, -1)))
			}
		}
	}
}
