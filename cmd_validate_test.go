package main

import (
	"testing"
	"time"
)

// TestDayInFinland: "today" is the day in Finland, not the machine's or
// UTC's: late evening UTC is already the next day in Helsinki (UTC+2 in
// winter, UTC+3 in summer).
func TestDayInFinland(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 1, 15, 22, 30, 0, 0, time.UTC), "2026-01-16"}, // 00:30 in Helsinki
		{time.Date(2026, 1, 15, 21, 59, 0, 0, time.UTC), "2026-01-15"}, // 23:59
		{time.Date(2026, 7, 1, 21, 30, 0, 0, time.UTC), "2026-07-02"},  // 00:30, summer time
		{time.Date(2026, 7, 1, 20, 30, 0, 0, time.UTC), "2026-07-01"},  // 23:30
		{time.Date(2026, 12, 31, 22, 0, 0, 0, time.UTC), "2027-01-01"}, // a new year
		// The same instant given in another zone is the same day.
		{time.Date(2026, 1, 15, 17, 30, 0, 0, time.FixedZone("EST", -5*3600)), "2026-01-16"},
	} {
		got, err := dayIn(c.now)
		if err != nil {
			t.Fatal(err)
		}
		if got.Format(time.DateOnly) != c.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("dayIn(%s) = %s, want %s at midnight UTC", c.now, got, c.want)
		}
	}
}

func TestRepoOwner(t *testing.T) {
	for in, want := range map[string]string{"": "", "govmap/govmap": "govmap", "Kunta-X/govmap": "Kunta-X"} {
		if got, err := repoOwner(in); err != nil || got != want {
			t.Errorf("repoOwner(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"govmap", "/govmap", "govmap/", "a/b/c"} {
		if _, err := repoOwner(in); err == nil {
			t.Errorf("repoOwner(%q): no error", in)
		}
	}
}
