package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// readmeExample is the example of README's "Change a responsibility by
// pull request", as an officer copies it: the code block's lines without
// the Markdown list's indentation.
func readmeExample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start := strings.Index(s, "## Change a responsibility by pull request")
	if start < 0 {
		t.Fatal("README has no section \"Change a responsibility by pull request\"")
	}
	m := regexp.MustCompile("(?s)\n   ```cue\n(.*?)\n   ```\n").FindStringSubmatch(s[start:])
	if m == nil {
		t.Fatal("README's section has no ```cue example")
	}
	var out strings.Builder
	for _, line := range strings.Split(m[1], "\n") {
		out.WriteString(strings.TrimPrefix(line, "   ") + "\n")
	}
	return out.String()
}

// fillIn puts in the officer's own values where README says to replace
// the placeholders.
func fillIn(example, mailbox, user string) string {
	return strings.NewReplacer("tietosuoja@example.fi", mailbox, "@your-github-name", "@"+user).Replace(example)
}

// swedishOnly turns the example's names into Swedish only, as a
// Swedish-speaking municipality may write them.
func swedishOnly(example string) string {
	return regexp.MustCompile(`\{fi: "[^"]*", sv: ("[^"]*")\}`).ReplaceAllString(example, "{sv: $1}")
}

// TestOfficerJourney plays the officer of README: the example pasted in
// place of `status: reported: false`, placeholders replaced, committed in
// a fork and proposed as a pull request. The pull request's checks pass
// with no finding outside the changed file, and the comment comes in the
// municipality's languages, majority first.
func TestOfficerJourney(t *testing.T) {
	example := readmeExample(t)
	for _, placeholder := range []string{"tietosuoja@example.fi", "@your-github-name", "status: {"} {
		if !strings.Contains(example, placeholder) {
			t.Fatalf("README's example lacks %q; this test fills it in", placeholder)
		}
	}
	cases := []struct {
		name, file, code string
		example          string
		lang             string // the language the officer reads
		first, second    string // the comment's languages' verdicts, in order
	}{
		{"Finnish (Espoo)", "municipalities/049-espoo.cue", "049", fillIn(example, "tietosuoja@espoo.fi", "maija-meikalainen"), "fi", "Tarkistus meni läpi", "Kontrollen gick igenom"},
		{"Swedish only (Närpes)", "municipalities/545-narpio.cue", "545", swedishOnly(fillIn(example, "dataskydd@narpes.fi", "anna-andersson")), "sv", "Kontrollen gick igenom", "Tarkistus meni läpi"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyRepo(t)
			r, err := git.PlainInit(dir, false)
			if err != nil {
				t.Fatal(err)
			}
			wt, err := r.Worktree()
			if err != nil {
				t.Fatal(err)
			}
			sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)}
			commit := func(msg string) plumbing.Hash {
				t.Helper()
				if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
					t.Fatal(err)
				}
				h, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig})
				if err != nil {
					t.Fatal(err)
				}
				return h
			}
			base := commit("data")
			// The fork's branch, as GitHub's web editor makes it.
			if err := wt.Checkout(&git.CheckoutOptions{Branch: plumbing.NewBranchReferenceName("patch-1"), Create: true, Hash: base}); err != nil {
				t.Fatal(err)
			}
			edit(t, dir, c.file, "\tstatus: reported: false\n", c.example)
			head := commit("governance")

			// The pull-request workflow: validate the pull request's files
			// with annotations, only against what changed.
			code, out, errOut := runCLI("validate", "--format", "github", "--lang", c.lang, "--today", "2026-11-23", "--changed", base.String(), dir)
			if code != exitOK {
				t.Fatalf("validate: exit %d\n%s%s", code, out, errOut)
			}
			code, out, errOut = runCLI("validate", "--format", "json", "--lang", c.lang, "--today", "2026-11-23", dir)
			if code != exitOK {
				t.Fatalf("validate (full): exit %d\n%s%s", code, out, errOut)
			}
			var fs []struct{ File, Rule, Severity, Message string }
			if err := json.Unmarshal([]byte(out), &fs); err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				if f.File != c.file {
					t.Errorf("a finding outside the changed file: %+v", f)
				}
				if f.Severity == "error" {
					t.Errorf("an error: %+v", f)
				}
			}

			// The diff, in the officer's language.
			code, out, errOut = runCLI("diff", "--lang", c.lang, "-C", dir, base.String(), head.String())
			if code != exitOK || !strings.Contains(out, map[string]string{"fi": "Tietosuojavastaava", "sv": "Dataskyddsombud"}[c.lang]) {
				t.Errorf("diff: exit %d\n%s%s", code, out, errOut)
			}
			for _, bad := range []string{"removed", "poistettiin", "togs bort"} {
				if strings.Contains(out, bad) {
					t.Errorf("diff says %q:\n%s", bad, out)
				}
			}

			// The comment workflow (workflow_run): the base's govmap, the
			// head as git objects, posted through the API.
			if err := wt.Checkout(&git.CheckoutOptions{Branch: plumbing.NewBranchReferenceName("master")}); err != nil {
				t.Fatal(err)
			}
			api := serveAPI(t, head.String())
			code, out, errOut = runCLI("comment", "--repo", "o/r", "--head", head.String(), "--base", base.String(), "-C", dir, "--today", "2026-11-23")
			if code != exitOK || len(api.comments) != 1 {
				t.Fatalf("comment: exit %d, %d comments\n%s%s", code, len(api.comments), out, errOut)
			}
			body := api.comments[0]
			i, j := strings.Index(body, c.first), strings.Index(body, c.second)
			if i < 0 || j < 0 || i > j {
				t.Errorf("the comment is not in %q then %q:\n%s", c.first, c.second, body)
			}
		})
	}
}

