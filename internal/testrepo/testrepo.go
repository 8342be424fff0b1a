// Package testrepo builds repositories for tests: the real repository's
// files with a fixture's changes laid over them, in memory.
//
// A fixture is a txtar-like archive: a comment, then directives, then files.
//
//	# What the case shows.
//	want municipalities/091-helsinki.cue:7:9 schema
//	delete actors/vm.cue
//	-- municipalities/091-helsinki.cue --
//	package municipalities
//	...
//
// "want FILE:LINE:COL RULE" lines are the findings the case must produce,
// all of them and nothing else; "want FILE:LINE:COL RULE SEVERITY" also
// holds the finding to its severity (error, warning or notice). Lines "hint LANG: TEXT" and
// "message LANG: TEXT" (LANG fi, sv or en) after a want line say what the
// finding's hint or message in that language must contain:
//
//	want municipalities/999-esimerkkila.cue:14:16 schema
//	hint fi: täsmälleen yksi
//	hint sv: exakt en
//	hint en: exactly one
package testrepo

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// Fixture is a parsed fixture archive.
type Fixture struct {
	Comment string
	Want    []string // "file:line:col rule [severity]", as written
	// Texts are the hint and message lines, each tied to the want line
	// above it.
	Texts  []Text
	Delete []string
	Files  map[string][]byte
	Order  []string // file names in archive order
}

// Text is a "hint LANG: TEXT" or "message LANG: TEXT" line: the finding of
// Want[Want] must have a hint (or message) in Lang that contains Text.
type Text struct {
	Want int
	Kind string // "hint" or "message"
	Lang string // "fi", "sv" or "en"
	Text string
}

// Parse reads a fixture archive.
func Parse(data []byte) (*Fixture, error) {
	fx := &Fixture{Files: map[string][]byte{}}
	var cur string
	var buf bytes.Buffer
	flush := func() {
		if cur != "" {
			fx.Files[cur] = append([]byte(nil), buf.Bytes()...)
		}
		buf.Reset()
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if name, ok := fileMarker(line); ok {
			flush()
			if _, dup := fx.Files[name]; dup {
				return nil, fmt.Errorf("line %d: file %s appears twice", n, name)
			}
			cur = name
			fx.Order = append(fx.Order, name)
			continue
		}
		if cur != "" {
			buf.WriteString(line)
			buf.WriteByte('\n')
			continue
		}
		switch {
		case strings.HasPrefix(line, "want "):
			fx.Want = append(fx.Want, strings.TrimSpace(strings.TrimPrefix(line, "want ")))
		case strings.HasPrefix(line, "hint "), strings.HasPrefix(line, "message "):
			kind, rest, _ := strings.Cut(line, " ")
			lang, text, ok := strings.Cut(rest, ":")
			text = strings.TrimSpace(text)
			switch {
			case !ok || (lang != "fi" && lang != "sv" && lang != "en") || text == "":
				return nil, fmt.Errorf("line %d: want %s fi|sv|en: TEXT, got %q", n, kind, line)
			case len(fx.Want) == 0:
				return nil, fmt.Errorf("line %d: a %s line belongs after a want line", n, kind)
			}
			fx.Texts = append(fx.Texts, Text{Want: len(fx.Want) - 1, Kind: kind, Lang: lang, Text: text})
		case strings.HasPrefix(line, "delete "):
			fx.Delete = append(fx.Delete, strings.TrimSpace(strings.TrimPrefix(line, "delete ")))
		case strings.HasPrefix(line, "#"), strings.TrimSpace(line) == "":
			fx.Comment += strings.TrimSpace(strings.TrimPrefix(line, "#")) + "\n"
		default:
			return nil, fmt.Errorf("line %d: want a comment, a want, hint, message or delete line, or a -- file -- marker: %q", n, line)
		}
	}
	flush()
	return fx, sc.Err()
}

func fileMarker(line string) (string, bool) {
	if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") && len(line) > 6 {
		return strings.TrimSpace(line[3 : len(line)-3]), true
	}
	return "", false
}

// SyntheticFile is the synthetic municipality's file as Base adds it:
// identity only, not reported.
const SyntheticFile = "municipalities/999-esimerkkila.cue"

const syntheticSource = `// SYNTHETIC: a fictional municipality for tests. Not a real place.
package municipalities

municipalities: "999": {
	name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}
	region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}
	county:   "01"
	language: "fi"
	population: {count: 1000, date: "2025-12-31"}
}
`

