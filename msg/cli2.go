package msg

// The command line as a newcomer meets it: help, version, the repository
// looked for, the files named to validate.
func init() {
	add(map[string]Text{
		"flags:": {FI: "valitsimet:", SV: "flaggor:", EN: "flags:"},
		"want BASE and optionally HEAD (default: the working tree)": {
			FI: "anna BASE ja halutessasi HEAD (oletus: työkopio)",
			SV: "ange BASE och vid behov HEAD (standard: arbetskopian)",
		},
		"show a command's usage, description and flags": {
			FI: "näytä komennon käyttö, kuvaus ja valitsimet",
			SV: "visa ett kommandos användning, beskrivning och flaggor",
		},
		"print the version and the commit it was built from": {
			FI: "tulosta versio ja commit, josta ohjelma on käännetty",
			SV: "skriv ut versionen och den commit programmet byggdes från",
		},

		// govmap --version.
		"(development build)": {FI: "(kehitysversio)", SV: "(utvecklingsversion)"},
		"commit %s (%s; the HEAD of the git repository in this folder)": {
			FI: "versio %s (%s; tämän kansion git-repositorion HEAD)",
			SV: "incheckning %s (%s; HEAD i git-repositoriet i denna mapp)",
		},
		"commit %s (%s)": {FI: "versio %s (%s)", SV: "incheckning %s (%s)"},
		"commit %s":      {FI: "versio %s", SV: "incheckning %s"},
		// Flag descriptions that had only English.
		"also check .github/CODEOWNERS against the maintainers (rule codeowners-stale): for main only, where a workflow regenerates it after each merge; a pull request is judged by its base's CODEOWNERS": {
			FI: "tarkista myös .github/CODEOWNERS tiedostoihin nimettyjä hyväksyjiä vasten (sääntö codeowners-stale): vain mainille, jossa työnkulku kirjoittaa sen uudelleen jokaisen yhdistämisen jälkeen; pull request arvioidaan pohjansa CODEOWNERS-tiedoston mukaan",
			SV: "kontrollera också .github/CODEOWNERS mot godkännarna i filerna (regeln codeowners-stale): bara för main, där ett arbetsflöde skriver om den efter varje sammanslagning; en pull request bedöms enligt sin bas CODEOWNERS",
		},
		"output format: text, json or github (workflow annotations, and the full list in $GITHUB_STEP_SUMMARY when set)": {
			FI: "tulostusmuoto: text, json tai github (merkinnät työnkulussa ja koko luettelo tiedostoon $GITHUB_STEP_SUMMARY, jos se on asetettu)",
			SV: "utdataformat: text, json eller github (anteckningar i arbetsflödet och hela listan i $GITHUB_STEP_SUMMARY om den är satt)",
		},
		"the GitHub repository OWNER/NAME: maintainers' teams must be OWNER's (default $GITHUB_REPOSITORY, else the national coordinators' organisation)": {
			FI: "GitHub-repositorio OWNER/NAME: hyväksyjien tiimien on kuuluttava OWNERille (oletus $GITHUB_REPOSITORY, muuten kansallisten koordinaattorien organisaatio)",
			SV: "GitHub-repositoriet OWNER/NAME: godkännarnas team måste höra till OWNER (standard $GITHUB_REPOSITORY, annars de nationella koordinatorernas organisation)",
		},
		"the repository (any folder inside it)": {
			FI: "repositorio (mikä tahansa sen kansio)",
			SV: "repositoriet (vilken mapp som helst i det)",
		},
		"output format: text, markdown or json": {
			FI: "tulostusmuoto: text, markdown tai json",
			SV: "utdataformat: text, markdown eller json",
		},
		"language of the output: fi, sv or en (default: $GOVMAP_LANG, else fi)": {
			FI: "tulosteen kieli: fi, sv tai en (oletus: $GOVMAP_LANG, muuten fi)",
			SV: "utdatans språk: fi, sv eller en (standard: $GOVMAP_LANG, annars fi)",
		},
		"only check that .github/CODEOWNERS is current; write nothing": {
			FI: "tarkista vain, että .github/CODEOWNERS on ajan tasalla; älä kirjoita mitään",
			SV: "kontrollera bara att .github/CODEOWNERS är aktuell; skriv ingenting",
		},
		"the base branch or revision: changes are counted from its merge base with the head (default HEAD~1; with --head, the pull request's base branch)": {
			FI: "pohjahaara tai -versio: muutokset lasketaan sen ja pull requestin viimeisimmän version yhteisestä edeltäjästä (oletus HEAD~1; --head-valitsimen kanssa pull requestin pohjahaara)",
			SV: "basgrenen eller -versionen: ändringarna räknas från dess gemensamma förfader med pull requestens senaste version (standard HEAD~1; med --head pull requestens basgren)",
		},
		"the pull request's head commit, a full hash, read from git objects; the API must agree that it is the pull request's head": {
			FI: "pull requestin viimeisin commit kokonaisena tunnisteena (hash), luetaan git-objekteista; API:n on vahvistettava, että se on pull requestin viimeisin commit",
			SV: "pull requestens senaste commit som fullständig hash, läst ur git-objekten; API:t måste bekräfta att det är pull requestens senaste commit",
		},
		"with --head: the repository of the pull request's branch, OWNER/NAME (a fork's); the API must agree": {
			FI: "--head-valitsimen kanssa: pull requestin haaran repositorio, OWNER/NAME (forkin); API:n on vahvistettava se",
			SV: "med --head: repositoriet för pull requestens gren, OWNER/NAME (en forks); API:t måste bekräfta det",
		},
		"language of the command's own messages: fi, sv or en (default $GOVMAP_LANG, else fi)": {
			FI: "komennon omien viestien kieli: fi, sv tai en (oletus $GOVMAP_LANG, muuten fi)",
			SV: "språket i kommandots egna meddelanden: fi, sv eller en (standard $GOVMAP_LANG, annars fi)",
		},
		"the pull request's number (with --head: optional, found from the head commit when left out)": {
			FI: "pull requestin numero (--head-valitsimen kanssa vapaaehtoinen: jos se puuttuu, se päätellään viimeisimmästä commitista)",
			SV: "pull requestens nummer (med --head valfritt: om det saknas hittas det utifrån den senaste commiten)",
		},
		"the repository's top folder; FILE and FOLDER are relative to it": {
			FI: "repositorion ylin kansio; FILE ja FOLDER ovat suhteessa siihen",
			SV: "repositoriets översta mapp; FILE och FOLDER anges i förhållande till den",
		},
		"list the files not in the canonical layout and exit 1; write nothing": {
			FI: "luettele tiedostot, jotka eivät ole vakioasettelussa, ja päätä tilaan 1; älä kirjoita mitään",
			SV: "lista filerna som inte har standardlayouten och avsluta med status 1; skriv ingenting",
		},
		"language of the messages: fi, sv or en (GOVMAP_LANG sets the default)": {
			FI: "viestien kieli: fi, sv tai en (oletuksen asettaa GOVMAP_LANG)",
			SV: "meddelandenas språk: fi, sv eller en (GOVMAP_LANG anger standard)",
		},
	})
}

