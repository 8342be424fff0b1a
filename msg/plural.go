package msg

// Plural is a count as an argument: it prints with the catalogue format of
// its singular or its plural form, "1 varoitus" but "2 varoitusta" and
// "0 varoitusta". Finnish, Swedish and English all take the singular for
// one only, so two forms suffice.
type Plural struct {
	N          int
	One, Other string // catalogue formats with one %d
}

// N makes a Plural: N(n, "%d warning", "%d warnings").
func N(n int, one, other string) Plural { return Plural{n, one, other} }

// Localize renders the count in its form.
func (p Plural) Localize(l Lang) string {
	if p.N == 1 {
		return Sprintf(l, p.One, p.N)
	}
	return Sprintf(l, p.Other, p.N)
}
