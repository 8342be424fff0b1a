package validate

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// distance is the Levenshtein distance of two strings, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// closest returns the candidates an unknown id is most likely a typing
// mistake of: the nearest by edit distance, within one edit per four
// characters (at least one, at most three), in sorted order.
func closest(id string, candidates []string) []string {
	limit := min(3, max(1, utf8.RuneCountInString(id)/4))
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	var best []string
	bestD := limit + 1
	for _, c := range sorted {
		if c == id {
			continue
		}
		switch d := distance(id, c); {
		case d < bestD:
			best, bestD = []string{c}, d
		case d == bestD:
			best = append(best, c)
		}
	}
	return best
}

// didYouMean sets a finding's hint to the ids an unknown one is nearest
// to, written as form writes them; it reports whether there were any (a
// few: more are no help).
func didYouMean(f *diag.Finding, near []string, form func(string) string) bool {
	switch {
	case len(near) == 1:
		f.WithHint("Did you mean %q?", form(near[0]))
	case len(near) > 1 && len(near) <= 4:
		var l msg.List
		for _, n := range near {
			l = append(l, strconv.Quote(form(n)))
		}
		f.WithHint("Did you mean one of %s?", l)
	default:
		return false
	}
	return true
}

// fold makes a title comparable with an id: lower case, å ä ö as a a o,
// and no spaces, hyphens or underscores ("Tietosuojavastaava" and
// "tietosuoja-vastaava" are both "tietosuojavastaava").
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'å', 'ä':
			b.WriteRune('a')
		case 'ö':
			b.WriteRune('o')
		case ' ', '-', '_', '\u00a0':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleLang names the language of a title an id was written as.
var titleLang = map[string]msg.Text{
	"fi": {FI: "suomenkielinen", SV: "finska", EN: "Finnish"},
	"sv": {FI: "ruotsinkielinen", SV: "svenska", EN: "Swedish"},
	"en": {FI: "englanninkielinen", SV: "engelska", EN: "English"},
}

// titleOf reports which language of a text an id spells (folded).
func titleOf(id string, t model.Text) (msg.Text, bool) {
	f := fold(id)
	if f == "" {
		return msg.Text{}, false
	}
	for _, l := range []struct {
		lang, text string
	}{{"fi", t.FI}, {"sv", t.SV}, {"en", t.EN}} {
		if l.text != "" && fold(l.text) == f {
			return titleLang[l.lang], true
		}
	}
	return msg.Text{}, false
}

// modelRoleByTitle returns the model's role whose title an id spells, such
// as "data-protection-officer" for "tietosuojavastaava".
func (c *checker) modelRoleByTitle(id string) (role string, lang msg.Text, ok bool) {
	req := c.repo.Requirements()
	if req == nil {
		return "", msg.Text{}, false
	}
	for _, r := range req.Roles {
		if r.Role == id {
			return "", msg.Text{}, false
		}
	}
	for _, r := range req.Roles {
		if l, ok := titleOf(id, r.Name); ok {
			return r.Role, l, true
		}
	}
	return "", msg.Text{}, false
}

// roleAlias returns the model role a municipality's role stands for when
// its id is that role's title (roles: "tietosuojavastaava"): role-id
// reports it once, and the role counts as the model's for the rest.
func (c *checker) roleAlias(m *model.Municipality, key string) (string, bool) {
	role, _, ok := c.modelRoleByTitle(key)
	if !ok {
		return "", false
	}
	if _, defined := m.Roles.Get(role); defined {
		return "", false
	}
	return role, true
}

// hasRole reports whether a municipality names a role of the model, by its
// id or by a title used as its id.
func (c *checker) hasRole(m *model.Municipality, role string) bool {
	if _, ok := m.Roles.Get(role); ok {
		return true
	}
	for _, e := range m.Roles {
		if r, ok := c.roleAlias(m, e.Key); ok && r == role {
			return true
		}
	}
	return false
}

// ids lists what a target collection defines, for suggestions: for actors
// only those of the allowed kinds.
func (c *checker) ids(t target) []string {
	var out []string
	switch t.collection {
	case "areas":
		for _, a := range c.repo.Areas() {
			out = append(out, a.ID)
		}
	case "tasks":
		for _, x := range c.repo.Tasks() {
			out = append(out, x.ID)
		}
	case "recommendations":
		for _, r := range c.repo.Recommendations() {
			out = append(out, r.ID)
		}
	case "kinds":
		for _, k := range c.repo.Kinds() {
			out = append(out, k.ID)
		}
	case "counties":
		for _, co := range c.repo.Counties() {
			out = append(out, co.Code)
		}
	case "actors":
		for _, a := range c.repo.Actors() {
			if len(t.kinds) == 0 || contains(t.kinds, a.Kind) {
				out = append(out, a.ID)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
