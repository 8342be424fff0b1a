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
			SV: "upphandlingsprocessen är väsentlig för den digitala säkerheten: i upphandlingsvillkoren och avtalen beaktas kraven på digital säkerhet och preciseras hur tjänsternas överensstämmelse med kraven övervakas (Kommunförbundet 2025)",
			EN: "the procurement process is essential for digital security: calls for tenders and contracts take the digital-security requirements into account and say how the services' compliance with them is monitored (Kuntaliitto 2025)",
		},
		"finding.why.confidentiality": {
			FI: "avoimuus säilytetään niin pitkälle kuin mahdollista, mutta turvallisuus- ja varautumisjärjestelyjen yksityiskohdat ja siten mahdolliset haavoittuvuudet tunnistetaan ja salataan, myös hankinta-, talous- ja päätösasiakirjoissa sekä sisäisen tarkastuksen raporteissa (Kuntaliitto 2025)",
			SV: "öppenheten vidhålls så långt det är möjligt, men detaljer om säkerhets- och beredskapsarrangemangen och därmed eventuella sårbarheter identifieras och sekretessbeläggs, också i upphandlings-, ekonomi- och beslutsdokumentationen och i internrevisionens rapporter (Kommunförbundet 2025)",
			EN: "openness is kept as far as possible, but details of security and preparedness arrangements, and thus possible vulnerabilities, are identified and classified, also in procurement, finance and decision documents and in internal-audit reports (Kuntaliitto 2025)",
		},
		"finding.why.critical-services": {
			FI: "tehokkaiden digitaalisen turvallisuuden toimien määrittäminen edellyttää tietojen luokittelua, kriittisten palvelujen ja aineistojen tunnistamista sekä riskien arviointia ja hallintaa (Kuntaliitto 2025)",
			SV: "fastställandet av effektiva digitala säkerhetsåtgärder kräver klassificering av information, identifiering av kritiska tjänster och material samt riskbedömning och riskhantering (Kommunförbundet 2025)",
			EN: "effective digital-security measures need the classification of information, the identification of critical services and material, and risk assessment and management (Kuntaliitto 2025)",
		},
		"finding.why.education": {
			FI: "sivistystoimi vastaa suuresta määrästä oppilaiden ja huoltajien henkilötietoja, ja tekoäly ja muut digitaaliset ratkaisut otetaan opetukseen käyttöön harkiten (Kuntaliitto 2025)",
			SV: "bildningsväsendet ansvarar för en stor mängd personuppgifter om elever och föräldrar, och artificiell intelligens och andra digitala lösningar införs i undervisningen med försiktighet (Kommunförbundet 2025)",
			EN: "education holds much personal data of pupils and parents, and AI and other digital tools enter teaching with care (Kuntaliitto 2025)",
		},
		"finding.why.technical": {
			FI: "kuntien on tunnistettava kriittisen infrastruktuurin arkaluonteiset osat ja salattava ja suojattava niihin liittyvät kriittiset tiedot; tietojen jakaminen toteutetaan huolellisesti ja hallitusti (Kuntaliitto 2025)",
			SV: "kommunerna ska systematiskt identifiera känsliga delar av kritisk infrastruktur samt sekretessbelägga och skydda kritiska uppgifter om dem; delning av data genomförs omsorgsfullt och kontrollerat (Kommunförbundet 2025)",
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
			SV: "Till ledningens uppgifter inom digital säkerhet hör hantering av strategiska risker, godkännande av modellen för hantering av digitalt skydd, hantering av kvarstående risker samt övervakning av helheten av digitalt skydd (Kommunförbundet 2025). En kommun som rapporterar anger vilken av dess roller eller organ som sköter var och en.",
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
			SV: "Ledningens yttersta ansvar kan inte delegeras, även om verksamheten har lagts ut (Kommunförbundet 2025): var och en av ledningens uppgifter sköts av en av kommunens egna roller eller organ, inte av ett bolag, välfärdsområdet eller en nationell aktör.",
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
			SV: "Styrelsen för ett ägt bolag med kritisk infrastruktur (energi, vatten, avfall) eller inom NIS2-direktivets tillämpningsområde finns bland organen, så att styrelsens lägesrapporter om digital säkerhet följs upp som de andra organens (Kommunförbundet 2025).",
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
			SV: "Upphandlingsprocessen är väsentlig för den digitala säkerheten: upphandlingsvillkoren och avtalen anger kraven på digital säkerhet och hur tjänsternas överensstämmelse med kraven övervakas (Kommunförbundet 2025).",
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
			SV: "Öppenheten vidhålls så långt det är möjligt, men detaljer om säkerhets- och beredskapsarrangemangen och därmed eventuella sårbarheter identifieras och sekretessbeläggs: i det som publiceras, i upphandlings- och ekonomidokumentationen (anbudsförfrågningar, kontrakt, fakturor, ekonomiska rapporter) och i internrevisionens och den interna kontrollens rapporter (Kommunförbundet 2025).",
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
			SV: "Effektiva digitala säkerhetsåtgärder kräver att kritiska tjänster och material identifieras, tillsammans med klassificering av information och riskbedömning (Kommunförbundet 2025).",
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
			SV: "Beredskapen och kontinuitetshanteringen övas regelbundet (Kommunförbundet 2025). En kommun som rapporterar antecknar sin senaste övning (informationManagement.lastExercise) och hur ofta den övar (exerciseEveryMonths); en övning som är äldre än intervallet, bedömt på --today, är försenad.",
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
			SV: "Risker bedöms och hanteras under hela databehandlingens livscykel, och den digitala säkerheten ses över kontinuerligt när hoten förändras (Kommunförbundet 2025). En kommun som rapporterar antecknar sin senaste riskbedömning (informationManagement.lastRiskAssessment) och hur ofta den bedömer riskerna (riskAssessmentEveryMonths); en bedömning som är äldre än intervallet, bedömt på --today, är försenad.",
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
			SV: "Varje sektor har sina egna frågor om dataskydd och informationssäkerhet (Kommunförbundet 2025). Bildningsväsendet ansvarar för en stor mängd personuppgifter om elever och föräldrar och inför artificiell intelligens och andra digitala lösningar i undervisningen med försiktighet; den tekniska sektorn identifierar känsliga delar av kritisk infrastruktur, sekretessbelägger och skyddar uppgifterna om dem samt delar planer, kartor och geografiska data omsorgsfullt och kontrollerat.",
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
			SV: "En nämnd kan ansvara för väsentliga personregister, och kommunen ska identifiera och skydda dem bättre än tidigare (Kommunförbundet 2025). En kommun som rapporterar förtecknar varje nämnds väsentliga register.",
		},
		"Add personalDataRegisters: [{fi: \"...\"}] to the committee, or personalDataRegisters: [] if it has none.": {
			FI: "Lisää lautakunnalle personalDataRegisters: [{fi: \"...\"}], tai personalDataRegisters: [], jos sillä ei ole niitä.",
			SV: "Lägg till personalDataRegisters: [{fi: \"...\"}] för nämnden, eller personalDataRegisters: [] om den inte har några.",
		},
	})
}

