// Package validate checks a loaded repository against the cooperation
// model: every reference resolves, and the rules the model states hold.
// Schema errors come from the loader (CUE); the checks here are the ones
// that span files.
package validate

import (
	"fmt"
	"io/fs"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
)

// Options tune a validation run.
type Options struct {
	// Today is the date overdue reports and future dates are judged
	// against.
	Today time.Time
}

// check is one validator check: a small named value, run over the whole
// repository.
type check struct {
	name string
	run  func(c *checker)
}

// checks run in this order; each reports through the checker.
var checks = []check{
	{"references", checkReferences},
	{"succession", checkSuccession},
	{"numbering", checkNumbering},
}

type checker struct {
	repo  *model.Repository
	opts  Options
	found []*diag.Finding
}

func (c *checker) report(f *diag.Finding) { c.found = append(c.found, f) }

// Check runs every check on a loaded repository and returns the findings.
func Check(repo *model.Repository, opts Options) []*diag.Finding {
	c := &checker{repo: repo, opts: opts}
	for _, ch := range checks {
		ch.run(c)
	}
	return c.found
}

// Run loads the repository at root and checks it. The error is non-nil
// only when the repository cannot be read at all; problems in files are
// findings, in file order.
func Run(root string, opts Options) (*model.Repository, []*diag.Finding, error) {
	repo, err := model.Load(root)
	return finish(repo, err, root, opts)
}

// RunFS is Run for a file system, such as a git revision or a test's.
func RunFS(fsys fs.FS, opts Options) (*model.Repository, []*diag.Finding, error) {
	repo, err := model.LoadFS(fsys)
	return finish(repo, err, "repository", opts)
}

func finish(repo *model.Repository, err error, name string, opts Options) (*model.Repository, []*diag.Finding, error) {
	loadFindings, ok := model.Findings(err)
	if !ok {
		return nil, nil, fmt.Errorf("validating %s: %w", name, err)
	}
	var merr *multierror.Error
	for _, f := range loadFindings {
		merr = multierror.Append(merr, f)
	}
	for _, f := range Check(repo, opts) {
		merr = multierror.Append(merr, f)
	}
	all, _ := model.Findings(merr.ErrorOrNil())
	diag.Sort(all)
	return repo, all, nil
}

// Failed reports whether the findings fail a run: any error, or with
// strict any warning too.
func Failed(fs []*diag.Finding, strict bool) bool {
	for _, f := range fs {
		if f.Severity == diag.Error || (strict && f.Severity == diag.Warning) {
			return true
		}
	}
	return false
}
