package msg

// Words of issue 12, "say what the sources say": the basis of every
// inferred statement, the report's observations, status reports by
// trigger, the regional state authorities of a municipality and the acts
// that do not bind Åland.
func init() {
	// Findings and hints (keyed by the English format).
	add(map[string]Text{
		"the link from recommendation %q to area %q": {
			FI: "suosituksen %q linkki alueeseen %q",
			SV: "länken från rekommendationen %q till området %q",
		},
		"the link from recommendation %q to task %q": {
			FI: "suosituksen %q linkki tehtävään %q",
			SV: "länken från rekommendationen %q till uppgiften %q",
		},
		"the status of task %q": {
			FI: "tehtävän %q tila",
			SV: "uppgiftens %q status",
		},
		"the link from task %q to area %q": {
			FI: "tehtävän %q linkki alueeseen %q",
			SV: "länken från uppgiften %q till området %q",
		},
		"aspect %q of area %q": {
			FI: "alueen %[2]q osa-alue %[1]q",
			SV: "delområdet %q av området %q",
		},
		"the requirement on %s in area %q": {
			FI: "vaatimus osapuolelle %s alueella %q",
			SV: "kravet på %s i området %q",
		},
		"the kind of actor %q": {
			FI: "toimijan %q laji",
			SV: "aktörens %q slag",
		},
		"the requirement of role %q": {
			FI: "roolin %q vaatimus",
			SV: "kravet på rollen %q",
		},
		"the requirement of a body of type %q": {
			FI: "tyypin %q toimielimen vaatimus",
			SV: "kravet på ett organ av typen %q",
		},
		"the status-report interval": {
			FI: "tilannekatsausten väli",
			SV: "intervallet för lägesrapporter",
		},
		"%s is inferred by this repository but gives no reason in Finnish, Swedish and English": {
			FI: "%s on tämän palvelun päätelmä, mutta siltä puuttuu perustelu suomeksi, ruotsiksi ja englanniksi",
			SV: "%s är denna tjänsts slutsats men saknar motivering på finska, svenska och engelska",
		},
		"Add reason: {fi: \"...\", sv: \"...\", en: \"...\"}: one line saying why the sources support it.": {
			FI: "Lisää reason: {fi: \"...\", sv: \"...\", en: \"...\"}: yksi rivi siitä, miksi lähteet tukevat päätelmää.",
			SV: "Lägg till reason: {fi: \"...\", sv: \"...\", en: \"...\"}: en rad om varför källorna stöder slutsatsen.",
		},
		"%s rests on a source but does not name it": {
			FI: "%s perustuu lähteeseen, mutta lähdettä ei nimetä",
			SV: "%s bygger på en källa men anger inte vilken",
		},
		"Add source: \"...\" with the document and its chapter, such as \"Haukka 2021, luku 3.2\".": {
			FI: "Lisää source: \"...\", jossa on asiakirja ja sen luku, esimerkiksi \"Haukka 2021, luku 3.2\".",
			SV: "Lägg till source: \"...\" med dokumentet och dess kapitel, till exempel \"Haukka 2021, luku 3.2\".",
		},
		"%s is this repository's own recommendation but has severity error": {
			FI: "%s on tämän palvelun oma suositus, mutta sen vakavuus on virhe (error)",
			SV: "%s är denna tjänsts egen rekommendation men har allvarlighetsgraden fel (error)",
		},
		"Give it severity \"warning\" or \"notice\": only a requirement a source makes can be an error.": {
			FI: "Anna vakavuudeksi \"warning\" tai \"notice\": vain lähteen asettama vaatimus voi olla virhe.",
			SV: "Ge den allvarlighetsgraden \"warning\" eller \"notice\": bara ett krav som en källa ställer kan vara ett fel.",
		},
		"%s names %q, which is not a law of the model": {
			FI: "%s nimeää lain %q, jota mallissa ei ole",
			SV: "%s anger %q, som inte är en lag i modellen",
		},
		"Use an id of model/laws.cue: %s.": {
			FI: "Käytä jotakin tiedoston model/laws.cue tunnisteista: %s.",
			SV: "Använd ett id i model/laws.cue: %s.",
		},
		"Set statusReportEveryMonths, usually between %d and %d: %s": {
			FI: "Anna statusReportEveryMonths, tavallisesti väliltä %d–%d: %s",
			SV: "Ange statusReportEveryMonths, vanligen mellan %d och %d: %s",
		},
		"body %q treats a status report every %d months, less often than the source expects (%d to %d months)": {
			FI: "toimielin %q käsittelee tilannekatsauksen %d kuukauden välein, harvemmin kuin lähde arvioi (%d–%d kuukautta)",
			SV: "organet %q behandlar en lägesrapport med %d månaders mellanrum, mer sällan än källan räknar med (%d–%d månader)",
		},
		"Consider a shorter interval, or say in the pull request why this one suits the body. The source: %s (%s)": {
			FI: "Harkitse lyhyempää väliä tai kerro muutospyynnössä, miksi tämä sopii toimielimelle. Lähde: %s (%s)",
			SV: "Överväg ett kortare intervall, eller berätta i ändringsförslaget varför detta passar organet. Källan: %s (%s)",
		},
		"body %q treats a status report every %d months, more often than the source expects (%d to %d months)": {
			FI: "toimielin %q käsittelee tilannekatsauksen %d kuukauden välein, useammin kuin lähde arvioi (%d–%d kuukautta)",
			SV: "organet %q behandlar en lägesrapport med %d månaders mellanrum, oftare än källan räknar med (%d–%d månader)",
		},
		"Reporting more often is never wrong: check only that %d months is what you meant. The source: %s (%s)": {
			FI: "Useammin raportoiminen ei ole koskaan väärin: tarkista vain, että tarkoitit %d kuukautta. Lähde: %s (%s)",
			SV: "Att rapportera oftare är aldrig fel: kontrollera bara att du menade %d månader. Källan: %s (%s)",
		},
		"Put the status report on the body's agenda, then add it to statusReports: {date: \"YYYY-MM-DD\", trigger: \"scheduled\"}.": {
			FI: "Vie tilannekatsaus toimielimen esityslistalle ja lisää se sitten kenttään statusReports: {date: \"VVVV-KK-PP\", trigger: \"scheduled\"}.",
			SV: "För upp lägesrapporten på organets föredragningslista och lägg sedan till den i statusReports: {date: \"ÅÅÅÅ-MM-DD\", trigger: \"scheduled\"}.",
		},
		"finding.entity.observation": {FI: "havainto", SV: "iakttagelsen", EN: "observation"},
	})

	// Rules (keyed by the English text of diag/rules.go).
	add(map[string]Text{
		"Statement without its basis": {
			FI: "Väitteeltä puuttuu peruste",
			SV: "Påstående utan grund",
		},
		"The sources link no recommendation to a task or an area, date no task's status and classify no actor: every such statement of the national model says its basis. One a source makes names the passage (source); one this repository infers gives its reason in Finnish, Swedish and English (reason), and the site marks it as the repository's own. A requirement that is the repository's own recommendation is at most a warning.": {
			FI: "Lähteet eivät linkitä suosituksia tehtäviin tai alueisiin, eivät päivää tehtävien tilaa eivätkä luokittele toimijoita: kansallisen mallin jokainen tällainen väite kertoo perusteensa. Lähteen väite nimeää kohdan (source); tämän palvelun päätelmä antaa perustelunsa suomeksi, ruotsiksi ja englanniksi (reason), ja sivusto merkitsee sen palvelun omaksi. Vaatimus, joka on tämän palvelun oma suositus, on enintään varoitus.",
			SV: "Källorna kopplar inga rekommendationer till uppgifter eller områden, daterar ingen uppgifts status och klassificerar inga aktörer: varje sådant påstående i den nationella modellen anger sin grund. Ett påstående från en källa anger stället (source); en slutsats som denna tjänst dragit ger sin motivering på finska, svenska och engelska (reason), och webbplatsen märker den som tjänstens egen. Ett krav som är tjänstens egen rekommendation är högst en varning.",
		},
		"Add source: \"<document, chapter>\" to a statement with basis: \"source\", or reason: {fi, sv, en} to one with basis: \"inferred\"; give an inferred requirement severity warning or notice.": {
			FI: "Lisää source: \"<asiakirja, luku>\" väitteelle, jonka basis on \"source\", tai reason: {fi, sv, en} väitteelle, jonka basis on \"inferred\"; anna päätellylle vaatimukselle severity: \"warning\" tai \"notice\".",
			SV: "Lägg till source: \"<dokument, kapitel>\" till ett påstående med basis: \"source\", eller reason: {fi, sv, en} till ett med basis: \"inferred\"; ge ett härlett krav severity: \"warning\" eller \"notice\".",
			EN: "Add source: \"<document, chapter>\" to a statement with basis: \"source\", or reason: {fi, sv, en} to one with basis: \"inferred\"; give an inferred requirement severity: \"warning\" or \"notice\".",
		},
		"Unknown law": {
			FI: "Tuntematon laki",
			SV: "Okänd lag",
		},
		"A requirement names the act it rests on (law), so that a municipality the act does not bind is not held to it; the act must be a law of model/laws.cue.": {
			FI: "Vaatimus nimeää lain, johon se perustuu (law), jotta sitä ei sovelleta kuntaan, jota laki ei sido; lain on oltava tiedostossa model/laws.cue.",
			SV: "Ett krav anger den lag det bygger på (law), så att det inte tillämpas på en kommun som lagen inte binder; lagen måste finnas i model/laws.cue.",
		},
		"Use one of the law ids of model/laws.cue.": {
			FI: "Käytä jotakin tiedoston model/laws.cue lakien tunnisteista.",
			SV: "Använd ett av lag-id:na i model/laws.cue.",
		},
	})

	// Site words (keyed by id).
	add(map[string]Text{
		"basis.inferred": {"tämän palvelun päätelmä", "denna tjänsts slutsats", "inferred by this repository"},
		"basis.legend": {
			"Lähteet eivät itse linkitä suosituksia tehtäviin ja alueisiin. Linkki, jota mikään lähteen kohta ei sano, on merkitty tämän palvelun päätelmäksi, ja sen perustelu on merkinnän vieressä.",
			"Källorna kopplar inte själva rekommendationerna till uppgifter och områden. En länk som inget ställe i källan säger är märkt som denna tjänsts slutsats, och motiveringen står bredvid.",
			"The sources do not themselves link recommendations to tasks and areas. A link no passage of a source states is marked as inferred by this repository, with its reason beside it.",
		},
		"col.basis":                    {"Peruste", "Grund", "Basis"},
		"col.requirement":              {"Vaatimus", "Krav", "Requirement"},
		"model.municipal-requirements": {"Mitä malli kysyy kunnalta", "Vad modellen frågar av kommunen", "What the model asks of a municipality"},
		"model.municipal-requirements-intro": {
			"Kun kunta on ilmoittanut hallintamallinsa, tarkistus kysyy siltä nämä roolit ja toimielimet. Vain lähteen vaatimus voi olla virhe; tämän palvelun oma suositus on enintään varoitus. Tarkastuslautakunnan sisäinen valvonta ja tarkastus on sen oma tehtävä, ei yhteistoiminta-alueen 7 testaus ja auditointi.",
			"När en kommun har rapporterat sin förvaltningsmodell frågar kontrollen efter dessa roller och organ. Bara ett krav från en källa kan vara ett fel; denna tjänsts egen rekommendation är högst en varning. Revisionsnämndens interna kontroll och revision är dess egen uppgift, inte samarbetsområde 7:s testning och auditering.",
			"Once a municipality has reported its governance, the check asks it for these roles and bodies. Only a requirement a source makes can be an error; this repository's own recommendation is at most a warning. The audit committee's internal control and audit is its own duty, not cooperation area 7's testing and auditing.",
		},
		"model.municipal-requirements-caption": {"Kunnalta kysyttävät roolit ja toimielimet", "Roller och organ som kommunen tillfrågas om", "Roles and bodies asked of a municipality"},

		"obs.title": {"Selvityksen havainnot", "Utredningens iakttagelser", "Observations of the report"},
		"obs.lead": {
			"VM:n Haukka-selvityksen (2021) luvut 2.1.2–2.3.3 kertovat, mitä haastateltavat totesivat ja mitä selvitys itse havaitsi lakisääteisestä, vapaaehtoisesta ja markkinaehtoisesta yhteistoiminnasta. Havaintoja on %d; ne kuvaavat tilannetta vuonna 2021.",
			"Kapitlen 2.1.2–2.3.3 i utredningen för finansministeriets Haukka-program (2021) berättar vad de intervjuade konstaterade och vad utredningen själv iakttog om det lagstadgade, frivilliga och marknadsbaserade samarbetet. Iakttagelserna är %d; de beskriver läget 2021.",
			"Chapters 2.1.2–2.3.3 of the study for the Ministry of Finance's Haukka programme (2021) tell what the interviewees found and what the study itself observed about statutory, voluntary and market-based cooperation. There are %d observations; they describe the situation in 2021.",
		},
		"obs.links-inferred": {
			"Selvitys ei liitä havaintoja yhteistoiminta-alueisiin: havaintojen alueet ja toimijat ovat tämän palvelun päätelmä.",
			"Utredningen kopplar inte iakttagelserna till samarbetsområden: iakttagelsernas områden och aktörer är denna tjänsts slutsats.",
			"The report ties no observation to a cooperation area: the areas and actors of each observation are inferred by this repository.",
		},
		"obs.chapter-heading":      {"Luku %s", "Kapitel %s", "Chapter %s"},
		"obs.chapter":              {"(luku %s)", "(kapitel %s)", "(chapter %s)"},
		"obs.areas":                {"Yhteistoiminta-alueet", "Samarbetsområden", "Cooperation areas"},
		"obs.actors":               {"Toimijat", "Aktörer", "Actors"},
		"obs.from.interviews":      {"Haastateltavien havainto", "De intervjuades iakttagelse", "Found by the interviewees"},
		"obs.from.study":           {"Selvityksen oma havainto", "Utredningens egen iakttagelse", "Observed by the study itself"},
		"obs.concerning":           {"Selvityksen havainnot", "Utredningens iakttagelser", "Observations of the report"},
		"obs.model-intro":          {"Suositusten taustalla on %d haastattelujen ja selvityksen havaintoa (luvut 2.1.2–2.3.3).", "Bakom rekommendationerna finns %d iakttagelser från intervjuerna och utredningen (kapitel 2.1.2–2.3.3).", "Behind the recommendations are %d observations of the interviews and the study (chapters 2.1.2–2.3.3)."},
		"obs.open":                 {"Kaikki havainnot", "Alla iakttagelser", "All observations"},
		"actor.past":               {"Aiemmin lähteessä", "Tidigare i källan", "Earlier, in the source"},
		"actor.past-year":          {"Vuonna %d", "År %d", "In %d"},
		"task.status-as-of-source": {"Tila lähteen mukaan, ei päivitetty:", "Status enligt källan, inte uppdaterad:", "Status as of the source, not updated:"},
		"task.concerns":            {"Koskee toimijoita", "Gäller aktörerna", "Concerns"},

		"trigger.scheduled":                  {"säännöllinen", "regelbunden", "scheduled"},
		"trigger.digital-environment-change": {"digitaalinen toimintaympäristö muuttui", "den digitala verksamhetsmiljön förändrades", "digital environment changed"},
		"trigger.serious-breach":             {"vakava tietoturva- tai tietosuojaloukkaus", "allvarlig kränkning av informationssäkerheten eller dataskyddet", "serious breach"},
		"trigger.internal-audit":             {"sisäisen tarkastuksen raportti", "internrevisionens rapport", "internal-audit report"},

		"muni.regional":        {"Alueelliset valtionviranomaiset", "Regionala statliga myndigheter", "Regional state authorities"},
		"muni.avi":             {"Aluehallintovirasto", "Regionförvaltningsverk", "Regional State Administrative Agency"},
		"muni.until":           {"%s asti", "till och med %s", "until %s"},
		"muni.from":            {"%s alkaen", "från och med %s", "from %s"},
		"muni.avi-not-avi":     {"Ei aluehallintovirasto: Tilastokeskuksen luokitus listaa sen aluehallintovirastojen paikalla. Lähteet eivät kerro sen asemasta vuonna 2026.", "Inget regionförvaltningsverk: Statistikcentralens klassificering listar det i regionförvaltningsverkens ställe. Källorna säger inget om dess ställning 2026.", "Not an AVI: Statistics Finland's classification lists it in the AVIs' place. The sources say nothing of its status in 2026."},
		"muni.avi-tasks-now":   {"Aluehallintoviraston tehtävät nyt", "Regionförvaltningsverkets uppgifter nu", "The agency's tasks now"},
		"muni.elinvoimakeskus": {"Elinvoimakeskus", "Livskraftscentral", "Economic Development Centre"},
		"muni.own-legislation": {"Ahvenanmaan oma lainsäädäntö", "Ålands egen lagstiftning", "Åland's own legislation"},
		"muni.own-legislation-intro": {
			"Ahvenanmaan kunnissa sovelletaan maakunnan omaa lainsäädäntöä, ja niillä on oma tietosuojaviranomainen. Näitä mallin lakeja ei siksi sovelleta tähän kuntaan, eikä niihin perustuvia sääntöjä tarkisteta:",
			"I Ålands kommuner tillämpas landskapets egen lagstiftning, och de har en egen dataskyddsmyndighet. Därför tillämpas dessa lagar i modellen inte på den här kommunen, och de regler som bygger på dem kontrolleras inte:",
			"Åland's municipalities fall under Åland's own legislation and have their own data protection authority. These acts of the model therefore do not apply to this municipality, and the rules that rest on them are not checked:",
		},
		"muni.duties-not-binding": {
			"Tiedonhallintalaki ei sido tätä kuntaa, joten sen velvoitteita ei lasketa kattavuuteen.",
			"Informationshanteringslagen binder inte den här kommunen, så dess skyldigheter räknas inte in i fullständigheten.",
			"The Information Management Act does not bind this municipality, so its duties do not count towards completeness.",
		},
	})
}
