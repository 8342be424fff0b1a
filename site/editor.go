package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/govmap/govmap/model"
)

// The editor: one page per language (edit.html?code=CODE) where an officer
// fills in the municipality's governance in a form, sees the validator's
// findings as they type (the validator compiled to WebAssembly) and sends
// the result as a change request, a GitHub issue. One page per language,
// not per municipality: the municipalities' public data is one script
// (assets/editor-data.js, loaded as a script so it works from file://
// too, where fetch is refused), and 3 pages instead of 924.

// Editor is what the editor's validator needs; nil Wasm builds the editor
// without it (the form and sending work, the findings come with the
// issue's checks).
type Editor struct {
	Wasm     []byte // cmd/govmap-wasm compiled with GOOS=js GOARCH=wasm
	WasmExec []byte // Go's wasm_exec.js of the same Go
	Bundle   []byte // internal/editcheck.Bundle as JSON: the model files
}

// editorPath is the editor page's address in each language.
const editorPath = "edit.html"

// IssueTemplate is the issue form the editor fills in, and its fields' ids.
const (
	IssueTemplate     = "governance-report.yml"
	IssueFieldCode    = "municipality"
	IssueFieldRequest = "request"
)

// editorCSP lets the editor page, and only it, compile WebAssembly.
var editorCSP = strings.Replace(csp, "script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", 1)

// EditorLink is the editor's address for a municipality.
func (p *page) EditorLink(code string) string {
	return p.Link(editorPath) + "?code=" + url.QueryEscape(code)
}

func (p *page) fillEditor() {
	p.setTitle(p.T("editor.title"))
	p.crumbs()
	p.csp = editorCSP
	withValidator := p.b.opts.Editor != nil && len(p.b.opts.Editor.Wasm) > 0
	// The validator runs in a worker (assets/editor-worker.js), which
	// loads wasm_exec.js, the model and the binary itself.
	p.Scripts = []string{"assets/editor-data.js", "assets/editor.js"}
	type areaView struct {
		ID, Label string
	}
	var areas []areaView
	for _, a := range p.b.repo.Areas() {
		areas = append(areas, areaView{a.ID, strconv.Itoa(a.Number) + " " + a.Name.In(p.Lang)})
	}
	type option struct {
		Value string `json:"value"`
		Label string `json:"label"`
	}
	var bodyTypes, triggers, roleIDs []option
	for _, t := range []string{"council", "board", "committee", "audit-committee", "company-board", "joint-authority-board", "other"} {
		bodyTypes = append(bodyTypes, option{t, p.Enum("body", t)})
	}
	for _, t := range []string{"scheduled", "digital-environment-change", "serious-breach", "internal-audit"} {
		triggers = append(triggers, option{t, p.Enum("trigger", t)})
	}
	if req := p.b.repo.Requirements(); req != nil {
		for _, r := range req.Roles {
			roleIDs = append(roleIDs, option{r.Role, r.Name.In(p.Lang)})
		}
	}
	// The words the script needs, from the catalogue.
	words := map[string]any{
		"areas": areas, "bodyTypes": bodyTypes, "triggers": triggers, "roleIDs": roleIDs,
		"repo": p.b.opts.Repo, "template": IssueTemplate,
		"fieldCode": IssueFieldCode, "fieldRequest": IssueFieldRequest,
		"validator": withValidator, "worker": p.Asset("assets/editor-worker.js"),
		// The municipality's page (the breadcrumb's link back) is this
		// prefix, its code and ".html"; the guide to pull requests.
		"muniBase": p.Link("municipalities/"), "contributing": p.ContributingURL(),
	}
	for _, k := range editorKeys {
		words[k] = p.T("editor." + k)
	}
	for _, k := range []string{"raci.responsible", "raci.accountable", "raci.consulted", "raci.informed"} {
		words[k] = p.T(k)
	}
	data, err := json.Marshal(words)
	if err != nil {
		data = []byte("{}")
	}
	p.Data = map[string]any{
		"Words":    string(data),
		"Areas":    areas,
		"PRLink":   "https://github.com/" + p.b.opts.Repo + "#change-a-responsibility-by-pull-request",
		"Validate": withValidator,
	}
}

