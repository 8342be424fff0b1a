package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestASTDecodeMatchesCUE: decoding entities from the files' literals gives
// exactly what exporting the CUE values gives, defaults included, on the
// repository and on the fully filled example.
func TestASTDecodeMatchesCUE(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"model", "actors", "tasks", "counties", "municipalities", "cue.mod"} {
		if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(filepath.Join("..", d))); err != nil {
			t.Fatal(err)
		}
	}
	// The example: a fully filled municipality with every field and default.
	ex, err := os.ReadFile("../validate/testdata/fixtures/example-full.txtar")
	if err != nil {
		t.Fatal(err)
	}
	const marker = "-- municipalities/999-esimerkkila.cue --\n"
	s := string(ex)
	start := len(marker) + indexOf(s, marker)
	end := start + indexOf(s[start:], "\n-- ")
	if err := os.WriteFile(filepath.Join(dir, "municipalities", "999-esimerkkila.cue"), []byte(s[start:end+1]), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(fromAST bool) string {
		decodeFromAST = fromAST
		defer func() { decodeFromAST = true }()
		repo, _ := Load(dir)
		b, err := json.Marshal([]any{repo.Actors(), repo.Tasks(), repo.Counties(), repo.Municipalities()})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	fromCUE, fromAST := load(false), load(true)
	if fromCUE != fromAST {
		for i := range min(len(fromCUE), len(fromAST)) {
			if fromCUE[i] != fromAST[i] {
				t.Fatalf("decodings differ at byte %d:\nCUE: %s\nAST: %s", i, fromCUE[max(0, i-200):min(len(fromCUE), i+200)], fromAST[max(0, i-200):min(len(fromAST), i+200)])
			}
		}
		t.Fatalf("decodings differ in length: %d vs %d", len(fromCUE), len(fromAST))
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
