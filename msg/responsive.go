package msg

// The published site's texts for charts, tables and offline search, and
// govmap serve's page for a build that failed.
func init() {
	add(map[string]Text{
		// The search page's live region: %d is the number of results, %s
		// the words searched for (search.js fills both in).
		"search.results-one": {"%d osuma haulle ”%s”", "%d träff för ”%s”", "%d result for “%s”"},
		"search.results":     {"%d osumaa haulle ”%s”", "%d träffar för ”%s”", "%d results for “%s”"},
		"search.no-results":  {"Ei osumia haulle ”%s”.", "Inga träffar för ”%s”.", "No results for “%s”."},

		// govmap serve, when the repository has errors.
		"serve.error-title": {"Sivustoa ei voitu rakentaa", "Webbplatsen kunde inte byggas", "The site could not be built"},
		"serve.error-lead":  {"Tiedostoissa on virheitä, joten esikatselu ei näytä sivustoa. Korjaa alla luetellut kohdat; sivu latautuu uudelleen itsestään, kun rakentaminen onnistuu.", "Filerna innehåller fel, så förhandsvisningen visar inte webbplatsen. Rätta punkterna nedan; sidan laddas om av sig själv när bygget lyckas.", "The repository has errors, so the preview does not show the site. Fix the points listed below; this page reloads by itself once the build succeeds."},
		"serve.error-hint":  {"Vihje", "Tips", "Hint"},
		"the repository has errors; the browser shows them until they are fixed": {
			FI: "tiedostoissa on virheitä; selain näyttää ne, kunnes ne on korjattu",
			SV: "filerna innehåller fel; webbläsaren visar dem tills de är rättade",
		},
	})
}
