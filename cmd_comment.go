package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

func runComment(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("comment", "--repo OWNER/NAME --pr N [--base REV] [-C DIR] [--today YYYY-MM-DD]", stderr)
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository, OWNER/NAME (default $GITHUB_REPOSITORY)")
	pr := fs.Int("pr", 0, "the pull request's number")
	base := fs.String("base", "HEAD~1", "the revision the pull request is compared with (its base commit)")
	dir := fs.String("C", ".", "the repository (any folder inside it)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	owner, name, ok := strings.Cut(*repoFlag, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") || *pr <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "govmap comment: want --repo OWNER/NAME and --pr N (a positive number)")
		fs.Usage()
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	opts := validate.Options{Today: today, Org: owner}
	res, err := semanticDiff(*dir, *base, "", opts)
	if err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	_, findings, err := validate.Run(*dir, opts)
	if err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	var body strings.Builder
	if err := semdiff.Comment(&body, findings, res); err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := ghcomment.Post(ctx, ghcomment.Options{
		Owner: owner, Repo: name, PR: *pr,
		Token:       os.Getenv("GITHUB_TOKEN"),
		APIURL:      os.Getenv("GITHUB_API_URL"),
		StepSummary: os.Getenv("GITHUB_STEP_SUMMARY"),
	}, body.String())
	if err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	switch out {
	case ghcomment.StepSummary:
		fmt.Fprintln(stdout, "the token cannot comment (a pull request from a fork?): wrote the comment to the step summary")
	default:
		fmt.Fprintf(stdout, "comment %s on %s/%s#%d\n", out, owner, name, *pr)
	}
	return exitOK
}
