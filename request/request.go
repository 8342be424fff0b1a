// Package request applies a change request to a municipality's file.
//
// A change request is what an officer sends through the issue form or the
// site's editor: Markdown (an issue's body) holding exactly one fenced
// ```cue block, and in it the municipality's governance in the syntax of
// its file:
//
//	```cue
//	municipalities: "091": {
//		status: {reported: true, reviewed: "2026-11-30"}
//		roles: "data-protection-officer": {...}
//	}
//	```
//
// The request is the governance as the site shows it (the public view,
// model.Municipality.Public); Merge writes it into the file:
//
//   - what the request writes replaces what the file says;
//   - what the site shows and the request leaves out is removed;
//   - what the site does not show is kept unless the request writes it:
//     a non-public role, body, company, action-plan task or section (and
//     every field of one), a person not marked public, a responsibility
//     row's or a reference's non-public party, and the file's comments.
//     A non-public entry or person becomes public only when the request
//     says visibility: "public" for it;
//   - the identity (code, name, region, county, language, population) is
//     reference data: the request may leave it out or repeat it as it is,
//     never change it.
//
// The request is untrusted. It is read by the loader's rules for a data
// file (model.ParseDataFile): plain literals only, within the size limits;
// one municipality, the file's. Every problem is a finding at its line and
// column in the request's text, and then nothing is merged. Merge uses no
// file system, process or network: it runs in the browser too (the site's
// editor, compiled to WebAssembly).
package request

import (
	"errors"
	"fmt"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// Rule is the rule id of a finding about the request's text itself (no
// ```cue block, two of them, too long, the wrong municipality). Problems
// with what the block says carry the loader's rules (syntax,
// file-not-data, too-large, identity, ...).
const Rule = "request"

// folder is the collection a request writes.
const folder = "municipalities"

// DefaultName is the name a request's positions carry when the caller
// gives none.
const DefaultName = "request"

// Error is a request that was not merged: its findings say where and why,
// in any language of the catalogue.
type Error struct {
	Findings []*diag.Finding
	// File is set when the municipality's own file, not the request, is
	// what cannot be read.
	File bool
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Findings))
	for i, f := range e.Findings {
		lines[i] = f.Error()
	}
	return strings.Join(lines, "\n")
}

// Localize renders the findings in a language, one a line.
func (e *Error) Localize(l msg.Lang) string {
	lines := make([]string, len(e.Findings))
	for i, f := range e.Findings {
		lines[i] = f.Line(l)
	}
	return strings.Join(lines, "\n")
}

// Options tune a merge.
type Options struct {
	// Name is the name findings give the request ("" : DefaultName), such
	// as the file it was read from.
	Name string
	// Code, when set, is the municipality the request must be for (the
	// issue form's field); the file's own code must be it too.
	Code string
}

// Merge applies the change request req (Markdown with one ```cue block)
// to current, the text of the municipality file named filename, and
// returns the file's new text in the canonical layout (model.Format),
// with its comments. On any problem it returns an *Error and no text.
func Merge(current []byte, filename string, req []byte) ([]byte, error) {
	return MergeWith(current, filename, req, Options{})
}

// MergeWith is Merge with options.
func MergeWith(current []byte, filename string, req []byte, o Options) ([]byte, error) {
	if o.Name == "" {
		o.Name = DefaultName
	}
	cur, err := readFile(filename, current)
	if err != nil {
		return nil, err
	}
	if o.Code != "" && o.Code != cur.code {
		return nil, &Error{Findings: []*diag.Finding{problem(diag.Pos{File: o.Name}, "the request is for municipality %s, but the file %s is municipality %s's", o.Code, filename, cur.code)}}
	}
	rq, err := readRequest(o.Name, req)
	if err != nil {
		return nil, err
	}
	want := cur.code
	if rq.code != want {
		return nil, &Error{Findings: []*diag.Finding{problem(rq.keyPos, "the request is for municipality %s, but it was sent for municipality %s", rq.code, want).
			WithHint("Write the code of the municipality the request is for: municipalities: %q: {...}.", want)}}
	}
	out, err := merge(cur, rq)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, err
		}
		return nil, fmt.Errorf("merging the request into %s: %w", filename, err)
	}
	return out, nil
}
