package validate

import (
	"fmt"
	"strings"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
)

// checkIdentity holds municipalities and counties to the reference data:
// one file each, and the same public facts.
func checkIdentity(c *checker) {
	ref := c.opts.Reference
	if ref == nil {
		return
	}
	for _, m := range c.repo.Municipalities() {
		r, ok := ref.Municipality(m.Code)
		if !ok {
			c.report(diag.New("reference-unknown", m.Pos, "municipality code %q does not exist in the reference data", m.Code))
			continue
		}
		c.same(m.Pos, "name.fi", m.Name.FI, r.NameFI)
		c.same(m.Pos, "name.sv", m.Name.SV, r.NameSV)
		c.same(m.Pos, "name.en", m.Name.EN, r.NameEN)
		c.same(m.Pos, "region.code", m.Region.Code, r.RegionCode)
		c.same(m.Pos, "region.name.fi", m.Region.Name.FI, r.RegionFI)
		c.same(m.Pos, "region.name.sv", m.Region.Name.SV, r.RegionSV)
		c.same(pick(m.County.Pos, m.Pos), "county", m.County.ID, r.CountyCode)
		c.same(m.Pos, "language", m.Language, r.Language)
		if m.Population.Count != r.Population || m.Population.Date != r.PopulationDate {
			c.report(diag.New("identity", m.Pos, "population is %d on %s; the reference data says %d on %s",
				m.Population.Count, m.Population.Date, r.Population, r.PopulationDate))
		}
	}
	for _, r := range ref.Municipalities {
		if !c.defined("municipalities", r.Code) {
			c.report(diag.New("reference-missing", model.Pos{File: reference.MunicipalitiesPath, Line: r.Line, Col: 1},
				"municipality %s %s has no file in municipalities/", r.Code, r.NameFI).
				WithHint("Create municipalities/%s-%s.cue with `go run ./internal/gen`.", r.Code, reference.Slug(r.NameFI)))
		}
	}
	for _, co := range c.repo.Counties() {
		r, ok := ref.County(co.Code)
		if !ok {
			c.report(diag.New("reference-unknown", co.Pos, "county code %q does not exist in the reference data", co.Code))
			continue
		}
		c.same(co.Pos, "name.fi", co.Name.FI, r.NameFI)
		c.same(co.Pos, "name.sv", co.Name.SV, r.NameSV)
		c.same(co.Pos, "name.en", co.Name.EN, r.NameEN)
		c.same(co.Pos, "region", co.Region, r.RegionFI)
		var members []string
		for _, m := range co.Municipalities {
			members = append(members, m.ID)
		}
		c.same(co.Pos, "municipalities", strings.Join(members, ", "), strings.Join(r.MunicipalityCodes, ", "))
		if co.Population.Count != r.Population {
			c.report(diag.New("identity", co.Pos, "population is %d; the reference data says %d", co.Population.Count, r.Population))
		}
	}
	for _, r := range ref.Counties {
		if !c.defined("counties", r.Code) {
			c.report(diag.New("reference-missing", model.Pos{File: reference.CountiesPath, Line: r.Line, Col: 1},
				"county %s %s has no file in counties/", r.Code, r.NameFI).
				WithHint("Create counties/%s-%s.cue with `go run ./internal/gen`.", r.Code, reference.Slug(r.NameFI)))
		}
	}
}

func pick(p, fallback model.Pos) model.Pos {
	if p.IsValid() {
		return p
	}
	return fallback
}

func (c *checker) same(pos model.Pos, field, got, want string) {
	if got != want {
		c.report(diag.New("identity", pos, "%s is %q; the reference data says %q", field, got, want))
	}
}

// checkGovernance holds every reporting municipality to the model; an
// unreported one is only checked for what it does say.
func checkGovernance(c *checker) {
	req := c.repo.Requirements()
	for _, m := range c.repo.Municipalities() {
		if m.Status.Reported {
			c.reported(m, req)
		}
		c.roleIDs(m)
		c.raci(m, req)
		c.bodies(m, req)
		c.companies(m, req)
		c.plan(m)
		c.visibility(m)
		c.notFuture(pick(m.Status.Pos, m.Pos), "status.reviewed", m.Status.Reviewed)
		if d := m.InformationManagement; d != nil {
			hidden := d.Visibility == model.NonPublic
			c.notFutureIn(d.Pos, "informationManagement.lastRiskAssessment", d.LastRiskAssessment, hidden)
			c.notFutureIn(d.Pos, "informationManagement.lastExercise", d.LastExercise, hidden)
		}
	}
}