// TestOfficerMistakesInTheirLanguage: the README example with the mistakes
// officers make gives the line and a hint in the officer's language.
func TestOfficerMistakesInTheirLanguage(t *testing.T) {
	example := swedishOnly(fillIn(readmeExample(t), "dataskydd@narpes.fi", "anna-andersson"))
	cases := []struct {
		name, old, new string
		rule, hint     string // the Swedish hint's words
	}{
		{"typographic quotes", `type: "council"`, "type: \u201ccouncil\u201d", "syntax", "raka citattecken"},
		{"a Finnish date", `{date: "2026-03-15", trigger: "scheduled"}`, `{date: "15.3.2026", trigger: "scheduled"}`, "schema", `"2026-03-15"`},
		{"two Accountable", `accountable: "body:board"`, `accountable: ["body:board", "body:council"]`, "schema", "exakt en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyRepo(t)
			if !strings.Contains(example, c.old) {
				t.Fatalf("README's example lacks %q", c.old)
			}
			edit(t, dir, "municipalities/545-narpio.cue", "\tstatus: reported: false\n", strings.Replace(example, c.old, c.new, 1))
			b, _ := os.ReadFile(filepath.Join(dir, "municipalities", "545-narpio.cue"))
			line := 0
			for i, l := range strings.Split(string(b), "\n") {
				if strings.Contains(l, c.new) || (strings.Contains(c.new, "\n") && strings.Contains(l, strings.Split(c.new, "\n")[0])) {
					line = i + 1
				}
			}
			code, out, _ := runCLI("validate", "--format", "json", "--lang", "sv", "--today", "2026-11-23", dir)
			if code != exitFailed {
				t.Fatalf("exit %d, want %d:\n%s", code, exitFailed, out)
			}
			var fs []struct {
				File, Rule, Message, Hint string
				Line                      int
			}
			if err := json.Unmarshal([]byte(out), &fs); err != nil {
				t.Fatal(err)
			}
			if len(fs) == 0 || fs[0].File != "municipalities/545-narpio.cue" || fs[0].Rule != c.rule || fs[0].Line != line {
				t.Fatalf("want %s at line %d of Närpes' file, got %+v", c.rule, line, fs)
			}
			if !strings.Contains(fs[0].Message+" "+fs[0].Hint, c.hint) {
				t.Errorf("the finding is not in Swedish with %q: %s / %s", c.hint, fs[0].Message, fs[0].Hint)
			}
		})
	}
}
