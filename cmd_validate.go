package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// newFlags makes a command's flag set that reports to stderr and does not
// exit the process.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: govmap %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// repoDir returns the single optional DIR argument.
func repoDir(fs *flag.FlagSet, stderr io.Writer) (string, bool) {
	switch fs.NArg() {
	case 0:
		return ".", true
	case 1:
		return fs.Arg(0), true
	}
	fmt.Fprintf(stderr, "govmap %s: want at most one directory, got %d arguments\n", fs.Name(), fs.NArg())
	return "", false
}

// todayFlag parses --today, defaulting to the current date.
func parseToday(s string) (time.Time, error) {
	if s == "" {
		now := time.Now()
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--today %q: want a date YYYY-MM-DD", s)
	}
	return t, nil
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[--format text|json|github] [--today YYYY-MM-DD] [--strict] [--changed REV] [--codeowners] [--lang fi|sv|en] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text, json or github (workflow annotations, and the full list in $GITHUB_STEP_SUMMARY when set)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	strict := fs.Bool("strict", false, "fail on warnings too")
	changed := fs.String("changed", "", "check only the files changed since this git revision (a pull request's base); the rest serve as the index")
	codeownersCheck := fs.Bool("codeowners", false, "also check .github/CODEOWNERS against the maintainers (rule codeowners-stale): for main only, where a workflow regenerates it after each merge; a pull request is judged by its base's CODEOWNERS")
	langS := fs.String("lang", string(msg.Default()), "language of --format github's annotations and step summary: fi, sv or en (default $GOVMAP_LANG, else fi)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	lang, err := msg.ParseLang(*langS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap validate: %v\n", err)
		return exitTrouble
	}
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap validate: %v\n", err)
		return exitTrouble
	}
	if *format != "text" && *format != "json" && *format != "github" {
		fmt.Fprintf(stderr, "govmap validate: unknown format %q (want text, json or github)\n", *format)
		return exitTrouble
	}
	opts := validate.Options{Today: today, Codeowners: *codeownersCheck}
	if *changed != "" {
		if opts.Only, err = changedFiles(dir, *changed, stderr); err != nil {
			fmt.Fprintf(stderr, "govmap validate: %v\n", err)
			return exitTrouble
		}
	}
	_, findings, err := validate.Run(dir, opts)
	if err != nil {
		fmt.Fprintf(stderr, "govmap validate: %v\n", err)
		return exitTrouble
	}
	switch *format {
	case "json":
		err = writeJSON(stdout, findings)
	case "github":
		if err = writeGitHub(stdout, findings, lang, os.Getenv("GITHUB_STEP_SUMMARY")); err == nil {
			err = writeStepSummary(os.Getenv("GITHUB_STEP_SUMMARY"), findings, lang)
		}
	default:
		err = writeText(stdout, stderr, findings)
	}
	if err != nil {
		fmt.Fprintf(stderr, "govmap validate: %v\n", err)
		return exitTrouble
	}
	if validate.Failed(findings, *strict) {
		return exitFailed
	}
	return exitOK
}

func flagExit(err error) int {
	if err == flag.ErrHelp {
		return exitOK
	}
	return exitTrouble
}

// writeText prints file:line:col: severity rule: message, then the hint
// indented, and a summary on stderr.
func writeText(stdout, stderr io.Writer, findings []*diag.Finding) error {
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
		if _, err := fmt.Fprintln(stdout, f.Error()); err != nil {
			return err
		}
		if f.Hint != "" {
			for _, line := range strings.Split(f.Hint, "\n") {
				fmt.Fprintf(stdout, "\t%s\n", line)
			}
		}
	}
	if len(findings) == 0 {
		fmt.Fprintln(stderr, "govmap validate: no problems found")
		return nil
	}
	fmt.Fprintf(stderr, "govmap validate: %d error(s), %d warning(s), %d notice(s)\n",
		counts[diag.Error], counts[diag.Warning], counts[diag.Notice])
	return nil
}

