package main

import (
	"fmt"
	"io"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// overdueRules are the findings the weekly reminder lists.
var overdueRules = map[string]bool{"report-overdue": true, "plan-overdue": true}

func runOverdue(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("overdue", "[--format text|markdown] [--today YYYY-MM-DD] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text or markdown")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	if *format != "text" && *format != "markdown" {
		fmt.Fprintf(stderr, "govmap overdue: unknown format %q (want text or markdown)\n", *format)
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap overdue: %v\n", err)
		return exitTrouble
	}
	_, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		fmt.Fprintf(stderr, "govmap overdue: %v\n", err)
		return exitTrouble
	}
	var due []*diag.Finding
	for _, f := range findings {
		if overdueRules[f.Rule] {
			due = append(due, f)
		}
	}
	if *format == "markdown" {
		fmt.Fprintf(stdout, "## Myöhässä / Overdue (%s)\n\n", today.Format("2006-01-02"))
		if len(due) == 0 {
			fmt.Fprintln(stdout, "Ei myöhässä olevia tilannekatsauksia tai tehtäviä. / Nothing overdue.")
			return exitOK
		}
		fmt.Fprintln(stdout, "| paikka / where | viesti / message |\n|---|---|")
		for _, f := range due {
			fmt.Fprintf(stdout, "| %s | %s |\n", semdiff.EscapeMarkdown(f.Pos.String()), semdiff.EscapeMarkdown(f.Message))
		}
		return exitOK
	}
	for _, f := range due {
		fmt.Fprintln(stdout, f.Error())
	}
	fmt.Fprintf(stderr, "govmap overdue: %d overdue status report(s) or task(s)\n", len(due))
	return exitOK
}
