package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/reference"
)

var updateForm = flag.Bool("update-form", false, "write "+IssueFormPath+" again")

// TestIssueForm: the issue form lists every municipality of the reference
// data, as issueForm writes it, and intake reads its code back.
func TestIssueForm(t *testing.T) {
	ref, err := reference.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := issueForm(ref)
	if *updateForm {
		if err := os.MkdirAll(filepath.Dir(IssueFormPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(IssueFormPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(IssueFormPath)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is out of date: run go test -run TestIssueForm -update-form .", IssueFormPath)
	}
	if n := strings.Count(want, "\n        - \""); n != len(ref.Municipalities) || n < 300 {
		t.Errorf("the form lists %d municipalities, the reference data %d", n, len(ref.Municipalities))
	}
	if !strings.Contains(want, "labels: [\""+ReportLabel+"\"]") || !strings.Contains(want, "render: cue") {
		t.Error("the form lacks its label or its cue field")
	}
	// As GitHub writes an issue made with the form: intake reads the code.
	for _, option := range []string{"091 Helsinki / Helsingfors", "035 Brändö", "478 Maarianhamina"} {
		body := "### Kunta / Kommun / Municipality\n\n" + option + "\n\n### Muutos / Ändring / Change\n\n```cue\nx\n```\n"
		m := formCode.FindStringSubmatch(body)
		if m == nil || m[1] != option[:3] {
			t.Errorf("code of %q: %v", option, m)
		}
	}
}
