package semdiff_test

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// exampleFile is the fully filled synthetic municipality of the
// example-full fixture.
func exampleFile(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../validate/testdata/fixtures/example-full.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(fx.Files[testrepo.SyntheticFile])
}

// edit replaces old with new, which must be there.
func edit(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("the file does not contain %q", old)
	}
	return strings.Replace(s, old, new, 1)
}

// loadFiles validates the small repository with some files replaced.
func loadFiles(t *testing.T, files map[string]string) (*model.Repository, []*diag.Finding) {
	t.Helper()
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for k, v := range s.fs {
		fsys[k] = v
	}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v), Mode: 0o644}
	}
	repo, findings, err := validate.RunFS(fsys, validate.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), Reference: s.ref})
	if err != nil {
		t.Fatalf("RunFS: %v", err)
	}
	return repo, findings
}

// diff compares two versions of the synthetic municipality's file.
func diff(t *testing.T, base, head string) (*semdiff.Result, []*diag.Finding, []*diag.Finding) {
	t.Helper()
	b, bf := load(t, []byte(base))
	h, hf := load(t, []byte(head))
	return semdiff.Compare(b, h, bf, hf), bf, hf
}

// everyOutput renders a result in every format and language, and as the
// comment in its own languages and in all three.
func everyOutput(t *testing.T, r *semdiff.Result, findings []*diag.Finding) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, l := range msg.Langs {
		for name, f := range map[string]func(*bytes.Buffer, *semdiff.Result, ...msg.Lang) error{
			"text":     func(b *bytes.Buffer, r *semdiff.Result, ls ...msg.Lang) error { return semdiff.Text(b, r, ls...) },
			"markdown": func(b *bytes.Buffer, r *semdiff.Result, ls ...msg.Lang) error { return semdiff.Markdown(b, r, ls...) },
			"json":     func(b *bytes.Buffer, r *semdiff.Result, ls ...msg.Lang) error { return semdiff.JSON(b, r, ls...) },
		} {
			var b bytes.Buffer
			if err := f(&b, r, l); err != nil {
				t.Fatal(err)
			}
			out[name+" "+string(l)] = b.String()
		}
	}
	for name, langs := range map[string][]msg.Lang{"comment": r.Languages, "comment fi sv en": msg.Langs} {
		var b bytes.Buffer
		if err := semdiff.Comment(&b, findings, r, langs); err != nil {
			t.Fatal(err)
		}
		out[name] = b.String()
	}
	return out
}

func kinds(r *semdiff.Result) []string {
	var out []string
	for _, c := range r.Changes {
		out = append(out, c.Subject+" "+c.Kind)
	}
	return out
}

// saysIn lists the changes in a language.
func saysIn(r *semdiff.Result, l msg.Lang) []string {
	var out []string
	for _, c := range r.Changes {
		out = append(out, c.In(l))
	}
	return out
}

const syn = "municipalities/999"

// TestBrokenHeadFile: a municipality's file that does not parse, or breaks
// the schema, in the head is said to have errors, in every language and
// format, never to be removed; the warnings its file had are not listed
// as fixed. Back to valid, it is not said to be added.
func TestBrokenHeadFile(t *testing.T) {
	// The base has a warning of its own: no review date.
	base := edit(t, exampleFile(t), "\t\treviewed:          \"2026-10-01\"\n", "")
	_, bf := load(t, []byte(base))
	if !slices.ContainsFunc(bf, func(f *diag.Finding) bool { return f.Rule == "review-date" }) {
		t.Fatal("the base has no review-date warning")
	}
	broken := map[string]string{
		"stray brace":  edit(t, base, "lastStatusReport:        \"2026-09-01\"\n\t\t}", "lastStatusReport:        \"2026-09-01\"\n\t\t}}"),
		"schema error": edit(t, base, "statusReportEveryMonths: 6\n", "statusReportEveryMonths: \"six\"\n"),
	}
	has := map[msg.Lang]string{
		msg.FI: "Tiedostossa on virheitä; sen muutokset näytetään, kun se on taas kunnossa.",
		msg.SV: "Filen innehåller fel; dess ändringar visas när den är giltig igen.",
		msg.EN: "The file has errors; its changes are shown once it is valid.",
	}
	for name, head := range broken {
		t.Run(name, func(t *testing.T) {
			r, _, hf := diff(t, base, head)
			if got, want := kinds(r), []string{syn + " " + semdiff.HasErrors}; !slices.Equal(got, want) {
				t.Fatalf("changes %v, want %v", got, want)
			}
			for l, want := range has {
				if got := r.Changes[0].In(l); got != want {
					t.Errorf("%s: %q, want %q", l, got, want)
				}
			}
			if len(r.Fixed) != 0 {
				t.Errorf("the broken file's old findings are listed as fixed: %v", r.Fixed)
			}
			if len(r.Introduced) != 1 || r.Introduced[0].Pos.File != testrepo.SyntheticFile {
				t.Errorf("introduced %v, want the file's own error", r.Introduced)
			}
			for where, out := range everyOutput(t, r, hf) {
				for _, bad := range []string{"removed", "poistettiin", "togs bort", "review-date", "Municipality added"} {
					if strings.Contains(out, bad) {
						t.Errorf("%s says %q:\n%s", where, bad, out)
					}
				}
			}
			for l, want := range has {
				var b bytes.Buffer
				semdiff.Text(&b, r, l)
				if !strings.Contains(b.String(), want) {
					t.Errorf("text %s lacks %q:\n%s", l, want, b.String())
				}
			}
			// Fixed again: not "added", and what changed cannot be told.
			back, _, _ := diff(t, head, base)
			if got, want := kinds(back), []string{syn + " " + semdiff.ErrorsFixed}; !slices.Equal(got, want) {
				t.Errorf("back to valid: %v, want %v", got, want)
			}
		})
	}
}

