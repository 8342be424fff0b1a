// Package semdiff lists the changes between two revisions of the repository
// in governance terms: who became Responsible for what, which role was
// named or removed, which status report was recorded, which model change
// affects which municipalities, and which findings a change fixes or
// introduces. Reviewers read these instead of a text diff.
//
// Municipalities are compared through their public views only: the diff is
// published in pull-request comments, so it says that something non-public
// changed, never what.
package semdiff

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
)

// Change is one semantic change.
type Change struct {
	// Kind is a stable name, such as "raci-added" or "role-removed".
	Kind string `json:"kind"`
	// Subject is the entity changed: "municipalities/091", "areas/x", ...
	Subject string `json:"subject"`
	// Name is the subject's Finnish name, for headings.
	Name string `json:"name"`
	// FI and EN say the change in plain language.
	FI string `json:"fi"`
	EN string `json:"en"`
	// Affects lists the municipality codes a model change concerns.
	Affects []string `json:"affects,omitempty"`
}

// Result is the semantic diff of two revisions.
type Result struct {
	Changes []Change `json:"changes"`
	// Fixed and Introduced are the findings the change removes and adds.
	Fixed      []*diag.Finding `json:"fixed"`
	Introduced []*diag.Finding `json:"introduced"`
}

// Compare lists the changes from base to head. baseFindings and
// headFindings are the validation findings of each side (nil: none).
func Compare(base, head *model.Repository, baseFindings, headFindings []*diag.Finding) *Result {
	d := &differ{head: head}
	d.municipalities(base, head)
	d.model(base, head)
	r := &Result{Changes: d.changes, Fixed: []*diag.Finding{}, Introduced: []*diag.Finding{}}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	r.Fixed, r.Introduced = findingsDelta(baseFindings, headFindings)
	return r
}

type differ struct {
	head    *model.Repository
	changes []Change
	views   map[*model.Repository][]*model.Municipality
}

func (d *differ) add(kind, subject, name, fi, en string, affects ...string) {
	d.changes = append(d.changes, Change{Kind: kind, Subject: subject, Name: name, FI: fi, EN: en, Affects: affects})
}

// index maps keys to values for comparing two keyed collections.
func index[T any](items []T, key func(T) string) (map[string]T, []string) {
	m := map[string]T{}
	var keys []string
	for _, it := range items {
		k := key(it)
		if _, dup := m[k]; !dup {
			keys = append(keys, k)
		}
		m[k] = it
	}
	return m, keys
}

// union returns the keys of both sides: base order, then head's new ones.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, k := range b {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// CompareMunicipality lists the changes of one municipality's file (base
// or head nil: the file was added or removed). names names the areas and
// actors the changes mention.
func CompareMunicipality(base, head *model.Municipality, names *model.Repository) []Change {
	d := &differ{head: names}
	switch {
	case base == nil && head == nil:
		return nil
	case base == nil:
		d.add("municipality-added", "municipalities/"+head.Code, head.Name.FI, "Kunta lisättiin.", "Municipality added.")
	case head == nil:
		d.add("municipality-removed", "municipalities/"+base.Code, base.Name.FI, "Kunta poistettiin.", "Municipality removed.")
	default:
		d.municipality("municipalities/"+head.Code, base, head)
	}
	return d.changes
}

func (d *differ) municipalities(base, head *model.Repository) {
	bm, bk := index(base.Municipalities(), func(m *model.Municipality) string { return m.Code })
	hm, hk := index(head.Municipalities(), func(m *model.Municipality) string { return m.Code })
	keys := union(bk, hk)
	sort.Strings(keys)
	for _, code := range keys {
		b, h := bm[code], hm[code]
		subject := "municipalities/" + code
		switch {
		case b == nil:
			d.add("municipality-added", subject, h.Name.FI, "Kunta lisättiin.", "Municipality added.")
			continue
		case h == nil:
			d.add("municipality-removed", subject, b.Name.FI, "Kunta poistettiin.", "Municipality removed.")
			continue
		}
		d.municipality(subject, b, h)
	}
}

