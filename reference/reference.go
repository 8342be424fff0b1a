// Package reference holds the public reference data of the project: Finnish
// municipalities, wellbeing services counties, Regional State
// Administrative Agencies (AVI) and elinvoimakeskus centres, as published by
// Statistics Finland. The CSV files are copied unchanged from the project's
// shared reference data and embedded in the binary; README.md in this folder
// names their sources.
package reference

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The embedded files, by name.
const (
	municipalitiesFile = "municipalities.csv"
	countiesFile       = "wellbeing_counties.csv"

	// MunicipalitiesPath and CountiesPath are the files' places in the
	// repository, for findings that point at a reference row.
	MunicipalitiesPath     = "reference/" + municipalitiesFile
	CountiesPath           = "reference/" + countiesFile
	regionalAgenciesFile   = "regional_agencies.csv"
	elinvoimakeskuksetFile = "elinvoimakeskukset_2026.csv"
)

var (
	//go:embed municipalities.csv
	municipalitiesCSV []byte
	//go:embed wellbeing_counties.csv
	countiesCSV []byte
	//go:embed regional_agencies.csv
	regionalAgenciesCSV []byte
	//go:embed elinvoimakeskukset_2026.csv
	elinvoimakeskuksetCSV []byte
)

// The header rows the parser expects, exactly. A changed header fails Load.
var (
	municipalitiesHeader = []string{
		"code", "name_fi", "name_sv", "name_en",
		"region_code", "region_name_fi", "region_name_sv",
		"wellbeing_services_county", "wellbeing_services_county_code",
		"language", "population", "population_date",
		"avi_2025_code", "avi_2025_name_fi", "ely_2025_code", "ely_2025_name_fi",
		"elinvoimakeskus_2026_name_fi",
	}
	countiesHeader = []string{
		"code", "name_fi", "name_sv", "name_en", "type", "region_name_fi",
		"municipality_count", "population_2025_12_31",
		"municipality_codes", "municipalities_fi",
	}
	regionalAgenciesHeader = []string{
		"avi_code", "name_fi", "name_sv", "name_en", "region_codes", "regions_fi",
		"municipality_count", "population_2025_12_31", "valid_until", "successor_note",
	}
	elinvoimakeskuksetHeader = []string{
		"evk_code", "name_fi", "name_sv", "name_en", "region_codes", "regions_fi",
		"municipality_count",
	}
)

// County types as written in wellbeing_counties.csv.
const (
	countyTypeWellbeing = "wellbeing_services_county"
	countyTypeHelsinki  = "city_of_helsinki"
)

// Municipality is one row of municipalities.csv.
type Municipality struct {
	Code, NameFI, NameSV, NameEN   string
	RegionCode, RegionFI, RegionSV string
	CountyName, CountyCode         string // empty for Åland
	Language                       string // fi, sv, fi-sv, sv-fi
	Population                     int
	PopulationDate                 string // YYYY-MM-DD
	AVI2025Code, AVI2025Name       string
	ELY2025Code, ELY2025Name       string
	Elinvoimakeskus2026            string
	Line                           int // line in municipalities.csv, for findings
}

// County is one row of wellbeing_counties.csv: a wellbeing services county
// or the City of Helsinki (code 90).
type County struct {
	Code, NameFI, NameSV, NameEN string
	Type                         string // "wellbeing_services_county" or "city_of_helsinki" as in the CSV
	RegionFI                     string
	Population                   int      // population_2025_12_31
	MunicipalityCodes            []string // in CSV order
	Line                         int      // line in wellbeing_counties.csv, for findings
}

// RegionalAgency is one row of regional_agencies.csv: an AVI of 2025, or the
// State Department of Åland (code 7, not an AVI).
type RegionalAgency struct {
	Code, NameFI, NameSV, NameEN string
	RegionCodes                  []string
	MunicipalityCount            int
	Population                   int    // population_2025_12_31
	ValidUntil                   string // YYYY-MM-DD; empty when not known
	SuccessorNote                string
}

// Elinvoimakeskus is one row of elinvoimakeskukset_2026.csv: a centre that
// replaced the ELY centres on 1.1.2026.
type Elinvoimakeskus struct {
	Code, NameFI, NameSV, NameEN string
	RegionCodes                  []string
	MunicipalityCount            int
}

// Data is all the reference data. Load returns one shared value: callers
// must not modify it.
type Data struct {
	Municipalities     []Municipality // sorted by Code
	Counties           []County       // sorted by Code
	RegionalAgencies   []RegionalAgency
	Elinvoimakeskukset []Elinvoimakeskus
}

var load = sync.OnceValues(func() (*Data, error) {
	return parse(municipalitiesCSV, countiesCSV, regionalAgenciesCSV, elinvoimakeskuksetCSV)
})

