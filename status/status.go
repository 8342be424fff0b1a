// Package status computes the situational picture (tilannekuva) of
// municipal digital-security governance: per municipality a completeness
// figure and its gaps, and per wellbeing services county, region and the
// whole country how many have reported, named each role, kept their status
// reports up to date, joined each network and have companies in NIS2
// scope. The site and `govmap status` share it.
//
// It reads only the public view of each municipality (Municipality.Public):
// what is not public does not count, so no figure reveals it.
package status

import (
	"sort"
	"time"

	"github.com/govmap/govmap/model"
)

// Gap is one item of the checklist a municipality does not meet.
type Gap struct {
	ID   string     `json:"id"`
	Text model.Text `json:"text"`
}

// Municipality is one municipality's picture.
type Municipality struct {
	Code     string     `json:"code"`
	Name     model.Text `json:"name"`
	County   string     `json:"county,omitempty"`
	Region   string     `json:"region"`
	Reported bool       `json:"reported"`
	// Completeness is the share of the checklist met, in percent; 0 for a
	// municipality that has not reported.
	Completeness    int      `json:"completeness"`
	Gaps            []Gap    `json:"gaps"`
	RolesNamed      []string `json:"rolesNamed"`
	ReportsUpToDate bool     `json:"reportsUpToDate"`
	OverdueReports  []string `json:"overdueReports"`
	Networks        []string `json:"networks"`
	NIS2Companies   int      `json:"nis2Companies"`
	Population      int      `json:"population"`
}

// Aggregate sums the pictures of a group of municipalities.
type Aggregate struct {
	Code           string     `json:"code"`
	Name           model.Text `json:"name"`
	Municipalities int        `json:"municipalities"`
	Reported       int        `json:"reported"`
	Population     int        `json:"population"`
	// ReportedPopulation lives in municipalities that have reported.
	ReportedPopulation int `json:"reportedPopulation"`
	// RoleNamed counts, per required role, the municipalities naming it.
	RoleNamed map[string]int `json:"roleNamed"`
	// ReportsUpToDate counts reported municipalities whose required bodies
	// all have a status report within its interval.
	ReportsUpToDate int `json:"reportsUpToDate"`
	// Networks counts, per network, the municipalities that joined it.
	Networks map[string]int `json:"networks"`
	// WithNIS2Companies counts municipalities with a company in NIS2 scope.
	WithNIS2Companies int `json:"withNis2Companies"`
	// AverageCompleteness is over the reported municipalities, in percent.
	AverageCompleteness int `json:"averageCompleteness"`
}

// Picture is the situational picture on a day.
type Picture struct {
	Today    string      `json:"today"`
	National Aggregate   `json:"national"`
	Counties []Aggregate `json:"counties"`
	// WithoutCounty sums the municipalities of no wellbeing services
	// county: Åland's, whose social and health services Åland's own
	// legislation organises. Nil when every municipality has a county.
	WithoutCounty  *Aggregate     `json:"withoutCounty,omitempty"`
	Regions        []Aggregate    `json:"regions"`
	Municipalities []Municipality `json:"municipalities"`
}

// Compute makes the picture of a repository on a day.
func Compute(repo *model.Repository, today time.Time) *Picture {
	req := repo.Requirements()
	p := &Picture{Today: today.Format(time.DateOnly)}
	for _, m := range repo.Municipalities() {
		p.Municipalities = append(p.Municipalities, municipality(repo, req, m.Public(), today))
	}

	p.National = aggregate("FI", model.Text{FI: "Koko maa", SV: "Hela landet", EN: "Whole country"}, req, p.Municipalities)
	for _, c := range repo.Counties() {
		var members []Municipality
		for _, m := range p.Municipalities {
			if m.County == c.Code {
				members = append(members, m)
			}
		}
		p.Counties = append(p.Counties, aggregate(c.Code, c.Name, req, members))
	}
	var none []Municipality
	for _, m := range p.Municipalities {
		if m.County == "" {
			none = append(none, m)
		}
	}
	if len(none) > 0 {
		a := aggregate("", NoCountyName(), req, none)
		p.WithoutCounty = &a
	}
	regions := map[string][]Municipality{}
	names := map[string]model.Text{}
	for i, m := range repo.Municipalities() {
		regions[m.Region.Code] = append(regions[m.Region.Code], p.Municipalities[i])
		names[m.Region.Code] = m.Region.Name
	}
	codes := make([]string, 0, len(regions))
	for c := range regions {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		p.Regions = append(p.Regions, aggregate(c, names[c], req, regions[c]))
	}
	return p
}

