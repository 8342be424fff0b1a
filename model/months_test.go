package model

import (
	"testing"
	"time"
)

func TestAddMonths(t *testing.T) {
	for _, c := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-08-30", 6, "2027-02-28"},
		{"2028-01-31", 1, "2028-02-29"}, // leap year
		{"2027-01-31", 1, "2027-02-28"},
		{"2026-03-31", 6, "2026-09-30"},
		{"2026-05-15", 12, "2027-05-15"},
		{"2026-12-31", 2, "2027-02-28"},
		{"2026-01-31", 0, "2026-01-31"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2026-10-31", 1, "2026-11-30"},
	} {
		from, err := time.Parse(time.DateOnly, c.from)
		if err != nil {
			t.Fatal(err)
		}
		if got := AddMonths(from, c.n).Format(time.DateOnly); got != c.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", c.from, c.n, got, c.want)
		}
	}
}