// Load parses the embedded reference data, once, and checks it: the header
// rows, every field's form, and that the files agree with each other.
// Errors name the file and line. The result is shared: do not modify it.
func Load() (*Data, error) {
	return load()
}

// Municipality returns the municipality with the given three-digit code.
func (d *Data) Municipality(code string) (Municipality, bool) {
	i, ok := slices.BinarySearchFunc(d.Municipalities, code, func(m Municipality, c string) int {
		return strings.Compare(m.Code, c)
	})
	if !ok {
		return Municipality{}, false
	}
	return d.Municipalities[i], true
}

// County returns the county with the given two-digit code.
func (d *Data) County(code string) (County, bool) {
	i, ok := slices.BinarySearchFunc(d.Counties, code, func(c County, code string) int {
		return strings.Compare(c.Code, code)
	})
	if !ok {
		return County{}, false
	}
	return d.Counties[i], true
}

// fold maps lower-case letters with diacritics to ASCII.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ą': "a",
	'æ': "ae",
	'ç': "c", 'č': "c", 'ć': "c",
	'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ǧ': "g", 'ǥ': "g",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ǩ': "k",
	'ł': "l",
	'ñ': "n", 'ń': "n", 'ň': "n", 'ŋ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'œ': "oe",
	'ř': "r",
	'š': "s", 'ś': "s", 'ß': "ss",
	'ť': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y",
	'ž': "z", 'ź': "z", 'ż': "z", 'ʒ': "z", 'ǯ': "z",
}

// Slug turns a name into a file-name part: lower case, ä→a, ö→o, å→a, é→e,
// other letters with diacritics folded to ASCII where obvious, every run of
// other characters turned into one '-', and no '-' at either end.
// Slug("Maarianhamina - Mariehamn") == "maarianhamina-mariehamn".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		var s string
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			s = string(r)
		default:
			s = fold[r]
		}
		if s == "" {
			if unicode.Is(unicode.Mn, r) {
				continue // a combining mark, as in decomposed "ä"
			}
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(s)
	}
	return b.String()
}

