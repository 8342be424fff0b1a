package gitrepo_test

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
)

// history is a small repository made with go-git: main with three
// commits, and a branch "pr" that left main after the first:
//
//	m1 ── m2 ── m3   main (m2, m3 change b.cue)
//	  ╲
//	   p1            pr (changes a.cue)
//
// Each commit rewrites a file, so older commits have files (blobs) the
// newest does not.
type history struct {
	dir        string
	m1, m3, p1 plumbing.Hash
}

func newHistory(t *testing.T) *history {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "origin")
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	day := 0
	commit := func(file, content string) plumbing.Hash {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, file)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := wt.Add(file); err != nil {
			t.Fatal(err)
		}
		day++
		sig := &object.Signature{Name: "t", Email: "t@example.invalid", When: time.Date(2026, 1, day, 12, 0, 0, 0, time.UTC)}
		h, err := wt.Commit(file+" "+content, &git.CommitOptions{Author: sig, Committer: sig})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	h := &history{dir: dir}
	h.m1 = commit("municipalities/a.cue", "package municipalities // a1\n")
	// go-git's PlainInit names the first branch master; the tests use main.
	if err := r.Storer.SetReference(plumbing.NewHashReference(plumbing.NewBranchReferenceName("main"), h.m1)); err != nil {
		t.Fatal(err)
	}
	if err := r.Storer.SetReference(plumbing.NewSymbolicReference(plumbing.HEAD, plumbing.NewBranchReferenceName("main"))); err != nil {
		t.Fatal(err)
	}
	if err := wt.Checkout(&git.CheckoutOptions{Branch: plumbing.NewBranchReferenceName("pr"), Create: true, Hash: h.m1}); err != nil {
		t.Fatal(err)
	}
	h.p1 = commit("municipalities/a.cue", "package municipalities // a2 by the pull request\n")
	if err := wt.Checkout(&git.CheckoutOptions{Branch: plumbing.NewBranchReferenceName("main")}); err != nil {
		t.Fatal(err)
	}
	commit("municipalities/b.cue", "package municipalities // b1\n")
	h.m3 = commit("municipalities/b.cue", "package municipalities // b2\n")
	return h
}

