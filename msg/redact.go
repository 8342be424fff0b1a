package msg

// MapArgs applies f to a message's text arguments, and to those of the
// messages and lists nested in it: redaction and shortening work on the
// values a message quotes, never on the words around them. Localized words
// (Text, Key, Plural) are the catalogue's own and are left as they are.
func MapArgs(m Message, f func(string) string) Message {
	if len(m.Args) == 0 {
		return m
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = mapArg(a, f)
	}
	return Message{Format: m.Format, Args: args}
}

func mapArg(a any, f func(string) string) any {
	switch x := a.(type) {
	case string:
		return f(x)
	case Message:
		return MapArgs(x, f)
	case Joined:
		out := make(Joined, len(x))
		for i, m := range x {
			out[i] = MapArgs(m, f)
		}
		return out
	case List:
		out := make(List, len(x))
		for i, y := range x {
			out[i] = mapArg(y, f)
		}
		return out
	case Alternatives:
		out := make(Alternatives, len(x))
		for i, y := range x {
			out[i] = mapArg(y, f)
		}
		return out
	}
	return a
}

// Findings that name a person or a non-public entry by its kind only
// (model/redact.go, validate/municipality.go, validate/references.go,
// validate/contacts.go).
func init() {
	add(map[string]Text{
		// model/evaluate.go, model/explain.go
		"a person has only the fields name, phone and visibility; the field written here is none of them": {
			FI: "henkilöllä on vain kentät name, phone ja visibility; tähän kirjoitettu kenttä ei ole mikään niistä",
			SV: "en person har bara fälten name, phone och visibility; fältet som står här är inget av dem",
		},
		"the field written here is not allowed here; a field name holds only letters a-z, digits and hyphens (this one is not repeated, in case it is a person's name)": {
			FI: "tähän kirjoitettu kenttä ei kuulu tähän kohtaan; kentän nimessä saa olla vain kirjaimia a–z, numeroita ja yhdysmerkkejä (nimeä ei toisteta, koska se voi olla henkilön nimi)",
			SV: "fältet som står här hör inte hemma här; ett fältnamn får bara innehålla bokstäver a–z, siffror och bindestreck (namnet upprepas inte, eftersom det kan vara en persons namn)",
		},
		"%s is written twice, with two different values, on lines %d and %d": {
			FI: "%s on kirjoitettu kahdesti eri arvoilla, riveillä %d ja %d",
			SV: "%s står två gånger med olika värden, på rad %d och %d",
		},
		"%s: the date written here is not a day that exists": {
			FI: "%s: tähän kirjoitettua päivää ei ole olemassa",
			SV: "%s: dagen som står här finns inte",
		},
		"%s: the date is written day.month.year; dates are written year-month-day": {
			FI: "%s: päivämäärä on kirjoitettu muodossa päivä.kuukausi.vuosi; päivämäärät kirjoitetaan muodossa vuosi-kuukausi-päivä",
			SV: "%s: datumet är skrivet dag.månad.år; datum skrivs år-månad-dag",
		},
		"%s: the date is not written as YYYY-MM-DD, with two digits for the month and the day": {
			FI: "%s: päivämäärä ei ole muodossa VVVV-KK-PP, jossa kuukaudessa ja päivässä on kaksi numeroa",
			SV: "%s: datumet är inte skrivet ÅÅÅÅ-MM-DD, med två siffror för månaden och dagen",
		},
		`Write the date as year-month-day, "YYYY-MM-DD", with two digits for the month and the day.`: {
			FI: `Kirjoita päivämäärä muodossa vuosi-kuukausi-päivä, "VVVV-KK-PP", kuukausi ja päivä kahdella numerolla.`,
			SV: `Skriv datumet som år-månad-dag, "ÅÅÅÅ-MM-DD", med två siffror för månaden och dagen.`,
		},

		// validate/municipality.go
		"a non-public body sets no statusReportEveryMonths": {
			FI: "ei-julkiselta toimielimeltä puuttuu statusReportEveryMonths",
			SV: "ett icke-offentligt organ anger inte statusReportEveryMonths",
		},
		"a non-public body treats status reports more or less often than the model asks (every %d to %d months)": {
			FI: "ei-julkinen toimielin käsittelee tilannekatsauksia useammin tai harvemmin kuin malli edellyttää (%d–%d kuukauden välein)",
			SV: "ett icke-offentligt organ behandlar lägesrapporter oftare eller mer sällan än modellen kräver (med %d–%d månaders mellanrum)",
		},
		"a non-public body's status report is overdue": {
			FI: "ei-julkisen toimielimen tilannekatsaus on myöhässä",
			SV: "ett icke-offentligt organs lägesrapport är försenad",
		},
		"a non-public body's last status report is dated after today": {
			FI: "ei-julkisen toimielimen viimeisimmän tilannekatsauksen päivämäärä on myöhempi kuin tämä päivä",
			SV: "ett icke-offentligt organs senaste lägesrapport är daterad senare än i dag",
		},
		"%s, a non-public date, is after today": {
			FI: "%s on ei-julkinen päivämäärä, joka on myöhempi kuin tämä päivä",
			SV: "%s, ett icke-offentligt datum, är senare än i dag",
		},
		"a non-public company is critical infrastructure but does not state its NIS2 scope": {
			FI: "ei-julkinen yhtiö on kriittistä infrastruktuuria, mutta se ei ilmoita, kuuluuko se NIS2-direktiivin soveltamisalaan",
			SV: "ett icke-offentligt bolag är kritisk infrastruktur men anger inte om det omfattas av NIS2",
		},
		"a non-public company is in NIS2 scope but its management training is not recorded as done": {
			FI: "ei-julkinen yhtiö kuuluu NIS2-direktiivin soveltamisalaan, mutta johdon koulutusta ei ole merkitty pidetyksi",
			SV: "ett icke-offentligt bolag omfattas av NIS2, men ledningens utbildning har inte antecknats som genomförd",
		},
		"a non-public action-plan task is past its due date": {
			FI: "ei-julkisen toimenpidesuunnitelman tehtävän määräpäivä on mennyt",
			SV: "en icke-offentlig uppgift i åtgärdsplanen har passerat sitt slutdatum",
		},
		"a non-public company is Accountable for %q, but ultimate responsibility stays with the municipality's own roles and bodies": {
			FI: "ei-julkinen yhtiö on merkitty tilivelvolliseksi (Accountable) rivillä %q, mutta viimekätinen vastuu säilyy kunnan omilla rooleilla ja toimielimillä",
			SV: "ett icke-offentligt bolag är redovisningsskyldigt (Accountable) för %q, men det yttersta ansvaret ligger kvar hos kommunens egna roller och organ",
		},
		"the id of a non-public role is the title of one of the national model's roles": {
			FI: "ei-julkisen roolin tunnus on kansallisen mallin jonkin roolin nimike",
			SV: "id:t för en icke-offentlig roll är titeln på en av den nationella modellens roller",
		},
		"%s is public but names a non-public role": {
			FI: "%s on julkinen, mutta viittaa rooliin, joka ei ole julkinen",
			SV: "%s visas offentligt men hänvisar till en roll som inte får visas offentligt",
		},
		"%s is public but names a non-public body": {
			FI: "%s on julkinen, mutta viittaa toimielimeen, joka ei ole julkinen",
			SV: "%s visas offentligt men hänvisar till ett organ som inte får visas offentligt",
		},
		"%s is public but names a non-public company": {
			FI: "%s on julkinen, mutta viittaa yhtiöön, joka ei ole julkinen",
			SV: "%s visas offentligt men hänvisar till ett bolag som inte får visas offentligt",
		},

		// validate/references.go
		"%s of a non-public entry names nothing that is %s of the model": {
			FI: "ei-julkisen kohteen kentän %[1]s arvo ei ole mallin %[2]s",
			SV: "fältet %[1]s i en icke-offentlig post anger inte %[2]s i modellen",
		},
		"%s of a non-public entry names an id that the file's %s do not define": {
			FI: "ei-julkisen kohteen kenttä %[1]s viittaa tunnukseen, jota tiedoston kohdassa %[2]s ei ole",
			SV: "fältet %[1]s i en icke-offentlig post anger ett id som inte finns under %[2]s i filen",
		},
		"Add the id under %s, or use an id that is there.": {
			FI: "Lisää tunnus kohtaan %s tai käytä siellä olevaa tunnusta.",
			SV: "Lägg till id:t under %s, eller använd ett id som finns där.",
		},

		// validate/contacts.go
		"the mailbox of a non-public role is at %s, a made-up example domain": {
			FI: "ei-julkisen roolin sähköpostiosoite on keksityssä esimerkkiverkkotunnuksessa %s",
			SV: "en icke-offentlig roll har sin e-postadress i den påhittade exempeldomänen %s",
		},
		"Replace it with the role's own shared mailbox at your municipality's domain.": {
			FI: "Korvaa se roolin omalla yhteisellä sähköpostiosoitteella kuntanne verkkotunnuksessa.",
			SV: "Ersätt den med rollens egen gemensamma e-postadress i kommunens domän.",
		},
		"the mailbox of a non-public role looks like a person's address (first.last@%s)": {
			FI: "ei-julkisen roolin sähköpostiosoite näyttää henkilön osoitteelta (etunimi.sukunimi@%s)",
			SV: "en icke-offentlig roll har en e-postadress som ser ut som en persons (förnamn.efternamn@%s)",
		},
		"Use the role's shared mailbox: it stays when the person changes.": {
			FI: "Käytä roolin yhteistä sähköpostiosoitetta: se säilyy, kun henkilö vaihtuu.",
			SV: "Använd rollens gemensamma e-postadress: den består när personen byts.",
		},
	})
}
