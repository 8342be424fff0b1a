package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
)

// headerKey is the catalogue entry of a municipality file's header
// comment: what the file is and how to report, in each language.
const headerKey = "gen.municipality.header"

// header is the comment at the top of a municipality's file, in the
// municipality's languages (fi, sv; fi-sv Finnish first, then Swedish;
// sv-fi Swedish first), each with the municipality's name in that
// language. It ends with a line break.
func header(m reference.Municipality) string {
	langs := msg.LangsOf(m.Language)
	if len(langs) == 0 {
		langs = []msg.Lang{msg.FI}
	}
	var b strings.Builder
	for i, l := range langs {
		if i > 0 {
			b.WriteString("//\n")
		}
		name := m.NameFI
		if l == msg.SV && m.NameSV != "" {
			name = m.NameSV
		}
		for _, line := range strings.Split(msg.Sprintf(l, headerKey, name), "\n") {
			if line == "" {
				b.WriteString("//\n")
			} else {
				b.WriteString("// " + line + "\n")
			}
		}
	}
	return b.String()
}

// oldHeader is the English header the generator wrote before the headers
// came in the municipality's languages.
func oldHeader(m reference.Municipality) string {
	return fmt.Sprintf(`// %s: the municipality's digital-security governance.
//
// The identity below is public fact from Statistics Finland
// (reference/municipalities.csv; sources in reference/README.md).
// The governance part has not been reported yet. To report it, fill in
// roles, raci, bodies, companies, networks and informationManagement, then
// set status.reported to true. README.md shows how, step by step.
`, m.NameFI)
}

// leadingComment splits a file into its first lines that are comments
// ("//"), the header, and the rest, byte for byte.
func leadingComment(src []byte) (head, rest []byte) {
	i := 0
	for i < len(src) && bytes.HasPrefix(src[i:], []byte("//")) {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return src, nil
		}
		i += j + 1
	}
	return src[:i], src[i:]
}

// rewriteHeaders replaces the header comment of the existing municipality
// files with the one in the municipality's languages, and changes nothing
// below it. A header that is neither the old generated one nor the new
// one was edited by hand: that file is left alone and named in the report.
func rewriteHeaders(root string, d *reference.Data, w io.Writer) error {
	var rewritten, same int
	var kept []string
	for _, m := range d.Municipalities {
		rel := "municipalities/" + m.Code + "-" + reference.Slug(m.NameFI) + ".cue"
		path := filepath.Join(root, filepath.FromSlash(rel))
		src, err := os.ReadFile(path)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		head, rest := leadingComment(src)
		want := header(m)
		switch string(head) {
		case want:
			same++
			continue
		case oldHeader(m):
		default:
			kept = append(kept, rel)
			continue
		}
		if err := writeFile(path, append([]byte(want), rest...)); err != nil {
			return err
		}
		rewritten++
	}
	fmt.Fprintf(w, "gen: rewrote the header of %d municipality files, %d already up to date\n", rewritten, same)
	for _, p := range kept {
		fmt.Fprintf(w, "gen: %s has a header edited by hand; left alone\n", p)
	}
	return nil
}