// The site's words for the page for elected officials, each municipality's
// questions for its council and board, and the new fields on the pages.
// The page's text follows Kuntaliitto's 2025 briefing for elected
// officials (seed 003, in Swedish) and adds nothing to it.
func init() {
	add(map[string]Text{
		"nav.officials":       {"Luottamushenkilöille", "För förtroendevalda", "For elected officials"},
		"home.more-officials": {"Luottamushenkilön kolme roolia, mitä tilannekatsaukselta voi odottaa, maksuton tuki ja lukulista.", "Den förtroendevaldas tre roller, vad man kan vänta sig av en lägesrapport, avgiftsfritt stöd och läslista.", "An elected official's three roles, what to expect of a status report, free support and a reading list."},
		"officials.title":     {"Luottamushenkilölle: digitaalinen turvallisuus kunnassa", "För förtroendevalda: digital säkerhet i kommunen", "For elected officials: digital security in the municipality"},
		"officials.lead":      {"Luottamushenkilönä vastaat osaltasi palvelujen turvallisuudesta, toimitpa valtuustossa, kunnanhallituksessa, lautakunnassa tai kunnan omistaman yhtiön hallituksessa. Kuntalaisten luottamus hallintoon riippuu osin siitä, kuinka luotettavia digitaaliset palvelut ovat. Tämä sivu tiivistää Kuntaliiton vuonna 2025 luottamushenkilöille laatiman katsauksen.", "Som förtroendevald har också du ansvar för att säkerställa tjänsternas säkerhet, oberoende av om du verkar i fullmäktige, kommunstyrelsen, nämnderna eller i ett kommunägt bolags styrelse. Kommuninvånarnas förtroende för förvaltningen beror dessutom till en del på hur pålitliga de digitala tjänsterna är. Den här sidan sammanfattar Kommunförbundets presentation för kommunens förtroendevalda från 2025.", "As an elected official you share the responsibility for the security of the municipality's services, whether you sit on the council, the municipal board, a committee or the board of a municipally owned company. Residents' trust in the administration depends in part on how reliable the digital services are. This page sums up the Association of Finnish Municipalities' 2025 briefing for elected officials."},
		"officials.first":     {"Luottamushenkilönä saat kunnalta digitaalisen turvallisuuden ohjeet ja velvoitteet. Tutustu niihin ensimmäiseksi.", "Som förtroendevald i kommunen kommer du att få riktlinjer och skyldigheter inom digital säkerhet. Det är bra att studera dem och ta sig an dem först.", "As an elected official you will receive the municipality's guidelines and obligations on digital security. Study them first."},
		"officials.source":    {"Lähde: Suomen Kuntaliitto, Martti Setälä: ”Digital säkerhet i kommunen – Iakttagelser till stöd för arbetet för kommunens förtroendevalda”, 26.5.2025 (katsauksen ruotsinkielinen versio).", "Källa: Kommunförbundet, Martti Setälä: ”Digital säkerhet i kommunen – Iakttagelser till stöd för arbetet för kommunens förtroendevalda”, 26.5.2025.", "Source: Association of Finnish Municipalities, Martti Setälä: “Digital säkerhet i kommunen – Iakttagelser till stöd för arbetet för kommunens förtroendevalda”, 26 May 2025 (the briefing's Swedish version)."},

		"officials.roles":       {"Kolme rooliasi", "Dina tre roller", "Your three roles"},
		"officials.roles-intro": {"Katsaus nimeää luottamushenkilölle kolme roolia kunnan digitaalisen turvallisuuden varmistamisessa.", "Presentationen beskriver den förtroendevaldas tre roller i säkerställandet av den digitala säkerheten i kommunen.", "The briefing names three roles for an elected official in securing the municipality's digital security."},
		"officials.role1":       {"1. Hyväksyjä ja valvoja", "1. Godkännare och övervakare", "1. Approver and supervisor"},
		"officials.role1-intro": {"Kussakin toimielimessä voit varmistaa seuraavat asiat.", "I varje organ kan du säkerställa följande.", "On each body you can make sure of the following."},
		"officials.board":       {"Kunnanhallituksessa", "I kommunstyrelsen", "On the municipal board"},
		"officials.board.1":     {"Digitaalisen turvallisuuden tilannekatsaus käsitellään kunnanhallituksessa säännöllisesti.", "Lägesrapporten om digital säkerhet behandlas regelbundet i kommunstyrelsen.", "The digital-security status report is treated regularly on the municipal board."},
		"officials.board.2":     {"Merkittävät digitaalisen turvallisuuden riskit otetaan huomioon kunnan kokonaisriskienhallinnassa.", "Betydande digitala säkerhetsrisker beaktas i kommunens övergripande riskhantering.", "Significant digital-security risks are part of the municipality's overall risk management."},
		"officials.board.3":     {"Kokonaiskuva tilanteesta sekä digitaalisen turvallisuuden riskienhallinta ja valvonta ovat riittävät.", "Helhetsförståelsen av läget samt riskhanteringen och tillsynen i fråga om den digitala säkerheten är tillräcklig.", "The overall understanding of the situation, and the risk management and supervision of digital security, are sufficient."},
		"officials.council":     {"Valtuustossa", "I kommunfullmäktige", "On the council"},
		"officials.council.1":   {"Digitaalisen turvallisuuden tilannekatsaus käsitellään valtuustossa säännöllisesti.", "Lägesrapporten om digital säkerhet behandlas regelbundet i kommunfullmäktige.", "The digital-security status report is treated regularly in the council."},
		"officials.council.2":   {"Kunnalla on digitaalisen turvallisuuden varmistamiseen tarvittavat resurssit.", "Kommunen har de resurser som behövs för att säkerställa den digitala säkerheten.", "The municipality has the resources it needs to secure its digital security."},
		"officials.council.3":   {"Kunta tekee yhteistyötä muiden kuntien kanssa riittävien kyvykkyyksien ja resurssien varmistamiseksi (muun muassa hankinnat, sidosyksiköiden omistajaohjaus, yhteydet palveluntarjoajiin).", "Kommunen samarbetar med andra kommuner för att säkerställa tillräckliga förmågor och resurser (bl.a. upphandling, ägarstyrning av anknutna enheter, kontakt med tjänsteleverantörer).", "The municipality works with other municipalities to secure sufficient capabilities and resources (among others procurement, ownership steering of in-house entities, dealings with service providers)."},
		"officials.committee":   {"Lautakunnassa", "I en kommunal nämnd", "On a committee"},
		"officials.committee.1": {"Digitaalisen turvallisuuden tilannekatsaus käsitellään lautakunnassa säännöllisesti.", "Lägesrapporten om digital säkerhet behandlas regelbundet i nämnden.", "The digital-security status report is treated regularly in the committee."},
		"officials.committee.2": {"Lautakunnalla on riittävä kokonaiskuva tilanteesta sekä digitaalisen turvallisuuden riskienhallinnasta ja valvonnasta – lautakunta voi vastata merkittävistä henkilörekistereistä.", "Nämnden har en tillräcklig helhetsförståelse av läget samt riskhanteringen och tillsynen i fråga om den digitala säkerheten – nämnden kan ha väsentliga personregister som den ansvarar för.", "The committee has a sufficient overall understanding of the situation and of the risk management and supervision of digital security – a committee may be responsible for significant personal-data registers."},
		"officials.company":     {"Kriittistä infrastruktuuria (kuten energia-, vesi- tai jätehuoltoa) hoitavan kunnan omistaman yhtiön hallituksessa", "I styrelsen för ett kommunägt bolag med kritisk infrastruktur (såsom energi-, vatten- eller avfallshantering)", "On the board of a municipally owned company with critical infrastructure (such as energy, water or waste management)"},
		"officials.company.1":   {"Digitaalisen turvallisuuden tilannekatsaus käsitellään yhtiön hallituksessa säännöllisesti.", "Lägesrapporten om digital säkerhet behandlas regelbundet i bolagets styrelse.", "The digital-security status report is treated regularly on the company's board."},
		"officials.company.2":   {"Yhtiössä on riittävä kokonaiskuva tilanteesta sekä digitaalisen turvallisuuden riskienhallinta ja valvonta.", "Helhetsförståelsen av läget samt riskhanteringen och tillsynen i fråga om den digitala säkerheten är tillräcklig i bolaget.", "The overall understanding of the situation, and the risk management and supervision of digital security, are sufficient in the company."},
		"officials.company.3":   {"Kuntasi tietoturvallisuudesta vastaava asiantuntija kertoo, kuuluvatko kunnan infrastruktuuriyhtiöt EU:n NIS2-direktiivin soveltamisalaan (näin on vain muutamassa suurimmassa kunnassa). Jos kuuluvat, pyydä direktiivin mukaista koulutusta johdolle.", "Den expert som ansvarar för informationssäkerheten i din kommun berättar för dig huruvida kommunens infrastrukturbolag omfattas av tillämpningsområdet för EU:s NIS2-direktiv (så är fallet endast i ett fåtal av de största kommunerna). Om så är fallet, be om lämplig utbildning för ledningen i enlighet med direktivet.", "Your municipality's information-security expert tells you whether the municipality's infrastructure companies are within the scope of the EU NIS2 directive (only in a few of the largest municipalities). If they are, ask for the management training the directive requires."},
		"officials.audit":       {"Tarkastuslautakunnassa", "I kommunens revisionsnämnd", "On the audit committee"},
		"officials.audit.1":     {"Digitaalinen turvallisuus otetaan asianmukaisesti huomioon sisäisessä valvonnassa ja sisäisessä tarkastuksessa (tietoturvallisuuden tai tietosuojan tarkastukseen keskittyminen voi olla kunnalle hyödyllinen kehittämisväline).", "Den digitala säkerheten beaktas på ett ändamålsenligt sätt vid intern kontroll och intern revision (att fokusera på kontroll av informationssäkerheten eller dataskyddet kan vara ett nyttigt utvecklingsinstrument för kommunen).", "Digital security is properly covered in internal control and internal audit (a focus on auditing information security or data protection can be a useful development tool for the municipality)."},
		"officials.audit.2":     {"Digitaalisen turvallisuuden järjestelyjä koskevat tiedot salataan asianmukaisesti sisäisen tarkastuksen ja sisäisen valvonnan raporteissa.", "Uppgifterna om digitala säkerhetsarrangemang sekretessbeläggs på ett ändamålsenligt sätt i internrevisionens och den interna kontrollens rapporter.", "Details of the digital-security arrangements are properly classified in the reports of internal audit and internal control."},

		"officials.role2":                {"2. Kunnan ”työntekijä”", "2. Kommunens ”arbetstagare”", "2. The municipality's “employee”"},
		"officials.role2-intro":          {"Luottamushenkilönä voit varmistaa, että", "Som förtroendevald kan du säkerställa att", "As an elected official you can make sure that"},
		"officials.employee.1":           {"tunnet oman toimintasi merkityksen kunnan tietoturvallisuuden ja tietosuojan varmistamisessa", "du känner till din egen verksamhets betydelse när det gäller att säkerställa kommunens informationssäkerhet och dataskydd", "you know what your own actions mean for the municipality's information security and data protection"},
		"officials.employee.2":           {"olet käynyt läpi kunnan digitaalista turvallisuutta koskevan koulutusaineiston", "du har gått igenom det utbildningsmaterial som finns om kommunens digitala säkerhet", "you have gone through the training material on the municipality's digital security"},
		"officials.employee.3":           {"osaat käyttää laitteita ja käsitellä tietoja turvallisesti niin, että tietojen eheys ja luottamuksellisuus säilyvät", "du vet hur du kan använda enheter och hantera data på ett säkert sätt för att garantera integritet och sekretess", "you know how to use devices and handle data safely, keeping their integrity and confidentiality"},
		"officials.employee.4":           {"pystyt ilmoittamaan viipymättä kunnan tietoturvallisuudesta ja tietosuojasta vastaaville havaitsemistasi tietoturva- ja tietosuojaloukkauksista tai tilanteista, joissa loukkauksen riski voi olla suuri.", "du kan utan dröjsmål underrätta de aktörer som ansvarar för informationssäkerheten och dataskyddet i kommunen om sådana kränkningar av informationssäkerheten och dataskyddet som du observerat eller om situationer där det kan finnas en stor risk för kränkning.", "you can tell those responsible for information security and data protection in the municipality at once about breaches of information security or data protection you have seen, or about situations where there may be a high risk of one."},
		"officials.employee.own-devices": {"Huom. Omien laitteiden, kuten kannettavan tietokoneen tai matkapuhelimen, huolimaton käyttö kunnan tietojen käsittelyssä voi johtaa siihen, että rikollinen tai vihamielisen valtion toimija murtautuu kunnan tietojärjestelmiin tai pääsee muuten käsiksi salassa pidettävään aineistoon, joka kunnan tulee suojata.", "OBS! Oaktsam användning av egna enheter, såsom laptop eller mobiltelefon, och behandling av kommunens uppgifter kan leda till att en brottslig aktör eller en aktör för en fientlig stat kan bryta sig in i kommunens informationssystem eller annars få tillgång till sekretessbelagt informationsmaterial som kommunen bör skydda.", "Note: careless use of your own devices, such as a laptop or a mobile phone, in handling the municipality's data can let a criminal, or an actor of a hostile state, break into the municipality's information systems or otherwise reach classified material the municipality should protect."},

		"officials.role3":        {"3. Kansallinen ja kansainvälinen poliittinen vaikuttaja", "3. Nationell och internationell politisk påverkare", "3. National and international political influencer"},
		"officials.role3-intro":  {"Jos osallistut luottamustehtäväsi ohella kansalliseen tai kansainväliseen poliittiseen päätöksentekoon, voit varmistaa, että", "Om du är förtroendevald i kommunen och samtidigt deltar i det nationella eller internationella politiska beslutsfattandet, kan du säkerställa att", "If you are an elected official of the municipality and also take part in national or international political decision-making, you can make sure that"},
		"officials.influencer.1": {"kuntien digitaalisen turvallisuuden ylläpidon ja kehittämisen rahoitus ja resurssit turvataan ja kuntien erityispiirteet ja tarpeet otetaan huomioon", "finansieringen och resurserna för upprätthållandet och utvecklandet av kommunernas digitala säkerhet säkerställs samt att kommunernas särdrag och behov beaktas", "the funding and resources for maintaining and developing municipalities' digital security are secured, and municipalities' particular features and needs are taken into account"},
		"officials.influencer.2": {"kuntien itsehallintoa kunnioitetaan: uusia vaatimuksia ei aseteta kevein perustein, ja jos niitä asetetaan, kunnille korvataan niiden kustannukset", "kommunernas självstyrelse respekteras: inga nya krav ställs på lätta grunder, och om sådana införs, kompenseras kommunerna för kostnaderna för dem", "municipal self-government is respected: no new requirements are set lightly, and if they are, municipalities are compensated for their costs"},
		"officials.influencer.3": {"digitaalisen turvallisuuden yhteisiä ratkaisuja valmistellaan tarkoituksenmukaisesti kansallisella tai EU-tasolla", "gemensamma lösningar utarbetas på nationell nivå eller EU-nivå på ett ändamålsenligt sätt för att säkerställa den digitala säkerheten", "common solutions for digital security are prepared at national or EU level where it is appropriate"},
		"officials.influencer.4": {"kuntien perusteetonta hallinnollista taakkaa pyritään keventämään", "man eftersträvar att minska kommunernas obefogade administrativa börda", "municipalities' unjustified administrative burden is reduced"},
		"officials.influencer.5": {"kunnille annetaan monipuoliset edellytykset ja ratkaisut kuntien väliseen yhteistyöhön, kuten erilaiset tavat järjestää palveluja", "kommunerna ges mångsidiga förutsättningar och lösningar för kommunalt samarbete, såsom olika sätt att ordna tjänster", "municipalities are given varied conditions and solutions for municipal cooperation, such as different ways of organising services"},
		"officials.influencer.6": {"tunnistat hybridivaikuttamisen ilmiönä, joka voi koskea myös kuntien toimintaa (katso lukulista alla).", "du identifierar hybridpåverkan som ett fenomen som också kan beröra kommunernas verksamhet (se materialet nedan).", "you recognise hybrid influence as a phenomenon that can also touch municipalities' work (see the reading list below)."},

		"officials.supervision":   {"Valvontaa, ei operatiivista työtä", "Tillsyn, inte operativt arbete", "Supervision, not operations"},
		"officials.supervision.1": {"Luottamushenkilöt keskittyvät digitaalisen turvallisuuden valvontaan, viranhaltijat vastaavat käytännön operatiivisista asioista.", "De förtroendevalda bör koncentrera sig på tillsynsnivån i fråga om digital säkerhet, medan tjänsteinnehavarna ansvarar för praktiska operativa frågor.", "Elected officials concentrate on supervising digital security; the municipality's officials are responsible for the practical, operational matters."},
		"officials.supervision.2": {"Johdon rooli korostuu. Johdon tehtäviin kuuluvat muun muassa strategisten digitaalisen turvallisuuden riskien hallinta, digitaalisen suojautumisen hallintamallin hyväksyminen, jäännösriskien hallinta ja digitaalisen suojautumisen kokonaisuuden valvonta. On tärkeää, että johto sitoutuu digitaalisen turvallisuuden ylläpitoon ja kehittämiseen ja osoittaa sen selvästi henkilöstölle, sidosryhmille ja yhteistyökumppaneille.", "Ledningens roll betonas. Till ledningen hör bl.a. hantering av strategiska digitala säkerhetsrisker, godkännande av modellen för hantering av digitalt skydd, hantering av kvarstående risker samt övervakning av helheten av digitalt skydd. Det är viktigt att ledningen förbinder sig till att upprätthålla och utveckla den digitala säkerheten och tydligt visar detta för personalen, intressentgrupperna och samarbetspartnerna.", "Management's role is emphasised. Management's tasks include managing the strategic digital-security risks, approving the model for managing digital protection, managing the residual risks and overseeing digital protection as a whole. It matters that management commits itself to maintaining and developing digital security and shows it clearly to the staff, stakeholders and partners."},
		"officials.supervision.3": {"Johdon viimekätistä vastuuta – myös digitaalisesta turvallisuudesta – ei voi delegoida, vaikka operatiivinen vastuu olisi annettu kunnan ulkopuoliselle palveluntuottajalle.", "Ledningens yttersta ansvar – inklusive den digitala säkerheten – kan inte delegeras även om det operativa ansvaret har lagts ut på en tjänsteproducent utanför kommunen.", "Management's ultimate responsibility, digital security included, cannot be delegated, even when the operational responsibility has been given to a service producer outside the municipality."},

		"officials.reports":           {"Mitä tilannekatsaukselta voi odottaa", "Vad du kan vänta dig av en lägesrapport", "What to expect of a status report"},
		"officials.reports.1":         {"Se, kuinka usein toimielin saa digitaalisen turvallisuuden tilannekatsauksen, riippuu kunnasta ja toimielimestä: väli on todennäköisesti kerran valtuustokaudessa – kerran puolessa vuodessa.", "Intervallen för översikterna över den digitala säkerheten som lämnas till organet beror på kommunen och organet och torde ligga mellan en gång per fullmäktigeperiod och en gång per halvår.", "How often a body receives a digital-security status report depends on the municipality and the body: probably between once per council term and once every half-year."},
		"officials.reports.2":         {"Myös tapauskohtainen katsaus voi tulla kyseeseen, esimerkiksi kun digitaalinen toimintaympäristö muuttuu merkittävästi, kunta kohtaa vakavan tietoturva- tai tietosuojaloukkauksen tai toimielin käsittelee sisäisen tarkastuksen raporttia tietoturvallisuudesta tai tietosuojasta.", "Också en granskning från fall till fall kan komma i fråga, t.ex. om den digitala verksamhetsmiljön förändras avsevärt, kommunen stöter på en allvarlig kränkning av informationssäkerheten eller dataskyddet eller behandlar internrevisionens rapport om informationssäkerheten eller dataskyddet.", "A review case by case can also be in order: for example when the digital operating environment changes considerably, when the municipality suffers a serious breach of information security or data protection, or when the body treats internal audit's report on information security or data protection."},
		"officials.reports.3":         {"Sisältö riippuu toimielimestä ja asian luonteesta: kunnanhallitukselle tai lautakunnalle annettava katsaus voi olla yksityiskohtaisempi kuin valtuustolle annettava. Jos kunnassa on käynnissä merkittävä digitaalisen turvallisuuden kehittämishanke, sen etenemistä voi olla tarkoituksenmukaista seurata joko kunnanhallituksessa tai kehitettävällä toimialalla.", "Innehållet i översikterna beror på organet och ärendets natur. Den översikt som ges kommunstyrelsen eller nämnden kan vara mer detaljerad än den översikt som riktats till kommunfullmäktige. Om det i kommunen pågår ett betydande projekt för utveckling av den digitala säkerheten, kan det vara ändamålsenligt att granska hur projektet framskrider, antingen i kommunstyrelsen eller inom det verksamhetsområde som är föremål för utveckling.", "The content depends on the body and the matter: the report to the municipal board or a committee can be more detailed than the one to the council. If the municipality has a significant project to develop digital security, it can be useful to review its progress, either on the municipal board or in the sector being developed."},
		"officials.reports.4":         {"Salassa pidettävien tietojen käsittelyä tulee välttää; sitä tuskin tarvitaankaan.", "Behandling av sekretessbelagda uppgifter ska undvikas. Det behövs knappast heller.", "Handling classified information should be avoided; it is hardly needed."},
		"officials.reports.site":      {"Tämän sivuston jokaisen kunnan sivulla kohta ”Kysymyksiä valtuustolle ja hallitukselle” kertoo, mitä kunnan oma tiedosto sanoo: milloin kukin toimielin on viimeksi käsitellyt tilannekatsauksen ja milloin seuraava on määrä käsitellä, sekä mitä tiedostoon ei ole kirjattu.", "På varje kommuns sida på den här webbplatsen visar avsnittet ”Frågor till fullmäktige och styrelsen” vad kommunens egen fil säger: när varje organ senast behandlade en lägesrapport och när nästa ska behandlas, och vad filen inte tar upp.", "On each municipality's page of this site, the section “Questions for the council and board” shows what the municipality's own file says: when each body last treated a status report and when the next is due, and what the file does not record."},
		"officials.find-municipality": {"Etsi kuntasi", "Hitta din kommun", "Find your municipality"},

		"officials.foundations":       {"Mitä kunnalla tulee olla kunnossa", "Vad kommunen bör ha på plats", "What the municipality should have in place"},
		"officials.foundations.1":     {"Digitaalisen turvallisuuden perusta rakennetaan pitkäjänteisesti ja järjestelmällisesti kunnan sisäisen ja ulkoisen digitaalisen toimintaympäristön tuntemuksen varaan. Vastuut, ohjeet, koulutus, työvälineet ja valvonta järjestetään tarkoituksenmukaisesti.", "Grunderna för den digitala säkerheten i kommunen ska byggas upp långsiktigt och systematiskt, på kunskap och förståelse för kommunens interna och externa digitala verksamhetsmiljö. Kommunen ska på ett ändamålsenligt sätt organisera ansvaret, anvisningarna, utbildningarna, arbetsredskapen och övervakningen inom den digitala säkerheten.", "The foundations of digital security are built long-term and systematically, on knowledge and understanding of the municipality's internal and external digital environment. Responsibilities, instructions, training, tools and monitoring are organised appropriately."},
		"officials.foundations.2":     {"Tehokkaat toimet edellyttävät tietojen luokittelua, kriittisten palvelujen ja aineistojen tunnistamista sekä riskien arviointia ja hallintaa tietojenkäsittelyn koko elinkaaren ajan. Lisäksi tarvitaan tarkoituksenmukaisia teknisiä ja hallinnollisia ratkaisuja. Tietojen hallittu julkaiseminen on tärkeä osa digitaalista turvallisuutta.", "Fastställandet av effektiva digitala säkerhetsåtgärder kräver klassificering av information, identifiering av kritiska tjänster och material samt riskbedömning och riskhantering under hela databehandlingens livscykel. Det behövs ändamålsenliga tekniska och administrativa lösningar. En kontrollerad publicering av information är en viktig del av den digitala säkerheten.", "Effective measures need information classified, critical services and material identified, and risks assessed and managed over the whole life cycle of data processing. Suitable technical and administrative solutions are needed. Controlled publication of information is an important part of digital security."},
		"officials.foundations.3":     {"Hankintaprosessi on olennainen: tarjouspyyntöjen ehdoissa ja sopimuksissa otetaan digitaalisen turvallisuuden vaatimukset riittävästi huomioon ja täsmennetään, miten palvelujen vaatimustenmukaisuutta valvotaan.", "Upphandlingsprocessen är väsentlig för att säkerställa den digitala säkerheten. I upphandlingsvillkoren och avtalen ska kraven på digital säkerhet beaktas i tillräcklig mån och preciseras hur tjänsternas överensstämmelse med kraven övervakas.", "The procurement process is essential: the terms of calls for tenders and the contracts take the digital-security requirements sufficiently into account and specify how the services' compliance with them is monitored."},
		"officials.foundations.4":     {"Kunnalla on varautuminen ja jatkuvuudenhallinta eli kyky hallita digitaalisen turvallisuuden häiriötilanteita ja toipua niistä, ja niitä harjoitellaan säännöllisesti.", "Kommunen ska också ha beredskap och kontinuitetshantering, dvs. förmåga att hantera och återhämta sig från störningssituationer inom den digitala säkerheten. Dessa behöver övas regelbundet.", "The municipality has preparedness and continuity management, the ability to handle and recover from disruptions of digital security, and exercises them regularly."},
		"officials.foundations.5":     {"Sivistystoimessa kunta vastaa suuresta määrästä oppilaiden ja huoltajien henkilötietoja; tekoäly ja muut digitaaliset ratkaisut otetaan opetukseen käyttöön harkiten. Teknisellä toimialalla (kaavoitus, rakennusvalvonta, vesihuolto ja infrastruktuuri) tuotetaan ja julkaistaan suunnitelmia, karttoja ja paikkatietoja; kunnan tulee tunnistaa järjestelmällisesti kriittisen infrastruktuurin arkaluonteiset osat sekä salata ja suojata niihin liittyvät kriittiset tiedot, ja tietoja jaetaan huolellisesti ja hallitusti.", "Inom bildningsväsendet ansvarar kommunen för en stor mängd personuppgifter om elever och föräldrar; artificiell intelligens och andra digitala lösningar ska införas i undervisningen med försiktighet. Inom den tekniska sektorn (planläggning, byggnadstillsyn, vatten och infrastruktur) produceras och publiceras planer, kartor och geografiska data; kommunerna ska systematiskt identifiera känsliga delar av kritisk infrastruktur samt sekretessbelägga och skydda kritiska uppgifter i anslutning till dem, och delning av data ska genomföras omsorgsfullt och kontrollerat.", "In education the municipality holds much personal data of pupils and parents; AI and other digital tools enter teaching with care. The technical sector (land-use planning, building control, water and infrastructure) produces and publishes plans, maps and geodata; the municipality identifies the sensitive parts of critical infrastructure systematically, classifies and protects the critical data on them, and shares data carefully and under control."},
		"officials.foundations.6":     {"Salassapito ja henkilötietojen suoja otetaan huomioon myös hankinta- ja talousasiakirjoissa (tarjouspyynnöt, sopimukset, laskut ja taloudelliset raportit), päätösasiakirjoissa ja muissa julkaistavissa asiakirjoissa: esimerkiksi yksityiskohtaiset tiedot kunnan turvallisuus- ja varautumisjärjestelyistä ja siten mahdollisista haavoittuvuuksista tunnistetaan ja salataan. Avoimuus säilytetään niin pitkälle kuin mahdollista; tasapaino julkisuusperiaatteen kanssa vaatii jatkuvaa huolellista harkintaa. Kunnan tulee tunnistaa ja suojata salassa pidettävät tiedot ja vastuullaan olevat merkittävät henkilörekisterit aiempaa paremmin.", "Sekretesskraven och skyddet av personuppgifter ska beaktas också i kommunens upphandlings- och ekonomidokumentation (anbudsförfrågningar, kontrakt, fakturor och ekonomiska rapporter), i beslutsdokumentationen och i andra handlingar som publiceras: till exempel ska detaljerade uppgifter om kommunens säkerhets- och beredskapsarrangemang och därmed eventuella sårbarheter identifieras och sekretessbeläggas. Öppenhet ska vidhållas så långt det är möjligt; balansgången med offentlighetsprincipen kräver kontinuerligt noggrant övervägande. Kommunen ska bättre än tidigare identifiera och skydda sekretessbelagda uppgifter och betydande personuppgiftsregister som kommunen ansvarar för.", "Confidentiality and personal-data protection are also taken into account in procurement and finance documents (calls for tenders, contracts, invoices and financial reports), in decision documents and in other published documents: for example, detailed information on the municipality's security and preparedness arrangements, and thus possible vulnerabilities, is identified and classified. Openness is kept as far as possible; the balance with the principle of public access needs continuous careful thought. The municipality identifies and protects classified information and the significant personal-data registers it is responsible for better than before."},
		"officials.foundations.7":     {"Yhteistyön merkitys kasvaa kaikilla tasoilla: kuntien välillä ja sisällä (toimintojen ja toimialojen välillä). Kansallista ohjausta, kehittämisrahoitusta, digitaalisen turvallisuuden ratkaisuja ja tukea tarvitaan, ja kuntia ymmärtävillä, sitoutuneilla palveluntuottajilla on tärkeä rooli. Toimien tuottavuutta ja vaikuttavuutta arvioidaan ja kehitetään jatkuvasti, ja vanhoja toimintamalleja muutetaan tarvittaessa.", "Betydelsen av samarbete ökar på alla nivåer: mellan och inom kommunerna (mellan funktioner och sektorer). Styrning på nationell nivå, utvecklingsfinansiering, lösningar för digital säkerhet och stöd behövs, och tjänsteproducenter som är engagerade och som förstår kommunerna har en viktig roll. Produktiviteten och genomslaget hos åtgärderna bör kontinuerligt utvärderas och utvecklas, och gamla verksamhetsmodeller bör vid behov ändras.", "Cooperation matters more at every level: between and within municipalities (across functions and sectors). National steering, development funding, digital-security solutions and support are needed, and committed service producers who understand municipalities have an important role. The productivity and impact of the measures are evaluated and developed continuously, and old ways of working are changed where needed."},
		"officials.foundations.rules": {"Kun kunta on ilmoittanut hallintamallinsa tälle sivustolle, tarkistus kysyy näitä siltä varoituksina; jokainen tarkistussääntö on selitetty sivulla", "När en kommun har rapporterat sin förvaltningsmodell till den här webbplatsen frågar kontrollen efter dessa som varningar; varje kontrollregel förklaras på sidan", "Once a municipality has reported its governance to this site, the validator asks it for these as warnings; each validation rule is explained on the page"},

		"officials.support":   {"Maksutonta tukea", "Avgiftsfritt stöd", "Free support"},
		"officials.support.1": {"Digi- ja väestötietovirasto (DVV) tarjoaa verkkokoulutuksen ”Digitaalinen turvallisuus kuntien luottamushenkilöille” (kesto 30–60 minuuttia).", "Myndigheten för digitalisering och befolkningsdata (DVV) erbjuder utbildningen Digital säkerhet för kommunernas förtroendevalda (längd 30–60 minuter).", "The Digital and Population Data Services Agency (DVV) offers the web course “Digital security for municipal elected officials” (30–60 minutes)."},
		"officials.support.2": {"DVV ja Traficomin Kyberturvallisuuskeskus tarjoavat kunnille tukea ja maksuttomia työkaluja digitaalisen turvallisuuden kehittämiseen ja tilannekuvan muodostamiseen.", "Myndigheten för digitalisering och befolkningsdata (DVV) och Traficom Cybersäkerhetscenter erbjuder kommunerna stöd och avgiftsfria verktyg för att utveckla den digitala säkerheten och skapa en lägesbild.", "DVV and the National Cyber Security Centre Finland at Traficom (NCSC-FI) offer municipalities support and free tools for developing digital security and building a situational picture."},

		"officials.reading":               {"Lukulista", "Mer information och material", "Reading list"},
		"officials.reading-intro":         {"Katsaus suosittelee seuraavia aineistoja. Nimet on käännetty katsauksen ruotsinkielisestä versiosta; hae ne julkaisijoiden sivuilta.", "Presentationen rekommenderar följande material; sök dem på utgivarnas webbplatser.", "The briefing recommends the following material. The titles are translated from the briefing's Swedish version; look them up on the publishers' sites."},
		"officials.reading.kuntaliitto":   {"Suomen Kuntaliitto", "Kommunförbundet", "Association of Finnish Municipalities"},
		"officials.reading.kuntaliitto.1": {"Kuntapäättäjän aineistopankki", "Kommunala beslutsfattarens materialbank", "Material bank for municipal decision-makers"},
		"officials.reading.kuntaliitto.2": {"Kunnallisen päätöksenteon käsikirja (tietoturvallisuus ja tietosuoja kunnan päätöksentekoprosesseissa)", "Handbok i kommunalt beslutsfattande (information om datasäkerhet och dataskydd i kommunens beslutsprocesser)", "Handbook of municipal decision-making (information security and data protection in the municipality's decision processes)"},
		"officials.reading.kuntaliitto.3": {"Kunta-asiantuntijoille suunnattu, myös päättäjien käytössä oleva sisältö: digitaalinen turvallisuus ja kyberturvallisuus; tietosuoja", "Innehåll som är riktat till kommunala sakkunniga och som står till kommunala beslutsfattares förfogande: Digital säkerhet och cybersäkerhet; Dataskydd", "Content for municipal experts, also open to decision-makers: digital security and cyber security; data protection"},
		"officials.reading.kuntaliitto.4": {"Kuntien digitalisaation kartoitus 2024, osa 8: Digitaalinen turvallisuus (muun muassa digitaalisen turvallisuuden katsausten nykytila kuntien eri toimielimissä)", "Kartläggning av kommunernas digitalisering 2024, del 8: Digital säkerhet (innehåller bl.a. uppgifter om nuläget i fråga om digitala säkerhetsgranskningar i kommunernas olika organ)", "Survey of municipalities' digitalisation 2024, part 8: Digital security (among others the current state of digital-security reviews in municipalities' bodies)"},
		"officials.reading.kuntaliitto.5": {"Blogikirjoitus: Digitaalinen turvallisuus kunnassa – havaintoja johdolle, tietohallinnolle, toimialoille ja sidosryhmille", "Blogginlägg: Digital säkerhet i kommunen – iakttagelser för ledningen, informationsförvaltningen och sektorerna samt för intressentgrupper", "Blog post: Digital security in the municipality – observations for management, information management, the sectors and stakeholders"},
		"officials.reading.kuntaliitto.6": {"Blogikirjoitus: Kunnat hybridivaikuttamisen kohteena", "Blogginlägg: Kommunerna som föremål för hybridpåverkan (på finska)", "Blog post: Municipalities as targets of hybrid influence (in Finnish)"},
		"officials.reading.fcg":           {"FCG:n palvelu kuntapäättäjille (aineisto on verkossa käytettävissä, jos kuntasi on hankkinut lisenssin)", "FCG:s tjänst för kommunala beslutsfattare (dokumentationen finns tillgänglig på webben om din kommun har skaffat licensen)", "FCG's service for municipal decision-makers (the material is online if your municipality has the licence)"},
		"officials.reading.fcg.1":         {"Luottamushenkilöiden peruskurssi: luottamushenkilöiden digitaidot; hyvä hallinto; tiedonhallinta, tietosuoja ja tietoturvallisuus; kokouskäytännöt; sähköinen kokous", "Grundkurs för förtroendevalda: De förtroendevaldas digitala färdigheter; God förvaltning; Informationshantering, dataskydd och informationssäkerhet; Sammanträdespraxis; Digitalt sammanträde", "Basic course for elected officials: elected officials' digital skills; good administration; information management, data protection and information security; meeting practice; digital meetings"},
		"officials.reading.dvv":           {"Digi- ja väestötietovirasto (DVV)", "Myndigheten för digitalisering och befolkningsdata (DVV)", "Digital and Population Data Services Agency (DVV)"},
		"officials.reading.dvv.1":         {"Verkkokoulutus: digitaalinen turvallisuus kuntien luottamushenkilöille", "Webbutbildningen digital säkerhet för kommunernas förtroendevalda", "Web course: digital security for municipal elected officials"},
		"officials.reading.ncsc":          {"Liikenne- ja viestintävirasto Traficomin Kyberturvallisuuskeskus", "Cybersäkerhetscentret vid Transport- och kommunikationsverket Traficom", "National Cyber Security Centre Finland at Traficom"},
		"officials.reading.ncsc.1":        {"Opas: kyberturvallisuus ja yrityksen hallituksen vastuu", "Guiden cybersäkerhet och företagsstyrelsens ansvar", "Guide: cyber security and the responsibility of a company's board"},
		"officials.reading.ncsc.2":        {"Kyberturvallisuuden vahvistaminen suomalaisissa organisaatioissa – ohjeita johdolle ja asiantuntijoille", "Stärkande av cybersäkerheten i finländska organisationer – anvisningar till ledningen och sakkunniga", "Strengthening cyber security in Finnish organisations – instructions for management and experts"},
		"officials.reading.other":         {"Muuta aineistoa", "Annat material", "Other material"},
		"officials.reading.other.1":       {"Sisäministeriö: Hybridiuhat ja hybridivaikuttaminen", "Inrikesministeriet: Hybridhot och hybridpåverkan", "Ministry of the Interior: Hybrid threats and hybrid influence"},
		"officials.reading.other.2":       {"Valtiolla.fi: Näin hybridivaikuttaminen uhkaa yhteiskunnan resilienssiä", "Valtiolla.fi: Näin hybridivaikuttaminen uhkaa yhteiskunnan resilienssiä (på finska)", "Valtiolla.fi: Näin hybridivaikuttaminen uhkaa yhteiskunnan resilienssiä (in Finnish)"},
		"officials.reading.other.3":       {"Valtioneuvoston kanslia: Katsaus informaatiovaikuttamiseen", "Statsrådets kansli: Översikt över informationspåverkan", "Prime Minister's Office: Overview of information influencing"},
		"officials.reading.law":           {"Tärkeä lainsäädäntö: katsaus ohjaa tutustumaan Kuntaliiton kunta-asiantuntijoille suunnattuun, päättäjien käytössä olevaan sisältöön sekä DVV:n ja FCG:n aineistoihin.", "Viktig lagstiftning: bekanta dig med Kommunförbundets innehåll riktat till kommunala sakkunniga och som finns till kommunala beslutsfattares förfogande, samt DVV:s och FCG:s material.", "Important legislation: the briefing points to the Association's content for municipal experts that is open to decision-makers, and to DVV's and FCG's material."},

		// Each municipality's questions for its council and board.
		"questions.title":                {"Kysymyksiä valtuustolle ja hallitukselle", "Frågor till fullmäktige och styrelsen", "Questions for the council and board"},
		"questions.intro":                {"Poimittu kunnan tiedoston julkisesta osasta. Luottamushenkilö voi kysyä kustakin kohdasta; mitä tilannekatsaukselta voi odottaa, kerrotaan sivulla", "Hämtade ur den offentliga delen av kommunens fil. Förtroendevalda kan fråga om varje punkt; vad man kan vänta sig av en lägesrapport står på sidan", "Drawn from the public part of the municipality's file. Elected officials can ask about each item; what to expect of a status report is on the page"},
		"questions.none":                 {"Julkisesta tiedostosta ei nouse kysymyksiä.", "Den offentliga filen väcker inga frågor.", "The public file raises no questions."},
		"questions.not-reported":         {"Kunta ei ole vielä ilmoittanut tänne digitaalisen turvallisuuden hallintamalliaan: kuka ylläpitää kunnan tiedostoa, ja milloin valtuusto ja hallitus näkevät sen roolit, toimielimet ja tilannekatsaukset?", "Kommunen har ännu inte rapporterat sin förvaltning av den digitala säkerheten här: vem sköter kommunens fil, och när får fullmäktige och styrelsen se dess roller, organ och lägesrapporter?", "The municipality has not reported its digital-security governance here yet: who keeps its file, and when will the council and the board see its roles, bodies and status reports?"},
		"questions.body-missing":         {"Toimielinten joukossa ei ole: %s.", "Bland organen finns inte: %s.", "Not among the bodies: %s."},
		"questions.report-next":          {"%s: viimeisin tilannekatsaus %s; seuraava viimeistään %s.", "%s: senaste lägesrapport %s; nästa senast %s.", "%s: last status report %s; the next is due by %s."},
		"questions.report-overdue":       {"%s: viimeisin tilannekatsaus %s; seuraava olisi pitänyt käsitellä viimeistään %s, eikä sitä ole kirjattu.", "%s: senaste lägesrapport %s; nästa skulle ha behandlats senast %s och är inte antecknad.", "%s: last status report %s; the next was due by %s and is not recorded."},
		"questions.report-no-interval":   {"%s: viimeisin tilannekatsaus %s; käsittelyväliä ei ole kirjattu.", "%s: senaste lägesrapport %s; intervallet är inte antecknat.", "%s: last status report %s; how often it treats one is not recorded."},
		"questions.report-none":          {"%s: tilannekatsausta ei ole kirjattu.", "%s: ingen lägesrapport är antecknad.", "%s: no status report is recorded."},
		"questions.management-missing":   {"Julkisessa tiedostossa johdon tehtävälle ei ole nimetty roolia eikä toimielintä: %s.", "I den offentliga filen har ingen roll och inget organ angetts för ledningens uppgift: %s.", "The public file names no role or body for management's task: %s."},
		"questions.exercise-none":        {"Julkisessa tiedostossa ei ole kirjattua jatkuvuusharjoitusta.", "Ingen kontinuitetsövning är antecknad i den offentliga filen.", "No continuity exercise is recorded in the public file."},
		"questions.exercise-next":        {"Viimeisin jatkuvuusharjoitus %s; seuraava viimeistään %s.", "Senaste kontinuitetsövning %s; nästa senast %s.", "Last continuity exercise %s; the next is due by %s."},
		"questions.exercise-overdue":     {"Viimeisin jatkuvuusharjoitus %s; seuraava olisi pitänyt pitää viimeistään %s.", "Senaste kontinuitetsövning %s; nästa skulle ha hållits senast %s.", "Last continuity exercise %s; the next was due by %s."},
		"questions.exercise-no-interval": {"Viimeisin jatkuvuusharjoitus %s; harjoitusväliä ei ole kirjattu.", "Senaste kontinuitetsövning %s; hur ofta man övar är inte antecknat.", "Last continuity exercise %s; how often continuity is exercised is not recorded."},
		"questions.risk-none":            {"Julkisessa tiedostossa ei ole kirjattua riskiarviota.", "Ingen riskbedömning är antecknad i den offentliga filen.", "No risk assessment is recorded in the public file."},
		"questions.risk-next":            {"Viimeisin riskiarvio %s; seuraava viimeistään %s.", "Senaste riskbedömning %s; nästa senast %s.", "Last risk assessment %s; the next is due by %s."},
		"questions.risk-overdue":         {"Viimeisin riskiarvio %s; seuraava olisi pitänyt tehdä viimeistään %s.", "Senaste riskbedömning %s; nästa skulle ha gjorts senast %s.", "Last risk assessment %s; the next was due by %s."},
		"questions.risk-no-interval":     {"Viimeisin riskiarvio %s; arviointiväliä ei ole kirjattu.", "Senaste riskbedömning %s; hur ofta riskerna bedöms är inte antecknat.", "Last risk assessment %s; how often risks are assessed is not recorded."},
		"questions.not-recorded":         {"Julkisessa tiedostossa ei ole kirjattu kunnossa olevaksi: %s.", "I den offentliga filen inte antecknat som ordnat: %s.", "Not recorded as in place in the public file: %s."},
		"questions.company-board":        {"%s on kriittistä infrastruktuuria tai NIS2-direktiivin piirissä, mutta sen hallitusta ei ole lueteltu toimielimissä.", "%s är kritisk infrastruktur eller omfattas av NIS2-direktivet, men dess styrelse finns inte bland organen.", "%s is critical infrastructure or in NIS2 scope, but its board is not listed among the bodies."},
		"questions.company-training":     {"%s kuuluu NIS2-direktiivin soveltamisalaan; johdon koulutusta ei ole kirjattu tehdyksi.", "%s omfattas av NIS2-direktivet; ledningens utbildning är inte antecknad som genomförd.", "%s is in NIS2 scope; its management training is not recorded as done."},
		"questions.registers":            {"%s: merkittäviä henkilörekistereitä ei ole lueteltu.", "%s: väsentliga personregister är inte förtecknade.", "%s: its significant personal-data registers are not listed."},

		// The municipality's page: the new fields.
		"muni.review-every":       {"tarkistetaan %d kk välein", "granskas med %d månaders mellanrum", "reviewed every %d months"},
		"muni.management":         {"Johdon tehtävät", "Ledningens uppgifter", "Management's tasks"},
		"muni.management-caption": {"Kuka hoitaa johdon tehtävät digitaalisessa turvallisuudessa", "Vem sköter ledningens uppgifter inom digital säkerhet", "Who carries management's tasks in digital security"},
		"muni.management-none":    {"ei nimetty", "inte angiven", "not named"},
		"muni.management-hidden":  {"ei julkinen", "inte offentlig", "not public"},
		"muni.registers":          {"Henkilörekisterit", "Personregister", "Personal-data registers"},
		"muni.registers-none":     {"Ei merkittäviä henkilörekistereitä", "Inga väsentliga personregister", "No significant personal-data registers"},
		"muni.practices":          {"Hankinnat, salassapito ja toimialat", "Upphandling, sekretess och sektorer", "Procurement, confidentiality and sectors"},
		"muni.confidentiality":    {"Salassapito", "Sekretess", "Confidentiality"},
		"muni.education":          {"Sivistystoimi", "Bildningsväsendet", "Education"},
		"muni.technical":          {"Tekninen toimi", "Den tekniska sektorn", "Technical sector"},
		"col.carried-by":          {"Hoitaa", "Sköts av", "Carried by"},
		"col.last-decision":       {"Viimeisin päätös", "Senaste beslut", "Last decision"},
		"duty.risk-every":         {"Riskiarvioiden väli", "Intervall för riskbedömning", "Risk assessment every"},
		"duty.exercise-every":     {"Harjoitusten väli", "Övningsintervall", "Exercise every"},
		"duty.critical-services":  {"Kriittiset palvelut tunnistettu", "Kritiska tjänster identifierade", "Critical services identified"},
		"duty.months":             {"%d kk", "%d mån.", "%d months"},

		// The actor's page: who can join a network.
		"actor.open-to":                {"Voivat liittyä", "Kan ansluta sig", "Open to"},
		"actor.appointed":              {"Jäsenet nimetään; kunnat eivät liity tähän omasta valinnastaan.", "Medlemmarna utses; kommunerna ansluter sig inte på eget initiativ.", "Its members are appointed; municipalities do not join it by choice."},
		"actor.not-for-municipalities": {"Verkosto ei ole avoin kunnille.", "Nätverket är inte öppet för kommuner.", "The network is not open to municipalities."},
	})
}

// The change lines of seed 003's fields (semdiff).
func init() {
	add(map[string]Text{
		"Who carries management's tasks changed.": {
			FI: "Johdon tehtävien hoitajat muuttuivat.",
			SV: "Vem som sköter ledningens uppgifter ändrades.",
		},
		"Confidentiality of security details changed.": {
			FI: "Turvallisuustietojen salassapidon tiedot muuttuivat.",
			SV: "Uppgifterna om sekretess för säkerhetsdetaljer ändrades.",
		},
		"The sectors' data-protection and security details changed.": {
			FI: "Toimialojen tietosuoja- ja tietoturvatiedot muuttuivat.",
			SV: "Sektorernas uppgifter om dataskydd och informationssäkerhet ändrades.",
		},
	})
}
