package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/ghapi"
	"github.com/govmap/govmap/ghissue"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// overdueRules are the findings the weekly reminder lists.
var overdueRules = map[string]bool{"report-overdue": true, "plan-overdue": true}

func runOverdue(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("overdue", "[--format text|markdown] [--today YYYY-MM-DD] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text or markdown")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	issues := fs.Bool("issues", false, "keep one GitHub issue per municipality with overdue items (opened, updated, closed), assigned to its maintainers; needs --repo and GITHUB_TOKEN")
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository, OWNER/NAME (default $GITHUB_REPOSITORY)")
	keepEnabled := fs.String("keep-enabled", "", "with --issues: re-enable this workflow file (e.g. overdue.yml), so GitHub does not switch the schedule off after 60 days without activity")
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	if *format != "text" && *format != "markdown" {
		return c.fail(msg.Errorf("unknown format %q (want one of: %s)", *format, "text, markdown"))
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return c.fail(err)
	}
	repo, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		return c.fail(err)
	}
	var due []*diag.Finding
	for _, f := range findings {
		if overdueRules[f.Rule] {
			due = append(due, f)
		}
	}
	if *issues {
		return overdueIssues(c, repo, due, *repoFlag, *keepEnabled)
	}
	if *format == "markdown" {
		// The weekly reminder issue: in the run's language, values escaped.
		c.printf("## %s\n\n", c.S("Overdue on %s", date(c.lang, today.Format(time.DateOnly))))
		if len(due) == 0 {
			c.printf("%s\n", c.T("No status report or action-plan task is overdue."))
			return exitOK
		}
		c.printf("| %s | %s |\n|---|---|\n", c.T("cli.overdue.col.where"), c.T("cli.overdue.col.message"))
		for _, f := range due {
			m, _ := f.In(c.lang)
			fmt.Fprintf(stdout, "| %s | %s |\n", semdiff.CodeSpan(f.Pos.String(), true), semdiff.EscapeMarkdown(m))
		}
		return exitOK
	}
	for _, f := range due {
		fmt.Fprintln(stdout, f.Line(c.lang))
	}
	c.note("%s", msg.N(len(due), "%d overdue status report or task", "%d overdue status reports or tasks"))
	return exitOK
}

// overdueIssues keeps one issue per municipality with overdue items: the
// weekly run reaches the people who can act (its maintainers, assigned),
// in the municipality's language, and closes the issue once nothing is
// overdue.
func overdueIssues(c *cli, repo *model.Repository, due []*diag.Finding, repoName, keepEnabled string) int {
	owner, name, ok := strings.Cut(repoName, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") {
		return c.fail(msg.Errorf("--issues needs --repo OWNER/NAME"))
	}
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" {
		return c.fail(msg.Errorf("--issues needs a token in GITHUB_TOKEN"))
	}
	byCode := map[string][]*diag.Finding{}
	for _, f := range due {
		if coll, code, ok := model.EntityOfFile(f.Pos.File); ok && coll == "municipalities" {
			byCode[code] = append(byCode[code], f)
		}
	}
	codes := make([]string, 0, len(byCode))
	for code := range byCode {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var want []ghissue.Issue
	for _, code := range codes {
		m, ok := repo.Municipality(code)
		if !ok {
			continue
		}
		langs := msg.LangsOf(m.Language)
		if len(langs) == 0 {
			langs = []msg.Lang{msg.FI}
		}
		var title string
		var body strings.Builder
		for i, l := range langs {
			if i > 0 {
				title += " / "
				body.WriteString("\n---\n\n")
			}
			title += msg.Sprintf(l, "Overdue status reports or tasks: %s (%s)", m.Name.In(string(l)), code)
			fmt.Fprintf(&body, "%s\n\n", msg.Sprintf(l, "The model asks %s for these; update the file %s when they are done:", semdiff.EscapeMarkdown(m.Name.In(string(l))), semdiff.CodeSpan(byCode[code][0].Pos.File, false)))
			for _, f := range byCode[code] {
				text, _ := f.In(l)
				fmt.Fprintf(&body, "- %s (%s)\n", semdiff.EscapeMarkdown(text), semdiff.CodeSpan(f.Pos.String(), false))
			}
		}
		var assignees []string
		for _, h := range m.Maintainers {
			if u := strings.TrimPrefix(h, "@"); u != h && !strings.Contains(u, "/") {
				assignees = append(assignees, u) // teams cannot be assigned
			}
		}
		want = append(want, ghissue.Issue{Key: code, Title: title, Body: body.String(), Assignees: assignees})
	}
	client, err := ghapi.Client(token, os.Getenv("GITHUB_API_URL"), nil)
	if err != nil {
		return c.fail(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, err := ghissue.Sync(ctx, client, ghissue.Options{
		Owner: owner, Repo: name, Label: "govmap-overdue",
		Closing: msg.T(msg.FI, "Nothing is overdue any more: closing.") + "\n\n" + msg.T(msg.SV, "Nothing is overdue any more: closing."),
	}, want)
	if err != nil {
		return c.fail(ghapi.Scrub(err, token))
	}
	c.note("issues: %d opened, %d updated, %d unchanged, %d closed", res.Opened, res.Updated, res.Unchanged, res.Closed)
	if keepEnabled != "" {
		// GitHub disables a schedule after 60 days without activity in a
		// public repository; enabling the workflow again resets that.
		if _, err := client.Actions.EnableWorkflowByFileName(ctx, owner, name, keepEnabled); err != nil {
			return c.fail(ghapi.Scrub(err, token))
		}
	}
	return exitOK
}
