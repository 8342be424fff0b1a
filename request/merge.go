package request

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/format"
	"cuelang.org/go/cue/literal"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
)

// Identity are the fields of reference data at the top of every file:
// a request may repeat them as they are, never change them.
var Identity = []string{"code", "name", "region", "county", "language", "population"}

// entries are the keyed collections whose entries carry a visibility.
var entries = []string{"roles", "bodies", "companies", "actionPlan"}

// sections are the single groups that carry a visibility.
var sections = []string{"management", "informationManagement", "procurement", "confidentiality", "sectors"}

// parties are a responsibility row's lists of parties.
var parties = []string{"responsible", "consulted", "informed"}

// unmergeable are the loader's rules for a text that is not plain data, or
// not one entity: such a file is not merged into.
var unmergeable = []string{"syntax", "file-not-data", "too-large", "file-empty", "outside-entity", "foreign-entity", "file-unreadable"}

// parsed is a file or request: its syntax tree and its one entity.
type parsed struct {
	file   *ast.File
	code   string
	keyPos diag.Pos
	entity *ast.Field // municipalities: CODE: {...}, the value a struct
}

// readFile parses the municipality's file.
func readFile(filename string, data []byte) (*parsed, error) {
	f, findings := model.ParseDataFile(filename, model.Normalize(data))
	var bad []*diag.Finding
	for _, fd := range findings {
		if slices.Contains(unmergeable, fd.Rule) {
			bad = append(bad, fd)
		}
	}
	if f == nil || len(bad) > 0 {
		return nil, &Error{Findings: bad, File: true}
	}
	p, err := entityOf(f, filename)
	if err != nil {
		return nil, &Error{Findings: []*diag.Finding{problem(diag.Pos{File: filename}, "%s does not hold one municipality written as municipalities: \"CODE\": {...}", filename)}, File: true}
	}
	return p, nil
}

// readRequest cuts the cue block out of the request and parses it.
func readRequest(name string, body []byte) (*parsed, error) {
	src, fd := extract(name, body)
	if fd != nil {
		return nil, &Error{Findings: []*diag.Finding{fd}}
	}
	f, findings := model.ParseDataFile(name, src)
	var keys []keyAt
	if f != nil {
		keys = entityKeys(f, name)
	}
	var out []*diag.Finding
	extra := map[diag.Pos]bool{}
	for _, k := range keys[min(1, len(keys)):] {
		if k.key != keys[0].key && !extra[k.pos] {
			extra[k.pos] = true
			out = append(out, diag.New("foreign-entity", k.pos, "the request names municipality %s too; a request changes one municipality (the first named is %s)", k.key, keys[0].key).
				WithHint("Send a request for each municipality: delete %s from this one.", k.key))
		}
	}
	for _, fd := range findings {
		switch {
		case fd.Rule == "foreign-entity" && extra[fd.Pos]:
			// Said above in a request's words.
		case fd.Rule == "file-empty":
			out = append(out, problem(fd.Pos, "the ```cue block names no municipality").
				WithHint("Begin the block with municipalities: \"CODE\": { and end it with }, CODE being the municipality's code."))
		default:
			out = append(out, fd)
		}
	}
	if len(out) > 0 {
		diag.Sort(out)
		return nil, &Error{Findings: out}
	}
	p, err := entityOf(f, name)
	if err != nil {
		return nil, &Error{Findings: []*diag.Finding{problem(diag.Pos{File: name}, "the ```cue block names no municipality")}}
	}
	return p, nil
}

type keyAt struct {
	key string
	pos diag.Pos
}

// entityKeys lists the entity keys a file writes under municipalities, in
// order, each time it writes one.
func entityKeys(f *ast.File, name string) []keyAt {
	var out []keyAt
	for _, d := range f.Decls {
		fd, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		if n, _ := model.LabelName(fd.Label); n != folder {
			continue
		}
		st, ok := fd.Value.(*ast.StructLit)
		if !ok {
			continue
		}
		for _, e := range st.Elts {
			if ef, ok := e.(*ast.Field); ok {
				k, _ := model.LabelName(ef.Label)
				out = append(out, keyAt{k, model.ToPos(ef.Label.Pos(), name)})
			}
		}
	}
	return out
}

