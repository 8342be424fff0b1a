package msg

// cliTexts are the command line's own words: usage, flags, summaries and
// the messages of validate, rules, status, overdue, export, build and
// serve. (Findings and rules have their own entries.)
var cliTexts = map[string]Text{
	// govmap with no command, and govmap help.
	"usage: %s <command> [flags] [DIR]": {
		FI: "käyttö: %s <komento> [valitsimet] [DIR]",
		SV: "användning: %s <kommando> [flaggor] [DIR]",
	},
	"commands:": {FI: "komennot:", SV: "kommandon:", EN: "commands:"},
	"Run '%s help <command>' for a command's flags. DIR defaults to the current folder, or the nearest folder above it with cue.mod/ and model/. Every command takes --lang fi|sv|en; the default is GOVMAP_LANG, else fi.": {
		FI: "Komennon valitsimet näet komennolla '%s help <komento>'. Jos kansiota DIR ei anneta, käytetään nykyistä kansiota tai lähintä sen yläpuolista kansiota, jossa on cue.mod/ ja model/. Jokainen komento hyväksyy valitsimen --lang fi|sv|en; oletuskieli on ympäristömuuttujan GOVMAP_LANG kieli, muuten fi.",
		SV: "Kör '%s help <kommando>' för att se ett kommandos flaggor. Utan mappen DIR används den aktuella mappen, eller den närmaste mappen ovanför den med cue.mod/ och model/. Varje kommando tar flaggan --lang fi|sv|en; standardspråket är miljövariabeln GOVMAP_LANG, annars fi.",
	},
	"unknown command %q": {FI: "tuntematon komento %q", SV: "okänt kommando %q"},

	// The commands' summaries.
	"check every file against the cooperation model": {
		FI: "tarkista jokainen tiedosto yhteistoimintamallia vasten",
		SV: "kontrollera varje fil mot samarbetsmodellen",
	},
	"list every validator rule": {
		FI: "luettele kaikki tarkistussäännöt",
		SV: "lista alla kontrollregler",
	},
	"write the public model as one JSON document": {
		FI: "kirjoita julkiset tiedot yhdeksi JSON-dokumentiksi",
		SV: "skriv de offentliga uppgifterna som ett JSON-dokument",
	},
	"print the situational picture: who has reported what": {
		FI: "tulosta tilannekuva: kuka on ilmoittanut mitä",
		SV: "skriv ut lägesbilden: vem har rapporterat vad",
	},
	"render the published governance map (a static web site)": {
		FI: "tee julkaistava hallintamalli (staattinen verkkosivusto)",
		SV: "bygg den publicerade förvaltningsmodellen (en statisk webbplats)",
	},
	"preview the site locally, rebuilding it when a file changes": {
		FI: "esikatsele sivustoa omalla koneella; se tehdään uudelleen, kun tiedosto muuttuu",
		SV: "förhandsgranska webbplatsen lokalt; den byggs om när en fil ändras",
	},
	"list the governance changes between two revisions": {
		FI: "luettele hallintamallin muutokset kahden version välillä",
		SV: "lista ändringarna i förvaltningsmodellen mellan två versioner",
	},
	"write .github/CODEOWNERS from the maintainers in the files": {
		FI: "kirjoita .github/CODEOWNERS tiedostoihin nimetyistä hyväksyjistä",
		SV: "skriv .github/CODEOWNERS utifrån godkännarna i filerna",
	},
	"post or update the pull request comment (validation and changes)": {
		FI: "lähetä tai päivitä pull requestin kommentti (tarkistus ja muutokset)",
		SV: "skicka eller uppdatera pull requestens kommentar (kontroll och ändringar)",
	},
	"list overdue status reports and action-plan tasks": {
		FI: "luettele myöhässä olevat tilannekatsaukset ja toimenpidesuunnitelman tehtävät",
		SV: "lista försenade lägesrapporter och uppgifter i åtgärdsplanen",
	},

	// A command's usage and package flag's errors.
	"usage: %s %s %s":   {FI: "käyttö: %s %s %s", SV: "användning: %s %s %s"},
	"cli.flag.value":    {FI: "ARVO", SV: "VÄRDE", EN: "VALUE"},
	"(default: %s)":     {FI: "(oletus: %s)", SV: "(standard: %s)"},
	"unknown flag --%s": {FI: "tuntematon valitsin --%s", SV: "okänd flagga --%s"},
	"flag --%s needs a value": {
		FI: "valitsin --%s tarvitsee arvon",
		SV: "flaggan --%s behöver ett värde",
	},
	"bad flag syntax: %s": {FI: "virheellinen valitsin: %s", SV: "felaktig flagga: %s"},
	"invalid value %s for --%s: %s": {
		FI: "virheellinen arvo %s valitsimelle --%s: %s",
		SV: "ogiltigt värde %s för --%s: %s",
	},
	"want fi, sv or en": {FI: "sallitut ovat fi, sv ja en", SV: "tillåtna är fi, sv och en"},
	"parse error":       {FI: "arvoa ei voi tulkita", SV: "värdet kan inte tolkas"},
	"value out of range": {
		FI: "arvo on sallitun alueen ulkopuolella",
		SV: "värdet ligger utanför det tillåtna intervallet",
	},
	"want at most one directory, got %d arguments": {
		FI: "anna enintään yksi kansio; nyt annettiin %d",
		SV: "ange högst en mapp; nu angavs %d",
	},
	"unknown format %q (want one of: %s)": {
		FI: "tuntematon tulostusmuoto %q (sallitut: %s)",
		SV: "okänt utdataformat %q (tillåtna: %s)",
	},

	// Flag descriptions.
	"language of the output: fi, sv or en (default from GOVMAP_LANG, else fi)": {
		FI: "tulosteen kieli: fi, sv tai en (oletus ympäristömuuttujasta GOVMAP_LANG, muuten fi)",
		SV: "utdatans språk: fi, sv eller en (standard från miljövariabeln GOVMAP_LANG, annars fi)",
	},
	"output format: text, json or github (workflow annotations)": {
		FI: "tulostusmuoto: text, json tai github (merkinnät GitHubin työnkulussa)",
		SV: "utdataformat: text, json eller github (anteckningar i GitHubs arbetsflöde)",
	},
	"output format: text or json": {
		FI: "tulostusmuoto: text tai json",
		SV: "utdataformat: text eller json",
	},
	"output format: text or markdown": {
		FI: "tulostusmuoto: text tai markdown",
		SV: "utdataformat: text eller markdown",
	},
	"output format: json": {FI: "tulostusmuoto: json", SV: "utdataformat: json"},
	"judge dates against this day (default: today)": {
		FI: "vertaa päivämääriä tähän päivään (oletus: tänään)",
		SV: "bedöm datum mot denna dag (standard: i dag)",
	},
	"judge report dates against this day (default: today)": {
		FI: "vertaa tilannekatsausten päivämääriä tähän päivään (oletus: tänään)",
		SV: "bedöm lägesrapporternas datum mot denna dag (standard: i dag)",
	},
	"fail on warnings too": {
		FI: "päätä virheeseen myös varoituksista",
		SV: "avsluta med fel även vid varningar",
	},
	"check only the files changed since this git revision (a pull request's base); the rest serve as the index": {
		FI: "tarkista vain tämän git-version jälkeen muuttuneet tiedostot (pull requestin pohja); muista luetaan vain viittausten kohteet",
		SV: "kontrollera bara filerna som ändrats sedan denna git-version (pull requestens bas); av de övriga läses bara det som hänvisningar pekar på",
	},
	"write to FILE instead of standard output": {
		FI: "kirjoita tiedostoon FILE eikä vakiotulosteeseen",
		SV: "skriv till filen FILE i stället för standardutdata",
	},
	"write the site into this folder (replaced whole; it must be empty, new or a previous build's)": {
		FI: "kirjoita sivusto tähän kansioon (se korvataan kokonaan; kansion on oltava tyhjä, uusi tai aiemmin tehdyn sivuston)",
		SV: "skriv webbplatsen i denna mapp (den ersätts helt; mappen måste vara tom, ny eller en tidigare byggd webbplats)",
	},
	"the address the site is published at, e.g. https://owner.github.io/govmap/ (for canonical links and the sitemap)": {
		FI: "osoite, jossa sivusto julkaistaan, esim. https://owner.github.io/govmap/ (kanonisia linkkejä ja sivukarttaa varten)",
		SV: "adressen där webbplatsen publiceras, t.ex. https://owner.github.io/govmap/ (för kanoniska länkar och webbplatskartan)",
	},
	"the GitHub repository OWNER/NAME the \"propose a change\" links edit": {
		FI: "GitHub-repositorio OWNER/NAME, jonka tiedostoja \"Ehdota muutosta\" -linkit muokkaavat",
		SV: "GitHub-repositoriet OWNER/NAME vars filer länkarna \"Föreslå en ändring\" redigerar",
	},
	"the date of the situational picture (default: SOURCE_DATE_EPOCH's day if set, else today)": {
		FI: "tilannekuvan päivä (oletus: SOURCE_DATE_EPOCH-muuttujan päivä, jos se on asetettu, muuten tänään)",
		SV: "lägesbildens datum (standard: dagen i SOURCE_DATE_EPOCH om den är satt, annars i dag)",
	},
	"the date of the situational picture (default: today)": {
		FI: "tilannekuvan päivä (oletus: tänään)",
		SV: "lägesbildens datum (standard: i dag)",
	},
	"show each entity's history and the figures over time, from the git history of REPO (when it is a git repository)": {
		FI: "näytä jokaisen kohteen historia ja lukujen kehitys REPOn git-historiasta (kun se on git-repositorio)",
		SV: "visa varje objekts historik och siffrornas utveckling utifrån git-historiken i REPO (när det är ett git-repositorium)",
	},
	"listen on this address (keep 127.0.0.1 to serve this machine only)": {
		FI: "kuuntele tässä osoitteessa (pidä 127.0.0.1, niin sivusto näkyy vain tälle koneelle)",
		SV: "lyssna på denna adress (behåll 127.0.0.1 så syns webbplatsen bara på denna dator)",
	},

	// validate.
	"no problems found": {FI: "ei ongelmia", SV: "inga problem hittades"},
	"%d error":          {FI: "%d virhe", SV: "%d fel"},
	"%d errors":         {FI: "%d virhettä", SV: "%d fel"},
	"%d warning":        {FI: "%d varoitus", SV: "%d varning"},
	"%d warnings":       {FI: "%d varoitusta", SV: "%d varningar"},
	"%d notice":         {FI: "%d huomautus", SV: "%d anmärkning"},
	"%d notices":        {FI: "%d huomautusta", SV: "%d anmärkningar"},

	// status, export.
	"the repository has errors; run '%s'": {
		FI: "tiedostoissa on virheitä; aja '%s'",
		SV: "filerna innehåller fel; kör '%s'",
	},
	"Situational picture on %s":       {FI: "Tilannekuva %s", SV: "Lägesbild %s"},
	"cli.status.reported":             {FI: "Ilmoittaneet", SV: "Rapporterat", EN: "Reported"},
	"cli.status.up-to-date":           {FI: "Tilannekatsaukset ajan tasalla", SV: "Lägesrapporterna aktuella", EN: "Status reports up to date"},
	"cli.status.average-completeness": {FI: "Ilmoittaneiden kattavuus keskimäärin", SV: "De rapporterandes genomsnittliga fullständighet", EN: "Average completeness of the reported"},
	"cli.status.nis2":                 {FI: "Kuntia, joilla NIS2-yhtiö", SV: "Kommuner med ett NIS2-bolag", EN: "With a company in NIS2 scope"},
	"cli.status.roles-named":          {FI: "Nimetyt roolit:", SV: "Utsedda roller:", EN: "Roles named:"},
	"cli.status.networks":             {FI: "Verkostoihin liittyneet:", SV: "Anslutna till nätverk:", EN: "Networks joined:"},
	"cli.status.no-networks":          {FI: "(yksikään kunta ei ole ilmoittanut)", SV: "(ingen kommun har rapporterat)", EN: "(none reported)"},
	"cli.status.by-county":            {FI: "Hyvinvointialueittain:", SV: "Per välfärdsområde:", EN: "By wellbeing services county:"},
	"cli.status.col.code":             {FI: "tunnus", SV: "kod", EN: "code"},
	"cli.status.col.county":           {FI: "hyvinvointialue", SV: "välfärdsområde", EN: "county"},
	"cli.status.col.municipalities":   {FI: "kuntia", SV: "kommuner", EN: "municipalities"},
	"cli.status.col.reported":         {FI: "ilmoittanut", SV: "rapporterat", EN: "reported"},
	"cli.status.col.up-to-date":       {FI: "ajan tasalla", SV: "aktuella", EN: "up to date"},
	"cli.status.col.completeness":     {FI: "kattavuus", SV: "fullständighet", EN: "completeness"},
	"%d of %d municipalities (%s of the population)": {
		FI: "%d/%d kuntaa (%s väestöstä)",
		SV: "%d av %d kommuner (%s av befolkningen)",
	},
	"%d of %d reported": {
		FI: "%d/%d ilmoittaneesta",
		SV: "%d av %d som rapporterat",
	},
	"writing %s: %s": {FI: "tiedoston %s kirjoittaminen epäonnistui: %s", SV: "det gick inte att skriva %s: %s"},

	// overdue.
	"Overdue on %s": {
		FI: "Myöhässä %s",
		SV: "Försenat %s",
	},
	"No status report or action-plan task is overdue.": {
		FI: "Yksikään tilannekatsaus tai toimenpidesuunnitelman tehtävä ei ole myöhässä.",
		SV: "Ingen lägesrapport eller uppgift i åtgärdsplanen är försenad.",
	},
	"cli.overdue.col.where":   {FI: "paikka", SV: "plats", EN: "where"},
	"cli.overdue.col.message": {FI: "viesti", SV: "meddelande", EN: "message"},
	"%d overdue status report or task": {
		FI: "%d myöhässä oleva tilannekatsaus tai tehtävä",
		SV: "%d försenad lägesrapport eller uppgift",
	},
	"%d overdue status reports or tasks": {
		FI: "%d myöhässä olevaa tilannekatsausta tai tehtävää",
		SV: "%d försenade lägesrapporter eller uppgifter",
	},

	// build and serve.
	"%d file":  {FI: "%d tiedosto", SV: "%d fil"},
	"%d files": {FI: "%d tiedostoa", SV: "%d filer"},
	"wrote %s to %s (situation on %s); preview with: %s": {
		FI: "kirjoitettiin %s kansioon %s (tilanne %s); esikatselu: %s",
		SV: "skrev %s till %s (läget den %s); förhandsgranska med: %s",
	},
	"the repository has errors; nothing was built (details: %s)": {
		FI: "tiedostoissa on virheitä; sivustoa ei tehty (tiedot: %s)",
		SV: "filerna innehåller fel; ingenting byggdes (detaljer: %s)",
	},
	"%s; see %s": {
		FI: "%s; katso %s",
		SV: "%s; se %s",
	},
	"SOURCE_DATE_EPOCH %q: want seconds since 1970": {
		FI: "SOURCE_DATE_EPOCH %q: anna sekunteina vuoden 1970 alusta",
		SV: "SOURCE_DATE_EPOCH %q: ange sekunder sedan 1970",
	},
	"no git history (%s); the site shows no history": {
		FI: "ei git-historiaa (%s); sivustolla ei näytetä historiaa",
		SV: "ingen git-historik (%s); webbplatsen visar ingen historik",
	},
	"reading the git history failed: %s; the site shows no history": {
		FI: "git-historian lukeminen epäonnistui: %s; sivustolla ei näytetä historiaa",
		SV: "det gick inte att läsa git-historiken: %s; webbplatsen visar ingen historik",
	},
	"The repository has errors: run govmap validate. The previous build, if any, is still served.": {
		FI: "Tiedostoissa on virheitä: aja govmap validate. Edellinen versio sivustosta, jos sellainen on, näkyy yhä.",
		SV: "Filerna innehåller fel: kör govmap validate. Den tidigare versionen av webbplatsen, om någon, visas fortfarande.",
	},
	"The site could not be built: %s": {
		FI: "Sivustoa ei voitu tehdä: %s",
		SV: "Webbplatsen kunde inte byggas: %s",
	},
	"The site is being built; reload in a moment.": {
		FI: "Sivustoa tehdään; lataa sivu uudelleen hetken kuluttua.",
		SV: "Webbplatsen byggs; ladda om sidan om en stund.",
	},
	"built %s in %s": {FI: "tehtiin %s, kesto %s", SV: "byggde %s på %s"},
	"serving %s at %s (Ctrl-C stops)": {
		FI: "%s näkyy osoitteessa %s (Ctrl-C lopettaa)",
		SV: "%s visas på %s (Ctrl-C avslutar)",
	},
	"a file changed; rebuilding": {
		FI: "tiedosto muuttui; sivusto tehdään uudelleen",
		SV: "en fil ändrades; webbplatsen byggs om",
	},
}

func init() { add(cliTexts) }