func (d *differ) municipality(subject string, braw, hraw *model.Municipality) {
	b, h := braw.Public(), hraw.Public()
	name := h.Name.FI
	add := func(kind, fi, en string) { d.add(kind, subject, name, fi, en) }

	if !reflect.DeepEqual(identity(b), identity(h)) {
		add("identity-changed", "Tunnistetiedot muuttuivat (nimi, alue, kieli tai väkiluku).", "Identity changed (name, region, language or population).")
	}
	if b.Status.Reported != h.Status.Reported {
		if h.Status.Reported {
			add("reported", "Kunta ilmoitti hallintamallinsa (status.reported: true).", "The municipality reported its governance (status.reported: true).")
		} else {
			add("unreported", "Kunta perui ilmoituksensa (status.reported: false).", "The municipality withdrew its report (status.reported: false).")
		}
	}
	if b.Status.Reviewed != h.Status.Reviewed && h.Status.Reviewed != "" {
		add("reviewed", fmt.Sprintf("Tiedosto tarkistettiin %s.", h.Status.Reviewed), fmt.Sprintf("File reviewed on %s.", h.Status.Reviewed))
	}

	// Roles.
	keyedDiff(b.Roles, h.Roles,
		func(k string, r model.Role) {
			add("role-added", fmt.Sprintf("Rooli nimettiin: %s (%s).", r.Title.FI, k), fmt.Sprintf("Role named: %s (%s).", r.Title.In("en"), k))
		},
		func(k string, r model.Role) {
			add("role-removed", fmt.Sprintf("Rooli poistettiin: %s (%s).", r.Title.FI, k), fmt.Sprintf("Role removed: %s (%s).", r.Title.In("en"), k))
		},
		func(k string, o, n model.Role) {
			if o.Title != n.Title {
				add("role-renamed", fmt.Sprintf("Roolin %s nimike muuttui: %s → %s.", k, o.Title.FI, n.Title.FI),
					fmt.Sprintf("Role %s retitled: %s → %s.", k, o.Title.In("en"), n.Title.In("en")))
			}
			if o.Mailbox != n.Mailbox || o.Unit != n.Unit || !same(o.Person, n.Person) {
				add("role-changed", fmt.Sprintf("Roolin %s yhteystiedot muuttuivat.", k), fmt.Sprintf("Contact details of role %s changed.", k))
			}
		})

	// Responsibility matrix: per area and letter, who came and who went.
	areas := union(keysOf(b.RACI), keysOf(h.RACI))
	for _, area := range areas {
		o, _ := b.RACI.Get(area)
		n, _ := h.RACI.Get(area)
		an := d.areaName(area)
		for _, l := range letters {
			before, after := l.get(o), l.get(n)
			for _, p := range after {
				if !slices.Contains(before, p) {
					add("raci-added", fmt.Sprintf("%s on nyt %s alueella %s.", p, l.fi, an.FI), fmt.Sprintf("%s is now %s for %s.", p, l.en, an.In("en")))
				}
			}
			for _, p := range before {
				if !slices.Contains(after, p) {
					add("raci-removed", fmt.Sprintf("%s ei ole enää %s alueella %s.", p, l.fi, an.FI), fmt.Sprintf("%s is no longer %s for %s.", p, l.en, an.In("en")))
				}
			}
		}
	}

	// Bodies and their status reports.
	keyedDiff(b.Bodies, h.Bodies,
		func(k string, x model.Body) {
			add("body-added", fmt.Sprintf("Toimielin lisättiin: %s.", x.Name.FI), fmt.Sprintf("Body added: %s.", x.Name.In("en")))
		},
		func(k string, x model.Body) {
			add("body-removed", fmt.Sprintf("Toimielin poistettiin: %s.", x.Name.FI), fmt.Sprintf("Body removed: %s.", x.Name.In("en")))
		},
		func(k string, o, n model.Body) {
			// The latest report of any kind (lastStatusReport or
			// statusReports) is the one that counts.
			if ol, nl := o.LatestReport(), n.LatestReport(); ol.Date != nl.Date && nl.Date != "" {
				add("report-recorded", fmt.Sprintf("%s käsitteli tilannekatsauksen %s.", n.Name.FI, nl.Date),
					fmt.Sprintf("%s treated a status report on %s.", n.Name.In("en"), nl.Date))
			}
			if o.StatusReportEveryMonths != n.StatusReportEveryMonths {
				add("interval-changed", fmt.Sprintf("%s: tilannekatsausväli %s → %s.", n.Name.FI, months(o.StatusReportEveryMonths, "kk"), months(n.StatusReportEveryMonths, "kk")),
					fmt.Sprintf("%s: status-report interval %s → %s.", n.Name.In("en"), months(o.StatusReportEveryMonths, "months"), months(n.StatusReportEveryMonths, "months")))
			}
			if o.Name != n.Name || o.Type != n.Type || o.Company.ID != n.Company.ID {
				add("body-changed", fmt.Sprintf("Toimielimen %s tiedot muuttuivat.", k), fmt.Sprintf("Body %s changed.", k))
			}
		})

	// Companies.
	keyedDiff(b.Companies, h.Companies,
		func(k string, x model.Company) {
			add("company-added", fmt.Sprintf("Yhtiö lisättiin: %s.", x.Name.FI), fmt.Sprintf("Company added: %s.", x.Name.In("en")))
		},
		func(k string, x model.Company) {
			add("company-removed", fmt.Sprintf("Yhtiö poistettiin: %s.", x.Name.FI), fmt.Sprintf("Company removed: %s.", x.Name.In("en")))
		},
		func(k string, o, n model.Company) {
			if o.NIS2 != n.NIS2 {
				add("nis2-changed", fmt.Sprintf("%s: NIS2-soveltamisala %s → %s.", n.Name.FI, orDash(o.NIS2), orDash(n.NIS2)),
					fmt.Sprintf("%s: NIS2 scope %s → %s.", n.Name.In("en"), orDash(o.NIS2), orDash(n.NIS2)))
			}
			if !reflect.DeepEqual(o.ManagementTrainingDone, n.ManagementTrainingDone) {
				add("training-changed", fmt.Sprintf("%s: johdon NIS2-koulutus %s.", n.Name.FI, yesNo(n.ManagementTrainingDone, "tehty", "ei tehty")),
					fmt.Sprintf("%s: NIS2 management training %s.", n.Name.In("en"), yesNo(n.ManagementTrainingDone, "done", "not done")))
			}
			if o.Name != n.Name || o.Sector != n.Sector || o.CriticalInfrastructure != n.CriticalInfrastructure || o.Type != n.Type {
				add("company-changed", fmt.Sprintf("Yhtiön %s tiedot muuttuivat.", k), fmt.Sprintf("Company %s changed.", k))
			}
		})

	// Networks.
	bn, hn := refIDs(b.Networks), refIDs(h.Networks)
	for _, n := range hn {
		if !slices.Contains(bn, n) {
			an := d.actorName(n)
			add("network-joined", fmt.Sprintf("Liittyi verkostoon %s.", an.FI), fmt.Sprintf("Joined %s.", an.In("en")))
		}
	}
	for _, n := range bn {
		if !slices.Contains(hn, n) {
			an := d.actorName(n)
			add("network-left", fmt.Sprintf("Erosi verkostosta %s.", an.FI), fmt.Sprintf("Left %s.", an.In("en")))
		}
	}

	if !same(b.InformationManagement, h.InformationManagement) {
		add("duties-changed", "Tiedonhallintalain velvoitteiden tiedot muuttuivat.", "Information Management Act duties changed.")
	}
	if !same(b.Procurement, h.Procurement) {
		add("procurement-changed", "Hankintajärjestelyt muuttuivat.", "Procurement arrangements changed.")
	}
	keyedDiff(b.ActionPlan, h.ActionPlan,
		func(k string, t model.PlanTask) {
			add("plan-added", fmt.Sprintf("Kehittämistehtävä lisättiin: %s.", t.Title.FI), fmt.Sprintf("Action-plan task added: %s.", t.Title.In("en")))
		},
		func(k string, t model.PlanTask) {
			add("plan-removed", fmt.Sprintf("Kehittämistehtävä poistettiin: %s.", t.Title.FI), fmt.Sprintf("Action-plan task removed: %s.", t.Title.In("en")))
		},
		func(k string, o, n model.PlanTask) {
			if o.Status != n.Status {
				add("plan-status", fmt.Sprintf("Kehittämistehtävä %s: tila %s → %s.", n.Title.FI, o.Status, n.Status),
					fmt.Sprintf("Action-plan task %s: status %s → %s.", n.Title.In("en"), o.Status, n.Status))
			} else {
				add("plan-changed", fmt.Sprintf("Kehittämistehtävä %s muuttui.", n.Title.FI), fmt.Sprintf("Action-plan task %s changed.", n.Title.In("en")))
			}
		})
	if !slices.Equal(b.Maintainers, h.Maintainers) {
		add("maintainers-changed", fmt.Sprintf("Hyväksyjät: %s.", strings.Join(h.Maintainers, ", ")), fmt.Sprintf("Maintainers: %s.", strings.Join(h.Maintainers, ", ")))
	}

	// Something changed only in the non-public part: say so, not what.
	if same(b, h) && !same(braw, hraw) {
		add("non-public-changed", "Ei-julkisia tietoja muutettiin (ei näytetä).", "Non-public details changed (not shown).")
	}
}

