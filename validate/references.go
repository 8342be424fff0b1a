package validate

import (
	"sort"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// target says what a reference must name: the collection it resolves in,
// the rule a dangling one breaks, and optionally the actor kinds allowed.
type target struct {
	collection string
	rule       string
	kinds      []string // for actors; empty: any kind
	what       msg.Key  // for messages: "an actor", "a network", ...
}

var (
	toActor          = target{"actors", "unknown-actor", nil, msg.Key("finding.target.actor")}
	toExistingActor  = target{"actors", "unknown-actor", notMissing, msg.Key("finding.target.existing-actor")}
	toNetwork        = target{"actors", "unknown-actor", []string{model.KindNetwork}, msg.Key("finding.target.network")}
	toArea           = target{"areas", "unknown-area", nil, msg.Key("finding.target.area")}
	toTask           = target{"tasks", "unknown-task", nil, msg.Key("finding.target.task")}
	toRecommendation = target{"recommendations", "unknown-recommendation", nil, msg.Key("finding.target.recommendation")}
	toKind           = target{"kinds", "unknown-kind", nil, msg.Key("finding.target.kind")}
	toCounty         = target{"counties", "unknown-county", nil, msg.Key("finding.target.county")}
	toMunicipality   = target{"municipalities", "unknown-municipality", nil, msg.Key("finding.target.municipality")}
)

// notMissing lists every actor kind but "missing": the owner of a task
// must exist.
var notMissing = []string{"ministry", "agency", "regional-authority", "association",
	"procurement-unit", "municipal-group", "network", "wellbeing-county", "municipality"}

// ref checks that a reference resolves in its target collection and, for
// actors, that the actor is of an allowed kind.
func (c *checker) ref(r model.Ref, t target, field string) {
	if r.ID == "" {
		return
	}
	if !c.defined(t.collection, r.ID) {
		f := diag.New(t.rule, r.Pos, "%s names %q, which is not %s of the model", field, r.ID, t.what)
		ids := c.ids(t)
		if !didYouMean(f, closest(r.ID, ids), func(s string) string { return s }) && t.collection == "areas" && len(ids) > 0 {
			f.WithHint("Use one of the area ids: %s.", strings.Join(ids, ", "))
		}
		c.report(f)
		return
	}
	if len(t.kinds) == 0 {
		return
	}
	a, ok := c.repo.Actor(r.ID)
	if !ok {
		return // defined but broken: its own file reports it
	}
	for _, k := range t.kinds {
		if a.Kind == k {
			return
		}
	}
	c.report(diag.New("reference-kind", r.Pos, "%s names %q, which is of kind %q, not %s", field, r.ID, a.Kind, t.what))
}

// hiddenRef checks a reference written in a non-public entry: the finding
// names neither the entry nor what it references (nor a likely id), only
// the field, at the reference's position.
func (c *checker) hiddenRef(r model.Ref, t target, field string) {
	if r.ID == "" || c.defined(t.collection, r.ID) {
		return
	}
	c.report(diag.New(t.rule, r.Pos, "%s of a non-public entry names nothing that is %s of the model", field, t.what))
}

func (c *checker) refs(rs []model.Ref, t target, field string) {
	for _, r := range rs {
		c.ref(r, t, field)
	}
}

func checkReferences(c *checker) {
	for _, a := range c.repo.Actors() {
		c.refs(a.Cooperation, toKind, "cooperation")
		c.ref(a.PartOf, toActor, "partOf")
		c.ref(a.CoordinatedBy, toActor, "coordinatedBy")
		c.refs(a.Members, toActor, "members")
		for _, s := range a.SucceededBy {
			c.ref(s.Actor, toActor, "succeededBy")
		}
	}
	for _, ar := range c.repo.Areas() {
		c.refs(ar.Actors, toActor, "actors")
	}
	for _, t := range c.repo.Tasks() {
		c.ref(t.Owner, toExistingActor, "owner")
		c.refs(t.Involves, toActor, "involves")
		c.refs(t.Contains, toTask, "contains")
		c.refs(model.AreaRefs(t.Areas), toArea, "areas")
		c.refs(t.Concerns, toActor, "concerns")
	}
	for _, r := range c.repo.Recommendations() {
		c.refs(model.AreaRefs(r.Areas), toArea, "areas")
		c.refs(model.TaskRefs(r.Tasks), toTask, "tasks")
	}
	for _, o := range c.repo.Observations() {
		c.refs(o.Areas, toArea, "areas")
		c.refs(o.Actors, toActor, "actors")
	}
	for _, a := range c.repo.Areas() {
		for _, r := range a.Requirements {
			c.lawRef(r.Law, "law")
		}
	}
	req := c.repo.Requirements()
	for _, r := range req.Roles {
		c.lawRef(r.Law, "law")
	}
	for _, b := range req.Bodies {
		c.lawRef(b.Law, "law")
	}
	for _, co := range c.repo.Counties() {
		c.refs(co.Municipalities, toMunicipality, "municipalities")
	}
	for _, m := range c.repo.Municipalities() {
		c.municipalityRefs(m)
	}
}

func (c *checker) municipalityRefs(m *model.Municipality) {
	c.ref(m.County, toCounty, "county")
	c.refs(m.Networks, toNetwork, "networks")
	c.joinable(m)
	if mg := m.Management; mg != nil {
		for _, id := range model.ManagementTaskIDs {
			if t := mg.Task(id); t != nil {
				c.parties(m, []model.Ref{t.By}, "management."+id)
			}
		}
	}
	for _, e := range m.RACI {
		c.ref(model.Ref{ID: e.Key, Pos: e.Pos}, toArea, "raci")
		row := e.Value
		c.parties(m, row.Responsible, "responsible")
		if row.Accountable.ID != "" {
			c.parties(m, []model.Ref{row.Accountable}, "accountable")
		}
		c.parties(m, row.Consulted, "consulted")
		c.parties(m, row.Informed, "informed")
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility == model.NonPublic {
			c.hiddenLocal(m, e.Value.Company, "company")
			continue
		}
		c.local(m, e.Value.Company, "company", "company")
	}
	if p := m.Procurement; p != nil {
		c.local(m, p.InHouseCompany, "company", "inHouseCompany")
		c.refs(p.JointProcurement, toActor, "jointProcurement")
	}
	for _, e := range m.ActionPlan {
		t := e.Value
		if t.Visibility == model.NonPublic {
			c.hiddenRef(t.Area, toArea, "area")
			c.hiddenLocal(m, t.Owner, "role")
			c.hiddenRef(t.AnswersTask, toTask, "answersTask")
			c.hiddenRef(t.AnswersRecommendation, toRecommendation, "answersRecommendation")
			continue
		}
		c.ref(t.Area, toArea, "area")
		c.local(m, t.Owner, "role", "owner")
		c.ref(t.AnswersTask, toTask, "answersTask")
		c.ref(t.AnswersRecommendation, toRecommendation, "answersRecommendation")
	}
	for _, e := range m.NationalTasks {
		c.ref(model.Ref{ID: e.Key, Pos: e.Pos}, toTask, "nationalTasks")
	}
}

// parties checks RACI parties: "role:x", "body:x" and "company:x" name
// entries of the municipality's own file, "actor:x" an actor of the model.
func (c *checker) parties(m *model.Municipality, ps []model.Ref, letter string) {
	for _, p := range ps {
		kind, id, _ := strings.Cut(p.ID, ":")
		switch kind {
		case "actor":
			c.ref(model.Ref{ID: id, Pos: p.Pos}, toExistingActor, letter)
		case "role", "body", "company":
			c.localRef(m, model.Ref{ID: id, Pos: p.Pos}, kind, letter, true)
		case "county":
			if m.County.ID == "" {
				c.report(diag.New("unknown-party", p.Pos, "%s names the county, but the municipality belongs to no wellbeing services county", letter).
					WithHint("Åland municipalities have no wellbeing services county; name another party."))
			}
		}
	}
}

// local checks a reference to an entry of the municipality's own file.
func (c *checker) local(m *model.Municipality, r model.Ref, kind, field string) {
	c.localRef(m, r, kind, field, false)
}

// hiddenLocal is local for a reference written in a non-public entry (a
// task's owner, a body's company): the finding says neither the id nor a
// likely one.
func (c *checker) hiddenLocal(m *model.Municipality, r model.Ref, kind string) {
	if r.ID == "" {
		return
	}
	var ok bool
	var field, section string
	switch kind {
	case "role":
		_, ok = m.Roles.Get(r.ID)
		field, section = "owner", "roles"
	case "company":
		_, ok = m.Companies.Get(r.ID)
		field, section = "company", "companies"
	}
	if ok {
		return
	}
	c.report(diag.New("unknown-party", r.Pos, "%s of a non-public entry names an id that the file's %s do not define", field, section).
		WithHint("Add the id under %s, or use an id that is there.", section))
}

// localRef is local for a reference written "kind:id" (prefixed) or as
// the id alone; suggestions are written the same way.
func (c *checker) localRef(m *model.Municipality, r model.Ref, kind, field string, prefixed bool) {
	if r.ID == "" {
		return
	}
	var ok bool
	var section string
	var what msg.Key
	switch kind {
	// Likely ids are looked for among the public entries only: a
	// suggestion would name a non-public one.
	case "role":
		_, ok = m.Roles.Get(r.ID)
		section, what = "roles", msg.Key("finding.party.role")
	case "body":
		_, ok = m.Bodies.Get(r.ID)
		section, what = "bodies", msg.Key("finding.party.body")
	case "company":
		_, ok = m.Companies.Get(r.ID)
		section, what = "companies", msg.Key("finding.party.company")
	}
	if ok {
		return
	}
	// Only a reference that does not resolve needs the ids and titles to
	// suggest from: gathering them for every reference made a file of a
	// few thousand references take seconds.
	var ids []string
	titles := map[string]model.Text{}
	switch kind {
	case "role":
		for _, e := range m.Roles {
			if e.Value.Visibility != model.NonPublic {
				ids = append(ids, e.Key)
				titles[e.Key] = e.Value.Title
			}
		}
	case "body":
		for _, e := range m.Bodies {
			if e.Value.Visibility != model.NonPublic {
				ids = append(ids, e.Key)
				titles[e.Key] = e.Value.Name
			}
		}
	case "company":
		for _, e := range m.Companies {
			if e.Value.Visibility != model.NonPublic {
				ids = append(ids, e.Key)
				titles[e.Key] = e.Value.Name
			}
		}
	}
	f := diag.New("unknown-party", r.Pos, "%s names %s %q, which the file's %s do not define", field, what, r.ID, section).
		WithHint("Add %q under %s, or use an id that is there.", r.ID, section)
	// As written in a raci row ("role:x") or alone (owner: "x").
	form := func(id string) string {
		if prefixed {
			return kind + ":" + id
		}
		return id
	}
	sort.Strings(ids)
	found := false
	for _, id := range ids {
		// A title written as the id: "role:tietosuojavastaava".
		if lang, isTitle := titleOf(r.ID, titles[id]); isTitle {
			f.WithHint("%q is the %s name of %q, not its id: write %q.", r.ID, lang, form(id), form(id))
			found = true
			break
		}
	}
	if !found && kind == "role" {
		if role, lang, isTitle := c.modelRoleByTitle(r.ID); isTitle {
			f.WithHint("%q is the %s title of the role whose id is %q: add it under roles as %q and write %q.", r.ID, lang, role, role, form(role))
			found = true
		}
	}
	if !found {
		didYouMean(f, closest(r.ID, ids), form)
	}
	c.report(f)
}
