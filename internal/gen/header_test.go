package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/reference"
)

// TestHeaderLanguages: a municipality file's header is in its languages,
// the majority's first, each with the name in that language.
func TestHeaderLanguages(t *testing.T) {
	const fi = "kunnan digitaalisen turvallisuuden hallintamalli."
	const sv = "kommunens förvaltningsmodell för digital säkerhet."
	for _, c := range []struct {
		m     reference.Municipality
		first string
		then  string
	}{
		{reference.Municipality{NameFI: "Espoo", NameSV: "Esbo", Language: "fi-sv"}, "// Espoo: " + fi, "// Esbo: " + sv},
		{reference.Municipality{NameFI: "Närpiö", NameSV: "Närpes", Language: "sv-fi"}, "// Närpes: " + sv, "// Närpiö: " + fi},
		{reference.Municipality{NameFI: "Kuopio", Language: "fi"}, "// Kuopio: " + fi, ""},
		{reference.Municipality{NameFI: "Maarianhamina", NameSV: "Mariehamn", Language: "sv"}, "// Mariehamn: " + sv, ""},
	} {
		h := header(c.m)
		lines := strings.Split(strings.TrimSuffix(h, "\n"), "\n")
		if lines[0] != c.first {
			t.Errorf("%s: first line %q, want %q", c.m.NameFI, lines[0], c.first)
		}
		second := ""
		for i, l := range lines {
			if i > 0 && strings.HasSuffix(l, ".") && strings.Contains(l, ": ") && (strings.HasSuffix(l, fi) || strings.HasSuffix(l, sv)) {
				second = l
			}
		}
		if second != c.then {
			t.Errorf("%s: second language's first line %q, want %q", c.m.NameFI, second, c.then)
		}
		for _, l := range lines {
			if l != "//" && !strings.HasPrefix(l, "// ") || len(l) > 100 {
				t.Errorf("%s: line %q is not a comment line of at most 100 characters", c.m.NameFI, l)
			}
		}
	}
}

// TestCommittedFilesAreGenerated: the repository's municipality files are
// what the generator writes, headers included (none is reported yet).
func TestCommittedFilesAreGenerated(t *testing.T) {
	d, err := reference.Load()
	if err != nil {
		t.Fatal(err)
	}
	files, err := generate(d)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if !strings.HasPrefix(f.path, "municipalities/") || f.binding {
			continue
		}
		got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(f.path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.content) {
			t.Errorf("%s is not what the generator writes", f.path)
		}
		n++
	}
	if n != 308 {
		t.Errorf("compared %d municipality files, want 308", n)
	}
}

// TestRewriteHeaders: -headers replaces the old English header and nothing
// else; a header edited by hand is left alone.
func TestRewriteHeaders(t *testing.T) {
	d, err := reference.Load()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "municipalities"), 0o755); err != nil {
		t.Fatal(err)
	}
	body := "package municipalities\n\n// A comment of the body stays.\nmunicipalities: \"%s\": {\n\tstatus: reported: true\n}\n"
	byCode := map[string]reference.Municipality{}
	for _, m := range d.Municipalities {
		byCode[m.Code] = m
	}
	path := func(code string) string {
		m := byCode[code]
		return filepath.Join(root, "municipalities", m.Code+"-"+reference.Slug(m.NameFI)+".cue")
	}
	write := func(code, content string) {
		if err := os.WriteFile(path(code), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("049", oldHeader(byCode["049"])+strings.ReplaceAll(body, "%s", "049"))
	write("478", oldHeader(byCode["478"])+strings.ReplaceAll(body, "%s", "478"))
	hand := "// Our own words.\n" + strings.ReplaceAll(body, "%s", "091")
	write("091", hand)
	var out bytes.Buffer
	if err := rewriteHeaders(root, d, &out); err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"049", "478"} {
		b, _ := os.ReadFile(path(code))
		if want := header(byCode[code]) + strings.ReplaceAll(body, "%s", code); string(b) != want {
			t.Errorf("%s:\n%s\nwant:\n%s", code, b, want)
		}
	}
	if b, _ := os.ReadFile(path("091")); string(b) != hand {
		t.Errorf("the hand-edited header was changed:\n%s", b)
	}
	if want := "gen: rewrote the header of 2 municipality files, 0 already up to date\ngen: municipalities/091-helsinki.cue has a header edited by hand; left alone\n"; out.String() != want {
		t.Errorf("report %q, want %q", out.String(), want)
	}
}
