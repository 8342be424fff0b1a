package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"
)

// Data files are plain data (the shape check rejects anything else), so
// once CUE has validated a file against the schema, its entity is exactly
// the literals written, plus the schema's defaults. Reading the literals
// from the syntax tree is several times cheaper than exporting the CUE
// value; TestASTDecodeMatchesCUE holds the two to the same result.

// plainValue converts a literal expression to the value encoding/json
// would produce. Repeated struct fields merge, as CUE unifies them.
func plainValue(e ast.Expr) (any, error) {
	switch x := e.(type) {
	case *ast.BasicLit:
		return basicValue(x)
	case *ast.Ident:
		switch x.Name {
		case "true":
			return true, nil
		case "false":
			return false, nil
		case "null":
			return nil, nil
		}
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.BasicLit); ok && (x.Op == token.SUB || x.Op == token.ADD) {
			v, err := basicValue(lit)
			if err != nil {
				return nil, err
			}
			if x.Op == token.SUB {
				switch n := v.(type) {
				case json.Number:
					return json.Number("-" + string(n)), nil
				}
			}
			return v, nil
		}
	case *ast.ParenExpr:
		return plainValue(x.X)
	case *ast.ListLit:
		out := make([]any, 0, len(x.Elts))
		for _, el := range x.Elts {
			v, err := plainValue(el)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case *ast.StructLit:
		return plainStruct(x.Elts)
	}
	return nil, fmt.Errorf("not a literal: %T", e)
}

func plainStruct(decls []ast.Decl) (*object, error) {
	out := &object{vals: map[string]any{}}
	for _, d := range decls {
		f, ok := d.(*ast.Field)
		if !ok {
			if _, isComment := d.(*ast.CommentGroup); isComment {
				continue
			}
			return nil, fmt.Errorf("not a field: %T", d)
		}
		name, ok := labelName(f.Label)
		if !ok {
			return nil, fmt.Errorf("unsupported label")
		}
		v, err := plainValue(f.Value)
		if err != nil {
			return nil, err
		}
		out.set(name, v)
	}
	return out, nil
}

// object is a struct's fields in the order written: keyed collections
// (roles, bodies, ...) keep the file's order, as CUE's export does.
type object struct {
	keys []string
	vals map[string]any
}

// set adds a field, merging a repeated one the way CUE unifies valid data:
// structs field by field; otherwise the values are equal.
func (o *object) set(k string, v any) {
	old, seen := o.vals[k]
	if !seen {
		o.keys = append(o.keys, k)
		o.vals[k] = v
		return
	}
	ao, aok := old.(*object)
	bo, bok := v.(*object)
	if !aok || !bok {
		o.vals[k] = v
		return
	}
	for _, kk := range bo.keys {
		ao.set(kk, bo.vals[kk])
	}
}

// appendJSON encodes a plain value in one pass: nested MarshalJSON calls
// would make encoding/json re-validate every level.
func appendJSON(out []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case *object:
		out = append(out, '{')
		for i, k := range x.keys {
			if i > 0 {
				out = append(out, ',')
			}
			out = appendString(out, k)
			out = append(out, ':')
			var err error
			if out, err = appendJSON(out, x.vals[k]); err != nil {
				return nil, err
			}
		}
		return append(out, '}'), nil
	case []any:
		out = append(out, '[')
		for i, el := range x {
			if i > 0 {
				out = append(out, ',')
			}
			var err error
			if out, err = appendJSON(out, el); err != nil {
				return nil, err
			}
		}
		return append(out, ']'), nil
	case string:
		return appendString(out, x), nil
	case json.Number:
		return append(out, x...), nil
	case bool:
		return strconv.AppendBool(out, x), nil
	case nil:
		return append(out, "null"...), nil
	}
	return nil, fmt.Errorf("unsupported value %T", v)
}

func appendString(out []byte, s string) []byte {
	b, _ := json.Marshal(s)
	return append(out, b...)
}

func basicValue(x *ast.BasicLit) (any, error) {
	switch x.Kind {
	case token.STRING:
		return literal.Unquote(x.Value)
	case token.INT:
		s := strings.ReplaceAll(x.Value, "_", "")
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			return nil, err
		}
		return json.Number(strconv.FormatInt(n, 10)), nil
	case token.FLOAT:
		f, err := strconv.ParseFloat(strings.ReplaceAll(x.Value, "_", ""), 64)
		if err != nil {
			return nil, err
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
	case token.NULL:
		return nil, nil
	case token.TRUE:
		return true, nil
	case token.FALSE:
		return false, nil
	}
	return nil, fmt.Errorf("unsupported literal %s", x.Value)
}

// entityFromAST decodes a valid entity of a data file from its syntax
// tree: the literals, the id or code from the key, and the schema's
// defaults.
func entityFromAST(f *ast.File, folder, key string, into any) error {
	body := &object{vals: map[string]any{}}
	found := false
	for _, d := range f.Decls {
		fd, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		if name, _ := labelName(fd.Label); name != folder {
			continue
		}
		st, ok := fd.Value.(*ast.StructLit)
		if !ok {
			continue
		}
		for _, e := range st.Elts {
			ef, ok := e.(*ast.Field)
			if !ok {
				continue
			}
			if k, _ := labelName(ef.Label); k != key {
				continue
			}
			v, err := plainValue(ef.Value)
			if err != nil {
				return err
			}
			m, ok := v.(*object)
			if !ok {
				return fmt.Errorf("entity %s is not a struct", key)
			}
			for _, kk := range m.keys {
				body.set(kk, m.vals[kk])
			}
			found = true
		}
	}
	if !found {
		return fmt.Errorf("entity %s not found", key)
	}
	b, err := appendJSON(nil, body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, into); err != nil {
		return err
	}
	applyDefaults(into, key)
	return nil
}

// applyDefaults sets what the binding and the schema's defaults give a
// value that the file does not write.
func applyDefaults(ent any, key string) {
	orPublic := func(v *string) {
		if *v == "" {
			*v = Public
		}
	}
	switch e := ent.(type) {
	case *Actor:
		e.ID = key
	case *Task:
		e.ID = key
	case *County:
		e.Code = key
	case *Municipality:
		e.Code = key
		for i := range e.Roles {
			r := &e.Roles[i].Value
			orPublic(&r.Visibility)
			if r.Person != nil && r.Person.Visibility == "" {
				r.Person.Visibility = NonPublic
			}
		}
		for i := range e.Bodies {
			orPublic(&e.Bodies[i].Value.Visibility)
		}
		for i := range e.Companies {
			orPublic(&e.Companies[i].Value.Visibility)
		}
		for i := range e.ActionPlan {
			orPublic(&e.ActionPlan[i].Value.Visibility)
		}
		if e.InformationManagement != nil {
			orPublic(&e.InformationManagement.Visibility)
		}
		if e.Management != nil {
			orPublic(&e.Management.Visibility)
		}
		if e.Procurement != nil {
			orPublic(&e.Procurement.Visibility)
		}
		if e.Confidentiality != nil {
			orPublic(&e.Confidentiality.Visibility)
		}
		if e.Sectors != nil {
			orPublic(&e.Sectors.Visibility)
		}
	}
}
