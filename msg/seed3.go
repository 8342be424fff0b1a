package msg

// Kuntaliitto's 2025 briefing for elected officials (seed 003): the
// validator's rules and findings on management's tasks, company boards,
// procurement, confidentiality, critical services, regular exercises and
// assessments, the sectors, the committees' registers and the networks a
// municipality can join.
func init() {
	add(map[string]Text{
		// Words passed as arguments.
		"finding.management.strategicRisks":  {FI: "strategisten digitaalisen turvallisuuden riskien hallinta", SV: "hantering av strategiska digitala säkerhetsrisker", EN: "managing the strategic digital-security risks"},
		"finding.management.protectionModel": {FI: "digitaalisen suojautumisen hallintamallin hyväksyminen", SV: "godkännande av modellen för hantering av digitalt skydd", EN: "approving the model for managing digital protection"},
		"finding.management.residualRisks":   {FI: "jäännösriskien hallinta ja hyväksyminen", SV: "hantering av kvarstående risker", EN: "managing and accepting the residual risks"},
		"finding.management.oversight":       {FI: "digitaalisen suojautumisen kokonaisuuden valvonta", SV: "övervakning av helheten av digitalt skydd", EN: "overseeing digital protection as a whole"},

		"finding.company.critical": {FI: "kriittistä infrastruktuuria", SV: "kritisk infrastruktur", EN: "critical infrastructure"},
		"finding.company.nis2":     {FI: "NIS2-direktiivin soveltamisalassa", SV: "inom NIS2-direktivets tillämpningsområde", EN: "in NIS2 scope"},

		"finding.regular.exercise":        {FI: "jatkuvuusharjoitus", SV: "kontinuitetsövningen", EN: "continuity exercise"},
		"finding.regular.risk-assessment": {FI: "riskiarvio", SV: "riskbedömningen", EN: "risk assessment"},
		"finding.regular.review":          {FI: "tiedoston tarkistus", SV: "granskningen av filen", EN: "review of the file"},

		"finding.practice.security-requirements":   {FI: "digitaalisen turvallisuuden vaatimukset tarjouspyynnöissä ja sopimuksissa", SV: "kraven på digital säkerhet i upphandlingsvillkoren och avtalen", EN: "digital-security requirements in calls for tenders and contracts"},
		"finding.practice.compliance-monitoring":   {FI: "sopimuksissa täsmennetty, miten palvelujen vaatimustenmukaisuutta valvotaan", SV: "i avtalen preciserat hur tjänsternas överensstämmelse med kraven övervakas", EN: "contracts that say how the services' compliance is monitored"},
		"finding.practice.controlled-publication":  {FI: "tietojen hallittu julkaiseminen", SV: "kontrollerad publicering av information", EN: "controlled publication of information"},
		"finding.practice.procurement-and-finance": {FI: "salassapito ja henkilötietojen suoja hankinta- ja talousasiakirjoissa", SV: "sekretess och skydd av personuppgifter i upphandlings- och ekonomidokumentationen", EN: "confidentiality and personal-data protection in procurement and finance documents"},
		"finding.practice.internal-audit":          {FI: "turvallisuusjärjestelyjen yksityiskohdat salattu sisäisen tarkastuksen ja valvonnan raporteissa", SV: "detaljer om säkerhetsarrangemangen sekretessbelagda i internrevisionens och den interna kontrollens rapporter", EN: "details of security arrangements classified in internal-audit and internal-control reports"},
		"finding.practice.critical-services":       {FI: "kriittisten palvelujen ja aineistojen tunnistaminen", SV: "identifiering av kritiska tjänster och material", EN: "identification of critical services and material"},
		"finding.practice.pupil-data":              {FI: "oppilaiden ja huoltajien henkilötietojen suoja", SV: "skyddet av personuppgifter om elever och föräldrar", EN: "protection of pupils' and parents' personal data"},
		"finding.practice.ai-tools":                {FI: "tekoälyn ja muiden digitaalisten välineiden harkittu käyttöönotto opetuksessa", SV: "försiktig införing av artificiell intelligens och andra digitala lösningar i undervisningen", EN: "careful introduction of AI and other digital tools in teaching"},
		"finding.practice.critical-infrastructure": {FI: "kriittisen infrastruktuurin arkaluonteisten osien tunnistaminen ja tietojen salaaminen", SV: "identifiering av känsliga delar av kritisk infrastruktur och sekretessbeläggning av uppgifterna", EN: "identification of the sensitive parts of critical infrastructure and classification of their data"},
		"finding.practice.data-sharing":            {FI: "suunnitelmien, karttojen ja paikkatietojen huolellinen ja hallittu jakaminen", SV: "omsorgsfull och kontrollerad delning av planer, kartor och geografiska data", EN: "careful and controlled sharing of plans, maps and geodata"},

		"finding.why.procurement": {
			FI: "hankintaprosessi on digitaalisen turvallisuuden varmistamisessa keskeinen: tarjouspyynnöissä ja sopimuksissa huomioidaan digitaalisen turvallisuuden vaatimukset ja täsmennetään, miten palvelujen vaatimustenmukaisuutta valvotaan (Kuntaliitto 2025)",
			SV: "upphandlingsprocessen är väsentlig för den digitala säkerheten: i upphandlingsvillkoren och avtalen beaktas kraven på digital säkerhet och preciseras hur tjänsternas överensstämmelse med kraven övervakas (Kuntaliitto 2025)",
			EN: "the procurement process is essential for digital security: calls for tenders and contracts take the digital-security requirements into account and say how the services' compliance with them is monitored (Kuntaliitto 2025)",
		},
		"finding.why.confidentiality": {
			FI: "avoimuus säilytetään niin pitkälle kuin mahdollista, mutta turvallisuus- ja varautumisjärjestelyjen yksityiskohdat ja siten mahdolliset haavoittuvuudet tunnistetaan ja salataan, myös hankinta-, talous- ja päätösasiakirjoissa sekä sisäisen tarkastuksen raporteissa (Kuntaliitto 2025)",
			SV: "öppenheten vidhålls så långt det är möjligt, men detaljer om säkerhets- och beredskapsarrangemangen och därmed eventuella sårbarheter identifieras och sekretessbeläggs, också i upphandlings-, ekonomi- och beslutsdokumentationen och i internrevisionens rapporter (Kuntaliitto 2025)",
			EN: "openness is kept as far as possible, but details of security and preparedness arrangements, and thus possible vulnerabilities, are identified and classified, also in procurement, finance and decision documents and in internal-audit reports (Kuntaliitto 2025)",
		},
		"finding.why.critical-services": {
			FI: "tehokkaiden digitaalisen turvallisuuden toimien määrittäminen edellyttää tietojen luokittelua, kriittisten palvelujen ja aineistojen tunnistamista sekä riskien arviointia ja hallintaa (Kuntaliitto 2025)",
			SV: "fastställandet av effektiva digitala säkerhetsåtgärder kräver klassificering av information, identifiering av kritiska tjänster och material samt riskbedömning och riskhantering (Kuntaliitto 2025)",
			EN: "effective digital-security measures need the classification of information, the identification of critical services and material, and risk assessment and management (Kuntaliitto 2025)",
		},
		"finding.why.education": {
			FI: "sivistystoimi vastaa suuresta määrästä oppilaiden ja huoltajien henkilötietoja, ja tekoäly ja muut digitaaliset ratkaisut otetaan opetukseen käyttöön harkiten (Kuntaliitto 2025)",
			SV: "bildningsväsendet ansvarar för en stor mängd personuppgifter om elever och föräldrar, och artificiell intelligens och andra digitala lösningar införs i undervisningen med försiktighet (Kuntaliitto 2025)",
			EN: "education holds much personal data of pupils and parents, and AI and other digital tools enter teaching with care (Kuntaliitto 2025)",
		},
		"finding.why.technical": {
			FI: "kuntien on tunnistettava kriittisen infrastruktuurin arkaluonteiset osat ja salattava ja suojattava niihin liittyvät kriittiset tiedot; tietojen jakaminen toteutetaan huolellisesti ja hallitusti (Kuntaliitto 2025)",
			SV: "kommunerna ska systematiskt identifiera känsliga delar av kritisk infrastruktur samt sekretessbelägga och skydda kritiska uppgifter om dem; delning av data genomförs omsorgsfullt och kontrollerat (Kuntaliitto 2025)",
			EN: "municipalities identify the sensitive parts of critical infrastructure systematically and classify and protect the critical data on them; data is shared carefully and under control (Kuntaliitto 2025)",
		},

		"finding.joiner.municipalities":      {FI: "kunnat", SV: "kommuner", EN: "municipalities"},
		"finding.joiner.municipal-companies": {FI: "kuntien omistamat yhtiöt", SV: "kommunägda bolag", EN: "municipally owned companies"},
		"finding.joiner.state-actors":        {FI: "valtion toimijat", SV: "statliga aktörer", EN: "state actors"},

		// Findings and hints.
		"no role or body is named for these tasks of management: %s": {
			FI: "näille johdon tehtäville ei ole nimetty roolia eikä toimielintä: %s",
			SV: "ingen roll och inget organ har angetts för dessa av ledningens uppgifter: %s",
		},
		"Add each under management as <task>: {by: \"body:<id>\"} or {by: \"role:<id>\"}, naming the municipality's own role or body that carries it.": {
			FI: "Lisää kukin management-kohtaan muodossa <tehtävä>: {by: \"body:<id>\"} tai {by: \"role:<id>\"} ja nimeä kunnan oma rooli tai toimielin, joka hoitaa sen.",
			SV: "Lägg till var och en under management som <uppgift>: {by: \"body:<id>\"} eller {by: \"role:<id>\"} och ange den egna roll eller det organ i kommunen som sköter den.",
		},
		"%q carries management's task %s, but management's ultimate responsibility cannot be delegated outside the municipality": {
			FI: "%q on merkitty hoitamaan johdon tehtävää %s, mutta johdon viimekätistä vastuuta ei voi delegoida kunnan ulkopuolelle",
			SV: "%q sköter ledningens uppgift %s, men ledningens yttersta ansvar kan inte delegeras utanför kommunen",
		},
		"Name one of the municipality's own roles or bodies in management.%s.by; a company or an actor can do the work as Responsible in the responsibility matrix.": {
			FI: "Nimeä kohtaan management.%s.by jokin kunnan omista rooleista tai toimielimistä; yhtiö tai muu toimija voi tehdä työn vastuumatriisissa vastuullisena (Responsible).",
			SV: "Ange en av kommunens egna roller eller organ i management.%s.by; ett bolag eller en aktör kan utföra arbetet som ansvarig (Responsible) i ansvarsmatrisen.",
		},
		"company %q is %s, but no company board in bodies names it": {
			FI: "yhtiö %q on %s, mutta mikään bodies-kohdan yhtiön hallitus ei viittaa siihen",
			SV: "bolaget %q är %s, men ingen bolagsstyrelse under bodies hänvisar till det",
		},
		"Add a body with type: \"company-board\" and company: %q, and set its statusReportEveryMonths (%d to %d months).": {
			FI: "Lisää toimielin, jolla on type: \"company-board\" ja company: %q, ja anna sen statusReportEveryMonths (%d–%d kuukautta).",
			SV: "Lägg till ett organ med type: \"company-board\" och company: %q, och ange dess statusReportEveryMonths (%d–%d månader).",
		},
		"%s: no date is recorded (%s)": {
			FI: "%s: päivämäärää ei ole kirjattu (%s)",
			SV: "%s: inget datum är antecknat (%s)",
		},
		"Record the date in %s and how often it is repeated, in months, in %s.": {
			FI: "Kirjaa päivämäärä kenttään %s ja toistoväli kuukausina kenttään %s.",
			SV: "Anteckna datumet i %s och hur ofta det upprepas, i månader, i %s.",
		},
		"%s is recorded, but not how often it is repeated (%s)": {
			FI: "%s on kirjattu, mutta ei sitä, kuinka usein se toistetaan (%s)",
			SV: "%s är antecknad, men inte hur ofta den upprepas (%s)",
		},
		"Set %s to the number of months between two.": {
			FI: "Anna kenttään %s kahden kerran väli kuukausina.",
			SV: "Ange i %s antalet månader mellan två gånger.",
		},
		"the last %s was on %s; with one every %d months the next was due on %s": {
			FI: "viimeisin %s oli %s; %d kuukauden välein seuraava olisi pitänyt tehdä viimeistään %s",
			SV: "den senaste %s var %s; med %d månaders mellanrum skulle nästa ha gjorts senast %s",
		},
		"Do it, then record its date in %s.": {
			FI: "Tee se ja kirjaa sen päivämäärä kenttään %s.",
			SV: "Gör det och anteckna sedan datumet i %s.",
		},
		"not recorded as in place: %s": {
			FI: "ei kirjattu kunnossa olevaksi: %s",
			SV: "inte antecknat som ordnat: %s",
		},
		"Once they hold, set %s to true. Why: %s": {
			FI: "Kun asiat ovat kunnossa, aseta %s arvoon true. Miksi: %s",
			SV: "När de gäller, ange %s till true. Varför: %s",
		},
		"committee %q does not list its significant personal-data registers (personalDataRegisters)": {
			FI: "lautakunta %q ei luettele merkittäviä henkilörekistereitään (personalDataRegisters)",
			SV: "nämnden %q förtecknar inte sina väsentliga personregister (personalDataRegisters)",
		},
		"List them as personalDataRegisters: [{fi: \"...\"}], or write personalDataRegisters: [] if the committee has none.": {
			FI: "Luettele ne muodossa personalDataRegisters: [{fi: \"...\"}], tai kirjoita personalDataRegisters: [], jos lautakunnalla ei ole niitä.",
			SV: "Förteckna dem som personalDataRegisters: [{fi: \"...\"}], eller skriv personalDataRegisters: [] om nämnden inte har några.",
		},
		"networks names %q, which is appointed, not joined: a municipality cannot join it": {
			FI: "networks-kohdassa on %q, jonka jäsenet nimetään: kunta ei voi liittyä siihen",
			SV: "networks anger %q, vars medlemmar utses: en kommun kan inte ansluta sig till det",
		},
		"networks names %q, which is open to %s, not to municipalities": {
			FI: "networks-kohdassa on %q, joka on avoin vain näille: %s, ei kunnille",
			SV: "networks anger %q, som är öppet för %s, inte för kommuner",
		},
		"Remove %q from networks. Networks open to municipalities: %s": {
			FI: "Poista %q networks-kohdasta. Kunnille avoimet verkostot: %s",
			SV: "Ta bort %q från networks. Nätverk som är öppna för kommuner: %s",
		},

		// Rules (diag/rules.go).
		"Network not open to municipalities": {
			FI: "Verkosto ei ole avoin kunnille",
			SV: "Nätverket är inte öppet för kommuner",
		},
		"A municipality lists only networks it can join: networks whose openTo names municipalities. Valdias is for state actors; Kuthanek, the Security Committee and other appointed bodies are not joined at all. Joining is voluntary: listing no network is no gap.": {
			FI: "Kunta luettelee vain verkostoja, joihin se voi liittyä: verkostoja, joiden openTo-kentässä ovat kunnat. Valdias on valtion toimijoille; Kuthanekiin, turvallisuuskomiteaan ja muihin nimitettäviin toimielimiin ei liitytä lainkaan. Liittyminen on vapaaehtoista: jos verkostoja ei ole, se ei ole puute.",
			SV: "En kommun förtecknar bara nätverk som den kan ansluta sig till: nätverk vars openTo anger kommuner. Valdias är för statliga aktörer; till Kuthanek, Säkerhetskommittén och andra organ vars medlemmar utses ansluter man sig inte alls. Anslutningen är frivillig: att inte ange något nätverk är ingen brist.",
		},
		"Remove the network from networks; the message names the networks open to municipalities.": {
			FI: "Poista verkosto networks-kohdasta; ilmoituksessa luetellaan kunnille avoimet verkostot.",
			SV: "Ta bort nätverket från networks; meddelandet anger de nätverk som är öppna för kommuner.",
		},
		"Management's tasks not assigned": {
			FI: "Johdon tehtäviä ei ole osoitettu",
			SV: "Ledningens uppgifter är inte tilldelade",
		},
		"Management's tasks in digital security are managing the strategic risks, approving the model for managing digital protection, managing the residual risks and overseeing digital protection as a whole (Kuntaliitto 2025). A reporting municipality says which of its roles or bodies carries each.": {
			FI: "Johdon tehtäviä digitaalisessa turvallisuudessa ovat strategisten riskien hallinta, digitaalisen suojautumisen hallintamallin hyväksyminen, jäännösriskien hallinta ja digitaalisen suojautumisen kokonaisuuden valvonta (Kuntaliitto 2025). Tietonsa ilmoittava kunta kertoo, mikä sen rooleista tai toimielimistä hoitaa kunkin.",
			SV: "Till ledningens uppgifter inom digital säkerhet hör hantering av strategiska risker, godkännande av modellen för hantering av digitalt skydd, hantering av kvarstående risker samt övervakning av helheten av digitalt skydd (Kuntaliitto 2025). En kommun som rapporterar anger vilken av dess roller eller organ som sköter var och en.",
		},
		"Add the task under management with by: \"body:<id>\" or \"role:<id>\".": {
			FI: "Lisää tehtävä management-kohtaan muodossa by: \"body:<id>\" tai \"role:<id>\".",
			SV: "Lägg till uppgiften under management med by: \"body:<id>\" eller \"role:<id>\".",
		},
		"Management's task delegated outside the municipality": {
			FI: "Johdon tehtävä delegoitu kunnan ulkopuolelle",
			SV: "Ledningens uppgift delegerad utanför kommunen",
		},
		"Management's ultimate responsibility cannot be delegated, even when operations are outsourced (Kuntaliitto 2025): each of management's tasks is carried by one of the municipality's own roles or bodies, not a company, the county or a national actor.": {
			FI: "Johdon viimekätistä vastuuta ei voi delegoida, vaikka toiminta olisi ulkoistettu (Kuntaliitto 2025): kunkin johdon tehtävän hoitaa jokin kunnan omista rooleista tai toimielimistä, ei yhtiö, hyvinvointialue eikä kansallinen toimija.",
			SV: "Ledningens yttersta ansvar kan inte delegeras, även om verksamheten har lagts ut (Kuntaliitto 2025): var och en av ledningens uppgifter sköts av en av kommunens egna roller eller organ, inte av ett bolag, välfärdsområdet eller en nationell aktör.",
		},
		"Name one of the municipality's own roles or bodies in by.": {
			FI: "Nimeä by-kenttään jokin kunnan omista rooleista tai toimielimistä.",
			SV: "Ange en av kommunens egna roller eller organ i by.",
		},
		"Company board not listed": {
			FI: "Yhtiön hallitusta ei ole lueteltu",
			SV: "Bolagsstyrelsen är inte förtecknad",
		},
		"An owned company with critical infrastructure (energy, water, waste) or in NIS2 scope has its board among the bodies, so that the board's digital-security status reports are followed like the other bodies' (Kuntaliitto 2025).": {
			FI: "Kriittistä infrastruktuuria (energia, vesi, jätehuolto) hoitavan tai NIS2-direktiivin soveltamisalaan kuuluvan omistetun yhtiön hallitus on toimielinten joukossa, jotta sen digitaalisen turvallisuuden tilannekatsauksia seurataan kuten muidenkin toimielinten (Kuntaliitto 2025).",
			SV: "Styrelsen för ett ägt bolag med kritisk infrastruktur (energi, vatten, avfall) eller inom NIS2-direktivets tillämpningsområde finns bland organen, så att styrelsens lägesrapporter om digital säkerhet följs upp som de andra organens (Kuntaliitto 2025).",
		},
		"Add a body of type \"company-board\" with company: \"<company id>\" and its statusReportEveryMonths.": {
			FI: "Lisää toimielin, jonka type on \"company-board\", sekä company: \"<yhtiön tunnus>\" ja sen statusReportEveryMonths.",
			SV: "Lägg till ett organ av typen \"company-board\" med company: \"<bolagets id>\" och dess statusReportEveryMonths.",
		},
		"Security requirements in procurement not recorded": {
			FI: "Turvallisuusvaatimuksia hankinnoissa ei ole kirjattu",
			SV: "Säkerhetskrav i upphandlingen är inte antecknade",
		},
		"The procurement process is essential for digital security: calls for tenders and contracts state the digital-security requirements and how the services' compliance with them is monitored (Kuntaliitto 2025).": {
			FI: "Hankintaprosessi on digitaalisen turvallisuuden kannalta keskeinen: tarjouspyynnöissä ja sopimuksissa esitetään digitaalisen turvallisuuden vaatimukset ja se, miten palvelujen vaatimustenmukaisuutta valvotaan (Kuntaliitto 2025).",
			SV: "Upphandlingsprocessen är väsentlig för den digitala säkerheten: upphandlingsvillkoren och avtalen anger kraven på digital säkerhet och hur tjänsternas överensstämmelse med kraven övervakas (Kuntaliitto 2025).",
		},
		"Set procurement.securityRequirements and procurement.complianceMonitoring to true once they hold.": {
			FI: "Aseta procurement.securityRequirements ja procurement.complianceMonitoring arvoon true, kun ne ovat kunnossa.",
			SV: "Ange procurement.securityRequirements och procurement.complianceMonitoring till true när de gäller.",
		},
		"Confidentiality of security details not recorded": {
			FI: "Turvallisuustietojen salassapitoa ei ole kirjattu",
			SV: "Sekretessen för säkerhetsuppgifter är inte antecknad",
		},
		"Openness is kept as far as possible, but details of security and preparedness arrangements, and thus possible vulnerabilities, are identified and classified: in what is published, in procurement and finance documents (calls for tenders, contracts, invoices, financial reports) and in internal-audit and internal-control reports (Kuntaliitto 2025).": {
			FI: "Avoimuus säilytetään niin pitkälle kuin mahdollista, mutta turvallisuus- ja varautumisjärjestelyjen yksityiskohdat ja siten mahdolliset haavoittuvuudet tunnistetaan ja salataan: julkaistavissa asiakirjoissa, hankinta- ja talousasiakirjoissa (tarjouspyynnöt, sopimukset, laskut, taloudelliset raportit) sekä sisäisen tarkastuksen ja valvonnan raporteissa (Kuntaliitto 2025).",
			SV: "Öppenheten vidhålls så långt det är möjligt, men detaljer om säkerhets- och beredskapsarrangemangen och därmed eventuella sårbarheter identifieras och sekretessbeläggs: i det som publiceras, i upphandlings- och ekonomidokumentationen (anbudsförfrågningar, kontrakt, fakturor, ekonomiska rapporter) och i internrevisionens och den interna kontrollens rapporter (Kuntaliitto 2025).",
		},
		"Set the fields of confidentiality to true once they hold: controlledPublication, procurementAndFinance, internalAudit.": {
			FI: "Aseta confidentiality-kohdan kentät arvoon true, kun ne ovat kunnossa: controlledPublication, procurementAndFinance, internalAudit.",
			SV: "Ange fälten under confidentiality till true när de gäller: controlledPublication, procurementAndFinance, internalAudit.",
		},
		"Critical services not identified": {
			FI: "Kriittisiä palveluja ei ole tunnistettu",
			SV: "Kritiska tjänster är inte identifierade",
		},
		"Effective digital-security measures need the critical services and material identified, together with the classification of information and risk assessment (Kuntaliitto 2025).": {
			FI: "Tehokkaat digitaalisen turvallisuuden toimet edellyttävät kriittisten palvelujen ja aineistojen tunnistamista sekä tietojen luokittelua ja riskien arviointia (Kuntaliitto 2025).",
			SV: "Effektiva digitala säkerhetsåtgärder kräver att kritiska tjänster och material identifieras, tillsammans med klassificering av information och riskbedömning (Kuntaliitto 2025).",
		},
		"Identify the critical services, then set informationManagement.criticalServicesIdentified: true.": {
			FI: "Tunnista kriittiset palvelut ja aseta sitten informationManagement.criticalServicesIdentified: true.",
			SV: "Identifiera de kritiska tjänsterna och ange sedan informationManagement.criticalServicesIdentified: true.",
		},
		"Continuity exercise overdue or not recorded": {
			FI: "Jatkuvuusharjoitus myöhässä tai kirjaamatta",
			SV: "Kontinuitetsövningen är försenad eller inte antecknad",
		},
		"Preparedness and continuity management are exercised regularly (Kuntaliitto 2025). A reporting municipality records its last exercise (informationManagement.lastExercise) and how often it exercises (exerciseEveryMonths); an exercise older than that interval, judged at --today, is overdue.": {
			FI: "Varautumista ja jatkuvuudenhallintaa harjoitellaan säännöllisesti (Kuntaliitto 2025). Tietonsa ilmoittava kunta kirjaa viimeisimmän harjoituksensa (informationManagement.lastExercise) ja sen, kuinka usein se harjoittelee (exerciseEveryMonths); harjoitus, joka on tätä väliä vanhempi (--today-päivänä), on myöhässä.",
			SV: "Beredskapen och kontinuitetshanteringen övas regelbundet (Kuntaliitto 2025). En kommun som rapporterar antecknar sin senaste övning (informationManagement.lastExercise) och hur ofta den övar (exerciseEveryMonths); en övning som är äldre än intervallet, bedömt på --today, är försenad.",
		},
		"Hold the exercise, then record its date in lastExercise; set exerciseEveryMonths.": {
			FI: "Pidä harjoitus ja kirjaa sen päivämäärä kenttään lastExercise; anna exerciseEveryMonths.",
			SV: "Håll övningen och anteckna sedan datumet i lastExercise; ange exerciseEveryMonths.",
		},
		"Risk assessment overdue or not recorded": {
			FI: "Riskiarvio myöhässä tai kirjaamatta",
			SV: "Riskbedömningen är försenad eller inte antecknad",
		},
		"Risks are assessed and managed over the whole life cycle of data processing, and digital security is reviewed continuously as threats change (Kuntaliitto 2025). A reporting municipality records its last risk assessment (informationManagement.lastRiskAssessment) and how often it assesses (riskAssessmentEveryMonths); an assessment older than that interval, judged at --today, is overdue.": {
			FI: "Riskejä arvioidaan ja hallitaan tietojenkäsittelyn koko elinkaaren ajan, ja digitaalista turvallisuutta tarkastellaan jatkuvasti uhkien muuttuessa (Kuntaliitto 2025). Tietonsa ilmoittava kunta kirjaa viimeisimmän riskiarvionsa (informationManagement.lastRiskAssessment) ja sen, kuinka usein se arvioi riskit (riskAssessmentEveryMonths); arvio, joka on tätä väliä vanhempi (--today-päivänä), on myöhässä.",
			SV: "Risker bedöms och hanteras under hela databehandlingens livscykel, och den digitala säkerheten ses över kontinuerligt när hoten förändras (Kuntaliitto 2025). En kommun som rapporterar antecknar sin senaste riskbedömning (informationManagement.lastRiskAssessment) och hur ofta den bedömer riskerna (riskAssessmentEveryMonths); en bedömning som är äldre än intervallet, bedömt på --today, är försenad.",
		},
		"Assess the risks, then record the date in lastRiskAssessment; set riskAssessmentEveryMonths.": {
			FI: "Arvioi riskit ja kirjaa päivämäärä kenttään lastRiskAssessment; anna riskAssessmentEveryMonths.",
			SV: "Bedöm riskerna och anteckna sedan datumet i lastRiskAssessment; ange riskAssessmentEveryMonths.",
		},
		"File review overdue": {
			FI: "Tiedoston tarkistus myöhässä",
			SV: "Granskningen av filen är försenad",
		},
		"A reporting municipality says how often it reviews its file (status.reviewEveryMonths); a review older than that, judged at --today, leaves readers with a picture that may no longer hold.": {
			FI: "Tietonsa ilmoittava kunta kertoo, kuinka usein se tarkistaa tiedostonsa (status.reviewEveryMonths); jos tarkistus on tätä vanhempi (--today-päivänä), lukijoiden kuva ei ehkä enää pidä paikkaansa.",
			SV: "En kommun som rapporterar anger hur ofta den granskar sin fil (status.reviewEveryMonths); är granskningen äldre än så, bedömt på --today, får läsarna en bild som kanske inte längre stämmer.",
		},
		"Review the file, then update status.reviewed; set status.reviewEveryMonths.": {
			FI: "Tarkista tiedosto ja päivitä status.reviewed; anna status.reviewEveryMonths.",
			SV: "Granska filen och uppdatera sedan status.reviewed; ange status.reviewEveryMonths.",
		},
		"Sector questions not recorded": {
			FI: "Toimialojen kysymyksiä ei ole kirjattu",
			SV: "Sektorernas frågor är inte antecknade",
		},
		"Each sector has its own data-protection and information-security questions (Kuntaliitto 2025). Education holds much personal data of pupils and parents, and brings AI and other digital tools into teaching with care; the technical sector identifies the sensitive parts of critical infrastructure, classifies and protects their data, and shares plans, maps and geodata carefully and under control.": {
			FI: "Kullakin toimialalla on omat tietosuojan ja tietoturvallisuuden kysymyksensä (Kuntaliitto 2025). Sivistystoimi vastaa suuresta määrästä oppilaiden ja huoltajien henkilötietoja ja ottaa tekoälyn ja muut digitaaliset välineet opetukseen harkiten; tekninen toimi tunnistaa kriittisen infrastruktuurin arkaluonteiset osat, salaa ja suojaa niiden tiedot sekä jakaa suunnitelmia, karttoja ja paikkatietoja huolellisesti ja hallitusti.",
			SV: "Varje sektor har sina egna frågor om dataskydd och informationssäkerhet (Kuntaliitto 2025). Bildningsväsendet ansvarar för en stor mängd personuppgifter om elever och föräldrar och inför artificiell intelligens och andra digitala lösningar i undervisningen med försiktighet; den tekniska sektorn identifierar känsliga delar av kritisk infrastruktur, sekretessbelägger och skyddar uppgifterna om dem samt delar planer, kartor och geografiska data omsorgsfullt och kontrollerat.",
		},
		"Set the fields of sectors.education and sectors.technical to true once they hold.": {
			FI: "Aseta sectors.education- ja sectors.technical-kohtien kentät arvoon true, kun ne ovat kunnossa.",
			SV: "Ange fälten under sectors.education och sectors.technical till true när de gäller.",
		},
		"Committee's personal-data registers not listed": {
			FI: "Lautakunnan henkilörekistereitä ei ole lueteltu",
			SV: "Nämndens personregister är inte förtecknade",
		},
		"A committee may be responsible for significant personal-data registers, and the municipality identifies and protects them better than before (Kuntaliitto 2025). A reporting municipality lists each committee's significant registers.": {
			FI: "Lautakunta voi vastata merkittävistä henkilörekistereistä, ja kunnan on tunnistettava ja suojattava ne aiempaa paremmin (Kuntaliitto 2025). Tietonsa ilmoittava kunta luettelee kunkin lautakunnan merkittävät rekisterit.",
			SV: "En nämnd kan ansvara för väsentliga personregister, och kommunen ska identifiera och skydda dem bättre än tidigare (Kuntaliitto 2025). En kommun som rapporterar förtecknar varje nämnds väsentliga register.",
		},
		"Add personalDataRegisters: [{fi: \"...\"}] to the committee, or personalDataRegisters: [] if it has none.": {
			FI: "Lisää lautakunnalle personalDataRegisters: [{fi: \"...\"}], tai personalDataRegisters: [], jos sillä ei ole niitä.",
			SV: "Lägg till personalDataRegisters: [{fi: \"...\"}] för nämnden, eller personalDataRegisters: [] om den inte har några.",
		},
	})
}
