// Command gen writes the CUE files of the wellbeing services counties and
// the municipalities from the reference data (package reference):
//
//	counties/<code>-<slug>.cue        one per county, and the City of Helsinki
//	municipalities/<code>-<slug>.cue  one per municipality
//	counties/schema.cue, municipalities/schema.cue  the binding files
//
// Usage:
//
//	go run ./internal/gen [-root DIR] [-force]
//	go run ./internal/gen [-root DIR] -headers
//
// An existing file is left alone, and named in the report, unless -force is
// given: the files are edited by hand (by pull request) once generated. The
// binding files are written only when missing, even with -force. -headers
// rewrites only the header comment of the existing municipality files (it
// is in the municipality's languages, from the catalogue of package msg),
// when it is the one the generator wrote. Files are
// written to a temporary file first and renamed into place.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"cuelang.org/go/cue/format"
	"cuelang.org/go/cue/literal"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// countyPopulationDate is the date of the population column of
// wellbeing_counties.csv, population_2025_12_31.
const countyPopulationDate = "2025-12-31"

func main() {
	root := flag.String("root", ".", "the repository's root `directory`")
	force := flag.Bool("force", false, "overwrite existing generated files")
	headers := flag.Bool("headers", false, "rewrite only the header comment of the existing municipality files (in the municipality's languages); nothing below it")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./internal/gen [-root DIR] [-force | -headers]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *headers {
		d, err := reference.Load()
		if err == nil {
			err = rewriteHeaders(*root, d, os.Stdout)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*root, *force, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// file is one file to write; path is relative to the root, with '/'.
type file struct {
	path    string
	content []byte
	// binding files are written only when missing.
	binding bool
}

// run writes the files under root and reports to w what it did.
func run(root string, force bool, w io.Writer) error {
	d, err := reference.Load()
	if err != nil {
		return err
	}
	files, err := generate(d)
	if err != nil {
		return err
	}
	var written, same, kept []string
	for _, f := range files {
		path := filepath.Join(root, filepath.FromSlash(f.path))
		old, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return err
		case bytes.Equal(old, f.content):
			same = append(same, f.path)
			continue
		case !force || f.binding:
			kept = append(kept, f.path)
			continue
		}
		if err := writeFile(path, f.content); err != nil {
			return err
		}
		written = append(written, f.path)
	}

	fmt.Fprintf(w, "gen: wrote %d files, %d already up to date", len(written), len(same))
	if len(kept) > 0 {
		how := "use -force to overwrite"
		if force {
			how = "binding files are never overwritten"
		}
		fmt.Fprintf(w, ", left %d existing files alone (%s):\n", len(kept), how)
		for _, p := range kept {
			fmt.Fprintf(w, "\t%s\n", p)
		}
	} else {
		fmt.Fprintln(w)
	}
	stale, err := strays(root, files)
	if err != nil {
		return err
	}
	for _, p := range stale {
		fmt.Fprintf(w, "gen: warning: %s has the code of a generated file but another name; rename or remove it\n", p)
	}
	return nil
}

// generate returns the files to write, in a fixed order.
func generate(d *reference.Data) ([]file, error) {
	var files []file
	for _, pkg := range []string{"counties", "municipalities"} {
		files = append(files, file{
			path:    pkg + "/schema.cue",
			content: model.Binding(pkg),
			binding: true,
		})
	}
	for _, c := range d.Counties {
		src, err := county(d, c)
		if err != nil {
			return nil, err
		}
		files = append(files, file{path: "counties/" + c.Code + "-" + reference.Slug(c.NameFI) + ".cue", content: src})
	}
	for _, m := range d.Municipalities {
		src, err := municipality(m)
		if err != nil {
			return nil, err
		}
		files = append(files, file{path: "municipalities/" + m.Code + "-" + reference.Slug(m.NameFI) + ".cue", content: src})
	}
	return files, nil
}

// q quotes a string as a CUE string literal.
func q(s string) string {
	return literal.String.Quote(s)
}

func county(d *reference.Data, c reference.County) ([]byte, error) {
	var b bytes.Buffer
	typ := ""
	switch c.Type {
	case "wellbeing_services_county":
		typ = "wellbeing-services-county"
		fmt.Fprintf(&b, "// %s: wellbeing services county %s.\n", c.NameFI, c.Code)
	case "city_of_helsinki":
		typ = "city"
		fmt.Fprintf(&b, "// %s: the City of Helsinki, code %s. It organises its own\n", c.NameFI, c.Code)
		b.WriteString("// health, social and rescue services; no wellbeing services county does.\n")
	default:
		return nil, fmt.Errorf("county %s: unknown type %q", c.Code, c.Type)
	}
	b.WriteString(`// Public facts from Statistics Finland, copied from reference/wellbeing_counties.csv
// (source: reference/README.md). Generated by ` + "`go run ./internal/gen`" + `; edit by pull request.
package counties

`)
	codes := make([]string, len(c.MunicipalityCodes))
	for i, code := range c.MunicipalityCodes {
		m, ok := d.Municipality(code)
		if !ok {
			return nil, fmt.Errorf("county %s: no municipality %s", c.Code, code)
		}
		if m.PopulationDate != countyPopulationDate {
			return nil, fmt.Errorf("county %s: population of %s is of %s, not %s as the county's", c.Code, code, m.PopulationDate, countyPopulationDate)
		}
		codes[i] = q(code)
	}
	fmt.Fprintf(&b, "counties: %s: {\n", q(c.Code))
	fmt.Fprintf(&b, "type: %s\n", q(typ))
	fmt.Fprintf(&b, "name: %s\n", text(c.NameFI, c.NameSV, c.NameEN))
	fmt.Fprintf(&b, "region: %s\n", q(c.RegionFI))
	fmt.Fprintf(&b, "municipalities: [%s]\n", strings.Join(codes, ", "))
	fmt.Fprintf(&b, "population: {count: %d, date: %s}\n", c.Population, q(countyPopulationDate))
	fmt.Fprintf(&b, "source: %s\n", q("Tilastokeskus; reference/wellbeing_counties.csv"))
	b.WriteString("}\n")
	return formatted("county "+c.Code, b.Bytes())
}

func municipality(m reference.Municipality) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header(m) + "package municipalities\n\n")
	fmt.Fprintf(&b, "municipalities: %s: {\n", q(m.Code))
	fmt.Fprintf(&b, "name: %s\n", text(m.NameFI, m.NameSV, m.NameEN))
	fmt.Fprintf(&b, "region: {code: %s, name: %s}\n", q(m.RegionCode), text(m.RegionFI, m.RegionSV, ""))
	if m.CountyCode != "" {
		fmt.Fprintf(&b, "county: %s\n", q(m.CountyCode))
	}
	fmt.Fprintf(&b, "language: %s\n", q(m.Language))
	fmt.Fprintf(&b, "population: {count: %d, date: %s}\n", m.Population, q(m.PopulationDate))
	b.WriteString("status: reported: false\n")
	b.WriteString("}\n")
	return formatted("municipality "+m.Code, b.Bytes())
}

