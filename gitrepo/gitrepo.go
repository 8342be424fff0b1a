// Package gitrepo reads revisions of a govmap repository with go-git, with
// no git binary: a revision becomes a file system that model.LoadFS reads
// through the one loading path, and the history of the main line becomes a
// timeline of semantic changes.
package gitrepo

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing/fstest"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// Repo is an opened git repository.
type Repo struct {
	git  *git.Repository
	root string // the work tree
}

// Open opens the git repository that contains dir: an ordinary clone, a
// linked work tree (`git worktree add`), or a clone that borrows objects
// from another (`git clone --shared`). A shallow or partial clone opens
// too; what it lacks is reported when it is needed, with how to fetch it.
func Open(dir string) (*Repo, error) {
	r, err := openGit(dir)
	if err != nil {
		return nil, fmt.Errorf("opening git repository at %s: %w", dir, explainOpen(dir, err))
	}
	root := dir
	if wt, err := r.Worktree(); err == nil {
		root = wt.Filesystem.Root()
	}
	return &Repo{git: r, root: root}, nil
}

// Root returns the work tree's directory.
func (r *Repo) Root() string { return r.root }

// Commit resolves a revision (branch, tag, hash, HEAD~1, ...) to a commit.
// A revision that is not in the clone is a *MissingError that says how to
// fetch it.
func (r *Repo) Commit(rev string) (*object.Commit, error) {
	h, err := r.git.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return nil, r.missing(err, msg.M("revision %s is not in this clone", rev), "git fetch origin "+rev,
			fmt.Sprintf("resolving revision %q", rev))
	}
	c, err := r.git.CommitObject(*h)
	if err != nil {
		return nil, r.missing(err, msg.M("commit %s (%s) is not in this clone", short(*h), rev), "git fetch origin "+rev,
			"reading commit "+h.String())
	}
	return c, nil
}

// FS returns the files of a revision that the loader reads.
func (r *Repo) FS(rev string) (fs.FS, error) {
	c, err := r.Commit(rev)
	if err != nil {
		return nil, err
	}
	return r.CommitFS(c)
}

// CommitFS is the package's CommitFS, with a file missing from the clone
// (a partial clone) explained.
func (r *Repo) CommitFS(c *object.Commit) (fs.FS, error) {
	fsys, err := CommitFS(c)
	if err != nil {
		return nil, r.missing(err, msg.M("files of commit %s are not in this clone", short(c.Hash)), "git fetch origin "+c.Hash.String(),
			"reading files of commit "+c.Hash.String())
	}
	return fsys, nil
}

// wanted says which files of a revision matter: CUE files (the loader
// decides which folders count) and CODEOWNERS.
func wanted(name string) bool {
	return strings.HasSuffix(name, ".cue") || name == ".github/CODEOWNERS"
}

// changeMatters says which files' changes can change findings: those the
// loader reads, and the reference data (compiled into govmap) and the
// module file.
func changeMatters(name string) bool {
	return wanted(name) || strings.HasPrefix(name, "reference/") || name == "cue.mod/module.cue"
}

