package msg

// Messages of the pull-request comment's limits: what a comment or a run's
// summary too long for GitHub leaves out and where it is, and the short
// comment posted when GitHub refuses the whole one.
func init() {
	add(map[string]Text{
		"%d more change":  {FI: "%d muu muutos", SV: "%d ändring till"},
		"%d more changes": {FI: "%d muuta muutosta", SV: "%d ändringar till"},
		"%d more finding": {FI: "%d muu havainto", SV: "%d iakttagelse till"},
		"%d more findings": {
			FI: "%d muuta havaintoa",
			SV: "%d iakttagelser till",
		},
		"comment.the-rest": {FI: "loput", SV: "resten", EN: "the rest"},
		"Not shown here, as a comment holds at most 65,536 characters: %s. Everything is in [the run's summary](%s).": {
			FI: "Tässä ei näy, koska kommentissa voi olla enintään 65 536 merkkiä: %s. Kaikki on [ajon yhteenvedossa](%s).",
			SV: "Visas inte här, eftersom en kommentar rymmer högst 65 536 tecken: %s. Allt finns i [körningens sammanfattning](%s).",
		},
		"Not shown here, as a comment holds at most 65,536 characters: %s. Everything is in the run's summary.": {
			FI: "Tässä ei näy, koska kommentissa voi olla enintään 65 536 merkkiä: %s. Kaikki on ajon yhteenvedossa.",
			SV: "Visas inte här, eftersom en kommentar rymmer högst 65 536 tecken: %s. Allt finns i körningens sammanfattning.",
		},
		"Not shown, as a run's summary holds at most 1 MiB: %s. `govmap diff` lists every change.": {
			FI: "Ei näy, koska ajon yhteenvedossa voi olla enintään 1 MiB: %s. `govmap diff` luettelee kaikki muutokset.",
			SV: "Visas inte, eftersom en körnings sammanfattning rymmer högst 1 MiB: %s. `govmap diff` listar alla ändringar.",
		},
		// govmap comment's own messages.
		"the login the token comments as: only its comments with govmap's marker are updated (a GitHub App's token: APP-SLUG[bot])": {
			FI: "tunnus, jolla token kommentoi: vain sen govmap-merkinnällä varustetut kommentit päivitetään (GitHub-sovelluksen token: APP-SLUG[bot])",
			SV: "inloggningsnamnet som token kommenterar som: bara dess kommentarer med govmaps markering uppdateras (en GitHub-apps token: APP-SLUG[bot])",
		},
		"GitHub did not accept the whole comment: posted the verdict and a link to the run; the whole text is in the step summary": {
			FI: "GitHub ei hyväksynyt koko kommenttia: julkaistiin tarkistuksen tulos ja linkki ajoon; koko teksti on ajon yhteenvedossa",
			SV: "GitHub godtog inte hela kommentaren: publicerade resultatet av kontrollen och en länk till körningen; hela texten finns i körningens sammanfattning",
		},
		"GitHub did not accept the whole comment: posted only the verdict; set GITHUB_STEP_SUMMARY to keep the whole text": {
			FI: "GitHub ei hyväksynyt koko kommenttia: julkaistiin vain tarkistuksen tulos; aseta GITHUB_STEP_SUMMARY, jotta koko teksti säilyy",
			SV: "GitHub godtog inte hela kommentaren: publicerade bara resultatet av kontrollen; ange GITHUB_STEP_SUMMARY för att behålla hela texten",
		},
		"the comment was cut to GitHub's limit of %d characters; the whole text is in the step summary": {
			FI: "kommentti lyhennettiin GitHubin %d merkin rajaan; koko teksti on ajon yhteenvedossa",
			SV: "kommentaren kortades till GitHubs gräns på %d tecken; hela texten finns i körningens sammanfattning",
		},
		"the comment was cut to GitHub's limit of %d characters; set GITHUB_STEP_SUMMARY to keep the whole text": {
			FI: "kommentti lyhennettiin GitHubin %d merkin rajaan; aseta GITHUB_STEP_SUMMARY, jotta koko teksti säilyy",
			SV: "kommentaren kortades till GitHubs gräns på %d tecken; ange GITHUB_STEP_SUMMARY för att behålla hela texten",
		},
		"deleted %s": {FI: "poistettiin %s", SV: "tog bort %s"},
		"%d duplicate of govmap's comment": {
			FI: "%d govmapin kommentin kaksoiskappale",
			SV: "%d dubblett av govmaps kommentar",
		},
		"%d duplicates of govmap's comment": {
			FI: "%d govmapin kommentin kaksoiskappaletta",
			SV: "%d dubbletter av govmaps kommentar",
		},

		// The short comment.
		"GitHub did not accept the whole comment. Everything is in [the run's summary](%s).": {
			FI: "GitHub ei hyväksynyt koko kommenttia. Kaikki on [ajon yhteenvedossa](%s).",
			SV: "GitHub godtog inte hela kommentaren. Allt finns i [körningens sammanfattning](%s).",
		},
		"GitHub did not accept the whole comment. Everything is in the run's summary.": {
			FI: "GitHub ei hyväksynyt koko kommenttia. Kaikki on ajon yhteenvedossa.",
			SV: "GitHub godtog inte hela kommentaren. Allt finns i körningens sammanfattning.",
		},
	})
}