// text returns a #Text struct on one line; empty languages are left out.
func text(fi, sv, en string) string {
	parts := []string{"fi: " + q(fi)}
	if sv != "" {
		parts = append(parts, "sv: "+q(sv))
	}
	if en != "" {
		parts = append(parts, "en: "+q(en))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// formatted formats CUE source as `cue fmt` does.
func formatted(what string, src []byte) ([]byte, error) {
	out, err := format.Source(src)
	if err != nil {
		return nil, fmt.Errorf("%s: formatting generated CUE: %w\n%s", what, err, src)
	}
	return out, nil
}

// writeFile writes content to path through a temporary file in the same
// folder, renamed into place.
func writeFile(path string, content []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// strays returns the .cue files of the generated folders whose names start
// with the code of a generated file ("091-") but differ from it, such as a
// file left behind when a name changed.
func strays(root string, files []file) ([]string, error) {
	generated := map[string]bool{}
	prefixes := map[string]bool{}
	for _, f := range files {
		generated[f.path] = true
		if !f.binding {
			dir, name := filepath.Split(f.path)
			code, _, _ := strings.Cut(name, "-")
			prefixes[dir+code+"-"] = true
		}
	}
	var out []string
	for _, dir := range []string{"counties", "municipalities"} {
		entries, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			p := dir + "/" + e.Name()
			if e.IsDir() || !strings.HasSuffix(p, ".cue") || generated[p] {
				continue
			}
			code, _, ok := strings.Cut(e.Name(), "-")
			if ok && prefixes[dir+"/"+code+"-"] {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
