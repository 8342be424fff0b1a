// Package semdiff lists the changes between two revisions of the repository
// in governance terms: who became Responsible for what, which role was
// named or removed, which status report was recorded, which model change
// affects which municipalities, and which findings a change fixes or
// introduces. Reviewers read these instead of a text diff.
//
// Every change is a catalogue message (package msg), said in Finnish,
// Swedish or English when it is written out, and names things by their
// names in that language.
//
// Municipalities are compared through their public views only: the diff is
// published in pull-request comments, so it says that something non-public
// changed, never what. Something made non-public is said to be so without
// its name; nothing that is non-public in the head is named, even by a
// change that was public before.
//
// A file with errors (it does not parse or breaks the schema) still stands
// for its entity: the diff says the file has errors, not that the entity
// was removed, and the findings its file had before are not listed as
// fixed.
package semdiff

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// Change is one semantic change.
type Change struct {
	// Kind is a stable name, such as "raci-added" or "role-removed".
	Kind string `json:"kind"`
	// Subject is the entity changed: "municipalities/091", "areas/x", ...
	Subject string `json:"subject"`
	// Name is the subject's name in its languages, for headings.
	Name model.Text `json:"name"`
	// Says is the change in words: a catalogue message, rendered in a
	// language by In.
	Says msg.Message `json:"-"`
	// Affects lists the municipality codes a model change concerns.
	Affects []string `json:"affects,omitempty"`
	// Names lists the parts of the subject municipality the change names
	// ("roles/<key>", "persons/<role key>", "bodies/<key>",
	// "companies/<key>", "actionPlan/<key>"): a later revision in which
	// one of them is non-public shows the change no more (Visible).
	Names []string `json:"-"`
	// Object is the name of what the change added or removed (a role's
	// title, a body's name), for a summary that names one thing; zero
	// when the change names no one thing.
	Object model.Text `json:"-"`
}

// In says the change in a language.
func (c Change) In(l msg.Lang) string { return c.Says.Localize(l) }

// Text says the change in every language.
func (c Change) Text() model.Text {
	return model.Text{FI: c.In(msg.FI), SV: c.In(msg.SV), EN: c.In(msg.EN)}
}

// Result is the semantic diff of two revisions.
type Result struct {
	Changes []Change `json:"changes"`
	// Fixed and Introduced are the findings the change removes and adds.
	// The findings of a file that has errors in the head are not listed as
	// fixed: they are only out of sight until the file is valid again.
	Fixed      []*diag.Finding `json:"fixed"`
	Introduced []*diag.Finding `json:"introduced"`
	// Languages are the languages of the municipalities the changes
	// concern, the majority's first: the languages of the comment.
	Languages []msg.Lang `json:"-"`
	// municipalityNames names the municipalities of Affects.
	municipalityNames map[string]model.Text
	// redact takes what is non-public in the head out of findings.
	redact redactor
}

// Compare lists the changes from base to head. baseFindings and
// headFindings are the validation findings of each side (nil: none).
func Compare(base, head *model.Repository, baseFindings, headFindings []*diag.Finding) *Result {
	d := &differ{head: head, base: base}
	switch {
	case head.ModelBroken() || base.ModelBroken():
		// Without a readable model nothing can be compared: every entity
		// is unknown on that side.
		d.modelFiles(base, head)
	default:
		d.municipalities(base, head)
		d.model(base, head)
	}
	r := &Result{Changes: d.changes, Fixed: []*diag.Finding{}, Introduced: []*diag.Finding{}}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	r.Fixed, r.Introduced = findingsDelta(baseFindings, headFindings, head.BrokenFiles())
	r.Languages = d.languages()
	r.redact = newRedactor(head)
	r.municipalityNames = map[string]model.Text{}
	for _, c := range r.Changes {
		for _, code := range c.Affects {
			if m := d.municipalityOf(code); m != nil {
				r.municipalityNames[code] = m.Name
			}
		}
	}
	return r
}

type differ struct {
	head, base *model.Repository
	changes    []Change
	views      map[*model.Repository][]*model.Municipality
}

