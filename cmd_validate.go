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
	fs.SetOutput(flagOutput{fs, stderr})
	fs.Usage = func() { fmt.Fprint(stderr, usageText(fs, args, summaryOf(name))) }
	if p, ok := stderr.(*flagProbe); ok {
		p.fs, p.synopsis = fs, args
	}
	return fs
}

// repoDir returns the repository of the single optional DIR argument (the
// current folder when there is none): DIR, or the nearest folder above it
// that is a govmap repository (see findRoot). When there is none it says
// so in one line.
func repoDir(fs *flag.FlagSet, stderr io.Writer) (string, bool) {
	dir := "."
	switch fs.NArg() {
	case 0:
	case 1:
		dir = fs.Arg(0)
	default:
		fmt.Fprintf(stderr, "govmap %s: %s\n", fs.Name(), msg.Sprintf(flagLang(fs), "want at most one directory, got %d arguments", fs.NArg()))
		return "", false
	}
	root, err := findRoot(dir)
	if err != nil {
		fmt.Fprintf(stderr, "govmap %s: %s\n", fs.Name(), errorIn(flagLang(fs), err))
		return "", false
	}
	return root, true
}

// finland is the time zone whose day "today" is: the governance is
// Finland's, and a runner's clock is usually in UTC, which is still the
// previous day for two or three hours after midnight in Finland. The zone
// database is embedded (time/tzdata in main.go), so this works on machines
// without one.
const finland = "Europe/Helsinki"

