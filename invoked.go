package main

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// invokedAs is how the user ran this program, for messages that tell them
// to run a command: "go run ." when `go run` built it, "./govmap" when
// they ran it by a path, and "govmap" when it was found on the PATH (or
// nothing better is known). arg0 is os.Args[0]; lookPath finds a name on
// the PATH (exec.LookPath).
//
// `go run` builds the program into a temporary folder of its own,
// $GOTMPDIR or the system's temporary folder, as go-buildNNN/b001/exe/NAME:
// a program in a folder named exe inside a folder named go-build* was
// built by `go run`. (`go test` builds go-buildNNN/b001/NAME.test, which is
// not this program's name.) Newer go commands keep what `go run` builds in
// the build cache instead ($GOCACHE, by default ~/.cache/go-build), as
// XX/HASH-d/NAME: a folder of 64 hex digits and "-d" inside one of two.
func invokedAs(arg0 string, lookPath func(string) (string, error)) string {
	const name = "govmap"
	base := strings.TrimSuffix(filepath.Base(arg0), ".exe")
	if arg0 == "" || strings.HasSuffix(base, ".test") {
		return name
	}
	dir := filepath.Dir(arg0)
	if filepath.Base(dir) == "exe" {
		for d := filepath.Dir(dir); d != filepath.Dir(d); d = filepath.Dir(d) {
			if strings.HasPrefix(filepath.Base(d), "go-build") {
				return "go run ."
			}
		}
	}
	if cachedRun.MatchString(filepath.Base(dir)) && twoHex.MatchString(filepath.Base(filepath.Dir(dir))) {
		return "go run ."
	}
	if !strings.ContainsRune(arg0, '/') && !strings.ContainsRune(arg0, filepath.Separator) {
		return arg0 // found on the PATH, as typed
	}
	if filepath.IsAbs(arg0) && lookPath != nil {
		// An absolute path that is what the PATH finds: the name will do.
		if p, err := lookPath(filepath.Base(arg0)); err == nil && sameFile(p, arg0) {
			return filepath.Base(arg0)
		}
	}
	return arg0
}

func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}

var (
	cachedRun = regexp.MustCompile(`^[0-9a-f]{64}-d$`)
	twoHex    = regexp.MustCompile(`^[0-9a-f]{2}$`)
)

var invoked = sync.OnceValue(func() string {
	if len(os.Args) == 0 {
		return "govmap"
	}
	return invokedAs(os.Args[0], exec.LookPath)
})

// commandLine is a command for the user to run, as they run this program:
// commandLine("validate", ".") is "go run . validate ." under `go run` and
// "govmap validate ." for the installed program. Every message that tells
// the user to run a command gets it from here.
func commandLine(args ...string) string {
	return strings.Join(append([]string{invoked()}, args...), " ")
}

// isRepoRoot reports whether dir is a govmap repository's top folder: it
// holds the CUE module (cue.mod/) and the cooperation model (model/).
func isRepoRoot(dir string) bool {
	for _, d := range []string{"cue.mod", model.ModelDir} {
		if info, err := os.Stat(filepath.Join(dir, d)); err != nil || !info.IsDir() {
			return false
		}
	}
	return true
}

// findRoot finds the govmap repository that holds the folder dir: dir
// itself, or the nearest of its parents with cue.mod/ and model/, as git
// finds its repository from a subfolder. The root is returned as the user
// would write it: dir itself when dir is the root, else relative to the
// current folder when it can be ("..", "../.."), else absolute. An error
// (a catalogue message) says the folder is not in a repository, or does
// not exist.
func findRoot(dir string) (string, error) {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return "", msg.Errorf("%s: no such file or folder", dir)
	}
	if err != nil {
		return "", err
	}
	if !info.IsDir() {
		return "", msg.Errorf("%s is not a folder", dir)
	}
	if isRepoRoot(dir) {
		return dir, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if isRepoRoot(d) {
			if wd, err := os.Getwd(); err == nil {
				if rel, err := filepath.Rel(wd, d); err == nil {
					return rel, nil
				}
			}
			return d, nil
		}
		if d == filepath.Dir(d) {
			break
		}
	}
	return "", notRepoError(abs)
}

// notRepoError says that a folder is not in a govmap repository, and what
// to do.
func notRepoError(abs string) error {
	return msg.Errorf("this folder is not a govmap repository (no cue.mod/ and model/ found in %s or its parents); run the command in the repository's top folder or give its path", abs)
}