func (d *differ) add(kind, subject string, name model.Text, says msg.Message, affects ...string) *Change {
	d.changes = append(d.changes, Change{Kind: kind, Subject: subject, Name: name, Says: says, Affects: affects})
	return &d.changes[len(d.changes)-1]
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
	d := &differ{head: names, base: names}
	switch {
	case base == nil && head == nil:
		return nil
	case base == nil:
		d.add("municipality-added", "municipalities/"+head.Code, head.Name, msg.M("Municipality added."))
	case head == nil:
		d.add("municipality-removed", "municipalities/"+base.Code, base.Name, msg.M("Municipality removed."))
	default:
		d.municipality("municipalities/"+head.Code, base, head)
	}
	return d.changes
}

// HasErrors is the change of an entity whose file has errors in the head:
// what changed in it is shown once it is valid.
const HasErrors = "has-errors"

// ErrorsFixed is the change of an entity whose file had errors in the base
// and is valid in the head: what changed cannot be told.
const ErrorsFixed = "errors-fixed"

// brokenChange says that an entity's file has errors in the head or had
// them in the base, and reports whether it did: then the entity cannot be
// compared. When both sides have errors nothing can be told, and nothing
// is said. removed is what to say of an entity whose file had errors and
// is gone.
func (d *differ) brokenChange(collection, id, subject string, name model.Text, removedKind string, removed msg.Message) bool {
	bFile, bBroken := d.base.Broken(collection, id)
	hFile, hBroken := d.head.Broken(collection, id)
	if name.IsZero() {
		name = model.Text{FI: hFile + bFile}
	}
	if name.IsZero() {
		name = model.Text{FI: subject}
	}
	switch {
	case bBroken && hBroken:
	case hBroken:
		d.add(HasErrors, subject, name, msg.M("The file has errors; its changes are shown once it is valid."))
	case bBroken && d.head.Defined(collection, id):
		d.add(ErrorsFixed, subject, name, msg.M("The file is valid again; its changes since the version with errors cannot be listed."))
	case bBroken:
		d.add(removedKind, subject, name, removed)
	default:
		return false
	}
	return true
}

// modelFiles says which model files have errors (or had them), when the
// model of one side cannot be read.
func (d *differ) modelFiles(base, head *model.Repository) {
	if head.ModelBroken() {
		files := head.BrokenFiles()
		if len(files) == 0 {
			files = []string{model.ModelDir}
		}
		for _, f := range files {
			if strings.HasPrefix(f, model.ModelDir+"/") || f == model.ModelDir {
				d.add(HasErrors, f, model.Text{FI: f}, msg.M("The file has errors; its changes are shown once it is valid."))
			}
		}
		if len(d.changes) == 0 {
			d.add(HasErrors, model.ModelDir, model.Text{FI: model.ModelDir}, msg.M("The file has errors; its changes are shown once it is valid."))
		}
		return
	}
	d.add(ErrorsFixed, model.ModelDir, model.Text{FI: model.ModelDir}, msg.M("The model is valid again; its changes since the version with errors cannot be listed."))
}

func (d *differ) municipalities(base, head *model.Repository) {
	bm, bk := index(base.Municipalities(), func(m *model.Municipality) string { return m.Code })
	hm, hk := index(head.Municipalities(), func(m *model.Municipality) string { return m.Code })
	keys := union(union(bk, hk), union(base.BrokenIDs("municipalities"), head.BrokenIDs("municipalities")))
	sort.Strings(keys)
	for _, code := range keys {
		b, h := bm[code], hm[code]
		subject := "municipalities/" + code
		var name model.Text
		switch {
		case h != nil:
			name = h.Name
		case b != nil:
			name = b.Name
		}
		if d.brokenChange("municipalities", code, subject, name, "municipality-removed", msg.M("Municipality removed.")) {
			continue
		}
		switch {
		case b == nil:
			d.add("municipality-added", subject, h.Name, msg.M("Municipality added."))
			continue
		case h == nil:
			d.add("municipality-removed", subject, b.Name, msg.M("Municipality removed."))
			continue
		}
		d.municipality(subject, b, h)
	}
}

// text makes a model text an argument of a message: in the message's
// language, else in Finnish (the language every name has).
type text model.Text

