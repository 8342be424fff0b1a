// Package editcheck is the validator of the site's editor: the same
// validate.RunFS as the command line, run on the model files (a bundle the
// site ships) and one municipality's file made of the public identity the
// site shows and the governance of a change request. It is plain Go, so
// the command-line tests run it; cmd/govmap-wasm exposes it to the page.
package editcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/request"
	"github.com/govmap/govmap/validate"
)

// Bundle is the repository's model files (everything but municipalities/)
// by slash-separated path: what a municipality's file is checked against.
type Bundle map[string]string

// MakeBundle collects the bundle from a repository: every .cue file
// outside municipalities/, hidden, underscore and testdata folders (the
// folders the loader skips), and cue.mod/module.cue.
func MakeBundle(fsys fs.FS) (Bundle, error) {
	b := Bundle{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && (name == "municipalities" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if path.Ext(name) != ".cue" {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		b[p] = string(data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("collecting the editor's model files: %w", err)
	}
	return b, nil
}

// Input is one check: the municipality's file path and identity (CUE
// fields, comma-separated on one line, as Identity writes them) and the
// request's CUE text, whose first line opens the municipality:
// `municipalities: "CODE": {`.
type Input struct {
	File     string `json:"file"`
	Identity string `json:"identity"`
	Request  string `json:"request"`
	Lang     string `json:"lang"`
	Today    string `json:"today"` // YYYY-MM-DD; empty skips date checks
}

// Result is one finding at a line of the request (1 is its first line;
// 0 means the file as a whole).
type Result struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Message  string `json:"message"`
	Hint     string `json:"hint"`
	// Field is the CUE path the validator put before a schema message
	// ("bodies.board.statusReports.0.date"), which Message then leaves
	// out: the page shows the message next to the field, whose label
	// already names it. Empty when the message names no path.
	Field string `json:"field,omitempty"`
}

// result is a finding as the page shows it: the message without its
// leading CUE path (kept in Field), and no hint when the hint is the
// rule's generic one that adds nothing to a message naming what the
// field expects.
func result(f *diag.Finding, lang msg.Lang, line int) Result {
	m, h := f.In(lang)
	r := Result{Rule: f.Rule, Severity: f.Severity.String(), Line: line, Col: f.Pos.Col, Message: m, Hint: h}
	if f.Msg.Format == "%s: %s" && len(f.Msg.Args) == 2 {
		if path, ok := f.Msg.Args[0].(string); ok {
			r.Field = path
			r.Message = msg.Sprintf(lang, "%s", f.Msg.Args[1])
		}
	}
	if rule, ok := diag.Lookup(f.Rule); ok && f.Rule == "schema" && f.HintMsg.Format == rule.Hint {
		r.Hint = ""
	}
	return r
}

// Checker holds the model once; Check is then run at every edit.
type Checker struct {
	base     fstest.MapFS
	ref      *reference.Data
	prepared *model.Prepared // the model's outcome and compiled schema
}

// New makes a checker of a bundle.
func New(b Bundle) (*Checker, error) {
	ref, err := reference.Load()
	if err != nil {
		return nil, fmt.Errorf("loading reference data: %w", err)
	}
	m := fstest.MapFS{}
	for p, s := range b {
		m[p] = &fstest.MapFile{Data: []byte(s)}
	}
	p, err := model.Prepare(m)
	if err != nil {
		return nil, fmt.Errorf("reading the editor's model files: %w", err)
	}
	return &Checker{base: m, ref: ref, prepared: p}, nil
}

// Source is the municipality file Check validates: the package line, the
// request's first line with the identity after its brace, then the rest of
// the request; so line n+1 of the file is line n of the request.
func Source(identity, request string) ([]byte, error) {
	first, rest, _ := strings.Cut(request, "\n")
	if !strings.HasSuffix(strings.TrimSpace(first), "{") || !strings.HasPrefix(strings.TrimSpace(first), "municipalities:") {
		return nil, fmt.Errorf("the request's first line is not `municipalities: \"CODE\": {`")
	}
	var b bytes.Buffer
	b.WriteString("package municipalities\n")
	b.WriteString(strings.TrimRight(first, " \t"))
	if identity != "" {
		b.WriteString(" " + identity + ",")
	}
	b.WriteString("\n")
	b.WriteString(rest)
	return b.Bytes(), nil
}

// Check validates the request on the model and returns the findings about
// the municipality's file, sorted, in the input's language.
func (c *Checker) Check(in Input) ([]Result, error) {
	if !strings.HasPrefix(in.File, "municipalities/") || !fs.ValidPath(in.File) {
		return nil, fmt.Errorf("file %q is not in municipalities/", in.File)
	}
	lang := msg.Lang(in.Lang)
	// The request must merge (request.Merge, as `govmap apply` does) into
	// the public view, which the site knows as the identity alone: the
	// request replaces all the public governance. Its refusals are at the
	// request's lines (its block starts on the Markdown's second line).
	code, _, _ := strings.Cut(path.Base(in.File), "-")
	current := "package municipalities\n\nmunicipalities: " + strconv.Quote(code) + ": {" + in.Identity + ", status: reported: false}\n"
	body := "```cue\n" + strings.TrimRight(in.Request, "\n") + "\n```\n"
	if _, err := request.MergeWith([]byte(current), in.File, []byte(body), request.Options{Code: code}); err != nil {
		var refused *request.Error
		if !errors.As(err, &refused) {
			return nil, err
		}
		var out []Result
		for _, f := range refused.Findings {
			line := 0
			if !refused.File {
				line = max(f.Pos.Line-1, 0)
			}
			out = append(out, result(f, lang, line))
		}
		return out, nil
	}
	// The merge is the identity and the request's governance; the
	// validator reads it written so that its lines are the request's.
	src, err := Source(in.Identity, in.Request)
	if err != nil {
		return nil, err
	}
	fsys := make(fstest.MapFS, len(c.base)+1)
	for p, f := range c.base {
		fsys[p] = f
	}
	fsys[in.File] = &fstest.MapFile{Data: src}
	opts := validate.Options{Reference: c.ref, Only: func(p string) bool { return p == in.File }, Base: c.prepared}
	if in.Today != "" {
		t, err := time.Parse(time.DateOnly, in.Today)
		if err != nil {
			return nil, fmt.Errorf("today %q: %w", in.Today, err)
		}
		opts.Today = t
	}
	_, found, err := validate.RunFS(fsys, opts)
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, f := range found {
		if f.Pos.File != in.File {
			continue
		}
		out = append(out, result(f, lang, max(f.Pos.Line-1, 0)))
	}
	return out, nil
}

// CheckJSON is Check for the page: JSON in, JSON out ({"findings": [...]}
// or {"error": "..."}).
func (c *Checker) CheckJSON(input string) string {
	var in Input
	var out struct {
		Findings []Result `json:"findings"`
		Error    string   `json:"error,omitempty"`
	}
	out.Findings = []Result{}
	if err := json.Unmarshal([]byte(input), &in); err != nil {
		out.Error = err.Error()
	} else if rs, err := c.Check(in); err != nil {
		out.Error = err.Error()
	} else {
		out.Findings = append(out.Findings, rs...)
	}
	b, _ := json.Marshal(out)
	return string(b)
}
