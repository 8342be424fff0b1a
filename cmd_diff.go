package main

import (
	"fmt"
	"io"
	"os"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", "[--format text|markdown|json] [--lang fi|sv|en] [-C DIR] [--today YYYY-MM-DD] BASE [HEAD]", stderr)
	format := fs.String("format", "text", "output format: text, markdown or json")
	langS := fs.String("lang", string(msg.Default()), "language of the output: fi, sv or en (default: $GOVMAP_LANG, else fi)")
	dir := fs.String("C", ".", "the repository (any folder inside it)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	lang, err := msg.ParseLang(*langS)
	if err != nil {
		fmt.Fprintln(stderr, "govmap diff: "+msg.Sprintf(msg.Default(), "--lang %q: want fi, sv or en", *langS))
		return exitTrouble
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		fmt.Fprintln(stderr, "govmap diff: "+msg.Sprintf(lang, "want BASE and optionally HEAD (default: the working tree)"))
		fs.Usage()
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap diff: %v\n", err)
		return exitTrouble
	}
	write := map[string]func(io.Writer, *semdiff.Result, ...msg.Lang) error{
		"text": semdiff.Text, "markdown": semdiff.Markdown, "json": semdiff.JSON,
	}[*format]
	if write == nil {
		fmt.Fprintln(stderr, "govmap diff: "+msg.Sprintf(lang, "unknown format %q (want one of: %s)", *format, "text, markdown, json"))
		return exitTrouble
	}
	if _, err := findRoot(*dir); err != nil {
		fmt.Fprintf(stderr, "govmap diff: %s\n", errorIn(lang, err))
		return exitTrouble
	}
	res, err := semanticDiff(*dir, fs.Arg(0), fs.Arg(1), validate.Options{Today: today})
	if err != nil {
		fmt.Fprintf(stderr, "govmap diff: %v\n", err)
		return exitTrouble
	}
	if err := write(stdout, res, lang); err != nil {
		fmt.Fprintf(stderr, "govmap diff: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

// semanticDiff loads BASE and HEAD (empty: the working tree) of the
// repository containing dir and compares them.
func semanticDiff(dir, base, head string, opts validate.Options) (*semdiff.Result, error) {
	repo, err := gitrepo.Open(dir)
	if err != nil {
		return nil, err
	}
	baseFS, err := repo.FS(base)
	if err != nil {
		return nil, err
	}
	b, bf, err := validate.RunFS(baseFS, opts)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", base, err)
	}
	headFS := os.DirFS(repo.Root())
	if head != "" {
		if headFS, err = repo.FS(head); err != nil {
			return nil, err
		}
	}
	h, hf, err := validate.RunFS(headFS, opts)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", orWorkTree(head), err)
	}
	return semdiff.Compare(b, h, bf, hf), nil
}

func orWorkTree(rev string) string {
	if rev == "" {
		return "the working tree"
	}
	return rev
}
