package main

import (
	"fmt"
	"io"
	"time"

	"github.com/govmap/govmap/diag"
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
	_, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		return c.fail(err)
	}
	var due []*diag.Finding
	for _, f := range findings {
		if overdueRules[f.Rule] {
			due = append(due, f)
		}
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
			fmt.Fprintf(stdout, "| %s | %s |\n", semdiff.EscapeMarkdown(f.Pos.String()), semdiff.EscapeMarkdown(m))
		}
		return exitOK
	}
	for _, f := range due {
		fmt.Fprintln(stdout, f.Line(c.lang))
	}
	c.note("%s", msg.N(len(due), "%d overdue status report or task", "%d overdue status reports or tasks"))
	return exitOK
}