// parse parses and checks the four files.
func parse(municipalities, counties, agencies, centres []byte) (*Data, error) {
	d := &Data{}
	var err error
	if d.Municipalities, err = parseMunicipalities(municipalities); err != nil {
		return nil, err
	}
	if d.Counties, err = parseCounties(counties); err != nil {
		return nil, err
	}
	if d.RegionalAgencies, err = parseRegionalAgencies(agencies); err != nil {
		return nil, err
	}
	if d.Elinvoimakeskukset, err = parseElinvoimakeskukset(centres); err != nil {
		return nil, err
	}
	slices.SortFunc(d.Municipalities, func(a, b Municipality) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(d.Counties, func(a, b County) int { return strings.Compare(a.Code, b.Code) })
	if err := d.crossCheck(); err != nil {
		return nil, err
	}
	return d, nil
}

// crossCheck checks that the files agree: every county's members exist and
// name the county, every municipality with a county is among its members,
// and every AVI and elinvoimakeskus a municipality names exists.
func (d *Data) crossCheck() error {
	member := map[string]string{} // municipality code → county code
	for _, c := range d.Counties {
		for _, code := range c.MunicipalityCodes {
			m, ok := d.Municipality(code)
			if !ok {
				return fmt.Errorf("reference: %s: county %s lists municipality %s, which %s does not have",
					countiesFile, c.Code, code, municipalitiesFile)
			}
			if prev, dup := member[code]; dup {
				return fmt.Errorf("reference: %s: municipality %s is listed by counties %s and %s",
					countiesFile, code, prev, c.Code)
			}
			member[code] = c.Code
			if m.CountyCode != c.Code || m.CountyName != c.NameFI {
				return fmt.Errorf("reference: %s: county %s (%s) lists municipality %s, but %s gives its county as %q (%q)",
					countiesFile, c.Code, c.NameFI, code, municipalitiesFile, m.CountyCode, m.CountyName)
			}
		}
	}
	avis := map[string]string{}
	for _, a := range d.RegionalAgencies {
		avis[a.Code] = a.NameFI
	}
	centres := map[string]bool{}
	for _, e := range d.Elinvoimakeskukset {
		centres[e.NameFI] = true
	}
	for _, m := range d.Municipalities {
		if m.CountyCode != "" && member[m.Code] != m.CountyCode {
			return fmt.Errorf("reference: %s: municipality %s belongs to county %s, but %s does not list it there",
				municipalitiesFile, m.Code, m.CountyCode, countiesFile)
		}
		if name, ok := avis[m.AVI2025Code]; !ok || name != m.AVI2025Name {
			return fmt.Errorf("reference: %s: municipality %s names AVI %s %q, which %s does not have",
				municipalitiesFile, m.Code, m.AVI2025Code, m.AVI2025Name, regionalAgenciesFile)
		}
		if !centres[m.Elinvoimakeskus2026] {
			return fmt.Errorf("reference: %s: municipality %s names elinvoimakeskus %q, which %s does not have",
				municipalitiesFile, m.Code, m.Elinvoimakeskus2026, elinvoimakeskuksetFile)
		}
	}
	return nil
}

func parseMunicipalities(data []byte) ([]Municipality, error) {
	var out []Municipality
	seen := map[string]bool{}
	err := readCSV(municipalitiesFile, data, municipalitiesHeader, func(r *row) {
		m := Municipality{
			Code:                r.code("code", 3),
			NameFI:              r.name("name_fi"),
			NameSV:              r.name("name_sv"),
			NameEN:              r.name("name_en"),
			RegionCode:          r.code("region_code", 2),
			RegionFI:            r.name("region_name_fi"),
			RegionSV:            r.name("region_name_sv"),
			CountyName:          r.optional("wellbeing_services_county"),
			CountyCode:          r.optionalCode("wellbeing_services_county_code", 2),
			Language:            r.oneOf("language", "fi", "sv", "fi-sv", "sv-fi"),
			Population:          r.count("population"),
			PopulationDate:      r.date("population_date"),
			AVI2025Code:         r.number("avi_2025_code"),
			AVI2025Name:         r.name("avi_2025_name_fi"),
			ELY2025Code:         r.number("ely_2025_code"),
			ELY2025Name:         r.name("ely_2025_name_fi"),
			Elinvoimakeskus2026: r.name("elinvoimakeskus_2026_name_fi"),
			Line:                r.line,
		}
		if (m.CountyName == "") != (m.CountyCode == "") {
			r.fail("wellbeing_services_county", "county name %q and code %q must both be given or both be empty", m.CountyName, m.CountyCode)
		}
		if seen[m.Code] {
			r.fail("code", "duplicate code %s", m.Code)
		}
		seen[m.Code] = true
		out = append(out, m)
	})
	return out, err
}

func parseCounties(data []byte) ([]County, error) {
	var out []County
	seen := map[string]bool{}
	err := readCSV(countiesFile, data, countiesHeader, func(r *row) {
		c := County{
			Code:              r.code("code", 2),
			NameFI:            r.name("name_fi"),
			NameSV:            r.name("name_sv"),
			NameEN:            r.name("name_en"),
			Type:              r.oneOf("type", countyTypeWellbeing, countyTypeHelsinki),
			RegionFI:          r.name("region_name_fi"),
			Population:        r.count("population_2025_12_31"),
			MunicipalityCodes: r.list("municipality_codes"),
			Line:              r.line,
		}
		for _, code := range c.MunicipalityCodes {
			if !isDigits(code, 3) {
				r.fail("municipality_codes", "%q is not a three-digit municipality code", code)
			}
		}
		if n := r.count("municipality_count"); n != len(c.MunicipalityCodes) {
			r.fail("municipality_count", "says %d, but municipality_codes lists %d", n, len(c.MunicipalityCodes))
		}
		if n := len(r.list("municipalities_fi")); n != len(c.MunicipalityCodes) {
			r.fail("municipalities_fi", "lists %d names for %d codes", n, len(c.MunicipalityCodes))
		}
		if seen[c.Code] {
			r.fail("code", "duplicate code %s", c.Code)
		}
		seen[c.Code] = true
		out = append(out, c)
	})
	return out, err
}

func parseRegionalAgencies(data []byte) ([]RegionalAgency, error) {
	var out []RegionalAgency
	seen := map[string]bool{}
	err := readCSV(regionalAgenciesFile, data, regionalAgenciesHeader, func(r *row) {
		a := RegionalAgency{
			Code:              r.number("avi_code"),
			NameFI:            r.name("name_fi"),
			NameSV:            r.name("name_sv"),
			NameEN:            r.name("name_en"),
			RegionCodes:       r.regions("region_codes", "regions_fi"),
			MunicipalityCount: r.count("municipality_count"),
			Population:        r.count("population_2025_12_31"),
			SuccessorNote:     r.name("successor_note"),
		}
		if r.get("valid_until") != "" {
			a.ValidUntil = r.date("valid_until")
		}
		if seen[a.Code] {
			r.fail("avi_code", "duplicate code %s", a.Code)
		}
		seen[a.Code] = true
		out = append(out, a)
	})
	return out, err
}

func parseElinvoimakeskukset(data []byte) ([]Elinvoimakeskus, error) {
	var out []Elinvoimakeskus
	seen := map[string]bool{}
	err := readCSV(elinvoimakeskuksetFile, data, elinvoimakeskuksetHeader, func(r *row) {
		e := Elinvoimakeskus{
			Code:              r.number("evk_code"),
			NameFI:            r.name("name_fi"),
			NameSV:            r.name("name_sv"),
			NameEN:            r.name("name_en"),
			RegionCodes:       r.regions("region_codes", "regions_fi"),
			MunicipalityCount: r.count("municipality_count"),
		}
		if seen[e.Code] {
			r.fail("evk_code", "duplicate code %s", e.Code)
		}
		seen[e.Code] = true
		out = append(out, e)
	})
	return out, err
}

// readCSV reads a CSV file whose first row must be exactly header, and
// calls each for every further row. The first error a row records stops
// the reading.
func readCSV(file string, data []byte, header []string, each func(*row)) error {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return fmt.Errorf("reference: %s: not valid UTF-8", file)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = len(header)
	got, err := cr.Read()
	if err != nil {
		return fmt.Errorf("reference: %s: reading the header: %w", file, err)
	}
	if !slices.Equal(got, header) {
		return fmt.Errorf("reference: %s:1: header changed:\n\tgot  %s\n\twant %s",
			file, strings.Join(got, ","), strings.Join(header, ","))
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		cols[h] = i
	}
	rows := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("reference: %s: %w", file, err)
		}
		line, _ := cr.FieldPos(0)
		r := &row{file: file, line: line, cols: cols, rec: rec}
		each(r)
		if r.err != nil {
			return r.err
		}
		rows++
	}
	if rows == 0 {
		return fmt.Errorf("reference: %s: no rows", file)
	}
	return nil
}

