package ghmarkdown

import (
	"strings"
	"testing"
)

// TestLive: each thing GitHub makes live is found, also when the Markdown
// hides it behind an entity; plain text, code and the formatters' own
// markup are not.
func TestLive(t *testing.T) {
	for md, want := range map[string]string{
		"@user":                       "a mention",
		"&#64;user":                   "a mention",
		"a&#x40;b.fi":                 "a mention or an address",
		"@org/team":                   "a mention",
		"#12":                         "an issue reference",
		"&#35;12":                     "an issue reference",
		"GH-12":                       "an issue reference",
		"o/r#12":                      "an issue reference",
		"deadbeef":                    "a commit reference",
		"www.example.org":             "a link to",
		"https://example.org":         "a link to",
		"https&#58;//example.org":     "an autolink",
		"example.org":                 "an autolink",
		"mailto&#58;a":                "an autolink",
		"[l](https://example.org)":    "a link to",
		"![i](https://example.org/i)": "a <img> element",
		"<b>b</b>":                    "a <b> element",
		"<!-- c -->":                  "an HTML comment",
		"$x$":                         "a dollar sign",
		"<span>$x</span>":             "a <span> holding",
		"~~s~~":                       "a <del> element",
		"a\u202eb":                    "a control or bidi character",
		"`a\u202eb`":                  "a control or bidi character",
	} {
		got := Live(md)
		if len(got) == 0 || !strings.HasPrefix(got[0], want) {
			t.Errorf("%q: %v, want %q", md, got, want)
		}
	}
	for _, md := range []string{
		"plain words, 2026-11-23, 1 000 000",
		"@\u200duser #\u200d12 GH-\u200d12 www\u200d.example\u200d.org deadbe\u200def <span>$</span>x<span>$</span>",
		"`@user #12 www.example.org $x$`",
		"## h\n\n**b** _e_\n\n- item<br>line\n\n| a | b |\n|---|---|\n| `c` | d |\n",
	} {
		if got := Live(md); len(got) > 0 {
			t.Errorf("%q: %v, want nothing live", md, got)
		}
	}
	if got := Live("[run](https://github.com/o/r/actions/runs/1)", "https://github.com/o/r/actions/runs/1"); len(got) > 0 {
		t.Errorf("an allowed link: %v", got)
	}
}
