package site

import (
	"slices"

	"github.com/govmap/govmap/collation"
	"github.com/govmap/govmap/model"
)

// byName is a copy of items in the alphabet of the page's language, by
// the name each has in that language (collation.SortByName: Å, Ä and Ö
// after Z). Items of the same name keep their order (municipalities by
// code), so the order is the same at every build.
func byName[T any](p *page, items []T, name func(T) model.Text) []T {
	out := slices.Clone(items)
	collation.SortByName(p.Lang, out, func(x T) string { return p.Str(name(x)) })
	return out
}

func muniName(m *model.Municipality) model.Text { return m.Name }
func actorName(a *model.Actor) model.Text       { return a.Name }

// countyName is a county's name by its code; the code itself for none.
func (b *builder) countyName(code string) model.Text {
	if c, ok := b.repo.County(code); ok {
		return c.Name
	}
	return model.Text{FI: code}
}
