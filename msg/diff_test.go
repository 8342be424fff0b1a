package msg

import (
	"strings"
	"testing"
)

// TestDiffEntries: every id of the diff's entries has its three texts,
// and every entry a Finnish and a Swedish one.
func TestDiffEntries(t *testing.T) {
	for _, k := range Keys() {
		e, _ := Lookup(k)
		if strings.HasPrefix(k, "diff.") && (e.FI == "" || e.SV == "" || e.EN == "") {
			t.Errorf("%s lacks a text: %+v", k, e)
		}
	}
	for _, k := range []string{
		"The file has errors; its changes are shown once it is valid.",
		"A body was made non-public.",
		"%s is now Accountable for %s.",
	} {
		if e, ok := Lookup(k); !ok || e.FI == "" || e.SV == "" {
			t.Errorf("%q is not translated: %+v", k, e)
		}
	}
	if got := Sprintf(SV, "%s is now Accountable for %s.", "Dataskyddsombud", "Dataskydd"); got != "Dataskyddsombud är nu ansvarsskyldig (A) för Dataskydd." {
		t.Errorf("sv: %s", got)
	}
}
