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
			fmt.Fprintf(stderr, "govmap codeowners: %s is out of date (line %d); run 'govmap codeowners' and commit it\n", codeowners.Path, line)
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
