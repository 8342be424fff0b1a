package msg

// The semantic diff of two revisions (package semdiff): its lines, the
// pull-request comment around them, and the findings about files that
// cannot be read. The responsibility matrix's letters are said as the
// field says them: vastuussa, tilivelvollinen, konsultoitava, tiedotettava;
// ansvarig, ansvarsskyldig, konsulteras, informeras.
func init() {
	add(map[string]Text{
		// Syntax.
		"A text on this line lacks its closing quote (\"): add it where the text ends.": {
			FI: "Tämän rivin tekstistä puuttuu lopettava lainausmerkki (\"): lisää se tekstin loppuun.",
			SV: "En text på den här raden saknar sitt avslutande citattecken (\"): lägg till det där texten slutar.",
		},
		"A closing brace } too many: what the file defines ended before this line. Remove the } above that has no opening { of its own.": {
			FI: "Yksi sulkeva aaltosulje } on liikaa: tiedoston määrittely päättyi jo ennen tätä riviä. Poista yläpuolelta se }, jolla ei ole omaa avaavaa {-merkkiä.",
			SV: "En avslutande klammer } för mycket: det som filen definierar tog slut redan före den här raden. Ta bort den } ovanför som saknar en egen öppnande {.",
		},

		// Files with errors.
		"The file has errors; its changes are shown once it is valid.": {
			FI: "Tiedostossa on virheitä; sen muutokset näytetään, kun se on taas kunnossa.",
			SV: "Filen innehåller fel; dess ändringar visas när den är giltig igen.",
		},
		"The file is valid again; its changes since the version with errors cannot be listed.": {
			FI: "Tiedosto on taas kunnossa; sen muutoksia virheellisen version jälkeen ei voi eritellä.",
			SV: "Filen är giltig igen; dess ändringar sedan versionen med fel kan inte specificeras.",
		},
		"The model is valid again; its changes since the version with errors cannot be listed.": {
			FI: "Malli on taas kunnossa; sen muutoksia virheellisen version jälkeen ei voi eritellä.",
			SV: "Modellen är giltig igen; dess ändringar sedan versionen med fel kan inte specificeras.",
		},

		// A municipality.
		"Municipality added.":   {FI: "Kunta lisättiin.", SV: "Kommunen lades till."},
		"Municipality removed.": {FI: "Kunta poistettiin.", SV: "Kommunen togs bort."},
		"Identity changed (name, region, language or population).": {
			FI: "Tunnistetiedot muuttuivat (nimi, maakunta, kieli tai asukasluku).",
			SV: "Identitetsuppgifterna ändrades (namn, landskap, språk eller invånarantal).",
		},
		"The municipality reported its governance (status.reported: true).": {
			FI: "Kunta ilmoitti hallintamallinsa (status.reported: true).",
			SV: "Kommunen rapporterade sin förvaltningsmodell (status.reported: true).",
		},
		"The municipality withdrew its report (status.reported: false).": {
			FI: "Kunta perui ilmoituksensa (status.reported: false).",
			SV: "Kommunen drog tillbaka sin rapport (status.reported: false).",
		},
		"File reviewed on %s.": {FI: "Tiedosto tarkistettiin %s.", SV: "Filen granskades %s."},
		"Non-public details changed (not shown).": {
			FI: "Ei-julkisia tietoja muutettiin (ei näytetä).",
			SV: "Icke-offentliga uppgifter ändrades (visas inte).",
		},
		"Maintainers: %s.": {FI: "Muutosten hyväksyjät: %s.", SV: "De som godkänner ändringar: %s."},

		// Roles and people.
		"Role named: %s.":             {FI: "Rooli nimettiin: %s.", SV: "Roll utsedd: %s."},
		"Role removed: %s.":           {FI: "Rooli poistettiin: %s.", SV: "Roll borttagen: %s."},
		"Role made public: %s.":       {FI: "Rooli muutettiin julkiseksi: %s.", SV: "Roll gjord offentlig: %s."},
		"A role was made non-public.": {FI: "Rooli muutettiin ei-julkiseksi.", SV: "En roll gjordes icke-offentlig."},
		"Role retitled: %s → %s.":     {FI: "Roolin nimike muuttui: %s → %s.", SV: "Rollens titel ändrades: %s → %s."},
		"Contact details of role %s changed.": {
			FI: "Roolin %s yhteystiedot muuttuivat.",
			SV: "Kontaktuppgifterna för rollen %s ändrades.",
		},
		"Role %s: the person's details were made non-public.": {
			FI: "Rooli %s: henkilön tiedot muutettiin ei-julkisiksi.",
			SV: "Rollen %s: personens uppgifter gjordes icke-offentliga.",
		},
		"Role %s: the person's details were made public (%s).": {
			FI: "Rooli %s: henkilön tiedot muutettiin julkisiksi (%s).",
			SV: "Rollen %s: personens uppgifter gjordes offentliga (%s).",
		},

		// The responsibility matrix: party, then area.
		"%s is now Responsible for %s.":       {FI: "%s on nyt vastuussa (R) alueella %s.", SV: "%s är nu ansvarig (R) för %s."},
		"%s is no longer Responsible for %s.": {FI: "%s ei ole enää vastuussa (R) alueella %s.", SV: "%s är inte längre ansvarig (R) för %s."},
		"%s is now Accountable for %s.":       {FI: "%s on nyt tilivelvollinen (A) alueella %s.", SV: "%s är nu ansvarsskyldig (A) för %s."},
		"%s is no longer Accountable for %s.": {FI: "%s ei ole enää tilivelvollinen (A) alueella %s.", SV: "%s är inte längre ansvarsskyldig (A) för %s."},
		"%s is now Consulted on %s.":          {FI: "%s on nyt konsultoitava (C) alueella %s.", SV: "%s konsulteras nu (C) om %s."},
		"%s is no longer Consulted on %s.":    {FI: "%s ei ole enää konsultoitava (C) alueella %s.", SV: "%s konsulteras inte längre (C) om %s."},
		"%s is now Informed about %s.":        {FI: "%s on nyt tiedotettava (I) alueella %s.", SV: "%s informeras nu (I) om %s."},
		"%s is no longer Informed about %s.":  {FI: "%s ei ole enää tiedotettava (I) alueella %s.", SV: "%s informeras inte längre (I) om %s."},
		"diff.county":                         {FI: "hyvinvointialue", SV: "välfärdsområdet", EN: "the wellbeing services county"},
		"Joined the network %s.":              {FI: "Liittyi verkostoon %s.", SV: "Anslöt sig till nätverket %s."},
		"Left the network %s.":                {FI: "Erosi verkostosta %s.", SV: "Lämnade nätverket %s."},
		"Procurement arrangements changed.":   {FI: "Hankintajärjestelyt muuttuivat.", SV: "Upphandlingsarrangemangen ändrades."},
		"Information Management Act duties changed.": {
			FI: "Tiedonhallintalain velvoitteiden tiedot muuttuivat.",
			SV: "Uppgifterna om skyldigheterna enligt informationshanteringslagen ändrades.",
		},
		"The Information Management Act duties were made non-public.": {
			FI: "Tiedonhallintalain velvoitteiden tiedot muutettiin ei-julkisiksi.",
			SV: "Uppgifterna om skyldigheterna enligt informationshanteringslagen gjordes icke-offentliga.",
		},
		"The Information Management Act duties were made public.": {
			FI: "Tiedonhallintalain velvoitteiden tiedot muutettiin julkisiksi.",
			SV: "Uppgifterna om skyldigheterna enligt informationshanteringslagen gjordes offentliga.",
		},

		// Bodies and their status reports.
		"Body added: %s.":             {FI: "Toimielin lisättiin: %s.", SV: "Organ tillagt: %s."},
		"Body removed: %s.":           {FI: "Toimielin poistettiin: %s.", SV: "Organ borttaget: %s."},
		"Body made public: %s.":       {FI: "Toimielin muutettiin julkiseksi: %s.", SV: "Organ gjort offentligt: %s."},
		"A body was made non-public.": {FI: "Toimielin muutettiin ei-julkiseksi.", SV: "Ett organ gjordes icke-offentligt."},
		"Details of body %s changed.": {FI: "Toimielimen %s tiedot muuttuivat.", SV: "Uppgifterna om organet %s ändrades."},
		"%s treated a status report on %s.": {
			FI: "%s käsitteli tilannekatsauksen %s.",
			SV: "%s behandlade en lägesrapport %s.",
		},
		"%s: status-report interval %s → %s.": {
			FI: "%s: tilannekatsausten väli %s → %s.",
			SV: "%s: intervallet mellan lägesrapporter %s → %s.",
		},
		"diff.months": {FI: "%d kk", SV: "%d mån.", EN: "%d months"},

		// Companies.
		"Company added: %s.":             {FI: "Yhtiö lisättiin: %s.", SV: "Bolag tillagt: %s."},
		"Company removed: %s.":           {FI: "Yhtiö poistettiin: %s.", SV: "Bolag borttaget: %s."},
		"Company made public: %s.":       {FI: "Yhtiö muutettiin julkiseksi: %s.", SV: "Bolag gjort offentligt: %s."},
		"A company was made non-public.": {FI: "Yhtiö muutettiin ei-julkiseksi.", SV: "Ett bolag gjordes icke-offentligt."},
		"Details of company %s changed.": {FI: "Yhtiön %s tiedot muuttuivat.", SV: "Uppgifterna om bolaget %s ändrades."},
		"%s: NIS2 scope %s → %s.": {
			FI: "%s: NIS2-direktiivin soveltamisala %s → %s.",
			SV: "%s: tillämpningsområdet för NIS2-direktivet %s → %s.",
		},
		"diff.nis2.in-scope":     {FI: "soveltamisalassa", SV: "omfattas", EN: "in scope"},
		"diff.nis2.out-of-scope": {FI: "soveltamisalan ulkopuolella", SV: "omfattas inte", EN: "out of scope"},
		"%s: NIS2 management training done.": {
			FI: "%s: johdon NIS2-koulutus on pidetty.",
			SV: "%s: ledningens NIS2-utbildning har genomförts.",
		},
		"%s: NIS2 management training not done.": {
			FI: "%s: johdon NIS2-koulutusta ei ole pidetty.",
			SV: "%s: ledningens NIS2-utbildning har inte genomförts.",
		},

		// The action plan.
		"Action-plan task added: %s.":              {FI: "Kehittämistehtävä lisättiin: %s.", SV: "Utvecklingsuppgift tillagd: %s."},
		"Action-plan task removed: %s.":            {FI: "Kehittämistehtävä poistettiin: %s.", SV: "Utvecklingsuppgift borttagen: %s."},
		"Action-plan task made public: %s.":        {FI: "Kehittämistehtävä muutettiin julkiseksi: %s.", SV: "Utvecklingsuppgift gjord offentlig: %s."},
		"An action-plan task was made non-public.": {FI: "Kehittämistehtävä muutettiin ei-julkiseksi.", SV: "En utvecklingsuppgift gjordes icke-offentlig."},
		"Action-plan task %s changed.":             {FI: "Kehittämistehtävä %s muuttui.", SV: "Utvecklingsuppgiften %s ändrades."},
		"Action-plan task %s: status %s → %s.": {
			FI: "Kehittämistehtävä %s: tila %s → %s.",
			SV: "Utvecklingsuppgiften %s: status %s → %s.",
		},
		"diff.task-status.proposed":    {FI: "ehdotettu", SV: "föreslagen", EN: "proposed"},
		"diff.task-status.planned":     {FI: "suunniteltu", SV: "planerad", EN: "planned"},
		"diff.task-status.in-progress": {FI: "käynnissä", SV: "pågår", EN: "in progress"},
		"diff.task-status.done":        {FI: "valmis", SV: "klar", EN: "done"},
		"diff.task-status.cancelled":   {FI: "peruttu", SV: "inställd", EN: "cancelled"},

		// The national model: the kind of entity in parentheses.
		"New in the model (%s): %s.":       {FI: "Uutta mallissa (%s): %s.", SV: "Nytt i modellen (%s): %s."},
		"Removed from the model (%s): %s.": {FI: "Poistettiin mallista (%s): %s.", SV: "Borttaget ur modellen (%s): %s."},
		"Renamed (%s): %s → %s.":           {FI: "Nimi muuttui (%s): %s → %s.", SV: "Namnet ändrades (%s): %s → %s."},
		"Changed (%s): %s.":                {FI: "Muuttui (%s): %s.", SV: "Ändrades (%s): %s."},
		"The requirements on municipalities (roles, bodies, status-report interval) changed.": {
			FI: "Kunnille asetetut vaatimukset (roolit, toimielimet, tilannekatsausten väli) muuttuivat.",
			SV: "Kraven på kommunerna (roller, organ, intervallet mellan lägesrapporter) ändrades.",
		},
		"diff.collection.kinds":           {FI: "yhteistoiminnan muoto", SV: "samarbetsform", EN: "cooperation kind"},
		"diff.collection.laws":            {FI: "laki", SV: "lag", EN: "law"},
		"diff.collection.areas":           {FI: "yhteistoiminta-alue", SV: "samarbetsområde", EN: "cooperation area"},
		"diff.collection.recommendations": {FI: "suositus", SV: "rekommendation", EN: "recommendation"},
		"diff.collection.observations":    {FI: "havainto", SV: "iakttagelse", EN: "observation"},
		"diff.collection.actors":          {FI: "toimija", SV: "aktör", EN: "actor"},
		"diff.collection.tasks":           {FI: "kehittämistehtävä", SV: "utvecklingsuppgift", EN: "development task"},
		"diff.collection.counties":        {FI: "hyvinvointialue", SV: "välfärdsområde", EN: "wellbeing services county"},

		// Around the changes: the text, Markdown and the comment.
		"diff.governance-changes":  {FI: "Muutokset hallintamalliin", SV: "Ändringar i förvaltningsmodellen", EN: "Governance changes"},
		"diff.no-changes":          {FI: "Ei muutoksia hallintamalliin.", SV: "Inga ändringar i förvaltningsmodellen.", EN: "No governance changes."},
		"diff.affects":             {FI: "koskee kuntia: %s", SV: "berör kommunerna: %s", EN: "affects municipalities: %s"},
		"diff.affects-n":           {FI: "koskee %d kuntaa: %s", SV: "berör %d kommuner: %s", EN: "affects %d municipalities: %s"},
		"diff.and-more":            {FI: "ja %d muuta", SV: "och %d till", EN: "and %d more"},
		"diff.findings-fixed":      {FI: "Korjatut havainnot", SV: "Åtgärdade iakttagelser", EN: "Findings fixed"},
		"diff.findings-introduced": {FI: "Uudet havainnot", SV: "Nya iakttagelser", EN: "Findings introduced"},
		"diff.col.rule":            {FI: "sääntö", SV: "regel", EN: "rule"},
		"diff.col.where":           {FI: "paikka", SV: "plats", EN: "where"},
		"diff.col.message":         {FI: "havainto", SV: "iakttagelse", EN: "finding"},
		"diff.col.fix":             {FI: "korjaus", SV: "åtgärd", EN: "fix"},
		"diff.validation-passed":   {FI: "Tarkistus meni läpi.", SV: "Kontrollen gick igenom.", EN: "Validation passed."},
		"diff.validation-failed": {
			FI: "Tarkistus ei mennyt läpi (virheitä %d, varoituksia %d).",
			SV: "Kontrollen gick inte igenom (fel: %d, varningar: %d).",
			EN: "Validation failed (errors: %d, warnings: %d).",
		},
		"diff.validation-warnings": {
			FI: "Tarkistus meni läpi varoituksin (varoituksia %d).",
			SV: "Kontrollen gick igenom med varningar (varningar: %d).",
			EN: "Validation passed with warnings (warnings: %d).",
		},
		"diff.more-findings": {
			FI: "… %d lisää: govmap validate näyttää kaikki",
			SV: "… %d till: govmap validate visar alla",
			EN: "… %d more: govmap validate lists them all",
		},
	})
}
