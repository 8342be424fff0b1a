package collation

import (
	"slices"
	"testing"
)

// The names are real municipalities' (reference/municipalities.csv), in
// Finnish and in Swedish.
func TestSortByName(t *testing.T) {
	for _, c := range []struct {
		lang  string
		names []string
		want  []string
	}{
		{"fi", []string{"Äänekoski", "Ähtäri", "Ylöjärvi", "Akaa", "Ypäjä", "Ylivieska", "Alajärvi", "Zeta"},
			[]string{"Akaa", "Alajärvi", "Ylivieska", "Ylöjärvi", "Ypäjä", "Zeta", "Ähtäri", "Äänekoski"}},
		{"sv", []string{"Östermark", "Åbo", "Övertorneå", "Etseri", "Äänekoski", "Ylöjärvi", "Akaa"},
			[]string{"Akaa", "Etseri", "Ylöjärvi", "Åbo", "Äänekoski", "Östermark", "Övertorneå"}},
		// English pages file the names as the Finnish pages do.
		{"en", []string{"Äänekoski", "Akaa", "Ähtäri", "Ylöjärvi", "Oulu"},
			[]string{"Akaa", "Oulu", "Ylöjärvi", "Ähtäri", "Äänekoski"}},
		// Case does not split the alphabet.
		{"fi", []string{"ahvenanmaa", "Helsinki", "Espoo"}, []string{"ahvenanmaa", "Espoo", "Helsinki"}},
	} {
		got := slices.Clone(c.names)
		SortByName(c.lang, got, func(s string) string { return s })
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.lang, got, c.want)
		}
	}
}

func TestSortByNameStable(t *testing.T) {
	type item struct{ code, name string }
	items := []item{{"2", "Pedersöre"}, {"1", "Pedersöre"}, {"3", "Akaa"}}
	SortByName("fi", items, func(i item) string { return i.name })
	if items[0].code != "3" || items[1].code != "2" || items[2].code != "1" {
		t.Errorf("%v", items)
	}
}

func TestCompare(t *testing.T) {
	if Compare("fi", "Zeta", "Ähtäri") >= 0 || Compare("sv", "Åbo", "Äänekoski") >= 0 || Compare("fi", "Akaa", "Akaa") != 0 {
		t.Error("Compare does not follow the alphabet")
	}
}
