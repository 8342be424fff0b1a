package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/govmap/govmap/msg"
)

func TestBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := runCLI("build", "-o", out, "--today", "2026-11-23", "--base-url", "https://example.org/govmap/", "--repo", "example/govmap", ".")
	if code != exitOK {
		t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, f := range []string{"index.html", "sv/index.html", "en/municipalities/091.html", "data/govmap.json", ".govmap-site", "sitemap.xml"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("no %s in the site", f)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "municipalities", "091.html"))
	if !bytes.Contains(page, []byte(`https://github.com/example/govmap/edit/main/municipalities/091-helsinki.cue`)) {
		t.Error("the Helsinki page does not link its file in the editor of --repo")
	}
	// A second build replaces the first.
	if code, _, stderr := runCLI("build", "-o", out, "--today", "2026-11-24", "."); code != exitOK {
		t.Fatalf("second build: exit %d: %s", code, stderr)
	}
	home, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Contains(home, []byte(`datetime="2026-11-24"`)) {
		t.Error("the second build did not replace the first")
	}
}

func TestBuildSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1795000000") // 2026-11-18
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := runCLI("build", "-o", out, "."); code != exitOK {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	home, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Contains(home, []byte(`datetime="2026-11-18"`)) {
		t.Error("SOURCE_DATE_EPOCH does not set the day")
	}
}

func TestBuildRefuses(t *testing.T) {
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("mine"), 0o644)
	for _, args := range [][]string{
		{"build", "-o", ".", "."},             // the repository itself
		{"build", "-o", "/", "."},             // a file-system root
		{"build", "-o", foreign, "."},         // someone else's folder
		{"build", "--today", "tomorrow", "."}, // a bad date
		{"build", "--repo", "not a repo", "-o", filepath.Join(t.TempDir(), "s"), "."},
	} {
		if code, _, _ := runCLI(args...); code != exitTrouble {
			t.Errorf("%v: exit %d, want %d", args, code, exitTrouble)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(foreign, "notes.txt")); string(b) != "mine" {
		t.Error("the build touched a foreign folder")
	}
}

func TestBuildRefusesARepositoryWithErrors(t *testing.T) {
	dir := copyRepo(t)
	if err := os.WriteFile(filepath.Join(dir, "actors", "fisc.cue"), []byte(badActor), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := runCLI("build", "--lang", "en", "-o", out, dir)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s", code, exitFailed, stderr)
	}
	if !strings.Contains(stderr, "actors/fisc.cue:4:8: error schema: ") || !strings.Contains(stderr, "govmap build: the repository has errors; nothing was built") {
		t.Errorf("stderr does not say why: %s", stderr)
	}
	// In Finnish, the default.
	t.Setenv("GOVMAP_LANG", "")
	code, _, stderr = runCLI("build", "-o", out, dir)
	if code != exitFailed || !strings.Contains(stderr, "actors/fisc.cue:4:8: virhe schema: kind: \"club\" ei käy tähän") ||
		!strings.Contains(stderr, "govmap build: tiedostoissa on virheitä; sivustoa ei tehty") {
		t.Errorf("in Finnish: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a site was written for a repository with errors")
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeRebuildsOnChange(t *testing.T) {
	dir := copyRepo(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	urls := make(chan string, 1)
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, serveOptions{dir: dir, addr: "127.0.0.1:0", today: "2026-11-23", repo: "govmap/govmap", lang: msg.EN,
			every: 50 * time.Millisecond, ready: func(u string) { urls <- u }}, &stdout, &stderr)
	}()
	var base string
	select {
	case base = <-urls:
	case code := <-done:
		t.Fatalf("serve ended with %d: %s", code, stderr.String())
	case <-time.After(time.Minute):
		t.Fatal("serve did not start")
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("index.html"); code != http.StatusOK || !strings.Contains(body, `<html lang="fi">`) {
		t.Fatalf("GET index.html: %d", code)
	}
	if code, _ := get("en/municipalities/091.html"); code != http.StatusOK {
		t.Fatalf("GET a municipality: %d", code)
	}

	// Change a file: the site is built again.
	file := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append(b, []byte("// touched\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for strings.Count(stdout.String(), "built ") < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("no rebuild after a change:\n%s\n%s", stdout.String(), stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(stdout.String(), "rebuilding") {
		t.Error("serve did not say it rebuilds")
	}
	if code, _ := get("index.html"); code != http.StatusOK {
		t.Fatalf("GET after the rebuild: %d", code)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve ended with %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop")
	}
}