func (t text) Localize(l msg.Lang) string { return model.Text(t).In(string(l)) }

// side is one revision of a municipality: the whole file and its public
// view.
type side struct{ raw, pub *model.Municipality }

// municipal compares one municipality; it knows both sides, and what is
// non-public in the head, so no change names it.
type municipal struct {
	d       *differ
	subject string
	name    model.Text
	b, h    side
	hidden  []string // non-public values of the head
}

func (d *differ) municipality(subject string, braw, hraw *model.Municipality) {
	mc := &municipal{d: d, subject: subject, name: hraw.Public().Name,
		b: side{braw, braw.Public()}, h: side{hraw, hraw.Public()}, hidden: HiddenValues(hraw)}
	start := len(d.changes)
	mc.compare()
	// A change that would say a value that is non-public in the head (a
	// body removed under the name a hidden one now has) says only that
	// something non-public changed.
	kept := d.changes[:start]
	generic := false
	for _, c := range d.changes[start:] {
		if !namesAny(c, mc.hidden) {
			kept = append(kept, c)
			continue
		}
		if !generic {
			generic = true
			kept = append(kept, Change{Kind: "non-public-changed", Subject: subject, Name: mc.name, Says: msg.M("Non-public details changed (not shown).")})
		}
	}
	d.changes = kept
}

func (mc *municipal) add(kind string, says msg.Message, names ...string) {
	c := mc.d.add(kind, mc.subject, mc.name, says)
	c.Names = names
}