// madeNonPublic returns the base (everything public) and the head (the
// same things non-public) of the synthetic municipality.
func madeNonPublic(t *testing.T) (base, head string) {
	t.Helper()
	base = exampleFile(t)
	base = edit(t, base, `person: {name: "Eeva Esimerkki", phone: "+358 40 000 0000"}`,
		`person: {name: "Eeva Esimerkki", phone: "+358 40 000 0000", visibility: "public"}`)
	base = edit(t, base, `		"chief-executive": {`, `		"communications-lead": {
			title: {fi: "Viestintäpäällikkö", sv: "Kommunikationschef", en: "Head of communications"}
		}
		"chief-executive": {`)
	base = edit(t, base, `			informed: ["body:board", "county"]`, `			informed: ["body:board", "county", "role:communications-lead"]`)
	base = edit(t, base, `		ict: {`, `		lampo: {
			name:                   {fi: "Esimerkkilän Lämpö Oy", sv: "Exempelby Värme Ab"}
			type:                   "company"
			sector:                 "heating"
			criticalInfrastructure: true
			nis2:                   "out-of-scope"
		}
		ict: {`)

	head = base
	head = edit(t, head, `visibility: "public"}`, `visibility: "non-public"}`)
	head = edit(t, head, `title: {fi: "Viestintäpäällikkö", sv: "Kommunikationschef", en: "Head of communications"}`,
		`title: {fi: "Viestintäpäällikkö", sv: "Kommunikationschef", en: "Head of communications"}
			visibility: "non-public"`)
	head = edit(t, head, `, "role:communications-lead"]`, `]`)
	head = edit(t, head, `			nis2:                   "out-of-scope"
		}
		ict: {`, `			nis2:                   "out-of-scope"
			visibility:             "non-public"
		}
		ict: {`)
	head = edit(t, head, `			name: {fi: "Sivistyslautakunta"}`, `			name: {fi: "Sivistyslautakunta"}
			visibility: "non-public"`)
	head = edit(t, head, `			title:  {fi: "Jatkuvuusharjoitus energiayhtiön kanssa"}`, `			title:  {fi: "Jatkuvuusharjoitus energiayhtiön kanssa"}
			visibility: "non-public"`)
	head = edit(t, head, `		informationClassified:      true`, `		informationClassified:      true
		visibility:                 "non-public"`)
	return base, head
}

// hiddenLater are the values madeNonPublic hides, and the keys of the
// entries that hold them.
var hiddenLater = []string{
	"Eeva Esimerkki", "000 0000",
	"Viestintäpäällikkö", "Kommunikationschef", "Head of communications", "communications-lead",
	"Esimerkkilän Lämpö Oy", "Exempelby Värme Ab", "lampo",
	"Sivistyslautakunta", "education",
	"Jatkuvuusharjoitus", "continuity-exercise",
}

