package model

import (
	"reflect"
	"strconv"
	"strings"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"
)

// posIndex maps CUE paths ("actors.vm.partOf", list elements by index:
// "areas.x.actors.2") to the positions of their labels and values in one
// file. Data files are plain data, so the syntax tree says exactly where
// each value was written.
type posIndex struct {
	labels map[string]Pos
	values map[string]Pos
}

func newPosIndex(f *ast.File, file string) *posIndex {
	idx := &posIndex{labels: map[string]Pos{}, values: map[string]Pos{}}
	idx.decls(f.Decls, "", file)
	return idx
}

func toPos(p token.Pos, file string) Pos {
	if !p.IsValid() {
		return Pos{File: file}
	}
	return Pos{File: file, Line: p.Line(), Col: p.Column()}
}

func join(path, elem string) string {
	if path == "" {
		return elem
	}
	return path + "." + elem
}

func (idx *posIndex) decls(decls []ast.Decl, path, file string) {
	for _, d := range decls {
		f, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		name, ok := labelName(f.Label)
		if !ok {
			continue
		}
		p := join(path, name)
		if _, seen := idx.labels[p]; !seen {
			idx.labels[p] = toPos(f.Label.Pos(), file)
		}
		idx.expr(f.Value, p, file)
	}
}

func (idx *posIndex) expr(e ast.Expr, path, file string) {
	if _, seen := idx.values[path]; !seen {
		idx.values[path] = toPos(e.Pos(), file)
	}
	switch x := e.(type) {
	case *ast.StructLit:
		idx.decls(x.Elts, path, file)
	case *ast.ListLit:
		for i, el := range x.Elts {
			idx.expr(el, join(path, strconv.Itoa(i)), file)
		}
	}
}

// labelName returns a field label's name: an identifier or a string.
func labelName(l ast.Label) (string, bool) {
	switch x := l.(type) {
	case *ast.Ident:
		return x.Name, true
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return x.Value, true
		}
		s, err := literal.Unquote(x.Value)
		return s, err == nil
	}
	return "", false
}

// label returns the position of path's label, or of its closest ancestor
// written in the file (for a missing field: the struct that lacks it).
func (idx *posIndex) label(path string) Pos {
	for {
		if p, ok := idx.labels[path]; ok {
			return p
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return Pos{}
		}
		path = path[:i]
	}
}

// at is where the struct at path is written: its label, or, for an element
// of a list (elem), the element itself, which has no label.
func (idx *posIndex) at(path string, elem bool) Pos {
	if p, ok := idx.values[path]; ok && elem {
		return p
	}
	return idx.label(path)
}

// value returns the position of path's value, or of its label.
func (idx *posIndex) value(path string) Pos {
	if p, ok := idx.values[path]; ok {
		return p
	}
	return idx.label(path)
}

var (
	posType      = reflect.TypeFor[Pos]()
	posSliceType = reflect.TypeFor[[]Pos]()
	refType      = reflect.TypeFor[Ref]()
)

type entryer interface{ entry() (string, any) }

// fill walks a decoded entity and sets every Pos field (the position of the
// struct's label) and every Ref's position (the position of its value),
// following the same JSON field names the entity was decoded from.
func (idx *posIndex) fill(v reflect.Value, path string) { idx.fillAt(v, path, false) }

// fillAt is fill for a value that is an element of a list (elem) or not.
func (idx *posIndex) fillAt(v reflect.Value, path string, elem bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			idx.fillAt(v.Elem(), path, elem)
		}
	case reflect.Struct:
		if v.Type() == refType {
			v.FieldByName("Pos").Set(reflect.ValueOf(idx.value(path)))
			return
		}
		t := v.Type()
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			if tag := sf.Tag.Get("pos"); tag != "" {
				// `pos:"mailbox"`: where the sibling field's value is
				// written; a []Pos holds one per element of a list.
				p := join(path, tag)
				switch sf.Type {
				case posType:
					if at, ok := idx.values[p]; ok {
						v.Field(i).Set(reflect.ValueOf(at))
					}
				case posSliceType:
					var ps []Pos
					for k := 0; ; k++ {
						at, ok := idx.values[join(p, strconv.Itoa(k))]
						if !ok {
							break
						}
						ps = append(ps, at)
					}
					v.Field(i).Set(reflect.ValueOf(ps))
				}
				continue
			}
			if sf.Type == posType && sf.Name == "Pos" {
				v.Field(i).Set(reflect.ValueOf(idx.at(path, elem)))
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if sf.Anonymous && name == "" {
				// An embedded struct (Basis) is written inline: same path.
				idx.fillAt(v.Field(i), path, elem)
				continue
			}
			if name == "-" || name == "" {
				continue
			}
			idx.fill(v.Field(i), join(path, name))
		}
	case reflect.Slice:
		for i := range v.Len() {
			el := v.Index(i)
			if e, ok := el.Addr().Interface().(entryer); ok {
				key, val := e.entry()
				p := join(path, key)
				el.FieldByName("Pos").Set(reflect.ValueOf(idx.label(p)))
				idx.fill(reflect.ValueOf(val), p)
				continue
			}
			idx.fillAt(el, join(path, strconv.Itoa(i)), true)
		}
	}
}
