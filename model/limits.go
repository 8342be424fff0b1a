package model

import (
	"strings"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"

	"github.com/govmap/govmap/diag"
)

// Limits on what one data file may hold. They are far above real use (a
// large city names a few dozen roles and bodies and perhaps a hundred
// companies) and are checked on the syntax tree before CUE sees the file:
// CUE evaluates a list literal in time quadratic in its length, so a valid
// 1 MB list of 100,000 ids took 52 s and 460 MB. model/municipality.cue
// states them too.
const (
	MaxListLen = 500  // entries of one list
	MaxFields  = 500  // fields of one struct (roles, bodies, companies, ...)
	MaxEntries = 5000 // list entries and fields of one entity, together
)

// limitsOf checks an entity's value before evaluation: the size limits,
// the same entry twice in a list, and control and bidirectional
// characters in any text or label. tooLarge says the entity must not be
// evaluated.
func limitsOf(ef *ast.Field, file string) (found []*diag.Finding, tooLarge bool) {
	entries := 0
	ast.Walk(ef.Value, func(n ast.Node) bool {
		if tooLarge {
			return false
		}
		switch x := n.(type) {
		case *ast.ListLit:
			elts := 0
			seen := map[string]*ast.BasicLit{}
			for _, e := range x.Elts {
				elts++
				if b, ok := e.(*ast.BasicLit); ok {
					if first, dup := seen[b.Value]; dup {
						found = append(found, diag.New("duplicate-entry", toPos(b.Pos(), file),
							"%s is in the list twice (first at line %d)", shorten(b.Value, 60), first.Pos().Line()))
					} else {
						seen[b.Value] = b
					}
				}
			}
			entries += elts
			if elts > MaxListLen {
				found = append(found, diag.New("too-large", toPos(x.Lbrack, file), "the list has %d entries; at most %d are allowed", elts, MaxListLen))
				tooLarge = true
				return false
			}
		case *ast.StructLit:
			fields := 0
			for _, e := range x.Elts {
				if _, isField := e.(*ast.Field); isField {
					fields++
				}
			}
			entries += fields
			if fields > MaxFields {
				found = append(found, diag.New("too-large", toPos(x.Lbrace, file), "the group has %d fields; at most %d are allowed", fields, MaxFields))
				tooLarge = true
				return false
			}
		case *ast.BasicLit:
			if f := controlCharacter(x, file); f != nil {
				found = append(found, f)
			}
		}
		if entries > MaxEntries {
			found = append(found, diag.New("too-large", toPos(n.Pos(), file), "the entity holds more than %d entries (list entries and fields together)", MaxEntries))
			tooLarge = true
			return false
		}
		return true
	}, nil)
	if b, ok := ef.Label.(*ast.BasicLit); ok {
		if f := controlCharacter(b, file); f != nil {
			found = append(found, f)
		}
	}
	return found, tooLarge
}

// Invisible reports a character that no text of the model may hold:
// controls other than tab and line feed, and the marks that reorder or
// hide text (they can make a name read differently from what it is, and
// escape sequences retitle or clear a reviewer's terminal).
func Invisible(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\n' && r != '\t'
	case r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// controlCharacter reports the first invisible character of a string
// literal, at its line and column when it is written as it is (columns
// count bytes, as CUE's do), else at the literal.
func controlCharacter(b *ast.BasicLit, file string) *diag.Finding {
	if !strings.HasPrefix(b.Value, `"`) && !strings.HasPrefix(b.Value, "#") {
		return nil
	}
	s, err := literal.Unquote(b.Value)
	if err != nil {
		return nil // the parser or the schema says what is wrong
	}
	for _, r := range s {
		if !Invisible(r) {
			continue
		}
		pos := toPos(b.Pos(), file)
		if i := strings.IndexRune(b.Value, r); i >= 0 {
			before := b.Value[:i]
			if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
				pos.Line += strings.Count(before, "\n")
				pos.Col = i - nl
			} else {
				pos.Col += i
			}
		}
		return diag.New("control-character", pos, "the text holds the invisible character U+%04X", r)
	}
	return nil
}