// swedishSpeaking reports a municipality whose own texts are in Swedish
// (model/municipality.cue).
func swedishSpeaking(m *model.Municipality) bool {
	return m.Language == "sv" || m.Language == "sv-fi"
}

func severityOf(s string) diag.Severity {
	if v, err := diag.ParseSeverity(s); err == nil {
		return v
	}
	return diag.Error
}

// reported checks what the model asks of a municipality that has reported.
func (c *checker) reported(m *model.Municipality, req *model.MunicipalRequirements) {
	for _, r := range req.Roles {
		if _, exempt := c.repo.Exempt(r.Law.ID, m); exempt {
			continue
		}
		if !c.hasRole(m, r.Role) {
			lang, title := "fi", r.Name.FI
			if swedishSpeaking(m) {
				lang, title = "sv", r.Name.SV
			}
			c.report(diag.New("required-role", m.Pos, "the municipality has reported but names no %s (roles.%q)", lower(r.Name), r.Role).
				WithSeverity(severityOf(r.Severity)).
				WithHint("Add roles: %q: {title: {%s: %q}}. Why: %s (%s)", r.Role, lang, title, r.Why, msg.Citation(r.Source)))
		}
	}
	for _, b := range req.Bodies {
		if _, exempt := c.repo.Exempt(b.Law.ID, m); exempt {
			continue
		}
		found := false
		for _, e := range m.Bodies {
			found = found || e.Value.Type == b.Type
		}
		if !found {
			c.report(diag.New("required-body", m.Pos, "the municipality has reported but lists no %s (a body of type %q)", lower(b.Name), b.Type).
				WithSeverity(severityOf(b.Severity)).
				WithHint("Add it under bodies with type: %q. Why: %s (%s)", b.Type, b.Why, msg.Citation(b.Source)))
		}
	}
	for _, a := range c.repo.Areas() {
		if _, ok := m.RACI.Get(a.ID); !ok {
			c.report(diag.New("raci-missing-area", m.Pos, "no responsibility row for area %d %q (raci.%q)", a.Number, a.Name, a.ID))
		}
	}
	if m.Status.Reviewed == "" {
		c.report(diag.New("review-date", m.Pos, "the municipality has reported but status.reviewed is not set"))
	}
	if len(m.Maintainers) == 0 {
		c.report(diag.New("no-maintainers", m.Pos, "nobody is named to approve changes to this file (maintainers)"))
	}
}

// raci checks each row: one Accountable, at least one Responsible, the
// Accountable the municipality's own, and the model's area requirements.
func (c *checker) raci(m *model.Municipality, req *model.MunicipalRequirements) {
	for _, e := range m.RACI {
		row := e.Value
		if row.Accountable.ID == "" {
			c.report(diag.New("raci-incomplete", e.Pos, "the row for %q names no Accountable", e.Key))
		} else if kind, id, _ := strings.Cut(row.Accountable.ID, ":"); kind == "company" && hiddenCompany(m, id) {
			// A non-public company is not named.
			c.report(diag.New("raci-accountable-delegated", row.Accountable.Pos,
				"a non-public company is Accountable for %q, but ultimate responsibility stays with the municipality's own roles and bodies", e.Key))
		} else if kind != "role" && kind != "body" {
			c.report(diag.New("raci-accountable-delegated", row.Accountable.Pos,
				"%q is Accountable for %q, but ultimate responsibility stays with the municipality's own roles and bodies", row.Accountable.ID, e.Key))
		}
		if len(row.Responsible) == 0 {
			c.report(diag.New("raci-incomplete", e.Pos, "the row for %q names no Responsible", e.Key))
		}
		area, ok := c.repo.Area(e.Key)
		if !ok {
			continue
		}
		for _, r := range area.Requirements {
			if _, exempt := c.repo.Exempt(r.Law.ID, m); exempt {
				continue
			}
			if c.dangles(m, row, r) {
				// The row names an undefined party of the kind asked for:
				// unknown-party says so, with the likely id.
				continue
			}
			if !c.holds(m, row, r) {
				var want msg.Alternatives
				for _, l := range r.Letters() {
					want = append(want, letterWord(l))
				}
				c.report(diag.New("area-requirement", e.Pos, "%s: %s should be %s for %q", e.Key, partyWords(req, r.Party), want, area.Name).
					WithSeverity(severityOf(r.Severity)).
					WithHint("Add %q to %s. Why: %s (%s)", exampleParty(m, r.Party), r.Letter, r.Why, msg.Citation(r.Source)))
			}
		}
	}
}

