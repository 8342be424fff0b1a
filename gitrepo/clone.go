package gitrepo

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/osfs"
	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/govmap/govmap/msg"
)

// openGit opens the repository that contains dir the way the git command
// would: a linked work tree (`git worktree add`) reads the objects and refs
// of its main repository (EnableDotGitCommonDir), and a clone that borrows
// objects from another repository (`git clone --shared` or `--reference`:
// objects/info/alternates) finds them where the alternates file says,
// which go-git looks for only inside .git unless it is given the whole file
// system (AlternatesFS).
func openGit(dir string) (*git.Repository, error) {
	r, err := git.PlainOpenWithOptions(dir, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if err != nil {
		return nil, err
	}
	st, ok := r.Storer.(*filesystem.Storage)
	if !ok {
		return r, nil
	}
	var wt billy.Filesystem
	if w, err := r.Worktree(); err == nil {
		wt = w.Filesystem
	}
	s := filesystem.NewStorageWithOptions(st.Filesystem(), cache.NewObjectLRUDefault(),
		filesystem.Options{AlternatesFS: osfs.New(string(os.PathSeparator))})
	return git.Open(s, wt)
}

// MissingError says that something a command needs is not in this clone,
// why (a shallow or partial clone, borrowed objects that are gone), and how
// to fetch it. It renders in any language of the catalogue.
type MissingError struct {
	What msg.Message // what is missing
	Why  msg.Message // what kind of clone lacks it; may be empty
	Fix  msg.Message // how to fetch it
	Err  error       // go-git's error
}

// Localize renders the error in a language.
func (e *MissingError) Localize(l msg.Lang) string {
	s := e.What.Localize(l)
	if e.Why.Format != "" {
		s += ": " + e.Why.Localize(l)
	}
	return s + ". " + e.Fix.Localize(l)
}

func (e *MissingError) Error() string { return e.Localize(msg.EN) }

func (e *MissingError) Unwrap() error { return e.Err }

// short is the first 12 hexadecimal digits of a hash, as people quote it.
func short(h plumbing.Hash) string { return h.String()[:12] }

// isMissing reports whether an error from go-git means an object or a
// reference is not in the clone.
func isMissing(err error) bool {
	return errors.Is(err, plumbing.ErrObjectNotFound) || errors.Is(err, plumbing.ErrReferenceNotFound) ||
		errors.Is(err, object.ErrParentNotFound) || errors.Is(err, object.ErrFileNotFound) ||
		errors.Is(err, fs.ErrNotExist)
}

// cloneKind tells what kind of clone lacks objects, and how to fetch the
// rest: a shallow clone has its history cut off, a partial clone fetches
// files only when git needs them (go-git cannot), and a clone with
// alternates reads objects from another repository, which may be gone.
type cloneKind struct {
	shallow    bool
	promisor   string // the remote a partial clone fetches from
	alternates []string
}

func (r *Repo) kind() cloneKind {
	var k cloneKind
	if hs, err := r.git.Storer.Shallow(); err == nil && len(hs) > 0 {
		k.shallow = true
	}
	if cfg, err := r.git.Config(); err == nil {
		k.promisor = promisorRemote(cfg)
	}
	if st, ok := r.git.Storer.(*filesystem.Storage); ok {
		if b, err := readAll(st.Filesystem(), "objects/info/alternates"); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
					k.alternates = append(k.alternates, line)
				}
			}
		}
	}
	return k
}

// promisorRemote returns the remote a partial clone fetches missing
// objects from, or "".
func promisorRemote(cfg *config.Config) string {
	if name := cfg.Raw.Section("extensions").Option("partialclone"); name != "" {
		return name
	}
	for _, sub := range cfg.Raw.Section("remote").Subsections {
		if strings.EqualFold(sub.Option("promisor"), "true") || sub.Option("partialclonefilter") != "" {
			return sub.Name
		}
	}
	return ""
}

func readAll(fsys billy.Filesystem, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 1<<20))
}

