package model

// Visibility values. Non-public values are validated but never published.
const (
	Public    = "public"
	NonPublic = "non-public"
)

// Municipality is one municipality's file.
type Municipality struct {
	Pos        Pos        `json:"-"`
	Code       string     `json:"code"`
	Name       Text       `json:"name"`
	Region     Region     `json:"region"`
	County     Ref        `json:"county,omitzero"`
	Language   string     `json:"language"`
	Population Population `json:"population"`
	Status     Status     `json:"status"`

	Roles                 Keyed[Role]         `json:"roles,omitempty"`
	RACI                  Keyed[RACI]         `json:"raci,omitempty"`
	Bodies                Keyed[Body]         `json:"bodies,omitempty"`
	Companies             Keyed[Company]      `json:"companies,omitempty"`
	Management            *Management         `json:"management,omitempty"`
	Networks              []Ref               `json:"networks,omitempty"`
	InformationManagement *Duties             `json:"informationManagement,omitempty"`
	Procurement           *Procurement        `json:"procurement,omitempty"`
	Confidentiality       *Confidentiality    `json:"confidentiality,omitempty"`
	Sectors               *Sectors            `json:"sectors,omitempty"`
	ActionPlan            Keyed[PlanTask]     `json:"actionPlan,omitempty"`
	NationalTasks         Keyed[NationalPart] `json:"nationalTasks,omitempty"`
	Maintainers           []string            `json:"maintainers,omitempty"`
	// MaintainersPos are where each maintainer is written.
	MaintainersPos []Pos `json:"-" pos:"maintainers"`
}

// Region is the municipality's region (maakunta).
type Region struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// Status says whether and when the municipality reported its governance.
type Status struct {
	Pos               Pos    `json:"-"`
	Reported          bool   `json:"reported"`
	Reviewed          string `json:"reviewed,omitempty"`
	ReviewEveryMonths int    `json:"reviewEveryMonths,omitempty"`
}

// Role is a municipal role such as the information-security officer.
type Role struct {
	Title      Text    `json:"title"`
	Unit       Text    `json:"unit,omitzero"`
	Mailbox    string  `json:"mailbox,omitempty"`
	MailboxPos Pos     `json:"-" pos:"mailbox"`
	Person     *Person `json:"person,omitempty"`
	Visibility string  `json:"visibility"`
}

// Person is personal data: non-public unless marked public.
type Person struct {
	Name       string `json:"name"`
	Phone      string `json:"phone,omitempty"`
	Visibility string `json:"visibility"`
}

// RACI is one area's row of the responsibility matrix. Parties are
// "role:<id>", "body:<id>", "company:<id>", "actor:<id>" or "county".
type RACI struct {
	Responsible []Ref `json:"responsible,omitempty"`
	Accountable Ref   `json:"accountable,omitzero"`
	Consulted   []Ref `json:"consulted,omitempty"`
	Informed    []Ref `json:"informed,omitempty"`
	Note        Text  `json:"note,omitzero"`
}

// Body is a municipal body that treats digital-security status reports.
type Body struct {
	Type                    string         `json:"type"`
	Name                    Text           `json:"name"`
	Company                 Ref            `json:"company,omitzero"`
	StatusReportEveryMonths int            `json:"statusReportEveryMonths,omitempty"`
	LastStatusReport        string         `json:"lastStatusReport,omitempty"`
	StatusReports           []StatusReport `json:"statusReports,omitempty"`
	// PersonalDataRegisters: nil when the file does not say, empty when
	// the body has none.
	PersonalDataRegisters []Text `json:"personalDataRegisters,omitzero"`
	Visibility            string `json:"visibility"`
}

// Company is an owned company or joint authority.
type Company struct {
	Name                   Text   `json:"name"`
	Type                   string `json:"type"`
	Sector                 string `json:"sector"`
	CriticalInfrastructure bool   `json:"criticalInfrastructure"`
	NIS2                   string `json:"nis2,omitempty"`
	ManagementTrainingDone *bool  `json:"managementTrainingDone,omitempty"`
	Visibility             string `json:"visibility"`
}

