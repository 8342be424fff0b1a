package semdiff

import (
	"testing"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// TestSummary: the kinds of change counted and named in each language,
// what is non-public said without what.
func TestSummary(t *testing.T) {
	name := model.Text{FI: "Esimerkkilä", SV: "Exempelby", EN: "Exampleton"}
	chs := []Change{
		{Kind: "role-added", Object: model.Text{FI: "Tietosuojavastaava", SV: "Dataskyddsombud", EN: "Data protection officer"}},
		{Kind: "report-recorded"}, {Kind: "report-recorded"},
		{Kind: "body-made-non-public"},
	}
	for l, want := range map[msg.Lang]string{
		msg.FI: "Esimerkkilä nimesi roolin Tietosuojavastaava, kirjasi 2 tilannekatsausta ja muutti tietoja, jotka eivät ole julkisia.",
		msg.SV: "Exempelby utsåg rollen Dataskyddsombud, registrerade 2 lägesrapporter och ändrade uppgifter som inte är offentliga.",
		msg.EN: "Exampleton named the role Data protection officer, recorded 2 status reports and changed details that are not public.",
	} {
		if got := Summary(name, chs).Localize(l); got != want {
			t.Errorf("%s: %q\nwant %q", l, got, want)
		}
	}
	if got := Summary(name, chs[1:2]).Localize(msg.EN); got != "Exampleton recorded 1 status report." {
		t.Errorf("one report: %q", got)
	}
}
