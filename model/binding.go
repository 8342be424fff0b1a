package model

// Law returns the law with the id.
func (r *Repository) Law(id string) (*Law, bool) {
	return find[Law](r, "laws", id)
}

// Exempt reports whether the law does not bind the municipality (its
// region is one the law's notBinding names), and why. A law the model does
// not define binds: a rule is never dropped by a misspelt id.
func (r *Repository) Exempt(lawID string, m *Municipality) (Exemption, bool) {
	l, ok := r.Law(lawID)
	if !ok || m == nil {
		return Exemption{}, false
	}
	for _, e := range l.NotBinding {
		if e.Region == m.Region.Code {
			return e, true
		}
	}
	return Exemption{}, false
}

// NotBinding lists the laws of the model that do not bind the
// municipality, each with its exemption, in the order of Laws.
func (r *Repository) NotBinding(m *Municipality) []LawExemption {
	var out []LawExemption
	for _, l := range r.laws {
		if e, ok := r.Exempt(l.ID, m); ok {
			out = append(out, LawExemption{l, e})
		}
	}
	return out
}

// LawExemption is a law that does not bind a municipality, and why.
type LawExemption struct {
	Law       *Law
	Exemption Exemption
}