// TestMadeNonPublic: a value made non-public is said to be so without its
// name or title, in every language and output, never "removed"; the
// responsibility row it leaves does not name it either. Made public again,
// it is named.
func TestMadeNonPublic(t *testing.T) {
	base, head := madeNonPublic(t)
	r, bf, hf := diff(t, base, head)
	if len(hf) != len(bf) {
		t.Fatalf("the head is not as valid as the base:\nbase %v\nhead %v", bf, hf)
	}
	want := []string{
		syn + " person-made-non-public",
		syn + " role-made-non-public",
		syn + " body-made-non-public",
		syn + " company-made-non-public",
		syn + " duties-made-non-public",
		syn + " plan-made-non-public",
	}
	if got := kinds(r); !slices.Equal(got, want) {
		t.Errorf("changes\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if got, want := saysIn(r, msg.SV), []string{
		"Rollen Dataskyddsombud: personens uppgifter gjordes icke-offentliga.",
		"En roll gjordes icke-offentlig.",
		"Ett organ gjordes icke-offentligt.",
		"Ett bolag gjordes icke-offentligt.",
		"Uppgifterna om skyldigheterna enligt informationshanteringslagen gjordes icke-offentliga.",
		"En utvecklingsuppgift gjordes icke-offentlig.",
	}; !slices.Equal(got, want) {
		t.Errorf("sv:\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	for where, out := range everyOutput(t, r, hf) {
		for _, v := range hiddenLater {
			if strings.Contains(out, v) {
				t.Errorf("%s names the non-public %q:\n%s", where, v, out)
			}
		}
	}

	// The other way: made public, and named.
	back, _, _ := diff(t, head, base)
	if got, want := saysIn(back, msg.FI), []string{
		"Rooli Tietosuojavastaava: henkilön tiedot muutettiin julkisiksi (Eeva Esimerkki).",
		"Rooli muutettiin julkiseksi: Viestintäpäällikkö.",
		"Viestintäpäällikkö on nyt tiedotettava (I) alueella Häiriötilanteiden hallinta ja tietoturvaloukkausten tutkinta; valvonta.",
		"Toimielin muutettiin julkiseksi: Sivistyslautakunta.",
		"Yhtiö muutettiin julkiseksi: Esimerkkilän Lämpö Oy.",
		"Tiedonhallintalain velvoitteiden tiedot muutettiin julkisiksi.",
		"Kehittämistehtävä muutettiin julkiseksi: Jatkuvuusharjoitus energiayhtiön kanssa.",
	}; !slices.Equal(got, want) {
		t.Errorf("made public, fi:\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestHiddenPartyNotNamed: a party made non-public but still named in a
// responsibility row (a visibility-leak the validator reports) is not
// named by the row's change either.
func TestHiddenPartyNotNamed(t *testing.T) {
	base, head := madeNonPublic(t)
	head = edit(t, head, `			informed: ["body:board", "county"]`, `			informed: ["body:board", "county", "role:communications-lead"]`)
	r, _, _ := diff(t, base, head)
	for _, c := range r.Changes {
		for _, l := range msg.Langs {
			for _, v := range hiddenLater {
				if strings.Contains(c.In(l), v) {
					t.Errorf("%s %s names %q: %s", c.Kind, l, v, c.In(l))
				}
			}
		}
	}
}

// TestHiddenNameOfAnother: a public body removed while a non-public one
// takes its name: the change does not say the name, which is non-public
// now.
func TestHiddenNameOfAnother(t *testing.T) {
	base := exampleFile(t)
	head := edit(t, base, `		education: {
			type: "committee"
			name: {fi: "Sivistyslautakunta"}`, `		culture: {
			type: "committee"
			name: {fi: "Sivistyslautakunta"}
			visibility: "non-public"`)
	r, _, _ := diff(t, base, head)
	if got, want := kinds(r), []string{syn + " non-public-changed"}; !slices.Equal(got, want) {
		t.Errorf("changes %v, want %v", got, want)
	}
	for _, l := range msg.Langs {
		for _, s := range saysIn(r, l) {
			if strings.Contains(s, "Sivistyslautakunta") {
				t.Errorf("%s: %s", l, s)
			}
		}
	}
}

// TestVisible: a change made while a body was public is not shown once
// the body is non-public; others are.
func TestVisible(t *testing.T) {
	base, head := madeNonPublic(t)
	older := edit(t, base, `{date: "2026-06-12", trigger: "serious-breach"}`, `{date: "2026-05-12", trigger: "serious-breach"}`)
	r, _, _ := diff(t, older, base) // Sivistyslautakunta treated a status report
	if len(r.Changes) != 1 || !strings.Contains(r.Changes[0].In(msg.FI), "Sivistyslautakunta") {
		t.Fatalf("changes %v", saysIn(r, msg.FI))
	}
	now, _ := load(t, []byte(head))
	current, ok := now.Municipality("999")
	if !ok {
		t.Fatal("no 999")
	}
	if semdiff.Visible(r.Changes[0], current) {
		t.Error("a change naming a body that is non-public now is visible")
	}
	then, _ := load(t, []byte(base))
	still, _ := then.Municipality("999")
	if !semdiff.Visible(r.Changes[0], still) {
		t.Error("a change naming a public body is not visible")
	}
}

// TestCommentLanguages: the comment speaks the languages of the
// municipalities changed, the majority's first; the national model's
// changes Finnish and Swedish.
func TestCommentLanguages(t *testing.T) {
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	synthetic := string(s.fs[testrepo.SyntheticFile].Data)
	askola := string(s.fs["municipalities/018-askola.cue"].Data)
	helsinki := string(s.fs["municipalities/091-helsinki.cue"].Data)
	withLang := func(src, from, to string) string { return edit(t, src, `language: "`+from+`"`, `language: "`+to+`"`) }
	population := func(src string) string { return edit(t, src, "population: {count: ", "population: {count: 1") }
	cases := []struct {
		name string
		head map[string]string
		want []msg.Lang
	}{
		{"fi", map[string]string{testrepo.SyntheticFile: population(synthetic)}, []msg.Lang{msg.FI}},
		{"sv", map[string]string{testrepo.SyntheticFile: withLang(synthetic, "fi", "sv")}, []msg.Lang{msg.SV}},
		{"fi-sv", map[string]string{testrepo.SyntheticFile: withLang(synthetic, "fi", "fi-sv")}, []msg.Lang{msg.FI, msg.SV}},
		{"sv-fi", map[string]string{testrepo.SyntheticFile: withLang(synthetic, "fi", "sv-fi")}, []msg.Lang{msg.SV, msg.FI}},
		{"national", map[string]string{"model/kinds.cue": edit(t, string(s.fs["model/kinds.cue"].Data), `fi: "`, `fi: "Uusi `)}, []msg.Lang{msg.FI, msg.SV}},
		{"majority fi", map[string]string{
			testrepo.SyntheticFile:            withLang(synthetic, "fi", "sv"),
			"municipalities/018-askola.cue":   population(askola),
			"municipalities/091-helsinki.cue": population(helsinki),
		}, []msg.Lang{msg.FI, msg.SV}},
		{"majority sv", map[string]string{
			testrepo.SyntheticFile:            withLang(synthetic, "fi", "sv"),
			"municipalities/018-askola.cue":   withLang(askola, "fi", "sv"),
			"municipalities/091-helsinki.cue": population(helsinki),
		}, []msg.Lang{msg.SV, msg.FI}},
	}
	base, bf := loadFiles(t, nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			head, hf := loadFiles(t, c.head)
			r := semdiff.Compare(base, head, bf, hf)
			if len(r.Changes) == 0 {
				t.Fatal("no changes")
			}
			if !slices.Equal(r.Languages, c.want) {
				t.Errorf("languages %v, want %v (changes %v)", r.Languages, c.want, kinds(r))
			}
			var b bytes.Buffer
			if err := semdiff.Comment(&b, hf, r, r.Languages); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			fi, sv := strings.Index(out, "Muutokset hallintamalliin"), strings.Index(out, "Ändringar i förvaltningsmodellen")
			switch {
			case slices.Equal(c.want, []msg.Lang{msg.FI}) && (fi < 0 || sv >= 0),
				slices.Equal(c.want, []msg.Lang{msg.SV}) && (sv < 0 || fi >= 0),
				len(c.want) == 2 && (fi < 0 || sv < 0 || (fi < sv) != (c.want[0] == msg.FI)):
				t.Errorf("the comment's languages are not %v:\n%s", c.want, out)
			}
			if strings.Contains(out, "Governance changes") {
				t.Errorf("the comment is in English:\n%s", out)
			}
		})
	}
}

// TestBrokenModelFile: a model file that does not parse in the head: the
// diff says that file has errors, and nothing else; no municipality or
// national entity is said to be removed.
func TestBrokenModelFile(t *testing.T) {
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	base, bf := loadFiles(t, nil)
	areas := string(s.fs["model/areas.cue"].Data)
	head, hf := loadFiles(t, map[string]string{"model/areas.cue": areas + "}\n"})
	r := semdiff.Compare(base, head, bf, hf)
	if got, want := kinds(r), []string{"model/areas.cue " + semdiff.HasErrors}; !slices.Equal(got, want) {
		t.Errorf("changes %v, want %v", got, want)
	}
	if len(r.Fixed) != 0 || len(r.Introduced) != 1 {
		t.Errorf("fixed %v, introduced %v", r.Fixed, r.Introduced)
	}
	back := semdiff.Compare(head, base, hf, bf)
	if got, want := kinds(back), []string{"model " + semdiff.ErrorsFixed}; !slices.Equal(got, want) {
		t.Errorf("back: changes %v, want %v", got, want)
	}
}
