package site

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/govmap/govmap/model"
)

// TestTxtMarksTheTextsLanguage: a text shown in another language than the
// page's carries its lang: Finnish on a Swedish page, and a Swedish-speaking
// municipality's Swedish-only title on a Finnish or English page.
func TestTxtMarksTheTextsLanguage(t *testing.T) {
	for _, c := range []struct {
		lang string
		text model.Text
		want string
	}{
		{"fi", model.Text{FI: "Tietosuojavastaava", SV: "Dataskyddsombud"}, "Tietosuojavastaava"},
		{"sv", model.Text{FI: "Tietosuojavastaava", SV: "Dataskyddsombud"}, "Dataskyddsombud"},
		{"sv", model.Text{FI: "Tietosuojavastaava"}, `<span lang="fi">Tietosuojavastaava</span>`},
		{"fi", model.Text{SV: "Dataskyddsombud"}, `<span lang="sv">Dataskyddsombud</span>`},
		{"en", model.Text{SV: "Dataskyddsombud"}, `<span lang="sv">Dataskyddsombud</span>`},
		{"en", model.Text{SV: "Dataskyddsombud", EN: "Data protection officer"}, "Data protection officer"},
		{"fi", model.Text{}, ""},
	} {
		if got := string((&page{Lang: c.lang}).Txt(c.text)); got != c.want {
			t.Errorf("%s page, %+v: %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// foreignWords are words that mark a language: a page of another
// language shows none of them outside an element marked with lang.
var foreignWords = map[string][]string{
	"fi": {"ja", "on", "kunta", "kunnan", "lisättiin", "taulukko", "luku", "vastuussa", "nimesi", "kirjasi", "tilannekatsaus", "muutti"},
	"sv": {"och", "är", "kommun", "kommunen", "tabell", "kapitel", "utsåg", "ändrade", "lägesrapport"},
	"en": {"the", "municipality", "named", "recorded", "changed", "table", "chapter"},
}

// collides lists the marker words that are words of the page's own
// language too: Swedish "ja" (yes), English "on". ("and" is no marker:
// English names of bodies, such as Information Sharing and Analysis
// Centre, stand in Finnish and Swedish prose that cannot mark them.)
var collides = map[string]map[string]bool{"sv": {"ja": true}, "en": {"on": true}}

// wordsOutsideLang returns the words of a page's text (without scripts,
// styles and elements whose lang differs from the page's).
func wordsOutsideLang(page []byte, pageLang string) []string {
	z := html.NewTokenizer(bytes.NewReader(page))
	// Each open element's language and whether its text is skipped.
	type open struct {
		tag  string
		skip bool
	}
	var stack []open
	skipping := func() bool { return len(stack) > 0 && stack[len(stack)-1].skip }
	var words []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return words
		case html.StartTagToken:
			tn, hasAttr := z.TagName()
			tag := string(tn)
			// Code is file names and identifiers, of no language.
			skip := skipping() || tag == "script" || tag == "style" || tag == "code"
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if string(k) == "lang" && tag != "html" {
					skip = skip || string(v) != pageLang
				}
			}
			if voidElements[tag] {
				continue
			}
			stack = append(stack, open{tag, skip})
		case html.EndTagToken:
			tn, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].tag == string(tn) {
					stack = stack[:i]
					break
				}
			}
		case html.TextToken:
			if skipping() {
				continue
			}
			words = append(words, strings.FieldsFunc(strings.ToLower(string(z.Text())), func(r rune) bool {
				return !unicode.IsLetter(r) && r != '-' && r != '_'
			})...)
		}
	}
}

var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// TestEveryPageInItsLanguage walks every page of each language, with a
// history, and fails on a marker word of another language outside an
// element marked with that language.
func TestEveryPageInItsLanguage(t *testing.T) {
	files := gitSiteFiles(t, "")
	found := map[string]int{} // "page lang / foreign word" → pages
	example := map[string]string{}
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") || name == "404.html" {
			continue
		}
		lang := "fi"
		if l, _, ok := strings.Cut(name, "/"); ok && (l == "sv" || l == "en") {
			lang = l
		}
		words := map[string]bool{}
		for _, w := range wordsOutsideLang(data, lang) {
			words[w] = true
		}
		for other, markers := range foreignWords {
			if other == lang {
				continue
			}
			for _, w := range markers {
				if words[w] && !collides[lang][w] {
					k := lang + " page, " + other + " word " + strconv.Quote(w)
					found[k]++
					if example[k] == "" || name < example[k] {
						example[k] = name
					}
				}
			}
		}
	}
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("%s: %d pages, e.g. %s", k, found[k], example[k])
	}
}

// TestWordsOutsideLang: text inside an element of another language is
// left out, the page's own is kept.
func TestWordsOutsideLang(t *testing.T) {
	got := wordsOutsideLang([]byte(`<html lang="sv"><p>Kommunen <span lang="fi">kunta ja <b>kaupunki</b></span> och <br>staden</p><script>var the</script></html>`), "sv")
	if want := []string{"kommunen", "och", "staden"}; !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}