// Duties are the foundations of digital security: the Information
// Management Act duties, risk assessment, critical services, continuity.
type Duties struct {
	Pos                        Pos    `json:"-"`
	InformationManagementModel *bool  `json:"informationManagementModel,omitempty"`
	LastRiskAssessment         string `json:"lastRiskAssessment,omitempty"`
	RiskAssessmentEveryMonths  int    `json:"riskAssessmentEveryMonths,omitempty"`
	CriticalServicesIdentified *bool  `json:"criticalServicesIdentified,omitempty"`
	ContinuityPlan             *bool  `json:"continuityPlan,omitempty"`
	LastExercise               string `json:"lastExercise,omitempty"`
	ExerciseEveryMonths        int    `json:"exerciseEveryMonths,omitempty"`
	InformationClassified      *bool  `json:"informationClassified,omitempty"`
	Visibility                 string `json:"visibility"`
}

// Procurement is how the municipality procures, and whether its calls for
// tenders and contracts carry the digital-security requirements.
type Procurement struct {
	Pos                  Pos    `json:"-"`
	InHouseCompany       Ref    `json:"inHouseCompany,omitzero"`
	JointProcurement     []Ref  `json:"jointProcurement,omitempty"`
	SecurityRequirements *bool  `json:"securityRequirements,omitempty"`
	ComplianceMonitoring *bool  `json:"complianceMonitoring,omitempty"`
	Visibility           string `json:"visibility"`
}

// Management is who carries management's tasks in digital security.
type Management struct {
	Pos             Pos             `json:"-"`
	StrategicRisks  *ManagementTask `json:"strategicRisks,omitempty"`
	ProtectionModel *ManagementTask `json:"protectionModel,omitempty"`
	ResidualRisks   *ManagementTask `json:"residualRisks,omitempty"`
	Oversight       *ManagementTask `json:"oversight,omitempty"`
	Visibility      string          `json:"visibility"`
}

// ManagementTask is one of management's tasks: who carries it ("role:<id>"
// or "body:<id>") and the date of its last decision.
type ManagementTask struct {
	Pos  Pos    `json:"-"`
	By   Ref    `json:"by"`
	Last string `json:"last,omitempty"`
}

// ManagementTaskIDs are the keys of management's tasks, in the file's
// documented order.
var ManagementTaskIDs = []string{"strategicRisks", "protectionModel", "residualRisks", "oversight"}

// Task returns a management task by its key.
func (m *Management) Task(id string) *ManagementTask {
	switch id {
	case "strategicRisks":
		return m.StrategicRisks
	case "protectionModel":
		return m.ProtectionModel
	case "residualRisks":
		return m.ResidualRisks
	case "oversight":
		return m.Oversight
	}
	return nil
}

// Confidentiality is how security details are kept out of what is
// published.
type Confidentiality struct {
	Pos                   Pos    `json:"-"`
	ControlledPublication *bool  `json:"controlledPublication,omitempty"`
	ProcurementAndFinance *bool  `json:"procurementAndFinance,omitempty"`
	InternalAudit         *bool  `json:"internalAudit,omitempty"`
	Visibility            string `json:"visibility"`
}

// Sectors are the sectors' own data-protection and information-security
// questions.
type Sectors struct {
	Pos        Pos              `json:"-"`
	Education  *EducationSector `json:"education,omitempty"`
	Technical  *TechnicalSector `json:"technical,omitempty"`
	Visibility string           `json:"visibility"`
}

// EducationSector: pupils' and parents' data, and AI tools in teaching.
type EducationSector struct {
	Pos       Pos   `json:"-"`
	PupilData *bool `json:"pupilData,omitempty"`
	AITools   *bool `json:"aiTools,omitempty"`
}

// TechnicalSector: critical infrastructure data and the sharing of plans,
// maps and geodata.
type TechnicalSector struct {
	Pos                    Pos   `json:"-"`
	CriticalInfrastructure *bool `json:"criticalInfrastructure,omitempty"`
	DataSharing            *bool `json:"dataSharing,omitempty"`
}

