// Package collation sorts names as the reader's alphabet does. Finnish and
// Swedish put Å, Ä and Ö after Z (…, Y, Z, Å, Ä, Ö), where a byte order
// puts them after every ASCII letter in an arbitrary order and an English
// order files them under A and O. Lists of municipalities, counties and
// actors sort by name with it, not by code or bytes.
//
// English pages use the Finnish collation: the names they list are Finnish
// and Swedish place and agency names, and a reader comparing an English
// page with the Finnish one finds them in the same order (Ähtäri and
// Äänekoski after Ylöjärvi, not among the A's).
package collation

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// tag is the collation of a page or output language: Swedish for "sv",
// Finnish for "fi", "en" and anything else.
func tag(lang string) language.Tag {
	if lang == "sv" {
		return language.Swedish
	}
	return language.Finnish
}

// Compare orders two names in lang's alphabet: negative, zero or positive.
// Case and accents differ only where the letters are otherwise equal.
func Compare(lang, a, b string) int {
	return collate.New(tag(lang)).CompareString(a, b)
}

// SortByName sorts items in place by the name each has in lang's alphabet,
// stably: items of equal names keep their order (sort by code first for a
// tie-break that is the same every time).
func SortByName[T any](lang string, items []T, name func(T) string) {
	c := collate.New(tag(lang))
	var buf collate.Buffer
	keys := make(map[string][]byte, len(items))
	for _, it := range items {
		n := name(it)
		if _, ok := keys[n]; !ok {
			keys[n] = append([]byte(nil), c.KeyFromString(&buf, n)...)
			buf.Reset()
		}
	}
	slices.SortStableFunc(items, func(a, b T) int {
		ka, kb := keys[name(a)], keys[name(b)]
		return compareBytes(ka, kb)
	})
}

func compareBytes(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return len(a) - len(b)
}
