package codeowners

import "testing"

func TestFirstDifferenceExcept(t *testing.T) {
	want := []byte("# Generated\n* @coord\n\n# Files\n/municipalities/091-helsinki.cue @h\n")
	broken := func(f string) bool { return f == "municipalities/999-esimerkkila.cue" }
	for _, c := range []struct {
		name string
		got  string
		line int
	}{
		{"same", string(want), 0},
		// The broken file's line is not judged, nor the comments around it.
		{"broken file's line", "# Generated\n* @coord\n\n# Files\n/municipalities/091-helsinki.cue @h\n/municipalities/999-esimerkkila.cue @x\n", 0},
		{"other file's owners", "# Generated\n* @coord\n\n# Files\n/municipalities/091-helsinki.cue @someone\n", 5},
		{"coordinators", "# Generated\n* @else\n\n# Files\n/municipalities/091-helsinki.cue @h\n", 2},
		{"line missing", "# Generated\n* @coord\n", 3},
	} {
		if got := FirstDifferenceExcept([]byte(c.got), want, broken); got != c.line {
			t.Errorf("%s: line %d, want %d", c.name, got, c.line)
		}
	}
}