// lettered is the row's parties under the letters that meet a
// requirement.
func lettered(row model.RACI, r model.Requirement) []model.Ref {
	var refs []model.Ref
	for _, l := range r.Letters() {
		switch l {
		case "responsible":
			refs = append(refs, row.Responsible...)
		case "accountable":
			refs = append(refs, row.Accountable)
		case "consulted":
			refs = append(refs, row.Consulted...)
		case "informed":
			refs = append(refs, row.Informed...)
		}
	}
	return refs
}

// holds reports whether a requirement's party holds one of its letters in
// the row. A "body-type:x" party is any of the municipality's bodies of
// that type.
func (c *checker) holds(m *model.Municipality, row model.RACI, r model.Requirement) bool {
	for _, ref := range lettered(row, r) {
		if ref.ID == r.Party {
			return true
		}
		if id, isRole := strings.CutPrefix(ref.ID, "role:"); isRole {
			if alias, ok := c.roleAlias(m, id); ok && "role:"+alias == r.Party {
				return true
			}
		}
		if typ, ok := strings.CutPrefix(r.Party, "body-type:"); ok {
			if id, isBody := strings.CutPrefix(ref.ID, "body:"); isBody {
				if b, found := m.Bodies.Get(id); found && b.Type == typ {
					return true
				}
			}
		}
	}
	return false
}

// partyWords names a requirement's party in words: "the board" in
// English, the model's name of the body type or role in Finnish and
// Swedish ("kunnanhallitus", "kommunstyrelsen").
func partyWords(req *model.MunicipalRequirements, p string) msg.Text {
	t := msg.Text{FI: p, SV: p, EN: p}
	var name model.Text
	if typ, ok := strings.CutPrefix(p, "body-type:"); ok {
		t.EN = "the " + strings.ReplaceAll(typ, "-", " ")
		for _, b := range req.Bodies {
			if b.Type == typ {
				name = b.Name
			}
		}
	} else if r, ok := strings.CutPrefix(p, "role:"); ok {
		t.EN = "the " + strings.ReplaceAll(r, "-", " ")
		name, _ = req.RoleName(r)
	}
	if name.FI != "" {
		t.FI = strings.ToLower(name.In("fi"))
		t.SV = strings.ToLower(name.In("sv"))
	}
	return t
}

// dangles reports whether the row's parties for a requirement's letter
// include a role or body the file does not define, of the kind the
// requirement asks for.
func (c *checker) dangles(m *model.Municipality, row model.RACI, r model.Requirement) bool {
	for _, ref := range lettered(row, r) {
		kind, id, _ := strings.Cut(ref.ID, ":")
		switch {
		case kind == "role" && strings.HasPrefix(r.Party, "role:"):
			if _, ok := m.Roles.Get(id); !ok {
				return true
			}
		case kind == "body" && strings.HasPrefix(r.Party, "body-type:"):
			if _, ok := m.Bodies.Get(id); !ok {
				return true
			}
		}
	}
	return false
}

