package msg

// Messages of `govmap fmt`, which writes CUE files in the canonical
// layout (the one `cue fmt` writes).
func init() {
	add(map[string]Text{
		"write the CUE files in the canonical layout (as cue fmt does)": {
			FI: "kirjoita CUE-tiedostot vakioasetteluun (kuten cue fmt)",
			SV: "skriv CUE-filerna i standardlayouten (som cue fmt gör)",
		},
		"--lang %q: want fi, sv or en": {
			FI: "--lang %q: anna fi, sv tai en",
			SV: "--lang %q: ange fi, sv eller en",
		},
		"cannot read %s to format it: %v": {
			FI: "tiedostoa %s ei voi lukea muotoilua varten: %v",
			SV: "kan inte läsa %s för att formatera den: %v",
		},
		"%s is a symbolic link or not a regular file; left as it is": {
			FI: "%s on symbolinen linkki tai ei tavallinen tiedosto; sitä ei muutettu",
			SV: "%s är en symbolisk länk eller ingen vanlig fil; den lämnades som den är",
		},
		"%s is %d bytes, more than the %d allowed; left as it is": {
			FI: "%s on %d tavua, enemmän kuin sallitut %d; sitä ei muutettu",
			SV: "%s är %d byte, mer än de tillåtna %d; den lämnades som den är",
		},
		"%s does not parse, so its layout cannot be fixed; it was left as it is": {
			FI: "%s sisältää syntaksivirheen, joten sen asettelua ei voi korjata; tiedostoa ei muutettu",
			SV: "%s innehåller ett syntaxfel, så dess layout kan inte rättas; filen lämnades som den är",
		},
		"formatted %s": {
			FI: "muotoiltu: %s",
			SV: "formaterad: %s",
		},
		"%d of %d file(s) are not in the canonical layout; `%s` rewrites them": {
			FI: "%d/%d tiedostoa ei ole vakioasettelussa; `%s` muotoilee ne",
			SV: "%d av %d fil(er) har inte standardlayouten; `%s` skriver om dem",
		},
		"%d file(s) checked, all in the canonical layout": {
			FI: "%d tiedostoa tarkistettu, kaikki vakioasettelussa",
			SV: "%d fil(er) kontrollerade, alla har standardlayouten",
		},
		"%d of %d file(s) rewritten in the canonical layout": {
			FI: "%d/%d tiedostoa muotoiltu vakioasetteluun",
			SV: "%d av %d fil(er) omskrivna med standardlayouten",
		},
		"%s holds none of the data folders (model, actors, tasks, counties, municipalities)": {
			FI: "kansiossa %s ei ole yhtään datakansiota (model, actors, tasks, counties, municipalities)",
			SV: "%s innehåller ingen av datamapparna (model, actors, tasks, counties, municipalities)",
		},
		"%s is not a CUE file (.cue)": {
			FI: "%s ei ole CUE-tiedosto (.cue)",
			SV: "%s är inte en CUE-fil (.cue)",
		},
	})
}
