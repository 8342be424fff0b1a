package validate

import (
	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// checkBasis holds every statement that says its basis to it: one from a
// source names the passage, one this repository infers gives its reason,
// and a requirement that is the repository's own recommendation is no
// error.
func checkBasis(c *checker) {
	for _, r := range c.repo.Recommendations() {
		for _, l := range r.Areas {
			c.basis(l.Basis, msg.M("the link from recommendation %q to area %q", r.ID, l.Area.ID))
		}
		for _, l := range r.Tasks {
			c.basis(l.Basis, msg.M("the link from recommendation %q to task %q", r.ID, l.Task.ID))
		}
	}
	for _, t := range c.repo.Tasks() {
		c.basis(t.StatusBasis, msg.M("the status of task %q", t.ID))
		for _, l := range t.Areas {
			c.basis(l.Basis, msg.M("the link from task %q to area %q", t.ID, l.Area.ID))
		}
	}
	for _, a := range c.repo.Areas() {
		for _, x := range a.Aspects {
			c.basis(x.Basis, msg.M("aspect %q of area %q", x.Aspect, a.ID))
		}
		for _, r := range a.Requirements {
			what := msg.M("the requirement on %s in area %q", r.Party, a.ID)
			c.basis(r.Basis, what)
			c.ownNoError(r.Basis, r.Severity, what)
		}
	}
	for _, a := range c.repo.Actors() {
		if a.KindBasis != nil {
			b := *a.KindBasis
			if !b.Pos.IsValid() {
				b.Pos = a.Pos
			}
			c.basis(b, msg.M("the kind of actor %q", a.ID))
		}
	}
	req := c.repo.Requirements()
	for _, r := range req.Roles {
		what := msg.M("the requirement of role %q", r.Role)
		c.basis(r.Basis, what)
		c.ownNoError(r.Basis, r.Severity, what)
	}
	for _, b := range req.Bodies {
		what := msg.M("the requirement of a body of type %q", b.Type)
		c.basis(b.Basis, what)
		c.ownNoError(b.Basis, b.Severity, what)
	}
	if req.StatusReport.MaxMonths > 0 {
		c.basis(req.StatusReport.Basis, msg.M("the status-report interval"))
	}
}

// basis reports a statement whose basis lacks what it needs.
func (c *checker) basis(b model.Basis, what msg.Message) {
	switch {
	case b.Kind == model.BasisInferred && (b.Reason.FI == "" || b.Reason.SV == "" || b.Reason.EN == ""):
		c.report(diag.New("basis", b.Pos, "%s is inferred by this repository but gives no reason in Finnish, Swedish and English", what).
			WithHint("Add reason: {fi: \"...\", sv: \"...\", en: \"...\"}: one line saying why the sources support it."))
	case b.Kind == model.BasisSource && b.Source == "":
		c.report(diag.New("basis", b.Pos, "%s rests on a source but does not name it", what).
			WithHint("Add source: \"...\" with the document and its chapter, such as \"Haukka 2021, luku 3.2\"."))
	}
}

// ownNoError reports a requirement that is the repository's own
// recommendation but would fail a municipality's file.
func (c *checker) ownNoError(b model.Basis, severity string, what msg.Message) {
	if b.Inferred() && severity == "error" {
		c.report(diag.New("basis", b.Pos, "%s is this repository's own recommendation but has severity error", what).
			WithHint("Give it severity \"warning\" or \"notice\": only a requirement a source makes can be an error."))
	}
}

// lawRef checks that a requirement's law is a law of the model.
func (c *checker) lawRef(law model.Ref, field string) {
	if law.ID == "" {
		return
	}
	if !c.defined("laws", law.ID) {
		c.report(diag.New("unknown-law", law.Pos, "%s names %q, which is not a law of the model", field, law.ID).
			WithHint("Use an id of model/laws.cue: %s.", lawIDs(c.repo)))
	}
}

func lawIDs(r *model.Repository) string {
	var ids msg.List
	for _, l := range r.Laws() {
		ids = append(ids, l.ID)
	}
	return ids.Localize(msg.EN)
}
