package main

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/govmap/govmap/model"
)

// printable writes what a command prints with every invisible character
// (controls other than tab and line feed, a carriage return, bidirectional
// marks, line separators: model.Invisible) written as \uXXXX. The
// validator refuses them in the data, but output quotes file names, git
// revisions and values of files it could not read: an escape sequence in
// any of them must not clear or retitle a reviewer's terminal, and a
// carriage return must not hide a line. In JSON the escape is the
// character's own JSON escape, so JSON output keeps its meaning.
type printable struct {
	w     io.Writer
	carry []byte // the start of a character split between writes
}

func (p *printable) Write(b []byte) (int, error) {
	n := len(b)
	data := b
	if len(p.carry) > 0 {
		data = append(p.carry, b...)
		p.carry = nil
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(data[i:]) {
			p.carry = append([]byte(nil), data[i:]...)
			break
		}
		if r == '\r' || (r != utf8.RuneError && model.Invisible(r)) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	if _, err := p.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
