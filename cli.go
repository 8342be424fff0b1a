package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/govmap/govmap/msg"
)

// cli is one run of a command: its name, the language the user reads and
// where its output goes. Every text it prints comes from the message
// catalogue.
type cli struct {
	name           string
	lang           msg.Lang
	stdout, stderr io.Writer
}

// langValue is the value of --lang. Its String is the language, so the
// usage text and package flag's errors can be put into it.
type langValue struct{ l *msg.Lang }

func (v langValue) String() string {
	if v.l == nil {
		return ""
	}
	return string(*v.l)
}

func (v langValue) Set(s string) error {
	l, err := msg.ParseLang(s)
	if err != nil {
		// Package flag prints "invalid value "xx" for flag -lang: " before
		// it; flagOutput translates both parts.
		return errors.New("want fi, sv or en")
	}
	*v.l = l
	return nil
}

// langFlag adds --lang to a command's flags; its default is GOVMAP_LANG,
// else Finnish.
func langFlag(fs *flag.FlagSet) *msg.Lang {
	l := msg.Default()
	fs.Var(langValue{&l}, "lang", "language of the output: fi, sv or en (default from GOVMAP_LANG, else fi)")
	return &l
}

// flagLang is the language of a flag set's --lang as parsed so far, else
// the default.
func flagLang(fs *flag.FlagSet) msg.Lang {
	if f := fs.Lookup("lang"); f != nil {
		if v, ok := f.Value.(langValue); ok && v.l != nil {
			return *v.l
		}
		// A command whose --lang is a plain string flag.
		if l, err := msg.ParseLang(f.Value.String()); err == nil {
			return l
		}
	}
	return msg.Default()
}

// newCLI parses a command's flags (with --lang) and returns the run.
func newCLI(fs *flag.FlagSet, lang *msg.Lang, stdout, stderr io.Writer) *cli {
	return &cli{name: fs.Name(), lang: *lang, stdout: stdout, stderr: stderr}
}

// T is a catalogue text in the run's language.
func (c *cli) T(key string) string { return msg.T(c.lang, key) }

// S formats a catalogue message in the run's language.
func (c *cli) S(format string, args ...any) string { return msg.Sprintf(c.lang, format, args...) }

// printf writes a catalogue message to stdout.
func (c *cli) printf(format string, args ...any) { fmt.Fprint(c.stdout, c.S(format, args...)) }

// note writes "govmap CMD: message" to stderr.
func (c *cli) note(format string, args ...any) {
	fmt.Fprintf(c.stderr, "govmap %s: %s\n", c.name, c.S(format, args...))
}

// fail reports an error on stderr and returns the exit status for it. A
// catalogue error is printed in the run's language; others (from the
// system or a library) as they are.
func (c *cli) fail(err error) int {
	var me *msg.Error
	if errors.As(err, &me) && me.Error() == err.Error() {
		fmt.Fprintf(c.stderr, "govmap %s: %s\n", c.name, me.Localize(c.lang))
	} else {
		fmt.Fprintf(c.stderr, "govmap %s: %v\n", c.name, err)
	}
	return exitTrouble
}

// flagUsage prints a command's usage line and its flags, with their
// descriptions from the catalogue, in the language of --lang.
func flagUsage(fs *flag.FlagSet, args string, w io.Writer) {
	l := flagLang(fs)
	fmt.Fprintln(w, msg.Sprintf(l, "usage: %s %s %s", invoked(), fs.Name(), args))
	// A flag's value is shown as the usage line shows it ("--format
	// text|json"), else by a word for any value.
	shown := map[string]string{"lang": "fi|sv|en"}
	for _, m := range usageValue.FindAllStringSubmatch(args, -1) {
		shown[m[1]] = m[2]
	}
	fs.VisitAll(func(f *flag.Flag) {
		name, _ := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if len(f.Name) > 1 {
			line = "  --" + f.Name
		}
		if v, ok := shown[f.Name]; ok {
			line += " " + v
		} else if name != "" {
			line += " " + msg.T(l, "cli.flag.value")
		}
		desc := msg.T(l, f.Usage)
		if f.DefValue != "" && f.DefValue != "false" && f.Name != "lang" {
			desc += " " + msg.Sprintf(l, "(default: %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n    \t%s\n", line, desc)
	})
}

// usageValue finds "[--flag VALUE]" in a usage line.
var usageValue = regexp.MustCompile(`\[--?([A-Za-z][a-z0-9-]*) ([^\]\s]+)\]`)

// flagOutput is where package flag writes: its error messages are put
// into the language of --lang (as parsed so far) and prefixed like the
// commands' own; anything else passes as it is.
type flagOutput struct {
	fs *flag.FlagSet
	w  io.Writer
}

// flagErrors are package flag's error messages (Go 1.26) and their
// catalogue formats. A quoted value stays as flag quoted it; the last
// group, flag's reason, is looked up in the catalogue.
var flagErrors = []struct {
	re     *regexp.Regexp
	format string
}{
	{regexp.MustCompile(`^flag provided but not defined: -(.*)$`), "unknown flag --%s"},
	{regexp.MustCompile(`^flag needs an argument: -(.*)$`), "flag --%s needs a value"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "bad flag syntax: %s"},
	{regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-([^:]*): (.*)$`), "invalid value %s for --%s: %s"},
}

func (o flagOutput) Write(p []byte) (int, error) {
	line, ok := strings.CutSuffix(string(p), "\n")
	if ok && !strings.Contains(line, "\n") {
		l := flagLang(o.fs)
		for _, e := range flagErrors {
			m := e.re.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			if len(args) == 3 && msg.Has(m[3]) {
				args[2] = msg.T(l, m[3])
			}
			_, err := fmt.Fprintf(o.w, "govmap %s: %s\n", o.fs.Name(), msg.Sprintf(l, e.format, args...))
			return len(p), err
		}
	}
	return o.w.Write(p)
}
