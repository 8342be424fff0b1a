package site

import (
	"testing"

	"github.com/govmap/govmap/model"
)

// TestTxtMarksTheTextsLanguage: a text shown in another language than the
// page's carries its lang: Finnish on a Swedish page, and a Swedish-speaking
// municipality's Swedish-only title on a Finnish or English page.
func TestTxtMarksTheTextsLanguage(t *testing.T) {
	for _, c := range []struct {
		lang string
		text model.Text
		want string
	}{
		{"fi", model.Text{FI: "Tietosuojavastaava", SV: "Dataskyddsombud"}, "Tietosuojavastaava"},
		{"sv", model.Text{FI: "Tietosuojavastaava", SV: "Dataskyddsombud"}, "Dataskyddsombud"},
		{"sv", model.Text{FI: "Tietosuojavastaava"}, `<span lang="fi">Tietosuojavastaava</span>`},
		{"fi", model.Text{SV: "Dataskyddsombud"}, `<span lang="sv">Dataskyddsombud</span>`},
		{"en", model.Text{SV: "Dataskyddsombud"}, `<span lang="sv">Dataskyddsombud</span>`},
		{"en", model.Text{SV: "Dataskyddsombud", EN: "Data protection officer"}, "Data protection officer"},
		{"fi", model.Text{}, ""},
	} {
		if got := string((&page{Lang: c.lang}).Txt(c.text)); got != c.want {
			t.Errorf("%s page, %+v: %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}
