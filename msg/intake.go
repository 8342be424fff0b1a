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
