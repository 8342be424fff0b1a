package semdiff

import (
	"slices"
	"strings"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// national describes one entity of the national model for comparison.
type national struct {
	id   string
	name model.Text
	v    any
}

// collection is a national collection: how to list it, how to name it in
// changes (the catalogue's "diff.collection.<path>"), and which
// municipalities an entity of it concerns.
type collection struct {
	path     string // "areas", "actors", ...
	list     func(*model.Repository) []national
	concerns func(m *model.Municipality, id string) bool
}

var collections = []collection{
	{"kinds", func(r *model.Repository) []national {
		return nationals(r.Kinds(), func(x *model.CooperationKind) (string, model.Text) { return x.ID, x.Name })
	}, nil},
	{"laws", func(r *model.Repository) []national {
		return nationals(r.Laws(), func(x *model.Law) (string, model.Text) { return x.ID, x.Name })
	}, nil},
	{"areas", func(r *model.Repository) []national {
		return nationals(r.Areas(), func(x *model.Area) (string, model.Text) { return x.ID, x.Name })
	}, func(m *model.Municipality, id string) bool {
		if _, ok := m.RACI.Get(id); ok {
			return true
		}
		for _, e := range m.ActionPlan {
			if e.Value.Area.ID == id {
				return true
			}
		}
		return false
	}},
	{"recommendations", func(r *model.Repository) []national {
		return nationals(r.Recommendations(), func(x *model.Recommendation) (string, model.Text) { return x.ID, x.Title })
	}, func(m *model.Municipality, id string) bool {
		for _, e := range m.ActionPlan {
			if e.Value.AnswersRecommendation.ID == id {
				return true
			}
		}
		return false
	}},
	{"observations", func(r *model.Repository) []national {
		return nationals(r.Observations(), func(x *model.Observation) (string, model.Text) { return x.ID, x.Title })
	}, nil},
	{"actors", func(r *model.Repository) []national {
		return nationals(r.Actors(), func(x *model.Actor) (string, model.Text) { return x.ID, x.Name })
	}, func(m *model.Municipality, id string) bool {
		for _, e := range m.RACI {
			for _, l := range letters {
				if slices.Contains(l.get(e.Value), "actor:"+id) {
					return true
				}
			}
		}
		if slices.Contains(refIDs(m.Networks), id) {
			return true
		}
		return m.Procurement != nil && slices.Contains(refIDs(m.Procurement.JointProcurement), id)
	}},
	{"tasks", func(r *model.Repository) []national {
		return nationals(r.Tasks(), func(x *model.Task) (string, model.Text) { return x.ID, x.Name })
	}, func(m *model.Municipality, id string) bool {
		if _, ok := m.NationalTasks.Get(id); ok {
			return true
		}
		for _, e := range m.ActionPlan {
			if e.Value.AnswersTask.ID == id {
				return true
			}
		}
		return false
	}},
	{"counties", func(r *model.Repository) []national {
		return nationals(r.Counties(), func(x *model.County) (string, model.Text) { return x.Code, x.Name })
	}, func(m *model.Municipality, id string) bool { return m.County.ID == id }},
}

func nationals[T any](items []*T, id func(*T) (string, model.Text)) []national {
	out := make([]national, 0, len(items))
	for _, it := range items {
		k, n := id(it)
		out = append(out, national{k, n, it})
	}
	return out
}

// model compares the national model and names the municipalities each
// change concerns.
func (d *differ) model(base, head *model.Repository) {
	for _, c := range collections {
		bm, bk := index(c.list(base), func(n national) string { return n.id })
		hm, hk := index(c.list(head), func(n national) string { return n.id })
		what := msg.Key("diff.collection." + c.path)
		keys := union(union(bk, hk), union(base.BrokenIDs(c.path), head.BrokenIDs(c.path)))
		for _, id := range keys {
			b, inB := bm[id]
			h, inH := hm[id]
			subject := c.path + "/" + id
			name := h.name
			if !inH {
				name = b.name
			}
			if d.brokenChange(c.path, id, subject, name, c.path+"-removed", msg.M("Removed from the model (%s): %s.", what, text(name))) {
				continue
			}
			switch {
			case !inB:
				d.add(c.path+"-added", subject, h.name, msg.M("New in the model (%s): %s.", what, text(h.name)),
					d.affected(head, c, id)...)
			case !inH:
				d.add(c.path+"-removed", subject, b.name, msg.M("Removed from the model (%s): %s.", what, text(b.name)),
					d.affected(base, c, id)...)
			case b.name != h.name:
				d.add(c.path+"-renamed", subject, h.name, msg.M("Renamed (%s): %s → %s.", what, text(b.name), text(h.name)),
					d.affected(head, c, id)...)
				if !sameApartFromName(b.v, h.v) {
					d.changed(c, subject, h, head)
				}
			case !same(b.v, h.v):
				d.changed(c, subject, h, head)
			}
		}
	}
	if !same(base.Requirements(), head.Requirements()) {
		var all []string
		for _, m := range head.Municipalities() {
			if m.Status.Reported {
				all = append(all, m.Code)
			}
		}
		d.add("requirements-changed", "model/requirements",
			model.Text{FI: "Kuntien vaatimukset", SV: "Kraven på kommunerna", EN: "Requirements on municipalities"},
			msg.M("The requirements on municipalities (roles, bodies, status-report interval) changed."), all...)
	}
}

func (d *differ) changed(c collection, subject string, h national, head *model.Repository) {
	d.add(c.path+"-changed", subject, h.name, msg.M("Changed (%s): %s.", msg.Key("diff.collection."+c.path), text(h.name)),
		d.affected(head, c, strings.TrimPrefix(subject, c.path+"/"))...)
}

// affected lists the municipalities of repo that an entity concerns.
func (d *differ) affected(repo *model.Repository, c collection, id string) []string {
	if c.concerns == nil {
		return nil
	}
	var out []string
	for _, m := range d.public(repo) {
		if c.concerns(m, id) {
			out = append(out, m.Code)
		}
	}
	return out
}

// public returns the public views of a repository's municipalities, made
// once per diff: every national change asks which of them it concerns.
func (d *differ) public(repo *model.Repository) []*model.Municipality {
	if d.views == nil {
		d.views = map[*model.Repository][]*model.Municipality{}
	}
	if v, ok := d.views[repo]; ok {
		return v
	}
	var v []*model.Municipality
	for _, m := range repo.Municipalities() {
		v = append(v, m.Public())
	}
	d.views[repo] = v
	return v
}

func sameApartFromName(a, b any) bool {
	strip := func(v any) string {
		s := jsonOf(v)
		// Names are the first "name" or "title" member; compare the rest by
		// re-encoding without them.
		var m map[string]any
		_ = jsonUnmarshal(s, &m)
		delete(m, "name")
		delete(m, "title")
		return jsonOf(m)
	}
	return strip(a) == strip(b)
}
