package model

import (
	"bytes"
	"fmt"
	"strings"

	"cuelang.org/go/cue/format"
	"cuelang.org/go/cue/parser"

	"github.com/govmap/govmap/diag"
)

// byteOrderMark is the UTF-8 encoding of U+FEFF, which some Windows
// editors write at the start of a UTF-8 file.
var byteOrderMark = []byte{0xEF, 0xBB, 0xBF}

// Normalize returns a CUE file's text as govmap reads it: without a
// leading byte-order mark, and with every CRLF line ending as LF. Layout is
// never an error: a file saved on Windows or in GitHub's web editor means
// what the same file with LF endings means. CUE alone reads CRLF except in
// a multi-line string (""") with an empty line, which v0.17.1 rejects as
// "non-matching whitespace for multiline strings"; normalized, the string
// has the value it has with LF endings.
//
// Positions stay as an editor and GitHub show them: a CR at the end of a
// line has no column of its own, and the mark is not shown, so columns on
// the first line count from the first visible character. A lone CR (old
// Mac line endings) is left for the parser to report. b is not modified;
// the result is b itself when there is nothing to change.
func Normalize(b []byte) []byte {
	b = bytes.TrimPrefix(b, byteOrderMark)
	if bytes.Contains(b, []byte("\r\n")) {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	}
	return b
}

// Format returns a CUE file in the canonical layout, the bytes `cue fmt`
// writes for it: parsed with comments and printed by cue/format without
// options, as cmd/cue's fmt does (it adds format.Simplify only with -s).
// The text is normalized first, so the result has LF line endings and no
// byte-order mark. version is the language version of the CUE module, as
// modfile.Parse reads it from cue.mod/module.cue and `cue fmt` gives it to
// the parser; "" means the latest. A file that does not parse returns a
// *SyntaxError.
func Format(filename string, src []byte, version string) ([]byte, error) {
	opts := []parser.Option{parser.ParseComments}
	if version != "" {
		opts = append(opts, parser.Version(version))
	}
	src = Normalize(src)
	f, err := parser.ParseFile(filename, src, opts...)
	if err != nil {
		return nil, &SyntaxError{Findings: syntaxFindings(err, filename, src)}
	}
	out, err := format.Node(f)
	if err != nil {
		return nil, fmt.Errorf("formatting %s: %w", filename, err)
	}
	return out, nil
}

// SyntaxError is a file that does not parse. Its findings (rule syntax)
// say where and why, as `govmap validate` reports them.
type SyntaxError struct {
	Findings []*diag.Finding
}

func (e *SyntaxError) Error() string {
	lines := make([]string, len(e.Findings))
	for i, f := range e.Findings {
		lines[i] = f.Error()
	}
	return strings.Join(lines, "\n")
}
