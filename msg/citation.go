package msg

import (
	"regexp"
	"strings"
)

// Citation is a source citation as the model writes it, in Finnish
// ("Haukka 2021, taulukko 2: alueen nimi"; "tietosuoja-asetus (EU)
// 2016/679, 37 artikla"). As an argument it prints in the message's
// language: locator words and known names come from the catalogue, and
// what has no translation (a title, a quotation after a colon) stays
// Finnish. Parts tells which parts stay Finnish, for marking them.
type Citation string

// CitationPart is a piece of a rendered citation; Finnish says it stays
// in Finnish on a Swedish or English page.
type CitationPart struct {
	Text    string
	Finnish bool
}

var citeLocators = []struct {
	re  *regexp.Regexp
	key string // a catalogue format with one %s, the number
}{
	{regexp.MustCompile(`^taulukko (\d[\d.]*)$`), "citation.table"},
	{regexp.MustCompile(`^taulukot (\d+ ja \d+)$`), "citation.tables"},
	{regexp.MustCompile(`^luku (\d[\d.]*)$`), "citation.chapter"},
	{regexp.MustCompile(`^liite (\d[\d.]*)$`), "citation.appendix"},
	{regexp.MustCompile(`^(\d+ ja \d+) artikla$`), "citation.articles"},
	{regexp.MustCompile(`^(\d+) artikla$`), "citation.article"},
}

// citeNames are the names the model's sources use that have a name in
// Swedish and English: a catalogue key for each Finnish name.
var citeNames = []struct{ fi, key string }{
	{"tietosuoja-asetus", "citation.name.gdpr"},
	{"Kuntaliitto", "citation.name.kuntaliitto"},
	{"Tilastokeskus", "citation.name.tilastokeskus"},
	{"Ahvenanmaan itsehallintolaki", "citation.name.aland-autonomy-act"},
}

// citeWords are whole parts that are a word of the catalogue.
var citeWords = map[string]string{
	"yhteenveto":     "citation.summary",
	"julkinen tieto": "citation.public-information",
}

// neutral parts: "Haukka 2021", "reference/README.md", "2016/679",
// "(1144/1991)", "2025 ja 2026".
var citeNeutral = regexp.MustCompile(`^(?:\p{Lu}[\p{L}-]* \d{4}|[\w.-]*[/.][\w./-]*|[\d\s./()-]*)$`)

// citeNameRest is what may follow a name: "(EU) 2016/679", "2025 ja 2026".
var citeNameRest = regexp.MustCompile(`^(?:\s+(?:\([A-Z\d/]+\)|\d[\d/.]*|ja))*$`)

var citeAnd = regexp.MustCompile(`(\d) ja (\d)`)

// Localize renders the citation as plain text in the language.
func (c Citation) Localize(l Lang) string {
	var b strings.Builder
	for _, p := range c.Parts(l) {
		b.WriteString(p.Text)
	}
	return b.String()
}

// Parts renders the citation in the language, in pieces. In Finnish the
// citation is one piece, as written.
func (c Citation) Parts(l Lang) []CitationPart {
	s := string(c)
	if l == FI {
		return []CitationPart{{Text: s}}
	}
	var out []CitationPart
	add := func(text string, fi bool) {
		if n := len(out); n > 0 && out[n-1].Finnish == fi {
			out[n-1].Text += text
			return
		}
		out = append(out, CitationPart{text, fi})
	}
	for i, seg := range strings.Split(s, "; ") {
		if i > 0 {
			add("; ", false)
		}
		ref, quote, quoted := strings.Cut(seg, ": ")
		for j, part := range strings.Split(ref, ", ") {
			if j > 0 {
				add(", ", false)
			}
			citePart(l, part, add)
		}
		if quoted {
			add(": ", false)
			add(quote, true)
		}
	}
	return out
}

// citePart renders one comma-separated part of a citation's reference.
func citePart(l Lang, part string, add func(string, bool)) {
	for _, x := range citeLocators {
		if m := x.re.FindStringSubmatch(part); m != nil {
			n := strings.ReplaceAll(m[1], " ja ", " "+T(l, "word.and")+" ")
			add(Sprintf(l, T(l, x.key), n), false)
			return
		}
	}
	if k, ok := citeWords[part]; ok {
		add(T(l, k), false)
		return
	}
	for _, n := range citeNames {
		if rest, ok := strings.CutPrefix(part, n.fi); ok && (rest == "" || rest[0] == ' ') {
			if citeNameRest.MatchString(rest) {
				rest = citeAnd.ReplaceAllString(rest, "$1 "+T(l, "word.and")+" $2")
				add(T(l, n.key)+rest, false)
				return
			}
		}
	}
	if citeNeutral.MatchString(part) {
		add(citeAnd.ReplaceAllString(part, "$1 "+T(l, "word.and")+" $2"), false)
		return
	}
	add(part, true)
}

func init() {
	add(map[string]Text{
		"citation.tables":                  {FI: "taulukot %s", SV: "tabellerna %s", EN: "tables %s"},
		"citation.summary":                 {FI: "yhteenveto", SV: "sammanfattning", EN: "summary"},
		"citation.public-information":      {FI: "julkinen tieto", SV: "offentlig uppgift", EN: "public information"},
		"citation.name.gdpr":               {FI: "tietosuoja-asetus", SV: "dataskyddsförordningen", EN: "GDPR"},
		"citation.name.kuntaliitto":        {FI: "Kuntaliitto", SV: "Kommunförbundet", EN: "Association of Finnish Municipalities"},
		"citation.name.tilastokeskus":      {FI: "Tilastokeskus", SV: "Statistikcentralen", EN: "Statistics Finland"},
		"citation.name.aland-autonomy-act": {FI: "Ahvenanmaan itsehallintolaki", SV: "självstyrelselagen för Åland", EN: "Act on the Autonomy of Åland"},
	})
}