// gitCLI runs the git command for what go-git cannot make (worktrees,
// shared, shallow and partial clones), with no user or system config; the
// test skips when git is not installed.
func gitCLI(t *testing.T, dir string, args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: this case needs it to make the clone")
	}
	// No automatic gc or maintenance: git runs them in the background
	// after a fetch, still writing into .git when the test removes it.
	cmd := exec.Command("git", append([]string{"-c", "gc.auto=0", "-c", "maintenance.auto=false", "-c", "fetch.writeCommitGraph=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_TERMINAL_PROMPT=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func mustOpen(t *testing.T, dir string) *gitrepo.Repo {
	t.Helper()
	r, err := gitrepo.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mergeBase(t *testing.T, r *gitrepo.Repo, base, head string) (plumbing.Hash, error) {
	t.Helper()
	b, err := r.Base(base)
	if err != nil {
		return plumbing.ZeroHash, err
	}
	h, err := r.Commit(head)
	if err != nil {
		return plumbing.ZeroHash, err
	}
	mb, err := r.MergeBase(b, h)
	if err != nil {
		return plumbing.ZeroHash, err
	}
	return mb.Hash, nil
}

func readFile(t *testing.T, r *gitrepo.Repo, rev, name string) (string, error) {
	t.Helper()
	fsys, err := r.FS(rev)
	if err != nil {
		return "", err
	}
	b, err := fs.ReadFile(fsys, name)
	return string(b), err
}

// wantMissing checks that err is a *MissingError whose text, in English,
// contains every part, and that it renders in Finnish and Swedish too.
func wantMissing(t *testing.T, err error, parts ...string) {
	t.Helper()
	var me *gitrepo.MissingError
	if !errors.As(err, &me) {
		t.Fatalf("want a MissingError, got %T: %v", err, err)
	}
	for _, p := range parts {
		if !strings.Contains(me.Error(), p) {
			t.Errorf("error %q lacks %q", me.Error(), p)
		}
	}
	for _, l := range []msg.Lang{msg.FI, msg.SV} {
		if s := me.Localize(l); s == me.Error() {
			t.Errorf("%s: the error is not translated: %s", l, s)
		}
	}
}

// TestMergeBase: main moved on after the pull request branched off; the
// pull request is counted from the commit it left, not main's tip.
func TestMergeBase(t *testing.T) {
	h := newHistory(t)
	r := mustOpen(t, h.dir)
	mb, err := mergeBase(t, r, "main", h.p1.String())
	if err != nil {
		t.Fatal(err)
	}
	if mb != h.m1 {
		t.Errorf("merge base %s, want m1 %s", mb, h.m1)
	}
	// A pull request branched from main's tip: the tip is the base.
	if mb, err := mergeBase(t, r, "main", h.m3.String()); err != nil || mb != h.m3 {
		t.Errorf("merge base with itself: %s, %v", mb, err)
	}
	// A base branch that is not there says how to fetch it.
	_, err = r.Base("release")
	wantMissing(t, err, "the branch release is not in this clone", "git fetch origin release")
	// A branch name is never read as a revision expression.
	if _, err := r.Base("main~1"); err == nil {
		t.Error(`branch "main~1" resolved`)
	}
}

// TestWorktree: a linked work tree (git worktree add) reads the main
// repository's objects and refs, and its own HEAD and files.
func TestWorktree(t *testing.T) {
	h := newHistory(t)
	wtDir := filepath.Join(t.TempDir(), "linked")
	gitCLI(t, h.dir, "worktree", "add", "--quiet", wtDir, "pr")
	r := mustOpen(t, filepath.Join(wtDir, "municipalities")) // any folder inside it
	if r.Root() != wtDir {
		t.Errorf("root %s, want %s", r.Root(), wtDir)
	}
	c, err := r.Commit("HEAD")
	if err != nil || c.Hash != h.p1 {
		t.Fatalf("HEAD of the work tree: %v, %v; want p1", c, err)
	}
	if mb, err := mergeBase(t, r, "main", "HEAD"); err != nil || mb != h.m1 {
		t.Errorf("merge base in the work tree: %s, %v", mb, err)
	}
	if got, err := readFile(t, r, "main", "municipalities/b.cue"); err != nil || !strings.Contains(got, "b2") {
		t.Errorf("main's b.cue from the work tree: %q, %v", got, err)
	}
	// The work tree's own files are what ChangedSince compares.
	if err := os.WriteFile(filepath.Join(wtDir, "municipalities", "a.cue"), []byte("package municipalities // edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := r.ChangedSince("HEAD")
	if err != nil || len(changed) != 1 || !changed["municipalities/a.cue"] {
		t.Errorf("changed in the work tree: %v, %v", changed, err)
	}
}

// TestSharedClone: a clone that borrows its objects (git clone --shared)
// reads them from the other repository; once that is gone, the error says
// so and how to recover.
func TestSharedClone(t *testing.T) {
	h := newHistory(t)
	dir := filepath.Join(t.TempDir(), "shared")
	gitCLI(t, h.dir, "clone", "--quiet", "--shared", "--no-checkout", h.dir, dir)
	r := mustOpen(t, dir)
	if got, err := readFile(t, r, h.m1.String(), "municipalities/a.cue"); err != nil || !strings.Contains(got, "a1") {
		t.Fatalf("a.cue at m1 through alternates: %q, %v", got, err)
	}
	if mb, err := mergeBase(t, r, "main", h.p1.String()); err != nil || mb != h.m1 {
		t.Errorf("merge base through alternates: %s, %v", mb, err)
	}
	// The borrowed-from repository moves away.
	if err := os.Rename(h.dir, h.dir+"-moved"); err != nil {
		t.Fatal(err)
	}
	r = mustOpen(t, dir)
	_, err := r.Commit(h.m1.String())
	wantMissing(t, err, "is not in this clone", "borrows objects from another repository", filepath.Join(h.dir, ".git", "objects"), "Clone again without --shared")
}

// TestShallowClone: a clone of depth 1 has both tips but not the commit
// they share: the error names the shallow clone and the fix.
func TestShallowClone(t *testing.T) {
	h := newHistory(t)
	dir := filepath.Join(t.TempDir(), "shallow")
	gitCLI(t, h.dir, "clone", "--quiet", "--depth", "1", "--no-single-branch", "--no-checkout", "file://"+h.dir, dir)
	r := mustOpen(t, dir)
	// The tips are there and readable.
	if got, err := readFile(t, r, "origin/pr", "municipalities/a.cue"); err != nil || !strings.Contains(got, "a2") {
		t.Fatalf("a.cue at the pull request's tip: %q, %v", got, err)
	}
	_, err := mergeBase(t, r, "main", "origin/pr")
	wantMissing(t, err, "the merge base of", "is not in this clone", "shallow clone", "git fetch --unshallow", "fetch-depth: 0")
	// Once the history is fetched, it works.
	gitCLI(t, dir, "fetch", "--quiet", "--unshallow")
	r = mustOpen(t, dir)
	if mb, err := mergeBase(t, r, "main", "origin/pr"); err != nil || mb != h.m1 {
		t.Errorf("after --unshallow: %s, %v", mb, err)
	}
}

// TestPartialClone: a clone made with --filter=blob:none has every commit
// but only the files git needed; go-git cannot fetch the others, so the
// error says which command fetches them.
func TestPartialClone(t *testing.T) {
	h := newHistory(t)
	gitCLI(t, h.dir, "config", "uploadpack.allowFilter", "true")
	dir := filepath.Join(t.TempDir(), "partial")
	gitCLI(t, h.dir, "clone", "--quiet", "--filter=blob:none", "file://"+h.dir, dir)
	r := mustOpen(t, dir)
	// History is complete: the merge base is found.
	if mb, err := mergeBase(t, r, "main", "origin/pr"); err != nil || mb != h.m1 {
		t.Fatalf("merge base in a partial clone: %s, %v", mb, err)
	}
	// The checked-out tip's files are there.
	if got, err := readFile(t, r, "main", "municipalities/b.cue"); err != nil || !strings.Contains(got, "b2") {
		t.Errorf("b.cue at main: %q, %v", got, err)
	}
	// The pull request's were never fetched.
	_, err := readFile(t, r, "origin/pr", "municipalities/a.cue")
	wantMissing(t, err, "files of commit", "partial clone", "git -c remote.origin.partialclonefilter= fetch --refetch origin")
	// The command the message gives fetches them.
	gitCLI(t, dir, "-c", "remote.origin.partialclonefilter=", "fetch", "--quiet", "--refetch", "origin")
	r = mustOpen(t, dir)
	if got, err := readFile(t, r, "origin/pr", "municipalities/a.cue"); err != nil || !strings.Contains(got, "a2") {
		t.Errorf("after the fix: %q, %v", got, err)
	}
}

// TestUnreadableFormat: a repository with a git extension go-git does not
// know (here worktreeConfig, which sparse checkout sets) is refused with a
// message, not a bare "unknown extension".
func TestUnreadableFormat(t *testing.T) {
	h := newHistory(t)
	gitCLI(t, h.dir, "config", "core.repositoryformatversion", "1")
	gitCLI(t, h.dir, "config", "extensions.worktreeConfig", "true")
	_, err := gitrepo.Open(h.dir)
	wantMissing(t, err, "uses a format govmap cannot read", "worktreeconfig", "Use an ordinary clone")
}