// entityOf finds the one entity of a file that passed the shape check,
// and makes it one field: written in several places, its parts are
// joined into the first.
func entityOf(f *ast.File, name string) (*parsed, error) {
	var first *ast.Field
	var code string
	var pos diag.Pos
	var decls []ast.Decl
	for _, d := range f.Decls {
		fd, ok := d.(*ast.Field)
		if n, _ := labelOf(fd); !ok || n != folder {
			decls = append(decls, d)
			continue
		}
		st, ok := fd.Value.(*ast.StructLit)
		if !ok {
			return nil, fmt.Errorf("municipalities is not a struct")
		}
		keep := first == nil
		for _, e := range st.Elts {
			ef, ok := e.(*ast.Field)
			if !ok {
				continue
			}
			if _, ok := ef.Value.(*ast.StructLit); !ok {
				return nil, fmt.Errorf("the entity is not a struct")
			}
			if first == nil {
				first = ef
				code, _ = model.LabelName(ef.Label)
				pos = model.ToPos(ef.Label.Pos(), name)
				continue
			}
			fst := first.Value.(*ast.StructLit)
			fst.Elts = append(fst.Elts, ef.Value.(*ast.StructLit).Elts...)
		}
		if keep {
			decls = append(decls, d)
		}
	}
	if first == nil {
		return nil, fmt.Errorf("no entity")
	}
	f.Decls = decls
	st := first.Value.(*ast.StructLit)
	combine(st)
	return &parsed{file: f, code: code, keyPos: pos, entity: first}, nil
}

func labelOf(f *ast.Field) (string, bool) {
	if f == nil {
		return "", false
	}
	return model.LabelName(f.Label)
}

// combine joins a struct's repeated fields (roles: a: {...} and roles: b:
// {...}) into the first, as CUE unifies them: structs field by field;
// other values are equal in valid data, and the first is kept.
func combine(st *ast.StructLit) {
	seen := map[string]*ast.Field{}
	var elts []ast.Decl
	for _, e := range st.Elts {
		f, ok := e.(*ast.Field)
		if !ok {
			elts = append(elts, e)
			continue
		}
		n, _ := model.LabelName(f.Label)
		prev, dup := seen[n]
		if !dup {
			seen[n] = f
			elts = append(elts, f)
			continue
		}
		ps, ok1 := prev.Value.(*ast.StructLit)
		fs, ok2 := f.Value.(*ast.StructLit)
		if ok1 && ok2 {
			braced := ps.Lbrace.IsValid()
			ps.Elts = append(ps.Elts, fs.Elts...)
			braces(ps)
			if braced {
				for _, e := range fs.Elts {
					ast.SetRelPos(e, token.Newline)
				}
			}
		}
	}
	st.Elts = elts
	for _, e := range st.Elts {
		if f, ok := e.(*ast.Field); ok {
			if s, ok := f.Value.(*ast.StructLit); ok {
				combine(s)
			}
		}
	}
}

// braces gives a struct written without them (a: b: c) its braces once it
// holds more than one field.
func braces(st *ast.StructLit) {
	if len(st.Elts) > 1 && !st.Lbrace.IsValid() {
		st.Lbrace = token.Blank.Pos()
		st.Rbrace = token.Newline.Pos()
		for _, e := range st.Elts {
			ast.SetRelPos(e, token.Newline)
		}
	}
}

// fields indexes a struct's fields by name.
func fields(st *ast.StructLit) map[string]*ast.Field {
	m := map[string]*ast.Field{}
	for _, e := range st.Elts {
		if f, ok := e.(*ast.Field); ok {
			n, _ := model.LabelName(f.Label)
			if _, dup := m[n]; !dup {
				m[n] = f
			}
		}
	}
	return m
}

// str is a field's string value, "" when it is not a string literal.
func str(f *ast.Field) string {
	if f == nil {
		return ""
	}
	b, ok := f.Value.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return ""
	}
	s, err := literal.Unquote(b.Value)
	if err != nil {
		return ""
	}
	return s
}

// visibility is an entry's written visibility.
func visibility(v ast.Expr) string {
	st, ok := v.(*ast.StructLit)
	if !ok {
		return ""
	}
	return str(fields(st)["visibility"])
}

// merger holds what the file's public view hides.
type merger struct {
	hidden map[string]bool // parties: role:x, body:x, company:x
}

func newMerger(cur *ast.StructLit) *merger {
	m := &merger{hidden: map[string]bool{}}
	fs := fields(cur)
	for coll, kind := range map[string]string{"roles": "role", "bodies": "body", "companies": "company"} {
		f := fs[coll]
		if f == nil {
			continue
		}
		st, ok := f.Value.(*ast.StructLit)
		if !ok {
			continue
		}
		for _, e := range st.Elts {
			if ef, ok := e.(*ast.Field); ok && visibility(ef.Value) == model.NonPublic {
				k, _ := model.LabelName(ef.Label)
				m.hidden[kind+":"+k] = true
			}
		}
	}
	return m
}