type identityFields struct {
	Name       model.Text
	Region     model.Region
	County     string
	Language   string
	Population model.Population
}

func identity(m *model.Municipality) identityFields {
	return identityFields{m.Name, m.Region, m.County.ID, m.Language, m.Population}
}

// same compares by content: the JSON form leaves out source positions,
// which move whenever lines are added or removed above.
func same(a, b any) bool { return jsonOf(a) == jsonOf(b) }

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// letter is one letter of the responsibility matrix.
type letter struct {
	fi, en string
	get    func(model.RACI) []string
}

var letters = []letter{
	{"vastuussa (R)", "Responsible", func(r model.RACI) []string { return refIDs(r.Responsible) }},
	{"tilivelvollinen (A)", "Accountable", func(r model.RACI) []string { return refIDs([]model.Ref{r.Accountable}) }},
	{"konsultoitava (C)", "Consulted", func(r model.RACI) []string { return refIDs(r.Consulted) }},
	{"tiedotettava (I)", "Informed", func(r model.RACI) []string { return refIDs(r.Informed) }},
}

func refIDs(rs []model.Ref) []string {
	var out []string
	for _, r := range rs {
		if r.ID != "" {
			out = append(out, r.ID)
		}
	}
	return out
}

func keysOf[T any](k model.Keyed[T]) []string {
	var out []string
	for _, e := range k {
		out = append(out, e.Key)
	}
	return out
}

