package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

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

// langFlag adds --lang to a command's flags; its default is GOVMAP_LANG,
// else Finnish.
func langFlag(fs *flag.FlagSet) *msg.Lang {
	l := msg.Default()
	fs.Func("lang", "language of the output: fi, sv or en (default from GOVMAP_LANG, else fi)", func(s string) error {
		v, err := msg.ParseLang(s)
		if err != nil {
			return err
		}
		l = v
		return nil
	})
	return &l
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
