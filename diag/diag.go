// Package diag defines findings: what the loader and the validator report
// about a repository, each with a rule, a severity and a source position.
package diag

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/govmap/govmap/msg"
)

// Severity orders findings: an error fails validation, a warning fails it
// only with --strict, a notice never does.
type Severity int

const (
	Notice Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "notice"
	}
}

// In is the severity's word in a language.
func (s Severity) In(l msg.Lang) string { return msg.T(l, "severity."+s.String()) }

// MarshalText writes the severity's name, so JSON shows "error".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity is the inverse of Severity.String.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "notice":
		return Notice, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or notice)", s)
}

// Pos is a position in a repository file. File is slash-separated and
// relative to the repository root; Line and Col count from 1 (0: unknown).
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.File == "":
		return "-"
	case p.Line == 0:
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// IsValid reports whether the position names a place in a file.
func (p Pos) IsValid() bool { return p.File != "" && p.Line > 0 }

// Finding is one problem found in a repository. It is an error so findings
// can be aggregated with go-multierror.
//
// Message and Hint are the English text; Msg and HintMsg keep the
// catalogue format and arguments so In renders them in any language.
type Finding struct {
	Rule     string
	Severity Severity
	Pos      Pos
	Message  string
	Hint     string
	Msg      msg.Message
	HintMsg  msg.Message
}

// In returns the finding's message and hint in a language.
func (f *Finding) In(l msg.Lang) (message, hint string) {
	message, hint = f.Message, f.Hint
	if f.Msg.Format != "" {
		message = f.Msg.Localize(l)
	}
	if f.HintMsg.Format != "" {
		hint = f.HintMsg.Localize(l)
	}
	return message, hint
}

// Line is the finding's one-line form in a language:
// "file:line:col: severity rule: message".
func (f *Finding) Line(l msg.Lang) string {
	m, _ := f.In(l)
	return fmt.Sprintf("%s: %s %s: %s", f.Pos, f.Severity.In(l), f.Rule, m)
}

func (f *Finding) Error() string {
	return fmt.Sprintf("%s: %s %s: %s", f.Pos, f.Severity, f.Rule, f.Message)
}

// MarshalJSON writes exactly the keys rule severity file line column
// message hint.
func (f *Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Rule     string   `json:"rule"`
		Severity Severity `json:"severity"`
		File     string   `json:"file"`
		Line     int      `json:"line"`
		Column   int      `json:"column"`
		Message  string   `json:"message"`
		Hint     string   `json:"hint"`
	}{f.Rule, f.Severity, filepath.ToSlash(f.Pos.File), f.Pos.Line, f.Pos.Col, f.Message, f.Hint})
}

// New makes a finding for a rule of the catalogue, taking its severity and
// hint from the rule; an unknown rule id is a programming error.
func New(rule string, pos Pos, format string, args ...any) *Finding {
	r, ok := Lookup(rule)
	if !ok {
		panic("diag: unknown rule " + rule)
	}
	m := msg.M(format, args...)
	return &Finding{Rule: r.ID, Severity: r.Severity, Pos: pos, Message: m.Localize(msg.EN), Hint: r.Hint,
		Msg: m, HintMsg: msg.M(r.Hint)}
}

// WithHint replaces the rule's generic hint with a specific one (a
// catalogue format).
func (f *Finding) WithHint(format string, args ...any) *Finding {
	f.HintMsg = msg.M(format, args...)
	f.Hint = f.HintMsg.Localize(msg.EN)
	return f
}

// WithSeverity overrides the rule's severity (rules read from the model's
// data carry their own).
func (f *Finding) WithSeverity(s Severity) *Finding {
	f.Severity = s
	return f
}

// Sort orders findings by file, line, column and rule.
func Sort(fs []*Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Pos, fs[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Message < fs[j].Message
	})
}
