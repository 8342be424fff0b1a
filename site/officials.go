package site

import (
	"fmt"
	"html/template"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/govmap/govmap/model"
)

// The page for elected officials, and each municipality's questions for
// its council and board. Both come from Kuntaliitto's 2025 briefing for
// elected officials (seed 003): the page says what the briefing says, the
// questions say what a municipality's public file says.

// Th is a message whose fmt verbs are filled with the args, as HTML: the
// message and plain arguments are escaped; template.HTML arguments (a
// Txt, which marks Finnish shown on another language's page) are not.
func (p *page) Th(key string, args ...any) template.HTML {
	esc := make([]any, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case template.HTML:
			esc[i] = string(x)
		case string:
			esc[i] = template.HTMLEscapeString(x)
		default:
			esc[i] = template.HTMLEscapeString(fmt.Sprint(x))
		}
	}
	return template.HTML(fmt.Sprintf(template.HTMLEscapeString(p.T(key)), esc...))
}

// capital is a message with its first letter in upper case, for a label.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// officialsBody is one body's part of role 1: a heading and what an
// elected official on it can make sure of.
type officialsBody struct {
	ID, Heading string
	Items       []string
}

type readingGroup struct {
	Heading string
	Items   []string
}

func (p *page) fillOfficials() {
	p.setTitle(p.T("officials.title"))
	p.crumbs()
	items := func(prefix string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = p.T(fmt.Sprintf("%s.%d", prefix, i+1))
		}
		return out
	}
	bodies := []officialsBody{
		{"role1-board", p.T("officials.board"), items("officials.board", 3)},
		{"role1-council", p.T("officials.council"), items("officials.council", 3)},
		{"role1-committee", p.T("officials.committee"), items("officials.committee", 2)},
		{"role1-company", p.T("officials.company"), items("officials.company", 3)},
		{"role1-audit", p.T("officials.audit"), items("officials.audit", 2)},
	}
	reading := []readingGroup{
		{p.T("officials.reading.kuntaliitto"), items("officials.reading.kuntaliitto", 6)},
		{p.T("officials.reading.fcg"), items("officials.reading.fcg", 1)},
		{p.T("officials.reading.dvv"), items("officials.reading.dvv", 1)},
		{p.T("officials.reading.ncsc"), items("officials.reading.ncsc", 2)},
		{p.T("officials.reading.other"), items("officials.reading.other", 3)},
	}
	p.Data = map[string]any{
		"Bodies":       bodies,
		"Employee":     items("officials.employee", 4),
		"Influencer":   items("officials.influencer", 6),
		"Supervision":  items("officials.supervision", 3),
		"Reports":      items("officials.reports", 4),
		"Foundations":  items("officials.foundations", 7),
		"Support":      items("officials.support", 2),
		"SupportLinks": []linkView{p.actorLink("dvv"), p.actorLink("ncsc-fi")},
		"Reading":      reading,
	}
}