func (mc *municipal) compare() {
	b, h := mc.b.pub, mc.h.pub
	add := mc.add

	if !reflect.DeepEqual(identity(b), identity(h)) {
		add("identity-changed", msg.M("Identity changed (name, region, language or population)."))
	}
	if b.Status.Reported != h.Status.Reported {
		if h.Status.Reported {
			add("reported", msg.M("The municipality reported its governance (status.reported: true)."))
		} else {
			add("unreported", msg.M("The municipality withdrew its report (status.reported: false)."))
		}
	}
	if b.Status.Reviewed != h.Status.Reviewed && h.Status.Reviewed != "" {
		add("reviewed", msg.M("File reviewed on %s.", h.Status.Reviewed))
	}

	// Roles, and the people in them.
	keyedDiff(mc.b.raw.Roles, mc.h.raw.Roles, b.Roles, h.Roles, keyedSay[model.Role]{
		name: func(r model.Role) model.Text { return r.Title },
		what: "roles", kind: "role",
		added: "Role named: %s.", removed: "Role removed: %s.",
		madePublic: "Role made public: %s.", madeNonPublic: "A role was made non-public.",
		changed: func(k string, o, n model.Role) {
			ref := "roles/" + k
			if o.Title != n.Title {
				add("role-renamed", msg.M("Role retitled: %s → %s.", text(o.Title), text(n.Title)), ref)
			}
			contact := o.Mailbox != n.Mailbox || o.Unit != n.Unit
			raw, _ := mc.h.raw.Roles.Get(k)
			old, _ := mc.b.raw.Roles.Get(k)
			switch {
			case o.Person != nil && n.Person == nil && raw.Person != nil:
				add("person-made-non-public", msg.M("Role %s: the person's details were made non-public.", text(n.Title)), ref)
			case o.Person == nil && n.Person != nil && old.Person != nil:
				add("person-made-public", msg.M("Role %s: the person's details were made public (%s).", text(n.Title), n.Person.Name), ref, "persons/"+k)
			case !same(o.Person, n.Person):
				contact = true
			}
			if contact {
				add("role-changed", msg.M("Contact details of role %s changed.", text(n.Title)), ref)
			}
		},
	}, mc)

	// Responsibility matrix: per area and letter, who came and who went.
	// A party that is non-public in the head is not named.
	for _, area := range union(keysOf(b.RACI), keysOf(h.RACI)) {
		o, _ := b.RACI.Get(area)
		n, _ := h.RACI.Get(area)
		an := text(mc.d.areaName(area))
		for _, l := range letters {
			before, after := l.get(o), l.get(n)
			for _, p := range after {
				if !slices.Contains(before, p) {
					if pn, ref, ok := mc.party(p); ok {
						add("raci-added", msg.M(l.added, pn, an), ref...)
					}
				}
			}
			for _, p := range before {
				if !slices.Contains(after, p) {
					if pn, ref, ok := mc.party(p); ok {
						add("raci-removed", msg.M(l.removed, pn, an), ref...)
					}
				}
			}
		}
	}

	// Bodies and their status reports.
	keyedDiff(mc.b.raw.Bodies, mc.h.raw.Bodies, b.Bodies, h.Bodies, keyedSay[model.Body]{
		name: func(x model.Body) model.Text { return x.Name },
		what: "bodies", kind: "body",
		added: "Body added: %s.", removed: "Body removed: %s.",
		madePublic: "Body made public: %s.", madeNonPublic: "A body was made non-public.",
		changed: func(k string, o, n model.Body) {
			ref := "bodies/" + k
			// The latest report of any kind (lastStatusReport or
			// statusReports) is the one that counts.
			if ol, nl := o.LatestReport(), n.LatestReport(); ol.Date != nl.Date && nl.Date != "" {
				add("report-recorded", msg.M("%s treated a status report on %s.", text(n.Name), nl.Date), ref)
			}
			if o.StatusReportEveryMonths != n.StatusReportEveryMonths {
				add("interval-changed", msg.M("%s: status-report interval %s → %s.", text(n.Name), months(o.StatusReportEveryMonths), months(n.StatusReportEveryMonths)), ref)
			}
			if o.Name != n.Name || o.Type != n.Type || o.Company.ID != n.Company.ID || !same(o.PersonalDataRegisters, n.PersonalDataRegisters) {
				add("body-changed", msg.M("Details of body %s changed.", text(n.Name)), ref)
			}
		},
	}, mc)

	// Companies.
	keyedDiff(mc.b.raw.Companies, mc.h.raw.Companies, b.Companies, h.Companies, keyedSay[model.Company]{
		name: func(x model.Company) model.Text { return x.Name },
		what: "companies", kind: "company",
		added: "Company added: %s.", removed: "Company removed: %s.",
		madePublic: "Company made public: %s.", madeNonPublic: "A company was made non-public.",
		changed: func(k string, o, n model.Company) {
			ref := "companies/" + k
			if o.NIS2 != n.NIS2 {
				add("nis2-changed", msg.M("%s: NIS2 scope %s → %s.", text(n.Name), enum("diff.nis2.", o.NIS2), enum("diff.nis2.", n.NIS2)), ref)
			}
			if !reflect.DeepEqual(o.ManagementTrainingDone, n.ManagementTrainingDone) {
				if n.ManagementTrainingDone != nil && *n.ManagementTrainingDone {
					add("training-changed", msg.M("%s: NIS2 management training done.", text(n.Name)), ref)
				} else {
					add("training-changed", msg.M("%s: NIS2 management training not done.", text(n.Name)), ref)
				}
			}
			if o.Name != n.Name || o.Sector != n.Sector || o.CriticalInfrastructure != n.CriticalInfrastructure || o.Type != n.Type {
				add("company-changed", msg.M("Details of company %s changed.", text(n.Name)), ref)
			}
		},
	}, mc)

	// Networks.
	bn, hn := refIDs(b.Networks), refIDs(h.Networks)
	for _, n := range hn {
		if !slices.Contains(bn, n) {
			add("network-joined", msg.M("Joined the network %s.", text(mc.d.actorName(n))))
		}
	}
	for _, n := range bn {
		if !slices.Contains(hn, n) {
			add("network-left", msg.M("Left the network %s.", text(mc.d.actorName(n))))
		}
	}

	switch {
	case b.InformationManagement != nil && h.InformationManagement == nil && mc.h.raw.InformationManagement != nil:
		add("duties-made-non-public", msg.M("The Information Management Act duties were made non-public."))
	case b.InformationManagement == nil && h.InformationManagement != nil && mc.b.raw.InformationManagement != nil:
		add("duties-made-public", msg.M("The Information Management Act duties were made public."))
	case !same(b.InformationManagement, h.InformationManagement):
		add("duties-changed", msg.M("Information Management Act duties changed."))
	}
	if !same(b.Procurement, h.Procurement) {
		add("procurement-changed", msg.M("Procurement arrangements changed."))
	}
	if !same(b.Management, h.Management) {
		add("management-changed", msg.M("Who carries management's tasks changed."))
	}
	if !same(b.Confidentiality, h.Confidentiality) {
		add("confidentiality-changed", msg.M("Confidentiality of security details changed."))
	}
	if !same(b.Sectors, h.Sectors) {
		add("sectors-changed", msg.M("The sectors' data-protection and security details changed."))
	}
	keyedDiff(mc.b.raw.ActionPlan, mc.h.raw.ActionPlan, b.ActionPlan, h.ActionPlan, keyedSay[model.PlanTask]{
		name: func(t model.PlanTask) model.Text { return t.Title },
		what: "actionPlan", kind: "plan",
		added: "Action-plan task added: %s.", removed: "Action-plan task removed: %s.",
		madePublic: "Action-plan task made public: %s.", madeNonPublic: "An action-plan task was made non-public.",
		changed: func(k string, o, n model.PlanTask) {
			ref := "actionPlan/" + k
			if o.Status != n.Status {
				add("plan-status", msg.M("Action-plan task %s: status %s → %s.", text(n.Title), enum("diff.task-status.", o.Status), enum("diff.task-status.", n.Status)), ref)
			} else {
				add("plan-changed", msg.M("Action-plan task %s changed.", text(n.Title)), ref)
			}
		},
	}, mc)
	if !slices.Equal(b.Maintainers, h.Maintainers) {
		list := strings.Join(h.Maintainers, ", ")
		if list == "" {
			list = "–"
		}
		add("maintainers-changed", msg.M("Maintainers: %s.", list))
	}

	// Something changed only in the non-public part: say so, not what.
	if same(b, h) && !same(mc.b.raw, mc.h.raw) {
		add("non-public-changed", msg.M("Non-public details changed (not shown)."))
	}
}

