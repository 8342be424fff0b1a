// Command govmap is governance-as-code for digital security in the Finnish
// public sector: it validates the cooperation model and every
// municipality's governance file, and exports and publishes them.
//
//	govmap validate [--format text|json|github] [--today YYYY-MM-DD] [--strict] [--changed REV] [--codeowners] [--repo OWNER/NAME] [--lang fi|sv|en] [DIR | FILE...]
//	govmap rules [--format text|json]
//	govmap export [--format json] [-o FILE] [DIR]
//	govmap status [--format text|json] [--today YYYY-MM-DD] [DIR]
//	govmap build [-o DIR] [--base-url URL] [--repo OWNER/NAME] [--today YYYY-MM-DD] [DIR]
//	govmap serve [--addr HOST:PORT] [--today YYYY-MM-DD] [DIR]
//	govmap diff [--format text|markdown|json] [-C DIR] BASE [HEAD]
//	govmap codeowners [--check] [--lang fi|sv|en] [DIR]
//	govmap comment --repo OWNER/NAME (--pr N | --head SHA [--pr N] [--head-repo OWNER/NAME]) [--base REV]
//	govmap overdue [--format text|markdown] [--today YYYY-MM-DD] [DIR]
//	govmap fmt [--check] [--lang fi|sv|en] [-C DIR] [FILE|FOLDER...]
//	govmap apply --request FILE [--code CODE] [--today YYYY-MM-DD] [--repo OWNER/NAME] [DIR]
//	govmap intake [--event FILE] [--repo OWNER/NAME] [--remote NAME] [--today YYYY-MM-DD] [DIR]
//	govmap help [COMMAND] [--lang fi|sv|en]
//	govmap --version
//
// Every command takes --lang fi|sv|en, the language of its messages
// (default: GOVMAP_LANG, else Finnish). Flags may come before or after the
// arguments ("--" ends them); COMMAND -h or --help prints the command's
// help. DIR defaults to the current folder; a command run in a subfolder
// of a repository uses the nearest folder above with cue.mod/ and model/,
// as git does, and outside a repository says so in one line.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/govmap/govmap/msg"
	// The zone database, so that "today" is the day in Finland on any
	// machine (see parseToday).
	_ "time/tzdata"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // the repository has errors
	exitTrouble = 2 // usage error or internal failure
)

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands []command

func init() {
	commands = []command{
		{"validate", "check every file against the cooperation model", runValidate},
		{"rules", "list every validator rule", runRules},
		{"export", "write the public model as one JSON document", runExport},
		{"status", "print the situational picture: who has reported what", runStatus},
		{"build", "render the published governance map (a static web site)", runBuild},
		{"serve", "preview the site locally, rebuilding it when a file changes", runServe},
		{"diff", "list the governance changes between two revisions", runDiff},
		{"codeowners", "write .github/CODEOWNERS from the maintainers in the files", runCodeowners},
		{"comment", "post or update the pull request comment (validation and changes)", runComment},
		{"overdue", "list overdue status reports and action-plan tasks", runOverdue},
		{"fmt", "write the CUE files in the canonical layout (as cue fmt does)", runFmt},
		{"apply", "apply a change request (an issue's body) to its municipality's file", runApply},
		{"intake", "turn a governance report (an issue) into a pull request", runIntake},
	}
}

func main() {
	// CUE evaluation allocates many short-lived values on a small heap, so
	// the collector would run constantly: measured, GOGC=400 saves a third
	// of validation time for a modest rise in peak memory.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// GOVMAP_CPUPROFILE=file writes a CPU profile for `go tool pprof`.
	if path := os.Getenv("GOVMAP_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if err := pprof.StartCPUProfile(f); err == nil {
				code := run(os.Args[1:], os.Stdout, os.Stderr)
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = &printable{w: stdout}, &printable{w: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitTrouble
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		// govmap help CMD [--lang L]: that command's help.
		if args[0] == "help" && len(args) > 1 {
			return run(append(append([]string{args[1]}, args[2:]...), "-h"), stdout, stderr)
		}
		usage(stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, versionLine(msg.Default()))
		return exitOK
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		// Flags may follow the arguments; -h and --help anywhere give the
		// command's help on stdout.
		if p := probeFlags(c); p != nil {
			flags, rest := interleave(p.fs, args[1:])
			if asked, others := helpAsked(p.fs, flags); asked {
				return commandHelp(c, p, others, stdout)
			}
			return c.run(reordered(flags, rest), stdout, stderr)
		}
		return c.run(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "govmap: %s\n\n", msg.Sprintf(msg.Default(), "unknown command %q", args[0]))
	usage(stderr)
	return exitTrouble
}

// usage lists the commands in the default language (GOVMAP_LANG, else
// Finnish); the summaries are catalogue keys.
func usage(w io.Writer) {
	l := msg.Default()
	fmt.Fprintln(w, msg.Sprintf(l, "usage: %s <command> [flags] [DIR]", invoked()))
	fmt.Fprintln(w, "\n"+msg.T(l, "commands:"))
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, msg.T(l, c.summary))
	}
	fmt.Fprintf(w, "  %-10s %s\n", "help", msg.T(l, "show a command's usage, description and flags"))
	fmt.Fprintf(w, "  %-10s %s\n", "version", msg.T(l, "print the version and the commit it was built from"))
	fmt.Fprintln(w, "\n"+msg.Sprintf(l, "Run '%s help <command>' for a command's flags. DIR defaults to the current folder, or the nearest folder above it with cue.mod/ and model/. Every command takes --lang fi|sv|en; the default is GOVMAP_LANG, else fi.", invoked()))
}
