package msg

import "testing"

// TestCitation: a source from the model in each language, as plain text.
func TestCitation(t *testing.T) {
	const s = "Haukka 2021, luku 2.1.2; tietosuoja-asetus (EU) 2016/679, 37 artikla"
	for l, want := range map[Lang]string{
		FI: s,
		SV: "Haukka 2021, kapitel 2.1.2; dataskyddsförordningen (EU) 2016/679, artikel 37",
		EN: "Haukka 2021, chapter 2.1.2; GDPR (EU) 2016/679, Article 37",
	} {
		if got := Sprintf(l, "(%s)", Citation(s)); got != "("+want+")" {
			t.Errorf("%s: %s\nwant (%s)", l, got, want)
		}
	}
	for c, want := range map[Citation]string{
		"Kuntaliitto 2025":                 "Kommunförbundet 2025",
		"Tilastokeskus 2025 ja 2026":       "Statistikcentralen 2025 och 2026",
		"Haukka 2021, taulukot 1 ja 2":     "Haukka 2021, tabellerna 1 och 2",
		"Haukka 2021, yhteenveto":          "Haukka 2021, sammanfattning",
		"Haukka 2021, taulukko 2: sisältö": "Haukka 2021, tabell 2: sisältö",
	} {
		if got := c.Localize(SV); got != want {
			t.Errorf("%s: %s, want %s", c, got, want)
		}
	}
}