// roleIDs reports roles whose id is the title of one of the model's roles
// (roles: "tietosuojavastaava"): the model's role is not found by its
// title, so its rules would not see it.
func (c *checker) roleIDs(m *model.Municipality) {
	for _, e := range m.Roles {
		role, lang, ok := c.modelRoleByTitle(e.Key)
		if !ok {
			continue
		}
		if _, defined := m.Roles.Get(role); defined {
			continue
		}
		if e.Value.Visibility == model.NonPublic {
			// The id of a non-public role is not repeated, nor which of
			// the model's titles it is.
			c.report(diag.New("role-id", e.Pos, "the id of a non-public role is the title of one of the national model's roles"))
			continue
		}
		c.report(diag.New("role-id", e.Pos, "the role id %q is the %s title of the national model's role %q", e.Key, lang, role).
			WithHint("Write roles: %q, and %q in the raci rows.", role, "role:"+role))
	}
}

// lower is a model name in lower case, for the middle of a sentence.
func lower(t model.Text) msg.Text {
	return msg.Text{FI: strings.ToLower(t.In("fi")), SV: strings.ToLower(t.In("sv")), EN: strings.ToLower(t.In("en"))}
}

// letterWord is a letter of the responsibility matrix as a predicate:
// "accountable" ("tilivelvolliseksi (accountable)").
func letterWord(letter string) any {
	switch letter {
	case "responsible":
		return msg.Key("finding.as.responsible")
	case "accountable":
		return msg.Key("finding.as.accountable")
	case "consulted":
		return msg.Key("finding.as.consulted")
	case "informed":
		return msg.Key("finding.as.informed")
	}
	return letter
}

// taskStatus is an action-plan task's status in words.
func taskStatus(status string) any {
	switch status {
	case "proposed":
		return msg.Key("finding.task-status.proposed")
	case "planned":
		return msg.Key("finding.task-status.planned")
	case "in-progress":
		return msg.Key("finding.task-status.in-progress")
	}
	return status
}

// exampleParty turns "body-type:board" into the municipality's own
// "body:<id>" of that type when it has one.
func exampleParty(m *model.Municipality, p string) string {
	if t, ok := strings.CutPrefix(p, "body-type:"); ok {
		for _, e := range m.Bodies {
			if e.Value.Type == t && e.Value.Visibility != model.NonPublic {
				return "body:" + e.Key
			}
		}
		return "body:" + t
	}
	return p
}

