package msg

import (
	"regexp"
	"slices"
	"testing"
)

// verbs finds a format's verbs (an explicit index counts as its verb).
var verbs = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// TestCLITexts: every command-line text has Finnish and Swedish, an id has
// English too, and a format's translations take the same verbs.
func TestCLITexts(t *testing.T) {
	for k, txt := range cliTexts {
		if txt.FI == "" || txt.SV == "" {
			t.Errorf("%q lacks a translation: %+v", k, txt)
		}
		if isID(k) {
			if txt.EN == "" {
				t.Errorf("id %q lacks English", k)
			}
			continue
		}
		want := verbs.FindAllString(k, -1)
		for _, tr := range []string{txt.FI, txt.SV} {
			if got := verbs.FindAllString(tr, -1); !slices.Equal(got, want) {
				t.Errorf("%q: translation %q has verbs %v, want %v", k, tr, got, want)
			}
		}
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		l    Lang
		want string
	}{
		{0, FI, "0 varoitusta"}, {1, FI, "1 varoitus"}, {2, FI, "2 varoitusta"},
		{0, SV, "0 varningar"}, {1, SV, "1 varning"}, {2, SV, "2 varningar"},
		{0, EN, "0 warnings"}, {1, EN, "1 warning"}, {2, EN, "2 warnings"},
	} {
		if got := N(c.n, "%d warning", "%d warnings").Localize(c.l); got != c.want {
			t.Errorf("%d in %s: %q, want %q", c.n, c.l, got, c.want)
		}
	}
}
