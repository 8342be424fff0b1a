// Package validate checks a loaded repository against the cooperation
// model: every reference resolves, and the rules the model states hold.
// Schema errors come from the loader (CUE); the checks here are the ones
// that span files.
package validate

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// Options tune a validation run.
type Options struct {
	// Today is the date overdue reports and future dates are judged
	// against; zero skips those checks.
	Today time.Time
	// Reference is the reference data municipalities and counties are
	// held to; nil means the data embedded in the reference package.
	Reference *reference.Data
	// Only, when set, limits the run to some files (`--changed`): only
	// they are checked against the schema, the others are read as a
	// trusted index for the cross-file checks, and only their findings are
	// returned.
	Only func(path string) bool
	// Codeowners checks .github/CODEOWNERS against the maintainers in the
	// files (rule codeowners-stale). It is a check of main only: GitHub
	// judges a pull request by the CODEOWNERS of its base, and a workflow
	// regenerates the file after every merge, so a pull request that adds
	// maintainers does not touch it (it could not from a fork in the web
	// editor, and two such pull requests would conflict on it). The check
	// is skipped while a file fails to load: the file's maintainers would
	// be missing from the expected CODEOWNERS, a knock-on of its own error.
	Codeowners bool
	// Org is the GitHub organisation of the repository (the OWNER of
	// OWNER/NAME): only its teams can approve changes in CODEOWNERS. Empty
	// means the organisation of the national coordinators' team.
	Org string
	// Invoked is how the user runs govmap ("go run .", "./govmap"), for
	// hints that tell them to run a command; "" is "govmap".
	Invoked string
	// Base, when set, is what earlier runs on the same repository keep
	// (model.Prepare): a run with it gives the same findings, faster
	// when only a few files changed (the site's editor, at every edit).
	Base *model.Prepared
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
	{"basis", checkBasis},
	{"identity", checkIdentity},
	{"governance", checkGovernance},
	{"contacts", checkContacts},
	{"officials", checkOfficials},
}

type checker struct {
	repo  *model.Repository
	opts  Options
	found []*diag.Finding
}

// defined reports whether a file defines the entity; a file that could not
// be read or parsed still stands for the entity its name says.
func (c *checker) defined(collection, id string) bool { return c.repo.Defined(collection, id) }

func (c *checker) report(f *diag.Finding) { c.found = append(c.found, f) }

// Check runs every check on a loaded repository and returns the findings.
func Check(repo *model.Repository, opts Options) ([]*diag.Finding, error) {
	if opts.Reference == nil {
		ref, err := reference.Load()
		if err != nil {
			return nil, fmt.Errorf("loading reference data: %w", err)
		}
		opts.Reference = ref
	}
	c := &checker{repo: repo, opts: opts}
	for _, ch := range checks {
		ch.run(c)
	}
	scrub(repo, c.found)
	return c.found, nil
}

// scrub takes out of the findings about each municipality's file what is
// non-public in it (its persons' names and phones, its non-public entries'
// ids and texts), wherever a finding would quote one: findings go into
// public pull-request comments and annotations. The checks name non-public
// entries by kind already; this holds for any value the file repeats
// elsewhere, such as a person's name written as a party.
func scrub(repo *model.Repository, found []*diag.Finding) {
	byFile := map[string][]*diag.Finding{}
	for _, f := range found {
		byFile[f.Pos.File] = append(byFile[f.Pos.File], f)
	}
	for _, m := range repo.Municipalities() {
		if fs := byFile[m.Pos.File]; len(fs) > 0 {
			diag.NewScrubber(m.NonPublicWords()).Scrub(fs...)
		}
	}
}

// Run loads the repository at root and checks it. The error is non-nil
// only when the repository cannot be read at all; problems in files are
// findings, in file order.
func Run(root string, opts Options) (*model.Repository, []*diag.Finding, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("validating: %w", err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("validating: %s is not a directory", root)
	}
	return run(os.DirFS(root), root, opts)
}

// RunFS is Run for a file system, such as a git revision or a test's.
func RunFS(fsys fs.FS, opts Options) (*model.Repository, []*diag.Finding, error) {
	return run(fsys, "repository", opts)
}

func run(fsys fs.FS, name string, opts Options) (*model.Repository, []*diag.Finding, error) {
	repo, err := model.LoadFSWith(fsys, model.Options{Evaluate: opts.Only, Base: opts.Base})
	loadFindings, ok := model.Findings(err)
	if !ok {
		return nil, nil, fmt.Errorf("validating %s: %w", name, err)
	}
	var merr *multierror.Error
	for _, f := range loadFindings {
		merr = multierror.Append(merr, f)
	}
	found, err := Check(repo, opts)
	if err != nil {
		return nil, nil, err
	}
	if opts.Codeowners && !loadFailed(loadFindings) {
		if f := checkCodeowners(fsys, repo, opts.Invoked); f != nil {
			found = append(found, f)
		}
	}
	for _, f := range found {
		merr = multierror.Append(merr, f)
	}
	all, _ := model.Findings(merr.ErrorOrNil())
	if opts.Only != nil {
		kept := all[:0]
		for _, f := range all {
			if opts.Only(f.Pos.File) {
				kept = append(kept, f)
			}
		}
		all = kept
	}
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

// loadFailed reports whether the loader found an error: a file it could
// not read or that breaks the schema, whose entity is then incomplete or
// missing.
func loadFailed(fs []*diag.Finding) bool {
	for _, f := range fs {
		if f.Severity == diag.Error {
			return true
		}
	}
	return false
}

// checkCodeowners reports a .github/CODEOWNERS that differs from the one
// the maintainers in the CUE files give. A file with errors stands for
// its entity: its maintainers cannot be read, so its line is not compared,
// and without a readable model nothing is (the coordinators come from it).
func checkCodeowners(fsys fs.FS, repo *model.Repository, invoked string) *diag.Finding {
	if invoked == "" {
		invoked = "govmap"
	}
	// Nobody writes it by hand: the workflow on main does, after each merge.
	const hint = "The codeowners job of the ci workflow writes it on main after each merge; if that job failed, run `%s` on main and commit .github/CODEOWNERS."
	run := invoked + " codeowners"
	got, err := fs.ReadFile(fsys, codeowners.Path)
	if err != nil {
		return diag.New("codeowners-stale", model.Pos{File: codeowners.Path}, "%s is missing", codeowners.Path).WithHint(hint, run)
	}
	if repo.ModelBroken() {
		return nil
	}
	want := codeowners.Generate(repo)
	line := codeowners.FirstDifference(got, want)
	if broken := repo.BrokenFiles(); line > 0 && len(broken) > 0 {
		line = codeowners.FirstDifferenceExcept(got, want, func(file string) bool { return slices.Contains(broken, file) })
	}
	if line == 0 {
		return nil
	}
	return diag.New("codeowners-stale", model.Pos{File: codeowners.Path, Line: line, Col: 1},
		"%s does not match the maintainers in the CUE files (first difference on line %d)", codeowners.Path, line).WithHint(hint, run)
}
