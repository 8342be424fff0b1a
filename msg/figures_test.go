package msg

import (
	"strings"
	"testing"
)

func TestShare(t *testing.T) {
	for _, c := range []struct {
		part, whole int
		fi, en      string
	}{
		{2, 308, "< 1 %", "<1%"},
		{1, 1000, "< 1 %", "<1%"},
		{0, 308, "0 %", "0%"},
		{308, 308, "100 %", "100%"},
		{307, 308, "> 99 %", ">99%"},
		{999, 1000, "> 99 %", ">99%"},
		{1, 3, "33 %", "33%"},
		{2, 3, "67 %", "67%"},
		{1, 2, "50 %", "50%"},
		{1, 100, "1 %", "1%"},
		{3, 200, "2 %", "2%"},    // 1.5 rounds up
		{3, 308, "< 1 %", "<1%"}, // 0.97 %
		{4, 308, "1 %", "1%"},
		{99, 100, "99 %", "99%"},
		{199, 200, "> 99 %", ">99%"},
		{0, 0, "–", "–"},
	} {
		fi := strings.ReplaceAll(c.fi, " ", "\u00a0")
		if got := Share(FI, c.part, c.whole); got != fi {
			t.Errorf("Share(fi, %d, %d) = %q, want %q", c.part, c.whole, got, fi)
		}
		if got := Share(SV, c.part, c.whole); got != fi {
			t.Errorf("Share(sv, %d, %d) = %q, want %q", c.part, c.whole, got, fi)
		}
		if got := Share(EN, c.part, c.whole); got != c.en {
			t.Errorf("Share(en, %d, %d) = %q, want %q", c.part, c.whole, got, c.en)
		}
	}
}

func TestNum(t *testing.T) {
	for _, c := range []struct {
		n      int
		fi, en string
	}{{0, "0", "0"}, {999, "999", "999"}, {1000, "1 000", "1,000"}, {5652881, "5 652 881", "5,652,881"}, {-12345, "-12 345", "-12,345"}} {
		if got, want := Num(FI, c.n), strings.ReplaceAll(c.fi, " ", "\u00a0"); got != want {
			t.Errorf("Num(fi, %d) = %q, want %q", c.n, got, want)
		}
		if got := Num(EN, c.n); got != c.en {
			t.Errorf("Num(en, %d) = %q, want %q", c.n, got, c.en)
		}
	}
	if Percent(SV, 87) != "87\u00a0%" || Percent(EN, 87) != "87%" {
		t.Errorf("Percent: %q, %q", Percent(SV, 87), Percent(EN, 87))
	}
}
