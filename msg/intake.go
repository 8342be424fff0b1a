package msg

// Messages of change requests: `govmap apply` (package request) and
// `govmap intake`, which turns an issue into a pull request.
func init() {
	add(map[string]Text{
		// request: the request's text.
		"the request is %d bytes, more than the %d allowed": {
			FI: "pyyntö on %d tavua, enemmän kuin sallitut %d",
			SV: "begäran är %d byte, mer än de tillåtna %d",
		},
		"the request holds no ```cue block": {
			FI: "pyynnössä ei ole ```cue-lohkoa",
			SV: "begäran innehåller inget ```cue-block",
		},
		"Put the municipality's governance between a line ```cue and a line ```, as the form does.": {
			FI: "Kirjoita kunnan hallintamalli rivin ```cue ja rivin ``` väliin, kuten lomake tekee.",
			SV: "Skriv kommunens styrning mellan en rad ```cue och en rad ```, som formuläret gör.",
		},
		"the request holds %d ```cue blocks; it may hold one (the first is at line %d)": {
			FI: "pyynnössä on %d ```cue-lohkoa; sallittu on yksi (ensimmäinen on rivillä %d)",
			SV: "begäran innehåller %d ```cue-block; ett är tillåtet (det första står på rad %d)",
		},
		"Put all of the municipality's governance in one block, and delete the others.": {
			FI: "Kirjoita kunnan koko hallintamalli yhteen lohkoon ja poista muut.",
			SV: "Skriv kommunens hela styrning i ett block och ta bort de andra.",
		},
		"the request is for municipality %s, but the file %s is municipality %s's": {
			FI: "pyyntö koskee kuntaa %s, mutta tiedosto %s on kunnan %s",
			SV: "begäran gäller kommunen %s, men filen %s är kommunens %s",
		},
		"the request is for municipality %s, but it was sent for municipality %s": {
			FI: "pyyntö koskee kuntaa %s, mutta se lähetettiin kunnalle %s",
			SV: "begäran gäller kommunen %s, men den skickades för kommunen %s",
		},
		"Write the code of the municipality the request is for: municipalities: %q: {...}.": {
			FI: "Kirjoita sen kunnan koodi, jota pyyntö koskee: municipalities: %q: {...}.",
			SV: "Skriv koden för den kommun begäran gäller: municipalities: %q: {...}.",
		},
		"%s does not hold one municipality written as municipalities: \"CODE\": {...}": {
			FI: "tiedostossa %s ei ole yhtä kuntaa muodossa municipalities: \"KOODI\": {...}",
			SV: "filen %s innehåller inte en kommun skriven som municipalities: \"KOD\": {...}",
		},
		"the request names municipality %s too; a request changes one municipality (the first named is %s)": {
			FI: "pyyntö nimeää myös kunnan %s; yksi pyyntö muuttaa yhtä kuntaa (ensimmäisenä nimetty on %s)",
			SV: "begäran nämner också kommunen %s; en begäran ändrar en kommun (den först nämnda är %s)",
		},
		"Send a request for each municipality: delete %s from this one.": {
			FI: "Lähetä kullekin kunnalle oma pyyntönsä: poista %s tästä.",
			SV: "Skicka en begäran för varje kommun: ta bort %s från denna.",
		},
		"the ```cue block names no municipality": {
			FI: "```cue-lohko ei nimeä kuntaa",
			SV: "```cue-blocket nämner ingen kommun",
		},
		"Begin the block with municipalities: \"CODE\": { and end it with }, CODE being the municipality's code.": {
			FI: "Aloita lohko rivillä municipalities: \"KOODI\": { ja päätä se merkkiin }; KOODI on kunnan koodi.",
			SV: "Börja blocket med municipalities: \"KOD\": { och avsluta det med }; KOD är kommunens kod.",
		},
		"%s comes from Statistics Finland's reference data; a request cannot change it": {
			FI: "%s tulee Tilastokeskuksen viitetiedoista; pyyntö ei voi muuttaa sitä",
			SV: "%s kommer från Statistikcentralens referensdata; en begäran kan inte ändra det",
		},
		"Leave %s out of the request (or write it as the file has it); reference/README.md says how reference data is updated.": {
			FI: "Jätä %s pois pyynnöstä (tai kirjoita se kuten tiedostossa); reference/README.md kertoo, miten viitetiedot päivitetään.",
			SV: "Lämna bort %s ur begäran (eller skriv det som filen har det); reference/README.md berättar hur referensdata uppdateras.",
		},
	})
}