// bodies checks status-report intervals and dates. The source's range is
// no bound: a longer interval is a warning, a shorter one a notice, and
// the latest report of any kind (lastStatusReport, statusReports) counts.
func (c *checker) bodies(m *model.Municipality, req *model.MunicipalRequirements) {
	sr := req.StatusReport
	for _, e := range m.Bodies {
		b := e.Value
		n := b.StatusReportEveryMonths
		// A non-public body is named by its kind and position only: no
		// id, no interval, no date.
		hidden := b.Visibility == model.NonPublic
		switch {
		case n == 0:
			if m.Status.Reported && (c.requiredBody(m, req, b.Type) || reportsLikeOthers(b.Type)) {
				f := diag.New("report-interval", e.Pos, "body %q sets no statusReportEveryMonths", e.Key)
				if hidden {
					f = diag.New("report-interval", e.Pos, "a non-public body sets no statusReportEveryMonths")
				}
				c.report(f.WithSeverity(diag.Warning).
					WithHint("Set statusReportEveryMonths, usually between %d and %d: %s", sr.MinMonths, sr.MaxMonths, sr.Why))
			}
		case hidden && ((sr.MaxMonths > 0 && n > sr.MaxMonths) || n < sr.MinMonths):
			sev := diag.Notice
			if sr.MaxMonths > 0 && n > sr.MaxMonths {
				sev = diag.Warning
			}
			c.report(diag.New("report-interval", e.Pos, "a non-public body treats status reports more or less often than the model asks (every %d to %d months)", sr.MinMonths, sr.MaxMonths).
				WithSeverity(sev))
		case sr.MaxMonths > 0 && n > sr.MaxMonths:
			c.report(diag.New("report-interval", e.Pos, "body %q treats a status report every %d months, less often than the source expects (%d to %d months)", e.Key, n, sr.MinMonths, sr.MaxMonths).
				WithSeverity(diag.Warning).
				WithHint("Consider a shorter interval, or say in the pull request why this one suits the body. The source: %s (%s)", sr.Why, msg.Citation(sr.Source)))
		case n < sr.MinMonths:
			c.report(diag.New("report-interval", e.Pos, "body %q treats a status report every %d months, more often than the source expects (%d to %d months)", e.Key, n, sr.MinMonths, sr.MaxMonths).
				WithSeverity(diag.Notice).
				WithHint("Reporting more often is never wrong: check only that %d months is what you meant. The source: %s (%s)", n, sr.Why, msg.Citation(sr.Source)))
		}
		future := func(pos model.Pos, field string, t time.Time) {
			if hidden {
				if c.isFuture(t) {
					c.report(diag.New("date-future", pos, "a non-public body's last status report is dated after today"))
				}
				return
			}
			c.future(pos, field, t)
		}
		if b.LastStatusReport != "" {
			if t, err := time.Parse(time.DateOnly, b.LastStatusReport); err == nil {
				future(e.Pos, "bodies."+e.Key+".lastStatusReport", t)
			}
		}
		for i, r := range b.StatusReports {
			if t, err := time.Parse(time.DateOnly, r.Date); err == nil {
				future(pick(r.Pos, e.Pos), fmt.Sprintf("bodies.%s.statusReports[%d].date", e.Key, i), t)
			}
		}
		latest := b.LatestReport()
		last, err := time.Parse(time.DateOnly, latest.Date)
		if err != nil || c.opts.Today.IsZero() || last.After(c.opts.Today) {
			continue
		}
		if n > 0 && model.AddMonths(last, n).Before(c.opts.Today) {
			if hidden {
				c.report(diag.New("report-overdue", e.Pos, "a non-public body's status report is overdue"))
				continue
			}
			c.report(diag.New("report-overdue", e.Pos, "body %q last treated a status report on %s; with one every %d months the next was due on %s",
				e.Key, latest.Date, n, model.AddMonths(last, n).Format(time.DateOnly)).
				WithHint("Put the status report on the body's agenda, then add it to statusReports: {date: \"YYYY-MM-DD\", trigger: \"scheduled\"}."))
		}
	}
}

// requiredBody reports whether the model asks the municipality for a body
// of the type: it names the type, and the act it rests on binds the
// municipality.
func (c *checker) requiredBody(m *model.Municipality, req *model.MunicipalRequirements, typ string) bool {
	for _, b := range req.Bodies {
		if b.Type == typ {
			_, exempt := c.repo.Exempt(b.Law.ID, m)
			return !exempt
		}
	}
	return false
}

// companies checks NIS2 scope and management training.
func (c *checker) companies(m *model.Municipality, req *model.MunicipalRequirements) {
	for _, e := range m.Companies {
		co := e.Value
		critical := co.CriticalInfrastructure
		for _, s := range req.CriticalSectors {
			critical = critical || co.Sector == s
		}
		hidden := co.Visibility == model.NonPublic
		if critical && co.NIS2 == "" {
			if hidden {
				c.report(diag.New("nis2-scope", e.Pos, "a non-public company is critical infrastructure but does not state its NIS2 scope"))
			} else {
				c.report(diag.New("nis2-scope", e.Pos, "company %q is critical infrastructure (sector %q) but does not state its NIS2 scope", e.Key, co.Sector))
			}
		}
		if co.NIS2 == "in-scope" && (co.ManagementTrainingDone == nil || !*co.ManagementTrainingDone) {
			if hidden {
				c.report(diag.New("nis2-training", e.Pos, "a non-public company is in NIS2 scope but its management training is not recorded as done"))
			} else {
				c.report(diag.New("nis2-training", e.Pos, "company %q is in NIS2 scope but its management training is not recorded as done", e.Key))
			}
		}
	}
}

// plan checks the action plan's due dates.
func (c *checker) plan(m *model.Municipality) {
	for _, e := range m.ActionPlan {
		t := e.Value
		if t.Due == "" || t.Status == "done" || t.Status == "cancelled" || c.opts.Today.IsZero() {
			continue
		}
		due, err := time.Parse(time.DateOnly, t.Due)
		if err == nil && due.Before(c.opts.Today) {
			if t.Visibility == model.NonPublic {
				c.report(diag.New("plan-overdue", e.Pos, "a non-public action-plan task is past its due date"))
				continue
			}
			c.report(diag.New("plan-overdue", e.Pos, "action-plan task %q was due on %s and is %s", e.Key, t.Due, taskStatus(t.Status)))
		}
	}
}

