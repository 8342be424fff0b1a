package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/request"
	"github.com/govmap/govmap/validate"
)

// runApply applies a change request (an issue's body: Markdown with one
// ```cue block) to its municipality's file, then validates the file as
// `govmap validate` does. The file is written only when the request itself
// is well-formed (plain data, one municipality, no identity change); the
// validation's findings are reported, and an error among them makes the
// exit status 1, but the file is written: a pull request shows them.
func runApply(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("apply", "--request FILE [--code CODE] [--today YYYY-MM-DD] [--repo OWNER/NAME] [--lang fi|sv|en] [DIR]", stderr)
	reqFile := fs.String("request", "", "the change request: a file holding an issue's body (Markdown with one ```cue block)")
	code := fs.String("code", "", "the municipality the request must be for (the issue form's field); default: the one its block names")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository OWNER/NAME: maintainers' teams must be OWNER's (default $GITHUB_REPOSITORY, else the national coordinators' organisation)")
	langp := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, langp, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	if *reqFile == "" {
		c.note("want --request FILE")
		fs.Usage()
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return c.fail(err)
	}
	org, err := repoOwner(*repoFlag)
	if err != nil {
		return c.fail(err)
	}
	body, err := readCapped(*reqFile, request.MaxBodySize)
	if err != nil {
		return c.fail(err)
	}
	res, err := applyRequest(dir, filepath.ToSlash(*reqFile), body, *code)
	var refused *request.Error
	switch {
	case errors.As(err, &refused):
		if werr := writeText(c, refused.Findings); werr != nil {
			return c.fail(werr)
		}
		if refused.File {
			c.note("nothing written: the municipality's file cannot be read as data; it must be fixed first")
		} else {
			c.note("nothing written: the request has the problems above")
		}
		return exitFailed
	case err != nil:
		return c.fail(err)
	}
	if res.Wrote {
		c.note("wrote %s", res.File)
	} else {
		c.note("%s already says what the request says; nothing written", res.File)
	}
	findings, err := validateFile(dir, res.File, validate.Options{Today: today, Org: org})
	if err != nil {
		return c.fail(err)
	}
	if err := writeText(c, findings); err != nil {
		return c.fail(err)
	}
	if validate.Failed(findings, false) {
		return exitFailed
	}
	return exitOK
}

// applied is what applying a request did.
type applied struct {
	Code, File    string // the municipality and its file, relative to the repository
	Before, After []byte
	Wrote         bool // After differs from Before and was written
}

// applyRequest applies the request body (named name in findings) to the
// file of its municipality in the repository at dir: code, when set, is
// the municipality it must be for (the issue form's field), else the one
// its block names. The file is found by its code among municipalities/'s
// files, and written (to a temporary file renamed over it) only when the
// request is well-formed. A refused request is a *request.Error.
func applyRequest(dir, name string, body []byte, code string) (*applied, error) {
	target := code
	if target == "" {
		var err error
		if target, err = request.Code(name, body); err != nil {
			return nil, err
		}
	} else if !request.ValidCode(target) {
		return nil, &request.Error{Findings: []*diag.Finding{requestProblem(name, "%s is no municipality's code: a code is three digits, such as 091", target)}}
	}
	file, err := request.FileOf(os.DirFS(dir), target)
	var nf *request.ErrNoFile
	if errors.As(err, &nf) {
		return nil, &request.Error{Findings: []*diag.Finding{requestProblem(name, "no file of municipalities/ is municipality %s's", target)}}
	}
	if err != nil {
		return nil, fmt.Errorf("finding municipality %s's file: %w", target, err)
	}
	path := filepath.Join(dir, filepath.FromSlash(file))
	before, err := readCapped(path, model.MaxFileSize)
	if err != nil {
		return nil, err
	}
	after, err := request.MergeWith(before, file, body, request.Options{Name: name, Code: target})
	if err != nil {
		return nil, err
	}
	res := &applied{Code: target, File: file, Before: before, After: after}
	if bytes.Equal(before, after) {
		return res, nil
	}
	if err := writeAtomic(path, after); err != nil {
		return nil, err
	}
	res.Wrote = true
	return res, nil
}

// requestProblem is a finding about the request as a whole.
func requestProblem(name, format string, args ...any) *diag.Finding {
	m := msg.M(format, args...)
	return &diag.Finding{Rule: request.Rule, Severity: diag.Error, Pos: diag.Pos{File: name}, Message: m.Localize(msg.EN), Msg: m}
}

// readCapped reads a regular file of at most max bytes.
func readCapped(path string, max int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, msg.Errorf("%s is a symbolic link or not a regular file", path)
	}
	if info.Size() > max {
		return nil, msg.Errorf("%s is %d bytes, more than the %d allowed", path, info.Size(), max)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return b, nil
}

// writeAtomic replaces a file's content: written to a temporary file in
// its folder, then renamed over it, so the file is never half-written.
func writeAtomic(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".govmap-apply-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// validateFile validates the repository and returns the findings of one
// of its files (the others serve as the index), as `govmap validate`
// reports them.
func validateFile(dir, file string, opts validate.Options) ([]*diag.Finding, error) {
	opts.Only = func(p string) bool { return p == file }
	_, findings, err := validate.Run(dir, opts)
	return findings, err
}
