package diag

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govmap/govmap/msg"
)

// MapArgs applies fn to the values the finding's message and hint quote
// (msg.MapArgs) and renders its English texts again.
func (f *Finding) MapArgs(fn func(string) string) {
	if f.Msg.Format != "" {
		f.Msg = msg.MapArgs(f.Msg, fn)
		f.Message = f.Msg.Localize(msg.EN)
	} else {
		f.Message = fn(f.Message)
	}
	if f.HintMsg.Format != "" {
		f.HintMsg = msg.MapArgs(f.HintMsg, fn)
		f.Hint = f.HintMsg.Localize(msg.EN)
	} else {
		f.Hint = fn(f.Hint)
	}
}

// Redacted is what a finding says in place of a value it may not repeat.
const Redacted = "…"

// minSecret is the shortest value a Scrubber looks for: a shorter one
// would match inside ordinary words.
const minSecret = 3

// Scrubber takes given values (a person's name and phone, the ids and
// titles of non-public entries) out of texts, wherever they stand as whole
// words: "Maija Meikäläinen" becomes "…", "role:secret" becomes "role:…".
// The zero Scrubber changes nothing.
type Scrubber struct{ re *regexp.Regexp }

// NewScrubber makes a Scrubber for the values; values shorter than three
// characters are left out.
func NewScrubber(values []string) Scrubber {
	var ws []string
	for _, v := range values {
		v = strings.TrimSpace(v)
		if utf8.RuneCountInString(v) >= minSecret && !slices.Contains(ws, v) {
			ws = append(ws, v)
		}
	}
	if len(ws) == 0 {
		return Scrubber{}
	}
	// Longest first: of two values where one holds the other, the longer
	// goes whole.
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = regexp.QuoteMeta(w)
	}
	// A value counts where it is not part of a longer word or id: the
	// characters around it are neither letters, digits, "-" nor "_".
	return Scrubber{regexp.MustCompile(`(^|[^\p{L}\p{N}_-])(` + strings.Join(quoted, "|") + `)($|[^\p{L}\p{N}_-])`)}
}

// String takes the values out of a text.
func (s Scrubber) String(t string) string {
	if s.re == nil {
		return t
	}
	// Two values side by side share the character between them: a second
	// pass finds the one the first skipped.
	for range 4 {
		u := s.re.ReplaceAllString(t, "${1}"+Redacted+"${3}")
		if u == t {
			break
		}
		t = u
	}
	return t
}

// Scrub takes the values out of findings' messages and hints.
func (s Scrubber) Scrub(fs ...*Finding) {
	if s.re == nil {
		return
	}
	for _, f := range fs {
		f.MapArgs(s.String)
	}
}
