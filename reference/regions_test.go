package reference

import "testing"

// TestRegionsAgreeWithMunicipalities: regions.csv lists exactly the
// regions of municipalities.csv, under the same Finnish and Swedish names,
// and gives each an English name.
func TestRegionsAgreeWithMunicipalities(t *testing.T) {
	rs, err := Regions()
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, m := range d.Municipalities {
		r, ok := RegionName(m.RegionCode)
		if !ok {
			t.Errorf("municipality %s: region %s is not in %s", m.Code, m.RegionCode, regionsFile)
			continue
		}
		seen[r.Code] = true
		if r.NameFI != m.RegionFI || r.NameSV != m.RegionSV {
			t.Errorf("region %s: %s says %q/%q, %s %q/%q", r.Code, regionsFile, r.NameFI, r.NameSV, municipalitiesFile, m.RegionFI, m.RegionSV)
		}
	}
	if len(rs) != 19 || len(seen) != len(rs) {
		t.Errorf("%d regions, %d of them with municipalities; want 19", len(rs), len(seen))
	}
	if r, _ := RegionName("02"); r.NameEN != "Southwest Finland" {
		t.Errorf("region 02 in English: %q", r.NameEN)
	}
	if _, err := parseRegions([]byte("code,name_fi,name_sv,name_en\n02,A,B,C\n01,A,B,C\n")); err == nil {
		t.Error("codes out of order are accepted")
	}
}
