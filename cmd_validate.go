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
	fs := newFlags("validate", "[--format text|json|github] [--today YYYY-MM-DD] [--strict] [--repo OWNER/NAME] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text, json or github (workflow annotations)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	strict := fs.Bool("strict", false, "fail on warnings too")
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository OWNER/NAME: maintainers' teams must be OWNER's (default $GITHUB_REPOSITORY, else the national coordinators' organisation)")
	changed := fs.String("changed", "", "check only the files changed since this git revision (a pull request's base); the rest serve as the index")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
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
	org, err := repoOwner(*repoFlag)
	if err != nil {
		fmt.Fprintf(stderr, "govmap validate: %v\n", err)
		return exitTrouble
	}
	opts := validate.Options{Today: today, Org: org}
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
		err = writeGitHub(stdout, findings)
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

// writeGitHub prints workflow commands, which GitHub shows as annotations
// on the pull request's changed lines.
func writeGitHub(w io.Writer, findings []*diag.Finding) error {
	for _, f := range findings {
		level := map[diag.Severity]string{diag.Error: "error", diag.Warning: "warning", diag.Notice: "notice"}[f.Severity]
		props := "file=" + ghProp(f.Pos.File)
		if f.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", f.Pos.Line, f.Pos.Col)
		}
		props += ",title=" + ghProp(f.Rule)
		msg := f.Message
		if f.Hint != "" {
			msg += "\n" + f.Hint
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, props, ghData(msg)); err != nil {
			return err
		}
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
