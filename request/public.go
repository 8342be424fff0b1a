package request

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/format"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/model"
)

// PublicView returns the change request that says a municipality file's
// governance as the site shows it: the cue block's text,
// `municipalities: "CODE": {...}`, without the identity, anything
// non-public (entries, sections, persons not marked public, references to
// non-public parties) and comments. It is where an editor starts: merged
// back unchanged (Merge of it, fenced), it gives the file as it is.
func PublicView(current []byte, filename string) ([]byte, error) {
	cur, err := readFile(filename, current)
	if err != nil {
		return nil, err
	}
	st := cur.entity.Value.(*ast.StructLit)
	m := newMerger(st)
	var elts []ast.Decl
	for _, e := range st.Elts {
		f, ok := e.(*ast.Field)
		if !ok {
			continue
		}
		if n, _ := model.LabelName(f.Label); slices.Contains(Identity, n) {
			continue
		}
		if pf := m.public(f, nil); pf != nil {
			elts = append(elts, pf)
		}
	}
	out := &ast.StructLit{Lbrace: token.Blank.Pos(), Elts: elts, Rbrace: token.Newline.Pos()}
	for _, e := range out.Elts {
		ast.SetRelPos(e, token.Newline)
	}
	ast.Walk(out, func(n ast.Node) bool {
		ast.SetComments(n, nil)
		return true
	}, nil)
	body, err := format.Node(out)
	if err != nil {
		return nil, fmt.Errorf("writing the public view of %s: %w", filename, err)
	}
	b := append([]byte(folder+": "+strconv.Quote(cur.code)+": "), body...)
	// From the text, once more: the standard layout.
	b, err = model.Format(filename, b, "")
	if err != nil {
		return nil, fmt.Errorf("writing the public view of %s: %w", filename, err)
	}
	return bytes.TrimPrefix(b, []byte("\n")), nil
}

// public is a field as the site shows it, nil when it shows none of it.
func (m *merger) public(f *ast.Field, path []string) *ast.Field {
	n, _ := model.LabelName(f.Label)
	p := append(slices.Clip(path), n)
	if wholeHidden(p, f) || m.hiddenRef(p, f) {
		return nil
	}
	nf := *f
	switch v := f.Value.(type) {
	case *ast.StructLit:
		ns := *v
		ns.Elts = nil
		for _, e := range v.Elts {
			if ef, ok := e.(*ast.Field); ok {
				if pf := m.public(ef, p); pf != nil {
					ns.Elts = append(ns.Elts, pf)
				}
			}
		}
		if len(ns.Elts) == 0 && len(v.Elts) > 0 && len(p) == 1 && slices.Contains(entries, n) {
			return nil // every entry is non-public: the site shows none
		}
		nf.Value = &ns
	case *ast.ListLit:
		if isPartyList(p) {
			nl := *v
			nl.Elts = nil
			for _, e := range v.Elts {
				if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
					if s, err := literal.Unquote(b.Value); err == nil && m.hidden[s] {
						continue
					}
				}
				nl.Elts = append(nl.Elts, e)
			}
			if len(nl.Elts) == 0 && len(v.Elts) > 0 {
				return nil
			}
			nf.Value = &nl
		}
	}
	return &nf
}
