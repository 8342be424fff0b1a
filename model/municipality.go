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
	Networks              []Ref               `json:"networks,omitempty"`
	InformationManagement *Duties             `json:"informationManagement,omitempty"`
	Procurement           *Procurement        `json:"procurement,omitempty"`
	ActionPlan            Keyed[PlanTask]     `json:"actionPlan,omitempty"`
	NationalTasks         Keyed[NationalPart] `json:"nationalTasks,omitempty"`
	Maintainers           []string            `json:"maintainers,omitempty"`
}

// Region is the municipality's region (maakunta).
type Region struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// Status says whether and when the municipality reported its governance.
type Status struct {
	Pos      Pos    `json:"-"`
	Reported bool   `json:"reported"`
	Reviewed string `json:"reviewed,omitempty"`
}

// Role is a municipal role such as the information-security officer.
type Role struct {
	Title      Text    `json:"title"`
	Unit       Text    `json:"unit,omitzero"`
	Mailbox    string  `json:"mailbox,omitempty"`
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
	Visibility              string         `json:"visibility"`
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

// Duties are the Information Management Act duties.
type Duties struct {
	Pos                        Pos    `json:"-"`
	InformationManagementModel *bool  `json:"informationManagementModel,omitempty"`
	LastRiskAssessment         string `json:"lastRiskAssessment,omitempty"`
	ContinuityPlan             *bool  `json:"continuityPlan,omitempty"`
	LastExercise               string `json:"lastExercise,omitempty"`
	InformationClassified      *bool  `json:"informationClassified,omitempty"`
	Visibility                 string `json:"visibility"`
}

// Procurement is how the municipality procures digital-security services.
type Procurement struct {
	InHouseCompany   Ref   `json:"inHouseCompany,omitzero"`
	JointProcurement []Ref `json:"jointProcurement,omitempty"`
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
	if m.Procurement != nil && hidden["company:"+m.Procurement.InHouseCompany.ID] {
		pr := *m.Procurement
		pr.InHouseCompany = Ref{}
		p.Procurement = &pr
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
