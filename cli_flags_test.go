package main

import (
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/govmap/govmap/msg"
)

// testFlags is a flag set like a command's: a string, a bool, a
// single-letter flag and --lang.
func testFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("format", "text", "")
	fs.Bool("strict", false, "")
	fs.String("o", "_site", "")
	langFlag(fs)
	return fs
}

func TestInterleave(t *testing.T) {
	for _, c := range []struct {
		args        []string
		flags, rest []string
	}{
		{[]string{".", "--strict"}, []string{"--strict"}, []string{"."}},
		{[]string{"A", "B", "--format", "json"}, []string{"--format", "json"}, []string{"A", "B"}},
		{[]string{"DIR", "-o", "X"}, []string{"-o", "X"}, []string{"DIR"}},
		{[]string{"-o", "X", "DIR"}, []string{"-o", "X"}, []string{"DIR"}},
		{[]string{"A", "--format=json", "B", "--strict=false"}, []string{"--format=json", "--strict=false"}, []string{"A", "B"}},
		// A value that looks like a flag or an argument stays with its flag.
		{[]string{"-o", "-h", "A"}, []string{"-o", "-h"}, []string{"A"}},
		{[]string{"--strict", "A"}, []string{"--strict"}, []string{"A"}},
		// -- ends the flags; - is an argument.
		{[]string{"A", "--", "--strict", "-"}, nil, []string{"A", "--strict", "-"}},
		{[]string{"-", "--lang", "sv"}, []string{"--lang", "sv"}, []string{"-"}},
		// An unknown flag is kept for the parser to report.
		{[]string{"A", "--nope", "B"}, []string{"--nope"}, []string{"A", "B"}},
		// A flag needing a value at the end: the parser reports it.
		{[]string{"A", "--format"}, []string{"--format"}, []string{"A"}},
	} {
		flags, rest := interleave(testFlags(), c.args)
		if !reflect.DeepEqual(flags, c.flags) || !reflect.DeepEqual(rest, c.rest) {
			t.Errorf("interleave(%q) = %q, %q; want %q, %q", c.args, flags, rest, c.flags, c.rest)
		}
		fs := testFlags()
		if err := fs.Parse(reordered(flags, rest)); err == nil && !reflect.DeepEqual(append([]string{}, fs.Args()...), append([]string{}, c.rest...)) {
			t.Errorf("%q parsed: arguments %q, want %q", c.args, fs.Args(), c.rest)
		}
	}
}

func TestHelpAsked(t *testing.T) {
	for _, c := range []struct {
		flags  []string
		asked  bool
		others []string
	}{
		{[]string{"-h"}, true, nil},
		{[]string{"--lang", "sv", "--help"}, true, []string{"--lang", "sv"}},
		{[]string{"-help", "--strict"}, true, []string{"--strict"}},
		{[]string{"-o", "-h"}, false, []string{"-o", "-h"}},
		{[]string{"--strict"}, false, []string{"--strict"}},
	} {
		asked, others := helpAsked(testFlags(), c.flags)
		if asked != c.asked || !reflect.DeepEqual(others, c.others) {
			t.Errorf("helpAsked(%q) = %v, %q; want %v, %q", c.flags, asked, others, c.asked, c.others)
		}
	}
}

// TestEveryCommandsFlagsTranslated: every flag of every command has its
// description in the catalogue, translated into Finnish and Swedish, and
// every command's help comes in the language asked for.
func TestEveryCommandsFlagsTranslated(t *testing.T) {
	for _, c := range commands {
		p := probeFlags(c)
		if p == nil {
			t.Errorf("%s: its flags cannot be learnt (does it make them with newFlags?)", c.name)
			continue
		}
		p.fs.VisitAll(func(f *flag.Flag) {
			tx, ok := msg.Lookup(f.Usage)
			if !ok || tx.FI == "" || tx.SV == "" || tx.FI == f.Usage || tx.SV == f.Usage {
				t.Errorf("%s --%s: %q is not translated", c.name, f.Name, f.Usage)
			}
		})
		for _, l := range []struct{ lang, usage, flags string }{
			{"fi", "käyttö: govmap " + c.name, "valitsimet:"},
			{"sv", "användning: govmap " + c.name, "flaggor:"},
			{"en", "usage: govmap " + c.name, "flags:"},
		} {
			code, out, errOut := runCLI("help", c.name, "--lang", l.lang)
			summary := msg.T(msg.Lang(l.lang), c.summary)
			if code != exitOK || errOut != "" || !strings.HasPrefix(out, l.usage) || !strings.Contains(out, "\n"+summary+"\n") || !strings.Contains(out, "\n"+l.flags+"\n") {
				t.Errorf("help %s --lang %s: exit %d, stderr %q\n%s", c.name, l.lang, code, errOut, out)
			}
		}
	}
}
