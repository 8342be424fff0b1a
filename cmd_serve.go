package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/site"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--addr HOST:PORT] [--repo OWNER/NAME] [--today YYYY-MM-DD] [--owner NAME] [--repository URL] [DIR]", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this address (keep 127.0.0.1 to serve this machine only)")
	repoName := fs.String("repo", "", "the GitHub repository OWNER/NAME the \"propose a change\" links edit")
	todayS := fs.String("today", "", "the date of the situational picture (default: today)")
	keeper := addKeeperFlags(fs)
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	if *todayS != "" {
		if _, err := parseToday(*todayS); err != nil {
			return c.fail(err)
		}
	}
	// Checked once here; a site.json changed while serving is read at the
	// next rebuild.
	if _, err := keeper.keeper(dir); err != nil {
		return c.fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, serveOptions{dir: dir, addr: *addr, today: *todayS, repo: *repoName, keeper: keeper.keeper, lang: c.lang, every: time.Second}, stdout, stderr)
}

type serveOptions struct {
	dir, addr, today, repo string
	lang                   msg.Lang         // of the messages (default: msg.Default())
	every                  time.Duration    // how often to look for changed files
	ready                  func(url string) // called once the server listens (tests)

	// keeper reads who keeps the site (nil: site.json only).
	keeper func(dir string) (site.Keeper, error)
}

// serve previews the site: it builds it into a temporary folder, serves it
// over HTTP and rebuilds it whenever a CUE file of the repository changes
// (it compares the files' names, sizes and modification times every
// opts.every). A build that fails keeps the previous site on the air.
func serve(ctx context.Context, opts serveOptions, stdout, stderr io.Writer) int {
	c := &cli{name: "serve", lang: opts.lang, stdout: stdout, stderr: stderr}
	if c.lang == "" {
		c.lang = msg.Default()
	}
	tmp, err := os.MkdirTemp("", "govmap-serve-")
	if err != nil {
		return c.fail(err)
	}
	defer os.RemoveAll(tmp)

	var current atomic.Pointer[string]
	var problem atomic.Pointer[string]
	n := 0
	build := func() {
		n++
		start := time.Now()
		today, err := parseToday(opts.today)
		if err != nil {
			c.fail(err)
			return
		}
		repo, ok := validated(c, opts.dir, today)
		if !ok || repo == nil {
			text := c.T("The repository has errors: run govmap validate. The previous build, if any, is still served.")
			problem.Store(&text)
			return
		}
		keeperOf := opts.keeper
		if keeperOf == nil {
			keeperOf = site.LoadConfig
		}
		k, err := keeperOf(opts.dir)
		if err != nil {
			c.fail(err)
			text := c.S("The site could not be built: %s", err)
			problem.Store(&text)
			return
		}
		files, err := site.Render(repo, site.Options{Repo: opts.repo, Today: today, Keeper: k, Editor: editorAssets(c, opts.dir)})
		out := filepath.Join(tmp, fmt.Sprintf("site-%d", n))
		if err == nil {
			err = site.Write(out, "", files)
		}
		if err != nil {
			c.fail(err)
			text := c.S("The site could not be built: %s", err)
			problem.Store(&text)
			return
		}
		problem.Store(nil)
		if old := current.Swap(&out); old != nil {
			// Requests still reading the old site get a moment to finish.
			time.AfterFunc(5*time.Second, func() { os.RemoveAll(*old) })
		}
		fmt.Fprintf(stdout, "govmap serve: %s\n", c.S("built %s in %s", msg.N(len(files), "%d file", "%d files"), time.Since(start).Round(time.Millisecond)))
	}

	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		d := current.Load()
		if d == nil {
			text := c.T("The site is being built; reload in a moment.")
			if p := problem.Load(); p != nil {
				text = *p
			}
			http.Error(w, text, http.StatusServiceUnavailable)
			return
		}
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			// The editor's validator: browsers compile only application/wasm.
			w.Header().Set("Content-Type", "application/wasm")
		}
		http.FileServer(http.Dir(*d)).ServeHTTP(w, r)
	})

	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return c.fail(err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"

	// The stamp before the first build, so a change made while it runs
	// is seen.
	stamp, _ := sourceStamp(opts.dir)
	build()
	fmt.Fprintf(stdout, "govmap serve: %s\n", c.S("serving %s at %s (Ctrl-C stops)", opts.dir, url))
	if opts.ready != nil {
		opts.ready(url)
	}
	tick := time.NewTicker(opts.every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			srv.Shutdown(shut)
			return exitOK
		case err := <-done:
			if !errors.Is(err, http.ErrServerClosed) {
				return c.fail(err)
			}
			return exitOK
		case <-tick.C:
			s, err := sourceStamp(opts.dir)
			if err != nil {
				c.fail(err)
				continue
			}
			if s != stamp {
				stamp = s
				fmt.Fprintf(stdout, "govmap serve: %s\n", c.T("a file changed; rebuilding"))
				build()
			}
		}
	}
}

// sourceStamp summarises the name, size and modification time of every
// CUE file of the repository's data folders.
func sourceStamp(dir string) ([32]byte, error) {
	h := sha256.New()
	for _, sub := range []string{"model", "actors", "tasks", "counties", "municipalities", "cue.mod"} {
		err := filepath.WalkDir(filepath.Join(dir, sub), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			if d.IsDir() || !strings.HasSuffix(p, ".cue") {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil // removed while walking: the next poll sees it
			}
			fmt.Fprintf(h, "%s\x00%d\x00%d\n", p, info.Size(), info.ModTime().UnixNano())
			return nil
		})
		if err != nil {
			return [32]byte{}, err
		}
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out, nil
}
