// Package wasmbuild compiles the editor's validator (cmd/govmap-wasm) to
// WebAssembly from the module's own source, with the go command, and
// caches the result: the key is a hash of the module's Go sources, go.mod,
// go.sum and `go version`, so an unchanged tree costs one hash.
package wasmbuild

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Module is the module path the source must have.
const Module = "github.com/govmap/govmap"

// Main is the package compiled.
const Main = "./cmd/govmap-wasm"

// Result is a build: the WebAssembly binary and Go's wasm_exec.js, which
// loads it in a page.
type Result struct {
	Wasm     []byte
	WasmExec []byte
	Cached   bool
}

// ErrNoGo is returned when the go command is not found.
var ErrNoGo = errors.New("the go command is not installed (or not on PATH)")

// FindSource returns the folder of the govmap module at or above dir, or
// "" when there is none.
func FindSource(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && modulePath(data) == Module {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(Main))); err == nil {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// modulePath is the module line of a go.mod.
func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// CacheDir is where builds are kept: GOVMAP_CACHE, else the user's cache
// folder, else .cache in the source folder.
func CacheDir(src string) string {
	if d := os.Getenv("GOVMAP_CACHE"); d != "" {
		return filepath.Join(d, "wasm")
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "govmap", "wasm")
	}
	return filepath.Join(src, ".cache", "wasm")
}

// Build compiles (or takes from the cache) the validator of the module in
// src.
func Build(ctx context.Context, src string) (*Result, error) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		return nil, ErrNoGo
	}
	version, err := goOutput(ctx, gobin, src, "version")
	if err != nil {
		return nil, err
	}
	root, err := goOutput(ctx, gobin, src, "env", "GOROOT")
	if err != nil {
		return nil, err
	}
	exec_, err := wasmExec(strings.TrimSpace(root))
	if err != nil {
		return nil, err
	}
	key, err := sourceKey(src, version)
	if err != nil {
		return nil, err
	}
	dir := CacheDir(src)
	cached := filepath.Join(dir, key+".wasm")
	if data, err := os.ReadFile(cached); err == nil {
		return &Result{Wasm: data, WasmExec: exec_, Cached: true}, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("making the wasm cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "build-*.wasm")
	if err != nil {
		return nil, fmt.Errorf("making the wasm cache: %w", err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	cmd := exec.CommandContext(ctx, gobin, "build", "-trimpath", "-ldflags=-s -w", "-o", tmp.Name(), Main)
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compiling the editor's validator (GOOS=js GOARCH=wasm go build %s): %w\n%s", Main, err, stderr.String())
	}
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		return nil, err
	}
	if err := os.Rename(tmp.Name(), cached); err != nil {
		return nil, fmt.Errorf("caching the editor's validator: %w", err)
	}
	return &Result{Wasm: data, WasmExec: exec_}, nil
}

func goOutput(ctx context.Context, gobin, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, gobin, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return string(out), nil
}

// wasmExec reads Go's loader of a wasm binary (lib/wasm since Go 1.24,
// misc/wasm before).
func wasmExec(goroot string) ([]byte, error) {
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if data, err := os.ReadFile(filepath.Join(goroot, filepath.FromSlash(p))); err == nil {
			return data, nil
		}
	}
	return nil, fmt.Errorf("no wasm_exec.js in %s", goroot)
}

// sourceKey hashes the module's sources: every file outside hidden,
// underscore, testdata and municipalities folders (Go files, go.mod,
// go.sum and the files packages embed, such as the reference data) but
// tests, CUE, Markdown and the site's web files, which the validator does
// not compile in; and the go version.
func sourceKey(src, version string) (string, error) {
	var files []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != src && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules" || name == "municipalities") {
				return fs.SkipDir
			}
			return nil
		}
		switch filepath.Ext(name) {
		case ".cue", ".md", ".js", ".css", ".tmpl", ".svg", ".txtar", ".html":
			return nil
		}
		if !strings.HasSuffix(name, "_test.go") && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hashing the Go sources: %w", err)
	}
	sort.Strings(files)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", strings.TrimSpace(version))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(src, f)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}
