package site

import (
	"html/template"
	"strings"
	"time"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/status"
)

type roleView struct {
	ID, Mailbox, MailHref, Person, Phone string
	Title, Unit                          template.HTML
	Required                             bool
}

type raciView struct {
	AreaHref   string
	Number     int
	Area       template.HTML
	R, A, C, I []linkView
	Note       template.HTML
}

type bodyView struct {
	ID, Type, Last, Next string
	Trigger              string // what brought the last report on, if not the cadence
	Name                 template.HTML
	Company              []linkView
	Every                int
	Overdue              bool
	Registers            template.HTML // the personal-data registers, if listed
}

// managementView is one of management's tasks and who carries it.
type managementView struct {
	Task       string
	By         []linkView
	Hidden     bool // carried by a non-public role or body
	Last       string
	Unassigned bool
}

// practiceGroup is a heading and yes-or-no practices under it.
type practiceGroup struct {
	Heading string
	Items   []dutyView
}

type companyView struct {
	ID, Type, Sector, Critical, NIS2, Training string
	Name                                       template.HTML
}

type dutyView struct{ Label, Value string }

type planView struct {
	Title                template.HTML
	Area, Owner, Answers []linkView
	Due, Status          string
}

func (p *page) fillMunicipality(m *model.Municipality) {
	// m is the public view (builder.munis); nothing else reaches the page.
	p.setTitleText(m.Name, "")
	b := p.b
	st := b.picOf[m.Code]
	var crumbs []linkView
	if m.County.ID != "" {
		crumbs = append(crumbs, p.countyLink(m.County.ID))
	} else {
		crumbs = append(crumbs, p.regionLink(m.Region.Code))
	}
	p.crumbs(crumbs...)
	req := b.repo.Requirements()

	var roles []roleView
	for _, e := range m.Roles {
		r := e.Value
		rv := roleView{ID: e.Key, Title: p.Txt(r.Title), Mailbox: r.Mailbox}
		if r.Mailbox != "" {
			rv.MailHref = "mailto:" + r.Mailbox
		}
		if !r.Unit.IsZero() {
			rv.Unit = p.Txt(r.Unit)
		}
		if r.Person != nil && r.Person.Visibility == model.Public {
			rv.Person, rv.Phone = r.Person.Name, r.Person.Phone
		}
		_, rv.Required = req.RoleName(e.Key)
		roles = append(roles, rv)
	}

	party := func(r model.Ref) linkView {
		kind, id, _ := strings.Cut(r.ID, ":")
		switch kind {
		case "role":
			if x, ok := m.Roles.Get(id); ok {
				return linkView{Href: "#role-" + id, Label: p.Txt(x.Title)}
			}
		case "body":
			if x, ok := m.Bodies.Get(id); ok {
				return linkView{Href: "#body-" + id, Label: p.Txt(x.Name)}
			}
		case "company":
			if x, ok := m.Companies.Get(id); ok {
				return linkView{Href: "#company-" + id, Label: p.Txt(x.Name)}
			}
		case "actor":
			return p.actorLink(id)
		case "county":
			if m.County.ID != "" {
				return p.countyLink(m.County.ID)
			}
			return linkView{Label: plain(p.T("party.county"))}
		}
		return linkView{Label: plain(r.ID)}
	}
	parties := func(rs []model.Ref) []linkView {
		var out []linkView
		for _, r := range rs {
			if r.ID != "" {
				out = append(out, party(r))
			}
		}
		return out
	}
	var raci []raciView
	for _, a := range b.repo.Areas() {
		row, ok := m.RACI.Get(a.ID)
		if !ok {
			continue
		}
		rv := raciView{AreaHref: p.Link(areaPath(a.ID)), Number: a.Number, Area: p.Txt(a.Name),
			R: parties(row.Responsible), A: parties([]model.Ref{row.Accountable}), C: parties(row.Consulted), I: parties(row.Informed),
			Note: p.MD(row.Note)}
		raci = append(raci, rv)
	}

	var bodies []bodyView
	for _, e := range m.Bodies {
		x := e.Value
		latest := x.LatestReport()
		bv := bodyView{ID: e.Key, Type: p.Enum("body", x.Type), Name: p.Txt(x.Name), Every: x.StatusReportEveryMonths, Last: latest.Date}
		if latest.Trigger != "" && latest.Trigger != model.TriggerScheduled {
			bv.Trigger = p.Enum("trigger", latest.Trigger)
		}
		if x.Company.ID != "" {
			if c, ok := m.Companies.Get(x.Company.ID); ok {
				bv.Company = []linkView{{Href: "#company-" + x.Company.ID, Label: p.Txt(c.Name)}}
			}
		}
		if next, ok := nextReport(x); ok {
			bv.Next = next.Format(time.DateOnly)
			bv.Overdue = next.Before(b.opts.Today)
		}
		if regs := x.PersonalDataRegisters; regs != nil {
			if len(regs) == 0 {
				bv.Registers = plain(p.T("muni.registers-none"))
			} else {
				names := make([]string, len(regs))
				for i, r := range regs {
					names[i] = string(p.Txt(r))
				}
				bv.Registers = plain(p.T("muni.registers")+": ") + template.HTML(strings.Join(names, ", "))
			}
		}
		bodies = append(bodies, bv)
	}

	yesNo := func(v *bool) string {
		switch {
		case v == nil:
			return p.T("unknown")
		case *v:
			return p.T("yes")
		}
		return p.T("no")
	}
	var companies []companyView
	for _, e := range m.Companies {
		c := e.Value
		crit := c.CriticalInfrastructure
		cv := companyView{ID: e.Key, Name: p.Txt(c.Name), Type: p.Enum("company", c.Type), Sector: p.Enum("sector", c.Sector),
			Critical: yesNo(&crit), NIS2: p.T("unknown"), Training: yesNo(c.ManagementTrainingDone)}
		if c.NIS2 != "" {
			cv.NIS2 = p.Enum("nis2", c.NIS2)
		}
		companies = append(companies, cv)
	}

	var procurement *struct{ InHouse, Joint []linkView }
	if pr := m.Procurement; pr != nil && (pr.InHouseCompany.ID != "" || len(pr.JointProcurement) > 0) {
		procurement = &struct{ InHouse, Joint []linkView }{}
		if id := pr.InHouseCompany.ID; id != "" {
			if c, ok := m.Companies.Get(id); ok {
				procurement.InHouse = []linkView{{Href: "#company-" + id, Label: p.Txt(c.Name)}}
			}
		}
		procurement.Joint = p.actorLinks(pr.JointProcurement)
	}

	var networks []linkView
	for _, n := range m.Networks {
		networks = append(networks, p.actorLink(n.ID))
	}

	_, dutiesExempt := b.repo.Exempt(status.DutiesLaw, m)
	var duties []dutyView
	if d := m.InformationManagement; d != nil {
		date := func(s string) string {
			if s == "" {
				return p.T("unknown")
			}
			return p.Date(s)
		}
		months := func(n int) string {
			if n <= 0 {
				return p.T("unknown")
			}
			return p.Tf("duty.months", n)
		}
		duties = []dutyView{
			{p.T("duty.model"), yesNo(d.InformationManagementModel)},
			{p.T("duty.risk"), date(d.LastRiskAssessment)},
			{p.T("duty.risk-every"), months(d.RiskAssessmentEveryMonths)},
			{p.T("duty.critical-services"), yesNo(d.CriticalServicesIdentified)},
			{p.T("duty.continuity"), yesNo(d.ContinuityPlan)},
			{p.T("duty.exercise"), date(d.LastExercise)},
			{p.T("duty.exercise-every"), months(d.ExerciseEveryMonths)},
			{p.T("duty.classified"), yesNo(d.InformationClassified)},
		}
	}

	var management []managementView
	if mg := m.Management; mg != nil {
		for _, id := range model.ManagementTaskIDs {
			v := managementView{Task: capital(p.T("finding.management." + id))}
			switch t := mg.Task(id); {
			case t == nil:
				v.Unassigned = true
			case t.By.ID == "":
				v.Hidden, v.Last = true, t.Last
			default:
				v.By, v.Last = []linkView{party(t.By)}, t.Last
			}
			management = append(management, v)
		}
	}

	// The practices the briefing for elected officials asks about, where
	// the file says anything of them.
	practice := func(what string, v *bool) dutyView { return dutyView{capital(p.T(what)), yesNo(v)} }
	var practices []practiceGroup
	if pr := m.Procurement; pr != nil && (pr.SecurityRequirements != nil || pr.ComplianceMonitoring != nil) {
		practices = append(practices, practiceGroup{p.T("muni.procurement"), []dutyView{
			practice("finding.practice.security-requirements", pr.SecurityRequirements),
			practice("finding.practice.compliance-monitoring", pr.ComplianceMonitoring),
		}})
	}
	if co := m.Confidentiality; co != nil {
		practices = append(practices, practiceGroup{p.T("muni.confidentiality"), []dutyView{
			practice("finding.practice.controlled-publication", co.ControlledPublication),
			practice("finding.practice.procurement-and-finance", co.ProcurementAndFinance),
			practice("finding.practice.internal-audit", co.InternalAudit),
		}})
	}
	if se := m.Sectors; se != nil {
		if ed := se.Education; ed != nil {
			practices = append(practices, practiceGroup{p.T("muni.education"), []dutyView{
				practice("finding.practice.pupil-data", ed.PupilData),
				practice("finding.practice.ai-tools", ed.AITools),
			}})
		}
		if te := se.Technical; te != nil {
			practices = append(practices, practiceGroup{p.T("muni.technical"), []dutyView{
				practice("finding.practice.critical-infrastructure", te.CriticalInfrastructure),
				practice("finding.practice.data-sharing", te.DataSharing),
			}})
		}
	}

	var plan []planView
	for _, e := range m.ActionPlan {
		t := e.Value
		pv := planView{Title: p.Txt(t.Title), Area: []linkView{p.areaLink(t.Area.ID)}, Due: t.Due, Status: p.Enum("status", t.Status)}
		if t.Owner.ID != "" {
			if r, ok := m.Roles.Get(t.Owner.ID); ok {
				pv.Owner = []linkView{{Href: "#role-" + t.Owner.ID, Label: p.Txt(r.Title)}}
			}
		}
		if t.AnswersTask.ID != "" {
			pv.Answers = append(pv.Answers, p.taskLink(t.AnswersTask.ID))
		}
		if t.AnswersRecommendation.ID != "" {
			pv.Answers = append(pv.Answers, p.recLink(t.AnswersRecommendation.ID))
		}
		plan = append(plan, pv)
	}
	var ntasks []linkView
	for _, e := range m.NationalTasks {
		l := p.taskLink(e.Key)
		l.Note = p.Txt(e.Value.Part)
		ntasks = append(ntasks, l)
	}

	var gaps []template.HTML
	for _, g := range st.Gaps {
		gaps = append(gaps, p.Txt(g.Text))
	}
	var county []linkView
	if m.County.ID != "" {
		county = []linkView{p.countyLink(m.County.ID)}
	}
	p.Data = map[string]any{
		"Code": m.Code, "County": county, "Region": []linkView{p.regionLink(m.Region.Code)},
		"Language": p.Enum("language", m.Language), "Population": m.Population.Count, "PopulationDate": m.Population.Date,
		"Reported": m.Status.Reported, "Reviewed": m.Status.Reviewed, "ReviewEvery": m.Status.ReviewEveryMonths,
		"Questions": p.questions(m), "Management": management, "Practices": practices,
		"EditURL": "https://github.com/" + b.opts.Repo + "/edit/main/" + m.Pos.File, "File": m.Pos.File,
		"Completeness": st.Completeness, "Gaps": gaps,
		"Roles": roles, "RACI": raci, "Bodies": bodies, "Companies": companies, "Procurement": procurement,
		"Networks": networks, "Duties": duties, "Plan": plan, "NationalTasks": ntasks,
		"Maintainers": maintainerLinks(m.Maintainers),
		"History":     p.history("municipalities/" + m.Code),
		"Regional":    p.regional(m), "LawNotes": p.lawNotes(m), "DutiesExempt": dutiesExempt,
	}
}

// nextReport is when a body's next status report is due: its last one
// plus its interval. Without both there is no due date.
func nextReport(x model.Body) (time.Time, bool) {
	last, err := time.Parse(time.DateOnly, x.LatestReport().Date)
	if err != nil || x.StatusReportEveryMonths <= 0 {
		return time.Time{}, false
	}
	return model.AddMonths(last, x.StatusReportEveryMonths), true
}

// Gaps.