// Base reads the CUE files and the cue.mod of the repository at root, and
// adds the synthetic municipality (SyntheticFile), which Reference knows.
func Base(root string) (fstest.MapFS, error) {
	m := fstest.MapFS{}
	for _, dir := range []string{"model", "actors", "tasks", "counties", "municipalities", "cue.mod"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			return nil, fmt.Errorf("reading base repository: %w", err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".cue") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(root, dir, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("reading base repository: %w", err)
			}
			m[dir+"/"+e.Name()] = &fstest.MapFile{Data: b, Mode: 0o644}
		}
	}
	m[SyntheticFile] = &fstest.MapFile{Data: []byte(syntheticSource), Mode: 0o644}
	// CODEOWNERS is checked against the maintainers: keep the repository's.
	if b, err := os.ReadFile(filepath.Join(root, ".github", "CODEOWNERS")); err == nil {
		m[".github/CODEOWNERS"] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	return m, nil
}

// Apply lays the fixture over a copy of base.
func (fx *Fixture) Apply(base fstest.MapFS) (fs.FS, error) {
	m := fstest.MapFS{}
	for k, v := range base {
		m[k] = v
	}
	for _, d := range fx.Delete {
		if _, ok := m[d]; !ok {
			return nil, fmt.Errorf("delete %s: no such file in the base", d)
		}
		delete(m, d)
	}
	for name, data := range fx.Files {
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return m, nil
}

// Synthetic is the fictional municipality tests use: code 999,
// "Esimerkkilä", in county 01 and region 01. It is not a real place.
var Synthetic = reference.Municipality{
	Code: "999", NameFI: "Esimerkkilä", NameSV: "Exempelby", NameEN: "Exampleton",
	RegionCode: "01", RegionFI: "Uusimaa", RegionSV: "Nyland",
	CountyName: "Itä-Uudenmaan hyvinvointialue", CountyCode: "01",
	Language: "fi", Population: 1000, PopulationDate: "2025-12-31",
}

// Reference returns the real reference data plus the synthetic
// municipality.
func Reference() (*reference.Data, error) {
	real, err := reference.Load()
	if err != nil {
		return nil, err
	}
	d := *real
	d.Municipalities = append(slices.Clone(real.Municipalities), Synthetic)
	return &d, nil
}

// SmallKeep are the municipalities of Small: the synthetic 999, Helsinki
// (county 90) and the members of county 01, so the two counties kept are
// whole.
var SmallKeep = []string{"999", "091", "018", "407", "434", "504", "638", "616", "753"}

// Small is Base cut down for fuzzing: the model, actors and tasks, the
// counties 01 and 90 and the municipalities of SmallKeep, with reference
// data and a CODEOWNERS that match, so it validates without findings in a
// few milliseconds.
func Small(root string) (fstest.MapFS, *reference.Data, error) {
	full, err := Base(root)
	if err != nil {
		return nil, nil, err
	}
	m := fstest.MapFS{}
	for name, f := range full {
		dir, base := path.Split(name)
		switch dir {
		case "municipalities/":
			if base != "schema.cue" && !slices.ContainsFunc(SmallKeep, func(c string) bool { return strings.HasPrefix(base, c+"-") }) {
				continue
			}
		case "counties/":
			if base != "schema.cue" && !strings.HasPrefix(base, "01-") && !strings.HasPrefix(base, "90-") {
				continue
			}
		}
		m[name] = f
	}
	ref, err := Reference()
	if err != nil {
		return nil, nil, err
	}
	small := *ref
	small.Municipalities = slices.DeleteFunc(slices.Clone(ref.Municipalities), func(r reference.Municipality) bool {
		return !slices.Contains(SmallKeep, r.Code)
	})
	small.Counties = slices.DeleteFunc(slices.Clone(ref.Counties), func(c reference.County) bool {
		return c.Code != "01" && c.Code != "90"
	})
	repo, err := model.LoadFS(m)
	if err != nil {
		return nil, nil, fmt.Errorf("loading the small repository: %w", err)
	}
	m[".github/CODEOWNERS"] = &fstest.MapFile{Data: codeowners.Generate(repo), Mode: 0o644}
	return m, &small, nil
}

// MunicipalityFiles returns the municipality files of every fixture in
// dir, in file order: seeds for fuzzing.
func MunicipalityFiles(dir string) ([][]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no fixtures in %s", dir)
	}
	var out [][]byte
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		fx, err := Parse(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for _, name := range fx.Order {
			if strings.HasPrefix(name, "municipalities/") && strings.HasSuffix(name, ".cue") {
				out = append(out, fx.Files[name])
			}
		}
	}
	return out, nil
}
