package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

// validateArgs reads validate's arguments: none or one folder (the
// repository, see repoDir), or CUE files to check. For files, named maps
// each one's path in the repository ("municipalities/091-helsinki.cue") to
// the path as the user gave it; the files must be data files of one
// repository, which is found from their folder upward. Any problem is
// said in one line on stderr (ok false).
func validateArgs(fl *flag.FlagSet, stderr io.Writer) (dir string, named map[string]string, ok bool) {
	if fl.NArg() == 0 {
		dir, ok = repoDir(fl, stderr)
		return dir, nil, ok
	}
	if fl.NArg() == 1 {
		if info, err := os.Stat(fl.Arg(0)); err == nil && info.IsDir() {
			dir, ok = repoDir(fl, stderr)
			return dir, nil, ok
		}
	}
	fail := func(err error) (string, map[string]string, bool) {
		fmt.Fprintf(stderr, "govmap %s: %s\n", fl.Name(), errorIn(flagLang(fl), err))
		return "", nil, false
	}
	named = map[string]string{}
	var rootAbs string
	for _, arg := range fl.Args() {
		rel, root, err := repoFile(arg)
		if err != nil {
			return fail(err)
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			return fail(err)
		}
		switch {
		case dir == "":
			dir, rootAbs = root, abs
		case abs != rootAbs:
			return fail(msg.Errorf("%s and %s are in different repositories (%s and %s); check them one repository at a time", fl.Arg(0), arg, dir, root))
		}
		named[rel] = arg
	}
	return dir, named, true
}

// repoFile finds the repository of a file given to validate and returns
// its path there (slash-separated) and the repository's folder.
func repoFile(arg string) (rel, root string, err error) {
	info, err := os.Stat(arg)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if alt := sameCode(arg); alt != "" {
			return "", "", msg.Errorf("%s: no such file or folder; did you mean %s?", arg, alt)
		}
		return "", "", msg.Errorf("%s: no such file or folder", arg)
	case err != nil:
		return "", "", err
	case info.IsDir():
		return "", "", msg.Errorf("%s is a folder: give one folder (the repository), or files", arg)
	case !strings.HasSuffix(arg, ".cue"):
		return "", "", msg.Errorf("%s is not a CUE file (.cue)", arg)
	}
	root, err = findRoot(filepath.Dir(arg))
	if err != nil {
		var me *msg.Error
		if errors.As(err, &me) {
			abs, _ := filepath.Abs(arg)
			return "", "", msg.Errorf("%s is not in a govmap repository (no cue.mod/ and model/ found in its folder or the folders above it)", abs)
		}
		return "", "", err
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return "", "", err
	}
	absFile, err := filepath.Abs(arg)
	if err != nil {
		return "", "", err
	}
	r, err := filepath.Rel(absRoot, absFile)
	if err != nil {
		return "", "", err
	}
	rel = filepath.ToSlash(r)
	if !isDataFolder(path.Dir(rel)) {
		return "", "", msg.Errorf("%s is not one of the repository's data files (the .cue files in model/, actors/, tasks/, counties/ and municipalities/)", arg)
	}
	return rel, root, nil
}

// isDataFolder reports a folder whose .cue files the loader reads.
func isDataFolder(dir string) bool {
	if dir == model.ModelDir {
		return true
	}
	for _, f := range model.Folders {
		if f.Dir == dir {
			return true
		}
	}
	return false
}

// namedScope is the Options.Only for named files: validate --changed's
// scope (validate.Scope), as if just these files had changed. When a
// change to them could change any file's findings (the model, an actor),
// every file is checked; only the named files' findings are reported
// either way (onlyNamed).
func namedScope(dir string, named map[string]string) func(string) bool {
	set := map[string]bool{}
	for rel := range named {
		set[rel] = true
	}
	only, _ := validate.Scope(set, func(p string) bool {
		_, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(p)))
		return err == nil
	})
	return only
}

// onlyNamed keeps the findings in the named files, with their paths as
// the user gave them, and counts the errors left out.
func onlyNamed(findings []*diag.Finding, named map[string]string) (out []*diag.Finding, otherErrors int) {
	for _, f := range findings {
		given, ok := named[f.Pos.File]
		if !ok {
			if f.Severity == diag.Error {
				otherErrors++
			}
			continue
		}
		g := *f
		g.Pos.File = given
		out = append(out, &g)
	}
	return out, otherErrors
}

// sameCode is the file in arg's folder named with the same code
// ("545-narpes.cue" for "545-narpio.cue": a file is named after the
// municipality's code and its name in the main language), as the user
// would write it; empty when there is none or more than one.
func sameCode(arg string) string {
	code, _, ok := strings.Cut(filepath.Base(arg), "-")
	if !ok || code == "" {
		return ""
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(arg), code+"-*.cue"))
	if len(matches) != 1 {
		return ""
	}
	return filepath.Join(filepath.Dir(arg), filepath.Base(matches[0]))
}
