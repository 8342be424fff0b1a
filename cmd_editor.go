package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/govmap/govmap/internal/editcheck"
	"github.com/govmap/govmap/internal/wasmbuild"
	"github.com/govmap/govmap/site"
)

// editorAssets compiles (or takes from the cache) the editor's validator
// and collects the model files it checks against, for build and serve.
// Without the go command or the module's source the site is built with
// the editor but without its validator, and a note says so.
//
// Under go test the validator is left out, silently: compiling it takes
// minutes on a cold cache, and the browser test builds it itself.
func editorAssets(c *cli, dir string) *site.Editor {
	if testing.Testing() {
		return nil
	}
	if os.Getenv("GOVMAP_NO_WASM") != "" {
		c.note("GOVMAP_NO_WASM is set: the editor is built without its validator")
		return nil
	}
	bundle, err := editcheck.MakeBundle(os.DirFS(dir))
	if err != nil {
		c.note("the editor is built without its validator: %s", err.Error())
		return nil
	}
	bundleJSON, err := json.Marshal(bundle)
	if err != nil {
		c.note("the editor is built without its validator: %s", err.Error())
		return nil
	}
	src := wasmbuild.FindSource(dir)
	if src == "" {
		if wd, err := os.Getwd(); err == nil {
			src = wasmbuild.FindSource(wd)
		}
	}
	if src == "" {
		c.note("the editor is built without its validator: no govmap source (go.mod) in %s or the current folder", filepath.Clean(dir))
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	start := time.Now()
	res, err := wasmbuild.Build(ctx, src)
	if errors.Is(err, wasmbuild.ErrNoGo) {
		c.note("the editor is built without its validator: the go command is not installed")
		return nil
	}
	if err != nil {
		c.note("the editor is built without its validator: %s", err.Error())
		return nil
	}
	if !res.Cached {
		c.note("compiled the editor's validator in %s (cached for the next builds)", time.Since(start).Round(time.Second).String())
	}
	return &site.Editor{Wasm: res.Wasm, WasmExec: res.WasmExec, Bundle: bundleJSON}
}
