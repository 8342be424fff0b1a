package msg

// Texts for sources, citations and not-yet-reported figures in the reader's
// language.
func init() {
	add(map[string]Text{
		"data.municipalities-columns": {
			FI: "Kunnat: tunnistetiedot, ilmoituksen tila ja kattavuus (completeness, prosentteina; tyhjä, jos kunta ei ole vielä ilmoittanut).",
			SV: "Kommunerna: identitet, rapportens status och fullständighet (completeness, i procent; tom om kommunen ännu inte har rapporterat).",
			EN: "Municipalities: identity, reporting status and completeness (completeness, in per cent; empty if the municipality has not reported yet).",
		},
		"citation.area-name": {FI: "alueen nimi (%s)", SV: "områdets namn (%s)", EN: "the area's name (%s)"},
		"muni.regional-source": {
			FI: "Tilastokeskuksen luokitukset ja väestötilastot 2025 ja 2026",
			SV: "Statistikcentralens klassifikationer och befolkningsstatistik 2025 och 2026",
			EN: "Statistics Finland's classifications and population statistics 2025 and 2026",
		},
	})
}
