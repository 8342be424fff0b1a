package msg

// Words of the public history: the summary line of a commit's changes to
// one municipality or entity, the public wording of changes, the feeds and
// the localized source citations.
func init() {
	add(map[string]Text{
		"word.and": {FI: "ja", SV: "och", EN: "and"},

		"was added to the map":                {FI: "lisättiin karttaan", SV: "lades till på kartan"},
		"was removed from the map":            {FI: "poistettiin kartalta", SV: "togs bort från kartan"},
		"reported its governance":             {FI: "ilmoitti hallintamallinsa", SV: "rapporterade sin förvaltningsmodell"},
		"withdrew its governance report":      {FI: "perui hallintamallinsa ilmoituksen", SV: "drog tillbaka rapporten om sin förvaltningsmodell"},
		"named the role %s":                   {FI: "nimesi roolin %s", SV: "utsåg rollen %s"},
		"named %d role":                       {FI: "nimesi %d roolin", SV: "utsåg %d roll"},
		"named %d roles":                      {FI: "nimesi %d roolia", SV: "utsåg %d roller"},
		"removed the role %s":                 {FI: "poisti roolin %s", SV: "tog bort rollen %s"},
		"removed %d role":                     {FI: "poisti %d roolin", SV: "tog bort %d roll"},
		"removed %d roles":                    {FI: "poisti %d roolia", SV: "tog bort %d roller"},
		"changed %d responsibility":           {FI: "muutti %d vastuun", SV: "ändrade %d ansvar"},
		"changed %d responsibilities":         {FI: "muutti %d vastuuta", SV: "ändrade %d ansvar"},
		"recorded %d status report":           {FI: "kirjasi %d tilannekatsauksen", SV: "registrerade %d lägesrapport"},
		"recorded %d status reports":          {FI: "kirjasi %d tilannekatsausta", SV: "registrerade %d lägesrapporter"},
		"added the body %s":                   {FI: "lisäsi toimielimen %s", SV: "lade till organet %s"},
		"added %d body":                       {FI: "lisäsi %d toimielimen", SV: "lade till %d organ"},
		"added %d bodies":                     {FI: "lisäsi %d toimielintä", SV: "lade till %d organ"},
		"changed %d body":                     {FI: "muutti %d toimielimen tietoja", SV: "ändrade uppgifterna om %d organ"},
		"changed %d bodies":                   {FI: "muutti %d toimielimen tietoja", SV: "ändrade uppgifterna om %d organ"},
		"changed the details of %d company":   {FI: "muutti %d yhtiön tietoja", SV: "ändrade uppgifterna om %d bolag"},
		"changed the details of %d companies": {FI: "muutti %d yhtiön tietoja", SV: "ändrade uppgifterna om %d bolag"},
		"changed %d network membership":       {FI: "muutti %d verkostojäsenyyttä", SV: "ändrade %d nätverksmedlemskap"},
		"changed %d network memberships":      {FI: "muutti %d verkostojäsenyyttä", SV: "ändrade %d nätverksmedlemskap"},
		"updated %d action-plan task":         {FI: "päivitti %d toimenpidesuunnitelman tehtävän", SV: "uppdaterade %d uppgift i åtgärdsplanen"},
		"updated %d action-plan tasks":        {FI: "päivitti %d toimenpidesuunnitelman tehtävää", SV: "uppdaterade %d uppgifter i åtgärdsplanen"},
		"changed %d role":                     {FI: "muutti %d roolin tietoja", SV: "ändrade uppgifterna om %d roll"},
		"changed %d roles":                    {FI: "muutti %d roolin tietoja", SV: "ändrade uppgifterna om %d roller"},
		"reviewed its file":                   {FI: "tarkisti tiedostonsa", SV: "granskade sin fil"},
		"changed details that are not public": {FI: "muutti tietoja, jotka eivät ole julkisia", SV: "ändrade uppgifter som inte är offentliga"},
		"was added to the model":              {FI: "lisättiin malliin", SV: "lades till i modellen"},
		"was removed from the model":          {FI: "poistettiin mallista", SV: "togs bort ur modellen"},
		"was renamed":                         {FI: "nimettiin uudelleen", SV: "bytte namn"},
		"has a file with errors":              {FI: "tiedostossa on virheitä", SV: "filen har fel"},
		"has a valid file again":              {FI: "tiedosto on taas kunnossa", SV: "filen är giltig igen"},
		"made %d other change":                {FI: "teki %d muun muutoksen", SV: "gjorde %d annan ändring"},
		"made %d other changes":               {FI: "teki %d muuta muutosta", SV: "gjorde %d andra ändringar"},
		"made no public changes":              {FI: "ei tehnyt julkisia muutoksia", SV: "gjorde inga offentliga ändringar"},

		"The municipality reported its governance.":        {FI: "Kunta ilmoitti hallintamallinsa.", SV: "Kommunen rapporterade sin förvaltningsmodell."},
		"The municipality withdrew its governance report.": {FI: "Kunta perui hallintamallinsa ilmoituksen.", SV: "Kommunen drog tillbaka rapporten om sin förvaltningsmodell."},

		"history.details": {FI: "Muutokset", SV: "Ändringarna", EN: "The changes"},
	})
}

// The feeds.
func init() {
	add(map[string]Text{
		"feed.national": {FI: "Hallintamallien muutokset (Atom-syöte)", SV: "Ändringar i förvaltningsmodellerna (Atom-flöde)", EN: "Governance changes (Atom feed)"},
		"feed.county":   {FI: "%s: hallintamallien muutokset (Atom-syöte)", SV: "%s: ändringar i förvaltningsmodellerna (Atom-flöde)", EN: "%s: governance changes (Atom feed)"},
	})
}

// Source citations' locator words.
func init() {
	add(map[string]Text{
		"citation.table":    {FI: "taulukko %s", SV: "tabell %s", EN: "table %s"},
		"citation.chapter":  {FI: "luku %s", SV: "kapitel %s", EN: "chapter %s"},
		"citation.appendix": {FI: "liite %s", SV: "bilaga %s", EN: "appendix %s"},
		"citation.article":  {FI: "%s artikla", SV: "artikel %s", EN: "Article %s"},
		"citation.articles": {FI: "%s artikla", SV: "artiklarna %s", EN: "Articles %s"},
	})
}
