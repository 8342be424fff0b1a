package msg

// The editor's form for an officer (site/assets/editor.js): roles chosen
// from the model's kinds, a body's optional identifier, the findings the
// form cannot fix in a group of their own.
func init() {
	add(map[string]Text{
		"editor.role-kind":        {"Mikä rooli", "Vilken roll", "Which role"},
		"editor.role-other":       {"Muu rooli", "Annan roll", "Another role"},
		"editor.role-other-id":    {"Muun roolin tunniste (pienin kirjaimin, väliviivoin, esim. cyber-coordinator)", "Den andra rollens identifierare (små bokstäver och bindestreck, t.ex. cyber-coordinator)", "The other role's identifier (lower case and hyphens, e.g. cyber-coordinator)"},
		"editor.body-id-optional": {"Tunniste (vapaaehtoinen)", "Identifierare (frivillig)", "Identifier (optional)"},
		"editor.body-id-help":     {"Tyhjäksi jätettynä tunniste muodostetaan tyypistä (esim. board).", "Lämnas fältet tomt bildas identifieraren av typen (t.ex. board).", "Left empty, it is made from the type (e.g. board)."},
		"editor.raci-several":     {"Valitse useampi pitämällä Ctrl-näppäin (Macissa Cmd) painettuna.", "Välj flera genom att hålla ned Ctrl (på Mac Cmd).", "Choose several by holding down Ctrl (Cmd on a Mac)."},
		"editor.other-findings":   {"Muut huomiot: nämä korjataan pull requestilla", "Övriga anmärkningar: rättas med en pull request", "Other findings: fixed by pull request"},
		"editor.other-help":       {"Lomake ei muokkaa näitä tietoja; ne muutetaan kunnan tiedostoon pull requestilla. Ohjeet:", "Formuläret ändrar inte de här uppgifterna; de ändras i kommunens fil med en pull request. Anvisningar:", "The form does not edit these parts; they are changed in the municipality's file by pull request. How to:"},
		"editor.add-role-hint":    {"Lisää rooli lomakkeella: ”Lisää rooli” ja valitse rooli luettelosta.", "Lägg till rollen med formuläret: ”Lägg till roll” och välj rollen i listan.", "Add the role with the form: \"Add a role\" and choose it in the list."},
		"editor.add-body-hint":    {"Lisää toimielin lomakkeella: ”Lisää toimielin” ja valitse tyyppi.", "Lägg till organet med formuläret: ”Lägg till organ” och välj typen.", "Add the body with the form: \"Add a body\" and choose its type."},
		"editor.raci-row-hint":    {"Valitse alla tämän alueen rivillä ainakin, kuka vastaa (A).", "Välj nedan på områdets rad åtminstone vem som svarar (A).", "Choose below, on the area's row, at least who answers for it (A)."},
		"editor.maintainers-hint": {"Kirjoita GitHub-tunnukset kenttään ”Muutokset hyväksyvät GitHub-käyttäjät”.", "Skriv GitHub-användarna i fältet ”GitHub-användare som godkänner ändringar”.", "Write the GitHub users in the field \"GitHub users who approve changes\"."},
	})
}
