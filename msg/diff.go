package msg

// The semantic diff of two revisions (package semdiff): its lines, the
// pull-request comment around them, and the findings about files that
// cannot be read.
func init() {
	add(map[string]Text{
		"A text on this line lacks its closing quote (\"): add it where the text ends.": {
			FI: "Tämän rivin tekstistä puuttuu lopettava lainausmerkki (\"): lisää se tekstin loppuun.",
			SV: "En text på den här raden saknar sitt avslutande citattecken (\"): lägg till det där texten slutar.",
		},
	})
}
