package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"cuelang.org/go/mod/modfile"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// runFmt writes CUE files in the canonical layout, the one `cue fmt`
// writes (tabs, values lined up, LF line endings, no byte-order mark).
// Layout is never an error in a pull request: the format workflow runs
// this on main after a merge. A file that does not parse is reported and
// left as it is.
func runFmt(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("fmt", "[--check] [--lang fi|sv|en] [-C DIR] [FILE|FOLDER...]", stderr)
	check := fl.Bool("check", false, "list the files not in the canonical layout and exit 1; write nothing")
	langS := fl.String("lang", string(msg.Default()), "language of the messages: fi, sv or en (GOVMAP_LANG sets the default)")
	root := fl.String("C", ".", "the repository's top folder; FILE and FOLDER are relative to it")
	if err := fl.Parse(args); err != nil {
		return flagExit(err)
	}
	lang, err := msg.ParseLang(*langS)
	if err != nil {
		fmt.Fprintln(stderr, "govmap fmt: "+msg.Sprintf(msg.Default(), "--lang %q: want fi, sv or en", *langS))
		return exitTrouble
	}
	say := func(w io.Writer, format string, a ...any) {
		fmt.Fprintln(w, "govmap fmt: "+msg.Sprintf(lang, format, a...))
	}
	if fl.NArg() == 0 {
		// Every file of the repository: the one this folder is in.
		r, err := findRoot(*root)
		if err != nil {
			say(stderr, "%s", errorIn(lang, err))
			return exitTrouble
		}
		*root = r
	}
	files, err := fmtFiles(*root, fl.Args())
	if err != nil {
		say(stderr, "%v", err)
		return exitTrouble
	}
	version := moduleVersion(*root)
	var unformatted, rewritten, broken int
	for _, f := range files {
		path := filepath.FromSlash(f)
		if !filepath.IsAbs(path) {
			path = filepath.Join(*root, path)
		}
		info, err := os.Lstat(path)
		if err != nil {
			say(stderr, "cannot read %s to format it: %v", f, err)
			return exitTrouble
		}
		switch {
		case !info.Mode().IsRegular():
			say(stderr, "%s is a symbolic link or not a regular file; left as it is", f)
			broken++
			continue
		case info.Size() > model.MaxFileSize:
			say(stderr, "%s is %d bytes, more than the %d allowed; left as it is", f, info.Size(), model.MaxFileSize)
			broken++
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			say(stderr, "cannot read %s to format it: %v", f, err)
			return exitTrouble
		}
		out, err := model.Format(f, src, version)
		var serr *model.SyntaxError
		switch {
		case errors.As(err, &serr):
			for _, finding := range serr.Findings {
				_, hint := finding.In(lang)
				fmt.Fprintln(stderr, finding.Line(lang))
				for _, line := range strings.Split(hint, "\n") {
					fmt.Fprintf(stderr, "\t%s\n", line)
				}
			}
			say(stderr, "%s does not parse, so its layout cannot be fixed; it was left as it is", f)
			broken++
			continue
		case err != nil:
			say(stderr, "%v", err)
			return exitTrouble
		}
		if bytes.Equal(out, src) {
			continue
		}
		unformatted++
		if *check {
			fmt.Fprintln(stdout, f)
			continue
		}
		if err := writeFileAtomicMode(path, out, info.Mode().Perm()); err != nil {
			say(stderr, "%v", err)
			return exitTrouble
		}
		rewritten++
		fmt.Fprintln(stdout, msg.Sprintf(lang, "formatted %s", f))
	}
	switch {
	case *check && unformatted > 0:
		say(stderr, "%d of %d file(s) are not in the canonical layout; `%s` rewrites them", unformatted, len(files), commandLine("fmt"))
	case *check && broken == 0:
		say(stderr, "%d file(s) checked, all in the canonical layout", len(files))
	default:
		say(stderr, "%d of %d file(s) rewritten in the canonical layout", rewritten, len(files))
	}
	if broken > 0 || (*check && unformatted > 0) {
		return exitFailed
	}
	return exitOK
}

// fmtFiles lists the files to format, slash-separated and relative to root
// (or absolute, as given): with no arguments, every .cue file of the
// repository's data folders (model/ and the folders of model.Folders);
// else the named files, and the .cue files under the named folders
// (skipping testdata, cue.mod and hidden folders, as the loader does).
func fmtFiles(root string, args []string) ([]string, error) {
	var files []string
	if len(args) == 0 {
		dirs := []string{model.ModelDir}
		for _, f := range model.Folders {
			dirs = append(dirs, f.Dir)
		}
		for _, d := range dirs {
			entries, err := os.ReadDir(filepath.Join(root, d))
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmtErr{msg.M("cannot read %s to format it: %v", d, err)}
			}
			for _, e := range entries {
				if !e.IsDir() && strings.HasSuffix(e.Name(), ".cue") {
					files = append(files, d+"/"+e.Name())
				}
			}
		}
		if len(files) == 0 {
			return nil, fmtErr{msg.M("%s holds none of the data folders (model, actors, tasks, counties, municipalities)", root)}
		}
		return files, nil
	}
	for _, a := range args {
		p := a
		if !filepath.IsAbs(a) {
			p = filepath.Join(root, a)
		}
		info, err := os.Lstat(p)
		if err != nil {
			return nil, fmtErr{msg.M("cannot read %s to format it: %v", a, err)}
		}
		name := filepath.ToSlash(filepath.Clean(a))
		if !info.IsDir() {
			if !strings.HasSuffix(name, ".cue") {
				return nil, fmtErr{msg.M("%s is not a CUE file (.cue)", name)}
			}
			files = append(files, name)
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				n := d.Name()
				if q != p && (n == "testdata" || n == "cue.mod" || n == "node_modules" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_")) {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(q, ".cue") {
				rel, err := filepath.Rel(p, q)
				if err != nil {
					return err
				}
				files = append(files, filepath.ToSlash(filepath.Join(filepath.Clean(a), rel)))
			}
			return nil
		})
		if err != nil {
			return nil, fmtErr{msg.M("cannot read %s to format it: %v", a, err)}
		}
	}
	slices.Sort(files)
	return slices.Compact(files), nil
}

// fmtErr is an error whose text is a catalogue message, shown in the
// command's language.
type fmtErr struct{ msg.Message }

func (e fmtErr) Error() string { return e.String() }

// moduleVersion is the CUE language version of the module at root, which
// `cue fmt` gives the parser; "" (the latest) when it cannot be read.
func moduleVersion(root string) string {
	name := filepath.Join(root, "cue.mod", "module.cue")
	b, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	f, err := modfile.Parse(b, name)
	if err != nil || f.Language == nil {
		return ""
	}
	return f.Language.Version
}