// gapTexts are the checklist items that are not per role, body or area.
var gapTexts = map[string]model.Text{
	"reported":            {FI: "Kunta ei ole vielä ilmoittanut hallintamalliaan", SV: "Kommunen har ännu inte rapporterat sin förvaltningsmodell", EN: "The municipality has not reported its governance yet"},
	"status-reports":      {FI: "Kaikkien toimielinten tilannekatsaukset eivät ole ajan tasalla", SV: "Alla organs lägesrapporter är inte aktuella", EN: "Not every body's status report is up to date"},
	"duty-model":          {FI: "Tiedonhallintamalli puuttuu", SV: "Informationshanteringsmodell saknas", EN: "No information management model"},
	"duty-risk":           {FI: "Riskiarvion päivämäärä puuttuu", SV: "Datum för riskbedömning saknas", EN: "No date of a risk assessment"},
	"duty-continuity":     {FI: "Jatkuvuussuunnitelma puuttuu", SV: "Kontinuitetsplan saknas", EN: "No continuity plan"},
	"duty-exercise":       {FI: "Harjoituksen päivämäärä puuttuu", SV: "Datum för övning saknas", EN: "No date of an exercise"},
	"duty-classification": {FI: "Tietojen luokittelu puuttuu", SV: "Klassificering av information saknas", EN: "Information not classified"},
	"maintainers":         {FI: "Tiedoston hyväksyjiä ei ole nimetty", SV: "Inga godkännare av filen har utsetts", EN: "Nobody named to approve changes"},
}

// DutiesLaw is the act the informationManagement duties rest on.
const DutiesLaw = "tiedonhallintalaki"

