package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/site"
	"github.com/govmap/govmap/validate"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[-o DIR] [--base-url URL] [--repo OWNER/NAME] [--today YYYY-MM-DD] [--owner NAME] [--repository URL] [REPO]", stderr)
	out := fs.String("o", "_site", "write the site into this folder (replaced whole; it must be empty, new or a previous build's)")
	baseURL := fs.String("base-url", "", "the address the site is published at, e.g. https://owner.github.io/govmap/ (for canonical links and the sitemap)")
	repoName := fs.String("repo", "", "the GitHub repository OWNER/NAME the \"propose a change\" links edit")
	todayS := fs.String("today", "", "the date of the situational picture (default: SOURCE_DATE_EPOCH's day if set, else today)")
	keeper := addKeeperFlags(fs)
	withHistory := fs.Bool("history", true, "show each entity's history and the figures over time, from the git history of REPO (when it is a git repository)")
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	today, err := buildDay(*todayS)
	if err != nil {
		return c.fail(err)
	}
	k, err := keeper.keeper(dir)
	if err != nil {
		return c.fail(err)
	}
	// Check the output folder before the slow part, so a wrong -o fails
	// at once.
	if err := site.CheckOutput(*out, dir); err != nil {
		return c.fail(err)
	}
	// The history is read from git while the repository is validated.
	history := make(chan *gitrepo.History, 1)
	if *withHistory {
		go func() { history <- gitHistory(c, dir) }()
	} else {
		history <- nil
	}
	repo, ok := validated(c, dir, today)
	if !ok {
		return exitFailed
	}
	if repo == nil {
		return exitTrouble
	}
	opts := site.Options{BaseURL: *baseURL, Repo: *repoName, Today: today, History: <-history, Keeper: k, Revision: headRevision(dir), Editor: editorAssets(c, dir)}
	n, err := site.Build(repo, *out, dir, opts)
	if err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(stdout, "govmap build: %s\n", c.S("wrote %s to %s (situation on %s); preview with: %s",
		msg.N(n, "%d file", "%d files"), *out, date(c.lang, today.Format(time.DateOnly)), commandLine("serve")))
	return exitOK
}

// validated validates the repository for a command that publishes it. It
// returns ok false when there are errors (printed to stderr), and a nil
// repository with ok true when the repository cannot be read at all.
func validated(c *cli, dir string, today time.Time) (*model.Repository, bool) {
	repo, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		c.fail(err)
		return nil, true
	}
	warnings := 0
	for _, f := range findings {
		if f.Severity == diag.Error {
			fmt.Fprintln(c.stderr, f.Line(c.lang))
		}
		if f.Severity == diag.Warning {
			warnings++
		}
	}
	if validate.Failed(findings, false) {
		c.note("the repository has errors; nothing was built (details: %s)", commandLine("validate", dir))
		return nil, false
	}
	if warnings > 0 {
		c.note("%s; see %s", msg.N(warnings, "%d warning", "%d warnings"), commandLine("validate", dir))
	}
	return repo, true
}

// buildDay is --today, else the day of SOURCE_DATE_EPOCH (for
// reproducible builds), else today.
func buildDay(flag string) (time.Time, error) {
	if flag == "" {
		if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
			sec, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return time.Time{}, msg.Errorf("SOURCE_DATE_EPOCH %q: want seconds since 1970", s)
			}
			t := time.Unix(sec, 0).UTC()
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return parseToday(flag)
}

// gitHistory reads the semantic history of the repository's main line, or
// returns nil (the site then leaves history out) when dir is not in a git
// repository or its history cannot be read.
func gitHistory(c *cli, dir string) *gitrepo.History {
	r, err := gitrepo.Open(dir)
	if err != nil {
		c.note("no git history (%s); the site shows no history", err)
		return nil
	}
	h, err := r.History("HEAD", 0)
	if err != nil {
		c.note("reading the git history failed: %s; the site shows no history", err)
		return nil
	}
	return h
}
