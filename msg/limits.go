package msg

// The limits on a data file and the characters no text may hold
// (model/limits.go).
func init() {
	add(map[string]Text{
		"Too many entries": {
			FI: "Liian monta kohtaa",
			SV: "För många poster",
		},
		"A data file's lists hold at most 500 entries, its groups at most 500 fields, and one entity at most 5,000 of them together: far above real use, and checked before the file is evaluated, so that no file can stall the validator.": {
			FI: "Tietotiedoston luettelossa saa olla enintään 500 kohtaa, ryhmässä enintään 500 kenttää ja yhdessä kohteessa yhteensä enintään 5 000 näitä: paljon enemmän kuin todellisuudessa tarvitaan. Rajat tarkistetaan ennen tiedoston arviointia, jottei mikään tiedosto voi pysäyttää tarkistinta.",
			SV: "En datafils listor får ha högst 500 poster, dess grupper högst 500 fält och en enhet sammanlagt högst 5 000 av dem: långt mer än verkligheten kräver. Gränserna kontrolleras innan filen utvärderas, så att ingen fil kan få kontrollen att stanna.",
		},
		"Remove entries: a list or a group this long is a mistake (a list pasted twice, or generated data).": {
			FI: "Poista kohtia: näin pitkä luettelo tai ryhmä on virhe (kahdesti liitetty luettelo tai koneellisesti tuotettu tieto).",
			SV: "Ta bort poster: en så lång lista eller grupp är ett misstag (en lista inklistrad två gånger eller genererade data).",
		},
		"Entry listed twice": {
			FI: "Sama kohta kahdesti",
			SV: "Samma post två gånger",
		},
		"A list names each entry once: the same network, party or area twice says nothing more and is usually a copy left in by mistake.": {
			FI: "Luettelossa kukin kohta mainitaan kerran: sama verkosto, osapuoli tai alue kahdesti ei kerro mitään lisää ja on yleensä vahingossa jäänyt kopio.",
			SV: "En lista nämner varje post en gång: samma nätverk, part eller område två gånger säger inget mer och är oftast en kopia som blivit kvar av misstag.",
		},
		"Delete the second occurrence.": {
			FI: "Poista jälkimmäinen.",
			SV: "Ta bort den andra förekomsten.",
		},
		"Invisible character in a text": {
			FI: "Näkymätön merkki tekstissä",
			SV: "Osynligt tecken i en text",
		},
		"Texts and ids hold no control characters (other than line breaks and tabs) and no characters that reorder or hide text (bidirectional marks, line separators): they can make a name read differently from what it is, and some change a reviewer's terminal.": {
			FI: "Teksteissä ja tunnuksissa ei saa olla ohjausmerkkejä (rivinvaihtoja ja sarkaimia lukuun ottamatta) eikä merkkejä, jotka kääntävät tai piilottavat tekstiä (suuntamerkit, rivierottimet): niiden vuoksi nimi voi näyttää muulta kuin se on, ja osa niistä muuttaa tarkastajan pääteikkunaa.",
			SV: "Texter och id:n får inte innehålla styrtecken (utom radbrytningar och tabbar) eller tecken som vänder eller döljer text (riktningsmarkeringar, radavskiljare): de kan få ett namn att se ut som något annat, och vissa ändrar granskarens terminal.",
		},
		"Delete the character: retype the text around the position shown, or paste it as plain text.": {
			FI: "Poista merkki: kirjoita teksti uudelleen näytetyn kohdan ympäriltä tai liitä se pelkkänä tekstinä.",
			SV: "Ta bort tecknet: skriv om texten kring den visade positionen eller klistra in den som oformaterad text.",
		},
		"%s is in the list twice (first at line %d)": {
			FI: "%s on luettelossa kahdesti (ensimmäisen kerran rivillä %d)",
			SV: "%s finns två gånger i listan (första gången på rad %d)",
		},
		"the list has %d entries; at most %d are allowed": {
			FI: "luettelossa on %d kohtaa; enintään %d on sallittu",
			SV: "listan har %d poster; högst %d är tillåtna",
		},
		"the group has %d fields; at most %d are allowed": {
			FI: "ryhmässä on %d kenttää; enintään %d on sallittu",
			SV: "gruppen har %d fält; högst %d är tillåtna",
		},
		"the entity holds more than %d entries (list entries and fields together)": {
			FI: "kohteessa on yli %d kohtaa (luetteloiden kohdat ja kentät yhteensä)",
			SV: "enheten har fler än %d poster (listposter och fält sammanlagt)",
		},
		"the text holds the invisible character U+%04X": {
			FI: "tekstissä on näkymätön merkki U+%04X",
			SV: "texten innehåller det osynliga tecknet U+%04X",
		},
	})
}

// A linked data folder (model/load.go).
func init() {
	add(map[string]Text{
		"the folder %s is a symbolic link, which govmap does not follow; its files are not read": {
			FI: "kansio %s on symbolinen linkki, jota govmap ei seuraa; sen tiedostoja ei lueta",
			SV: "mappen %s är en symbolisk länk, som govmap inte följer; dess filer läses inte",
		},
		"Replace the link with the folder itself (move or copy the files into %s/).": {
			FI: "Korvaa linkki itse kansiolla (siirrä tai kopioi tiedostot kansioon %s/).",
			SV: "Ersätt länken med själva mappen (flytta eller kopiera filerna till %s/).",
		},
	})
}