// missing explains err when it means something is not in the clone: what
// (the caller's words), why, and how to fetch it. fetch is the command that
// fetches the thing in an ordinary clone. Other errors are wrapped with
// doing, what the caller was doing.
func (r *Repo) missing(err error, what msg.Message, fetch, doing string) error {
	if !isMissing(err) {
		return fmt.Errorf("%s: %w", doing, err)
	}
	e := &MissingError{What: what, Err: err}
	k := r.kind()
	switch {
	case k.shallow:
		e.Why = msg.M("this is a shallow clone: its history is cut off")
		e.Fix = msg.M("Fetch the whole history: run `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`)")
	case k.promisor != "":
		e.Why = msg.M("this is a partial clone (made with --filter): git fetches such files only when it needs them, and govmap reads git's objects itself")
		e.Fix = msg.M("Fetch every file once: run `git -c remote.%[1]s.partialclonefilter= fetch --refetch %[1]s` (git 2.36 or newer), or clone without --filter (in GitHub Actions: actions/checkout without `filter:`)", k.promisor)
	case len(k.alternates) > 0:
		e.Why = msg.M("this clone borrows objects from another repository (a --shared or --reference clone; .git/objects/info/alternates names %s), which lacks them or is gone", strings.Join(k.alternates, ", "))
		e.Fix = msg.M("Clone again without --shared or --reference, or, while the other repository is there, fetch into this one: `%s`", fetch)
	default:
		e.Fix = msg.M("Fetch it: run `%s`", fetch)
	}
	return e
}

// explainOpen turns go-git's refusal of a repository's format into a
// message; other errors pass through.
func explainOpen(dir string, err error) error {
	if errors.Is(err, git.ErrUnknownExtension) || errors.Is(err, git.ErrUnsupportedExtensionRepositoryFormatVersion) ||
		errors.Is(err, git.ErrUnsupportedRepositoryFormatVersion) {
		return &MissingError{
			What: msg.M("the git repository at %s uses a format govmap cannot read (%v)", dir, err),
			Fix:  msg.M("Use an ordinary clone: `git clone` without options such as --filter or sparse checkout, or actions/checkout with its defaults"),
			Err:  err,
		}
	}
	return err
}

// branchCommit resolves a branch as fetched from origin (a CI checkout has
// refs/remotes/origin/NAME), else as a local branch. The name is used as a
// reference name only, never parsed as a revision.
func (r *Repo) branchCommit(name string) (*object.Commit, error) {
	var firstErr error
	for _, ref := range []plumbing.ReferenceName{plumbing.NewRemoteReferenceName("origin", name), plumbing.NewBranchReferenceName(name)} {
		if err := ref.Validate(); err != nil {
			return nil, fmt.Errorf("branch name %q: %w", name, err)
		}
		rf, err := r.git.Reference(ref, true)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		c, err := r.git.CommitObject(rf.Hash())
		if err != nil {
			return nil, r.missing(err, msg.M("commit %s (branch %s) is not in this clone", short(rf.Hash()), name), "git fetch origin "+name,
				"reading commit "+rf.Hash().String())
		}
		return c, nil
	}
	return nil, r.missing(firstErr, msg.M("the branch %s is not in this clone", name), "git fetch origin "+name, "resolving branch "+name)
}

// Base resolves a pull request's base: a branch name as the API gives it
// (main), looked up as origin/NAME and then NAME.
func (r *Repo) Base(branch string) (*object.Commit, error) { return r.branchCommit(branch) }

// MergeBase returns the best common ancestor of base and head: the commit
// a pull request's changes are counted from, as GitHub's "Files changed"
// does. Changes made on the base branch after the pull request branched off
// are not the pull request's.
func (r *Repo) MergeBase(base, head *object.Commit) (*object.Commit, error) {
	bases, err := base.MergeBase(head)
	if err != nil {
		return nil, r.missing(err, msg.M("the merge base of %s and %s is not in this clone", short(base.Hash), short(head.Hash)), "git fetch origin",
			"finding the merge base of "+base.Hash.String()+" and "+head.Hash.String())
	}
	if len(bases) == 0 {
		what := msg.M("the merge base of %s and %s is not in this clone", short(base.Hash), short(head.Hash))
		if r.kind().shallow {
			return nil, r.missing(plumbing.ErrObjectNotFound, what, "git fetch origin", "")
		}
		return nil, &MissingError{
			What: msg.M("commits %s and %s have no common history", short(base.Hash), short(head.Hash)),
			Fix:  msg.M("Compare a pull request with the branch it was made from"),
		}
	}
	return bases[0], nil
}

// PullHead returns a pull request's head commit, which a workflow fetches
// as git objects only (never checked out): sha is its full hash, number
// the pull request's, for the command that fetches it.
func (r *Repo) PullHead(sha string, number int) (*object.Commit, error) {
	if !plumbing.IsHash(sha) {
		return nil, fmt.Errorf("head commit %q: want a full commit hash", sha)
	}
	h := plumbing.NewHash(sha)
	c, err := r.git.CommitObject(h)
	if err != nil {
		return nil, r.missing(err, msg.M("the pull request's head commit %s is not in this clone", short(h)),
			fmt.Sprintf("git fetch origin refs/pull/%d/head", number), "reading commit "+sha)
	}
	return c, nil
}
