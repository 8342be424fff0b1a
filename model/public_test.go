package model

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPublic: nothing marked non-public survives Public, including the ids
// of hidden roles, bodies and companies named elsewhere in the file.
func TestPublic(t *testing.T) {
	const canary = "CANARY"
	m := &Municipality{
		Code: "999",
		Name: Text{FI: "Esimerkkilä"},
		Roles: Keyed[Role]{
			{Key: "data-protection-officer", Value: Role{Title: Text{FI: "Tietosuojavastaava"}, Visibility: Public,
				Person: &Person{Name: canary + "-person", Visibility: NonPublic}}},
			{Key: "secret-" + strings.ToLower(canary), Value: Role{Title: Text{FI: canary}, Visibility: NonPublic}},
			{Key: "preparedness-officer", Value: Role{Title: Text{FI: "Varautumisvastaava"}, Visibility: Public,
				Person: &Person{Name: "Public Person", Visibility: Public}}},
		},
		Bodies: Keyed[Body]{
			{Key: "board", Value: Body{Type: "board", Name: Text{FI: "Kunnanhallitus"}, Visibility: Public, Company: Ref{ID: "hidden-co"}}},
			{Key: "crisis-" + strings.ToLower(canary), Value: Body{Type: "other", Name: Text{FI: canary}, Visibility: NonPublic}},
		},
		Companies: Keyed[Company]{
			{Key: "hidden-co", Value: Company{Name: Text{FI: canary + " Oy"}, Visibility: NonPublic}},
		},
		RACI: Keyed[RACI]{
			{Key: "data-protection", Value: RACI{
				Responsible: []Ref{{ID: "role:data-protection-officer"}, {ID: "role:secret-canary"}},
				Accountable: Ref{ID: "body:crisis-canary"},
				Informed:    []Ref{{ID: "company:hidden-co"}},
			}},
		},
		InformationManagement: &Duties{LastExercise: "2026-01-01", Visibility: NonPublic},
		ActionPlan: Keyed[PlanTask]{
			{Key: "x", Value: PlanTask{Title: Text{FI: canary}, Visibility: NonPublic}},
			{Key: "y", Value: PlanTask{Title: Text{FI: "Julkinen"}, Owner: Ref{ID: "secret-canary"}, Visibility: Public}},
		},
		Procurement: &Procurement{InHouseCompany: Ref{ID: "hidden-co"}, Visibility: Public},
		Management: &Management{
			StrategicRisks: &ManagementTask{By: Ref{ID: "body:board"}},
			ResidualRisks:  &ManagementTask{By: Ref{ID: "role:secret-canary"}, Last: "2026-02-02"},
			Visibility:     Public,
		},
		Confidentiality: &Confidentiality{ControlledPublication: new(bool), Visibility: NonPublic},
		Sectors:         &Sectors{Education: &EducationSector{PupilData: new(bool)}, Visibility: NonPublic},
	}
	b, err := json.Marshal(m.Public())
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, leak := range []string{canary, "canary", "hidden-co", "2026-01-01"} {
		if strings.Contains(out, leak) {
			t.Errorf("public view contains %q:\n%s", leak, out)
		}
	}
	for _, leak := range []string{"controlledPublication", "pupilData"} {
		if strings.Contains(out, leak) {
			t.Errorf("public view contains the non-public %q:\n%s", leak, out)
		}
	}
	// A management task carried by a hidden role stays, without the name.
	if p := m.Public().Management; p == nil || p.ResidualRisks == nil || p.ResidualRisks.Last != "2026-02-02" || p.StrategicRisks.By.ID != "body:board" {
		t.Errorf("public view lost a management task: %+v", p)
	}
	for _, keep := range []string{"Public Person", "role:data-protection-officer", "Julkinen", "Kunnanhallitus"} {
		if !strings.Contains(out, keep) {
			t.Errorf("public view lost %q:\n%s", keep, out)
		}
	}
	// The original is untouched.
	if m.Roles[0].Value.Person == nil || len(m.RACI[0].Value.Responsible) != 2 || m.Management.ResidualRisks.By.ID != "role:secret-canary" {
		t.Error("Public modified the municipality")
	}
}
