package wasmbuild

import (
	"os"
	"path/filepath"
	"testing"
)

// The key follows the Go sources and the go version, not the data.
func TestSourceKey(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module "+Module+"\n")
	write("cmd/govmap-wasm/main.go", "package main\n")
	write("municipalities/091-helsinki.cue", "package municipalities\n")
	k1, err := sourceKey(dir, "go1.26")
	if err != nil {
		t.Fatal(err)
	}
	write("municipalities/091-helsinki.cue", "package municipalities\n// changed\n")
	write("README.md", "x")
	write("x_test.go", "package x")
	if k, _ := sourceKey(dir, "go1.26"); k != k1 {
		t.Error("a data, Markdown or test file changed the key")
	}
	if k, _ := sourceKey(dir, "go1.27"); k == k1 {
		t.Error("the go version did not change the key")
	}
	write("cmd/govmap-wasm/main.go", "package main\n\nfunc f() {}\n")
	if k, _ := sourceKey(dir, "go1.26"); k == k1 {
		t.Error("a Go source did not change the key")
	}
	write("reference/municipalities.csv", "x")
	k2, _ := sourceKey(dir, "go1.26")
	write("reference/municipalities.csv", "y")
	if k, _ := sourceKey(dir, "go1.26"); k == k2 {
		t.Error("an embedded file did not change the key")
	}
	if got := FindSource(filepath.Join(dir, "cmd")); got != dir {
		t.Errorf("FindSource = %q, want %q", got, dir)
	}
	if got := FindSource(t.TempDir()); got != "" {
		t.Errorf("FindSource outside a module = %q", got)
	}
}
