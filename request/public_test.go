package request

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/model"
)

// TestPublicViewRoundTrip: the public view of a file, sent back as a
// request, gives the file as it is (in the standard layout): for every
// municipality's file and the golden cases' files. And the public view
// holds nothing non-public.
func TestPublicViewRoundTrip(t *testing.T) {
	files := map[string][]byte{}
	paths, _ := filepath.Glob("../municipalities/*.cue")
	for _, p := range paths {
		if filepath.Base(p) == model.BindingFile {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files["municipalities/"+filepath.Base(p)] = b
	}
	cases, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range cases {
		c := readCase(t, p)
		if _, ok := c.files["want.cue"]; ok && !strings.Contains(p, "broken") {
			files[p] = []byte(c.files["current.cue"])
		}
	}
	// Fully filled files of the validator's fixtures, with non-public
	// entries, persons and references.
	for _, fx := range []string{"example-full", "private-nonpublic-references", "private-nonpublic-values", "visibility-leak"} {
		p := "../validate/testdata/fixtures/" + fx + ".txtar"
		if _, err := os.Stat(p); err != nil {
			continue
		}
		c := readCase(t, p)
		for n, b := range c.files {
			if strings.HasPrefix(n, "municipalities/") && strings.HasSuffix(n, ".cue") {
				files[fx+":"+n] = []byte(b)
			}
		}
	}
	if len(files) < 300 {
		t.Fatalf("only %d files", len(files))
	}
	for name, cur := range files {
		view, err := PublicView(cur, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, secret := range []string{"non-public", "Maija", "+358", "continuity-lead", "security-group", "// "} {
			if bytes.Contains(view, []byte(secret)) {
				t.Errorf("%s: the public view holds %q:\n%s", name, secret, view)
			}
		}
		out, err := Merge(cur, name, []byte("```cue\n"+string(view)+"```\n"))
		if err != nil {
			t.Errorf("%s: merging its public view: %v\n%s", name, err, view)
			continue
		}
		want, err := model.Format(name, cur, "")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, want) {
			t.Errorf("%s: the public view merged back differs:\ngot:\n%s\nwant:\n%s\nview:\n%s", name, out, want, view)
		}
	}
}

func TestPublicViewExample(t *testing.T) {
	c := readCase(t, "testdata/unchanged.txtar")
	view, err := PublicView([]byte(c.files["current.cue"]), "municipalities/999-testila.cue")
	if err != nil {
		t.Fatal(err)
	}
	want := `municipalities: "999": {
	status: {
		reported: true
		reviewed: "2026-03-20"
	}
	roles: {
		"data-protection-officer": {
			title: {fi: "Tietosuojavastaava"}
			mailbox: "tietosuoja@testila.fi"
		}
		"information-security-officer": {
			title: {fi: "Tietoturvavastaava"}
			mailbox: "tietoturva@testila.fi"
		}
	}
	raci: "data-protection": {
		responsible: ["role:data-protection-officer"]
		accountable: "body:board"
		informed: ["body:council"]
	}
	bodies: {
		council: {type: "council", name: {fi: "Kunnanvaltuusto"}, statusReportEveryMonths: 48}
		board: {type: "board", name: {fi: "Kunnanhallitus"}, statusReportEveryMonths: 12}
	}
	maintainers: ["@testila-dpo"]
}
`
	if string(view) != want {
		t.Errorf("got:\n%s\nwant:\n%s", view, want)
	}
}
