package msg

// The validator's rules (diag/rules.go): title, explanation and hint of
// each, keyed by the English text. Shown by `govmap rules` and on the site's
// rules page.
func init() {
	add(map[string]Text{
		// syntax
		"CUE syntax error": {
			FI: "CUE-syntaksivirhe",
			SV: "Syntaxfel i CUE",
		},
		"The file is not valid CUE, so nothing in it can be read.": {
			FI: "Tiedosto ei ole kelvollista CUE-kieltä, joten siitä ei voi lukea mitään.",
			SV: "Filen är inte giltig CUE, så ingenting i den kan läsas.",
		},
		"Look at the line shown: a missing closing brace or quote, or a missing comma between fields on one line, is the usual cause.": {
			FI: "Katso ilmoitettua riviä: tavallisin syy on puuttuva sulkeva aaltosulje tai lainausmerkki tai puuttuva pilkku saman rivin kenttien välistä.",
			SV: "Titta på raden som anges: den vanligaste orsaken är en saknad avslutande klammerparentes eller ett saknat citattecken, eller ett saknat kommatecken mellan fält på samma rad.",
		},
		// file-unreadable
		"File cannot be read": {
			FI: "Tiedostoa ei voi lukea",
			SV: "Filen kan inte läsas",
		},
		"The file is not UTF-8 text, is larger than 1 MiB, or is a symbolic link; govmap reads only regular UTF-8 files inside the repository.": {
			FI: "Tiedosto ei ole UTF-8-tekstiä, on suurempi kuin 1 MiB tai on symbolinen linkki; govmap lukee vain repositorion sisällä olevia tavallisia UTF-8-tiedostoja.",
			SV: "Filen är inte UTF-8-text, är större än 1 MiB eller är en symbolisk länk; govmap läser bara vanliga UTF-8-filer i repositoriet.",
		},
		"Save the file as UTF-8 text, split it, or replace the link with the file itself.": {
			FI: "Tallenna tiedosto UTF-8-tekstinä, jaa se osiin tai korvaa linkki itse tiedostolla.",
			SV: "Spara filen som UTF-8-text, dela upp den eller ersätt länken med själva filen.",
		},
		// file-location
		"File in an unexpected place": {
			FI: "Tiedosto väärässä paikassa",
			SV: "Filen ligger på fel ställe",
		},
		"CUE files belong in model/, actors/, tasks/, counties/ or municipalities/ (no subfolders). A file elsewhere would not be validated or published.": {
			FI: "CUE-tiedostot kuuluvat kansioihin model/, actors/, tasks/, counties/ tai municipalities/ (ei alikansioihin). Muualla olevaa tiedostoa ei tarkistettaisi eikä julkaistaisi.",
			SV: "CUE-filer hör hemma i model/, actors/, tasks/, counties/ eller municipalities/ (inga undermappar). En fil någon annanstans skulle varken kontrolleras eller publiceras.",
		},
		"Move the file into the folder for what it describes, or delete it.": {
			FI: "Siirrä tiedosto kansioon, johon sen kuvaama asia kuuluu, tai poista se.",
			SV: "Flytta filen till mappen för det den beskriver, eller ta bort den.",
		},
		// file-package
		"Wrong package name": {
			FI: "Väärä paketin nimi",
			SV: "Fel paketnamn",
		},
		"Every file of a folder belongs to the folder's CUE package, named after the folder (package actors, package municipalities, ...).": {
			FI: "Kansion jokainen tiedosto kuuluu kansion CUE-pakettiin, jonka nimi on sama kuin kansion (package actors, package municipalities, ...).",
			SV: "Varje fil i en mapp hör till mappens CUE-paket, som har samma namn som mappen (package actors, package municipalities, ...).",
		},
		"Make the first non-comment line read `package <folder name>`.": {
			FI: "Kirjoita ensimmäiselle riville, joka ei ole kommentti: `package <kansion nimi>`.",
			SV: "Skriv `package <mappens namn>` på den första raden som inte är en kommentar.",
		},
		// file-not-data
		"Data file holds more than data": {
			FI: "Tietotiedostossa on muutakin kuin tietoja",
			SV: "Datafilen innehåller mer än data",
		},
		"Files in actors/, tasks/, counties/ and municipalities/ hold plain data: no imports, definitions, references or comprehensions. The folder's schema.cue binds them to the model.": {
			FI: "Kansioiden actors/, tasks/, counties/ ja municipalities/ tiedostoissa on pelkkiä tietoja: ei import-lauseita, määrittelyjä, viittauksia eikä comprehension-rakenteita. Kansion schema.cue sitoo ne malliin.",
			SV: "Filerna i actors/, tasks/, counties/ och municipalities/ innehåller bara data: inga import-satser, definitioner, referenser eller comprehensions. Mappens schema.cue binder dem till modellen.",
		},
		"Write values as literals (strings in quotes, numbers, true/false, lists, structs) and remove imports and definitions.": {
			FI: "Kirjoita arvot sellaisinaan (merkkijonot lainausmerkeissä, luvut, true/false, listat, rakenteet) ja poista import-lauseet ja määrittelyt.",
			SV: "Skriv värdena som de är (strängar inom citattecken, tal, true/false, listor, strukturer) och ta bort import-satser och definitioner.",
		},
		// file-empty
		"File defines nothing": {
			FI: "Tiedosto ei määrittele mitään",
			SV: "Filen definierar ingenting",
		},
		"Every data file defines exactly one entity.": {
			FI: "Jokainen tietotiedosto määrittelee täsmälleen yhden kohteen.",
			SV: "Varje datafil definierar exakt en post.",
		},
		"Add the entity the file is named after, or delete the file.": {
			FI: "Lisää kohde, jonka mukaan tiedosto on nimetty, tai poista tiedosto.",
			SV: "Lägg till posten som filen är uppkallad efter, eller ta bort filen.",
		},
		// file-name
		"File name does not match its entity": {
			FI: "Tiedoston nimi ei vastaa sen kohdetta",
			SV: "Filnamnet stämmer inte med posten",
		},
		"A file is named after the entity it defines: actors/<id>.cue, tasks/<id>.cue, counties/<code>-<name>.cue, municipalities/<code>-<name>.cue. The name tells reviewers and CODEOWNERS which entity a change touches.": {
			FI: "Tiedosto nimetään sen määrittelemän kohteen mukaan: actors/<tunnus>.cue, tasks/<tunnus>.cue, counties/<koodi>-<nimi>.cue, municipalities/<koodi>-<nimi>.cue. Nimestä tarkastajat ja CODEOWNERS näkevät, mitä kohdetta muutos koskee.",
			SV: "En fil namnges efter posten den definierar: actors/<id>.cue, tasks/<id>.cue, counties/<kod>-<namn>.cue, municipalities/<kod>-<namn>.cue. Av namnet ser granskarna och CODEOWNERS vilken post en ändring gäller.",
		},
		"Rename the file, or correct the id the file defines.": {
			FI: "Nimeä tiedosto uudelleen tai korjaa tiedoston määrittelemä tunnus.",
			SV: "Byt namn på filen, eller rätta det id som filen definierar.",
		},
		// foreign-entity
		"File writes another entity": {
			FI: "Tiedosto kirjoittaa toisen kohteen tietoja",
			SV: "Filen skriver en annan posts data",
		},
		"In one CUE package any file could add to any value; govmap lets each file write only its own entity, so that a file's owners control exactly that entity.": {
			FI: "Samassa CUE-paketissa mikä tahansa tiedosto voisi lisätä mihin tahansa arvoon; govmap sallii kunkin tiedoston kirjoittaa vain omaa kohdettaan, jotta tiedoston omistajat päättävät juuri siitä kohteesta.",
			SV: "I ett CUE-paket kunde vilken fil som helst lägga till i vilket värde som helst; govmap låter varje fil skriva bara sin egen post, så att filens ägare bestämmer över just den posten.",
		},
		"Move the change into the file of the entity it concerns.": {
			FI: "Siirrä muutos sen kohteen tiedostoon, jota muutos koskee.",
			SV: "Flytta ändringen till filen för den post som den gäller.",
		},
		// duplicate-id
		"Id defined twice": {
			FI: "Tunnus määritelty kahdesti",
			SV: "Id definierat två gånger",
		},
		"Each id is defined by exactly one file.": {
			FI: "Jokainen tunnus määritellään täsmälleen yhdessä tiedostossa.",
			SV: "Varje id definieras i exakt en fil.",
		},
		"Remove one definition, or give the second entity an id of its own.": {
			FI: "Poista toinen määrittely tai anna toiselle kohteelle oma tunnus.",
			SV: "Ta bort den ena definitionen, eller ge den andra posten ett eget id.",
		},
		// binding
		"Folder binding file changed": {
			FI: "Kansion sidontatiedostoa on muutettu",
			SV: "Mappens bindningsfil har ändrats",
		},
		"Each data folder's schema.cue binds the folder's files to the model's definitions; it is generated and must not differ from the generated text.": {
			FI: "Jokaisen tietokansion schema.cue sitoo kansion tiedostot mallin määrittelyihin; tiedosto luodaan automaattisesti, eikä se saa poiketa luodusta tekstistä.",
			SV: "Varje datamapps schema.cue binder mappens filer till modellens definitioner; filen genereras automatiskt och får inte avvika från den genererade texten.",
		},
		"Restore the file's generated content shown in the message.": {
			FI: "Palauta tiedostoon ilmoituksessa näkyvä luotu sisältö.",
			SV: "Återställ filens genererade innehåll som visas i meddelandet.",
		},
		// schema
		"Value breaks the schema": {
			FI: "Arvo ei vastaa skeemaa",
			SV: "Värdet bryter mot schemat",
		},
		"A value has the wrong type, is out of range, or is not one of the allowed values of the model's schema (model/*.cue).": {
			FI: "Arvo on väärää tyyppiä, sallitun välin ulkopuolella tai ei ole mikään mallin skeeman (model/*.cue) sallimista arvoista.",
			SV: "Ett värde har fel typ, ligger utanför det tillåtna intervallet eller är inte något av de värden som modellens schema (model/*.cue) tillåter.",
		},
		"Use a value of the kind the schema allows; the message names the field and what it expects.": {
			FI: "Käytä skeeman sallimaa arvoa; ilmoitus kertoo kentän ja sen, mitä kenttään odotetaan.",
			SV: "Använd ett värde av det slag som schemat tillåter; meddelandet anger fältet och vad det väntar sig.",
		},
		// unknown-field
		"Unknown field": {
			FI: "Tuntematon kenttä",
			SV: "Okänt fält",
		},
		"The schema is closed: a field it does not define is a misspelling or a field in the wrong place.": {
			FI: "Skeema on suljettu: kenttä, jota se ei määrittele, on kirjoitettu väärin tai on väärässä paikassa.",
			SV: "Schemat är slutet: ett fält som det inte definierar är felstavat eller står på fel ställe.",
		},
		"Check the spelling and the nesting against model/*.cue, or remove the field.": {
			FI: "Tarkista kentän kirjoitusasu ja paikka rakenteessa tiedostoista model/*.cue tai poista kenttä.",
			SV: "Kontrollera stavningen och var fältet står i strukturen mot model/*.cue, eller ta bort fältet.",
		},
		// missing-field
		"Required field missing": {
			FI: "Pakollinen kenttä puuttuu",
			SV: "Obligatoriskt fält saknas",
		},
		"The schema requires this field.": {
			FI: "Skeema vaatii tämän kentän.",
			SV: "Schemat kräver det här fältet.",
		},
		"Add the field; model/*.cue says what it holds.": {
			FI: "Lisää kenttä; tiedostoista model/*.cue näkee, mitä siihen kirjoitetaan.",
			SV: "Lägg till fältet; model/*.cue anger vad det ska innehålla.",
		},
		// unknown-actor
		"Unknown actor": {
			FI: "Tuntematon toimija",
			SV: "Okänd aktör",
		},
		"A reference names an actor that has no file in actors/.": {
			FI: "Viittaus nimeää toimijan, jolla ei ole tiedostoa kansiossa actors/.",
			SV: "En referens anger en aktör som inte har någon fil i actors/.",
		},
		"Use the id of an existing actor (file name in actors/ without .cue), or add the actor.": {
			FI: "Käytä olemassa olevan toimijan tunnusta (tiedoston nimi kansiossa actors/ ilman päätettä .cue) tai lisää toimija.",
			SV: "Använd id:t för en befintlig aktör (filnamnet i actors/ utan .cue), eller lägg till aktören.",
		},
		// unknown-area
		"Unknown cooperation area": {
			FI: "Tuntematon yhteistoiminta-alue",
			SV: "Okänt samarbetsområde",
		},
		"A reference names a cooperation area that model/areas.cue does not define.": {
			FI: "Viittaus nimeää yhteistoiminta-alueen, jota model/areas.cue ei määrittele.",
			SV: "En referens anger ett samarbetsområde som model/areas.cue inte definierar.",
		},
		"Use one of the area ids of model/areas.cue.": {
			FI: "Käytä jotakin tiedoston model/areas.cue aluetunnuksista.",
			SV: "Använd något av områdes-id:na i model/areas.cue.",
		},
		// unknown-task
		"Unknown task": {
			FI: "Tuntematon tehtävä",
			SV: "Okänd uppgift",
		},
		"A reference names a national task that has no file in tasks/.": {
			FI: "Viittaus nimeää kansallisen tehtävän, jolla ei ole tiedostoa kansiossa tasks/.",
			SV: "En referens anger en nationell uppgift som inte har någon fil i tasks/.",
		},
		"Use the id of an existing task (file name in tasks/ without .cue).": {
			FI: "Käytä olemassa olevan tehtävän tunnusta (tiedoston nimi kansiossa tasks/ ilman päätettä .cue).",
			SV: "Använd id:t för en befintlig uppgift (filnamnet i tasks/ utan .cue).",
		},
		// unknown-recommendation
		"Unknown recommendation": {
			FI: "Tuntematon suositus",
			SV: "Okänd rekommendation",
		},
		"A reference names a recommendation that model/recommendations.cue does not define.": {
			FI: "Viittaus nimeää suosituksen, jota model/recommendations.cue ei määrittele.",
			SV: "En referens anger en rekommendation som model/recommendations.cue inte definierar.",
		},
		"Use one of the recommendation ids of model/recommendations.cue.": {
			FI: "Käytä jotakin tiedoston model/recommendations.cue suositustunnuksista.",
			SV: "Använd något av rekommendations-id:na i model/recommendations.cue.",
		},
		// unknown-kind
		"Unknown cooperation kind": {
			FI: "Tuntematon yhteistoiminnan muoto",
			SV: "Okänd samarbetsform",
		},
		"A reference names a cooperation kind that model/kinds.cue does not define.": {
			FI: "Viittaus nimeää yhteistoiminnan muodon, jota model/kinds.cue ei määrittele.",
			SV: "En referens anger en samarbetsform som model/kinds.cue inte definierar.",
		},
		"Use statutory, voluntary or market, or another id of model/kinds.cue.": {
			FI: "Käytä tunnusta statutory (lakisääteinen), voluntary (vapaaehtoinen) tai market (markkinaehtoinen) tai muuta tiedoston model/kinds.cue tunnusta.",
			SV: "Använd statutory (lagstadgat), voluntary (frivilligt) eller market (marknadsbaserat), eller ett annat id i model/kinds.cue.",
		},
		// unknown-county
		"Unknown wellbeing services county": {
			FI: "Tuntematon hyvinvointialue",
			SV: "Okänt välfärdsområde",
		},
		"A reference names a county code that has no file in counties/.": {
			FI: "Viittaus nimeää hyvinvointialueen koodin, jolla ei ole tiedostoa kansiossa counties/.",
			SV: "En referens anger en kod för ett välfärdsområde som inte har någon fil i counties/.",
		},
		"Use the two-digit code of a county in counties/.": {
			FI: "Käytä kansiossa counties/ olevan hyvinvointialueen kaksinumeroista koodia.",
			SV: "Använd den tvåsiffriga koden för ett välfärdsområde i counties/.",
		},
		// unknown-municipality
		"Unknown municipality": {
			FI: "Tuntematon kunta",
			SV: "Okänd kommun",
		},
		"A reference names a municipality code that has no file in municipalities/.": {
			FI: "Viittaus nimeää kuntakoodin, jolla ei ole tiedostoa kansiossa municipalities/.",
			SV: "En referens anger en kommunkod som inte har någon fil i municipalities/.",
		},
		"Use the three-digit Statistics Finland code of an existing municipality.": {
			FI: "Käytä olemassa olevan kunnan kolminumeroista Tilastokeskuksen kuntakoodia.",
			SV: "Använd Statistikcentralens tresiffriga kod för en befintlig kommun.",
		},
		// unknown-party
		"Unknown party": {
			FI: "Tuntematon osapuoli",
			SV: "Okänd part",
		},
		"A responsibility, owner or company reference names a role, body or company that the municipality's own file does not define.": {
			FI: "Vastuumatriisin, tehtävän vastuuhenkilön (owner) tai yhtiön viittaus nimeää roolin, toimielimen tai yhtiön, jota kunnan omassa tiedostossa ei ole.",
			SV: "En referens i ansvarsmatrisen, till en ansvarig (owner) eller till ett bolag anger en roll, ett organ eller ett bolag som inte finns i kommunens egen fil.",
		},
		"Define the role, body or company in the file, or use the id of one that is there.": {
			FI: "Määrittele rooli, toimielin tai yhtiö tiedostossa tai käytä tiedostossa jo olevan tunnusta.",
			SV: "Definiera rollen, organet eller bolaget i filen, eller använd id:t för ett som redan finns där.",
		},
		// reference-kind
		"Reference to the wrong kind of actor": {
			FI: "Viittaus vääränlaiseen toimijaan",
			SV: "Referens till fel slags aktör",
		},
		"Some references must name a particular kind of actor: a network joined must be a network, a task owner cannot be a missing actor.": {
			FI: "Joidenkin viittausten on nimettävä tietynlainen toimija: verkoston, johon kunta kuuluu, on oltava verkosto, eikä tehtävästä vastaava voi olla puuttuva toimija.",
			SV: "Vissa referenser måste ange ett visst slags aktör: ett nätverk som kommunen deltar i måste vara ett nätverk, och den som ansvarar för en uppgift kan inte vara en aktör som saknas.",
		},
		"Use an actor of the kind the field asks for.": {
			FI: "Käytä toimijaa, joka on kentän edellyttämää lajia.",
			SV: "Använd en aktör av det slag som fältet kräver.",
		},
		// succession
		"Inconsistent succession": {
			FI: "Seuraajatiedot ovat ristiriidassa",
			SV: "Motstridiga uppgifter om efterträdare",
		},
		"An actor that ended (validUntil) names who holds its tasks after it (succeededBy), from the day after it ended, and successors exist from that day.": {
			FI: "Lakannut toimija (validUntil) nimeää, kuka hoitaa sen tehtävät lakkaamista seuraavasta päivästä alkaen (succeededBy), ja seuraajat ovat olemassa siitä päivästä lähtien.",
			SV: "En aktör som upphört (validUntil) anger vem som sköter dess uppgifter från dagen efter att den upphörde (succeededBy), och efterträdarna finns från den dagen.",
		},
		"Correct validUntil, succeededBy or the successor's validFrom.": {
			FI: "Korjaa validUntil, succeededBy tai seuraajan validFrom.",
			SV: "Rätta validUntil, succeededBy eller efterträdarens validFrom.",
		},
		// numbering
		"Duplicate number": {
			FI: "Sama numero kahdesti",
			SV: "Samma nummer två gånger",
		},
		"Areas, tasks, recommendations and observations are numbered as in the source documents; each number is used once.": {
			FI: "Yhteistoiminta-alueet, tehtävät, suositukset ja havainnot numeroidaan kuten lähdeasiakirjoissa; kutakin numeroa käytetään vain kerran.",
			SV: "Samarbetsområden, uppgifter, rekommendationer och iakttagelser numreras som i källdokumenten; varje nummer används bara en gång.",
		},
		"Give each item the number the source document gives it.": {
			FI: "Anna kullekin kohdalle lähdeasiakirjan mukainen numero.",
			SV: "Ge varje punkt det nummer som källdokumentet ger den.",
		},
		// identity
		"Identity differs from the reference data": {
			FI: "Perustiedot poikkeavat viitetiedoista",
			SV: "Grunduppgifterna avviker från referensdata",
		},
		"A municipality's or county's code, names, region, county, language and population are public facts of Statistics Finland (reference/). The file must agree with them.": {
			FI: "Kunnan tai hyvinvointialueen koodi, nimet, maakunta, hyvinvointialue, kieli ja asukasluku ovat Tilastokeskuksen julkisia tietoja (reference/). Tiedoston on vastattava niitä.",
			SV: "En kommuns eller ett välfärdsområdes kod, namn, landskap, välfärdsområde, språk och invånarantal är offentliga uppgifter från Statistikcentralen (reference/). Filen måste stämma överens med dem.",
		},
		"Correct the value to the one in the reference data; if the reference data changed, regenerate the files with `go run ./internal/gen -force`.": {
			FI: "Korjaa arvo viitetietojen mukaiseksi; jos viitetiedot ovat muuttuneet, luo tiedostot uudelleen komennolla `go run ./internal/gen -force`.",
			SV: "Rätta värdet till det som står i referensdata; om referensdata har ändrats, generera filerna på nytt med `go run ./internal/gen -force`.",
		},
		// reference-missing
		"No file for a reference entity": {
			FI: "Viitetietojen kohteelta puuttuu tiedosto",
			SV: "Fil saknas för en post i referensdata",
		},
		"Every municipality and wellbeing services county of the reference data has exactly one file.": {
			FI: "Jokaisella viitetietojen kunnalla ja hyvinvointialueella on täsmälleen yksi tiedosto.",
			SV: "Varje kommun och välfärdsområde i referensdata har exakt en fil.",
		},
		"Create the file with `go run ./internal/gen`, which writes only missing files.": {
			FI: "Luo tiedosto komennolla `go run ./internal/gen`; se kirjoittaa vain puuttuvat tiedostot.",
			SV: "Skapa filen med `go run ./internal/gen`, som bara skriver filer som saknas.",
		},
		// reference-unknown
		"File for a code that does not exist": {
			FI: "Tiedosto koodille, jota ei ole olemassa",
			SV: "Fil för en kod som inte finns",
		},
		"The code is not a municipality or county of the reference data (Statistics Finland, reference/).": {
			FI: "Koodi ei ole viitetietojen (Tilastokeskus, reference/) kunta eikä hyvinvointialue.",
			SV: "Koden är varken en kommun eller ett välfärdsområde i referensdata (Statistikcentralen, reference/).",
		},
		"Use the Statistics Finland code of an existing municipality or county, or delete the file.": {
			FI: "Käytä olemassa olevan kunnan tai hyvinvointialueen Tilastokeskuksen koodia tai poista tiedosto.",
			SV: "Använd Statistikcentralens kod för en befintlig kommun eller ett befintligt välfärdsområde, eller ta bort filen.",
		},
		// required-role
		"Required role not named": {
			FI: "Vaadittua roolia ei ole nimetty",
			SV: "En roll som krävs har inte utsetts",
		},
		"Once a municipality has reported (status.reported: true), it names the roles the national model asks for (model/requirements.cue): the data-protection officer is mandatory, and the report recommends an information-security officer and a preparedness officer. The severity of each comes from the model.": {
			FI: "Kun kunta on ilmoittanut tietonsa (status.reported: true), se nimeää kansallisen mallin edellyttämät roolit (model/requirements.cue): tietosuojavastaava on pakollinen, ja selvitys suosittaa myös tietoturvavastaavaa ja varautumisvastaavaa. Malli kertoo, onko kukin rooli pakollinen vai suositeltava.",
			SV: "När en kommun har rapporterat (status.reported: true) utser den de roller som den nationella modellen kräver (model/requirements.cue): dataskyddsombud är obligatoriskt, och utredningen rekommenderar också en informationssäkerhetsansvarig och en beredskapsansvarig. Modellen anger om varje roll är obligatorisk eller rekommenderad.",
			EN: "Once a municipality has reported (status.reported: true), it names the roles the national model asks for (model/requirements.cue): the data-protection officer is mandatory, and the report recommends an information-security officer and a preparedness officer. The model says whether each role is required or recommended.",
		},
		"Add the role under roles with at least its title.": {
			FI: "Lisää rooli kohtaan roles vähintään nimikkeineen.",
			SV: "Lägg till rollen under roles med åtminstone dess titel.",
		},
		// required-body
		"Required body not listed": {
			FI: "Vaadittu toimielin puuttuu",
			SV: "Ett organ som krävs saknas",
		},
		"A reporting municipality lists its council, board and audit committee, the bodies Kuntaliitto 2025 gives duties in digital security, so that their status reports can be followed. Listing them is this repository's own recommendation, so it is a warning; the audit committee is not asked of a municipality the Local Government Act does not bind (Åland).": {
			FI: "Tietonsa ilmoittava kunta luettelee valtuustonsa, kunnanhallituksensa ja tarkastuslautakuntansa, joille Kuntaliitto 2025 antaa digitaalisen turvallisuuden tehtäviä, jotta niiden tilannekatsauksia voidaan seurata. Luetteleminen on tämän palvelun oma suositus, joten puute on varoitus; tarkastuslautakuntaa ei edellytetä kunnalta, jota kuntalaki ei sido (Ahvenanmaa).",
			SV: "En kommun som rapporterar förtecknar sitt fullmäktige, sin kommunstyrelse och sin revisionsnämnd, de organ som Kommunförbundet 2025 ger uppgifter inom digital säkerhet, så att deras lägesrapporter kan följas. Förteckningen är denna tjänsts egen rekommendation, så en brist är en varning; revisionsnämnden krävs inte av en kommun som kommunallagen inte binder (Åland).",
		},
		"Add the body under bodies with its type and name.": {
			FI: "Lisää toimielin kohtaan bodies tyyppeineen ja nimineen.",
			SV: "Lägg till organet under bodies med dess typ och namn.",
		},
		// raci-incomplete
		"Responsibility row incomplete": {
			FI: "Vastuumatriisin rivi on puutteellinen",
			SV: "Raden i ansvarsmatrisen är ofullständig",
		},
		"Each area's row of the responsibility matrix names exactly one Accountable and at least one Responsible.": {
			FI: "Vastuumatriisin jokaisella yhteistoiminta-alueen rivillä on täsmälleen yksi tilivelvollinen (Accountable) ja vähintään yksi vastuullinen (Responsible).",
			SV: "Varje områdes rad i ansvarsmatrisen anger exakt en redovisningsskyldig (Accountable) och minst en ansvarig (Responsible).",
		},
		"Add accountable: \"role:...\" or \"body:...\", and responsible: [...] to the row.": {
			FI: "Lisää riville accountable: \"role:...\" tai \"body:...\" sekä responsible: [...].",
			SV: "Lägg till accountable: \"role:...\" eller \"body:...\" och responsible: [...] på raden.",
		},
		// raci-missing-area
		"No responsibility row for an area": {
			FI: "Yhteistoiminta-alueelta puuttuu vastuumatriisin rivi",
			SV: "Rad saknas i ansvarsmatrisen för ett samarbetsområde",
		},
		"A reporting municipality has a responsibility row for every cooperation area of the model.": {
			FI: "Tietonsa ilmoittavan kunnan vastuumatriisissa on rivi mallin jokaiselle yhteistoiminta-alueelle.",
			SV: "En kommun som rapporterar har en rad i ansvarsmatrisen för varje samarbetsområde i modellen.",
		},
		"Add a row under raci for the area named in the message.": {
			FI: "Lisää kohtaan raci rivi ilmoituksessa mainitulle alueelle.",
			SV: "Lägg till en rad under raci för området som nämns i meddelandet.",
		},
		// raci-accountable-delegated
		"Accountability delegated outside the municipality": {
			FI: "Tilivelvollisuus siirretty kunnan ulkopuolelle",
			SV: "Redovisningsskyldigheten delegerad utanför kommunen",
		},
		"Management's ultimate responsibility cannot be delegated, even when operations are outsourced (Kuntaliitto 2025): the Accountable is one of the municipality's own roles or bodies, not a company, the county or a national actor.": {
			FI: "Johdon viimekätistä vastuuta ei voi delegoida, vaikka toiminta olisi ulkoistettu (Kuntaliitto 2025): tilivelvollinen (Accountable) on jokin kunnan omista rooleista tai toimielimistä, ei yhtiö, hyvinvointialue eikä kansallinen toimija.",
			SV: "Ledningens yttersta ansvar kan inte delegeras, även om verksamheten har lagts ut (Kommunförbundet 2025): den redovisningsskyldiga (Accountable) är en av kommunens egna roller eller organ, inte ett bolag, välfärdsområdet eller en nationell aktör.",
		},
		"Make a role or body of the municipality Accountable, and name the company or actor as Responsible or Consulted.": {
			FI: "Merkitse tilivelvolliseksi (accountable) kunnan oma rooli tai toimielin, ja nimeä yhtiö tai toimija vastuulliseksi (responsible) tai konsultoitavaksi (consulted).",
			SV: "Gör en av kommunens egna roller eller ett av dess organ redovisningsskyldig (accountable), och ange bolaget eller aktören som ansvarig (responsible) eller konsulterad (consulted).",
		},
		// area-requirement
		"Area requirement not met": {
			FI: "Yhteistoiminta-alueen vaatimus ei täyty",
			SV: "Samarbetsområdets krav är inte uppfyllt",
		},
		"The national model states, per cooperation area, which municipal party should hold which letter of the responsibility matrix (model/areas.cue, requirements), each with its source and basis. No source asks for a letter of a responsibility matrix, so a requirement is a warning or a notice, as the model says.": {
			FI: "Kansallinen malli kertoo yhteistoiminta-alueittain, kenellä kunnassa tulisi olla mikäkin vastuumatriisin kirjain (model/areas.cue, requirements), kukin lähteineen ja perusteineen. Mikään lähde ei vaadi vastuumatriisin kirjaimia, joten vaatimus on varoitus tai huomautus sen mukaan, mitä malli sanoo.",
			SV: "Den nationella modellen anger per samarbetsområde vilken part i kommunen som borde ha vilken bokstav i ansvarsmatrisen (model/areas.cue, requirements), var och en med sin källa och grund. Ingen källa kräver bokstäver i en ansvarsmatris, så ett krav är en varning eller en anmärkning, som modellen anger.",
		},
		"Give the party named in the message the letter the requirement asks for.": {
			FI: "Anna ilmoituksessa mainitulle osapuolelle vaatimuksen edellyttämä kirjain.",
			SV: "Ge parten som nämns i meddelandet den bokstav som kravet gäller.",
		},
		// report-interval
		"Status-report interval outside the source's range": {
			FI: "Tilannekatsausten väli on lähteen arvioiman vaihteluvälin ulkopuolella",
			SV: "Intervallet för lägesrapporter ligger utanför källans uppskattning",
		},
		"Kuntaliitto 2025: the interval of the digital-security reviews given to a body depends on the municipality and the body, and would probably lie between once per council term and once every half-year (model/requirements.cue: 6 to 48 months); a review can also be given case by case. A longer interval is a warning, a shorter one a notice: reporting more often is never wrong. A reporting municipality's council, board and audit committee set an interval.": {
			FI: "Kuntaliitto 2025: toimielimelle annettavien digitaalisen turvallisuuden katsausten väli riippuu kunnasta ja toimielimestä ja on luultavasti kerran valtuustokaudessa – kerran puolessa vuodessa (model/requirements.cue: 6–48 kuukautta); katsaus voidaan antaa myös tapauskohtaisesti. Pidempi väli on varoitus, lyhyempi huomautus: useammin raportoiminen ei ole koskaan väärin. Tietonsa ilmoittavan kunnan valtuusto, kunnanhallitus ja tarkastuslautakunta ilmoittavat välin.",
			SV: "Kommunförbundet 2025: intervallet för de översikter över den digitala säkerheten som lämnas till ett organ beror på kommunen och organet och torde ligga mellan en gång per fullmäktigeperiod och en gång per halvår (model/requirements.cue: 6–48 månader); en översikt kan också ges från fall till fall. Ett längre intervall är en varning, ett kortare en anmärkning: att rapportera oftare är aldrig fel. En rapporterande kommuns fullmäktige, kommunstyrelse och revisionsnämnd anger ett intervall.",
		},
		"Set statusReportEveryMonths to the body's interval in months; 6 to 48 is the source's range.": {
			FI: "Anna kenttään statusReportEveryMonths toimielimen väli kuukausina; lähteen vaihteluväli on 6–48.",
			SV: "Ange organets intervall i månader i statusReportEveryMonths; källans intervall är 6–48.",
		},
		// report-overdue
		"Status report overdue": {
			FI: "Tilannekatsaus on myöhässä",
			SV: "Lägesrapporten är försenad",
		},
		"The body's latest status report (the latest of lastStatusReport and statusReports, whatever brought it on) is older than its interval, judged at --today.": {
			FI: "Toimielimen viimeisin tilannekatsaus (uusin kentistä lastStatusReport ja statusReports, syystä riippumatta) on vanhempi kuin sen käsittelyväli (päivämäärän --today mukaan).",
			SV: "Organets senaste lägesrapport (den senaste av lastStatusReport och statusReports, oavsett vad som föranledde den) är äldre än dess intervall, räknat från datumet --today.",
		},
		"Put the status report on the body's agenda, then add it to statusReports with its date and trigger.": {
			FI: "Vie tilannekatsaus toimielimen esityslistalle ja lisää se sitten kenttään statusReports päivämäärineen ja syineen (trigger).",
			SV: "För upp lägesrapporten på organets föredragningslista och lägg sedan till den i statusReports med datum och anledning (trigger).",
		},
		// date-future
		"Date in the future": {
			FI: "Päivämäärä on tulevaisuudessa",
			SV: "Datumet ligger i framtiden",
		},
		"A date of something done (a status report, a review, an exercise, a risk assessment) cannot be after today.": {
			FI: "Tehdyn asian päivämäärä (tilannekatsaus, tarkistus, harjoitus, riskiarvio) ei voi olla tätä päivää myöhemmin.",
			SV: "Datumet för något som gjorts (en lägesrapport, en granskning, en övning, en riskbedömning) kan inte vara senare än i dag.",
		},
		"Correct the date; record it after the event.": {
			FI: "Korjaa päivämäärä; kirjaa se vasta tapahtuman jälkeen.",
			SV: "Rätta datumet; anteckna det först efter händelsen.",
		},
		// nis2-scope
		"NIS2 scope not stated": {
			FI: "NIS2-soveltamisalaa ei ole ilmoitettu",
			SV: "NIS2-tillämpningsområdet har inte angetts",
		},
		"A company in a critical-infrastructure sector (energy, water, waste, heating) or marked critical states whether it is in NIS2 scope.": {
			FI: "Kriittisen infrastruktuurin toimialalla (energia, vesi, jäte, lämpö) toimiva tai kriittiseksi merkitty yhtiö ilmoittaa, kuuluuko se NIS2-direktiivin soveltamisalaan.",
			SV: "Ett bolag inom en sektor med kritisk infrastruktur (energi, vatten, avfall, värme) eller som markerats som kritiskt anger om det omfattas av NIS2-direktivet.",
		},
		"Add nis2: \"in-scope\" or nis2: \"out-of-scope\".": {
			FI: "Lisää nis2: \"in-scope\" (kuuluu soveltamisalaan) tai nis2: \"out-of-scope\" (ei kuulu).",
			SV: "Lägg till nis2: \"in-scope\" (omfattas) eller nis2: \"out-of-scope\" (omfattas inte).",
		},
		// nis2-training
		"NIS2 management training not done": {
			FI: "Johdon NIS2-koulutusta ei ole pidetty",
			SV: "Ledningens NIS2-utbildning har inte genomförts",
		},
		"The NIS2 directive requires management training in the companies it covers (Kuntaliitto 2025).": {
			FI: "NIS2-direktiivi edellyttää johdon koulutusta sen piiriin kuuluvissa yhtiöissä (Kuntaliitto 2025).",
			SV: "NIS2-direktivet kräver utbildning av ledningen i de bolag som det omfattar (Kommunförbundet 2025).",
		},
		"Arrange the training, then set managementTrainingDone: true.": {
			FI: "Järjestä koulutus ja merkitse sitten managementTrainingDone: true.",
			SV: "Ordna utbildningen och ange sedan managementTrainingDone: true.",
		},
		// plan-overdue
		"Action-plan task overdue": {
			FI: "Toimenpidesuunnitelman tehtävä on myöhässä",
			SV: "En uppgift i åtgärdsplanen är försenad",
		},
		"A task of the municipality's action plan is past its due date and not done.": {
			FI: "Kunnan toimenpidesuunnitelman tehtävän määräpäivä on mennyt, eikä tehtävä ole valmis.",
			SV: "En uppgift i kommunens åtgärdsplan har passerat sitt slutdatum och är inte klar.",
		},
		"Mark the task done, or move its due date and say why in the pull request.": {
			FI: "Merkitse tehtävä tehdyksi tai siirrä sen määräpäivää ja kerro syy muutosehdotuksessa (pull request).",
			SV: "Markera uppgiften som klar, eller flytta slutdatumet och förklara varför i ändringsförslaget (pull request).",
		},
		// visibility-leak
		"Public value names a non-public one": {
			FI: "Julkinen tieto viittaa ei-julkiseen",
			SV: "En offentlig uppgift hänvisar till en icke-offentlig",
		},
		"Published values must not point at non-public ones: a public responsibility row, body or task that names a non-public role, body or company would reveal it.": {
			FI: "Julkaistut tiedot eivät saa viitata ei-julkisiin: julkinen vastuumatriisin rivi, toimielin tai tehtävä, joka nimeää ei-julkisen roolin, toimielimen tai yhtiön, paljastaisi sen.",
			SV: "Publicerade uppgifter får inte hänvisa till icke-offentliga: en rad i ansvarsmatrisen, ett organ eller en uppgift som visas offentligt och anger en roll, ett organ eller ett bolag som inte är offentligt skulle avslöja det.",
		},
		"Make the referenced entry public, or mark the referring one non-public too.": {
			FI: "Muuta kohde, johon viitataan, julkiseksi tai merkitse myös viittaava kohta ei-julkiseksi.",
			SV: "Gör posten som det hänvisas till offentlig, eller markera också den hänvisande posten som icke-offentlig.",
		},
		// review-date
		"Reported without a review date": {
			FI: "Ilmoitettu ilman tarkistuspäivää",
			SV: "Rapporterat utan granskningsdatum",
		},
		"A reporting municipality records when it last reviewed its file (status.reviewed), so readers can judge how current it is.": {
			FI: "Tietonsa ilmoittava kunta kirjaa, milloin se viimeksi tarkisti tiedostonsa (status.reviewed), jotta lukija voi arvioida, kuinka ajantasaisia tiedot ovat.",
			SV: "En kommun som rapporterar antecknar när den senast granskade sin fil (status.reviewed), så att läsaren kan bedöma hur aktuell den är.",
		},
		"Add status: reviewed: \"YYYY-MM-DD\".": {
			FI: "Lisää status: reviewed: \"VVVV-KK-PP\".",
			SV: "Lägg till status: reviewed: \"ÅÅÅÅ-MM-DD\".",
		},
		// no-maintainers
		"No maintainers": {
			FI: "Hyväksyjiä ei ole nimetty",
			SV: "Inga godkännare har utsetts",
		},
		"A reporting municipality names the GitHub users or teams who may approve changes to its file (maintainers).": {
			FI: "Tietonsa ilmoittava kunta nimeää GitHub-käyttäjät tai -tiimit, jotka saavat hyväksyä sen tiedoston muutokset (maintainers).",
			SV: "En kommun som rapporterar anger de GitHub-användare eller -team som får godkänna ändringar i dess fil (maintainers).",
		},
		"Add maintainers: [\"@user\"] or [\"@org/team\"].": {
			FI: "Lisää maintainers: [\"@käyttäjä\"] tai [\"@organisaatio/tiimi\"].",
			SV: "Lägg till maintainers: [\"@användare\"] eller [\"@organisation/team\"].",
		},
		// codeowners-stale
		"CODEOWNERS out of date": {
			FI: "CODEOWNERS ei ole ajan tasalla",
			SV: "CODEOWNERS är inte aktuell",
		},
		".github/CODEOWNERS is generated from the maintainers in the CUE files; when they change, it must be generated again, or GitHub would ask the wrong people to approve.": {
			FI: ".github/CODEOWNERS luodaan CUE-tiedostojen hyväksyjistä (maintainers); kun ne muuttuvat, tiedosto on luotava uudelleen, muuten GitHub pyytäisi hyväksyntää vääriltä henkilöiltä.",
			SV: ".github/CODEOWNERS genereras från godkännarna (maintainers) i CUE-filerna; när de ändras måste filen genereras på nytt, annars skulle GitHub be fel personer om godkännande.",
		},
		"Run `go run . codeowners` and commit .github/CODEOWNERS.": {
			FI: "Aja `go run . codeowners` ja vie (commit) .github/CODEOWNERS versionhallintaan.",
			SV: "Kör `go run . codeowners` och checka in (commit) .github/CODEOWNERS.",
		},
	})
}
