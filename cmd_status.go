package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/govmap/govmap/status"
	"github.com/govmap/govmap/validate"
)

func runStatus(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("status", "[--format text|json] [--today YYYY-MM-DD] [DIR]", stderr)
	format := fs.String("format", "text", "output format: text or json")
	todayS := fs.String("today", "", "judge report dates against this day (default: today)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap status: %v\n", err)
		return exitTrouble
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "govmap status: unknown format %q (want text or json)\n", *format)
		return exitTrouble
	}
	repo, findings, err := validate.Run(dir, validate.Options{Today: today})
	if err != nil {
		fmt.Fprintf(stderr, "govmap status: %v\n", err)
		return exitTrouble
	}
	if validate.Failed(findings, false) {
		fmt.Fprintf(stderr, "govmap status: the repository has errors; run 'govmap validate %s'\n", dir)
		return exitFailed
	}
	p := status.Compute(repo, today)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(p)
	} else {
		err = writeStatus(stdout, p)
	}
	if err != nil {
		fmt.Fprintf(stderr, "govmap status: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

func writeStatus(w io.Writer, p *status.Picture) error {
	n := p.National
	fmt.Fprintf(w, "Situational picture on %s\n\n", p.Today)
	fmt.Fprintf(w, "Reported:            %d of %d municipalities (%s of the population)\n", n.Reported, n.Municipalities, percent(n.ReportedPopulation, n.Population))
	fmt.Fprintf(w, "Reports up to date:  %d of %d reported\n", n.ReportsUpToDate, n.Reported)
	fmt.Fprintf(w, "Average completeness of the reported: %d %%\n", n.AverageCompleteness)
	fmt.Fprintf(w, "With a company in NIS2 scope: %d\n", n.WithNIS2Companies)
	fmt.Fprintln(w, "\nRoles named:")
	for _, r := range sortedKeys(n.RoleNamed) {
		fmt.Fprintf(w, "  %-32s %d\n", r, n.RoleNamed[r])
	}
	fmt.Fprintln(w, "\nNetworks joined:")
	if len(n.Networks) == 0 {
		fmt.Fprintln(w, "  (none reported)")
	}
	for _, k := range sortedKeys(n.Networks) {
		fmt.Fprintf(w, "  %-32s %d\n", k, n.Networks[k])
	}
	fmt.Fprintln(w, "\nBy wellbeing services county:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  code\tcounty\tmunicipalities\treported\tup to date\tcompleteness")
	for _, c := range p.Counties {
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%d\t%d %%\n", c.Code, c.Name.FI, c.Municipalities, c.Reported, c.ReportsUpToDate, c.AverageCompleteness)
	}
	return tw.Flush()
}

func percent(part, whole int) string {
	if whole == 0 {
		return "0 %"
	}
	return fmt.Sprintf("%.1f %%", float64(part)*100/float64(whole))
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