// party names a party of the responsibility matrix in the message's
// language, with the part of the file it names; ok is false when it must
// not be named: it is non-public in the head, or was non-public in the
// base and is gone.
func (mc *municipal) party(p string) (name msg.Localizer, names []string, ok bool) {
	kind, id, _ := strings.Cut(p, ":")
	local := func(what string, inHead, inBase func(*model.Municipality) (model.Text, bool, bool)) (msg.Localizer, []string, bool) {
		ref := []string{what + "/" + id}
		if t, exists, public := inHead(mc.h.raw); exists {
			return text(t), ref, public
		}
		if t, exists, public := inBase(mc.b.raw); exists && public {
			return text(t), ref, true
		}
		return nil, nil, false
	}
	switch kind {
	case "role":
		get := func(m *model.Municipality) (model.Text, bool, bool) {
			r, ok := m.Roles.Get(id)
			return r.Title, ok, r.Visibility != model.NonPublic
		}
		return local("roles", get, get)
	case "body":
		get := func(m *model.Municipality) (model.Text, bool, bool) {
			x, ok := m.Bodies.Get(id)
			return x.Name, ok, x.Visibility != model.NonPublic
		}
		return local("bodies", get, get)
	case "company":
		get := func(m *model.Municipality) (model.Text, bool, bool) {
			x, ok := m.Companies.Get(id)
			return x.Name, ok, x.Visibility != model.NonPublic
		}
		return local("companies", get, get)
	case "actor":
		return text(mc.d.actorName(id)), nil, true
	case "county":
		for _, m := range []*model.Municipality{mc.h.pub, mc.b.pub} {
			if c, found := mc.d.county(m.County.ID); found {
				return text(c.Name), nil, true
			}
		}
		return msg.Key("diff.county"), nil, true
	}
	return msg.Text{FI: p}, nil, true
}

// keyedSay words the changes of one keyed section of a municipality.
type keyedSay[T any] struct {
	name func(T) model.Text
	// what is the section's field ("roles"), kind the change kinds'
	// prefix ("role").
	what, kind string
	// Formats of one %s, the name; madeNonPublic has none.
	added, removed, madePublic, madeNonPublic string
	changed                                   func(key string, o, n T)
}

