package site

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Marker is the file the build puts in every site folder it creates. A
// folder with it may be replaced by the next build; a non-empty folder
// without it is someone else's, and the build refuses to touch it.
const Marker = ".govmap-site"

const markerText = "This folder was written by `govmap build` and is replaced whole by the next build.\n"

// ErrUnsafeOutput is wrapped by the errors Write returns when the output
// folder is one the build must not replace.
var ErrUnsafeOutput = errors.New("unsafe output folder")

// testHookWrite, when set by a test, runs before each file is written and
// may fail the build half-way.
var testHookWrite func(name string) error

// CheckOutput says whether dir may be (re)placed by a site build: it must not
// be a file-system root, the repository root (repoRoot, if not empty) or a
// folder that holds the repository, nor a symbolic link; if it exists it
// must be an empty folder or one a previous build made (with Marker).
func CheckOutput(dir, repoRoot string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", dir, err)
	}
	abs = filepath.Clean(abs)
	if abs == filepath.VolumeName(abs)+string(filepath.Separator) {
		return fmt.Errorf("%w: %s is a file-system root", ErrUnsafeOutput, dir)
	}
	if home, err := os.UserHomeDir(); err == nil && sameFile(abs, home) {
		return fmt.Errorf("%w: %s is the home folder", ErrUnsafeOutput, dir)
	}
	if repoRoot != "" {
		repo, err := filepath.Abs(repoRoot)
		if err != nil {
			return fmt.Errorf("repository %s: %w", repoRoot, err)
		}
		if real, err := filepath.EvalSymlinks(repo); err == nil {
			repo = real
		}
		// The output resolved through its parent's links, so that "-o ."
		// and a linked path to the repository are caught too.
		out := abs
		if real, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
			out = filepath.Join(real, filepath.Base(abs))
		}
		if sameFile(out, repo) || within(repo, out) {
			return fmt.Errorf("%w: %s is the repository or holds it; write the site into a folder of its own, such as _site", ErrUnsafeOutput, dir)
		}
	}
	fi, err := os.Lstat(abs)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("output folder %s: %w", dir, err)
	case fi.Mode()&os.ModeSymlink != 0:
		return fmt.Errorf("%w: %s is a symbolic link", ErrUnsafeOutput, dir)
	case !fi.IsDir():
		return fmt.Errorf("%w: %s exists and is not a folder", ErrUnsafeOutput, dir)
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", dir, err)
	}
	if len(entries) == 0 {
		return nil
	}
	if m, err := os.Lstat(filepath.Join(abs, Marker)); err == nil && m.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%w: %s is not empty and was not written by govmap build (it has no %s file); choose another folder or empty it", ErrUnsafeOutput, dir, Marker)
}

// within reports whether path is inside dir (or is dir).
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

// Write puts the files into dir: it writes them into a temporary folder next
// to dir and swaps it in only when every file is written, so a failed or
// interrupted build leaves the previous site as it was. repoRoot is the
// repository the site was built from; Write refuses to replace it (see
// CheckOutput).
func Write(dir, repoRoot string, files Files) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	_, err := writeSite(dir, repoRoot, func(emit func(string, []byte)) error {
		for _, name := range names {
			emit(name, files[name])
		}
		return nil
	})
	return err
}

// writeSite writes the files produce emits into a temporary folder next to
// dir, by a pool of writers while produce goes on, then swaps the folder in.
// On any error the previous site is left as it was.
func writeSite(dir, repoRoot string, produce func(emit func(string, []byte)) error) (int, error) {
	if err := CheckOutput(dir, repoRoot); err != nil {
		return 0, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return 0, err
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, fmt.Errorf("writing site: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+".tmp-")
	if err != nil {
		return 0, fmt.Errorf("writing site: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, fmt.Errorf("writing site: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte(markerText), 0o644); err != nil {
		return 0, fmt.Errorf("writing site: %w", err)
	}

	type file struct {
		name string
		data []byte
	}
	jobs := make(chan file, 64)
	var (
		mu    sync.Mutex
		made  = map[string]*mkdir{}
		first error
		count int
	)
	fail := func(err error) {
		mu.Lock()
		if first == nil {
			first = err
		}
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for f := range jobs {
				if !validName(f.name) {
					fail(fmt.Errorf("bad file name %q", f.name))
					continue
				}
				// Each folder is made once, and every writer into it waits
				// until it exists.
				d := filepath.Dir(filepath.Join(tmp, filepath.FromSlash(f.name)))
				mu.Lock()
				m, ok := made[d]
				if !ok {
					m = &mkdir{}
					made[d] = m
				}
				mu.Unlock()
				m.once.Do(func() { m.err = os.MkdirAll(d, 0o755) })
				if m.err != nil {
					fail(m.err)
					continue
				}
				if err := writeOne(tmp, f.name, f.data); err != nil {
					fail(err)
				}
			}
		})
	}
	var seen sync.Map
	perr := produce(func(name string, data []byte) {
		if _, dup := seen.LoadOrStore(name, true); dup {
			fail(fmt.Errorf("file %q written twice", name))
			return
		}
		mu.Lock()
		count++
		mu.Unlock()
		jobs <- file{name, data}
	})
	close(jobs)
	wg.Wait()
	if perr != nil {
		return 0, perr
	}
	if first != nil {
		return 0, fmt.Errorf("writing site: %w", first)
	}
	// Swap: the old site aside, the new one in, the old one away.
	var old string
	if _, err := os.Lstat(abs); err == nil {
		old = tmp + ".old"
		if err := os.Rename(abs, old); err != nil {
			return 0, fmt.Errorf("writing site: moving the previous site aside: %w", err)
		}
	}
	if err := os.Rename(tmp, abs); err != nil {
		if old != "" {
			os.Rename(old, abs)
		}
		return 0, fmt.Errorf("writing site: %w", err)
	}
	done = true
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return count, fmt.Errorf("removing the previous site %s: %w", old, err)
		}
	}
	return count, nil
}

type mkdir struct {
	once sync.Once
	err  error
}

func writeOne(dir, name string, data []byte) error {
	if testHookWrite != nil {
		if err := testHookWrite(name); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644)
}

// validName accepts a clean, relative, slash-separated path.
func validName(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || name == Marker {
		return false
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}
