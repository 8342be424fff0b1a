package msg

// Findings about the mistakes of an officer who pastes the README's example
// into a municipality's file, and about data officers get wrong: the
// findings and hints of model/pasted.go, model/explain.go,
// validate/suggest.go, validate/references.go (suggestions),
// validate/contacts.go and the rules they belong to.
func init() {
	add(map[string]Text{
		// Typographic quotes, odd spaces, "=" for ":" (model/pasted.go).
		"%s (%U) is a typographic quotation mark; CUE reads only straight quotes \"": {
			FI: "%s (%U) on typografinen lainausmerkki; CUE lukee vain suoria lainausmerkkejä \"",
			SV: "%s (%U) är ett typografiskt citattecken; CUE läser bara raka citattecken \"",
		},
		"Type straight quotes (\") in place of the curly ones: `%s`": {
			FI: "Kirjoita kaarevien tilalle suorat lainausmerkit (\"): `%s`",
			SV: "Skriv raka citattecken (\") i stället för de krokiga: `%s`",
		},
		"`%s` is followed by =; a field is written `name: value`, with a colon": {
			FI: "kohdan `%s` perässä on =; kenttä kirjoitetaan kaksoispisteellä: `nimi: arvo`",
			SV: "`%s` följs av =; ett fält skrivs med kolon: `namn: värde`",
		},
		"Write a colon instead of =: `%s`": {
			FI: "Kirjoita =-merkin tilalle kaksoispiste: `%s`",
			SV: "Skriv kolon i stället för =: `%s`",
		},
		"the indentation holds %s (%U), which CUE does not read as white space": {
			FI: "sisennyksessä on %s (%U), jota CUE ei lue välilyönniksi",
			SV: "indraget innehåller %s (%U), som CUE inte läser som blanksteg",
		},
		"Delete the indentation before `%s` and indent with tabs (the Tab key).": {
			FI: "Poista sisennys kohdan `%s` edestä ja sisennä sarkaimilla (Tab-näppäin).",
			SV: "Ta bort indraget före `%s` och dra in med tabbar (Tab-tangenten).",
		},
		"%s (%U) after `%s`, which CUE does not read as white space": {
			FI: "%s (%U) kohdan `%s` jälkeen; CUE ei lue sitä välilyönniksi",
			SV: "%s (%U) efter `%s`, som CUE inte läser som blanksteg",
		},
		"Delete the white space after `%s`.": {
			FI: "Poista tyhjä tila kohdan `%s` jälkeen.",
			SV: "Ta bort blanktecknen efter `%s`.",
		},
		"%s (%U) between `%s` and `%s`, which CUE does not read as white space": {
			FI: "%s (%U) kohtien `%s` ja `%s` välissä; CUE ei lue sitä välilyönniksi",
			SV: "%s (%U) mellan `%s` och `%s`, som CUE inte läser som blanksteg",
		},
		"Delete the space between `%s` and `%s` and type an ordinary space.": {
			FI: "Poista väli kohtien `%s` ja `%s` välistä ja kirjoita tavallinen välilyönti.",
			SV: "Ta bort mellanrummet mellan `%s` och `%s` och skriv ett vanligt mellanslag.",
		},

		// A { left open (model/pasted.go).
		"the { after %s is never closed": {
			FI: "kohdan %s jälkeistä { -merkkiä ei ole suljettu",
			SV: "{ efter %s stängs aldrig",
		},
		"this { is never closed": {
			FI: "tätä { -merkkiä ei ole suljettu",
			SV: "denna { stängs aldrig",
		},
		"Add a } on a line of its own at the end of the file, after line %d.": {
			FI: "Lisää } omalle rivilleen tiedoston loppuun, rivin %d jälkeen.",
			SV: "Lägg till } på en egen rad i slutet av filen, efter rad %d.",
		},
		"Add a } after line %d, where %s ends.": {
			FI: "Lisää } rivin %d jälkeen, jossa %s päättyy.",
			SV: "Lägg till } efter rad %d, där %s slutar.",
		},
		"Add a } after line %d.": {
			FI: "Lisää } rivin %d jälkeen.",
			SV: "Lägg till } efter rad %d.",
		},

		// Fields pasted outside the entity (model/pasted.go).
		"the field %s is outside the braces of `%s`": {
			FI: "kenttä %s on kohdan `%s` aaltosulkeiden ulkopuolella",
			SV: "fältet %s står utanför klammerparenteserna i `%s`",
		},
		"the fields %s are outside the braces of `%s`": {
			FI: "kentät %s ovat kohdan `%s` aaltosulkeiden ulkopuolella",
			SV: "fälten %s står utanför klammerparenteserna i `%s`",
		},
		"Put it inside the braces, before the last } (line %d): move line %d there.": {
			FI: "Siirrä rivi %[2]d aaltosulkeiden sisään, ennen viimeistä }-merkkiä (rivi %[1]d).",
			SV: "Flytta rad %[2]d in innanför klammerparenteserna, före den sista } (rad %[1]d).",
		},
		"Put them inside the braces, before the last } (line %d): move lines %d–%d there.": {
			FI: "Siirrä rivit %[2]d–%[3]d aaltosulkeiden sisään, ennen viimeistä }-merkkiä (rivi %[1]d).",
			SV: "Flytta raderna %[2]d–%[3]d in innanför klammerparenteserna, före den sista } (rad %[1]d).",
		},
		"Put them inside the braces of `%s`, before its last }.": {
			FI: "Siirrä ne kohdan `%s` aaltosulkeiden sisään, ennen sen viimeistä }-merkkiä.",
			SV: "Flytta in dem innanför klammerparenteserna i `%s`, före den sista }.",
		},

		// A field written twice (model/explain.go).
		"status.reported is written twice, as false on line %d and as true on line %d": {
			FI: "status.reported on kirjoitettu kahdesti: false rivillä %d ja true rivillä %d",
			SV: "status.reported står två gånger: false på rad %d och true på rad %d",
		},
		"Delete the old line `status: reported: false` (line %d): the status { reported: true … } you added replaces it.": {
			FI: "Poista vanha rivi `status: reported: false` (rivi %d): lisäämäsi status { reported: true … } korvaa sen.",
			SV: "Ta bort den gamla raden `status: reported: false` (rad %d): status { reported: true … } som du lade till ersätter den.",
		},
		"%s is written twice, as %s on line %d and as %s on line %d": {
			FI: "%s on kirjoitettu kahdesti: %s rivillä %d ja %s rivillä %d",
			SV: "%s står två gånger: %s på rad %d och %s på rad %d",
		},
		"Keep the value you mean and delete the other line (line %d or %d).": {
			FI: "Jätä tarkoittamasi arvo ja poista toinen rivi (rivi %d tai %d).",
			SV: "Behåll det värde du menar och ta bort den andra raden (rad %d eller %d).",
		},

		// A list as Accountable (model/explain.go).
		"%s is an empty list; exactly one party is Accountable": {
			FI: "%s on tyhjä luettelo; tilivelvollisia (Accountable) on täsmälleen yksi",
			SV: "%s är en tom lista; exakt en part är ansvarsskyldig (Accountable)",
		},
		"Write the one party who answers for the area, without brackets: accountable: \"body:<id>\" or accountable: \"role:<id>\".": {
			FI: "Kirjoita se yksi taho, joka vastaa alueesta, ilman hakasulkeita: accountable: \"body:<tunnus>\" tai accountable: \"role:<tunnus>\".",
			SV: "Skriv den enda part som svarar för området, utan hakparenteser: accountable: \"body:<id>\" eller accountable: \"role:<id>\".",
		},
		"%s is written as a list; exactly one party is Accountable, written without brackets": {
			FI: "%s on kirjoitettu luettelona; tilivelvollisia (Accountable) on täsmälleen yksi, ja se kirjoitetaan ilman hakasulkeita",
			SV: "%s är skriven som en lista; exakt en part är ansvarsskyldig (Accountable) och skrivs utan hakparenteser",
		},
		"Write accountable: %q.": {
			FI: "Kirjoita accountable: %q.",
			SV: "Skriv accountable: %q.",
		},
		"%s names %d parties; exactly one party is Accountable": {
			FI: "%s nimeää %d tahoa; tilivelvollisia (Accountable) on täsmälleen yksi",
			SV: "%s anger %d parter; exakt en part är ansvarsskyldig (Accountable)",
		},
		"Keep exactly one, without brackets: %s; name the others in responsible or consulted.": {
			FI: "Jätä täsmälleen yksi, ilman hakasulkeita: %s; nimeä muut kohtiin responsible tai consulted.",
			SV: "Behåll exakt en, utan hakparenteser: %s; ange de andra under responsible eller consulted.",
		},

		// Dates in another form (model/explain.go).
		"%s: %q is not a day that exists": {
			FI: "%s: päivää %q ei ole olemassa",
			SV: "%s: dagen %q finns inte",
		},
		"Check the day and the month, and write the date as year-month-day: \"YYYY-MM-DD\".": {
			FI: "Tarkista päivä ja kuukausi ja kirjoita päivämäärä muodossa vuosi-kuukausi-päivä: \"VVVV-KK-PP\".",
			SV: "Kontrollera dagen och månaden och skriv datumet som år-månad-dag: \"ÅÅÅÅ-MM-DD\".",
		},
		"%s: %q is written day.month.year; dates are written year-month-day": {
			FI: "%s: %q on kirjoitettu muodossa päivä.kuukausi.vuosi; päivämäärät kirjoitetaan muodossa vuosi-kuukausi-päivä",
			SV: "%s: %q är skrivet dag.månad.år; datum skrivs år-månad-dag",
		},
		"%s: %q is not written as YYYY-MM-DD, with two digits for the month and the day": {
			FI: "%s: %q ei ole muodossa VVVV-KK-PP, jossa kuukaudessa ja päivässä on kaksi numeroa",
			SV: "%s: %q är inte skrivet ÅÅÅÅ-MM-DD, med två siffror för månaden och dagen",
		},
		"Write %q.": {
			FI: "Kirjoita %q.",
			SV: "Skriv %q.",
		},

		// A text without its required language (model/explain.go).
		"%s has no Finnish text (fi)": {
			FI: "kohdassa %s ei ole suomenkielistä tekstiä (fi)",
			SV: "%s saknar finsk text (fi)",
		},
		"Add fi: \"…\" with the text in Finnish; Swedish (sv) and English (en) are optional.": {
			FI: "Lisää fi: \"…\" ja teksti suomeksi; ruotsi (sv) ja englanti (en) ovat vapaaehtoisia.",
			SV: "Lägg till fi: \"…\" med texten på finska; svenska (sv) och engelska (en) är frivilliga.",
		},
		"%s has no Swedish text (sv)": {
			FI: "kohdassa %s ei ole ruotsinkielistä tekstiä (sv)",
			SV: "%s saknar svensk text (sv)",
		},
		"Add sv: \"…\" with the text in Swedish: a Swedish-speaking municipality writes its own names and titles in Swedish, and Finnish (fi) is optional.": {
			FI: "Lisää sv: \"…\" ja teksti ruotsiksi: ruotsinkielinen kunta kirjoittaa omat nimensä ja nimikkeensä ruotsiksi, ja suomi (fi) on vapaaehtoinen.",
			SV: "Lägg till sv: \"…\" med texten på svenska: en svenskspråkig kommun skriver sina egna namn och titlar på svenska, och finska (fi) är frivillig.",
		},

		"%s has no %s text (%s)": {
			FI: "kohdassa %s ei ole %s tekstiä (%s)",
			SV: "%s saknar %s text (%s)",
		},
		"Add %s: \"…\": the national model's texts are published in Finnish, Swedish and English (fi, sv, en).": {
			FI: "Lisää %s: \"…\": kansallisen mallin tekstit julkaistaan suomeksi, ruotsiksi ja englanniksi (fi, sv, en).",
			SV: "Lägg till %s: \"…\": den nationella modellens texter publiceras på finska, svenska och engelska (fi, sv, en).",
		},

		// Ids: typing mistakes and titles (validate/references.go).
		"Did you mean %q?": {
			FI: "Tarkoititko %q?",
			SV: "Menade du %q?",
		},
		"Did you mean one of %s?": {
			FI: "Tarkoititko jotakin näistä: %s?",
			SV: "Menade du något av %s?",
		},
		"Use one of the area ids: %s.": {
			FI: "Käytä jotakin alueiden tunnuksista: %s.",
			SV: "Använd ett av områdenas id: %s.",
		},
		"%q is the %s name of %q, not its id: write %q.": {
			FI: "%[1]q on kohteen %[3]q %[2]s nimi eikä sen tunnus: kirjoita %[4]q.",
			SV: "%[1]q är det %[2]s namnet på %[3]q, inte dess id: skriv %[4]q.",
		},
		"%q is the %s title of the role whose id is %q: add it under roles as %q and write %q.": {
			FI: "%[1]q on sen roolin %[2]s nimike, jonka tunnus on %[3]q: lisää rooli kohtaan roles tunnuksella %[4]q ja kirjoita %[5]q.",
			SV: "%[1]q är den %[2]s titeln på rollen med id %[3]q: lägg till den under roles som %[4]q och skriv %[5]q.",
		},
		"the role id %q is the %s title of the national model's role %q": {
			FI: "roolin tunnus %[1]q on kansallisen mallin roolin %[3]q %[2]s nimike",
			SV: "rollens id %[1]q är den %[2]s titeln på den nationella modellens roll %[3]q",
		},
		"Write roles: %q, and %q in the raci rows.": {
			FI: "Kirjoita roles: %q ja raci-riveille %q.",
			SV: "Skriv roles: %q, och %q på raci-raderna.",
		},
		"Add roles: %q: {title: {%s: %q}}. Why: %s (%s)": {
			FI: "Lisää roles: %q: {title: {%s: %q}}. Miksi: %s (%s)",
			SV: "Lägg till roles: %q: {title: {%s: %q}}. Varför: %s (%s)",
		},

		// Addresses and GitHub names (validate/contacts.go).
		"the mailbox of role %q is at %s, a made-up example domain": {
			FI: "roolin %q sähköpostiosoite on keksityssä esimerkkiverkkotunnuksessa %s",
			SV: "rollen %q har sin e-postadress i den påhittade exempeldomänen %s",
		},
		"Replace %q with the role's own shared mailbox at your municipality's domain.": {
			FI: "Korvaa %q roolin omalla yhteisellä sähköpostiosoitteella kuntanne verkkotunnuksessa.",
			SV: "Ersätt %q med rollens egen gemensamma e-postadress i kommunens domän.",
		},
		"the mailbox of role %q looks like a person's address (first.last@%s)": {
			FI: "roolin %q sähköpostiosoite näyttää henkilön osoitteelta (etunimi.sukunimi@%s)",
			SV: "rollen %q har en e-postadress som ser ut som en persons (förnamn.efternamn@%s)",
		},
		"Use the role's shared mailbox, such as %s@%s: it stays when the person changes.": {
			FI: "Käytä roolin yhteistä sähköpostiosoitetta, kuten %s@%s: se säilyy, kun henkilö vaihtuu.",
			SV: "Använd rollens gemensamma e-postadress, till exempel %s@%s: den består när personen byts.",
		},
		"url %q is at %s, a made-up example domain": {
			FI: "osoite %q on keksityssä esimerkkiverkkotunnuksessa %s",
			SV: "adressen %q finns i den påhittade exempeldomänen %s",
		},
		"Replace it with the actor's own web address.": {
			FI: "Korvaa se toimijan omalla verkko-osoitteella.",
			SV: "Ersätt den med aktörens egen webbadress.",
		},
		"%s has an address at %s, a made-up example domain": {
			FI: "kohdassa %s on osoite keksityssä esimerkkiverkkotunnuksessa %s",
			SV: "%s har en adress i den påhittade exempeldomänen %s",
		},
		"Replace the address at %s with the real one.": {
			FI: "Korvaa verkkotunnuksen %s osoite oikealla osoitteella.",
			SV: "Ersätt adressen i %s med den riktiga.",
		},
		"maintainer %q is the example's placeholder, not a GitHub user": {
			FI: "hyväksyjä %q on esimerkin paikkamerkki eikä GitHub-käyttäjä",
			SV: "godkännaren %q är exemplets platshållare, inte en GitHub-användare",
		},
		"Replace %s with your own GitHub user name, written @name (as in your GitHub profile's address, github.com/name).": {
			FI: "Korvaa %s omalla GitHub-käyttäjänimelläsi muodossa @nimi (kuten GitHub-profiilisi osoitteessa github.com/nimi).",
			SV: "Ersätt %s med ditt eget GitHub-användarnamn, skrivet @namn (som i adressen till din GitHub-profil, github.com/namn).",
		},
		"maintainer %q is a team of the organisation %q; GitHub accepts only teams of %q in CODEOWNERS and ignores this one": {
			FI: "hyväksyjä %q on organisaation %q tiimi; GitHub hyväksyy CODEOWNERS-tiedostossa vain organisaation %q tiimit eikä huomioi tätä",
			SV: "godkännaren %q är ett team i organisationen %q; GitHub godtar i CODEOWNERS bara team i %q och bortser från detta",
		},
		"Name a team of %s (@%s/<team>), or GitHub users (@name).": {
			FI: "Nimeä organisaation %s tiimi (@%s/<tiimi>) tai GitHub-käyttäjiä (@nimi).",
			SV: "Ange ett team i %s (@%s/<team>) eller GitHub-användare (@namn).",
		},

		// The rules (diag/rules.go).
		"Field outside the entity's braces": {
			FI: "Kenttä kohteen aaltosulkeiden ulkopuolella",
			SV: "Fält utanför enhetens klammerparenteser",
		},
		"Every field of a file's entity is written inside the braces after its id, such as municipalities: \"091\": { ... }. A field after the last } (or above the entity) belongs to no entity.": {
			FI: "Tiedoston kohteen kaikki kentät kirjoitetaan sen tunnuksen jälkeisten aaltosulkeiden sisään, esimerkiksi municipalities: \"091\": { ... }. Viimeisen }-merkin jälkeen (tai kohteen yläpuolelle) kirjoitettu kenttä ei kuulu mihinkään kohteeseen.",
			SV: "Alla fält i en fils enhet skrivs innanför klammerparenteserna efter dess id, till exempel municipalities: \"091\": { ... }. Ett fält efter den sista } (eller ovanför enheten) hör inte till någon enhet.",
		},
		"Move the fields inside the braces, before the last }.": {
			FI: "Siirrä kentät aaltosulkeiden sisään, ennen viimeistä }-merkkiä.",
			SV: "Flytta in fälten innanför klammerparenteserna, före den sista }.",
		},
		"Role written with its title as id": {
			FI: "Roolin tunnuksena on sen nimike",
			SV: "Rollens titel används som id",
		},
		"The national model knows its roles by id (data-protection-officer, information-security-officer, preparedness-officer); a role whose id is the role's title, such as tietosuojavastaava, is not recognised as the model's role.": {
			FI: "Kansallinen malli tuntee roolinsa tunnuksista (data-protection-officer, information-security-officer, preparedness-officer); roolia, jonka tunnuksena on nimike, kuten tietosuojavastaava, ei tunnisteta mallin rooliksi.",
			SV: "Den nationella modellen känner sina roller på deras id (data-protection-officer, information-security-officer, preparedness-officer); en roll vars id är rollens titel, till exempel dataskyddsombud, känns inte igen som modellens roll.",
		},
		"Use the model's id for the role, and write its title under title.": {
			FI: "Käytä roolille mallin tunnusta ja kirjoita nimike kohtaan title.",
			SV: "Använd modellens id för rollen och skriv titeln under title.",
		},
		"Example value left in place": {
			FI: "Esimerkin arvo jäänyt paikalleen",
			SV: "Exempelvärde kvar",
		},
		"The README's example and the hints use made-up values: @your-github-name, and addresses and links at example.fi, example.com, example.org, example.net or a reserved example domain (.example, .test, .invalid, .localhost; RFC 2606 and 6761). Left in a file, they reach nobody.": {
			FI: "README-tiedoston esimerkki ja vihjeet käyttävät keksittyjä arvoja: @your-github-name sekä osoitteita ja linkkejä verkkotunnuksissa example.fi, example.com, example.org, example.net tai varatuissa esimerkkiverkkotunnuksissa (.example, .test, .invalid, .localhost; RFC 2606 ja 6761). Tiedostoon jätettyinä ne eivät tavoita ketään.",
			SV: "README-filens exempel och tipsen använder påhittade värden: @your-github-name samt adresser och länkar i example.fi, example.com, example.org, example.net eller en reserverad exempeldomän (.example, .test, .invalid, .localhost; RFC 2606 och 6761). Kvar i en fil når de ingen.",
		},
		"Replace the placeholder with your own value.": {
			FI: "Korvaa paikkamerkki omalla arvollanne.",
			SV: "Ersätt platshållaren med ert eget värde.",
		},
		"Mailbox looks like a person's": {
			FI: "Sähköpostiosoite näyttää henkilön osoitteelta",
			SV: "E-postadressen ser ut som en persons",
		},
		"A role's mailbox is the role's shared address (such as tietosuoja@...), which stays when the person changes; an address of the form first.last@ is a person's own, and personal data in a public file.": {
			FI: "Roolin sähköpostiosoite on roolin yhteinen osoite (kuten tietosuoja@...), joka säilyy, kun henkilö vaihtuu; muotoa etunimi.sukunimi@ oleva osoite on henkilön oma ja julkisessa tiedostossa henkilötieto.",
			SV: "En rolls e-postadress är rollens gemensamma adress (till exempel dataskydd@...), som består när personen byts; en adress av formen förnamn.efternamn@ är en persons egen och en personuppgift i en offentlig fil.",
		},
		"Use the role's shared mailbox.": {
			FI: "Käytä roolin yhteistä sähköpostiosoitetta.",
			SV: "Använd rollens gemensamma e-postadress.",
		},
		"Team of another organisation": {
			FI: "Toisen organisaation tiimi",
			SV: "Team i en annan organisation",
		},
		"GitHub's CODEOWNERS accepts only teams of the repository's own organisation (and users); a team of another organisation is ignored, so it approves nothing. The organisation is --repo's OWNER, else GITHUB_REPOSITORY's, else that of the national coordinators' team (model/coordinators.cue).": {
			FI: "GitHubin CODEOWNERS hyväksyy vain repositorion oman organisaation tiimit (ja käyttäjät); toisen organisaation tiimi ohitetaan, joten se ei hyväksy mitään. Organisaatio on --repo-valitsimen OWNER, muuten GITHUB_REPOSITORY-muuttujan, muuten kansallisten koordinaattoreiden tiimin organisaatio (model/coordinators.cue).",
			SV: "GitHubs CODEOWNERS godtar bara team i förrådets egen organisation (och användare); ett team i en annan organisation ignoreras och godkänner alltså ingenting. Organisationen är OWNER i --repo, annars i GITHUB_REPOSITORY, annars de nationella koordinatorernas teams organisation (model/coordinators.cue).",
		},
		"Name a team of the repository's organisation, or GitHub users.": {
			FI: "Nimeä repositorion organisaation tiimi tai GitHub-käyttäjiä.",
			SV: "Ange ett team i förrådets organisation eller GitHub-användare.",
		},
	})
}

func init() {
	add(map[string]Text{
		// A number in quotes, or a text without them (model/evaluate.go).
		"Write the number without quotes.": {
			FI: "Kirjoita luku ilman lainausmerkkejä.",
			SV: "Skriv talet utan citattecken.",
		},
		"Write the number without quotes: %s: %s": {
			FI: "Kirjoita luku ilman lainausmerkkejä: %s: %s",
			SV: "Skriv talet utan citattecken: %s: %s",
		},
		"Write the value in quotes, as text.": {
			FI: "Kirjoita arvo lainausmerkkeihin tekstinä.",
			SV: "Skriv värdet inom citattecken, som text.",
		},
		"Write the value in quotes, as text: %s: %q": {
			FI: "Kirjoita arvo lainausmerkkeihin tekstinä: %s: %q",
			SV: "Skriv värdet inom citattecken, som text: %s: %q",
		},
	})
}
