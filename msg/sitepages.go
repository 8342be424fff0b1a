package msg

// The words of the site's pages about the service itself (about,
// accessibility statement, privacy notice, licence), the home page's
// explanation and the open data's catalogue description.
func init() {
	add(map[string]Text{
		// Footer and titles.
		"nav.about":         {"Tietoa palvelusta", "Om tjänsten", "About"},
		"nav.accessibility": {"Saavutettavuusseloste", "Tillgänglighetsutlåtande", "Accessibility statement"},
		"nav.privacy":       {"Tietosuojaseloste", "Dataskyddsbeskrivning", "Privacy notice"},
		"nav.licence":       {"Lisenssi", "Licens", "Licence"},

		// Who keeps the site (shared by the pages).
		"info.kept-by": {"Palvelua ylläpitää %s.", "Tjänsten förvaltas av %s.", "The service is kept by %s."},
		"info.kept-by-maintainers": {
			"Palvelua ylläpitävät sen lähdetiedostojen säilön ylläpitäjät (%s); palvelulle ei ole nimetty ylläpitäjäorganisaatiota.",
			"Tjänsten förvaltas av dem som förvaltar dess källarkiv (%s); ingen organisation har angetts som förvaltare.",
			"The service is kept by the maintainers of its source repository (%s); no organisation has been named as its keeper.",
		},
		"info.contact": {"Yhteystiedot: %s.", "Kontakt: %s.", "Contact: %s."},
		"info.contact-issues": {
			"Kysymykset ja korjausehdotukset voi kirjoittaa säilön keskustelusivulle: %s.",
			"Frågor och förslag till rättelser kan skrivas på arkivets ärendesida: %s.",
			"Questions and corrections can be written on the repository's issues page: %s.",
		},
		"info.how-to-report": {
			"Ohjeet kunnan tietojen ilmoittamiseen ja muuttamiseen: %s.",
			"Anvisningar för hur en kommun rapporterar och ändrar sina uppgifter: %s.",
			"How a municipality reports and changes its data: %s.",
		},
		"info.contributing": {"Näin ilmoitat tiedot (CONTRIBUTING.md)", "Så rapporterar du (CONTRIBUTING.md)", "How to report (CONTRIBUTING.md)"},

		// Home: what this is.
		"home.what": {"Mikä tämä on?", "Vad är det här?", "What is this?"},
		"home.what-text": {
			"Palvelu näyttää valtion ja kuntien digitaalisen turvallisuuden yhteistoimintamallin, joka perustuu valtiovarainministeriön Haukka-ohjelmalle vuonna 2021 tehtyyn selvitykseen, ja sen, miten kukin kunta on järjestänyt omat vastuunsa. Malli ja kuntien tiedot ovat tiedostoina julkisessa säilössä (hallinta koodina): jokainen muutos tarkistetaan automaattisesti ennen julkaisua.",
			"Tjänsten visar samarbetsmodellen för digital säkerhet mellan staten och kommunerna, som bygger på utredningen för finansministeriets Haukka-program 2021, och hur varje kommun har ordnat sitt eget ansvar. Modellen och kommunernas uppgifter finns som filer i ett offentligt arkiv (förvaltning som kod): varje ändring kontrolleras automatiskt innan den publiceras.",
			"The service shows the state–municipality cooperation model for digital security, based on the 2021 study for the Ministry of Finance's Haukka programme, and how each municipality has arranged its own responsibilities. The model and the municipalities' data are files in a public repository (governance as code): every change is checked automatically before it is published.",
		},
		"home.none-reported": {
			"Yksikään kunta ei ole vielä ilmoittanut tietojaan.",
			"Ingen kommun har ännu rapporterat sina uppgifter.",
			"No municipality has reported yet.",
		},
		"home.reported-since": {
			"Kunnat ovat ilmoittaneet tietojaan %[1]s alkaen. Tähän mennessä ilmoittaneita kuntia on %[2]s (kaikkiaan %[3]s kuntaa).",
			"Kommunerna har rapporterat sina uppgifter sedan %[1]s. Hittills har %[2]s av %[3]s kommuner rapporterat.",
			"Municipalities have reported since %[1]s. So far %[2]s of %[3]s municipalities have reported.",
		},
		"home.reported-count": {
			"Tähän mennessä ilmoittaneita kuntia on %[1]s (kaikkiaan %[2]s kuntaa).",
			"Hittills har %[1]s av %[2]s kommuner rapporterat.",
			"So far %[1]s of %[2]s municipalities have reported.",
		},
		"home.zero-note": {
			"Siksi alla olevat luvut ovat nollia ja kaavioiden pylväät tyhjiä: nolla tarkoittaa, että tietoja ei ole vielä ilmoitettu, ei sitä, että kunnilta puuttuisi jotakin.",
			"Därför är siffrorna nedan noll och diagrammens staplar tomma: noll betyder att uppgifterna ännu inte har rapporterats, inte att kommunerna saknar något.",
			"That is why the figures below are zero and the charts' bars are empty: zero means not yet reported, not that the municipalities lack anything.",
		},
		"home.partial-note": {
			"Luvut kertovat vain ilmoittaneista kunnista: kunta, joka ei ole vielä ilmoittanut, ei näy niissä, eikä se ole havainto kunnasta.",
			"Siffrorna gäller endast kommuner som har rapporterat: en kommun som ännu inte har rapporterat räknas inte, och det säger ingenting om kommunen.",
			"The figures count reporting municipalities only: a municipality that has not reported yet is not counted, and that says nothing about it.",
		},
		"home.charts-empty": {
			"Kaavioiden pylväät ovat tyhjiä, koska yksikään kunta ei ole vielä ilmoittanut tietojaan.",
			"Diagrammens staplar är tomma eftersom ingen kommun ännu har rapporterat sina uppgifter.",
			"The bars are empty because no municipality has reported yet.",
		},
		"home.chart-empty": {
			"Tässä kaaviossa ei vielä ole yhtään kuntaa: nolla tarkoittaa, että tietoa ei ole vielä ilmoitettu.",
			"Det här diagrammet har ännu inga kommuner: noll betyder att uppgiften ännu inte har rapporterats.",
			"No municipality is counted in this chart yet: zero means not yet reported.",
		},
		"home.more-about": {"Ylläpitäjä, tietojen kulku, lähteet ja käyttöehdot.", "Förvaltare, hur uppgifterna kommer hit, källor och villkor.", "Who keeps it, how the data gets here, sources and terms."},

		// About.
		"about.lead": {
			"Digiturvallisuuden hallintamalli näyttää valtion ja kuntien digitaalisen turvallisuuden yhteistoiminta- ja hallintamallin sekä jokaisen kunnan omat vastuut. Tällä sivulla kerrotaan, kuka palvelua ylläpitää, miten tiedot tulevat palveluun, mistä ne ovat peräisin ja millä ehdoilla niitä saa käyttää.",
			"Förvaltningsmodell för digital säkerhet visar samarbets- och förvaltningsmodellen för digital säkerhet mellan staten och kommunerna och varje kommuns eget ansvar. Här står vem som förvaltar tjänsten, hur uppgifterna kommer hit, varifrån de kommer och på vilka villkor de får användas.",
			"The digital-security governance map shows the state–municipality cooperation and governance model for digital security and every municipality's own responsibilities. This page says who keeps the service, how the data gets here, where it comes from and on what terms it may be used.",
		},
		"about.keeper": {"Ylläpitäjä ja yhteystiedot", "Förvaltare och kontakt", "Who keeps it"},
		"about.flow":   {"Miten tiedot tulevat palveluun", "Hur uppgifterna kommer hit", "How the data gets here"},
		"about.flow-files": {
			"Kansallinen yhteistoimintamalli ja jokaisen kunnan tiedot ovat tekstitiedostoina julkisessa säilössä, yksi tiedosto kuntaa kohti.",
			"Den nationella samarbetsmodellen och varje kommuns uppgifter finns som textfiler i ett offentligt arkiv, en fil per kommun.",
			"The national cooperation model and each municipality's data are text files in a public repository, one file per municipality.",
		},
		"about.flow-pr": {
			"Muutos tehdään muutosehdotuksena (pull request). Automaattinen tarkistus (CI) käy sen läpi ja kertoo mahdolliset ongelmat suomeksi, ruotsiksi tai englanniksi.",
			"En ändring görs som ett ändringsförslag (pull request). En automatisk kontroll (CI) går igenom det och beskriver eventuella problem på finska, svenska eller engelska.",
			"A change is made as a pull request. An automatic check (CI) reads it and explains any problems in Finnish, Swedish or English.",
		},
		"about.flow-merge": {
			"Tiedoston ylläpitäjä hyväksyy muutoksen, ja se yhdistetään päähaaraan (main).",
			"Filens förvaltare godkänner ändringen, och den förs in i huvudgrenen (main).",
			"The file's maintainers approve the change, and it is merged into the main branch.",
		},
		"about.flow-publish": {
			"Palvelu rakennetaan ja julkaistaan päähaarasta automaattisesti jokaisen muutoksen jälkeen. Sivuilla ja avoimessa datassa ovat vain julkisiksi merkityt tiedot.",
			"Tjänsten byggs och publiceras automatiskt från huvudgrenen efter varje ändring. Sidorna och de öppna data innehåller endast uppgifter som är märkta som offentliga.",
			"The site is built and published automatically from the main branch after every change. The pages and the open data hold only values marked public.",
		},
		"about.sources": {"Lähteet", "Källor", "Sources"},
		"about.source-haukka": {
			"Yhteistoimintamalli: valtiovarainministeriön Haukka-ohjelmalle vuonna 2021 tehty selvitys valtion ja kuntien digitaalisen turvallisuuden yhteistoiminta- ja hallintamallista. Mallin jokainen kohta nimeää lähteensä luvun tai taulukon tarkkuudella.",
			"Samarbetsmodellen: utredningen för finansministeriets Haukka-program 2021 om samarbets- och förvaltningsmodellen för digital säkerhet mellan staten och kommunerna. Varje punkt i modellen anger sin källa med kapitel eller tabell.",
			"The cooperation model: the 2021 study for the Ministry of Finance's Haukka programme on the state–municipality cooperation and governance model for digital security. Every item of the model names its source, down to the chapter or table.",
		},
		"about.source-kuntaliitto": {
			"Kuntien hallinto (toimielimet ja tilannekatsaukset): Kuntaliiton 26.5.2025 julkaisema selvitys digitaalisesta turvallisuudesta kunnan luottamushenkilöiden työn tueksi.",
			"Kommunernas förvaltning (organ och lägesrapporter): Kommunförbundets publikation av 26.5.2025 om digital säkerhet i kommunen, till stöd för de förtroendevaldas arbete.",
			"Municipal governance (bodies and status reports): the Association of Finnish Municipalities' publication of 26 May 2025 on digital security in the municipality, in support of elected officials.",
		},
		"about.source-statfi": {
			"Kunnat, maakunnat ja hyvinvointialueet: Tilastokeskuksen luokitukset 1.1.2025 ja 1.1.2026 sekä kuntien väkiluvut 31.12.2025 (taulukko M411).",
			"Kommuner, landskap och välfärdsområden: Statistikcentralens klassificeringar 1.1.2025 och 1.1.2026 och kommunernas folkmängd 31.12.2025 (tabell M411).",
			"Municipalities, regions and wellbeing services counties: Statistics Finland's classifications of 1 January 2025 and 1 January 2026, and the municipalities' population on 31 December 2025 (table M411).",
		},
		"about.source-municipalities": {
			"Kunnan omat tiedot: kunta itse, omassa tiedostossaan.",
			"Kommunens egna uppgifter: kommunen själv, i sin egen fil.",
			"A municipality's own data: the municipality itself, in its own file.",
		},
		"about.terms":               {"Käyttöehdot ja selosteet", "Villkor och beskrivningar", "Terms and notices"},
		"about.terms-licence":       {"tiedot ja tekstit ovat vapaasti käytettävissä (CC BY 4.0).", "uppgifterna och texterna får användas fritt (CC BY 4.0).", "the data and texts are free to use (CC BY 4.0)."},
		"about.terms-privacy":       {"mitä henkilötietoja säilössä on ja mitä niistä julkaistaan.", "vilka personuppgifter arkivet innehåller och vad som publiceras.", "what personal data the repository holds and what is published."},
		"about.terms-accessibility": {"miten palvelu täyttää saavutettavuusvaatimukset.", "hur tjänsten uppfyller tillgänglighetskraven.", "how the service meets the accessibility requirements."},

		// Accessibility statement.
		"a11y.lead": {
			"Tämä saavutettavuusseloste koskee Digiturvallisuuden hallintamalli -verkkopalvelua. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisen sektorin verkkopalvelut ovat saavutettavia ja että niistä julkaistaan saavutettavuusseloste.",
			"Detta tillgänglighetsutlåtande gäller webbtjänsten Förvaltningsmodell för digital säkerhet. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att den offentliga sektorns webbtjänster är tillgängliga och att ett tillgänglighetsutlåtande publiceras om dem.",
			"This accessibility statement covers the digital-security governance map web service. The Act on the Provision of Digital Services (306/2019) requires public-sector web services to be accessible and an accessibility statement to be published for them.",
		},
		"a11y.status": {"Saavutettavuuden tila", "Tjänstens tillgänglighet", "Conformance status"},
		"a11y.partially": {
			"Verkkopalvelu täyttää WCAG 2.1 -ohjeiston AA-tason kriteerit osittain.",
			"Webbtjänsten uppfyller delvis kriterierna på nivå AA i WCAG 2.1.",
			"The service partially conforms to WCAG 2.1 level AA.",
		},
		"a11y.tested": {
			"Sivut tarkistetaan automaattisesti selaimessa axe-core-työkalulla, eikä tarkistus löydä niistä virheitä. Automaattinen tarkistus löytää kuitenkin vain osan saavutettavuusongelmista, eikä palvelua ole vielä arvioitu manuaalisesti, joten emme ilmoita sen täyttävän vaatimuksia kokonaan.",
			"Sidorna kontrolleras automatiskt i en webbläsare med verktyget axe-core, och kontrollen hittar inga fel. En automatisk kontroll hittar ändå bara en del av tillgänglighetsproblemen, och tjänsten har ännu inte granskats manuellt, så vi anger inte att den uppfyller kraven helt.",
			"The pages are checked automatically in a browser with the axe-core tool, and the check finds no violations. Automated checks find only some accessibility problems, though, and the service has not had a manual audit yet, so we do not claim full conformance.",
		},
		"a11y.gaps": {"Tunnetut puutteet", "Kända brister", "Known shortcomings"},
		"a11y.gap-audit": {
			"Palvelua ei ole vielä arvioitu manuaalisesti (esimerkiksi asiantuntijan arvio ruudunlukijalla ja pelkällä näppäimistöllä).",
			"Tjänsten har ännu inte granskats manuellt (till exempel en expertgranskning med skärmläsare och enbart tangentbord).",
			"The service has not had a manual audit yet (for example an expert review with a screen reader and the keyboard alone).",
		},
		"a11y.gap-charts": {
			"Kaaviot ovat kuvia, joiden sisältö on tiivistetty tekstivastineeseen; tarkat luvut ovat kaavion alla taulukossa, joka pitää avata erikseen.",
			"Diagrammen är bilder vars innehåll sammanfattas i en textbeskrivning; de exakta siffrorna finns i en tabell under diagrammet som måste öppnas separat.",
			"Charts are images summarised in a text alternative; the exact figures are in a table below each chart that has to be opened separately.",
		},
		"a11y.gap-language": {
			"Osa kuntien ja toimijoiden omista teksteistä on vain suomeksi tai ruotsiksi. Ne on merkitty sivulle oikealla kielellä, mutta niitä ei ole käännetty.",
			"En del av kommunernas och aktörernas egna texter finns endast på finska eller svenska. De är märkta med rätt språk på sidan men inte översatta.",
			"Some of the municipalities' and actors' own texts exist only in Finnish or Swedish. They are marked with their language on the page but not translated.",
		},
		"a11y.date":      {"Selosteen laatiminen", "Utlåtandets datum", "Date of this statement"},
		"a11y.date-text": {"Seloste on laadittu %s. Saavutettavuus on arvioitu automaattisella tarkistuksella.", "Utlåtandet har upprättats %s. Tillgängligheten har bedömts med en automatisk kontroll.", "This statement was drawn up on %s. Accessibility was assessed with an automated check."},
		"a11y.feedback":  {"Palaute", "Respons", "Feedback"},
		"a11y.feedback-text": {
			"Jos huomaat palvelussa saavutettavuuspuutteen tai tarvitset sisällön saavutettavassa muodossa, kerro siitä: %s.",
			"Om du märker en tillgänglighetsbrist i tjänsten eller behöver innehållet i tillgänglig form, berätta det för oss: %s.",
			"If you notice an accessibility problem in the service or need its content in an accessible form, tell us: %s.",
		},
		"a11y.supervision": {"Valvontaviranomainen", "Tillsynsmyndighet", "Supervisory authority"},
		"a11y.complain": {
			"Jos et saa vastausta palautteeseesi 14 päivän kuluessa tai olet tyytymätön vastaukseen, sinulla on oikeus tehdä asiasta ilmoitus valvontaviranomaiselle. Saavutettavuutta valvoo 1.1.2026 alkaen Lupa- ja valvontavirasto.",
			"Om du inte får svar på din respons inom 14 dagar eller är missnöjd med svaret har du rätt att anmäla saken till tillsynsmyndigheten. Från och med 1.1.2026 övervakas tillgängligheten av Tillstånds- och tillsynsverket.",
			"If you get no answer to your feedback within 14 days, or you are not satisfied with the answer, you have the right to notify the supervisory authority. Since 1 January 2026 accessibility has been supervised by the Finnish Permit and Supervision Agency.",
		},
		"a11y.supervisor": {
			"Ohjeet ilmoituksen tekemiseen ovat valvontaviranomaisen sivustolla %s.",
			"Anvisningar för anmälan finns på tillsynsmyndighetens webbplats %s.",
			"How to notify it is explained on the supervisor's site %s.",
		},

		// Privacy notice.
		"privacy.lead": {
			"Tässä selosteessa kerrotaan, mitä henkilötietoja palvelun lähdetiedostojen säilössä on, mitä niistä julkaistaan ja mitä oikeuksia sinulla on EU:n yleisen tietosuoja-asetuksen mukaan.",
			"Här beskrivs vilka personuppgifter tjänstens källarkiv innehåller, vad som publiceras av dem och vilka rättigheter du har enligt EU:s allmänna dataskyddsförordning.",
			"This notice says what personal data the service's source repository holds, what of it is published and what rights you have under the EU General Data Protection Regulation.",
		},
		"privacy.controller":       {"Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"},
		"privacy.controller-owner": {"Rekisterinpitäjä on %s.", "Personuppgiftsansvarig är %s.", "The controller is %s."},
		"privacy.controller-maintainers": {
			"Palvelulle ei ole nimetty rekisterinpitäjäorganisaatiota; henkilötiedoista huolehtivat sen lähdetiedostojen säilön ylläpitäjät (%s).",
			"Ingen organisation har angetts som personuppgiftsansvarig; personuppgifterna sköts av dem som förvaltar tjänstens källarkiv (%s).",
			"No organisation has been named as controller; the personal data is looked after by the maintainers of the service's source repository (%s).",
		},
		"privacy.data": {"Mitä henkilötietoja säilössä on", "Vilka personuppgifter arkivet innehåller", "What personal data the repository holds"},
		"privacy.persons": {
			"Kunnan tiedostoon voi kirjoittaa roolin hoitajan nimen ja puhelinnumeron. Ne ovat oletuksena ei-julkisia: niitä ei näytetä palvelun sivuilla eikä avoimessa datassa, ellei henkilöä ole tiedostossa erikseen merkitty julkiseksi (visibility: \"public\").",
			"En kommuns fil kan ange namn och telefonnummer för den som sköter en roll. De är som standard icke-offentliga: de visas varken på tjänstens sidor eller i de öppna data, om inte personen uttryckligen har märkts som offentlig i filen (visibility: \"public\").",
			"A municipality's file may give the name and phone number of a role holder. They are non-public by default: they are shown neither on the site nor in the open data unless the file marks the person public (visibility: \"public\").",
		},
		"privacy.mailboxes": {
			"Roolien yhteiset sähköpostilaatikot ovat julkisia ja näkyvät sivuilla.",
			"Rollernas gemensamma e-postlådor är offentliga och visas på sidorna.",
			"The roles' shared mailboxes are public and shown on the pages.",
		},
		"privacy.github": {
			"Tiedostoja ylläpitävien henkilöiden GitHub-käyttäjätunnukset ovat julkisia: ne on kirjoitettu kuntien tiedostoihin ja CODEOWNERS-tiedostoon, ja ne näkyvät sivuilla.",
			"GitHub-användarnamnen för dem som förvaltar filerna är offentliga: de står i kommunernas filer och i filen CODEOWNERS och visas på sidorna.",
			"The GitHub user names of the people who maintain the files are public: they are written in the municipalities' files and in the CODEOWNERS file, and shown on the pages.",
		},
		"privacy.history": {
			"Säilön versiohistoria (git) säilyttää jokaisen muutoksen tekijän nimen, sähköpostiosoitteen ja ajankohdan.",
			"Arkivets versionshistorik (git) bevarar namn, e-postadress och tidpunkt för den som gjort varje ändring.",
			"The repository's version history (git) keeps the name, e-mail address and time of the author of every change.",
		},
		"privacy.visitors": {
			"Palvelun sivut eivät käytä evästeitä eivätkä kävijäseurantaa eivätkä lataa mitään muilta palvelimilta. Sivut julkaiseva palvelin voi tallentaa tavanomaiset palvelinlokit, kuten kävijän IP-osoitteen.",
			"Tjänstens sidor använder inga kakor och ingen besöksspårning och hämtar ingenting från andra servrar. Servern som publicerar sidorna kan spara vanliga serverloggar, till exempel besökarens IP-adress.",
			"The pages use no cookies and no visitor tracking, and load nothing from other servers. The server that publishes them may keep ordinary server logs, such as a visitor's IP address.",
		},
		"privacy.public": {"Säilö ja sen historia ovat julkisia", "Arkivet och dess historik är offentliga", "The repository and its history are public"},
		"privacy.public-text": {
			"Säilö ja sen koko versiohistoria ovat julkisia. Vaikka palvelun sivut jättävät ei-julkiseksi merkityn tiedon näyttämättä, tieto on luettavissa säilöstä ja sen historiasta, ja sen poistaminen historiasta vaatii historian uudelleenkirjoittamista.",
			"Arkivet och hela dess versionshistorik är offentliga. Även om tjänstens sidor inte visar uppgifter som är märkta som icke-offentliga, kan de läsas i arkivet och dess historik, och att ta bort dem ur historiken kräver att historiken skrivs om.",
			"The repository and its whole version history are public. Although the site does not show a value marked non-public, the value can be read in the repository and its history, and removing it from the history means rewriting the history.",
		},
		"privacy.never": {
			"Älä siksi koskaan kirjoita tiedostoon henkilön tietoja, joita sinulla ei ole lupaa julkaista.",
			"Skriv därför aldrig in uppgifter om en person i en fil om du inte har rätt att publicera dem.",
			"So never write a person's data into a file unless you are allowed to publish it.",
		},
		"privacy.basis": {"Käsittelyn tarkoitus ja peruste", "Ändamål och rättslig grund", "Purpose and legal basis"},
		"privacy.purpose": {
			"Tietoja käsitellään, jotta kuntien digitaalisen turvallisuuden vastuut ja yhteystahot olisivat kuntien, viranomaisten ja kansalaisten nähtävillä.",
			"Uppgifterna behandlas för att kommunernas ansvar och kontaktpunkter för digital säkerhet ska vara synliga för kommuner, myndigheter och medborgare.",
			"The data is processed so that the municipalities' digital-security responsibilities and contact points are visible to municipalities, authorities and citizens.",
		},
		"privacy.basis-text": {
			"Käsittelyn oikeusperuste on yleensä yleisen edun mukaisen tehtävän hoitaminen tai rekisterinpitäjän oikeutettu etu. Rekisterinpitäjä ilmoittaa perusteen tarkemmin.",
			"Den rättsliga grunden är i regel utförande av en uppgift av allmänt intresse eller den personuppgiftsansvariges berättigade intresse. Den personuppgiftsansvarige anger grunden närmare.",
			"The legal basis is in general the performance of a task in the public interest or the controller's legitimate interest. The controller states the basis in more detail.",
		},
		"privacy.rights":         {"Sinun oikeutesi", "Dina rättigheter", "Your rights"},
		"privacy.rights-intro":   {"EU:n yleisen tietosuoja-asetuksen mukaan sinulla on oikeus", "Enligt EU:s allmänna dataskyddsförordning har du rätt att", "Under the EU General Data Protection Regulation you have the right to"},
		"privacy.right-access":   {"saada pääsy omiin tietoihisi,", "få tillgång till dina uppgifter,", "access your data,"},
		"privacy.right-rectify":  {"vaatia virheellisten tietojen oikaisemista,", "få felaktiga uppgifter rättade,", "have inaccurate data rectified,"},
		"privacy.right-erase":    {"vaatia tietojesi poistamista, kun siihen on peruste,", "få dina uppgifter raderade när det finns grund för det,", "have your data erased where that applies,"},
		"privacy.right-restrict": {"vaatia käsittelyn rajoittamista ja", "kräva att behandlingen begränsas och", "have the processing restricted, and"},
		"privacy.right-object":   {"vastustaa tietojesi käsittelyä.", "invända mot behandlingen av dina uppgifter.", "object to the processing of your data."},
		"privacy.requests": {
			"Lähetä pyyntö yllä mainittuun yhteystietoon.",
			"Skicka din begäran till kontaktuppgiften ovan.",
			"Send your request to the contact above.",
		},
		"privacy.complaint": {
			"Jos katsot, että henkilötietojasi käsitellään tietosuoja-asetuksen vastaisesti, sinulla on oikeus tehdä valitus Tietosuojavaltuutetun toimistolle: %s.",
			"Om du anser att dina personuppgifter behandlas i strid med dataskyddsförordningen har du rätt att lämna klagomål till Dataombudsmannens byrå: %s.",
			"If you think your personal data is processed against the Regulation, you have the right to complain to the Office of the Data Protection Ombudsman: %s.",
		},

		// Open data.
		"data.bom": {
			"Tiedostojen alussa on UTF-8-tunniste (BOM), jotta Excel näyttää ä:n, ö:n ja å:n oikein.",
			"Filerna börjar med en UTF-8-markering (BOM) så att Excel visar å, ä och ö rätt.",
			"They begin with a UTF-8 byte-order mark so that Excel shows ä, ö and å correctly.",
		},
		"data.meta": {
			"govmap.json kertoo aineiston päivän (date), lähdeversion eli git-muutoksen tunnisteen (revision), lisenssin (license) ja tiedoston rakenteen version (schemaVersion).",
			"govmap.json anger materialets datum (date), källversionen, dvs. git-ändringens identifierare (revision), licensen (license) och versionen av filens struktur (schemaVersion).",
			"govmap.json gives the data's date (date), the source version, that is the git commit (revision), the licence (license) and the version of the file's layout (schemaVersion).",
		},
		"data.licence": {
			"Tiedot on julkaistu CC BY 4.0 -lisenssillä; lähteen merkitseminen: %s.",
			"Uppgifterna publiceras under licensen CC BY 4.0; så anger du källan: %s.",
			"The data is published under CC BY 4.0; how to credit it: %s.",
		},
		"dcat.maintainers": {"Lähdetiedostojen säilön ylläpitäjät", "Källarkivets förvaltare", "The maintainers of the source repository"},
		"dcat.keywords": {
			"digitaalinen turvallisuus;kunnat;hallintamalli;tietoturva;varautuminen",
			"digital säkerhet;kommuner;förvaltningsmodell;informationssäkerhet;beredskap",
			"digital security;municipalities;governance;information security;preparedness",
		},

		// Plain words for how binding a requirement is and what a rule's
		// finding asks, instead of the validator's "severity".
		"col.obligation":      {"Sitovuus", "Hur bindande", "How binding"},
		"obligation.error":    {"pakollinen", "obligatoriskt", "required"},
		"obligation.warning":  {"suositeltava", "rekommenderat", "recommended"},
		"obligation.notice":   {"tiedoksi", "för kännedom", "for information"},
		"rules.level.error":   {"Korjattava ennen kuin muutos hyväksytään", "Måste rättas innan ändringen godkänns", "Must be fixed before the change is accepted"},
		"rules.level.warning": {"Suositellaan korjattavaksi", "Bör rättas", "Recommended to fix"},
		"rules.level.notice":  {"Tiedoksi", "För kännedom", "For information"},

		// Licence.
		"licence.lead": {
			"Palvelun avoin data ja sivujen tekstit on julkaistu Creative Commons Nimeä 4.0 Kansainvälinen -lisenssillä (CC BY 4.0).",
			"Tjänstens öppna data och sidornas texter publiceras under licensen Creative Commons Erkännande 4.0 Internationell (CC BY 4.0).",
			"The service's open data and the text of its pages are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).",
		},
		"licence.may": {
			"Saat kopioida, levittää, muokata ja käyttää aineistoa mihin tahansa tarkoitukseen, myös kaupallisesti, kunhan mainitset lähteen.",
			"Du får kopiera, sprida, bearbeta och använda materialet för alla ändamål, även kommersiellt, så länge du anger källan.",
			"You may copy, share, adapt and use the material for any purpose, commercially too, as long as you credit the source.",
		},
		"licence.terms":        {"Lisenssin ehdot: %s.", "Licensvillkoren: %s.", "The licence's terms: %s."},
		"licence.credit":       {"Lähteen merkitseminen", "Så anger du källan", "How to credit the source"},
		"licence.credit-intro": {"Merkitse lähde esimerkiksi näin:", "Ange källan till exempel så här:", "Credit the source, for example, like this:"},
		"licence.attribution":  {"Lähde: govmap, %s, %s, %s", "Källa: govmap, %s, %s, %s", "Source: govmap, %s, %s, %s"},
		"licence.credit-date": {
			"Päivämäärä on aineiston päivä, joka näkyy jokaisen sivun alalaidassa ja govmap.json-tiedoston date-kentässä.",
			"Datumet är materialets datum, som står längst ner på varje sida och i fältet date i filen govmap.json.",
			"The date is the data's date, shown at the foot of every page and in the date field of govmap.json.",
		},
		"licence.others": {"Muiden aineistot", "Andras material", "Other people's material"},
		"licence.others-text": {
			"Palvelu perustuu osin muiden julkaisuihin, jotka on nimetty Tietoa palvelusta -sivulla ja mallin jokaisessa kohdassa. Tilastokeskuksen tiedot on julkaistu CC BY 4.0 -lisenssillä.",
			"Tjänsten bygger delvis på andras publikationer, som anges på sidan Om tjänsten och i varje punkt i modellen. Statistikcentralens uppgifter publiceras under licensen CC BY 4.0.",
			"The service draws in part on others' publications, named on the About page and in every item of the model. Statistics Finland's data is published under CC BY 4.0.",
		},
	})

	// The build and serve flags that say who keeps the site.
	add(map[string]Text{
		"the organisation that keeps the site (default: site.json's owner; unset, the pages name the repository's maintainers)": {
			FI: "palvelua ylläpitävä organisaatio (oletus: site.json-tiedoston owner; jos sitä ei ole, sivut nimeävät säilön ylläpitäjät)",
			SV: "organisationen som förvaltar webbplatsen (standard: owner i site.json; om den saknas anger sidorna arkivets förvaltare)",
		},
		"the web address of the organisation that keeps the site": {
			FI: "palvelua ylläpitävän organisaation verkko-osoite",
			SV: "webbadressen till organisationen som förvaltar webbplatsen",
		},
		"an e-mail address or web address for questions about the site": {
			FI: "sähköposti- tai verkko-osoite palvelua koskeville kysymyksille",
			SV: "e-post- eller webbadress för frågor om webbplatsen",
		},
		"where accessibility feedback goes: an e-mail address or web address (default: the contact, else the repository's issues page)": {
			FI: "saavutettavuuspalautteen osoite: sähköposti- tai verkko-osoite (oletus: yhteystieto, muuten säilön keskustelusivu)",
			SV: "vart respons om tillgänglighet skickas: e-post- eller webbadress (standard: kontaktuppgiften, annars arkivets ärendesida)",
		},
		"the web address of the source repository, e.g. https://github.com/OWNER/NAME (default: from --repo)": {
			FI: "lähdetiedostojen säilön verkko-osoite, esim. https://github.com/OWNER/NAME (oletus: --repo-valitsimesta)",
			SV: "webbadressen till källarkivet, t.ex. https://github.com/OWNER/NAME (standard: från --repo)",
		},
	})
}
