package msg

// The validate command's own messages (cmd_validate.go).
func init() {
	add(map[string]Text{
		"%s changed since %s, which can change any file's findings: checking every file": {
			FI: "%s on muuttunut revision %s jälkeen, mikä voi muuttaa minkä tahansa tiedoston tuloksia: tarkistetaan kaikki tiedostot",
			SV: "%s har ändrats sedan %s, vilket kan ändra resultaten för vilken fil som helst: alla filer kontrolleras",
		},
		"%d file(s) changed since %s": {
			FI: "%d tiedosto(a) muuttunut revision %s jälkeen",
			SV: "%d fil(er) har ändrats sedan %s",
		},
	})
}
