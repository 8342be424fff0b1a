package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/status"
	"github.com/govmap/govmap/validate"
)

func runStatus(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("status", "[--format text|json] [--today YYYY-MM-DD] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text or json")
	todayS := fs.String("today", "", "judge report dates against this day (default: today)")
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return c.fail(err)
	}
	if *format != "text" && *format != "json" {
		return c.fail(msg.Errorf("unknown format %q (want one of: %s)", *format, "text, json"))
	}
	repo, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		return c.fail(err)
	}
	if validate.Failed(findings, false) {
		c.note("the repository has errors; run '%s'", commandLine("validate", dir))
		return exitFailed
	}
	p := status.Compute(repo, today)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(p)
	} else {
		err = writeStatus(c, repo, p)
	}
	if err != nil {
		return c.fail(err)
	}
	return exitOK
}

// writeStatus prints what the site's home and counties pages show, in the
// run's language: the whole country's figures, the roles and networks, and
// per wellbeing services county (Åland's municipalities, of none, last,
// with the note why) the same counts, shares (msg.Share) and order
// (collation) as the site's charts and table.
func writeStatus(c *cli, repo *model.Repository, p *status.Picture) error {
	l := string(c.lang)
	n := p.National
	completeness := func(a status.Aggregate) string {
		if a.Reported == 0 {
			return "–"
		}
		return msg.Percent(c.lang, a.AverageCompleteness)
	}
	share := func(part, whole int) string { return msg.Share(c.lang, part, whole) }
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\n\n", c.S("Situational picture on %s", date(c.lang, p.Today)))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("fig.municipalities"), msg.Num(c.lang, n.Municipalities))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.reported"), c.S("%d of %d municipalities (%s)", n.Reported, n.Municipalities, share(n.Reported, n.Municipalities)))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("fig.population"), msg.Num(c.lang, n.Population))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.reported-population"), share(n.ReportedPopulation, n.Population))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.up-to-date"), c.S("%d of %d municipalities (%s)", n.ReportsUpToDate, n.Municipalities, share(n.ReportsUpToDate, n.Municipalities)))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.nis2"), msg.Num(c.lang, n.WithNIS2Companies))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.average-completeness"), completeness(n))

	fmt.Fprintf(tw, "\n%s\n", c.T("cli.status.roles-named"))
	for _, r := range repo.Requirements().Roles {
		fmt.Fprintf(tw, "  %s\t%d / %d\t%s\n", r.Name.In(l), n.RoleNamed[r.Role], n.Municipalities, share(n.RoleNamed[r.Role], n.Municipalities))
	}
	fmt.Fprintf(tw, "\n%s\n", c.T("cli.status.networks"))
	for _, a := range status.Networks(repo, l) {
		fmt.Fprintf(tw, "  %s\t%d / %d\t%s\n", a.Name.In(l), n.Networks[a.ID], n.Municipalities, share(n.Networks[a.ID], n.Municipalities))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(c.stdout, "\n%s\n", c.T("cli.status.by-county"))
	tw = tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.T("cli.status.col.code"), c.T("cli.status.col.county"),
		c.T("cli.status.col.municipalities"), c.T("cli.status.col.reported"), "%", c.T("cli.status.col.population"),
		c.T("cli.status.col.up-to-date"), "%", c.T("cli.status.col.completeness"))
	note := ""
	for _, a := range p.CountyRowsIn(l) {
		code := a.Code
		if code == "" {
			code, note = "–", status.NoCountyNote().In(l)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%s\t%s\t%d\t%s\t%s\n", code, a.Name.In(l), a.Municipalities,
			a.Reported, share(a.Reported, a.Municipalities), msg.Num(c.lang, a.Population),
			a.ReportsUpToDate, share(a.ReportsUpToDate, a.Municipalities), completeness(a))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if note != "" {
		fmt.Fprintf(c.stdout, "\n%s\n", note)
	}
	return nil
}

// date writes a YYYY-MM-DD date as the site does: 2.1.2026 in Finnish and
// Swedish, 2 January 2026 in English.
func date(l msg.Lang, s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	if l == msg.EN {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year())
}
