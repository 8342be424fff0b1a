package model

import (
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/parser"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/diag"
)

// A change request (package request) is untrusted text in a municipality
// file's syntax, cut out of an issue. It is read by the loader's own rules
// for data files: the parser with its paste-mistake hints, the shape check
// (plain fields only: no import, definition, hidden field, marker, alias,
// reference, comprehension or expression) and the size limits. Only what
// depends on the file's name does not apply.

// ParseDataFile parses a municipality data file's text (already
// normalized) as the loader reads one, without evaluating it: file is the
// name findings carry. It returns the syntax tree, when the text parses,
// and the findings of the parser, the shape check and the limits; a text
// with findings is not plain data. The file's name is not checked against
// its code, and no finding repeats a person's or a non-public value.
func ParseDataFile(file string, src []byte) (*ast.File, []*diag.Finding) {
	folder, _ := folderOf("municipalities")
	s := source{path: file, dir: folder.Dir, data: src}
	f, err := parser.ParseFile(file, src, parser.ParseComments)
	if err != nil {
		return nil, syntaxFindings(err, file, src)
	}
	r := &fileResult{}
	r.shape(f, s, folder)
	secretsOf(f).scrubber().Scrub(r.findings...)
	var out []*diag.Finding
	for _, fd := range r.findings {
		// Named after no code: the name is the caller's, not the text's.
		if fd.Rule == "file-name" && fd.Pos.Line == 0 {
			continue
		}
		out = append(out, fd)
	}
	diag.Sort(out)
	return f, out
}

// LiteralJSON is the JSON value of a plain literal expression (a string,
// number, boolean, null, list or struct of them), as the loader decodes
// it; two literals are the same value when their JSON is equal.
func LiteralJSON(e ast.Expr) ([]byte, error) {
	v, err := plainValue(e)
	if err != nil {
		return nil, err
	}
	return appendJSON(nil, v)
}

// LabelName is a field label's name: an identifier or a quoted string.
func LabelName(l ast.Label) (string, bool) { return labelName(l) }

// ToPos converts a CUE position to a finding's position in file.
func ToPos(p token.Pos, file string) Pos { return toPos(p, file) }