// keyedDiff compares one keyed section: braw and hraw are the whole
// files' entries, bpub and hpub the public views'. An entry that leaves
// the public view but stays in the file was made non-public, and is not
// named; one that enters the public view from the file's non-public part
// was made public.
func keyedDiff[T any](braw, hraw, bpub, hpub model.Keyed[T], s keyedSay[T], mc *municipal) {
	for _, k := range union(keysOf(bpub), keysOf(hpub)) {
		o, inB := bpub.Get(k)
		n, inH := hpub.Get(k)
		ref := s.what + "/" + k
		switch {
		case !inB:
			if _, wasThere := braw.Get(k); wasThere {
				mc.add(s.kind+"-made-public", msg.M(s.madePublic, text(s.name(n))), ref)
			} else {
				mc.add(s.kind+"-added", msg.M(s.added, text(s.name(n))), ref)
				mc.d.changes[len(mc.d.changes)-1].Object = s.name(n)
			}
		case !inH:
			if _, stillThere := hraw.Get(k); stillThere {
				mc.add(s.kind+"-made-non-public", msg.M(s.madeNonPublic))
			} else {
				mc.add(s.kind+"-removed", msg.M(s.removed, text(s.name(o))), ref)
				mc.d.changes[len(mc.d.changes)-1].Object = s.name(o)
			}
		case !same(o, n):
			s.changed(k, o, n)
		}
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

// letter is one letter of the responsibility matrix, with the formats
// that say a party came (party, area) and went.
type letter struct {
	added, removed string
	get            func(model.RACI) []string
}

var letters = []letter{
	{"%s is now Responsible for %s.", "%s is no longer Responsible for %s.", func(r model.RACI) []string { return refIDs(r.Responsible) }},
	{"%s is now Accountable for %s.", "%s is no longer Accountable for %s.", func(r model.RACI) []string { return refIDs([]model.Ref{r.Accountable}) }},
	{"%s is now Consulted on %s.", "%s is no longer Consulted on %s.", func(r model.RACI) []string { return refIDs(r.Consulted) }},
	{"%s is now Informed about %s.", "%s is no longer Informed about %s.", func(r model.RACI) []string { return refIDs(r.Informed) }},
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

// months is an interval in months as an argument ("–" when not set).
func months(n int) any {
	if n == 0 {
		return "–"
	}
	return msg.M("diff.months", n)
}

// enum is a value of a closed set as an argument: its catalogue word
// (prefix+value), the value itself when the catalogue has none, "–" when
// empty.
func enum(prefix, v string) any {
	switch {
	case v == "":
		return "–"
	case msg.Has(prefix + v):
		return msg.Key(prefix + v)
	}
	return v
}

func (d *differ) areaName(id string) model.Text {
	for _, r := range []*model.Repository{d.head, d.base} {
		if a, ok := r.Area(id); ok {
			return a.Name
		}
	}
	return model.Text{FI: id}
}

func (d *differ) actorName(id string) model.Text {
	for _, r := range []*model.Repository{d.head, d.base} {
		if a, ok := r.Actor(id); ok {
			return a.Name
		}
	}
	return model.Text{FI: id}
}

func (d *differ) county(code string) (*model.County, bool) {
	for _, r := range []*model.Repository{d.head, d.base} {
		if c, ok := r.County(code); ok {
			return c, true
		}
	}
	return nil, false
}

// municipalityOf returns a municipality of the head, else of the base.
func (d *differ) municipalityOf(code string) *model.Municipality {
	for _, r := range []*model.Repository{d.head, d.base} {
		if m, ok := r.Municipality(code); ok {
			return m
		}
	}
	return nil
}

// findingsDelta compares findings by rule, file and message: positions
// move when lines are added above them. The base's findings in a file
// that has errors in the head are not fixed, only out of sight: they are
// left out; so is a stale CODEOWNERS, which is not judged on the lines of
// such files.
func findingsDelta(base, head []*diag.Finding, brokenInHead []string) (fixed, introduced []*diag.Finding) {
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
		if slices.Contains(brokenInHead, f.Pos.File) || (f.Rule == "codeowners-stale" && len(brokenInHead) > 0) {
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
