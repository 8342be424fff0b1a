package request

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// MaxBodySize bounds a request's text: GitHub takes at most 65,536
// characters in an issue's body, and a municipality file is at most
// model.MaxFileSize.
const MaxBodySize = model.MaxFileSize

// fence is an opening or closing code fence: up to three spaces, then
// three or more backticks or tildes, then the info string.
var fence = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})[ \t]*(.*?)[ \t]*$")

type fenceLine struct {
	marker string // the backticks or tildes
	info   string // the first word of the info string, lower-case
}

func parseFence(line string) (fenceLine, bool) {
	m := fence.FindStringSubmatch(line)
	if m == nil {
		return fenceLine{}, false
	}
	if m[1][0] == '`' && strings.Contains(m[2], "`") {
		return fenceLine{}, false // not a fence (CommonMark: no backtick in the info)
	}
	info, _, _ := strings.Cut(m[2], " ")
	return fenceLine{marker: m[1], info: strings.ToLower(info)}, true
}

// closes reports whether line closes a block opened by open.
func (open fenceLine) closes(line string) bool {
	f, ok := parseFence(line)
	return ok && f.info == "" && f.marker[0] == open.marker[0] && len(f.marker) >= len(open.marker)
}

// block is a fenced cue block: the index of the line before its first
// content line (a fence) and of the line after its last.
type block struct {
	fence, end int
}

// cueBlocks finds the ```cue blocks of a Markdown text's lines. A block
// whose first line is itself a ```cue fence is one block: GitHub's issue
// form wraps a field with `render: cue` in a fence of its own, so text
// pasted there with its fence is fenced twice. Other fenced blocks are
// skipped with their content.
func cueBlocks(lines []string) []block {
	var out []block
	for i := 0; i < len(lines); i++ {
		open, ok := parseFence(lines[i])
		if !ok {
			continue
		}
		if open.info != "cue" {
			j := i + 1
			for j < len(lines) && !open.closes(lines[j]) {
				j++
			}
			i = j
			continue
		}
		start := i
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		inner, nested := fenceLine{}, false
		if j < len(lines) {
			if f, ok := parseFence(lines[j]); ok && f.info == "cue" {
				inner, nested, start = f, true, j
			}
		}
		closer := open
		if nested {
			closer = inner
		}
		end := start + 1
		for end < len(lines) && !closer.closes(lines[end]) {
			end++
		}
		out = append(out, block{fence: start, end: end})
		i = end
		if nested {
			// The outer fence's close, after blank lines.
			k := end + 1
			for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
				k++
			}
			if k < len(lines) && open.closes(lines[k]) {
				i = k
			}
		}
	}
	return out
}

// packageClause starts a text that declares its package.
var packageClause = regexp.MustCompile(`^\s*package\s`)

// extract returns the request's CUE text: the issue body with every line
// outside its one cue block left empty, so that positions (line and
// column) are the body's own. The line of the block's opening fence says
// `package municipalities` unless the block declares a package itself.
func extract(name string, body []byte) ([]byte, *diag.Finding) {
	body = model.Normalize(body)
	if len(body) > MaxBodySize {
		return nil, problem(diag.Pos{File: name}, "the request is %d bytes, more than the %d allowed", len(body), MaxBodySize)
	}
	lines := strings.Split(string(body), "\n")
	blocks := cueBlocks(lines)
	switch len(blocks) {
	case 0:
		return nil, problem(diag.Pos{File: name, Line: 1, Col: 1}, "the request holds no ```cue block").
			WithHint("Put the municipality's governance between a line ```cue and a line ```, as the form does.")
	case 1:
	default:
		return nil, problem(diag.Pos{File: name, Line: blocks[1].fence + 1, Col: 1}, "the request holds %d ```cue blocks; it may hold one (the first is at line %d)", len(blocks), blocks[0].fence+1).
			WithHint("Put all of the municipality's governance in one block, and delete the others.")
	}
	b := blocks[0]
	var out bytes.Buffer
	declares := false
	for i := b.fence + 1; i < b.end; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "//") {
			continue
		}
		declares = packageClause.MatchString(l)
		break
	}
	for i, l := range lines {
		switch {
		case i == b.fence && !declares:
			out.WriteString("package " + folder)
		case i > b.fence && i < b.end:
			out.WriteString(l)
		}
		if i < len(lines)-1 {
			out.WriteByte('\n')
		}
	}
	return out.Bytes(), nil
}

// problem is a finding about the request as a whole: its text, not its
// governance.
func problem(pos diag.Pos, format string, args ...any) *diag.Finding {
	m := msg.M(format, args...)
	return &diag.Finding{Rule: Rule, Severity: diag.Error, Pos: pos, Message: m.Localize(msg.EN), Msg: m}
}
