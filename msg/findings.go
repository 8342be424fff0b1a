package msg

// Findings of the loader (model/) and the validator (validate/): the
// formats given to diag.New and WithHint, keyed by the English, and the
// words passed to them as arguments ("finding.*" ids).
//
// Finnish arguments are in the nominative, so the sentences are built
// around them; Swedish entity words are in the definite form ("aktören"),
// target words in the indefinite with article ("en aktör").
func init() {
	add(map[string]Text{
		// Words passed as arguments.
		"finding.entity.kind":           {FI: "yhteistoiminnan muoto", SV: "samarbetsformen", EN: "cooperation kind"},
		"finding.entity.law":            {FI: "laki", SV: "lagen", EN: "law"},
		"finding.entity.area":           {FI: "yhteistoiminta-alue", SV: "samarbetsområdet", EN: "area"},
		"finding.entity.actor":          {FI: "toimija", SV: "aktören", EN: "actor"},
		"finding.entity.task":           {FI: "tehtävä", SV: "uppgiften", EN: "task"},
		"finding.entity.recommendation": {FI: "suositus", SV: "rekommendationen", EN: "recommendation"},
		"finding.entity.county":         {FI: "hyvinvointialue", SV: "välfärdsområdet", EN: "county"},
		"finding.entity.municipality":   {FI: "kunta", SV: "kommunen", EN: "municipality"},

		"finding.target.actor":          {FI: "toimija", SV: "en aktör", EN: "an actor"},
		"finding.target.existing-actor": {FI: "olemassa oleva toimija", SV: "en befintlig aktör", EN: "an existing actor"},
		"finding.target.network":        {FI: "verkosto", SV: "ett nätverk", EN: "a network"},
		"finding.target.area":           {FI: "yhteistoiminta-alue", SV: "ett samarbetsområde", EN: "a cooperation area"},
		"finding.target.task":           {FI: "tehtävä", SV: "en uppgift", EN: "a task"},
		"finding.target.recommendation": {FI: "suositus", SV: "en rekommendation", EN: "a recommendation"},
		"finding.target.kind":           {FI: "yhteistoiminnan muoto", SV: "en samarbetsform", EN: "a cooperation kind"},
		"finding.target.county":         {FI: "hyvinvointialue", SV: "ett välfärdsområde", EN: "a county"},
		"finding.target.municipality":   {FI: "kunta", SV: "en kommun", EN: "a municipality"},

		"finding.party.role":    {FI: "rooli", SV: "rollen", EN: "role"},
		"finding.party.body":    {FI: "toimielin", SV: "organet", EN: "body"},
		"finding.party.company": {FI: "yhtiö", SV: "bolaget", EN: "company"},

		// A letter of the responsibility matrix as what a party should be.
		"finding.as.responsible": {FI: "vastuulliseksi (responsible)", SV: "ansvarig (responsible)", EN: "responsible"},
		"finding.as.accountable": {FI: "tilivelvolliseksi (accountable)", SV: "redovisningsskyldig (accountable)", EN: "accountable"},
		"finding.as.consulted":   {FI: "konsultoitavaksi (consulted)", SV: "konsulterad (consulted)", EN: "consulted"},
		"finding.as.informed":    {FI: "tiedotettavaksi (informed)", SV: "informerad (informed)", EN: "informed"},

		"finding.task-status.proposed":    {FI: "ehdotettu (proposed)", SV: "föreslagen (proposed)", EN: "proposed"},
		"finding.task-status.planned":     {FI: "suunniteltu (planned)", SV: "planerad (planned)", EN: "planned"},
		"finding.task-status.in-progress": {FI: "kesken (in-progress)", SV: "pågående (in-progress)", EN: "in-progress"},

		// Reading files (model/load.go).
		"cannot read: %v": {
			FI: "tiedostoa ei voi lukea: %v",
			SV: "filen kan inte läsas: %v",
		},
		"%s is outside the data folders and is not read": {
			FI: "%s on tietokansioiden ulkopuolella, eikä sitä lueta",
			SV: "%s ligger utanför datamapparna och läses inte",
		},
		"%s is a symbolic link or not a regular file": {
			FI: "%s on symbolinen linkki tai ei ole tavallinen tiedosto",
			SV: "%s är en symbolisk länk eller inte en vanlig fil",
		},
		"file is %d bytes, more than the %d allowed": {
			FI: "tiedoston koko on %d tavua, enemmän kuin sallitut %d",
			SV: "filen är %d byte, mer än de tillåtna %d",
		},
		"file is not valid UTF-8 text": {
			FI: "tiedosto ei ole kelvollista UTF-8-tekstiä",
			SV: "filen är inte giltig UTF-8-text",
		},
		"the repository has no model/ folder with the schema": {
			FI: "repositoriosta puuttuu kansio model/, jossa skeema on",
			SV: "repositoriet saknar mappen model/ med schemat",
		},
		"model/ defines the schema and the collections %s; it cannot write %q": {
			FI: "model/ määrittelee skeeman ja kokoelmat %s; se ei voi kirjoittaa kenttää %q",
			SV: "model/ definierar schemat och samlingarna %s; den kan inte skriva %q",
		},
		"Move %q into its own folder's file.": {
			FI: "Siirrä %q oman kansionsa tiedostoon.",
			SV: "Flytta %q till en fil i dess egen mapp.",
		},
		"%s %q is already defined in %s": {
			FI: "%[1]s %[2]q on jo määritelty tiedostossa %[3]s",
			SV: "%[1]s %[2]q finns redan i %[3]s",
		},
		"Keep one definition of %q and delete the other.": {
			FI: "Säilytä yksi kohteen %q määrittely ja poista toinen.",
			SV: "Behåll en definition av %q och ta bort den andra.",
		},
		"Keep one file for %q and delete or correct the other.": {
			FI: "Säilytä yksi tiedosto kohteelle %q ja poista tai korjaa toinen.",
			SV: "Behåll en fil för %q och ta bort eller rätta den andra.",
		},
		"model/ does not define #Repository, so no data file can be checked": {
			FI: "model/ ei määrittele #Repository-määrittelyä, joten yhtään tietotiedostoa ei voi tarkistaa",
			SV: "model/ definierar inte #Repository, så ingen datafil kan kontrolleras",
		},
		"%s/%s is missing; without it `cue vet` does not check the folder": {
			FI: "%s/%s puuttuu; ilman sitä `cue vet` ei tarkista kansiota",
			SV: "%s/%s saknas; utan den kontrollerar `cue vet` inte mappen",
		},
		"Create it with this content:\n%s": {
			FI: "Luo se tällä sisällöllä:\n%s",
			SV: "Skapa den med detta innehåll:\n%s",
		},
		"%s differs from the generated binding": {
			FI: "%s poikkeaa automaattisesti luodusta sidonnasta",
			SV: "%s avviker från den genererade bindningen",
		},
		"Restore this content:\n%s": {
			FI: "Palauta tämä sisältö:\n%s",
			SV: "Återställ detta innehåll:\n%s",
		},

		// Syntax and shape of data files (model/evaluate.go).
		"The file's lines end with CR only (old Mac line endings), which CUE does not read as line breaks: save it with LF line endings.": {
			FI: "Tiedoston rivit päättyvät pelkkään CR-merkkiin (vanhat Mac-rivinvaihdot), jota CUE ei tulkitse rivinvaihdoksi: tallenna tiedosto LF-rivinvaihdoin.",
			SV: "Filens rader slutar med bara CR (gamla Mac-radslut), som CUE inte läser som radbrytningar: spara filen med LF-radslut.",
		},
		"The file ended while a { or [ was still open: find the one above that has no closing partner (the position shown is only where the file ends).": {
			FI: "Tiedosto loppui, kun { tai [ oli vielä auki: etsi yläpuolelta se, jolta puuttuu sulkeva pari (ilmoitettu kohta on vain tiedoston loppu).",
			SV: "Filen tog slut medan en { eller [ fortfarande var öppen: leta upp den ovanför som saknar sin avslutande motsvarighet (positionen som visas är bara där filen slutar).",
		},
		"the file has no package clause; its first line (after comments) should read `package %s`": {
			FI: "tiedostosta puuttuu package-rivi; sen ensimmäisen rivin (kommenttien jälkeen) pitäisi olla `package %s`",
			SV: "filen saknar package-rad; dess första rad (efter kommentarerna) ska vara `package %s`",
		},
		"package is %q, want %q": {
			FI: "paketin nimi on %q, pitäisi olla %q",
			SV: "paketnamnet är %q, ska vara %q",
		},
		"data files cannot import packages": {
			FI: "tietotiedostot eivät voi tuoda paketteja (import)",
			SV: "datafiler kan inte importera paket",
		},
		"only fields with a plain name may appear in a data file (found %s)": {
			FI: "tietotiedostossa saa olla vain kenttiä, joilla on tavallinen nimi (löytyi: %s)",
			SV: "i en datafil får bara fält med ett vanligt namn förekomma (hittade: %s)",
		},
		"definition %s belongs in model/, not in a data file": {
			FI: "määrittely %s kuuluu kansioon model/, ei tietotiedostoon",
			SV: "definitionen %s hör hemma i model/, inte i en datafil",
		},
		"hidden field %s is not data; write values where they are used": {
			FI: "piilotettu kenttä %s ei ole tietoa; kirjoita arvot sinne, missä niitä käytetään",
			SV: "det dolda fältet %s är inte data; skriv värdena där de används",
		},
		"write %s: without a marker (?, !) or alias": {
			FI: "kirjoita %s: ilman merkkiä (?, !) tai aliasta",
			SV: "skriv %s: utan markering (?, !) eller alias",
		},
		"a file in %s/ writes only %s, not %q": {
			FI: "kansion %[1]s/ tiedosto kirjoittaa vain kenttään %[2]s, ei kenttään %[3]q",
			SV: "en fil i %[1]s/ skriver bara %[2]s, inte %[3]q",
		},
		"%s must be written as { <id>: {...} }": {
			FI: "%s on kirjoitettava muodossa { <tunnus>: {...} }",
			SV: "%s ska skrivas som { <id>: {...} }",
		},
		"only entities, written <id>: {...}, may appear in %s (found %s)": {
			FI: "kentässä %s saa olla vain kohteita muodossa <tunnus>: {...} (löytyi: %s)",
			SV: "i %s får bara poster i formen <id>: {...} förekomma (hittade: %s)",
		},
		"an entity's id must be a plain name or a quoted string": {
			FI: "kohteen tunnuksen on oltava tavallinen nimi tai lainausmerkeissä oleva merkkijono",
			SV: "en posts id måste vara ett vanligt namn eller en sträng inom citattecken",
		},
		"only literal values are allowed in data files (found %s)": {
			FI: "tietotiedostoissa sallitaan vain suoraan kirjoitetut arvot (löytyi: %s)",
			SV: "i datafiler tillåts bara värden som skrivs ut direkt (hittade: %s)",
		},
		"only fields may appear in a data file (found %s)": {
			FI: "tietotiedostossa saa olla vain kenttiä (löytyi: %s)",
			SV: "i en datafil får bara fält förekomma (hittade: %s)",
		},
		"the file defines no %s entity": {
			FI: "tiedosto ei määrittele mitään: siitä puuttuu %s, jonka mukaan se on nimetty",
			SV: "filen definierar ingenting: %s som filen är uppkallad efter saknas",
		},
		"file name %q should be <code>-<name>.cue, such as 091-helsinki.cue": {
			FI: "tiedoston nimen %q pitäisi olla muotoa <koodi>-<nimi>.cue, esimerkiksi 091-helsinki.cue",
			SV: "filnamnet %q ska ha formen <kod>-<namn>.cue, till exempel 091-helsinki.cue",
		},
		"the file %s defines %q; its name says %q": {
			FI: "tiedosto %s määrittelee kohteen %q, mutta sen nimen mukaan kohde on %q",
			SV: "filen %s definierar %q, men enligt namnet ska det vara %q",
		},
		"Rename the file to %s, or correct the id.": {
			FI: "Anna tiedostolle nimi %s tai korjaa tunnus.",
			SV: "Byt namn på filen till %s, eller rätta id:t.",
		},
		"Correct the code: the Statistics Finland code, digits only, as in the file name.": {
			FI: "Korjaa koodi: Tilastokeskuksen koodi, pelkkiä numeroita, kuten tiedoston nimessä.",
			SV: "Rätta koden: Statistikcentralens kod, bara siffror, som i filnamnet.",
		},
		"Correct the id: lower-case letters a-z, digits and hyphens, the same as the file name.": {
			FI: "Korjaa tunnus: pienet kirjaimet a-z, numerot ja yhdysviivat, sama kuin tiedoston nimi.",
			SV: "Rätta id:t: små bokstäver a-z, siffror och bindestreck, samma som filnamnet.",
		},
		"%s writes %s %q, but it is the file of %q": {
			FI: "%[1]s kirjoittaa kohteen %[3]q kenttään %[2]s, mutta se on kohteen %[4]q tiedosto",
			SV: "%[1]s skriver posten %[3]q i %[2]s, men den är filen för %[4]q",
		},
		"the file name says %q but the Finnish name %q gives %q": {
			FI: "tiedoston nimessä on %[1]q, mutta suomenkielisestä nimestä %[2]q tulee %[3]q",
			SV: "filnamnet säger %[1]q, men det finska namnet %[2]q ger %[3]q",
		},
		"Rename the file to %s-%s.cue.": {
			FI: "Anna tiedostolle nimi %s-%s.cue.",
			SV: "Byt namn på filen till %s-%s.cue.",
		},

		// What in a data file is not plain data, and how to fix it.
		"%s as a field name": {
			FI: "%s kentän nimenä",
			SV: "%s som fältnamn",
		},
		"Write the field's name, or a quoted string.": {
			FI: "Kirjoita kentän nimi tai lainausmerkeissä oleva merkkijono.",
			SV: "Skriv fältets namn, eller en sträng inom citattecken.",
		},
		"the definition %s": {
			FI: "määrittely %s",
			SV: "definitionen %s",
		},
		"Definitions belong in model/; write the value itself.": {
			FI: "Määrittelyt kuuluvat kansioon model/; kirjoita itse arvo.",
			SV: "Definitioner hör hemma i model/; skriv själva värdet.",
		},
		"the hidden field %s": {
			FI: "piilotettu kenttä %s",
			SV: "det dolda fältet %s",
		},
		"Hidden fields are not data; write the value where it is used.": {
			FI: "Piilotetut kentät eivät ole tietoa; kirjoita arvo sinne, missä sitä käytetään.",
			SV: "Dolda fält är inte data; skriv värdet där det används.",
		},
		"%s?, an optional field, whose value would be ignored": {
			FI: "%s?, valinnainen kenttä, jonka arvo jätettäisiin huomiotta",
			SV: "%s?, ett valfritt fält, vars värde skulle ignoreras",
		},
		"Remove the ? after %s.": {
			FI: "Poista ? nimen %s perästä.",
			SV: "Ta bort ? efter %s.",
		},
		"%s!, a required-field marker": {
			FI: "%s!, pakollisen kentän merkintä",
			SV: "%s!, en markering för obligatoriskt fält",
		},
		"Remove the ! after %s.": {
			FI: "Poista ! nimen %s perästä.",
			SV: "Ta bort ! efter %s.",
		},
		"an alias of %s": {
			FI: "kentän %s alias",
			SV: "ett alias för %s",
		},
		"Remove the alias.": {
			FI: "Poista alias.",
			SV: "Ta bort aliaset.",
		},
		"Write the value itself: a quoted string, a number, true or false, a list [...] or a struct {...}.": {
			FI: "Kirjoita itse arvo: lainausmerkeissä oleva merkkijono, luku, true tai false, lista [...] tai rakenne {...}.",
			SV: "Skriv själva värdet: en sträng inom citattecken, ett tal, true eller false, en lista [...] eller en struktur {...}.",
		},
		"_ (any value)":          {FI: "_ (mikä tahansa arvo)", SV: "_ (vilket värde som helst)"},
		"a reference to %s":      {FI: "viittaus nimeen %s", SV: "en referens till %s"},
		"an expression with %s":  {FI: "lauseke, jossa on %s", SV: "ett uttryck med %s"},
		"an ellipsis (...)":      {FI: "kolme pistettä (...)", SV: "tre punkter (...)"},
		"a reference":            {FI: "viittaus", SV: "en referens"},
		"_|_ (an error)":         {FI: "_|_ (virhe)", SV: "_|_ (ett fel)"},
		"a pattern [...]":        {FI: "hahmo [...]", SV: "ett mönster [...]"},
		"a computed name (...)":  {FI: "laskettu nimi (...)", SV: "ett beräknat namn (...)"},
		"an alias":               {FI: "alias", SV: "ett alias"},
		"a field":                {FI: "kenttä", SV: "ett fält"},
		"a struct":               {FI: "rakenne", SV: "en struktur"},
		"the value %s":           {FI: "arvo %s", SV: "värdet %s"},
		"a string interpolation": {FI: "merkkijonon interpolointi", SV: "en stränginterpolation"},
		"a comprehension":        {FI: "comprehension-rakenne (for/if)", SV: "en comprehension (for/if)"},
		"a let clause":           {FI: "let-lause", SV: "en let-sats"},
		"an embedded value":      {FI: "upotettu arvo", SV: "ett inbäddat värde"},
		"an attribute":           {FI: "attribuutti", SV: "ett attribut"},
		"a function call":        {FI: "funktiokutsu", SV: "ett funktionsanrop"},
		"an expression":          {FI: "lauseke", SV: "ett uttryck"},

		// The national model (validate/model.go, validate/references.go).
		"actor %q names successors but no validUntil": {
			FI: "toimija %q nimeää seuraajat (succeededBy), mutta siltä puuttuu validUntil",
			SV: "aktören %q anger efterträdare (succeededBy) men saknar validUntil",
		},
		"actor %q ended on %s but names no successor (succeededBy)": {
			FI: "toimija %q lakkasi %s, mutta sille ei ole nimetty seuraajaa (succeededBy)",
			SV: "aktören %q upphörde %s men anger ingen efterträdare (succeededBy)",
		},
		"successor %q takes over from %s, but %q ended on %s (want from: %q)": {
			FI: "seuraaja %[1]q aloittaa %[2]s, mutta %[3]q lakkasi %[4]s (pitäisi olla from: %[5]q)",
			SV: "efterträdaren %[1]q tar över från %[2]s, men %[3]q upphörde %[4]s (ska vara from: %[5]q)",
		},
		"successor %q exists only from %s, after it takes over on %s": {
			FI: "seuraaja %[1]q on olemassa vasta %[2]s alkaen, mutta sen pitäisi aloittaa jo %[3]s",
			SV: "efterträdaren %[1]q finns först från %[2]s, men den tar över redan %[3]s",
		},
		"%s %q has number %d, like %q": {
			FI: "%[1]s %[2]q: numero %[3]d on jo kohteella %[4]q",
			SV: "%[1]s %[2]q har nummer %[3]d, liksom %[4]q",
		},
		"%s names %q, which is not %s of the model": {
			FI: "kentän %[1]s arvo %[2]q ei ole mallin %[3]s",
			SV: "fältet %[1]s anger %[2]q, som inte är %[3]s i modellen",
		},
		"%s names %q, which is of kind %q, not %s": {
			FI: "kentän %[1]s arvo %[2]q on lajia %[3]q, ei %[4]s",
			SV: "fältet %[1]s anger %[2]q, som är av typen %[3]q, inte %[4]s",
		},
		"%s names the county, but the municipality belongs to no wellbeing services county": {
			FI: "kentässä %s on hyvinvointialue (county), mutta kunta ei kuulu mihinkään hyvinvointialueeseen",
			SV: "fältet %s anger välfärdsområdet (county), men kommunen hör inte till något välfärdsområde",
		},
		"Åland municipalities have no wellbeing services county; name another party.": {
			FI: "Ahvenanmaan kunnat eivät kuulu hyvinvointialueisiin; nimeä toinen osapuoli.",
			SV: "Ålands kommuner hör inte till något välfärdsområde; ange en annan part.",
		},
		"%s names %s %q, which the file's %s do not define": {
			FI: "kenttä %[1]s viittaa kohteeseen %[3]q (%[2]s), jota tiedoston kohdassa %[4]s ei ole",
			SV: "fältet %[1]s anger %[2]s %[3]q, som inte finns under %[4]s i filen",
		},
		"Add %q under %s, or use an id that is there.": {
			FI: "Lisää %q kohtaan %s tai käytä siellä olevaa tunnusta.",
			SV: "Lägg till %q under %s, eller använd ett id som finns där.",
		},
		"%s is missing": {
			FI: "%s puuttuu",
			SV: "%s saknas",
		},
		"%s does not match the maintainers in the CUE files (first difference on line %d)": {
			FI: "%s ei vastaa CUE-tiedostojen hyväksyjiä (maintainers); ensimmäinen ero on rivillä %d",
			SV: "%s stämmer inte med godkännarna (maintainers) i CUE-filerna; första skillnaden finns på rad %d",
		},

		// Municipalities and counties (validate/municipality.go).
		"municipality code %q does not exist in the reference data": {
			FI: "kuntakoodia %q ei ole viitetiedoissa",
			SV: "kommunkoden %q finns inte i referensdata",
		},
		"population is %d on %s; the reference data says %d on %s": {
			FI: "asukasluku on %[1]d (%[2]s); viitetietojen mukaan %[3]d (%[4]s)",
			SV: "invånarantalet är %[1]d (%[2]s); enligt referensdata %[3]d (%[4]s)",
		},
		"municipality %s %s has no file in municipalities/": {
			FI: "kunnalla %s %s ei ole tiedostoa kansiossa municipalities/",
			SV: "kommunen %s %s har ingen fil i municipalities/",
		},
		"Create municipalities/%s-%s.cue with `go run ./internal/gen`.": {
			FI: "Luo municipalities/%s-%s.cue komennolla `go run ./internal/gen`.",
			SV: "Skapa municipalities/%s-%s.cue med `go run ./internal/gen`.",
		},
		"county code %q does not exist in the reference data": {
			FI: "hyvinvointialueen koodia %q ei ole viitetiedoissa",
			SV: "välfärdsområdeskoden %q finns inte i referensdata",
		},
		"population is %d; the reference data says %d": {
			FI: "asukasluku on %d; viitetietojen mukaan %d",
			SV: "invånarantalet är %d; enligt referensdata %d",
		},
		"county %s %s has no file in counties/": {
			FI: "hyvinvointialueella %s %s ei ole tiedostoa kansiossa counties/",
			SV: "välfärdsområdet %s %s har ingen fil i counties/",
		},
		"Create counties/%s-%s.cue with `go run ./internal/gen`.": {
			FI: "Luo counties/%s-%s.cue komennolla `go run ./internal/gen`.",
			SV: "Skapa counties/%s-%s.cue med `go run ./internal/gen`.",
		},
		"%s is %q; the reference data says %q": {
			FI: "%s on %q; viitetietojen mukaan %q",
			SV: "%s är %q; enligt referensdata %q",
		},
		"the municipality has reported but names no %s (roles.%q)": {
			FI: "kunta on ilmoittanut tietonsa, mutta %s puuttuu (roles.%q)",
			SV: "kommunen har rapporterat, men %s saknas (roles.%q)",
		},
		"Add roles: %q: {title: {fi: %q}}. Why: %s (%s)": {
			FI: "Lisää roles: %q: {title: {fi: %q}}. Miksi: %s (%s)",
			SV: "Lägg till roles: %q: {title: {fi: %q}}. Varför: %s (%s)",
		},
		"the municipality has reported but lists no %s (a body of type %q)": {
			FI: "kunta on ilmoittanut tietonsa, mutta %s puuttuu (toimielin, jonka tyyppi on %q)",
			SV: "kommunen har rapporterat, men %s saknas (ett organ av typen %q)",
		},
		"Add it under bodies with type: %q. Why: %s (%s)": {
			FI: "Lisää se kohtaan bodies, type: %q. Miksi: %s (%s)",
			SV: "Lägg till det under bodies med type: %q. Varför: %s (%s)",
		},
		"no responsibility row for area %d %q (raci.%q)": {
			FI: "vastuumatriisista puuttuu rivi yhteistoiminta-alueelle %d %q (raci.%q)",
			SV: "ansvarsmatrisen saknar en rad för samarbetsområde %d %q (raci.%q)",
		},
		"the municipality has reported but status.reviewed is not set": {
			FI: "kunta on ilmoittanut tietonsa, mutta status.reviewed puuttuu",
			SV: "kommunen har rapporterat, men status.reviewed saknas",
		},
		"nobody is named to approve changes to this file (maintainers)": {
			FI: "tiedoston muutosten hyväksyjiä ei ole nimetty (maintainers)",
			SV: "ingen har utsetts att godkänna ändringar i den här filen (maintainers)",
		},
		"the row for %q names no Accountable": {
			FI: "rivillä %q ei ole tilivelvollista (Accountable)",
			SV: "raden för %q anger ingen redovisningsskyldig (Accountable)",
		},
		"%q is Accountable for %q, but ultimate responsibility stays with the municipality's own roles and bodies": {
			FI: "%[1]q on merkitty tilivelvolliseksi (Accountable) rivillä %[2]q, mutta viimekätinen vastuu säilyy kunnan omilla rooleilla ja toimielimillä",
			SV: "%[1]q är redovisningsskyldig (Accountable) för %[2]q, men det yttersta ansvaret ligger kvar hos kommunens egna roller och organ",
		},
		"the row for %q names no Responsible": {
			FI: "rivillä %q ei ole vastuullista (Responsible)",
			SV: "raden för %q anger ingen ansvarig (Responsible)",
		},
		"%s: %s should be %s for %q": {
			FI: "%[1]s: %[2]s pitää merkitä %[3]s yhteistoiminta-alueella %[4]q",
			SV: "%[1]s: %[2]s ska vara %[3]s för %[4]q",
		},
		"Add %q to %s. Why: %s (%s)": {
			FI: "Lisää %q kenttään %s. Miksi: %s (%s)",
			SV: "Lägg till %q i %s. Varför: %s (%s)",
		},
		"body %q sets no statusReportEveryMonths": {
			FI: "toimielimeltä %q puuttuu statusReportEveryMonths",
			SV: "organet %q anger inte statusReportEveryMonths",
		},
		"body %q last treated a status report on %s; with one every %d months the next was due on %s": {
			FI: "toimielin %[1]q käsitteli tilannekatsauksen viimeksi %[2]s; %[3]d kuukauden välein seuraava olisi pitänyt käsitellä viimeistään %[4]s",
			SV: "organet %[1]q behandlade senast en lägesrapport %[2]s; med %[3]d månaders mellanrum skulle nästa ha behandlats senast %[4]s",
		},
		"company %q is critical infrastructure (sector %q) but does not state its NIS2 scope": {
			FI: "yhtiö %q on kriittistä infrastruktuuria (toimiala %q), mutta se ei ilmoita, kuuluuko se NIS2-direktiivin soveltamisalaan",
			SV: "bolaget %q är kritisk infrastruktur (sektor %q) men anger inte om det omfattas av NIS2",
		},
		"company %q is in NIS2 scope but its management training is not recorded as done": {
			FI: "yhtiö %q kuuluu NIS2-direktiivin soveltamisalaan, mutta johdon koulutusta ei ole merkitty pidetyksi",
			SV: "bolaget %q omfattas av NIS2, men ledningens utbildning har inte antecknats som genomförd",
		},
		"action-plan task %q was due on %s and is %s": {
			FI: "toimenpidesuunnitelman tehtävän %[1]q määräpäivä oli %[2]s, ja sen tila on %[3]s",
			SV: "uppgiften %[1]q i åtgärdsplanen skulle vara klar %[2]s och är %[3]s",
		},
		"%s is public but names the non-public %s": {
			FI: "%[1]s on julkinen, mutta viittaa kohteeseen %[2]s, joka ei ole julkinen",
			SV: "%[1]s visas offentligt men hänvisar till %[2]s, som inte får visas offentligt",
		},
		"the responsibility row %s": {
			FI: "vastuumatriisin rivi %s",
			SV: "raden %s i ansvarsmatrisen",
		},
		"body %s": {
			FI: "toimielin %s",
			SV: "organet %s",
		},
		"action-plan task %s": {
			FI: "toimenpidesuunnitelman tehtävä %s",
			SV: "uppgiften %s i åtgärdsplanen",
		},
		"%s is %s, after today (%s)": {
			FI: "%[1]s on %[2]s, myöhemmin kuin tänään (%[3]s)",
			SV: "%[1]s är %[2]s, senare än i dag (%[3]s)",
		},
	})
}