// questions are the municipality's questions for its council and board,
// from its public view: when each body last treated a status report and
// when the next is due, and what the public file does not record.
func (p *page) questions(m *model.Municipality) []template.HTML {
	if !m.Status.Reported {
		return []template.HTML{p.Th("questions.not-reported")}
	}
	b := p.b
	req := b.repo.Requirements()
	today := b.opts.Today
	var out []template.HTML
	date := func(s string) string { return p.Date(s) }

	// Status reports, body by body: the required bodies first, then the
	// others that report like them.
	for _, r := range req.Bodies {
		found := false
		for _, e := range m.Bodies {
			found = found || e.Value.Type == r.Type
		}
		if !found {
			out = append(out, p.Th("questions.body-missing", p.Txt(r.Name)))
		}
	}
	for _, e := range m.Bodies {
		x := e.Value
		if !slices.Contains([]string{"council", "board", "audit-committee", "committee", "company-board", "joint-authority-board"}, x.Type) {
			continue
		}
		name := p.Txt(x.Name)
		next, hasNext := nextReport(x)
		switch {
		case x.LastStatusReport == "":
			out = append(out, p.Th("questions.report-none", name))
		case !hasNext:
			out = append(out, p.Th("questions.report-no-interval", name, date(x.LastStatusReport)))
		case next.Before(today):
			out = append(out, p.Th("questions.report-overdue", name, date(x.LastStatusReport), date(next.Format(time.DateOnly))))
		default:
			out = append(out, p.Th("questions.report-next", name, date(x.LastStatusReport), date(next.Format(time.DateOnly))))
		}
	}

	// Management's tasks.
	for _, id := range model.ManagementTaskIDs {
		if m.Management == nil || m.Management.Task(id) == nil {
			out = append(out, p.Th("questions.management-missing", p.T("finding.management."+id)))
		}
	}

	// The exercise and the risk assessment, against their own intervals.
	d := m.InformationManagement
	if d == nil {
		d = &model.Duties{}
	}
	for _, r := range []struct {
		key, last string
		every     int
	}{{"exercise", d.LastExercise, d.ExerciseEveryMonths}, {"risk", d.LastRiskAssessment, d.RiskAssessmentEveryMonths}} {
		last, err := time.Parse(time.DateOnly, r.last)
		switch {
		case r.last == "" || err != nil:
			out = append(out, p.Th("questions."+r.key+"-none"))
		case r.every <= 0:
			out = append(out, p.Th("questions."+r.key+"-no-interval", date(r.last)))
		default:
			next := model.AddMonths(last, r.every)
			key := "questions." + r.key + "-next"
			if next.Before(today) {
				key = "questions." + r.key + "-overdue"
			}
			out = append(out, p.Th(key, date(r.last), date(next.Format(time.DateOnly))))
		}
	}

	// Practices not recorded as in place.
	notInPlace := func(v *bool, what string) {
		if v == nil || !*v {
			out = append(out, p.Th("questions.not-recorded", p.T(what)))
		}
	}
	notInPlace(d.CriticalServicesIdentified, "finding.practice.critical-services")
	var pr model.Procurement
	if m.Procurement != nil {
		pr = *m.Procurement
	}
	notInPlace(pr.SecurityRequirements, "finding.practice.security-requirements")
	notInPlace(pr.ComplianceMonitoring, "finding.practice.compliance-monitoring")
	var co model.Confidentiality
	if m.Confidentiality != nil {
		co = *m.Confidentiality
	}
	notInPlace(co.ControlledPublication, "finding.practice.controlled-publication")
	notInPlace(co.ProcurementAndFinance, "finding.practice.procurement-and-finance")
	notInPlace(co.InternalAudit, "finding.practice.internal-audit")
	var ed model.EducationSector
	var te model.TechnicalSector
	if s := m.Sectors; s != nil {
		if s.Education != nil {
			ed = *s.Education
		}
		if s.Technical != nil {
			te = *s.Technical
		}
	}
	notInPlace(ed.PupilData, "finding.practice.pupil-data")
	notInPlace(ed.AITools, "finding.practice.ai-tools")
	notInPlace(te.CriticalInfrastructure, "finding.practice.critical-infrastructure")
	notInPlace(te.DataSharing, "finding.practice.data-sharing")

	// Companies and committees.
	for _, e := range m.Companies {
		c := e.Value
		critical := c.CriticalInfrastructure || slices.Contains(req.CriticalSectors, c.Sector)
		if critical || c.NIS2 == "in-scope" {
			board := false
			for _, x := range m.Bodies {
				board = board || (x.Value.Company.ID == e.Key && (x.Value.Type == "company-board" || x.Value.Type == "joint-authority-board"))
			}
			if !board {
				out = append(out, p.Th("questions.company-board", p.Txt(c.Name)))
			}
		}
		if c.NIS2 == "in-scope" && (c.ManagementTrainingDone == nil || !*c.ManagementTrainingDone) {
			out = append(out, p.Th("questions.company-training", p.Txt(c.Name)))
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Type == "committee" && e.Value.PersonalDataRegisters == nil {
			out = append(out, p.Th("questions.registers", p.Txt(e.Value.Name)))
		}
	}
	return out
}
