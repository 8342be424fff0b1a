package model

import "time"

// AddMonths is t moved by n calendar months, the day kept but clamped to
// the last day of the target month: a half-yearly report of 30.8.2026 is
// next due on 28.2.2027, a monthly one of 31.1.2028 on 29.2.2028. (Go's
// t.AddDate(0, n, 0) would normalise the overflow into the month after:
// 2.3.2027.) The clock time and location of t are kept. Every interval
// in months — status reports, exercises, risk assessments, reviews — is
// counted with it, so the site, the validator and `govmap overdue` agree
// on the due day.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	if last := daysIn(first); d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

// daysIn is the number of days in t's month.
func daysIn(t time.Time) int {
	y, m, _ := t.Date()
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