func writeJSON(w io.Writer, findings []*diag.Finding) error {
	if findings == nil {
		findings = []*diag.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(findings)
}

// annotationsPerKind is how many annotations of each kind (error,
// warning, notice) GitHub shows for one step; it drops the rest silently.
const annotationsPerKind = 10

// writeGitHub prints workflow commands, which GitHub shows as annotations
// on the pull request's changed lines, in a language. GitHub shows only
// annotationsPerKind of each kind per step: when there are more, a notice
// first says how many are not shown and where the full list is (every
// finding is still printed, so the step's log has them all, and
// writeStepSummary puts them in the run's summary when summary is set).
func writeGitHub(w io.Writer, findings []*diag.Finding, lang msg.Lang, summary string) error {
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	if counts[diag.Error] > annotationsPerKind || counts[diag.Warning] > annotationsPerKind || counts[diag.Notice] > annotationsPerKind {
		// The notice itself takes one of the notices' places.
		hidden := func(s diag.Severity, limit int) int { return max(0, counts[s]-limit) }
		text := msg.Sprintf(lang, "GitHub shows at most %d annotations of each kind per step; not shown here: %d errors, %d warnings, %d notices.",
			annotationsPerKind, hidden(diag.Error, annotationsPerKind), hidden(diag.Warning, annotationsPerKind), hidden(diag.Notice, annotationsPerKind-1))
		if summary != "" {
			text += " " + msg.Sprintf(lang, "Every finding is in this step's log and in the run's summary.")
		} else {
			text += " " + msg.Sprintf(lang, "Every finding is in this step's log.")
		}
		if _, err := fmt.Fprintf(w, "::notice title=%s::%s\n", ghProp("govmap validate"), ghData(text)); err != nil {
			return err
		}
	}
	for _, f := range findings {
		level := map[diag.Severity]string{diag.Error: "error", diag.Warning: "warning", diag.Notice: "notice"}[f.Severity]
		props := "file=" + ghProp(f.Pos.File)
		if f.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", f.Pos.Line, f.Pos.Col)
		}
		props += ",title=" + ghProp(f.Rule)
		message, hint := f.In(lang)
		if hint != "" {
			message += "\n" + hint
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, props, ghData(message)); err != nil {
			return err
		}
	}
	return nil
}

// summaryBudget is how much of the step summary the findings may take:
// GitHub accepts at most 1 MiB per step.
const summaryBudget = 900 << 10

// writeStepSummary appends every finding, as a Markdown table in a
// language, to the step summary file (GITHUB_STEP_SUMMARY); "" writes
// nothing. Values from the files are escaped.
func writeStepSummary(path string, findings []*diag.Finding, lang msg.Lang) error {
	if path == "" {
		return nil
	}
	var b strings.Builder
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	b.WriteString("## govmap validate\n\n")
	if len(findings) == 0 {
		b.WriteString(msg.Sprintf(lang, "No problems found.") + "\n")
	} else {
		b.WriteString(msg.Sprintf(lang, "%d errors, %d warnings, %d notices.", counts[diag.Error], counts[diag.Warning], counts[diag.Notice]) + "\n\n")
		fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
			msg.T(lang, "validate.summary.rule"), msg.T(lang, "validate.summary.where"),
			msg.T(lang, "validate.summary.message"), msg.T(lang, "validate.summary.fix"))
		for i, f := range findings {
			if b.Len() > summaryBudget {
				b.WriteString("\n" + msg.Sprintf(lang, "%d more findings do not fit in the summary: they are in the step's log.", len(findings)-i) + "\n")
				break
			}
			icon := map[diag.Severity]string{diag.Error: "❌", diag.Warning: "⚠️", diag.Notice: "ℹ️"}[f.Severity]
			message, hint := f.In(lang)
			fmt.Fprintf(&b, "| %s %s | `%s` | %s | %s | %s |\n", icon, f.Severity.In(lang), f.Rule,
				semdiff.EscapeMarkdown(f.Pos.String()), semdiff.EscapeMarkdown(message), semdiff.EscapeMarkdown(hint))
		}
	}
	file, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("writing the step summary: %w", err)
	}
	if _, err := file.WriteString(b.String() + "\n"); err != nil {
		file.Close()
		return fmt.Errorf("writing the step summary: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("writing the step summary: %w", err)
	}
	return nil
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProp escapes a workflow command's property value.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("rules", "[--format text|json]", stderr)
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	rules := diag.Rules()
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rules); err != nil {
			fmt.Fprintf(stderr, "govmap rules: %v\n", err)
			return exitTrouble
		}
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		for _, r := range rules {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, r.Title)
			fmt.Fprintf(tw, "\t\t%s\n", r.Explanation)
		}
		if err := tw.Flush(); err != nil {
			fmt.Fprintf(stderr, "govmap rules: %v\n", err)
			return exitTrouble
		}
	default:
		fmt.Fprintf(stderr, "govmap rules: unknown format %q (want text or json)\n", *format)
		return exitTrouble
	}
	return exitOK
}

// changedFiles returns which files changed since base, as a filter. A
// change to the model changes what every file means, so then all count.
func changedFiles(dir, base string, stderr io.Writer) (func(string) bool, error) {
	repo, err := gitrepo.Open(dir)
	if err != nil {
		return nil, err
	}
	changed, err := repo.ChangedSince(base)
	if err != nil {
		return nil, err
	}
	// Paths are relative to the git work tree; the repository may be a
	// folder inside it.
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	prefix, err := filepath.Rel(repo.Root(), abs)
	if err != nil {
		return nil, err
	}
	prefix = filepath.ToSlash(prefix)
	rel := map[string]bool{}
	for p := range changed {
		if prefix != "." {
			var ok bool
			if p, ok = strings.CutPrefix(p, prefix+"/"); !ok {
				continue
			}
		}
		if strings.HasPrefix(p, "model/") {
			fmt.Fprintf(stderr, "govmap validate: the model changed since %s: checking every file\n", base)
			return nil, nil
		}
		rel[p] = true
	}
	fmt.Fprintf(stderr, "govmap validate: %d file(s) changed since %s\n", len(rel), base)
	return func(p string) bool { return rel[p] }, nil
}
