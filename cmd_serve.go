package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/site"
	"github.com/govmap/govmap/validate"
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
// opts.every). While the repository has errors, every page shows them
// instead of the site (see preview.ServeHTTP).
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
	p := &preview{opts: opts, c: c, tmp: tmp}

	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return c.fail(err)
	}
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"

	// The stamp before the first build, so a change made while it runs
	// is seen.
	stamp, _ := sourceStamp(opts.dir)
	p.build()
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
				p.build()
			}
		}
	}
}

// preview is the site govmap serve shows: the last good build, or the
// errors of the last build when it failed.
type preview struct {
	opts    serveOptions
	c       *cli
	tmp     string // the folder the builds are written under
	n       int    // builds so far (build runs on one goroutine)
	current atomic.Pointer[string]
	problem atomic.Pointer[buildProblem]
}

// buildProblem is why the last build failed: the repository's errors, or
// another error (Err).
type buildProblem struct {
	Findings []*diag.Finding
	Err      string
}

// build validates the repository and renders the site into a new folder,
// which then replaces the one served; on errors the problem is kept for
// the error page.
func (p *preview) build() {
	c := p.c
	p.n++
	start := time.Now()
	fail := func(err error) {
		c.fail(err)
		p.problem.Store(&buildProblem{Err: c.S("The site could not be built: %s", err)})
	}
	today, err := parseToday(p.opts.today)
	if err != nil {
		fail(err)
		return
	}
	repo, findings, err := validate.Run(p.opts.dir, validate.Options{Today: today})
	if err != nil {
		fail(err)
		return
	}
	if validate.Failed(findings, false) {
		var errs []*diag.Finding
		for _, f := range findings {
			if f.Severity == diag.Error {
				fmt.Fprintln(c.stderr, f.Line(c.lang))
				errs = append(errs, f)
			}
		}
		c.note("the repository has errors; the browser shows them until they are fixed")
		p.problem.Store(&buildProblem{Findings: errs})
		return
	}
	keeperOf := p.opts.keeper
	if keeperOf == nil {
		keeperOf = site.LoadConfig
	}
	k, err := keeperOf(p.opts.dir)
	if err != nil {
		fail(err)
		return
	}
	files, err := site.Render(repo, site.Options{Repo: p.opts.repo, Today: today, Keeper: k, Editor: editorAssets(c, p.opts.dir)})
	out := filepath.Join(p.tmp, fmt.Sprintf("site-%d", p.n))
	if err == nil {
		err = site.Write(out, "", files)
	}
	if err != nil {
		fail(err)
		return
	}
	p.problem.Store(nil)
	if old := p.current.Swap(&out); old != nil {
		// Requests still reading the old site get a moment to finish.
		time.AfterFunc(5*time.Second, func() { os.RemoveAll(*old) })
	}
	fmt.Fprintf(c.stdout, "govmap serve: %s\n", c.S("built %s in %s", msg.N(len(files), "%d file", "%d files"), time.Since(start).Round(time.Millisecond)))
}

// ServeHTTP serves the last good build; a missing file gets the site's own
// 404.html with status 404. While the last build failed, every address
// gets a page that lists why and reloads itself every few seconds, so the
// site comes back by itself once the files are fixed.
func (p *preview) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if pr := p.problem.Load(); pr != nil {
		p.errorPage(w, pr)
		return
	}
	d := p.current.Load()
	if d == nil {
		http.Error(w, p.c.T("The site is being built; reload in a moment."), http.StatusServiceUnavailable)
		return
	}
	name := filepath.Join(*d, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
	info, err := os.Stat(name)
	if err == nil && info.IsDir() {
		_, err = os.Stat(filepath.Join(name, "index.html"))
	}
	if err != nil {
		page, err := os.ReadFile(filepath.Join(*d, "404.html"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(page)
		return
	}
	if strings.HasSuffix(r.URL.Path, ".wasm") {
		// The editor's validator: browsers compile only application/wasm.
		w.Header().Set("Content-Type", "application/wasm")
	}
	http.FileServer(http.Dir(*d)).ServeHTTP(w, r)
}

// errorPageRefresh is how often, in seconds, the error page reloads.
const errorPageRefresh = 2

var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{{.Refresh}}">
<title>{{.Title}}</title>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<p>{{.Lead}}</p>
{{- if .Err}}
<p>{{.Err}}</p>
{{- end}}
{{- if .Findings}}
<ol>
{{- range .Findings}}
<li><code>{{.Pos}}</code>: {{.Severity}} <code>{{.Rule}}</code>: {{.Message}}{{if .Hint}}<br>{{$.HintLabel}}: {{.Hint}}{{end}}</li>
{{- end}}
</ol>
{{- end}}
</main>
</body>
</html>
`))

type errorFinding struct{ Pos, Severity, Rule, Message, Hint string }

// errorPage writes the page for a failed build, in the run's language;
// html/template escapes every text from the repository.
func (p *preview) errorPage(w http.ResponseWriter, pr *buildProblem) {
	l := p.c.lang
	data := struct {
		Lang                        msg.Lang
		Refresh                     int
		Title, Lead, Err, HintLabel string
		Findings                    []errorFinding
	}{Lang: l, Refresh: errorPageRefresh, Title: msg.T(l, "serve.error-title"), Lead: msg.T(l, "serve.error-lead"), Err: pr.Err, HintLabel: msg.T(l, "serve.error-hint")}
	for _, f := range pr.Findings {
		m, h := f.In(l)
		data.Findings = append(data.Findings, errorFinding{f.Pos.String(), f.Severity.In(l), f.Rule, m, h})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'")
	w.WriteHeader(http.StatusServiceUnavailable)
	if err := errorPage.Execute(w, data); err != nil {
		p.c.fail(err)
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
