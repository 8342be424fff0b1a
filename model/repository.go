package model

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// Repository is the loaded content of a govmap repository: the national
// cooperation model and every county and municipality, as Go values with
// the source position of every entity and reference. It is read-only once
// Load returns, and safe for concurrent readers; the slices its methods
// return are copies, the entities they point to are shared and must not be
// modified.
type Repository struct {
	kinds           []*CooperationKind
	laws            []*Law
	areas           []*Area
	recommendations []*Recommendation
	observations    []*Observation
	actors          []*Actor
	tasks           []*Task
	counties        []*County
	municipalities  []*Municipality
	requirements    *MunicipalRequirements
	coordinators    []string

	// ids holds "collection.id" for every entity defined, valid or not, so
	// references to an entity with errors are not reported twice; the
	// value is where it was first defined.
	ids  map[string]bool
	defs map[string]Pos
	// broken holds "collection.id" of the entities defined by a file with
	// errors (it does not parse, breaks the schema, ...), and that file.
	broken map[string]string
	// modelBroken is set when the model itself could not be read (a file
	// of it does not parse, or it defines no schema): then no data file is
	// evaluated, and each stands for its entity. brokenModel are the
	// model's files that do not parse.
	modelBroken bool
	brokenModel []string
	// byID finds a valid entity by "collection.id".
	byID map[string]any
}

func newRepository() *Repository {
	return &Repository{ids: map[string]bool{}, defs: map[string]Pos{}, byID: map[string]any{}, broken: map[string]string{}}
}

// add records an entity decoded from a file. A second definition of the
// same id is reported, and the first one kept.
func (r *Repository) add(ent any, report func(*diag.Finding)) {
	var coll, key string
	var pos Pos
	switch e := ent.(type) {
	case stub:
		coll, key, pos = e.collection, e.key, e.pos
	case *CooperationKind:
		coll, key, pos = "kinds", e.ID, e.Pos
	case *Law:
		coll, key, pos = "laws", e.ID, e.Pos
	case *Area:
		coll, key, pos = "areas", e.ID, e.Pos
	case *Recommendation:
		coll, key, pos = "recommendations", e.ID, e.Pos
	case *Observation:
		coll, key, pos = "observations", e.ID, e.Pos
	case *Actor:
		coll, key, pos = "actors", e.ID, e.Pos
	case *Task:
		coll, key, pos = "tasks", e.ID, e.Pos
	case *County:
		coll, key, pos = "counties", e.Code, e.Pos
	case *Municipality:
		coll, key, pos = "municipalities", e.Code, e.Pos
	}
	id := coll + "." + key
	if prev, dup := r.defs[id]; dup {
		report(diag.New("duplicate-id", pos, "%s %q is already defined in %s", singular(coll), key, prev.File).
			WithHint("Keep one file for %q and delete or correct the other.", key))
		return
	}
	r.defs[id] = pos
	r.ids[id] = true
	if _, isStub := ent.(stub); isStub {
		r.broken[id] = pos.File
	} else {
		r.byID[id] = ent
	}
	switch e := ent.(type) {
	case *CooperationKind:
		r.kinds = append(r.kinds, e)
	case *Law:
		r.laws = append(r.laws, e)
	case *Area:
		r.areas = append(r.areas, e)
	case *Recommendation:
		r.recommendations = append(r.recommendations, e)
	case *Observation:
		r.observations = append(r.observations, e)
	case *Actor:
		r.actors = append(r.actors, e)
	case *Task:
		r.tasks = append(r.tasks, e)
	case *County:
		r.counties = append(r.counties, e)
	case *Municipality:
		r.municipalities = append(r.municipalities, e)
	}
}

// singular is a collection's entity in words ("actor"), a message argument
// in the reader's language.
func singular(collection string) any {
	switch collection {
	case "kinds":
		return msg.Key("finding.entity.kind")
	case "laws":
		return msg.Key("finding.entity.law")
	case "areas":
		return msg.Key("finding.entity.area")
	case "actors":
		return msg.Key("finding.entity.actor")
	case "tasks":
		return msg.Key("finding.entity.task")
	case "recommendations":
		return msg.Key("finding.entity.recommendation")
	case "observations":
		return msg.Key("finding.entity.observation")
	case "counties":
		return msg.Key("finding.entity.county")
	case "municipalities":
		return msg.Key("finding.entity.municipality")
	}
	return collection
}

