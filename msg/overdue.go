package msg

// The weekly overdue issues (govmap overdue --issues).
func init() {
	add(map[string]Text{
		"Overdue status reports or tasks: %s (%s)": {
			FI: "Myöhässä olevia tilannekatsauksia tai tehtäviä: %s (%s)",
			SV: "Försenade lägesrapporter eller uppgifter: %s (%s)",
		},
		"The model asks %s for these; update the file %s when they are done:": {
			FI: "Nämä ovat myöhässä (%s). Päivitä tiedosto %s, kun ne on tehty:",
			SV: "Dessa är försenade (%s). Uppdatera filen %s när de är gjorda:",
		},
		"Nothing is overdue any more: closing.": {
			FI: "Mikään ei ole enää myöhässä: suljetaan.",
			SV: "Inget är längre försenat: stängs.",
		},
		"issues: %d opened, %d updated, %d unchanged, %d closed": {
			FI: "tiketit: %d avattu, %d päivitetty, %d ennallaan, %d suljettu",
			SV: "ärenden: %d öppnade, %d uppdaterade, %d oförändrade, %d stängda",
		},
		"--issues needs --repo OWNER/NAME": {
			FI: "--issues tarvitsee valitsimen --repo OWNER/NAME",
			SV: "--issues behöver --repo OWNER/NAME",
		},
		"--issues needs a token in GITHUB_TOKEN": {
			FI: "--issues tarvitsee tunnisteen (token) ympäristömuuttujassa GITHUB_TOKEN",
			SV: "--issues behöver en token i miljövariabeln GITHUB_TOKEN",
		},
		"keep one GitHub issue per municipality with overdue items (opened, updated, closed), assigned to its maintainers; needs --repo and GITHUB_TOKEN": {
			FI: "pidä yllä yhtä GitHub-tikettiä kustakin kunnasta, jolla on myöhässä olevia kohtia (avataan, päivitetään, suljetaan), osoitettuna sen ylläpitäjille; tarvitsee valitsimen --repo ja GITHUB_TOKENin",
			SV: "håll ett GitHub-ärende per kommun med försenade punkter (öppnas, uppdateras, stängs), tilldelat dess förvaltare; kräver --repo och GITHUB_TOKEN",
		},
		"the GitHub repository, OWNER/NAME (default $GITHUB_REPOSITORY)": {
			FI: "GitHub-repositorio, OWNER/NAME (oletus $GITHUB_REPOSITORY)",
			SV: "GitHub-repositoriet, OWNER/NAME (standard $GITHUB_REPOSITORY)",
		},
		"with --issues: re-enable this workflow file (e.g. overdue.yml), so GitHub does not switch the schedule off after 60 days without activity": {
			FI: "valitsimen --issues kanssa: ota tämä työnkulkutiedosto (esim. overdue.yml) uudelleen käyttöön, jottei GitHub poista ajastusta 60 hiljaisen päivän jälkeen",
			SV: "med --issues: aktivera detta arbetsflöde (t.ex. overdue.yml) på nytt, så att GitHub inte stänger av schemat efter 60 dagar utan aktivitet",
		},
	})
}
