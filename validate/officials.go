package validate

import (
	"slices"
	"strings"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// The checks of this file come from Kuntaliitto's 2025 briefing for
// municipal elected officials (seed 003): management's tasks, the boards of
// critical companies, procurement, confidentiality, critical services,
// regular exercises and assessments, the sectors and the committees'
// registers. None of it is law, so every finding is a warning, except
// delegating management's task outside the municipality, which the
// briefing says cannot be done.

// checkOfficials runs the checks for every municipality: what a file says
// is always checked; what it leaves out only once it has reported.
func checkOfficials(c *checker) {
	req := c.repo.Requirements()
	for _, m := range c.repo.Municipalities() {
		c.management(m)
		c.companyBoards(m, req)
		c.regularDuties(m)
		if m.Status.Reported {
			c.foundations(m)
			c.committeeRegisters(m)
		}
	}
}

// managementTaskWords names each of management's tasks.
var managementTaskWords = map[string]msg.Key{
	"strategicRisks":  "finding.management.strategicRisks",
	"protectionModel": "finding.management.protectionModel",
	"residualRisks":   "finding.management.residualRisks",
	"oversight":       "finding.management.oversight",
}

// management checks that each of management's tasks is carried by the
// municipality's own role or body.
func (c *checker) management(m *model.Municipality) {
	mg := m.Management
	pos := m.Pos
	if mg != nil {
		pos = mg.Pos
	}
	var missing msg.Joined
	for _, id := range model.ManagementTaskIDs {
		var t *model.ManagementTask
		if mg != nil {
			t = mg.Task(id)
		}
		if t == nil {
			missing = append(missing, msg.M("%s (%s)", managementTaskWords[id], "management."+id))
			continue
		}
		if kind, _, _ := strings.Cut(t.By.ID, ":"); t.By.ID != "" && kind != "role" && kind != "body" {
			c.report(diag.New("management-delegated", t.By.Pos,
				"%q carries management's task %s, but management's ultimate responsibility cannot be delegated outside the municipality", t.By.ID, managementTaskWords[id]).
				WithHint("Name one of the municipality's own roles or bodies in management.%s.by; a company or an actor can do the work as Responsible in the responsibility matrix.", id))
		}
		c.notFuture(t.Pos, "management."+id+".last", t.Last)
	}
	if m.Status.Reported && len(missing) > 0 {
		c.report(diag.New("management-tasks", pos, "no role or body is named for these tasks of management: %s", missing).
			WithHint("Add each under management as <task>: {by: \"body:<id>\"} or {by: \"role:<id>\"}, naming the municipality's own role or body that carries it."))
	}
}

// boardTypes are the body types that can be a company's board.
var boardTypes = []string{"company-board", "joint-authority-board"}

// companyBoards checks that a critical-infrastructure or NIS2 company has
// its board among the bodies.
func (c *checker) companyBoards(m *model.Municipality, req *model.MunicipalRequirements) {
	for _, e := range m.Companies {
		co := e.Value
		critical := co.CriticalInfrastructure || slices.Contains(req.CriticalSectors, co.Sector)
		if !critical && co.NIS2 != "in-scope" {
			continue
		}
		found := false
		for _, b := range m.Bodies {
			found = found || (slices.Contains(boardTypes, b.Value.Type) && b.Value.Company.ID == e.Key)
		}
		if found {
			continue
		}
		why := msg.Key("finding.company.critical")
		if co.NIS2 == "in-scope" {
			why = "finding.company.nis2"
		}
		sr := req.StatusReport
		c.report(diag.New("company-board", e.Pos, "company %q is %s, but no company board in bodies names it", e.Key, why).
			WithHint("Add a body with type: \"company-board\" and company: %q, and set its statusReportEveryMonths (%d to %d months).", e.Key, sr.MinMonths, sr.MaxMonths))
	}
}

// regular is something done at the municipality's own interval.
type regular struct {
	rule       string
	pos        model.Pos
	what       msg.Key
	dateField  string // "informationManagement.lastExercise"
	everyField string // "informationManagement.exerciseEveryMonths"
	date       string
	every      int
	askDate    bool // a reporting municipality must record the date
}

// regularDuties checks the exercise, the risk assessment and the file's
// review against their intervals.
func (c *checker) regularDuties(m *model.Municipality) {
	d := m.InformationManagement
	if d == nil {
		d = &model.Duties{Pos: m.Pos}
	}
	for _, r := range []regular{
		{"exercise-overdue", d.Pos, "finding.regular.exercise", "informationManagement.lastExercise", "informationManagement.exerciseEveryMonths", d.LastExercise, d.ExerciseEveryMonths, true},
		{"risk-assessment-overdue", d.Pos, "finding.regular.risk-assessment", "informationManagement.lastRiskAssessment", "informationManagement.riskAssessmentEveryMonths", d.LastRiskAssessment, d.RiskAssessmentEveryMonths, true},
		// A missing review date is review-date's finding.
		{"review-overdue", pick(m.Status.Pos, m.Pos), "finding.regular.review", "status.reviewed", "status.reviewEveryMonths", m.Status.Reviewed, m.Status.ReviewEveryMonths, false},
	} {
		c.regularly(m.Status.Reported, r)
	}
}

func (c *checker) regularly(reported bool, r regular) {
	switch {
	case r.date == "":
		if reported && r.askDate {
			c.report(diag.New(r.rule, r.pos, "%s: no date is recorded (%s)", r.what, r.dateField).
				WithHint("Record the date in %s and how often it is repeated, in months, in %s.", r.dateField, r.everyField))
		}
	case r.every == 0:
		if reported {
			c.report(diag.New(r.rule, r.pos, "%s is recorded, but not how often it is repeated (%s)", r.what, r.everyField).
				WithHint("Set %s to the number of months between two.", r.everyField))
		}
	default:
		last, err := time.Parse(time.DateOnly, r.date)
		if err != nil || c.opts.Today.IsZero() || last.After(c.opts.Today) {
			return // a bad or future date is reported elsewhere
		}
		if due := model.AddMonths(last, r.every); due.Before(c.opts.Today) {
			c.report(diag.New(r.rule, r.pos, "the last %s was on %s; with one every %d months the next was due on %s", r.what, r.date, r.every, due.Format(time.DateOnly)).
				WithHint("Do it, then record its date in %s.", r.dateField))
		}
	}
}

// practice is a yes-or-no practice the briefing asks of a municipality.
type practice struct {
	field string // "procurement.securityRequirements"
	v     *bool
	what  msg.Key
}

// foundations checks the practices a reporting municipality records:
// procurement, confidentiality, critical services and the sectors.
func (c *checker) foundations(m *model.Municipality) {
	var pr model.Procurement
	prPos := m.Pos
	if m.Procurement != nil {
		pr, prPos = *m.Procurement, m.Procurement.Pos
	}
	c.practices("procurement-security", prPos, "finding.why.procurement", []practice{
		{"procurement.securityRequirements", pr.SecurityRequirements, "finding.practice.security-requirements"},
		{"procurement.complianceMonitoring", pr.ComplianceMonitoring, "finding.practice.compliance-monitoring"},
	})

	var co model.Confidentiality
	coPos := m.Pos
	if m.Confidentiality != nil {
		co, coPos = *m.Confidentiality, m.Confidentiality.Pos
	}
	c.practices("confidentiality", coPos, "finding.why.confidentiality", []practice{
		{"confidentiality.controlledPublication", co.ControlledPublication, "finding.practice.controlled-publication"},
		{"confidentiality.procurementAndFinance", co.ProcurementAndFinance, "finding.practice.procurement-and-finance"},
		{"confidentiality.internalAudit", co.InternalAudit, "finding.practice.internal-audit"},
	})

	var d model.Duties
	dPos := m.Pos
	if m.InformationManagement != nil {
		d, dPos = *m.InformationManagement, m.InformationManagement.Pos
	}
	c.practices("critical-services", dPos, "finding.why.critical-services", []practice{
		{"informationManagement.criticalServicesIdentified", d.CriticalServicesIdentified, "finding.practice.critical-services"},
	})

	var ed model.EducationSector
	var te model.TechnicalSector
	edPos, tePos := m.Pos, m.Pos
	if s := m.Sectors; s != nil {
		edPos, tePos = s.Pos, s.Pos
		if s.Education != nil {
			ed, edPos = *s.Education, s.Education.Pos
		}
		if s.Technical != nil {
			te, tePos = *s.Technical, s.Technical.Pos
		}
	}
	c.practices("sector-duties", edPos, "finding.why.education", []practice{
		{"sectors.education.pupilData", ed.PupilData, "finding.practice.pupil-data"},
		{"sectors.education.aiTools", ed.AITools, "finding.practice.ai-tools"},
	})
	c.practices("sector-duties", tePos, "finding.why.technical", []practice{
		{"sectors.technical.criticalInfrastructure", te.CriticalInfrastructure, "finding.practice.critical-infrastructure"},
		{"sectors.technical.dataSharing", te.DataSharing, "finding.practice.data-sharing"},
	})
}

func (c *checker) practices(rule string, pos model.Pos, why msg.Key, ps []practice) {
	var missing msg.Joined
	var fields []string
	for _, p := range ps {
		if p.v == nil || !*p.v {
			missing = append(missing, msg.M("%s (%s)", p.what, p.field))
			fields = append(fields, p.field)
		}
	}
	if len(missing) > 0 {
		c.report(diag.New(rule, pos, "not recorded as in place: %s", missing).
			WithHint("Once they hold, set %s to true. Why: %s", strings.Join(fields, ", "), why))
	}
}

// committeeRegisters asks each committee of a reporting municipality for
// its significant personal-data registers.
func (c *checker) committeeRegisters(m *model.Municipality) {
	for _, e := range m.Bodies {
		if e.Value.Type == "committee" && e.Value.PersonalDataRegisters == nil {
			c.report(diag.New("committee-registers", e.Pos, "committee %q does not list its significant personal-data registers (personalDataRegisters)", e.Key).
				WithHint("List them as personalDataRegisters: [{fi: \"...\"}], or write personalDataRegisters: [] if the committee has none."))
		}
	}
}

// reportsLikeOthers are body types that, besides the model's required
// bodies, treat status reports regularly once a municipality has reported:
// committees and company boards (Kuntaliitto 2025).
func reportsLikeOthers(typ string) bool { return typ == "committee" || typ == "company-board" }

// joinable checks that every network a municipality lists is open to
// municipalities.
func (c *checker) joinable(m *model.Municipality) {
	var open []any
	for _, a := range c.repo.Actors() {
		if a.Joinable() {
			open = append(open, a.ID)
		}
	}
	for _, n := range m.Networks {
		a, ok := c.repo.Actor(n.ID)
		if !ok || a.Kind != model.KindNetwork || a.Joinable() {
			continue // unknown or not a network: reported by the reference check
		}
		var f *diag.Finding
		if len(a.OpenTo) == 0 {
			f = diag.New("network-not-joinable", n.Pos, "networks names %q, which is appointed, not joined: a municipality cannot join it", n.ID)
		} else {
			var who msg.List
			for _, o := range a.OpenTo {
				who = append(who, msg.Key("finding.joiner."+o))
			}
			f = diag.New("network-not-joinable", n.Pos, "networks names %q, which is open to %s, not to municipalities", n.ID, who)
		}
		c.report(f.WithHint("Remove %q from networks. Networks open to municipalities: %s", n.ID, msg.List(open)))
	}
}