// The repository looked for.
func init() {
	add(map[string]Text{
		"%s: no such file or folder; did you mean %s?": {
			FI: "%s: tiedostoa tai kansiota ei ole; tarkoititko %s?",
			SV: "%s: filen eller mappen finns inte; menade du %s?",
		},
		"%s: no such file or folder": {
			FI: "%s: tiedostoa tai kansiota ei ole",
			SV: "%s: filen eller mappen finns inte",
		},
		"%s is not a folder": {FI: "%s ei ole kansio", SV: "%s är inte en mapp"},
		"this folder is not a govmap repository (no cue.mod/ and model/ found in %s or its parents); run the command in the repository's top folder or give its path": {
			FI: "tämä kansio ei ole govmap-repositorio (kansioita cue.mod/ ja model/ ei löytynyt kansiosta %s eikä sen yläkansioista); aja komento repositorion ylimmässä kansiossa tai anna sen polku",
			SV: "den här mappen är inte ett govmap-repositorium (mapparna cue.mod/ och model/ finns varken i %s eller i mapparna ovanför); kör kommandot i repositoriets översta mapp eller ange dess sökväg",
		},
	})
}

// govmap codeowners.
func init() {
	add(map[string]Text{
		"the repository has problems; run '%s' first": {
			FI: "tiedostoissa on ongelmia; aja ensin '%s'",
			SV: "filerna har problem; kör först '%s'",
		},
		"%s is out of date (line %d): on main, the codeowners job of the ci workflow writes it after each merge; if that job failed, run '%s' on main and commit it (a pull request leaves it alone)": {
			FI: "%s on vanhentunut (rivi %d): ci-työnkulun codeowners-työ kirjoittaa sen mainiin jokaisen yhdistämisen jälkeen; jos työ epäonnistui, aja mainissa '%s' ja commitoi se (pull request ei muuta sitä)",
			SV: "%s är inaktuell (rad %d): jobbet codeowners i arbetsflödet ci skriver den på main efter varje sammanslagning; om jobbet misslyckades, kör '%s' på main och committa den (en pull request lämnar den orörd)",
		},
		"%s is current": {FI: "%s on ajan tasalla", SV: "%s är aktuell"},
		"wrote %s":      {FI: "kirjoitettiin %s", SV: "skrev %s"},
	})
}

