package site

import "testing"

// TestCitation: locator words in the page's language, the Finnish quote
// marked as Finnish, Finnish pages as written.
func TestCitation(t *testing.T) {
	const s = "Haukka 2021, taulukko 2: alueen nimi; Haukka 2021, luku 2.1.2; tietosuoja-asetus (EU) 2016/679, 37 artikla; 38 ja 39 artikla"
	for lang, want := range map[string]string{
		"fi": s,
		"sv": `Haukka 2021, tabell 2: <span lang="fi">alueen nimi</span>; Haukka 2021, kapitel 2.1.2; dataskyddsförordningen (EU) 2016/679, artikel 37; artiklarna 38 och 39`,
		"en": `Haukka 2021, table 2: <span lang="fi">alueen nimi</span>; Haukka 2021, chapter 2.1.2; GDPR (EU) 2016/679, Article 37; Articles 38 and 39`,
	} {
		if got := string((&page{Lang: lang}).Cite(s)); got != want {
			t.Errorf("%s: %s\nwant %s", lang, got, want)
		}
	}
}