// editorKeys are the catalogue's editor.* texts the script shows.
var editorKeys = []string{
	"for", "unknown-code", "status", "reported", "reviewed", "review-every", "roles", "role",
	"role-kind", "role-other", "role-other-id", "role-title-fi", "role-title-sv", "role-mailbox", "add-role", "remove", "bodies",
	"body", "body-id-optional", "body-id-help", "body-type", "body-name-fi", "body-name-sv", "body-every", "body-last",
	"body-trigger", "add-body", "raci", "raci-none", "maintainers", "maintainers-help", "kept",
	"findings", "no-findings", "checking", "validator-off", "validator-file", "validator-failed",
	"send", "download", "copied", "issue-title", "request-preview", "error", "warning",
	"notice", "line", "new-role", "new-body", "raci-several", "other-findings", "other-help",
	"add-role-hint", "add-body-hint", "raci-row-hint", "maintainers-hint",
}

// editorScript reports whether src is one of the editor page's scripts.
func editorScript(src string) bool {
	for _, s := range []string{"assets/editor-data.js", "assets/editor.js"} {
		if strings.HasSuffix(src, s) {
			return true
		}
	}
	return false
}

// editorFiles are the editor's generated assets: the municipalities'
// public data and, with a validator, the model bundle, the binary and its
// loader.
func (b *builder) editorFiles(add func(string, []byte)) error {
	type muni struct {
		Code     string              `json:"code"`
		Name     model.Text          `json:"name"`
		File     string              `json:"file"`
		Identity string              `json:"identity"`
		Option   string              `json:"option"`
		Public   *model.Municipality `json:"public"`
	}
	out := map[string]muni{}
	for _, m := range b.munis {
		out[m.Code] = muni{m.Code, m.Name, m.Pos.File, identityCUE(m), issueOption(m), m}
	}
	data, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("editor data: %w", err)
	}
	add("assets/editor-data.js", scriptVar("govmapEditData", data))
	e := b.opts.Editor
	if e == nil || len(e.Wasm) == 0 {
		return nil
	}
	add("assets/editor-model.js", scriptVar("govmapModel", e.Bundle))
	add("assets/govmap.wasm", e.Wasm)
	add("assets/wasm_exec.js", e.WasmExec)
	return nil
}

// issueOption is the municipality's option in the issue form's dropdown
// (the form is generated from the reference data the same way: code, then
// the name in the municipality's language, then the other): a dropdown is
// prefilled by its option's text.
func issueOption(m *model.Municipality) string {
	name := m.Name.FI
	if m.Name.SV != "" && m.Name.SV != m.Name.FI {
		if strings.HasPrefix(m.Language, "sv") {
			name = m.Name.SV + " / " + m.Name.FI
		} else {
			name += " / " + m.Name.SV
		}
	}
	return m.Code + " " + name
}

// scriptVar is a script that sets a global to a JSON value. "</" cannot
// occur in JSON outside strings, and json.Marshal escapes < in strings.
func scriptVar(name string, jsonValue []byte) []byte {
	var buf bytes.Buffer
	buf.WriteString("var " + name + " = ")
	buf.Write(jsonValue)
	buf.WriteString(";\n")
	return buf.Bytes()
}

// identityCUE is the municipality's identity as CUE fields on one line,
// the part of its file a request never sets.
func identityCUE(m *model.Municipality) string {
	text := func(t model.Text) string {
		var parts []string
		if t.FI != "" {
			parts = append(parts, "fi: "+strconv.Quote(t.FI))
		}
		if t.SV != "" {
			parts = append(parts, "sv: "+strconv.Quote(t.SV))
		}
		if t.EN != "" {
			parts = append(parts, "en: "+strconv.Quote(t.EN))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	fields := []string{
		"name: " + text(m.Name),
		// The file names its region in Finnish and Swedish; the site adds
		// the English name from the reference data (regionName), which the
		// file's identity does not have.
		"region: {code: " + strconv.Quote(m.Region.Code) + ", name: " + text(model.Text{FI: m.Region.Name.FI, SV: m.Region.Name.SV}) + "}",
	}
	if m.County.ID != "" {
		fields = append(fields, "county: "+strconv.Quote(m.County.ID))
	}
	fields = append(fields, "language: "+strconv.Quote(m.Language),
		"population: {count: "+strconv.Itoa(m.Population.Count)+", date: "+strconv.Quote(m.Population.Date)+"}")
	return strings.Join(fields, ", ")
}
