package msg

// The command line as a newcomer meets it: help, version, the repository
// looked for, the files named to validate.
func init() {
	add(map[string]Text{
		"flags:": {FI: "valitsimet:", SV: "flaggor:", EN: "flags:"},

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
