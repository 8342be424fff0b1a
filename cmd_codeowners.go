package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/model"
)

// runCodeowners writes .github/CODEOWNERS, or with --check only compares
// it. On main the ci workflow runs it after every merge and commits the
// result; .ci/run checks it there. Pull requests leave the file alone.
func runCodeowners(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("codeowners", "[--check] [--lang fi|sv|en] [DIR]", stderr)
	check := fs.Bool("check", false, "only check that .github/CODEOWNERS is current; write nothing")
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	repo, err := model.Load(dir)
	if _, isFindings := model.Findings(err); err != nil && !isFindings {
		return c.fail(err)
	} else if err != nil {
		c.note("the repository has problems; run '%s' first", commandLine("validate", dir))
		return exitFailed
	}
	want := codeowners.Generate(repo)
	path := filepath.Join(dir, filepath.FromSlash(codeowners.Path))
	got, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return c.fail(err)
	}
	if *check {
		if line := codeowners.FirstDifference(got, want); line > 0 {
			c.note("%s is out of date (line %d): on main, the codeowners job of the ci workflow writes it after each merge; if that job failed, run '%s' on main and commit it (a pull request leaves it alone)",
				codeowners.Path, line, commandLine("codeowners"))
			return exitFailed
		}
		c.note("%s is current", codeowners.Path)
		return exitOK
	}
	if bytes.Equal(got, want) {
		c.note("%s is current", codeowners.Path)
		return exitOK
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return c.fail(err)
	}
	if err := writeFileAtomic(path, want); err != nil {
		return c.fail(err)
	}
	fmt.Fprintln(c.stdout, c.S("wrote %s", codeowners.Path))
	return exitOK
}
