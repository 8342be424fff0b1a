package diag

import (
	"testing"

	"github.com/govmap/govmap/msg"
)

// TestScrubber: values go where they stand as whole words, in every
// argument of a finding's message and hint, and nowhere else.
func TestScrubber(t *testing.T) {
	s := NewScrubber([]string{"Maija Meikäläinen", "Maija", "secret", "ab", " "})
	for _, c := range []struct{ in, want string }{
		{`"Maija Meikäläinen"`, `"…"`},
		{`name: "Maija", phone`, `name: "…", phone`},
		{`role:secret`, `role:…`},
		{`secret-co, secretary, a-secret`, `secret-co, secretary, a-secret`},
		{`Maija Maija`, `… …`},
		{`ab abc`, `ab abc`},
	} {
		if got := s.String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	f := New("schema", Pos{}, "%s names %q", msg.M("the row %s", "role:secret"), "Maija").
		WithHint("Write %s.", msg.List{"secret", "board"})
	s.Scrub(f)
	if f.Message != `the row role:… names "…"` || f.Hint != "Write …, board." {
		t.Errorf("scrubbed finding: %q / %q", f.Message, f.Hint)
	}
	for _, l := range msg.Langs {
		if m, h := f.In(l); m != f.Message || h != f.Hint {
			t.Errorf("%s: %q / %q", l, m, h)
		}
	}
	if got := (Scrubber{}).String("Maija"); got != "Maija" {
		t.Errorf("the zero Scrubber changed %q", got)
	}
}