// CommitFS returns the files of a commit that the loader reads, in memory.
// Symbolic links keep their mode so the loader reports them.
func CommitFS(c *object.Commit) (fs.FS, error) {
	tree, err := c.Tree()
	if err != nil {
		return nil, fmt.Errorf("reading tree of %s: %w", c.Hash, err)
	}
	m := fstest.MapFS{}
	err = tree.Files().ForEach(func(f *object.File) error {
		if !wanted(f.Name) {
			return nil
		}
		mode := fs.FileMode(0o644)
		if f.Mode == filemode.Symlink {
			mode = fs.ModeSymlink | 0o777
		}
		rd, err := f.Reader()
		if err != nil {
			return fmt.Errorf("reading %s at %s: %w", f.Name, c.Hash, err)
		}
		defer rd.Close()
		b, err := io.ReadAll(io.LimitReader(rd, 16<<20))
		if err != nil {
			return fmt.Errorf("reading %s at %s: %w", f.Name, c.Hash, err)
		}
		m[path.Clean(f.Name)] = &fstest.MapFile{Data: b, Mode: mode}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// FirstParents lists the commits of the main line from rev back to the
// first, newest first, at most limit (0: all).
func (r *Repo) FirstParents(rev string, limit int) ([]*object.Commit, error) {
	c, err := r.Commit(rev)
	if err != nil {
		return nil, err
	}
	var out []*object.Commit
	for c != nil && (limit == 0 || len(out) < limit) {
		out = append(out, c)
		if c.NumParents() == 0 {
			break
		}
		p, err := c.Parent(0)
		if err != nil {
			if errors.Is(err, plumbing.ErrObjectNotFound) {
				break // a shallow clone ends here
			}
			return nil, fmt.Errorf("reading parent of %s: %w", c.Hash, err)
		}
		c = p
	}
	return out, nil
}

// fileChange is a file the loader reads that a commit changed: its content
// before (nil: added) and after (nil: removed).
type fileChange struct {
	path          string
	before, after []byte
}

// changes lists the files the loader reads that a commit changed against
// its first parent; root is true for a commit with no parent.
func changes(c *object.Commit) (list []fileChange, root bool, err error) {
	if c.NumParents() == 0 {
		return nil, true, nil
	}
	p, err := c.Parent(0)
	if err != nil {
		return nil, true, nil // a shallow clone: treat as the first commit
	}
	a, err := p.Tree()
	if err != nil {
		return nil, false, err
	}
	b, err := c.Tree()
	if err != nil {
		return nil, false, err
	}
	diff, err := a.Diff(b)
	if err != nil {
		return nil, false, err
	}
	for _, ch := range diff {
		if !wanted(ch.From.Name) && !wanted(ch.To.Name) {
			continue
		}
		from, to, err := ch.Files()
		if err != nil {
			return nil, false, err
		}
		fc := fileChange{path: ch.To.Name}
		if fc.path == "" {
			fc.path = ch.From.Name
		}
		if from != nil {
			if fc.before, err = blob(from); err != nil {
				return nil, false, err
			}
		}
		if to != nil {
			if fc.after, err = blob(to); err != nil {
				return nil, false, err
			}
		}
		list = append(list, fc)
	}
	return list, false, nil
}

func blob(f *object.File) ([]byte, error) {
	rd, err := f.Reader()
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	return io.ReadAll(io.LimitReader(rd, 16<<20))
}

// ChangedSince lists the files the loader reads (and the reference data
// it holds them to) whose content in the work tree differs from rev:
// changed, added or deleted.
func (r *Repo) ChangedSince(rev string) (map[string]bool, error) {
	c, err := r.Commit(rev)
	if err != nil {
		return nil, err
	}
	tree, err := c.Tree()
	if err != nil {
		return nil, fmt.Errorf("reading tree of %s: %w", c.Hash, err)
	}
	// The tree's entries carry each blob's hash: no blob is read.
	base := map[string]plumbing.Hash{}
	walker := object.NewTreeWalker(tree, true, nil)
	defer walker.Close()
	for {
		name, entry, err := walker.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading tree of %s: %w", c.Hash, err)
		}
		if entry.Mode.IsFile() && changeMatters(name) {
			base[name] = entry.Hash
		}
	}
	changed := map[string]bool{}
	seen := map[string]bool{}
	fsys := os.DirFS(r.root)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != "." && (d.Name() == ".git" || d.Name() == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if !changeMatters(p) {
			return nil
		}
		seen[p] = true
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			changed[p] = true
			return nil
		}
		h, ok := base[p]
		switch {
		case !ok:
			changed[p] = true
		case h == plumbing.ComputeHash(plumbing.BlobObject, b):
		case h == plumbing.ComputeHash(plumbing.BlobObject, model.Normalize(b)):
			// Only the layout differs (a Windows clone writes CRLF): the
			// loader reads both alike, so the file has not changed.
		default:
			changed[p] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for p := range base {
		if !seen[p] {
			changed[p] = true
		}
	}
	return changed, nil
}