// Messages of `govmap apply` and `govmap intake`.
func init() {
	add(map[string]Text{
		"%s is no municipality's code: a code is three digits, such as 091": {
			FI: "%s ei ole kunnan koodi: koodi on kolme numeroa, esimerkiksi 091",
			SV: "%s är ingen kommunkod: en kod är tre siffror, till exempel 091",
		},
		"no file of municipalities/ is municipality %s's": {
			FI: "kansiossa municipalities/ ei ole kunnan %s tiedostoa",
			SV: "mappen municipalities/ har ingen fil för kommunen %s",
		},
		"%s is %d bytes, more than the %d allowed": {
			FI: "%s on %d tavua, enemmän kuin sallitut %d",
			SV: "%s är %d byte, mer än de tillåtna %d",
		},
		"want --request FILE": {
			FI: "anna --request TIEDOSTO",
			SV: "ange --request FIL",
		},
		"nothing written: the municipality's file cannot be read as data; it must be fixed first": {
			FI: "mitään ei kirjoitettu: kunnan tiedostoa ei voi lukea datana; se on korjattava ensin",
			SV: "inget skrevs: kommunens fil kan inte läsas som data; den måste rättas först",
		},
		"nothing written: the request has the problems above": {
			FI: "mitään ei kirjoitettu: pyynnössä on yllä luetellut ongelmat",
			SV: "inget skrevs: begäran har problemen ovan",
		},
		"%s already says what the request says; nothing written": {
			FI: "%s sanoo jo saman kuin pyyntö; mitään ei kirjoitettu",
			SV: "%s säger redan det som begäran säger; inget skrevs",
		},
		"apply a change request (an issue's body) to its municipality's file": {
			FI: "vie muutospyyntö (issuen teksti) kunnan tiedostoon",
			SV: "för in en ändringsbegäran (en issues text) i kommunens fil",
		},
		"the change request: a file holding an issue's body (Markdown with one ```cue block)": {
			FI: "muutospyyntö: tiedosto, jossa on issuen teksti (Markdown, jossa on yksi ```cue-lohko)",
			SV: "ändringsbegäran: en fil med en issues text (Markdown med ett ```cue-block)",
		},
		"the municipality the request must be for (the issue form's field); default: the one its block names": {
			FI: "kunta, jota pyynnön on koskettava (issue-lomakkeen kenttä); oletus: lohkon nimeämä kunta",
			SV: "kommunen som begäran ska gälla (fältet i issue-formuläret); standard: den som blocket nämner",
		},
		"turn a governance report (an issue) into a pull request": {
			FI: "tee hallintamalli-ilmoituksesta (issuesta) pull request",
			SV: "gör en styrningsrapport (en issue) till en pull request",
		},
		"the issues event's payload (default $GITHUB_EVENT_PATH)": {
			FI: "issues-tapahtuman tiedot (oletus $GITHUB_EVENT_PATH)",
			SV: "issues-händelsens data (standard $GITHUB_EVENT_PATH)",
		},
		"the git remote the branch is pushed to": {
			FI: "git-etävarasto, johon haara työnnetään",
			SV: "git-fjärrförrådet som grenen skickas till",
		},
		"want --repo OWNER/NAME and --event FILE": {
			FI: "anna --repo OMISTAJA/NIMI ja --event TIEDOSTO",
			SV: "ange --repo ÄGARE/NAMN och --event FIL",
		},
		"not an open governance report (label %s): nothing to do": {
			FI: "ei avoin hallintamalli-ilmoitus (tunniste %s): ei tehtävää",
			SV: "ingen öppen styrningsrapport (etikett %s): inget att göra",
		},
		"the request was not applied: %s": {
			FI: "pyyntöä ei viety tiedostoon: %s",
			SV: "begäran fördes inte in: %s",
		},
		"%d problem in the request": {
			FI: "pyynnössä %d ongelma",
			SV: "%d problem i begäran",
		},
		"%d problems in the request": {
			FI: "pyynnössä %d ongelmaa",
			SV: "%d problem i begäran",
		},
		"Governance report for municipality %s (#%d)": {
			FI: "Kunnan %s hallintamalli-ilmoitus (#%d)",
			SV: "Styrningsrapport för kommunen %s (#%d)",
		},
		"Made by govmap intake from the governance report in issue #%d; the issue's comment lists the changes and the findings.": {
			FI: "govmap intake teki tämän issuen #%d hallintamalli-ilmoituksesta; issuen kommentti luettelee muutokset ja havainnot.",
			SV: "Gjord av govmap intake av styrningsrapporten i issue #%d; kommentaren i issuen listar ändringarna och fynden.",
		},
		"govmap validate: no errors": {
			FI: "govmap validate: ei virheitä",
			SV: "govmap validate: inga fel",
		},
		"govmap validate: the file has errors; see the issue's comment": {
			FI: "govmap validate: tiedostossa on virheitä; katso issuen kommentti",
			SV: "govmap validate: filen har fel; se kommentaren i issuen",
		},
		"The report is now pull request %s. The municipality's maintainers or the national coordinators review it; editing this issue updates it.": {
			FI: "Ilmoituksesta tehtiin pull request %s. Kunnan ylläpitäjät tai kansalliset koordinaattorit tarkastavat sen; tämän issuen muokkaaminen päivittää sen.",
			SV: "Rapporten är nu pull request %s. Kommunens ansvariga eller de nationella koordinatorerna granskar den; när du redigerar denna issue uppdateras den.",
		},
		"opened pull request #%d from %s": {
			FI: "avattiin pull request #%d haarasta %s",
			SV: "öppnade pull request #%d från %s",
		},
		"updated pull request #%d from %s": {
			FI: "päivitettiin pull request #%d haarasta %s",
			SV: "uppdaterade pull request #%d från %s",
		},
		"The municipality's file cannot be read as data, so no report can change it; nothing was changed. A national coordinator must fix the file first; then edit this issue and it is read again.": {
			FI: "Kunnan tiedostoa ei voi lukea datana, joten mikään ilmoitus ei voi muuttaa sitä; mitään ei muutettu. Kansallisen koordinaattorin on ensin korjattava tiedosto; muokkaa sitten tätä issueta, niin se luetaan uudelleen.",
			SV: "Kommunens fil kan inte läsas som data, så ingen rapport kan ändra den; inget ändrades. En nationell koordinator måste först rätta filen; redigera sedan denna issue så läses den på nytt.",
		},
		"The report could not be read, so nothing was changed. Edit the issue to correct it: it is read again.": {
			FI: "Ilmoitusta ei voitu lukea, joten mitään ei muutettu. Korjaa se muokkaamalla issueta: se luetaan uudelleen.",
			SV: "Rapporten kunde inte läsas, så inget ändrades. Rätta den genom att redigera denna issue: den läses på nytt.",
		},
		"line %d, column %d": {
			FI: "rivi %d, sarake %d",
			SV: "rad %d, kolumn %d",
		},
		"%s already says what the report says: there is nothing to change.": {
			FI: "%s sanoo jo saman kuin ilmoitus: muutettavaa ei ole.",
			SV: "%s säger redan det som rapporten säger: det finns inget att ändra.",
		},
	})
}