// wholeHidden reports a field of the file the site does not show at all:
// a non-public entry or section, a person not marked public.
func wholeHidden(path []string, f *ast.Field) bool {
	switch {
	case len(path) == 2 && slices.Contains(entries, path[0]),
		len(path) == 1 && slices.Contains(sections, path[0]):
		return visibility(f.Value) == model.NonPublic
	case len(path) == 3 && path[0] == "roles" && path[2] == "person":
		return visibility(f.Value) != model.Public
	}
	return false
}

// hiddenRef reports a reference the public view leaves out because it
// names a non-public party.
func (m *merger) hiddenRef(path []string, f *ast.Field) bool {
	v := str(f)
	switch {
	case len(path) == 3 && path[0] == "raci" && path[2] == "accountable":
		return m.hidden[v]
	case len(path) == 2 && path[0] == "procurement" && path[1] == "inHouseCompany",
		len(path) == 3 && path[0] == "bodies" && path[2] == "company":
		return m.hidden["company:"+v]
	case len(path) == 3 && path[0] == "management" && path[2] == "by":
		return m.hidden[v]
	case len(path) == 3 && path[0] == "actionPlan" && path[2] == "owner":
		return m.hidden["role:"+v]
	}
	return false
}

// isPartyList reports raci.<area>.<letter list>.
func isPartyList(path []string) bool {
	return len(path) == 3 && path[0] == "raci" && slices.Contains(parties, path[2])
}

// hiddenParties are a party list's non-public parties, as written.
func (m *merger) hiddenParties(v ast.Expr) []ast.Expr {
	l, ok := v.(*ast.ListLit)
	if !ok {
		return nil
	}
	var out []ast.Expr
	for _, e := range l.Elts {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := literal.Unquote(b.Value); err == nil && m.hidden[s] {
				out = append(out, e)
			}
		}
	}
	return out
}

// mergeStruct merges the request's struct into the file's, field by
// field, in the file's order with the request's new fields after. A field
// of the file the request leaves out is kept when the site does not show
// it (hidden: all of the struct is unseen), else removed.
func (m *merger) mergeStruct(cur, req *ast.StructLit, path []string, hidden bool) *ast.StructLit {
	rf := fields(req)
	used := map[string]bool{}
	var elts []ast.Decl
	for _, e := range cur.Elts {
		cf, ok := e.(*ast.Field)
		if !ok {
			elts = append(elts, e) // a comment of its own
			continue
		}
		n, _ := model.LabelName(cf.Label)
		p := append(slices.Clip(path), n)
		r := rf[n]
		if r == nil {
			switch {
			case hidden || wholeHidden(p, cf) || m.hiddenRef(p, cf):
				elts = append(elts, cf)
			case isPartyList(p):
				// The row's list is left out: its non-public parties stay.
				if keep := m.hiddenParties(cf.Value); len(keep) > 0 {
					nf := *cf
					nf.Value = &ast.ListLit{Elts: keep}
					elts = append(elts, &nf)
				}
			}
			continue
		}
		used[n] = true
		nf := *cf
		nf.Value = m.mergeValue(cf, r, p, hidden)
		ast.SetComments(&nf, joinComments(ast.Comments(cf), ast.Comments(r)))
		elts = append(elts, &nf)
	}
	for _, e := range req.Elts {
		if f, ok := e.(*ast.Field); ok {
			if n, _ := model.LabelName(f.Label); used[n] {
				continue
			}
		}
		elts = append(elts, e)
	}
	out := *cur
	out.Elts = elts
	if !out.Lbrace.IsValid() && req.Lbrace.IsValid() {
		out.Lbrace, out.Rbrace = req.Lbrace, req.Rbrace
	}
	braces(&out)
	return &out
}

// mergeValue is the value of a field both write.
func (m *merger) mergeValue(cf, rf *ast.Field, path []string, hidden bool) ast.Expr {
	cs, ok1 := cf.Value.(*ast.StructLit)
	rs, ok2 := rf.Value.(*ast.StructLit)
	switch {
	case len(path) == 3 && path[0] == "roles" && path[2] == "person":
		// A person is one: the request's replaces the file's, and is
		// public only if it says so (the schema's default is non-public).
		return rf.Value
	case ok1 && ok2:
		return m.mergeStruct(cs, rs, path, hidden || wholeHidden(path, cf))
	case isPartyList(path) && !hidden:
		keep := m.hiddenParties(cf.Value)
		rl, ok := rf.Value.(*ast.ListLit)
		if !ok || len(keep) == 0 {
			return rf.Value
		}
		have := map[string]bool{}
		for _, e := range rl.Elts {
			if b, ok := e.(*ast.BasicLit); ok {
				have[b.Value] = true
			}
		}
		out := *rl
		out.Elts = slices.Clone(rl.Elts)
		for _, e := range keep {
			if !have[e.(*ast.BasicLit).Value] {
				out.Elts = append(out.Elts, e)
			}
		}
		return &out
	}
	return rf.Value
}