// row is one record being read. Its accessors check a field's form; the
// first failure is kept in err, and later accessors return zero values.
type row struct {
	file string
	line int
	cols map[string]int
	rec  []string
	err  error
}

func (r *row) fail(col, format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("reference: %s:%d: %s: %s", r.file, r.line, col, fmt.Sprintf(format, args...))
	}
}

func (r *row) get(col string) string {
	i, ok := r.cols[col]
	if !ok {
		panic("reference: unknown column " + col) // a bug in this package
	}
	return r.rec[i]
}

// optional returns a field that may be empty, but has no surrounding space.
func (r *row) optional(col string) string {
	v := r.get(col)
	if v != strings.TrimSpace(v) {
		r.fail(col, "%q has leading or trailing space", v)
		return ""
	}
	return v
}

// name returns a field that must not be empty.
func (r *row) name(col string) string {
	v := r.optional(col)
	if v == "" {
		r.fail(col, "is empty")
	}
	return v
}

var numberRE = regexp.MustCompile(`^[1-9][0-9]*$`)

// number returns a positive number without leading zeros, as a string.
func (r *row) number(col string) string {
	v := r.get(col)
	if !numberRE.MatchString(v) {
		r.fail(col, "%q is not a number", v)
	}
	return v
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// code returns an n-digit code, leading zeros kept.
func (r *row) code(col string, n int) string {
	v := r.get(col)
	if !isDigits(v, n) {
		r.fail(col, "%q is not a %d-digit code", v, n)
	}
	return v
}

// optionalCode returns an n-digit code or "".
func (r *row) optionalCode(col string, n int) string {
	if r.get(col) == "" {
		return ""
	}
	return r.code(col, n)
}

func (r *row) oneOf(col string, allowed ...string) string {
	v := r.get(col)
	if !slices.Contains(allowed, v) {
		r.fail(col, "%q is not one of %s", v, strings.Join(allowed, ", "))
	}
	return v
}

// count returns a non-negative integer.
func (r *row) count(col string) int {
	v := r.get(col)
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || v != strconv.Itoa(n) {
		r.fail(col, "%q is not a count", v)
		return 0
	}
	return n
}

func (r *row) date(col string) string {
	v := r.get(col)
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		r.fail(col, "%q is not a date (YYYY-MM-DD)", v)
	}
	return v
}

// list returns the ';'-separated parts of a non-empty field.
func (r *row) list(col string) []string {
	v := r.name(col)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ";")
	for _, p := range parts {
		if p == "" || p != strings.TrimSpace(p) {
			r.fail(col, "%q has an empty or space-padded part", v)
			return nil
		}
	}
	return parts
}

// regions returns the region codes of codesCol, checking that namesCol
// names as many regions.
func (r *row) regions(codesCol, namesCol string) []string {
	codes := r.list(codesCol)
	for _, c := range codes {
		if !isDigits(c, 2) {
			r.fail(codesCol, "%q is not a two-digit region code", c)
		}
	}
	if n := len(r.list(namesCol)); r.err == nil && n != len(codes) {
		r.fail(namesCol, "names %d regions for %d codes", n, len(codes))
	}
	return codes
}
