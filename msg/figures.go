package msg

import (
	"strconv"
	"strings"
)

// Share writes part of whole as a percentage rounded to a whole number, as
// the language writes it: "12 %" in Finnish and Swedish (a non-breaking
// space before the sign), "12%" in English. A rounded figure never hides
// what it rounds: a nonzero part under 1 % is "< 1 %" and a part short of
// the whole over 99 % is "> 99 %", so 2 of 308 (0.6 %) reads "< 1 %",
// neither "0 %" nor "1 %", and 307 of 308 never reads "100 %". A whole
// of 0 has no share: "–". The site's charts, tables and figures and
// `govmap status` all write shares with it.
func Share(l Lang, part, whole int) string {
	if whole <= 0 {
		return "–"
	}
	r := (part*200 + whole) / (2 * whole) // rounded half up
	switch {
	case part > 0 && part*100 < whole:
		return pct(l, "<", 1)
	case part < whole && part*100 > whole*99:
		return pct(l, ">", 99)
	}
	return pct(l, "", r)
}

// Num writes a whole number with the language's digit grouping: 5 652 881
// (non-breaking spaces) in Finnish and Swedish, 5,652,881 in English.
func Num(l Lang, n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := "\u00a0"
	if l == EN {
		sep = ","
	}
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Percent writes a figure that already is a percentage, such as an
// average completeness: "87 %" in Finnish and Swedish, "87%" in English.
func Percent(l Lang, n int) string { return pct(l, "", n) }

// pct writes n percent with a sign before it ("<", ">" or none).
func pct(l Lang, sign string, n int) string {
	s := strconv.Itoa(n)
	if l == EN {
		return sign + s + "%"
	}
	if sign != "" {
		s = sign + "\u00a0" + s
	}
	return s + "\u00a0%"
}

func init() {
	add(map[string]Text{
		"figures.no-county": {
			FI: "Ahvenanmaa (ei hyvinvointialuetta)",
			SV: "Åland (inget välfärdsområde)",
			EN: "Åland (no wellbeing services county)",
		},
		"figures.no-county-note": {
			FI: "Ahvenanmaalla ei ole hyvinvointialuetta: hyvinvointialueuudistus ei koske maakuntaa, ja sen sosiaali- ja terveyspalvelut järjestetään Ahvenanmaan oman lainsäädännön mukaan.",
			SV: "Åland har inget välfärdsområde: välfärdsområdesreformen gäller inte landskapet, och dess social- och hälsovårdstjänster ordnas enligt Ålands egen lagstiftning.",
			EN: "Åland has no wellbeing services county: the wellbeing services county reform does not apply there, and its social and health services are organised under Åland's own legislation.",
		},
	})
}

func init() {
	add(map[string]Text{
		"%d of %d municipalities (%s)": {
			FI: "%d/%d kuntaa (%s)",
			SV: "%d av %d kommuner (%s)",
		},
		"cli.status.reported-population": {
			FI: "Asukkaista ilmoittaneissa kunnissa",
			SV: "Av invånarna i kommuner som rapporterat",
			EN: "Inhabitants in reporting municipalities",
		},
		"cli.status.col.population": {FI: "asukkaita", SV: "invånare", EN: "inhabitants"},
	})
}
