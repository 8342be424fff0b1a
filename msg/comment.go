package msg

// Messages of the pull-request machinery: what a clone lacks and how to
// fetch it (gitrepo), which pull request the comment goes on (ghcomment,
// govmap comment), and the annotation limit and step summary of
// `govmap validate --format github`.
func init() {
	add(map[string]Text{
		// gitrepo: what a clone lacks, why, and how to fetch it.
		"revision %s is not in this clone": {
			FI: "versio %s ei ole tässä kloonissa",
			SV: "revisionen %s finns inte i denna klon",
		},
		"commit %s (%s) is not in this clone": {
			FI: "commit %s (%s) ei ole tässä kloonissa",
			SV: "commit %s (%s) finns inte i denna klon",
		},
		"commit %s (branch %s) is not in this clone": {
			FI: "commit %s (haara %s) ei ole tässä kloonissa",
			SV: "commit %s (grenen %s) finns inte i denna klon",
		},
		"the branch %s is not in this clone": {
			FI: "haara %s ei ole tässä kloonissa",
			SV: "grenen %s finns inte i denna klon",
		},
		"files of commit %s are not in this clone": {
			FI: "commitin %s tiedostot eivät ole tässä kloonissa",
			SV: "filerna i commit %s finns inte i denna klon",
		},
		"the merge base of %s and %s is not in this clone": {
			FI: "committien %s ja %s yhteinen kantaversio (merge base) ei ole tässä kloonissa",
			SV: "den gemensamma basen (merge base) för %s och %s finns inte i denna klon",
		},
		"the pull request's head commit %s is not in this clone": {
			FI: "pull requestin viimeisin commit %s ei ole tässä kloonissa",
			SV: "pull requestens senaste commit %s finns inte i denna klon",
		},
		"commits %s and %s have no common history": {
			FI: "commiteilla %s ja %s ei ole yhteistä historiaa",
			SV: "commitarna %s och %s har ingen gemensam historik",
		},
		"Compare a pull request with the branch it was made from": {
			FI: "Vertaa pull requestia haaraan, josta se on tehty",
			SV: "Jämför en pull request med den gren den gjordes från",
		},
		"this is a shallow clone: its history is cut off": {
			FI: "tämä on matala klooni (shallow clone): sen historia on katkaistu",
			SV: "detta är en grund klon (shallow clone): dess historik är avskuren",
		},
		"Fetch the whole history: run `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`)": {
			FI: "Hae koko historia: aja `git fetch --unshallow` (GitHub Actionsissa: actions/checkout ja `fetch-depth: 0`)",
			SV: "Hämta hela historiken: kör `git fetch --unshallow` (i GitHub Actions: actions/checkout med `fetch-depth: 0`)",
		},
		"this is a partial clone (made with --filter): git fetches such files only when it needs them, and govmap reads git's objects itself": {
			FI: "tämä on osittainen klooni (tehty --filter-valitsimella): git hakee tällaiset tiedostot vasta tarvitessaan, ja govmap lukee gitin objektit itse",
			SV: "detta är en partiell klon (gjord med --filter): git hämtar sådana filer först när det behöver dem, och govmap läser gits objekt själv",
		},
		"Fetch every file once: run `git -c remote.%[1]s.partialclonefilter= fetch --refetch %[1]s` (git 2.36 or newer), or clone without --filter (in GitHub Actions: actions/checkout without `filter:`)": {
			FI: "Hae kaikki tiedostot kerralla: aja `git -c remote.%[1]s.partialclonefilter= fetch --refetch %[1]s` (git 2.36 tai uudempi) tai kloonaa ilman --filter-valitsinta (GitHub Actionsissa: actions/checkout ilman `filter:`-asetusta)",
			SV: "Hämta alla filer en gång: kör `git -c remote.%[1]s.partialclonefilter= fetch --refetch %[1]s` (git 2.36 eller nyare), eller klona utan --filter (i GitHub Actions: actions/checkout utan `filter:`)",
		},
		"this clone borrows objects from another repository (a --shared or --reference clone; .git/objects/info/alternates names %s), which lacks them or is gone": {
			FI: "tämä klooni lainaa objektinsa toisesta repositoriosta (--shared- tai --reference-klooni; .git/objects/info/alternates nimeää %s), josta ne puuttuvat tai joka on poistunut",
			SV: "denna klon lånar objekt från ett annat förråd (en --shared- eller --reference-klon; .git/objects/info/alternates anger %s), som saknar dem eller inte längre finns",
		},
		"Clone again without --shared or --reference, or, while the other repository is there, fetch into this one: `%s`": {
			FI: "Kloonaa uudelleen ilman --shared- tai --reference-valitsinta, tai hae puuttuva tähän klooniin niin kauan kuin toinen repositorio on tallella: `%s`",
			SV: "Klona på nytt utan --shared eller --reference, eller hämta det till denna klon medan det andra förrådet finns kvar: `%s`",
		},
		"Fetch it: run `%s`": {
			FI: "Hae se: aja `%s`",
			SV: "Hämta det: kör `%s`",
		},
		"the git repository at %s uses a format govmap cannot read (%v)": {
			FI: "git-repositorio kohteessa %s käyttää muotoa, jota govmap ei osaa lukea (%v)",
			SV: "git-förrådet i %s använder ett format som govmap inte kan läsa (%v)",
		},
		"Use an ordinary clone: `git clone` without options such as --filter or sparse checkout, or actions/checkout with its defaults": {
			FI: "Käytä tavallista kloonia: `git clone` ilman valitsimia kuten --filter tai sparse checkout, tai actions/checkout oletusasetuksin",
			SV: "Använd en vanlig klon: `git clone` utan alternativ som --filter eller sparse checkout, eller actions/checkout med standardinställningar",
		},

		// ghcomment: the pull request the comment goes on.
		"pull request #%d is closed: no comment": {
			FI: "pull request #%d on suljettu: ei kommenttia",
			SV: "pull request #%d är stängd: ingen kommentar",
		},
		"pull request #%d has moved on: its head is now %s, not %s, the commit this run checked; the run for the new commit comments": {
			FI: "pull request #%d on edennyt: sen viimeisin commit on nyt %s eikä %s, jonka tämä ajo tarkisti; uuden commitin ajo kommentoi",
			SV: "pull request #%d har gått vidare: dess senaste commit är nu %s, inte %s som denna körning kontrollerade; körningen för den nya commiten kommenterar",
		},
		"pull request #%d comes from %s, not %s": {
			FI: "pull request #%d tulee repositoriosta %s eikä %s",
			SV: "pull request #%d kommer från %s, inte från %s",
		},
		"no open pull request has head commit %s: it was closed, or pushed to again (the run for the new commit comments)": {
			FI: "minkään avoimen pull requestin viimeisin commit ei ole %s: pull request on suljettu tai siihen on tullut uusi commit (uuden commitin ajo kommentoi)",
			SV: "ingen öppen pull request har %s som senaste commit: den har stängts eller fått en ny commit (körningen för den nya commiten kommenterar)",
		},
		"%d open pull requests have head commit %s (%s): name one with --pr": {
			FI: "%d avoimen pull requestin viimeisin commit on %s (%s): valitse yksi --pr-valitsimella",
			SV: "%d öppna pull requests har %s som senaste commit (%s): välj en med --pr",
		},

		// govmap comment.
		"govmap comment: pull request #%d: comparing %s, where it left %s, with its head %s": {
			FI: "govmap comment: pull request #%d: verrataan committia %s, jossa se erkani haarasta %s, sen viimeisimpään committiin %s",
			SV: "govmap comment: pull request #%d: jämför %s, där den grenade av från %s, med dess senaste commit %s",
		},
		"the token cannot comment: wrote the comment to the step summary": {
			FI: "token ei voi kommentoida: kommentti kirjoitettiin ajon yhteenvetoon",
			SV: "token kan inte kommentera: kommentaren skrevs i körningens sammanfattning",
		},
		"comment on %s/%s#%d: %s": {
			FI: "kommentti pull requestissa %s/%s#%d: %s",
			SV: "kommentar på %s/%s#%d: %s",
		},
		"comment.outcome.created":   {FI: "luotu", SV: "skapad", EN: "created"},
		"comment.outcome.updated":   {FI: "päivitetty", SV: "uppdaterad", EN: "updated"},
		"comment.outcome.unchanged": {FI: "ennallaan", SV: "oförändrad", EN: "unchanged"},

		// govmap validate --format github: annotations and step summary.
		"GitHub shows at most %d annotations of each kind per step; not shown here: %d errors, %d warnings, %d notices.": {
			FI: "GitHub näyttää enintään %d kunkin lajin merkintää (annotation) vaihetta kohden; tässä ei näy: %d virhettä, %d varoitusta, %d huomautusta.",
			SV: "GitHub visar högst %d anteckningar (annotations) av varje slag per steg; här visas inte: %d fel, %d varningar, %d anmärkningar.",
		},
		"Every finding is in this step's log and in the run's summary.": {
			FI: "Kaikki havainnot ovat tämän vaiheen lokissa ja ajon yhteenvedossa.",
			SV: "Alla iakttagelser finns i detta stegs logg och i körningens sammanfattning.",
		},
		"Every finding is in this step's log.": {
			FI: "Kaikki havainnot ovat tämän vaiheen lokissa.",
			SV: "Alla iakttagelser finns i detta stegs logg.",
		},
		"No problems found.": {
			FI: "Ongelmia ei löytynyt.",
			SV: "Inga problem hittades.",
		},
		"%d errors, %d warnings, %d notices.": {
			FI: "%d virhettä, %d varoitusta, %d huomautusta.",
			SV: "%d fel, %d varningar, %d anmärkningar.",
		},
		"%d more findings do not fit in the summary: they are in the step's log.": {
			FI: "%d havaintoa lisää ei mahdu yhteenvetoon: ne ovat vaiheen lokissa.",
			SV: "%d iakttagelser till ryms inte i sammanfattningen: de finns i stegets logg.",
		},
		// validate: the hint of codeowners-stale (a check of main only).
		"The codeowners job of the ci workflow writes it on main after each merge; if that job failed, run `%s` on main and commit .github/CODEOWNERS.": {
			FI: "Ci-työnkulun codeowners-työ kirjoittaa sen mainiin jokaisen yhdistämisen (merge) jälkeen; jos työ epäonnistui, aja mainissa `%s` ja commitoi .github/CODEOWNERS.",
			SV: "Jobbet codeowners i arbetsflödet ci skriver den på main efter varje sammanslagning (merge); om jobbet misslyckades, kör `%s` på main och committa .github/CODEOWNERS.",
		},
		"validate.summary.rule":    {FI: "sääntö", SV: "regel", EN: "rule"},
		"validate.summary.where":   {FI: "paikka", SV: "plats", EN: "where"},
		"validate.summary.message": {FI: "viesti", SV: "meddelande", EN: "message"},
		"validate.summary.fix":     {FI: "korjaus", SV: "åtgärd", EN: "fix"},
	})
}
