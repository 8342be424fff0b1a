package model

// StatusReport is one status report a body treated, and what brought it on.
type StatusReport struct {
	Pos     Pos    `json:"-"`
	Date    string `json:"date"`
	Trigger string `json:"trigger"`
}

// Triggers of a status report.
const (
	TriggerScheduled = "scheduled"
)

// LatestReport is the body's latest status report: the latest of
// lastStatusReport and statusReports (dates are YYYY-MM-DD, so they sort
// as text). Its trigger is "scheduled" for lastStatusReport, and "" when
// the body records no report.
func (b *Body) LatestReport() StatusReport {
	latest := StatusReport{Date: b.LastStatusReport}
	if latest.Date != "" {
		latest.Trigger = TriggerScheduled
	}
	for _, r := range b.StatusReports {
		if r.Date > latest.Date {
			latest = r
		}
	}
	return latest
}
