package msg

// The loader's words for CUE's errors (model/evaluate.go), and CUE's own
// messages that an officer meets most: the parser's and the evaluator's
// formats, keyed as CUE writes them (cuelang.org/go/cue/parser, scanner).
func init() {
	add(map[string]Text{
		// model/evaluate.go
		"%s is %d characters long; at most %s are allowed": {
			FI: "%s on %d merkkiä pitkä; enintään %s on sallittu",
			SV: "%s är %d tecken lång; högst %s är tillåtna",
		},
		"%s is not allowed here; allowed: %s": {
			FI: "%s ei käy tähän; sallitut: %s",
			SV: "%s är inte tillåtet här; tillåtna: %s",
		},
		"%s; it contains %q (U+%04X), a character outside a-z": {
			FI: "%s; siinä on merkki %q (U+%04X), joka ei ole a–z",
			SV: "%s; det innehåller %q (U+%04X), ett tecken utanför a–z",
		},
		"%s; it contains %q (U+%04X), a letter outside a-z that may look like one": {
			FI: "%s; siinä on %q (U+%04X), kirjain a–z:n ulkopuolelta, joka voi näyttää samalta",
			SV: "%s; det innehåller %q (U+%04X), en bokstav utanför a–z som kan se likadan ut",
		},
		"%s; or one of: %s": {
			FI: "%s; tai jokin näistä: %s",
			SV: "%s; eller något av: %s",
		},
		"Use one of: %s.": {
			FI: "Käytä jotakin näistä: %s.",
			SV: "Använd något av: %s.",
		},
		"a value is missing or not concrete: %s": {
			FI: "arvo puuttuu tai on keskeneräinen: %s",
			SV: "ett värde saknas eller är ofullständigt: %s",
		},
		"field %q is not allowed here": {
			FI: "kenttä %q ei kuulu tähän kohtaan",
			SV: "fältet %q hör inte hemma här",
		},
		"field %q is not allowed here; an id holds only lower-case letters a-z, digits and hyphens": {
			FI: "kenttä %q ei kuulu tähän kohtaan; tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä",
			SV: "fältet %q hör inte hemma här; en id får bara innehålla små bokstäver a–z, siffror och bindestreck",
		},
		"found %s (%s), expected %s": {
			FI: "arvo on %s (%s), odotettiin: %s",
			SV: "värdet är %s (%s), väntat: %s",
		},
		"found %s (%s), expected %s; allowed: %s": {
			FI: "arvo on %s (%s), odotettiin: %s; sallitut: %s",
			SV: "värdet är %s (%s), väntat: %s; tillåtna: %s",
		},
		"required field %q is missing": {
			FI: "pakollinen kenttä %q puuttuu",
			SV: "det obligatoriska fältet %q saknas",
		},
		`%s is not a date: write YYYY-MM-DD, a day that exists (such as "2026-03-15")`: {
			FI: `%s ei ole päivämäärä: kirjoita VVVV-KK-PP, olemassa oleva päivä (esimerkiksi "2026-03-15")`,
			SV: `%s är inget datum: skriv ÅÅÅÅ-MM-DD, en dag som finns (till exempel "2026-03-15")`,
		},
		"%s is out of range: it must be %s or more": {
			FI: "%s on sallitun alueen ulkopuolella: sen on oltava vähintään %s",
			SV: "%s ligger utanför det tillåtna: det ska vara minst %s",
		},
		"%s is out of range: it must be more than %s": {
			FI: "%s on sallitun alueen ulkopuolella: sen on oltava suurempi kuin %s",
			SV: "%s ligger utanför det tillåtna: det ska vara större än %s",
		},
		"%s is out of range: it must be %s or less": {
			FI: "%s on sallitun alueen ulkopuolella: se saa olla enintään %s",
			SV: "%s ligger utanför det tillåtna: det får vara högst %s",
		},
		"%s is out of range: it must be less than %s": {
			FI: "%s on sallitun alueen ulkopuolella: sen on oltava pienempi kuin %s",
			SV: "%s ligger utanför det tillåtna: det ska vara mindre än %s",
		},
		`%s is not an id: write lower-case letters a-z and digits, in words joined by single hyphens (such as "ncsc-fi")`: {
			FI: `%s ei ole tunnus: kirjoita pienillä kirjaimilla a–z ja numeroilla, sanat yhdysmerkillä yhdistettyinä (esimerkiksi "ncsc-fi")`,
			SV: `%s är ingen id: skriv små bokstäver a–z och siffror, ord förenade med ett bindestreck (till exempel "ncsc-fi")`,
		},
		`%s is not a municipality code: three digits, such as "091"`: {
			FI: `%s ei ole kuntanumero: kolme numeroa, esimerkiksi "091"`,
			SV: `%s är ingen kommunkod: tre siffror, till exempel "091"`,
		},
		`%s is not a two-digit code, such as "01"`: {
			FI: `%s ei ole kaksinumeroinen koodi, kuten "01"`,
			SV: `%s är ingen tvåsiffrig kod, som "01"`,
		},
		`%s is not a party: write "role:<id>", "body:<id>", "company:<id>" or "actor:<id>", with an id of lower-case letters a-z, digits and hyphens`: {
			FI: `%s ei ole osapuoli: kirjoita "role:<tunnus>", "body:<tunnus>", "company:<tunnus>" tai "actor:<tunnus>"; tunnuksessa pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä`,
			SV: `%s är ingen part: skriv "role:<id>", "body:<id>", "company:<id>" eller "actor:<id>"; id med små bokstäver a–z, siffror och bindestreck`,
		},
		`%s is not a GitHub user or team: write "@name" or "@organisation/team"`: {
			FI: `%s ei ole GitHub-käyttäjä tai -tiimi: kirjoita "@nimi" tai "@organisaatio/tiimi"`,
			SV: `%s är ingen GitHub-användare eller -team: skriv "@namn" eller "@organisation/team"`,
		},
		`%s is empty, starts or ends with a space, or spans several lines: write it on one line`: {
			FI: `%s on tyhjä, alkaa tai päättyy välilyöntiin tai jakautuu usealle riville: kirjoita se yhdelle riville`,
			SV: `%s är tomt, börjar eller slutar med ett mellanslag eller sträcker sig över flera rader: skriv det på en rad`,
		},
		`%s is empty: write some text`: {
			FI: `%s on tyhjä: kirjoita tekstiä`,
			SV: `%s är tomt: skriv en text`,
		},
		`%s spans several lines: write it on one line`: {
			FI: `%s jakautuu usealle riville: kirjoita se yhdelle riville`,
			SV: `%s sträcker sig över flera rader: skriv det på en rad`,
		},
		`%s is not an https:// address (one without spaces, quotes or < >)`: {
			FI: `%s ei ole https://-osoite (ilman välilyöntejä, lainausmerkkejä tai merkkejä < >)`,
			SV: `%s är ingen https://-adress (utan mellanslag, citattecken eller < >)`,
		},
		`%s is not an e-mail address, such as "tietosuoja@example.fi"`: {
			FI: `%s ei ole sähköpostiosoite, kuten "tietosuoja@example.fi"`,
			SV: `%s är ingen e-postadress, som "dataskydd@example.fi"`,
		},
		`%s is not a phone number: 5 to 20 digits, spaces, ( ) and -, with an optional + first`: {
			FI: `%s ei ole puhelinnumero: 5–20 numeroa, välilyöntejä, ( ) ja -, alussa mahdollisesti +`,
			SV: `%s är inget telefonnummer: 5–20 siffror, mellanslag, ( ) och -, eventuellt + först`,
		},

		// CUE's parser and scanner.
		"expected %s, found %s": {
			FI: "odotettiin %s, mutta tuli %s",
			SV: "väntade %s, men fick %s",
		},
		"expected %s, found '%s'": {
			FI: "odotettiin %s, mutta tuli '%s'",
			SV: "väntade %s, men fick '%s'",
		},
		"expected %s, found '%s' %s": {
			FI: "odotettiin %s, mutta tuli '%s' %s",
			SV: "väntade %s, men fick '%s' %s",
		},
		"expected %s, found newline": {
			FI: "odotettiin %s, mutta rivi päättyi",
			SV: "väntade %s, men raden tog slut",
		},
		"expected %s": {
			FI: "odotettiin %s",
			SV: "väntade %s",
		},
		"missing ',' in %s": {
			FI: "pilkku puuttuu (%s)",
			SV: "kommatecken saknas (%s)",
		},
		"missing ',' before newline in %s": {
			FI: "pilkku puuttuu ennen rivinvaihtoa (%s)",
			SV: "kommatecken saknas före radbrytningen (%s)",
		},
		"missing ',' before newline in list literal": {
			FI: "pilkku puuttuu ennen rivinvaihtoa luettelossa [ ]",
			SV: "kommatecken saknas före radbrytningen i listan [ ]",
		},
		"missing ',' before newline": {
			FI: "pilkku puuttuu ennen rivinvaihtoa",
			SV: "kommatecken saknas före radbrytningen",
		},
		"string literal not terminated": {
			FI: "tekstin päättävä lainausmerkki puuttuu",
			SV: "citattecknet som avslutar texten saknas",
		},
		"illegal character %#U": {
			FI: "merkki %#U ei käy tähän",
			SV: "tecknet %#U är inte tillåtet här",
		},
		"illegal character NUL": {
			FI: "tiedostossa on NUL-merkki",
			SV: "filen innehåller tecknet NUL",
		},
		"illegal UTF-8 encoding": {
			FI: "virheellinen UTF-8-merkistö",
			SV: "ogiltig UTF-8-kodning",
		},
		"illegal byte order mark": {
			FI: "tavujärjestysmerkki (BOM) väärässä kohdassa",
			SV: "byteordningsmarkering (BOM) på fel ställe",
		},
		"illegal token %q": {
			FI: "merkintä %q ei käy tähän",
			SV: "%q är inte tillåtet här",
		},
		"unexpected '%s'": {
			FI: "odottamaton '%s'",
			SV: "oväntat '%s'",
		},
		"comment not terminated": {
			FI: "kommentti jää auki",
			SV: "kommentaren avslutas inte",
		},
		"escape sequence not terminated": {
			FI: "kenoviivalla alkava merkintä jää kesken",
			SV: "escape-sekvensen med omvänt snedstreck avslutas inte",
		},
		"non-matching whitespace for multiline strings": {
			FI: "monirivisen tekstin rivien sisennys ei täsmää",
			SV: "indraget stämmer inte överens i en flerradig text",
		},
		"expected newline after multiline quote %s": {
			FI: "monirivisen tekstin aloittavan merkinnän %s jälkeen pitää vaihtaa riviä",
			SV: "efter %s som inleder en flerradig text ska raden brytas",
		},
		"invalid package name %s": {
			FI: "virheellinen paketin nimi %s",
			SV: "ogiltigt paketnamn %s",
		},
		"expression exceeds maximum nesting depth of %d": {
			FI: "rakenne on sisäkkäin syvemmällä kuin sallitut %d tasoa",
			SV: "strukturen är djupare kapslad än de tillåtna %d nivåerna",
		},
		"incomplete value %v": {
			FI: "keskeneräinen arvo %v",
			SV: "ofullständigt värde %v",
		},
	})
}