// govmap validate FILE...
func init() {
	add(map[string]Text{
		"%s and %s are in different repositories (%s and %s); check them one repository at a time": {
			FI: "%s ja %s ovat eri repositorioissa (%s ja %s); tarkista yksi repositorio kerrallaan",
			SV: "%s och %s finns i olika repositorier (%s och %s); kontrollera ett repositorium i taget",
		},
		"%s is a folder: give one folder (the repository), or files": {
			FI: "%s on kansio: anna yksi kansio (repositorio) tai tiedostoja",
			SV: "%s är en mapp: ange en mapp (repositoriet) eller filer",
		},
		"%s is not in a govmap repository (no cue.mod/ and model/ found in its folder or the folders above it)": {
			FI: "%s ei ole govmap-repositoriossa (kansioita cue.mod/ ja model/ ei löytynyt sen kansiosta eikä sen yläpuolisista kansioista)",
			SV: "%s finns inte i ett govmap-repositorium (mapparna cue.mod/ och model/ finns varken i dess mapp eller i mapparna ovanför)",
		},
		"%s is not one of the repository's data files (the .cue files in model/, actors/, tasks/, counties/ and municipalities/)": {
			FI: "%s ei ole repositorion datatiedosto (kansioiden model/, actors/, tasks/, counties/ ja municipalities/ .cue-tiedostot)",
			SV: "%s är inte en av repositoriets datafiler (.cue-filerna i model/, actors/, tasks/, counties/ och municipalities/)",
		},
		"%s in other files, not shown here: '%s' shows every file's": {
			FI: "%s muissa tiedostoissa, ei näytetä tässä: '%s' näyttää kaikkien tiedostojen",
			SV: "%s i andra filer, visas inte här: '%s' visar alla filers",
		},
		"--changed checks the files changed since a revision: give it a folder, not files": {
			FI: "--changed tarkistaa version jälkeen muuttuneet tiedostot: anna sille kansio, ei tiedostoja",
			SV: "--changed kontrollerar filerna som ändrats sedan en version: ange en mapp, inte filer",
		},
	})
}

// The header comment of a municipality's file (internal/gen), in the
// municipality's languages; one comment line per line.
func init() {
	add(map[string]Text{
		"gen.municipality.header": {
			FI: `%s: kunnan digitaalisen turvallisuuden hallintamalli.

Alla olevat perustiedot ovat Tilastokeskuksen julkisia tietoja
(reference/municipalities.csv; lähteet: reference/README.md).
Hallintamallia ei ole vielä ilmoitettu. Ilmoita se täyttämällä kohdat
roles, raci, bodies, companies, networks ja informationManagement ja
asettamalla status.reported arvoon true. CONTRIBUTING.md (kohta
Suomeksi) neuvoo vaihe vaiheelta.`,
			SV: `%s: kommunens förvaltningsmodell för digital säkerhet.

Grunduppgifterna nedan är offentliga uppgifter från Statistikcentralen
(reference/municipalities.csv; källor: reference/README.md).
Förvaltningsmodellen har inte rapporterats ännu. Rapportera den genom
att fylla i roles, raci, bodies, companies, networks och
informationManagement och sätta status.reported till true.
CONTRIBUTING.md (avsnittet På svenska) visar hur, steg för steg.`,
			EN: `%s: the municipality's digital-security governance.

The identity below is public fact from Statistics Finland
(reference/municipalities.csv; sources in reference/README.md).
The governance part has not been reported yet. To report it, fill in
roles, raci, bodies, companies, networks and informationManagement, then
set status.reported to true. CONTRIBUTING.md shows how, step by step.`,
		},
	})
}