// keyedDiff calls added, removed or changed for each key of two keyed
// collections, in base order then head's new keys.
func keyedDiff[T any](b, h model.Keyed[T], added, removed func(string, T), changed func(string, T, T)) {
	for _, k := range union(keysOf(b), keysOf(h)) {
		o, inB := b.Get(k)
		n, inH := h.Get(k)
		switch {
		case !inB:
			added(k, n)
		case !inH:
			removed(k, o)
		case !same(o, n):
			changed(k, o, n)
		}
	}
}

func months(n int, unit string) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%d %s", n, unit)
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func yesNo(b *bool, yes, no string) string {
	if b != nil && *b {
		return yes
	}
	return no
}

func (d *differ) areaName(id string) model.Text {
	if a, ok := d.head.Area(id); ok {
		return a.Name
	}
	return model.Text{FI: id}
}

func (d *differ) actorName(id string) model.Text {
	if a, ok := d.head.Actor(id); ok {
		return a.Name
	}
	return model.Text{FI: id}
}

// findingsDelta compares findings by rule, file and message: positions
// move when lines are added above them.
func findingsDelta(base, head []*diag.Finding) (fixed, introduced []*diag.Finding) {
	key := func(f *diag.Finding) string { return f.Rule + "\x00" + f.Pos.File + "\x00" + f.Message }
	count := func(fs []*diag.Finding) map[string]int {
		m := map[string]int{}
		for _, f := range fs {
			m[key(f)]++
		}
		return m
	}
	bc, hc := count(base), count(head)
	fixed, introduced = []*diag.Finding{}, []*diag.Finding{}
	for _, f := range base {
		if hc[key(f)] > 0 {
			hc[key(f)]--
			continue
		}
		fixed = append(fixed, f)
	}
	for _, f := range head {
		if bc[key(f)] > 0 {
			bc[key(f)]--
			continue
		}
		introduced = append(introduced, f)
	}
	return fixed, introduced
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