// municipality computes one municipality's picture from its public view.
// The checklist: reported; each required role; each required body; a
// complete responsibility row per area; status reports up to date; the
// five Information Management Act duties; maintainers. Joining a network
// is voluntary, so joining none is no gap. A requirement whose act does
// not bind the municipality is left out.
func municipality(repo *model.Repository, req *model.MunicipalRequirements, m *model.Municipality, today time.Time) Municipality {
	out := Municipality{
		Code: m.Code, Name: m.Name, County: m.County.ID, Region: m.Region.Code,
		Reported: m.Status.Reported, Population: m.Population.Count,
		Gaps: []Gap{}, RolesNamed: []string{}, OverdueReports: []string{}, Networks: []string{},
	}
	for _, n := range m.Networks {
		out.Networks = append(out.Networks, n.ID)
	}
	for _, e := range m.Companies {
		if e.Value.NIS2 == "in-scope" {
			out.NIS2Companies++
		}
	}
	for _, r := range req.Roles {
		if _, ok := m.Roles.Get(r.Role); ok {
			out.RolesNamed = append(out.RolesNamed, r.Role)
		}
	}
	out.OverdueReports, out.ReportsUpToDate = reports(repo, req, m, today)
	if !m.Status.Reported {
		out.Gaps = append(out.Gaps, Gap{"reported", gapTexts["reported"]})
		return out
	}

	total, met := 0, 0
	item := func(ok bool, g Gap) {
		total++
		if ok {
			met++
		} else {
			out.Gaps = append(out.Gaps, g)
		}
	}
	item(true, Gap{}) // reported
	for _, r := range req.Roles {
		_, ok := m.Roles.Get(r.Role)
		item(ok, Gap{"role:" + r.Role, prefixed(r.Name, "Nimeämättä: ", "Inte utsedd: ", "Not named: ")})
	}
	for _, b := range req.Bodies {
		if _, exempt := repo.Exempt(b.Law.ID, m); exempt {
			continue
		}
		ok := false
		for _, e := range m.Bodies {
			ok = ok || e.Value.Type == b.Type
		}
		item(ok, Gap{"body:" + b.Type, prefixed(b.Name, "Toimielin puuttuu: ", "Organ saknas: ", "Body missing: ")})
	}
	for _, a := range repo.Areas() {
		row, ok := m.RACI.Get(a.ID)
		ok = ok && row.Accountable.ID != "" && len(row.Responsible) > 0
		item(ok, Gap{"raci:" + a.ID, prefixed(a.Name, "Vastuut määrittelemättä: ", "Ansvar inte fastställt: ", "Responsibilities not set: ")})
	}
	item(out.ReportsUpToDate, Gap{"status-reports", gapTexts["status-reports"]})
	// The duties rest on the Information Management Act: a municipality
	// the act does not bind (Åland's) is not held to them.
	if _, exempt := repo.Exempt(DutiesLaw, m); !exempt {
		d := m.InformationManagement
		if d == nil {
			d = &model.Duties{}
		}
		item(d.InformationManagementModel != nil && *d.InformationManagementModel, Gap{"duty-model", gapTexts["duty-model"]})
		item(d.LastRiskAssessment != "", Gap{"duty-risk", gapTexts["duty-risk"]})
		item(d.ContinuityPlan != nil && *d.ContinuityPlan, Gap{"duty-continuity", gapTexts["duty-continuity"]})
		item(d.LastExercise != "", Gap{"duty-exercise", gapTexts["duty-exercise"]})
		item(d.InformationClassified != nil && *d.InformationClassified, Gap{"duty-classification", gapTexts["duty-classification"]})
	}
	item(len(m.Maintainers) > 0, Gap{"maintainers", gapTexts["maintainers"]})
	out.Completeness = met * 100 / total
	return out
}

func prefixed(t model.Text, fi, sv, en string) model.Text {
	return model.Text{FI: fi + t.FI, SV: sv + t.In("sv"), EN: en + t.In("en")}
}

// reports lists the bodies whose status report is overdue, and says
// whether every required body has one within its interval.
func reports(repo *model.Repository, req *model.MunicipalRequirements, m *model.Municipality, today time.Time) (overdue []string, upToDate bool) {
	overdue = []string{}
	current := map[string]bool{}
	for _, e := range m.Bodies {
		b := e.Value
		last, err := time.Parse(time.DateOnly, b.LatestReport().Date)
		if b.StatusReportEveryMonths == 0 || err != nil {
			continue
		}
		if model.AddMonths(last, b.StatusReportEveryMonths).Before(today) {
			overdue = append(overdue, e.Key)
			continue
		}
		current[b.Type] = true
	}
	upToDate = m.Status.Reported && len(overdue) == 0
	for _, b := range req.Bodies {
		if _, exempt := repo.Exempt(b.Law.ID, m); !exempt {
			upToDate = upToDate && current[b.Type]
		}
	}
	return overdue, upToDate
}

func aggregate(code string, name model.Text, req *model.MunicipalRequirements, ms []Municipality) Aggregate {
	a := Aggregate{Code: code, Name: name, RoleNamed: map[string]int{}, Networks: map[string]int{}}
	for _, r := range req.Roles {
		a.RoleNamed[r.Role] = 0
	}
	sum := 0
	for _, m := range ms {
		a.Municipalities++
		a.Population += m.Population
		for _, r := range m.RolesNamed {
			a.RoleNamed[r]++
		}
		for _, n := range m.Networks {
			a.Networks[n]++
		}
		if m.NIS2Companies > 0 {
			a.WithNIS2Companies++
		}
		if !m.Reported {
			continue
		}
		a.Reported++
		a.ReportedPopulation += m.Population
		sum += m.Completeness
		if m.ReportsUpToDate {
			a.ReportsUpToDate++
		}
	}
	if a.Reported > 0 {
		a.AverageCompleteness = sum / a.Reported
	}
	return a
}