// PlanTask is a task of the municipality's own action plan.
type PlanTask struct {
	Title                 Text   `json:"title"`
	Area                  Ref    `json:"area"`
	Owner                 Ref    `json:"owner"`
	Due                   string `json:"due,omitempty"`
	Status                string `json:"status"`
	AnswersTask           Ref    `json:"answersTask,omitzero"`
	AnswersRecommendation Ref    `json:"answersRecommendation,omitzero"`
	Visibility            string `json:"visibility"`
}

// NationalPart is the municipality's part in a national task.
type NationalPart struct {
	Part Text `json:"part"`
}

// Public returns a copy of the municipality without anything marked
// non-public: the only view of a municipality that may be published.
func (m *Municipality) Public() *Municipality {
	p := *m
	p.Roles = nil
	for _, e := range m.Roles {
		if e.Value.Visibility == NonPublic {
			continue
		}
		r := e.Value
		if r.Person != nil && r.Person.Visibility != Public {
			r.Person = nil
		}
		p.Roles = append(p.Roles, Entry[Role]{e.Key, e.Pos, r})
	}
	p.Bodies = publicEntries(m.Bodies, func(b Body) string { return b.Visibility })
	p.Companies = publicEntries(m.Companies, func(c Company) string { return c.Visibility })
	p.ActionPlan = publicEntries(m.ActionPlan, func(t PlanTask) string { return t.Visibility })
	if m.InformationManagement != nil && m.InformationManagement.Visibility == NonPublic {
		p.InformationManagement = nil
	}
	if m.Management != nil && m.Management.Visibility == NonPublic {
		p.Management = nil
	}
	if m.Procurement != nil && m.Procurement.Visibility == NonPublic {
		p.Procurement = nil
	}
	if m.Confidentiality != nil && m.Confidentiality.Visibility == NonPublic {
		p.Confidentiality = nil
	}
	if m.Sectors != nil && m.Sectors.Visibility == NonPublic {
		p.Sectors = nil
	}
	// Responsibility rows and references may name a hidden role, body or
	// company: drop those names too, so no hidden id leaks.
	hidden := map[string]bool{}
	for _, e := range m.Roles {
		if e.Value.Visibility == NonPublic {
			hidden["role:"+e.Key] = true
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility == NonPublic {
			hidden["body:"+e.Key] = true
		}
	}
	for _, e := range m.Companies {
		if e.Value.Visibility == NonPublic {
			hidden["company:"+e.Key] = true
		}
	}
	keep := func(rs []Ref) []Ref {
		var out []Ref
		for _, r := range rs {
			if !hidden[r.ID] {
				out = append(out, r)
			}
		}
		return out
	}
	p.RACI = nil
	for _, e := range m.RACI {
		row := e.Value
		row.Responsible = keep(row.Responsible)
		row.Consulted = keep(row.Consulted)
		row.Informed = keep(row.Informed)
		if hidden[row.Accountable.ID] {
			row.Accountable = Ref{}
		}
		p.RACI = append(p.RACI, Entry[RACI]{e.Key, e.Pos, row})
	}
	if p.Procurement != nil && hidden["company:"+p.Procurement.InHouseCompany.ID] {
		pr := *p.Procurement
		pr.InHouseCompany = Ref{}
		p.Procurement = &pr
	}
	if p.Management != nil {
		mg := *p.Management
		// A task carried by a hidden role or body stays, without its name.
		for _, t := range []**ManagementTask{&mg.StrategicRisks, &mg.ProtectionModel, &mg.ResidualRisks, &mg.Oversight} {
			if *t != nil && hidden[(*t).By.ID] {
				task := **t
				task.By = Ref{}
				*t = &task
			}
		}
		p.Management = &mg
	}
	for i, e := range p.Bodies {
		if hidden["company:"+e.Value.Company.ID] {
			p.Bodies[i].Value.Company = Ref{}
		}
	}
	for i, e := range p.ActionPlan {
		if hidden["role:"+e.Value.Owner.ID] {
			p.ActionPlan[i].Value.Owner = Ref{}
		}
	}
	return &p
}

func publicEntries[T any](k Keyed[T], visibility func(T) string) Keyed[T] {
	var out Keyed[T]
	for _, e := range k {
		if visibility(e.Value) != NonPublic {
			out = append(out, e)
		}
	}
	return out
}
