package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestApply: a well-formed request is written and validated; a refused
// one writes nothing and says where it is wrong; the file is found by the
// code only.
func TestApply(t *testing.T) {
	dir := copyRepo(t)
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	orig, _ := os.ReadFile(file)
	write := func(body string) string {
		p := filepath.Join(t.TempDir(), "issue.md")
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	bad := write("Hei!\n\n```cue\nmunicipalities: \"091\": {\n\tstatus: reported: true\n\troles: dpo: title: fi: Maija\n}\n```\n")
	code, out, errOut := runCLI("apply", "--request", bad, "--lang", "en", dir)
	if code != exitFailed || !strings.Contains(out, "issue.md:6:25: error file-not-data") || !strings.Contains(errOut, "nothing written") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
	if b, _ := os.ReadFile(file); string(b) != string(orig) {
		t.Fatal("a refused request changed the file")
	}
	// The form's code and the block's must agree.
	other := write("```cue\nmunicipalities: \"049\": {status: reported: true}\n```\n")
	if code, _, errOut := runCLI("apply", "--request", other, "--code", "091", "--lang", "en", dir); code != exitFailed || !strings.Contains(errOut, "nothing written") {
		t.Errorf("code mismatch: exit %d: %s", code, errOut)
	}
	// No file is made from the request's text.
	outside := write("```cue\nmunicipalities: \"../model/schema\": {status: reported: true}\n```\n")
	if code, out, _ := runCLI("apply", "--request", outside, "--lang", "en", dir); code != exitFailed || !strings.Contains(out, "no municipality's code") {
		t.Errorf("outside: exit %d: %s", code, out)
	}
	good := write("```cue\nmunicipalities: \"091\": {\n\tstatus: {reported: true, reviewed: \"2026-11-30\"}\n\troles: \"data-protection-officer\": {title: {fi: \"Tietosuojavastaava\", sv: \"Dataskyddsombud\"}, mailbox: \"tietosuoja@hel.fi\"}\n}\n```\n")
	code, out, errOut = runCLI("apply", "--request", good, "--lang", "en", "--today", "2026-12-01", dir)
	if code != exitOK || !strings.Contains(errOut, "wrote municipalities/091-helsinki.cue") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	b, _ := os.ReadFile(file)
	if !strings.Contains(string(b), `mailbox: "tietosuoja@hel.fi"`) || !strings.HasPrefix(string(b), "// Helsinki") {
		t.Errorf("the file:\n%s", b)
	}
	// Again: nothing to write.
	if code, _, errOut := runCLI("apply", "--request", good, "--lang", "en", "--today", "2026-12-01", dir); code != exitOK || !strings.Contains(errOut, "nothing written") {
		t.Errorf("again: exit %d: %s", code, errOut)
	}
	// No temporary file is left behind.
	if m, _ := filepath.Glob(filepath.Join(dir, "municipalities", ".govmap-apply-*")); len(m) > 0 {
		t.Errorf("left behind: %v", m)
	}
}
