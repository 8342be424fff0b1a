package export_test

import "testing"

// TestExportRegionInEnglish: a municipality's region carries its English
// name from the reference data.
func TestExportRegionInEnglish(t *testing.T) {
	doc := document(t)
	for code, want := range map[string]string{"853": "Southwest Finland", "035": "Åland"} {
		m := byID(t, doc, "municipalities", "code", code)
		name := m["region"].(map[string]any)["name"].(map[string]any)
		if name["en"] != want {
			t.Errorf("%s: region in English %v, want %q", code, name["en"], want)
		}
	}
}