// finish puts every collection in its canonical order: numbered items by
// number, the others by id or code.
func (r *Repository) finish() {
	sort.Slice(r.kinds, func(i, j int) bool { return r.kinds[i].ID < r.kinds[j].ID })
	sort.Slice(r.laws, func(i, j int) bool { return r.laws[i].ID < r.laws[j].ID })
	sort.Slice(r.areas, func(i, j int) bool { return numID(r.areas[i].Number, r.areas[i].ID, r.areas[j].Number, r.areas[j].ID) })
	sort.Slice(r.recommendations, func(i, j int) bool {
		a, b := r.recommendations[i], r.recommendations[j]
		return numID(a.Number, a.ID, b.Number, b.ID)
	})
	sort.Slice(r.observations, func(i, j int) bool {
		a, b := r.observations[i], r.observations[j]
		return numID(a.Number, a.ID, b.Number, b.ID)
	})
	sort.Slice(r.tasks, func(i, j int) bool { return numID(r.tasks[i].Number, r.tasks[i].ID, r.tasks[j].Number, r.tasks[j].ID) })
	sort.Slice(r.actors, func(i, j int) bool { return r.actors[i].ID < r.actors[j].ID })
	sort.Slice(r.counties, func(i, j int) bool { return r.counties[i].Code < r.counties[j].Code })
	sort.Slice(r.municipalities, func(i, j int) bool { return r.municipalities[i].Code < r.municipalities[j].Code })
}

func numID(n1 int, id1 string, n2 int, id2 string) bool {
	if n1 != n2 {
		return n1 < n2
	}
	return id1 < id2
}

func clone[T any](s []T) []T { return append([]T(nil), s...) }

// Kinds returns the cooperation kinds, by id.
func (r *Repository) Kinds() []*CooperationKind { return clone(r.kinds) }

// Laws returns the laws, by id.
func (r *Repository) Laws() []*Law { return clone(r.laws) }

// Areas returns the cooperation areas, by number.
func (r *Repository) Areas() []*Area { return clone(r.areas) }

// Recommendations returns the recommendations, by number.
func (r *Repository) Recommendations() []*Recommendation { return clone(r.recommendations) }

// Observations returns the report's observations, by number.
func (r *Repository) Observations() []*Observation { return clone(r.observations) }

// Actors returns the actors, by id.
func (r *Repository) Actors() []*Actor { return clone(r.actors) }

// Tasks returns the national tasks, by number.
func (r *Repository) Tasks() []*Task { return clone(r.tasks) }

// Counties returns the wellbeing services counties and Helsinki, by code.
func (r *Repository) Counties() []*County { return clone(r.counties) }

// Municipalities returns the municipalities, by code.
func (r *Repository) Municipalities() []*Municipality { return clone(r.municipalities) }

func find[T any](r *Repository, collection, id string) (*T, bool) {
	e, ok := r.byID[collection+"."+id].(*T)
	return e, ok
}

// Actor returns the actor with the id.
func (r *Repository) Actor(id string) (*Actor, bool) {
	return find[Actor](r, "actors", id)
}

// Area returns the area with the id.
func (r *Repository) Area(id string) (*Area, bool) {
	return find[Area](r, "areas", id)
}

// Task returns the task with the id.
func (r *Repository) Task(id string) (*Task, bool) {
	return find[Task](r, "tasks", id)
}

// Recommendation returns the recommendation with the id.
func (r *Repository) Recommendation(id string) (*Recommendation, bool) {
	return find[Recommendation](r, "recommendations", id)
}

// Observation returns the observation with the id.
func (r *Repository) Observation(id string) (*Observation, bool) {
	return find[Observation](r, "observations", id)
}

// County returns the county with the code.
func (r *Repository) County(code string) (*County, bool) {
	return find[County](r, "counties", code)
}

// Municipality returns the municipality with the code.
func (r *Repository) Municipality(code string) (*Municipality, bool) {
	return find[Municipality](r, "municipalities", code)
}

// Requirements returns what the model asks of reporting municipalities;
// it is empty (not nil) when the model does not say.
func (r *Repository) Requirements() *MunicipalRequirements {
	if r.requirements == nil {
		return &MunicipalRequirements{}
	}
	return r.requirements
}

// Coordinators returns the national coordinators' GitHub handles.
func (r *Repository) Coordinators() []string { return clone(r.coordinators) }

// Defined reports whether a file defines the entity, even one with errors.
// collection is a #Repository field: "actors", "areas", ...
func (r *Repository) Defined(collection, id string) bool { return r.ids[collection+"."+id] }

// Broken reports whether an entity is defined by a file with errors (one
// that does not parse or breaks the schema), and returns that file. Such
// a file still stands for its entity: Defined is true, but the entity is
// not among the collection's valid ones. Its changes cannot be read until
// the file is valid again, and nothing else may be reported because of it.
func (r *Repository) Broken(collection, id string) (file string, ok bool) {
	file, ok = r.broken[collection+"."+id]
	return file, ok
}

// BrokenIDs lists the ids of a collection's broken entities, sorted.
func (r *Repository) BrokenIDs(collection string) []string {
	var out []string
	for id := range r.broken {
		if c, key, ok := strings.Cut(id, "."); ok && c == collection {
			out = append(out, key)
		}
	}
	sort.Strings(out)
	return out
}

// ModelBroken reports whether the national model could not be read (one
// of its files does not parse, or it defines no schema). Then no data file
// was checked against it, and every entity is broken.
func (r *Repository) ModelBroken() bool { return r.modelBroken }

// BrokenFiles lists the files with errors that keep their entities from
// being read: the files of broken entities and the model's files that do
// not parse. Sorted.
func (r *Repository) BrokenFiles() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range append(slices.Clone(r.brokenModel), slices.Collect(maps.Values(r.broken))...) {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}
