package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// runCodeowners writes .github/CODEOWNERS, or with --check only compares
// it. On main the ci workflow runs it after every merge and commits the
// result; .ci/run checks it there. Pull requests leave the file alone.
func runCodeowners(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("codeowners", "[--check] [DIR]", stderr)
	check := fs.Bool("check", false, "only check that .github/CODEOWNERS is current; write nothing")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	repo, err := model.Load(dir)
	if _, isFindings := model.Findings(err); err != nil && !isFindings {
		fmt.Fprintf(stderr, "govmap codeowners: %v\n", err)
		return exitTrouble
	} else if err != nil {
		fmt.Fprintf(stderr, "govmap codeowners: the repository has problems; run 'govmap validate %s' first\n", dir)
		return exitFailed
	}
	want := codeowners.Generate(repo)
	path := filepath.Join(dir, filepath.FromSlash(codeowners.Path))
	got, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		fmt.Fprintf(stderr, "govmap codeowners: %v\n", err)
		return exitTrouble
	}
	if *check {
		if line := codeowners.FirstDifference(got, want); line > 0 {
			fmt.Fprintln(stderr, msg.Sprintf(msg.Default(),
				"govmap codeowners: %s is out of date (line %d): on main, the codeowners job of the ci workflow writes it after each merge; if that job failed, run 'govmap codeowners' on main and commit it (a pull request leaves it alone)",
				codeowners.Path, line))
			return exitFailed
		}
		fmt.Fprintf(stderr, "govmap codeowners: %s is current\n", codeowners.Path)
		return exitOK
	}
	if bytes.Equal(got, want) {
		fmt.Fprintf(stderr, "govmap codeowners: %s is current\n", codeowners.Path)
		return exitOK
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		fmt.Fprintf(stderr, "govmap codeowners: %v\n", err)
		return exitTrouble
	}
	if err := writeFileAtomic(path, want); err != nil {
		fmt.Fprintf(stderr, "govmap codeowners: %v\n", err)
		return exitTrouble
	}
	fmt.Fprintf(stdout, "wrote %s\n", codeowners.Path)
	return exitOK
}