// dayIn returns the calendar day of an instant in Finland, as midnight UTC
// (the form dates of the files are parsed in).
func dayIn(now time.Time) (time.Time, error) {
	loc, err := time.LoadLocation(finland)
	if err != nil {
		return time.Time{}, fmt.Errorf("loading the time zone %s: %w", finland, err)
	}
	y, m, d := now.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

// parseToday parses --today, defaulting to the current day in Finland.
func parseToday(s string) (time.Time, error) {
	if s == "" {
		return dayIn(time.Now())
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--today %q: want a date YYYY-MM-DD", s)
	}
	return t, nil
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[--format text|json|github] [--today YYYY-MM-DD] [--strict] [--changed REV] [--codeowners] [--repo OWNER/NAME] [--lang fi|sv|en] [DIR | FILE...]", stderr)
	format := fs.String("format", "text", "output format: text, json or github (workflow annotations, and the full list in $GITHUB_STEP_SUMMARY when set)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	strict := fs.Bool("strict", false, "fail on warnings too")
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository OWNER/NAME: maintainers' teams must be OWNER's (default $GITHUB_REPOSITORY, else the national coordinators' organisation)")
	changed := fs.String("changed", "", "check only the files changed since this git revision (a pull request's base); the rest serve as the index")
	codeownersCheck := fs.Bool("codeowners", false, "also check .github/CODEOWNERS against the maintainers (rule codeowners-stale): for main only, where a workflow regenerates it after each merge; a pull request is judged by its base's CODEOWNERS")
	langp := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, langp, stdout, stderr)
	lang := c.lang
	dir, named, ok := validateArgs(fs, stderr)
	if !ok {
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return c.fail(err)
	}
	if *format != "text" && *format != "json" && *format != "github" {
		return c.fail(msg.Errorf("unknown format %q (want one of: %s)", *format, "text, json, github"))
	}
	org, err := repoOwner(*repoFlag)
	if err != nil {
		return c.fail(err)
	}
	opts := validate.Options{Today: today, Codeowners: *codeownersCheck, Org: org, Invoked: invoked()}
	if named != nil {
		if *changed != "" {
			return c.fail(msg.Errorf("--changed checks the files changed since a revision: give it a folder, not files"))
		}
		opts.Only = namedScope(dir, named)
	}
	if *changed != "" {
		if opts.Only, err = changedFiles(c, dir, *changed); err != nil {
			return c.fail(err)
		}
	}
	_, findings, err := validate.Run(dir, opts)
	if err != nil {
		return c.fail(err)
	}
	if named != nil {
		var others int
		if findings, others = onlyNamed(findings, named); others > 0 {
			c.note("%s in other files, not shown here: '%s' shows every file's", msg.N(others, "%d error", "%d errors"), commandLine("validate", dir))
		}
	}
	switch *format {
	case "json":
		err = writeJSON(stdout, c.lang, findings)
	case "github":
		if err = writeGitHub(stdout, findings, lang, os.Getenv("GITHUB_STEP_SUMMARY")); err == nil {
			err = writeStepSummary(os.Getenv("GITHUB_STEP_SUMMARY"), findings, lang)
		}
	default:
		err = writeText(c, findings)
	}
	if err != nil {
		return c.fail(err)
	}
	if validate.Failed(findings, *strict) {
		return exitFailed
	}
	return exitOK
}

// repoOwner returns the OWNER of OWNER/NAME, or "" for an empty value.
func repoOwner(repo string) (string, error) {
	if repo == "" {
		return "", nil
	}
	owner, name, ok := strings.Cut(repo, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") {
		return "", fmt.Errorf("--repo %q: want OWNER/NAME", repo)
	}
	return owner, nil
}

func flagExit(err error) int {
	if err == flag.ErrHelp {
		return exitOK
	}
	return exitTrouble
}

// writeText prints file:line:col: severity rule: message, then the hint
// indented, in the run's language, and a summary on stderr.
func writeText(c *cli, findings []*diag.Finding) error {
	counts := map[diag.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
		// One line per finding: a line break in a message (from a value)
		// must not start a line of its own, where a log would read
		// "::error::" as a workflow command.
		if _, err := fmt.Fprintln(c.stdout, strings.ReplaceAll(f.Line(c.lang), "\n", `\n`)); err != nil {
			return err
		}
		if _, hint := f.In(c.lang); hint != "" {
			for _, line := range strings.Split(hint, "\n") {
				fmt.Fprintf(c.stdout, "\t%s\n", line)
			}
		}
	}
	if len(findings) == 0 {
		c.note("no problems found")
		return nil
	}
	c.note("%s, %s, %s",
		msg.N(counts[diag.Error], "%d error", "%d errors"),
		msg.N(counts[diag.Warning], "%d warning", "%d warnings"),
		msg.N(counts[diag.Notice], "%d notice", "%d notices"))
	return nil
}

// writeJSON prints the findings as a JSON array. The keys and the rule and
// severity values are for machines and stay the same in every language;
// message and hint are in the run's language.
func writeJSON(w io.Writer, lang msg.Lang, findings []*diag.Finding) error {
	out := make([]*diag.Finding, len(findings))
	for i, f := range findings {
		g := *f
		g.Message, g.Hint = f.In(lang)
		out[i] = &g
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
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
			fmt.Fprintf(&b, "| %s %s | %s | %s | %s | %s |\n", icon, f.Severity.In(lang), semdiff.CodeSpan(f.Rule, true),
				semdiff.CodeSpan(f.Pos.String(), true), semdiff.EscapeMarkdown(message), semdiff.EscapeMarkdown(hint))
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
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	rules := diag.Rules()
	for i, r := range rules {
		rules[i] = r.In(c.lang)
	}
	switch *format {
	case "json":
		// The id and the severity are for machines; the words are in the
		// run's language.
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rules); err != nil {
			return c.fail(err)
		}
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		for _, r := range rules {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity.In(c.lang), r.Title)
			fmt.Fprintf(tw, "\t\t%s\n", r.Explanation)
		}
		if err := tw.Flush(); err != nil {
			return c.fail(err)
		}
	default:
		return c.fail(msg.Errorf("unknown format %q (want one of: %s)", *format, "text, json"))
	}
	return exitOK
}

// changedFiles returns which files changed since base, as a filter. A
// change to the model changes what every file means, so then all count.
func changedFiles(c *cli, dir, base string) (func(string) bool, error) {
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
		rel[p] = true
	}
	exists := func(p string) bool {
		_, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(p)))
		return err == nil
	}
	only, why := validate.Scope(rel, exists)
	if only == nil {
		c.note("%s changed since %s, which can change any file's findings: checking every file", why, base)
		return nil, nil
	}
	c.note("%d file(s) changed since %s", len(rel), base)
	return only, nil
}
