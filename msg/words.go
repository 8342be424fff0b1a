package msg

// Words that many messages share: severities and the kinds of party.
func init() {
	add(map[string]Text{
		"severity.error":   {FI: "virhe", SV: "fel", EN: "error"},
		"severity.warning": {FI: "varoitus", SV: "varning", EN: "warning"},
		"severity.notice":  {FI: "huomautus", SV: "anmärkning", EN: "notice"},
		"word.or":          {FI: "tai", SV: "eller", EN: "or"},
	})
}
