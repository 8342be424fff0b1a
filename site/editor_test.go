package site

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The editor is one page per language; only it allows WebAssembly; each
// municipality's page links to it; its data is the public view, with the
// identity as CUE and the issue form's option.
func TestEditorPages(t *testing.T) {
	repo := overlay(t, fullFixture)
	files := render(t, repo, Options{})
	for _, name := range []string{"edit.html", "sv/edit.html", "en/edit.html"} {
		page := files[name]
		if page == nil {
			t.Fatalf("no %s", name)
		}
		if !bytes.Contains(page, []byte("script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;")) {
			t.Errorf("%s: the CSP does not allow WebAssembly", name)
		}
		if !bytes.Contains(page, []byte("<noscript>")) {
			t.Errorf("%s: no <noscript> alternative", name)
		}
	}
	for name, data := range files {
		if strings.HasSuffix(name, ".html") && !strings.HasSuffix(name, "edit.html") && bytes.Contains(data, []byte("wasm-unsafe-eval")) {
			t.Errorf("%s allows WebAssembly", name)
		}
	}
	for name, want := range map[string]string{
		"municipalities/999.html":    `href="../edit.html?code=999">Täytä / päivitä<`,
		"sv/municipalities/999.html": `href="../../sv/edit.html?code=999">Fyll i / uppdatera<`,
		"en/municipalities/999.html": `href="../../en/edit.html?code=999">Fill in / update<`,
	} {
		if !bytes.Contains(files[name], []byte(want)) {
			t.Errorf("%s: no link %s", name, want)
		}
	}
	// Without a validator nothing of it is written, and the page says so
	// to its script.
	for _, name := range []string{"assets/govmap.wasm", "assets/wasm_exec.js", "assets/editor-model.js"} {
		if files[name] != nil {
			t.Errorf("%s written without a validator", name)
		}
	}
	if !bytes.Contains(files["edit.html"], []byte("&#34;validator&#34;:false")) {
		t.Error("the page does not tell its script there is no validator")
	}
	js, ok := bytes.CutPrefix(files["assets/editor-data.js"], []byte("var govmapEditData = "))
	if !ok {
		t.Fatalf("editor-data.js: %.60s", files["assets/editor-data.js"])
	}
	var data map[string]struct {
		File, Identity, Option string
		Public                 map[string]any
	}
	if err := json.Unmarshal(bytes.TrimSuffix(bytes.TrimSpace(js), []byte(";")), &data); err != nil {
		t.Fatal(err)
	}
	m := data["999"]
	if m.File != "municipalities/999-esimerkkila.cue" || m.Option != "999 Esimerkkilä / Exempelby" ||
		m.Identity != `name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}, region: {code: "01", name: {fi: "Uusimaa", sv: "Nyland"}}, county: "01", language: "fi", population: {count: 1000, date: "2025-12-31"}` {
		t.Errorf("999: %+v", m)
	}
	if _, ok := m.Public["roles"]; !ok {
		t.Error("999: no roles in the public data")
	}
	if len(data) != len(repo.Municipalities()) {
		t.Errorf("%d municipalities in the editor's data, want %d", len(data), len(repo.Municipalities()))
	}

	// With a validator its files are written.
	files = render(t, repo, Options{Editor: &Editor{Wasm: []byte("\x00asm"), WasmExec: []byte("// exec"), Bundle: []byte(`{"model/x.cue":"package model"}`)}})
	if string(files["assets/govmap.wasm"]) != "\x00asm" || string(files["assets/wasm_exec.js"]) != "// exec" ||
		string(files["assets/editor-model.js"]) != "var govmapModel = {\"model/x.cue\":\"package model\"};\n" {
		t.Error("the validator's files are not written as given")
	}
	if !bytes.Contains(files["edit.html"], []byte("&#34;validator&#34;:true")) {
		t.Error("the page does not tell its script there is a validator")
	}
}
