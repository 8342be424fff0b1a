package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/govmap/govmap/msg"
)

// Every command's flags may come before, between or after its arguments
// (`govmap validate . --strict`, `govmap diff A B --format json`), as in
// most command-line tools; Go's package flag stops at the first argument.
// run learns a command's flags without running it (probeFlags), moves the
// flags and their values before the arguments (interleave), and answers
// -h/--help itself (commandHelp). Nothing here names a flag: it works for
// any command whose run makes its flag set with newFlags and parses its
// arguments before doing anything else.

// flagProbe is the stderr given to a command when run only learns its
// flags: newFlags records the flag set and the usage line in it, and the
// "-h" it is run with stops the command at once.
type flagProbe struct {
	fs       *flag.FlagSet
	synopsis string
}

func (*flagProbe) Write(p []byte) (int, error) { return len(p), nil }

// probeFlags returns a command's flag set, with every flag defined and at
// its default, and its usage line; nil when the command does not make its
// flags with newFlags.
func probeFlags(cmd command) *flagProbe {
	p := &flagProbe{}
	cmd.run([]string{"-h"}, io.Discard, p)
	if p.fs == nil {
		return nil
	}
	return p
}

// isBool reports a flag that takes no value (--strict, not --strict true).
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagName is the name of a flag argument ("--format=json" → "format"),
// and whether it carries its value after "=".
func flagName(arg string) (name string, hasValue bool) {
	name = strings.TrimPrefix(arg[1:], "-")
	name, _, hasValue = strings.Cut(name, "=")
	return name, hasValue
}

// interleave splits a command's arguments into its flags (each with its
// value when the value is the next argument) and the rest, in order. "--"
// ends the flags: everything after it is an argument, even when it starts
// with "-". A lone "-" is an argument. A flag the set does not define is
// kept among the flags, so that parsing reports it.
func interleave(fs *flag.FlagSet, args []string) (flags, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name, hasValue := flagName(a)
		if f := fs.Lookup(name); f != nil && !hasValue && !isBool(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, rest
}

// reordered is the arguments with the flags first and "--" before the
// rest, which package flag parses as the user meant them.
func reordered(flags, rest []string) []string {
	out := append([]string{}, flags...)
	if len(rest) > 0 {
		out = append(out, "--")
		out = append(out, rest...)
	}
	return out
}

// helpAsked reports whether the flags ask for help (-h, -help, --h or
// --help, as package flag takes them) and returns the others. A value of
// a flag ("--repo -h") is not a request for help: interleave kept it after
// its flag, and fs tells which flags take one.
func helpAsked(fs *flag.FlagSet, flags []string) (bool, []string) {
	asked := false
	var others []string
	for i := 0; i < len(flags); i++ {
		name, hasValue := flagName(flags[i])
		f := fs.Lookup(name)
		if f == nil && (name == "h" || name == "help") {
			asked = true
			continue
		}
		others = append(others, flags[i])
		if f != nil && !hasValue && !isBool(f) && i+1 < len(flags) {
			i++
			others = append(others, flags[i])
		}
	}
	return asked, others
}

// commandHelp prints a command's help, asked for: its usage line, what it
// does and its flags with their defaults, on stdout, in the language of
// its --lang among flags (else GOVMAP_LANG, else Finnish).
func commandHelp(cmd command, p *flagProbe, flags []string, stdout io.Writer) int {
	// The probe's flag set reports to the probe, which drops it: a bad
	// flag next to -h still gets the help.
	_ = p.fs.Parse(flags)
	fmt.Fprint(stdout, usageText(p.fs, p.synopsis, cmd.summary))
	return exitOK
}

// usageText is a command's usage line, its description (a catalogue key)
// when known, and its flags, in the language of the flag set's --lang.
func usageText(fs *flag.FlagSet, synopsis, summary string) string {
	var b strings.Builder
	flagUsage(fs, synopsis, &b)
	if summary == "" {
		return b.String()
	}
	head, flags, _ := strings.Cut(b.String(), "\n")
	l := flagLang(fs)
	out := head + "\n" + msg.T(l, summary) + "\n"
	if flags != "" {
		out += "\n" + msg.T(l, "flags:") + "\n" + flags
	}
	return out
}

// summaryOf is the description of the command named name ("" if none).
func summaryOf(name string) string {
	for _, c := range commands {
		if c.name == name {
			return c.summary
		}
	}
	return ""
}
