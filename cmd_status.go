package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
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
		c.note("the repository has errors; run 'govmap validate %s'", dir)
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

// writeStatus prints the national picture and the counties' in the run's
// language, with the model's names for roles, networks and counties.
func writeStatus(c *cli, repo *model.Repository, p *status.Picture) error {
	n := p.National
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\n\n", c.S("Situational picture on %s", date(c.lang, p.Today)))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.reported"), c.S("%d of %d municipalities (%s of the population)",
		n.Reported, n.Municipalities, msg.Share(c.lang, n.ReportedPopulation, n.Population)))
	fmt.Fprintf(tw, "%s:\t%s\n", c.T("cli.status.up-to-date"), c.S("%d of %d reported", n.ReportsUpToDate, n.Reported))
	fmt.Fprintf(tw, "%s:\t%d %%\n", c.T("cli.status.average-completeness"), n.AverageCompleteness)
	fmt.Fprintf(tw, "%s:\t%d\n", c.T("cli.status.nis2"), n.WithNIS2Companies)

	req := repo.Requirements()
	fmt.Fprintf(tw, "\n%s\n", c.T("cli.status.roles-named"))
	for _, r := range sortedKeys(n.RoleNamed) {
		name := r
		if t, ok := req.RoleName(r); ok {
			name = t.In(string(c.lang))
		}
		fmt.Fprintf(tw, "  %s\t%d\n", name, n.RoleNamed[r])
	}
	fmt.Fprintf(tw, "\n%s\n", c.T("cli.status.networks"))
	if len(n.Networks) == 0 {
		fmt.Fprintf(tw, "  %s\n", c.T("cli.status.no-networks"))
	}
	for _, k := range sortedKeys(n.Networks) {
		name := k
		if a, ok := repo.Actor(k); ok {
			name = a.Name.In(string(c.lang))
		}
		fmt.Fprintf(tw, "  %s\t%d\n", name, n.Networks[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(c.stdout, "\n%s\n", c.T("cli.status.by-county"))
	tw = tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", c.T("cli.status.col.code"), c.T("cli.status.col.county"),
		c.T("cli.status.col.municipalities"), c.T("cli.status.col.reported"), c.T("cli.status.col.up-to-date"), c.T("cli.status.col.completeness"))
	for _, a := range p.Counties {
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%d\t%d %%\n", a.Code, a.Name.In(string(c.lang)), a.Municipalities, a.Reported, a.ReportsUpToDate, a.AverageCompleteness)
	}
	return tw.Flush()
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

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