// joinComments keeps the file's comments on a field and adds the
// request's that the file does not have already.
func joinComments(cur, req []*ast.CommentGroup) []*ast.CommentGroup {
	out := slices.Clone(cur)
	have := map[string]bool{}
	for _, c := range cur {
		have[c.Text()] = true
	}
	for _, c := range req {
		if !have[c.Text()] {
			out = append(out, c)
		}
	}
	return out
}

// merge writes the request's governance into the file.
func merge(cur, rq *parsed) ([]byte, error) {
	cst := cur.entity.Value.(*ast.StructLit)
	rst := rq.entity.Value.(*ast.StructLit)
	if err := checkIdentity(cur, rq); err != nil {
		return nil, err
	}
	// The identity is the file's: the request's copy of it is left out.
	var gov []ast.Decl
	for _, e := range rst.Elts {
		if f, ok := e.(*ast.Field); ok {
			if n, _ := model.LabelName(f.Label); slices.Contains(Identity, n) {
				continue
			}
		}
		gov = append(gov, e)
	}
	req := *rst
	req.Elts = gov
	// The file's identity is never the request's to remove.
	m := newMerger(cst)
	var govElts []ast.Decl
	for _, e := range cst.Elts {
		if f, ok := e.(*ast.Field); ok {
			if n, _ := model.LabelName(f.Label); slices.Contains(Identity, n) {
				continue
			}
		}
		govElts = append(govElts, e)
	}
	curGov := *cst
	curGov.Elts = govElts
	merged := m.mergeStruct(&curGov, &req, nil, false)
	// The identity first, where the file has it; the governance after.
	var elts []ast.Decl
	placed := false
	for _, e := range cst.Elts {
		f, ok := e.(*ast.Field)
		isID := false
		if ok {
			n, _ := model.LabelName(f.Label)
			isID = slices.Contains(Identity, n)
		}
		if isID {
			elts = append(elts, e)
			continue
		}
		if !placed {
			elts = append(elts, merged.Elts...)
			placed = true
		}
	}
	if !placed {
		elts = append(elts, merged.Elts...)
	}
	out := *cst
	out.Elts = elts
	if !out.Lbrace.IsValid() {
		out.Lbrace, out.Rbrace = token.Blank.Pos(), token.Newline.Pos()
	}
	cur.entity.Value = &out
	b, err := format.Node(cur.file)
	if err != nil {
		return nil, err
	}
	// Nodes of two texts meet: format once more from the text, for the
	// canonical layout `govmap fmt` writes.
	return model.Format(cur.keyPos.File, b, "")
}

// checkIdentity refuses a request that writes an identity field with a
// value other than the file's.
func checkIdentity(cur, rq *parsed) error {
	cf := fields(cur.entity.Value.(*ast.StructLit))
	var bad []*diag.Finding
	for _, e := range rq.entity.Value.(*ast.StructLit).Elts {
		f, ok := e.(*ast.Field)
		if !ok {
			continue
		}
		n, _ := model.LabelName(f.Label)
		if !slices.Contains(Identity, n) {
			continue
		}
		rv, err := model.LiteralJSON(f.Value)
		if err != nil {
			continue // the shape check has said so
		}
		var cv []byte
		if n == "code" {
			cv, _ = json.Marshal(cur.code)
		} else if c := cf[n]; c != nil {
			cv, _ = model.LiteralJSON(c.Value)
		}
		if cv != nil && equalJSON(cv, rv) {
			continue
		}
		bad = append(bad, diag.New("identity", model.ToPos(f.Label.Pos(), rq.keyPos.File),
			"%s comes from Statistics Finland's reference data; a request cannot change it", n).
			WithHint("Leave %s out of the request (or write it as the file has it); reference/README.md says how reference data is updated.", n))
	}
	if len(bad) > 0 {
		return &Error{Findings: bad}
	}
	return nil
}

// equalJSON compares two JSON values regardless of their objects' key
// order.
func equalJSON(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return bytes.Equal(a, b)
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}