// visibility reports public entries that name non-public ones.
func (c *checker) visibility(m *model.Municipality) {
	hidden := map[string]bool{}
	for _, e := range m.Roles {
		hidden["role:"+e.Key] = e.Value.Visibility == model.NonPublic
	}
	for _, e := range m.Bodies {
		hidden["body:"+e.Key] = e.Value.Visibility == model.NonPublic
	}
	for _, e := range m.Companies {
		hidden["company:"+e.Key] = e.Value.Visibility == model.NonPublic
	}
	// The non-public entry is named by its kind only: the reference's
	// position shows which.
	leak := func(r model.Ref, where any) {
		if !hidden[r.ID] {
			return
		}
		switch kind, _, _ := strings.Cut(r.ID, ":"); kind {
		case "role":
			c.report(diag.New("visibility-leak", r.Pos, "%s is public but names a non-public role", where))
		case "body":
			c.report(diag.New("visibility-leak", r.Pos, "%s is public but names a non-public body", where))
		default:
			c.report(diag.New("visibility-leak", r.Pos, "%s is public but names a non-public company", where))
		}
	}
	for _, e := range m.RACI {
		row := e.Value
		for _, list := range [][]model.Ref{row.Responsible, {row.Accountable}, row.Consulted, row.Informed} {
			for _, r := range list {
				leak(r, msg.M("the responsibility row %s", e.Key))
			}
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility != model.NonPublic && e.Value.Company.ID != "" {
			leak(model.Ref{ID: "company:" + e.Value.Company.ID, Pos: e.Value.Company.Pos}, msg.M("body %s", e.Key))
		}
	}
	for _, e := range m.ActionPlan {
		if e.Value.Visibility != model.NonPublic && e.Value.Owner.ID != "" {
			leak(model.Ref{ID: "role:" + e.Value.Owner.ID, Pos: e.Value.Owner.Pos}, msg.M("action-plan task %s", e.Key))
		}
	}
	if p := m.Procurement; p != nil && p.Visibility != model.NonPublic && p.InHouseCompany.ID != "" {
		leak(model.Ref{ID: "company:" + p.InHouseCompany.ID, Pos: p.InHouseCompany.Pos}, "procurement.inHouseCompany")
	}
	if mg := m.Management; mg != nil && mg.Visibility != model.NonPublic {
		for _, id := range model.ManagementTaskIDs {
			if t := mg.Task(id); t != nil {
				leak(t.By, "management."+id)
			}
		}
	}
}

// notFuture reports a date after today.
func (c *checker) notFuture(pos model.Pos, field, date string) {
	c.notFutureIn(pos, field, date, false)
}

// notFutureIn is notFuture for a date that is non-public when hidden is
// set: the finding does not repeat it.
func (c *checker) notFutureIn(pos model.Pos, field, date string, hidden bool) {
	if date == "" {
		return
	}
	t, err := time.Parse(time.DateOnly, date)
	switch {
	case err != nil:
	case hidden && c.isFuture(t):
		c.report(diag.New("date-future", pos, "%s, a non-public date, is after today", field))
	case !hidden:
		c.future(pos, field, t)
	}
}

func (c *checker) isFuture(t time.Time) bool {
	return !c.opts.Today.IsZero() && t.After(c.opts.Today)
}

func (c *checker) future(pos model.Pos, field string, t time.Time) bool {
	if !c.isFuture(t) {
		return false
	}
	c.report(diag.New("date-future", pos, "%s is %s, after today (%s)", field, t.Format(time.DateOnly), c.opts.Today.Format(time.DateOnly)))
	return true
}

// hiddenCompany reports a company of the municipality marked non-public.
func hiddenCompany(m *model.Municipality, id string) bool {
	co, ok := m.Companies.Get(id)
	return ok && co.Visibility == model.NonPublic
}
