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
