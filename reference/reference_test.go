package reference

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Data {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLoadOnce(t *testing.T) {
	d1, d2 := mustLoad(t), mustLoad(t)
	if d1 != d2 {
		t.Error("Load parsed the data twice")
	}
}

func TestMunicipalities(t *testing.T) {
	d := mustLoad(t)
	if got := len(d.Municipalities); got != 308 {
		t.Errorf("%d municipalities, want 308", got)
	}
	if !slices.IsSortedFunc(d.Municipalities, func(a, b Municipality) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("municipalities are not sorted by code")
	}
	total, aland := 0, 0
	for i, m := range d.Municipalities {
		if i > 0 && d.Municipalities[i-1].Code == m.Code {
			t.Errorf("duplicate code %s", m.Code)
		}
		total += m.Population
		if m.CountyCode == "" {
			aland++
			if m.RegionCode != "21" || m.RegionFI != "Ahvenanmaa" {
				t.Errorf("%s %s has no county but is not in Åland (region %s %s)", m.Code, m.NameFI, m.RegionCode, m.RegionFI)
			}
			if m.CountyName != "" {
				t.Errorf("%s %s: county name %q without a code", m.Code, m.NameFI, m.CountyName)
			}
		} else if m.RegionCode == "21" {
			t.Errorf("%s %s is in Åland but has county %s", m.Code, m.NameFI, m.CountyCode)
		}
		if m.PopulationDate != "2025-12-31" {
			t.Errorf("%s: population date %s, want 2025-12-31", m.Code, m.PopulationDate)
		}
	}
	if aland != 16 {
		t.Errorf("%d municipalities without a county, want the 16 of Åland", aland)
	}
	// The total from Statistics Finland's table M411, as in README.md.
	if total != 5_652_881 {
		t.Errorf("municipalities' population sums to %d, want 5,652,881", total)
	}
}

func TestMunicipalityLookup(t *testing.T) {
	d := mustLoad(t)
	m, ok := d.Municipality("091")
	if !ok {
		t.Fatal(`Municipality("091") not found`)
	}
	want := Municipality{
		Code: "091", NameFI: "Helsinki", NameSV: "Helsingfors", NameEN: "Helsinki",
		RegionCode: "01", RegionFI: "Uusimaa", RegionSV: "Nyland",
		CountyName: "Helsingin kaupunki", CountyCode: "90",
		Language: "fi-sv", PopulationDate: "2025-12-31",
		AVI2025Code: "1", AVI2025Name: "Etelä-Suomen AVI",
		ELY2025Code: "1", ELY2025Name: "Uudenmaan ELY-keskus",
		Elinvoimakeskus2026: "Uudenmaan elinvoimakeskus",
		Line:                34, // the line in municipalities.csv
	}
	if m.Population < 600_000 {
		t.Errorf("Helsinki's population is %d", m.Population)
	}
	want.Population = m.Population
	if m != want {
		t.Errorf("Municipality(091) = %+v\nwant %+v", m, want)
	}
	if m, ok := d.Municipality("478"); !ok || m.NameFI != "Maarianhamina" || m.CountyCode != "" {
		t.Errorf("Municipality(478) = %+v, %v", m, ok)
	}
	for _, code := range []string{"", "91", "0091", "588", "999"} {
		if _, ok := d.Municipality(code); ok {
			t.Errorf("Municipality(%q) found", code)
		}
	}
}

func TestCounties(t *testing.T) {
	d := mustLoad(t)
	var codes []string
	for _, c := range d.Counties {
		codes = append(codes, c.Code)
	}
	want := []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
		"11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "90"}
	if !slices.Equal(codes, want) {
		t.Fatalf("county codes %v, want %v", codes, want)
	}

	county := map[string]string{} // municipality → county
	for _, c := range d.Counties {
		wantType := countyTypeWellbeing
		if c.Code == "90" {
			wantType = countyTypeHelsinki
		}
		if c.Type != wantType {
			t.Errorf("county %s: type %q, want %q", c.Code, c.Type, wantType)
		}
		if len(c.MunicipalityCodes) == 0 {
			t.Errorf("county %s has no municipalities", c.Code)
		}
		pop := 0
		for _, code := range c.MunicipalityCodes {
			m, ok := d.Municipality(code)
			if !ok {
				t.Errorf("county %s: member %s does not exist", c.Code, code)
				continue
			}
			if prev, dup := county[code]; dup {
				t.Errorf("municipality %s is in counties %s and %s", code, prev, c.Code)
			}
			county[code] = c.Code
			if m.CountyCode != c.Code || m.CountyName != c.NameFI {
				t.Errorf("county %s lists %s, whose county is %s %q", c.Code, code, m.CountyCode, m.CountyName)
			}
			if m.RegionFI != c.RegionFI {
				t.Errorf("county %s (%s) lists %s of region %s", c.Code, c.RegionFI, code, m.RegionFI)
			}
			pop += m.Population
		}
		if pop != c.Population {
			t.Errorf("county %s: population %d, but its municipalities sum to %d", c.Code, c.Population, pop)
		}
	}
	for _, m := range d.Municipalities {
		if m.CountyCode != "" && county[m.Code] != m.CountyCode {
			t.Errorf("municipality %s of county %s is listed by county %q", m.Code, m.CountyCode, county[m.Code])
		}
	}
	if len(county) != 308-16 {
		t.Errorf("counties list %d municipalities, want %d", len(county), 308-16)
	}

	h, ok := d.County("90")
	if !ok || h.NameFI != "Helsingin kaupunki" || !slices.Equal(h.MunicipalityCodes, []string{"091"}) {
		t.Errorf("County(90) = %+v, %v", h, ok)
	}
	// Members keep the CSV order (alphabetical by Finnish name, not by code).
	if c, _ := d.County("04"); !slices.Equal(c.MunicipalityCodes, []string{"245", "092"}) {
		t.Errorf("County(04) members %v, want [245 092] as in the CSV", c.MunicipalityCodes)
	}
	if _, ok := d.County("22"); ok {
		t.Error(`County("22") found`)
	}
}

func TestRegionalBodies(t *testing.T) {
	d := mustLoad(t)
	if n := len(d.RegionalAgencies); n != 7 {
		t.Errorf("%d regional agencies, want 7", n)
	}
	if n := len(d.Elinvoimakeskukset); n != 10 {
		t.Errorf("%d elinvoimakeskukset, want 10", n)
	}
	aviCount, aviPop := map[string]int{}, map[string]int{}
	evkCount := map[string]int{}
	for _, m := range d.Municipalities {
		aviCount[m.AVI2025Code]++
		aviPop[m.AVI2025Code] += m.Population
		evkCount[m.Elinvoimakeskus2026]++
	}
	for _, a := range d.RegionalAgencies {
		if aviCount[a.Code] != a.MunicipalityCount || aviPop[a.Code] != a.Population {
			t.Errorf("AVI %s: %d municipalities, population %d; municipalities.csv gives %d, %d",
				a.Code, a.MunicipalityCount, a.Population, aviCount[a.Code], aviPop[a.Code])
		}
	}
	if a := d.RegionalAgencies[6]; a.Code != "7" || a.ValidUntil != "" || !strings.HasPrefix(a.SuccessorNote, "Not an AVI") {
		t.Errorf("the State Department of Åland: %+v", a)
	}
	for _, e := range d.Elinvoimakeskukset {
		if evkCount[e.NameFI] != e.MunicipalityCount {
			t.Errorf("elinvoimakeskus %s: %d municipalities; municipalities.csv gives %d", e.Code, e.MunicipalityCount, evkCount[e.NameFI])
		}
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Helsinki", "helsinki"},
		{"Maarianhamina - Mariehamn", "maarianhamina-mariehamn"},
		{"Itä-Uudenmaan hyvinvointialue", "ita-uudenmaan-hyvinvointialue"},
		{"Helsingin kaupunki", "helsingin-kaupunki"},
		{"Pedersören kunta", "pedersoren-kunta"},
		{"Koski Tl", "koski-tl"},
		{"S:t Mårtens", "s-t-martens"},
		{"Jomala's  kommun", "jomala-s-kommun"},
		{"Åland", "aland"},
		{"Ähtäri", "ahtari"},
		{"Hämeenlinna", "hameenlinna"},
		{"Forssa", "forssa"},
		{"Café Noël", "cafe-noel"},
		{"Anár / Aanaar", "anar-aanaar"},
		{"Čáhcesuolu", "cahcesuolu"},
		{"Straße", "strasse"},
		{"Ita\u0308-Uusimaa", "ita-uusimaa"}, // decomposed ä
		{"  --Vaasa--  ", "vaasa"},
		{"Region 01", "region-01"},
		{"", ""},
		{"?!", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSlugsOfData checks that every name of the data gives a non-empty slug.
func TestSlugsOfData(t *testing.T) {
	d := mustLoad(t)
	for _, m := range d.Municipalities {
		if Slug(m.NameFI) == "" {
			t.Errorf("municipality %s %q has an empty slug", m.Code, m.NameFI)
		}
	}
	for _, c := range d.Counties {
		if Slug(c.NameFI) == "" {
			t.Errorf("county %s %q has an empty slug", c.Code, c.NameFI)
		}
	}
}

func TestParseErrors(t *testing.T) {
	replace := func(data []byte, old, new string) []byte {
		t.Helper()
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("%q not in data", old)
		}
		return bytes.Replace(data, []byte(old), []byte(new), 1)
	}
	m, c, a, e := municipalitiesCSV, countiesCSV, regionalAgenciesCSV, elinvoimakeskuksetCSV
	for _, tc := range []struct {
		name       string
		m, c, a, e []byte
		want       string
	}{
		{"renamed header", replace(m, "population_date", "date"), c, a, e,
			"municipalities.csv:1: header changed"},
		{"renamed county header", m, replace(c, "municipalities_fi", "municipality_names_fi"), a, e,
			"wellbeing_counties.csv:1: header changed"},
		{"bad population", replace(m, ",8982,", ",8 982,"), c, a, e,
			`municipalities.csv:2: population: "8 982" is not a count`},
		{"bad language", replace(m, ",16,fi,8982,", ",16,se,8982,"), c, a, e,
			"municipalities.csv:2: language"},
		{"code without zeros", replace(m, "\n005,", "\n5,"), c, a, e,
			`municipalities.csv:2: code: "5" is not a 3-digit code`},
		{"unknown member", m, replace(c, "018;407", "018;999"), a, e,
			"county 01 lists municipality 999"},
		{"bad county type", m, replace(c, "city_of_helsinki", "city"), a, e,
			"wellbeing_counties.csv:23: type"},
		{"wrong count", m, replace(c, "Uusimaa,7,", "Uusimaa,8,"), a, e,
			"wellbeing_counties.csv:2: municipality_count"},
		{"missing name", m, replace(c, "Askola;Lapinjärvi", "Lapinjärvi"), a, e,
			"wellbeing_counties.csv:2: municipalities_fi"},
		{"bad date", m, c, replace(a, "2025-12-31,Abolished", "31.12.2025,Abolished"), e,
			"regional_agencies.csv:2: valid_until"},
		{"renamed centre", m, c, a, replace(e, "Lapin elinvoimakeskus", "Lapin keskus"),
			"names elinvoimakeskus \"Lapin elinvoimakeskus\""},
		{"short row", m, c, a, replace(e, ",Lappi,21", ",Lappi"),
			"elinvoimakeskukset_2026.csv: record on line 11: wrong number of fields"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse(tc.m, tc.c, tc.a, tc.e)
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
		})
	}
}
