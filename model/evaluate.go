package model

import (
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/build"
	"cuelang.org/go/cue/cuecontext"
	cueerrors "cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/parser"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
)

// evaluator checks data files against the model in one CUE context.
type evaluator struct {
	ctx  *cue.Context
	repo cue.Value // #Repository
	uses int
}

func newEvaluator(model []source) *evaluator {
	ctx := cuecontext.New()
	inst := build.NewContext().NewInstance(ModelDir, nil)
	for _, s := range model {
		// The model parsed once already; parse again because syntax trees
		// are annotated by the context that compiles them.
		f, err := parser.ParseFile(s.path, s.data, parser.ParseComments)
		if err == nil && definesSchema(f) {
			_ = inst.AddSyntax(f)
		}
	}
	v := ctx.BuildInstance(inst)
	return &evaluator{ctx: ctx, repo: v.LookupPath(cue.MakePath(cue.Def("#Repository")))}
}

// definesSchema reports whether a model file declares definitions. Data
// files are checked against the definitions only, so the model's own data
// (areas, laws, ...) need not be compiled again in every context.
func definesSchema(f *ast.File) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.Field); ok {
			if id, ok := fd.Label.(*ast.Ident); ok && strings.HasPrefix(id.Name, "#") {
				return true
			}
		}
	}
	return false
}

type fileResult struct {
	findings []*diag.Finding
	entities []any
	// misnamed is set when the file's name does not match its entity: of
	// two definitions of one id, the well-named file is the owner.
	misnamed bool
	// outside are the fields of the entity written outside its braces,
	// reported once as one finding.
	outside map[string]bool
}

func (r *fileResult) add(f *diag.Finding) { r.findings = append(r.findings, f) }

// decodeFromAST chooses how valid entities are decoded: from the file's
// literals (fast) or by exporting the CUE value. Tests compare the two.
var decodeFromAST = true

func (w *evaluator) decodeEntity(f *ast.File, u cue.Value, folder, key string, ent any) error {
	if decodeFromAST {
		if err := entityFromAST(f, folder, key, ent); err == nil {
			return nil
		}
		// Not plain data after all (the shape check said so): let CUE
		// export the value.
		reflect.ValueOf(ent).Elem().SetZero()
	}
	return decode(u.LookupPath(cue.MakePath(cue.Str(folder), cue.Str(key))), ent)
}

// stub stands for an entity whose file has errors: its id exists, so
// references to it are not reported as dangling as well.
type stub struct {
	collection, key string
	pos             Pos
}

func checkSyntaxOnly(s source) *fileResult {
	r := &fileResult{}
	folder, _ := folderOf(s.dir)
	f, err := parser.ParseFile(s.path, s.data, parser.ParseComments)
	if err != nil {
		r.unparsable(err, s, folder)
		return r
	}
	own, _ := r.shape(f, s, folder)
	secretsOf(f).scrubber().Scrub(r.findings...)
	for _, k := range own {
		r.entities = append(r.entities, stub{folder.Dir, k.key, k.pos})
	}
	return r
}

// unparsable reports a syntax error. The entity the file is named after
// still counts as defined, so references to it are not reported as well.
func (r *fileResult) unparsable(err error, s source, folder Folder) {
	for _, f := range syntaxFindings(err, s.path, s.data) {
		r.add(f)
	}
	if _, key, ok := EntityOfFile(s.path); ok {
		r.entities = append(r.entities, stub{folder.Dir, key, Pos{File: s.path}})
	}
}

// syntaxFindings turns the parser's error for a file into findings, with
// hints for the usual causes.
func syntaxFindings(err error, path string, data []byte) (out []*diag.Finding) {
	crOnly := loneCR(data)
	// No finding repeats the values of a person or a non-public entry,
	// read from the file as repaired (it does not parse).
	defer func() { diag.NewScrubber(sourceWords(data)).Scrub(out...) }()
	if !crOnly {
		// Typographic quotes, odd spaces and "=" for ":" are said once
		// each; the parser then reads the file with them repaired, for
		// anything else.
		found, fixed := pasteMistakes(path, data)
		out = append(out, found...)
		if len(found) > 0 {
			data = fixed
			_, err = parser.ParseFile(path, fixed, parser.ParseComments)
		}
	}
	if err == nil {
		return out
	}
	unclosedSaid := false
	for _, cf := range dedupeSyntax(err, path, len(data)) {
		switch {
		case crOnly:
			cf.WithHint("The file's lines end with CR only (old Mac line endings), which CUE does not read as line breaks: save it with LF line endings.")
		case strings.Contains(cf.Message, "string literal not terminated"):
			cf.WithHint("A text on this line lacks its closing quote (\"): add it where the text ends.")
		case strings.Contains(cf.Message, "expected 'EOF', found '}'"):
			cf.WithHint("A closing brace } too many: what the file defines ended before this line. Remove the } above that has no opening { of its own.")
		case strings.Contains(cf.Message, "found 'EOF'"):
			// The end of the file is only where the parser noticed: say
			// which { is left open.
			if f := unclosedBrace(path, data); f != nil {
				if !unclosedSaid {
					out = append(out, f)
					unclosedSaid = true
				}
				continue
			}
			cf.WithHint("The file ended while a { or [ was still open: find the one above that has no closing partner (the position shown is only where the file ends).")
		}
		out = append(out, cf.Finding)
	}
	return out
}

// dedupeSyntax turns a parse error into one finding per syntax error.
// Once the parser has lost its way it reports more: the end of the file
// ("expected '}', found 'EOF'"), which says nothing the first error does
// not and points nowhere near the mistake, and further errors on the same
// line (a missing quote makes the rest of the line wrong). An error at the
// end of the file is kept only when it is the first; errors on one line
// become one finding, at the first, saying each.
func dedupeSyntax(err error, path string, size int) []cueFinding {
	var out []cueFinding
	for _, e := range cueerrors.Errors(err) {
		for _, cf := range cueFindings(e, path, nil, "syntax", nil) {
			atEOF := e.Position().Offset() >= size || strings.Contains(cf.Message, "found 'EOF'")
			if atEOF && len(out) > 0 {
				continue
			}
			if n := len(out); n > 0 && out[n-1].Pos.Line == cf.Pos.Line {
				prev := out[n-1]
				if !strings.Contains(prev.Message, cf.Message) {
					out[n-1].Finding = diag.New("syntax", prev.Pos, "%s; %s", prev.Msg, cf.Msg)
				}
				continue
			}
			out = append(out, cf)
		}
	}
	return out
}

// EntityOfFile returns the entity a data file is named after:
// actors/vm.cue is ("actors", "vm"), municipalities/091-helsinki.cue is
// ("municipalities", "091"). ok is false for a path that names none. A
// file that cannot be read or parsed still stands for its entity, so
// references to it are not reported as well.
func EntityOfFile(p string) (collection, key string, ok bool) {
	folder, ok := folderOf(path.Dir(p))
	if !ok {
		return "", "", false
	}
	base := path.Base(p)
	key, ok = strings.CutSuffix(base, ".cue")
	if !ok {
		return "", "", false
	}
	if folder.CodeNamed {
		m := codeNamed.FindStringSubmatch(base)
		if m == nil {
			return "", "", false
		}
		key = m[1]
	}
	return folder.Dir, key, true
}

// ReadMunicipality reads one municipality file without evaluating it: for
// history, where each revision was validated when it was made. It returns
// nil when the file does not hold a readable municipality.
func ReadMunicipality(file string, data []byte) *Municipality {
	r := indexOnly(source{path: file, dir: "municipalities", data: Normalize(data)})
	for _, e := range r.entities {
		if m, ok := e.(*Municipality); ok {
			return m
		}
	}
	return nil
}

// indexOnly reads a trusted file without evaluating it: parse, the
// shape check, and the entity from its literals.
func indexOnly(s source) *fileResult {
	r := &fileResult{}
	folder, _ := folderOf(s.dir)
	f, err := parser.ParseFile(s.path, s.data)
	if err != nil {
		r.unparsable(err, s, folder)
		return r
	}
	own, _ := r.shape(f, s, folder)
	for _, k := range own {
		ent := folder.newEntity()
		if entityFromAST(f, folder.Dir, k.key, ent) != nil {
			r.entities = append(r.entities, stub{folder.Dir, k.key, k.pos})
			continue
		}
		// Findings in trusted files are not reported, so only the entity's
		// own position is kept (for "already defined in" messages).
		reflect.ValueOf(ent).Elem().FieldByName("Pos").Set(reflect.ValueOf(k.pos))
		if folder.CodeNamed {
			r.checkSlug(s.path, ent, k.pos)
		}
		r.entities = append(r.entities, ent)
	}
	return r
}

// file checks one data file and decodes the entity it owns.
func (w *evaluator) file(s source) *fileResult {
	w.uses++
	r := &fileResult{}
	folder, _ := folderOf(s.dir)
	f, err := parser.ParseFile(s.path, s.data, parser.ParseComments)
	if err != nil {
		r.unparsable(err, s, folder)
		return r
	}
	sec := secretsOf(f)
	// Whatever is found, no finding repeats what is personal or
	// non-public in the file.
	defer func() { sec.scrubber().Scrub(r.findings...) }()
	own, evaluable := r.shape(f, s, folder)
	if !evaluable {
		for _, k := range own {
			r.entities = append(r.entities, stub{folder.Dir, k.key, k.pos})
		}
		return r
	}
	idx := newPosIndex(f, s.path)
	val := w.ctx.BuildFile(f)
	broken := map[string]bool{}
	if err := val.Err(); err != nil {
		for _, cf := range explainData(cueFindings(err, s.path, idx, "schema", sec), f, s.path, sec) {
			r.add(cf.Finding)
		}
		for _, k := range own {
			r.entities = append(r.entities, stub{folder.Dir, k.key, k.pos})
		}
		return r
	}
	u := w.repo.Unify(val)
	if err := u.Validate(cue.Concrete(true)); err != nil {
		ownPaths := map[string]bool{}
		for _, k := range own {
			ownPaths[folder.Dir+"."+k.key] = true
		}
		for _, cf := range explainData(cueFindings(err, s.path, idx, "", sec), f, s.path, sec) {
			ep := cf.entity()
			if len(cf.elems) == 1 && r.outside[cf.elems[0]] {
				// Outside the entity's braces: outside-entity says so.
				continue
			}
			if !ownPaths[ep] && len(cf.elems) > 1 {
				// Inside another entity: foreign-entity is reported already.
				continue
			}
			r.add(cf.Finding)
			broken[ep] = true
		}
	}
	for _, k := range own {
		p := folder.Dir + "." + k.key
		ent := folder.newEntity()
		if broken[p] || w.decodeEntity(f, u, folder.Dir, k.key, ent) != nil {
			r.entities = append(r.entities, stub{folder.Dir, k.key, k.pos})
			continue
		}
		idx.fill(reflect.ValueOf(ent), p)
		if folder.CodeNamed {
			r.checkSlug(s.path, ent, k.pos)
		}
		r.entities = append(r.entities, ent)
	}
	return r
}

// plainKey is what an id or code can be, and so a file name.
var plainKey = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

var codeKey = regexp.MustCompile(`^[0-9]+$`)

// oddLabel finds labels no field of the schema has: a path separator, a
// dot, a space, a letter outside a-z (a Cyrillic "а" looks like "a").
var oddLabel = regexp.MustCompile(`[^A-Za-z0-9_-]`)

var codeNamed = regexp.MustCompile(`^([0-9]+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.cue$`)

type ownKey struct {
	key string
	pos Pos
}

// shape checks that a data file is plain data in its folder's package and
// writes only its own entity. It returns the entity the file owns, and
// whether the file can be evaluated.
func (r *fileResult) shape(f *ast.File, s source, folder Folder) (own []ownKey, evaluable bool) {
	evaluable = true
	blank := !slices.ContainsFunc(f.Decls, func(d ast.Decl) bool {
		_, isComment := d.(*ast.CommentGroup)
		return !isComment
	})
	// A blank file (nothing but comments and white space) lacks its
	// package clause too, but file-empty says all there is to say.
	if f.PackageName() != folder.Dir && !blank {
		pos := toPos(f.Pos(), s.path)
		if pn := packagePos(f); pn != ast.Node(f) {
			pos = toPos(pn.Pos(), s.path)
		}
		if f.PackageName() == "" {
			r.add(diag.New("file-package", pos, "the file has no package clause; its first line (after comments) should read `package %s`", folder.Dir))
		} else {
			r.add(diag.New("file-package", pos, "package is %q, want %q", f.PackageName(), folder.Dir))
		}
	}
	var keys []ownKey
	var outside []*ast.Field
	var entityEnd token.Pos // the closing } of the first entity
	seen := map[string]bool{}
	defer func() { r.reportOutside(outside, s, folder, keys, entityEnd) }()
	for _, d := range f.Decls {
		switch x := d.(type) {
		case *ast.Package, *ast.CommentGroup:
		case *ast.ImportDecl:
			r.add(diag.New("file-not-data", toPos(x.Pos(), s.path), "data files cannot import packages"))
			evaluable = false
		case *ast.Field:
			name, ok := labelName(x.Label)
			lpos := toPos(x.Label.Pos(), s.path)
			switch {
			case !ok:
				r.add(diag.New("file-not-data", lpos, "only fields with a plain name may appear in a data file (found %s)", describeExpr(x.Label)))
				evaluable = false
				continue
			case strings.HasPrefix(name, "#"):
				r.add(diag.New("file-not-data", lpos, "definition %s belongs in model/, not in a data file", name))
				evaluable = false
				continue
			case strings.HasPrefix(name, "_"):
				r.add(diag.New("file-not-data", lpos, "hidden field %s is not data; write values where they are used", name))
				evaluable = false
				continue
			case x.Constraint != token.ILLEGAL || x.Alias != nil:
				r.add(diag.New("file-not-data", lpos, "write %s: without a marker (?, !) or alias", name))
				evaluable = false
				continue
			case name != folder.Dir && folder.hasField(name) && !isCollection(name):
				// The example pasted after the last } (or above the
				// entity): reported once, below.
				outside = append(outside, x)
				continue
			case name != folder.Dir:
				r.add(diag.New("foreign-entity", lpos, "a file in %s/ writes only %s, not %q", folder.Dir, folder.Dir, shownLabel(name)))
				continue
			}
			st, ok := x.Value.(*ast.StructLit)
			if !ok {
				r.add(diag.New("file-not-data", toPos(x.Value.Pos(), s.path), "%s must be written as { <id>: {...} }", name))
				evaluable = false
				continue
			}
			for _, e := range st.Elts {
				ef, ok := e.(*ast.Field)
				if !ok {
					if _, isC := e.(*ast.CommentGroup); !isC {
						r.add(diag.New("file-not-data", toPos(e.Pos(), s.path), "only entities, written <id>: {...}, may appear in %s (found %s)", name, describeExpr(e)))
						evaluable = false
					}
					continue
				}
				key, ok := labelName(ef.Label)
				kpos := toPos(ef.Label.Pos(), s.path)
				if !ok {
					r.add(diag.New("file-not-data", kpos, "an entity's id must be a plain name or a quoted string"))
					evaluable = false
					continue
				}
				if ident, isIdent := ef.Label.(*ast.Ident); isIdent && strings.HasPrefix(ident.Name, "#") {
					r.add(diag.New("file-not-data", kpos, "definition %s belongs in model/, not in a data file", key))
					evaluable = false
					continue
				}
				// A file that is not plain data is not evaluated: what a
				// reference or a comprehension would produce is no one's
				// data, and CUE's errors about it would only confuse. Its
				// entity counts as defined; the schema is checked once the
				// file holds only literals.
				lf, tooLarge := limitsOf(ef, s.path)
				for _, f := range lf {
					r.add(f)
				}
				if tooLarge {
					// Never evaluated; its entity still counts as defined.
					evaluable = false
				}
				for _, np := range nonPlain(ef, nil) {
					r.add(diag.New("file-not-data", toPos(np.node.Pos(), s.path),
						"only literal values are allowed in data files (found %s)", np.what).
						WithHint("%s", np.hint))
					evaluable = false
				}
				if !seen[key] {
					seen[key] = true
					keys = append(keys, ownKey{key, kpos})
					if st, ok := ef.Value.(*ast.StructLit); ok && !entityEnd.IsValid() {
						entityEnd = st.Rbrace
					}
				}
			}
		default:
			r.add(diag.New("file-not-data", toPos(d.Pos(), s.path), "only fields may appear in a data file (found %s)", describeExpr(d)))
		}
	}
	if len(keys) == 0 {
		r.add(diag.New("file-empty", Pos{File: s.path, Line: 1, Col: 1}, "the file defines no %s entity", singular(folder.Dir)))
		// Emptied by mistake, it still stands for the entity it is named
		// after, like a file that does not parse: file-empty is the one
		// finding, not every reference to the entity.
		if _, key, ok := EntityOfFile(s.path); ok {
			r.entities = append(r.entities, stub{folder.Dir, key, Pos{File: s.path, Line: 1, Col: 1}})
		}
		return nil, evaluable
	}
	base := s.path[strings.LastIndexByte(s.path, '/')+1:]
	expected := strings.TrimSuffix(base, ".cue")
	if folder.CodeNamed {
		m := codeNamed.FindStringSubmatch(base)
		if m == nil {
			r.misnamed = true
			r.add(diag.New("file-name", Pos{File: s.path}, "file name %q should be <code>-<name>.cue, such as 091-helsinki.cue", base))
			expected = ""
		} else {
			expected = m[1]
		}
	}
	ownIdx := -1
	for i, k := range keys {
		if k.key == expected {
			ownIdx = i
		}
	}
	if ownIdx < 0 {
		ownIdx = 0
		if expected != "" {
			want := keys[0].key + ".cue"
			if folder.CodeNamed {
				want = keys[0].key + "-<name>.cue"
			}
			r.misnamed = true
			f := diag.New("file-name", keys[0].pos, "the file %s defines %q; its name says %q", base, keys[0].key, expected).
				WithHint("Rename the file to %s, or correct the id.", want)
			switch {
			case folder.CodeNamed && !codeKey.MatchString(keys[0].key):
				f.WithHint("Correct the code: the Statistics Finland code, digits only, as in the file name.")
			case !plainKey.MatchString(keys[0].key):
				// "../vm" is no file name to suggest.
				f.WithHint("Correct the id: lower-case letters a-z, digits and hyphens, the same as the file name.")
			}
			r.add(f)
		}
	}
	for i, k := range keys {
		if i != ownIdx {
			r.add(diag.New("foreign-entity", k.pos, "%s writes %s %q, but it is the file of %q", base, folder.Dir, k.key, keys[ownIdx].key))
		}
	}
	return []ownKey{keys[ownIdx]}, evaluable
}

// maxNonPlain bounds how many non-literal values are reported per entity.
const maxNonPlain = 20

// nonPlainNode is something in a data file that is not plain data.
type nonPlainNode struct {
	node ast.Node
	what msg.Message // for the message: "a comprehension"
	hint msg.Message
}

const literalHint = "Write the value itself: a quoted string, a number, true or false, a list [...] or a struct {...}."

// nonPlain appends to out what in a field is not plain data: a label that
// is not a name, a definition or hidden field, a marker (? or !) or alias,
// and every value that is not a literal. An optional field (x?: ...) is
// no data at all: CUE would drop its value without a word.
func nonPlain(f *ast.Field, out []nonPlainNode) []nonPlainNode {
	if len(out) >= maxNonPlain {
		return out
	}
	name, ok := labelName(f.Label)
	id, isIdent := f.Label.(*ast.Ident)
	switch {
	case !ok:
		return append(out, nonPlainNode{f.Label, msg.M("%s as a field name", describeExpr(f.Label)), msg.M("Write the field's name, or a quoted string.")})
	case isIdent && strings.HasPrefix(id.Name, "#"):
		out = append(out, nonPlainNode{f.Label, msg.M("the definition %s", name), msg.M("Definitions belong in model/; write the value itself.")})
	case isIdent && strings.HasPrefix(id.Name, "_"):
		out = append(out, nonPlainNode{f.Label, msg.M("the hidden field %s", name), msg.M("Hidden fields are not data; write the value where it is used.")})
	case f.Constraint == token.OPTION:
		// A label that could be a name is not repeated.
		name = shownLabel(name)
		out = append(out, nonPlainNode{f.Label, msg.M("%s?, an optional field, whose value would be ignored", name), msg.M("Remove the ? after %s.", name)})
	case f.Constraint == token.NOT:
		name = shownLabel(name)
		out = append(out, nonPlainNode{f.Label, msg.M("%s!, a required-field marker", name), msg.M("Remove the ! after %s.", name)})
	case f.Alias != nil:
		out = append(out, nonPlainNode{f.Label, msg.M("an alias of %s", shownLabel(name)), msg.M("Remove the alias.")})
	}
	return nonPlainExpr(f.Value, out)
}

func nonPlainExpr(e ast.Expr, out []nonPlainNode) []nonPlainNode {
	if len(out) >= maxNonPlain {
		return out
	}
	switch x := e.(type) {
	case *ast.BasicLit:
		return out
	case *ast.Ident:
		if x.Name == "true" || x.Name == "false" || x.Name == "null" {
			return out
		}
	case *ast.UnaryExpr:
		if _, ok := x.X.(*ast.BasicLit); ok && (x.Op == token.SUB || x.Op == token.ADD) {
			return out
		}
	case *ast.ParenExpr:
		return nonPlainExpr(x.X, out)
	case *ast.ListLit:
		for _, el := range x.Elts {
			out = nonPlainExpr(el, out)
		}
		return out
	case *ast.StructLit:
		for _, d := range x.Elts {
			switch d := d.(type) {
			case *ast.CommentGroup:
			case *ast.Field:
				out = nonPlain(d, out)
			default:
				if len(out) < maxNonPlain {
					out = append(out, nonPlainNode{d, describeExpr(d), msg.M(literalHint)})
				}
			}
		}
		return out
	}
	return append(out, nonPlainNode{e, describeExpr(e), msg.M(literalHint)})
}

// describeExpr says in words what a piece of CUE is ("a reference to x").
func describeExpr(n ast.Node) msg.Message {
	switch x := n.(type) {
	case *ast.Ident:
		if x.Name == "_" {
			return msg.M("_ (any value)")
		}
		// name: Maija, a name written without quotes, is not repeated.
		return msg.M("a reference to %s", shownLabel(x.Name))
	case *ast.UnaryExpr:
		return msg.M("an expression with %s", x.Op.String())
	case *ast.Ellipsis:
		return msg.M("an ellipsis (...)")
	case *ast.IndexExpr, *ast.SliceExpr:
		return msg.M("a reference")
	case *ast.BottomLit:
		return msg.M("_|_ (an error)")
	case *ast.ListLit:
		return msg.M("a pattern [...]")
	case *ast.ParenExpr:
		return msg.M("a computed name (...)")
	case *ast.Alias:
		return msg.M("an alias")
	case *ast.Field:
		return msg.M("a field")
	case *ast.StructLit:
		return msg.M("a struct")
	case *ast.BasicLit:
		return msg.M("the value %s", x.Value)
	case *ast.BinaryExpr:
		return msg.M("an expression with %s", x.Op.String())
	case *ast.Interpolation:
		return msg.M("a string interpolation")
	case *ast.Comprehension:
		return msg.M("a comprehension")
	case *ast.LetClause:
		return msg.M("a let clause")
	case *ast.EmbedDecl:
		return msg.M("an embedded value")
	case *ast.Attribute:
		return msg.M("an attribute")
	case *ast.CallExpr:
		return msg.M("a function call")
	case *ast.SelectorExpr:
		return msg.M("a reference")
	}
	return msg.M("an expression")
}

// checkSlug verifies the name part of <code>-<name>.cue against the
// entity's Finnish name.
func (r *fileResult) checkSlug(file string, ent any, pos Pos) {
	var name string
	switch e := ent.(type) {
	case *Municipality:
		name = e.Name.FI
	case *County:
		name = e.Name.FI
	}
	base := file[strings.LastIndexByte(file, '/')+1:]
	m := codeNamed.FindStringSubmatch(base)
	if m == nil || name == "" {
		return
	}
	if want := reference.Slug(name); m[2] != want {
		r.misnamed = true
		r.add(diag.New("file-name", pos, "the file name says %q but the Finnish name %q gives %q", m[2], name, want).
			WithHint("Rename the file to %s-%s.cue.", m[1], want))
	}
}

// loneCR reports a CR not followed by LF: a line ending CUE does not know.
func loneCR(b []byte) bool {
	for i, c := range b {
		if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			return true
		}
	}
	return false
}

// cueFinding is a finding with the CUE path it concerns.
type cueFinding struct {
	*diag.Finding
	path string
	// elems are the path's labels, unquoted: a label may itself contain
	// a dot ("../vm"), so path cannot be split again.
	elems []string
}

// entity returns the collection.key of the entity the finding concerns,
// or the whole path when it is shorter.
func (cf cueFinding) entity() string {
	if len(cf.elems) < 2 {
		return strings.Join(cf.elems, ".")
	}
	return cf.elems[0] + "." + cf.elems[1]
}

var disjunctionHeader = regexp.MustCompile(`^(\d+) errors in empty disjunction`)
var mismatched = regexp.MustCompile(`^conflicting values (.+) and (.+) \(mismatched types (\w+) and (\w+)\)$`)
var mismatchSuffix = regexp.MustCompile(` \(mismatched types (\w+) and (\w+)\)$`)

// conflict is CUE's "conflicting values A and B (mismatched types TA and
// TB)": which of A and B is the data and which the schema varies.
type conflict struct{ a, b, ta, tb string }

func parseConflict(msg string) (conflict, bool) {
	rest, ok := strings.CutPrefix(msg, "conflicting values ")
	if !ok {
		return conflict{}, false
	}
	var c conflict
	if m := mismatchSuffix.FindStringSubmatchIndex(rest); m != nil {
		c.ta, c.tb = rest[m[2]:m[3]], rest[m[4]:m[5]]
		rest = rest[:m[0]]
	}
	c.a, c.b, ok = splitPair(rest)
	return c, ok
}

// splitPair splits "A and B", two values as CUE writes them, at the " and "
// outside quotes and brackets: a string value may hold " and " too.
func splitPair(s string) (a, b string, ok bool) {
	depth, inStr := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '[' || c == '{' || c == '(':
			depth++
		case c == ']' || c == '}' || c == ')':
			depth--
		case depth == 0 && strings.HasPrefix(s[i:], " and "):
			return s[:i], s[i+len(" and "):], true
		}
	}
	return "", "", false
}

// isLiteral reports whether a value as CUE writes it is a concrete value
// (one a user can write), not a type or a constraint.
func isLiteral(v string) bool {
	if v == "true" || v == "false" || v == "null" || strings.HasPrefix(v, `"`) {
		return true
	}
	_, err := strconv.ParseFloat(v, 64)
	return err == nil
}

// explainDisjunction words the errors of an empty disjunction: the data
// value is the one every alternative conflicts with.
func explainDisjunction(subs []cueSub, red func(string) string) (m, hint msg.Message) {
	var cs []conflict
	var others []string
	var otherMsgs msg.Joined
	for _, s := range subs {
		if disjunctionHeader.MatchString(s.raw) {
			// A disjunction within: its alternatives follow as errors of
			// their own.
			continue
		}
		if c, ok := parseConflict(s.raw); ok {
			cs = append(cs, c)
			continue
		}
		others = append(others, s.raw)
		ev := explainValue(s.raw, red)
		if ev.Format == "%s" {
			ev = s.m
		}
		otherMsgs = append(otherMsgs, ev)
	}
	if len(cs) == 0 {
		return msg.M("%s", otherMsgs), msg.Message{}
	}
	inA, inB := true, true
	for _, c := range cs {
		inA = inA && (c.a == cs[0].a || c.b == cs[0].a)
		inB = inB && (c.a == cs[0].b || c.b == cs[0].b)
	}
	data := cs[0].b
	switch {
	case inA && !inB:
		data = cs[0].a
	case inB && !inA:
	case strings.Contains(strings.Join(others, " "), cs[0].a):
		data = cs[0].a
	case isLiteral(cs[0].a) && !isLiteral(cs[0].b):
		// One alternative and nothing else to tell: the data is the
		// concrete one.
		data = cs[0].a
	}
	var dataT string
	var allowed, literals []string
	var types msg.Alternatives
	typed := true
	for _, c := range cs {
		other, ot, dt := c.a, c.ta, c.tb
		if c.a == data {
			other, ot, dt = c.b, c.tb, c.ta
		}
		if c.ta == "" {
			typed = false
		} else {
			dataT = dt
			if w := typeWord(ot); !slices.Contains(types, any(w)) {
				types = append(types, w)
			}
		}
		// The schema's side: never a struct or list printed whole.
		other = neutral(other)
		if !slices.Contains(allowed, other) {
			allowed = append(allowed, other)
			if isLiteral(other) {
				literals = append(literals, other)
			}
		}
	}
	sort.Strings(allowed)
	sort.Strings(literals)
	switch {
	case len(others) > 0:
		m = msg.M("%s", otherMsgs)
		if len(literals) > 0 {
			m = msg.M("%s; or one of: %s", otherMsgs, strings.Join(literals, ", "))
		}
	case typed:
		m = msg.M("found %s (%s), expected %s", red(data), typeWord(dataT), types)
		if len(literals) == len(allowed) {
			// Only fixed values are allowed: name them.
			m = msg.M("found %s (%s), expected %s; allowed: %s", red(data), typeWord(dataT), types, strings.Join(literals, ", "))
			hint = msg.M("Use one of: %s.", strings.Join(literals, ", "))
		}
	default:
		m = msg.M("%s is not allowed here; allowed: %s", red(data), strings.Join(allowed, ", "))
		hint = msg.M("Use one of: %s.", strings.Join(allowed, ", "))
	}
	return m, hint
}

// cueFindings turns a CUE error into findings. file is the data file being
// evaluated ("" for the model); idx locates paths in it (or, for the model,
// idxFor finds the file of a path). rule forces a rule ("syntax"); empty
// classifies each error. sec says what in the file findings may not repeat
// (nil: nothing known, as for the model or a file that does not parse).
func cueFindings(err error, file string, idx any, rule string, sec *secrets) []cueFinding {
	errs := cueerrors.Errors(err)
	var out []cueFinding
	for i := 0; i < len(errs); i++ {
		e := errs[i]
		elems := cuePathElems(e.Path())
		cpath := strings.Join(elems, ".")
		format, args := e.Msg()
		// CUE's arguments can be its own values, which print structs
		// whole: as text, redaction and shortening see them.
		args = plainArgs(args)
		raw := fmt.Sprintf(format, args...)
		// A value is shown only where it is no person's and no non-public
		// entry's, and never as a struct or a list.
		red := neutral
		if rule != "syntax" && sec.covers(elems) {
			red = redact
		}
		// CUE's own format and arguments are the catalogue key: its
		// common messages (the parser's above all) are translated there.
		m := msg.MapArgs(msg.M(format, args...), red)
		if rule == "syntax" {
			m = syntaxLiteral(m)
		}
		if derived(raw) && samePathElsewhere(errs, i, e.Path()) {
			// "invalid left-hand value to '!~' (type _|_)": the same
			// value's error, seen again by the next constraint.
			continue
		}
		pos := pickPos(e, file, idx, cpath)
		r := rule
		var hint msg.Message
		if dm := disjunctionHeader.FindStringSubmatch(raw); dm != nil && rule == "" {
			n, _ := strconv.Atoi(dm[1])
			var subs []cueSub
			for j := i + 1; j < len(errs) && j <= i+n && cuePath(errs[j].Path()) == cpath; j++ {
				f, a := errs[j].Msg()
				a = plainArgs(a)
				subs = append(subs, cueSub{fmt.Sprintf(f, a...), msg.MapArgs(msg.M(f, a...), red)})
				if p := pickPos(errs[j], file, idx, cpath); p.IsValid() {
					pos = p
				}
				i = j
			}
			m, hint = explainDisjunction(subs, red)
			r = "schema"
		}
		if r == "schema" && mismatched.MatchString(raw) {
			// Two values of the file that conflict: the whole entity or
			// role written again as something else.
			m = rewriteMismatch(raw, red)
		}
		if r == "" {
			switch {
			case strings.Contains(raw, "field not allowed"):
				r = "unknown-field"
				m = unknownField(elems, sec)
			case strings.Contains(raw, "field is required but not present"):
				r = "missing-field"
				m = msg.M("required field %q is missing", lastElem(sec.masked(elems)))
			case mismatched.MatchString(raw):
				r = "schema"
				m = rewriteMismatch(raw, red)
				if label := lastElem(sec.masked(elems)); label != diag.Redacted {
					hint = mismatchHint(raw, label, red)
				}
			case strings.HasPrefix(raw, "incomplete value"):
				r = "schema"
				m = msg.M("a value is missing or not concrete: %s", m)
			default:
				r = "schema"
				if ev := explainValue(raw, red); ev.Format != "%s" {
					m = ev
				}
			}
		}
		m = msg.MapArgs(m, shortenQuoted)
		shown := sec.display(elems, file)
		if shown != "" && r != "syntax" {
			m = msg.M("%s: %s", shown, m)
		}
		f := diag.New(r, pos, m.Format, m.Args...)
		if hint.Format != "" {
			f.WithHint(hint.Format, hint.Args...)
		}
		out = append(out, cueFinding{f, cpath, elems})
	}
	return out
}

// cueSub is one error under CUE's "N errors in empty disjunction": its
// text, and its message with the values already redacted.
type cueSub struct {
	raw string
	m   msg.Message
}

// unknownField words "field not allowed". A label that may be a name is
// not repeated: any label under a person, and one that is not a plain
// field name or id.
func unknownField(elems []string, sec *secrets) msg.Message {
	label := lastElem(elems)
	n := len(elems)
	switch {
	case n >= 2 && slices.Contains(elems[:n-1], "person"):
		return msg.M("a person has only the fields name, phone and visibility; the field written here is none of them")
	case lastElem(sec.masked(elems)) == diag.Redacted:
		return msg.M("the field written here is not allowed here; a field name holds only letters a-z, digits and hyphens (this one is not repeated, in case it is a person's name)")
	case oddLabel.MatchString(label):
		return msg.M("field %q is not allowed here; an id holds only lower-case letters a-z, digits and hyphens", label)
	}
	return msg.M("field %q is not allowed here", label)
}

func cuePath(p []string) string { return strings.Join(cuePathElems(p), ".") }

func cuePathElems(p []string) []string {
	if len(p) > 0 && p[0] == "#Repository" {
		p = p[1:]
	}
	out := make([]string, len(p))
	for i, e := range p {
		// Labels that are not identifiers ("091", "kun-tvv") come quoted.
		if u, err := strconv.Unquote(e); err == nil && strings.HasPrefix(e, `"`) {
			e = u
		}
		out[i] = e
	}
	return out
}

func lastElem(elems []string) string {
	if len(elems) == 0 {
		return ""
	}
	return elems[len(elems)-1]
}

// displayPath shortens a path for a data file: its entity is the file.
func displayPath(elems []string, file string) string {
	if file != "" && len(elems) >= 3 {
		elems = elems[2:]
	}
	shown := make([]string, len(elems))
	for i, e := range elems {
		// A label that is not a plain name is quoted, as it is written:
		// it may hold anything, line breaks included.
		if plainLabel.MatchString(e) || e == "…" {
			shown[i] = e
		} else {
			shown[i] = strconv.Quote(e)
		}
	}
	return strings.Join(shown, ".")
}

var plainLabel = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// pickPos chooses where to report an error: the position in the data file
// when CUE gives one, else where the path is written, else its closest
// written ancestor (a missing field: the struct that lacks it).
func pickPos(e cueerrors.Error, file string, idx any, cpath string) Pos {
	var pi *posIndex
	switch x := idx.(type) {
	case *posIndex:
		pi = x
	case func(string) *posIndex:
		pi = x(cpath)
	}
	want := file
	if want == "" && pi != nil {
		// The model: the file that defines the entity.
		for _, p := range pi.labels {
			want = p.File
			break
		}
	}
	for _, p := range cueerrors.Positions(e) {
		if p.IsValid() && (want == "" || p.Filename() == want) {
			return Pos{File: p.Filename(), Line: p.Line(), Col: p.Column()}
		}
	}
	if pi != nil && cpath != "" {
		if p := pi.value(cpath); p.IsValid() {
			return p
		}
	}
	if p := e.Position(); p.IsValid() {
		return Pos{File: p.Filename(), Line: p.Line(), Col: p.Column()}
	}
	return Pos{File: want}
}

// typeWords says what a CUE type is in words a non-programmer knows.
var typeWords = map[string]msg.Text{
	"string": {FI: "tekstiä lainausmerkeissä", SV: "text inom citattecken", EN: "text in quotes"},
	"int":    {FI: "kokonaisluku", SV: "ett heltal", EN: "a whole number"},
	"float":  {FI: "luku", SV: "ett tal", EN: "a number"},
	"number": {FI: "luku", SV: "ett tal", EN: "a number"},
	"bool":   {FI: "true tai false", SV: "true eller false", EN: "true or false"},
	"struct": {FI: "kenttien ryhmä aaltosulkeissa { }", SV: "en grupp fält inom { }", EN: "a group of fields in { }"},
	"list":   {FI: "luettelo hakasulkeissa [ ]", SV: "en lista inom [ ]", EN: "a list in [ ]"},
	"null":   {FI: "null", SV: "null", EN: "null"},
	"bytes":  {FI: "tavuja", SV: "byte", EN: "bytes"},
}

// rewriteMismatch turns "conflicting values "12" and int (mismatched types
// string and int)" into "found "12" (text in quotes), expected a whole
// number".
func rewriteMismatch(raw string, red func(string) string) msg.Message {
	m := mismatched.FindStringSubmatch(raw)
	a, b, ta, tb := m[1], m[2], m[3], m[4]
	isSchema := func(v, t string) bool {
		return v == t || strings.HasPrefix(v, "{") || strings.HasPrefix(v, "[") || strings.HasPrefix(v, "=~") || strings.HasPrefix(v, "strings.") || strings.HasPrefix(v, "time.")
	}
	data, dataT, schemaT := a, ta, tb
	if isSchema(a, ta) && !isSchema(b, tb) {
		data, dataT, schemaT = b, tb, ta
	}
	// Redacted first: shortening would cut the closing quote redaction
	// looks for.
	return msg.M("found %s (%s), expected %s", shorten(red(data), 60), typeWord(dataT), typeWord(schemaT))
}

// mismatchHint says how to write a number the schema wants as a number
// or as text: the commonest mismatch is quotes too many or too few
// (reportEveryMonths: "12", code: 91). Empty for other mismatches; a
// value that redaction hides is not repeated.
func mismatchHint(raw, label string, red func(string) string) msg.Message {
	m := mismatched.FindStringSubmatch(raw)
	if m == nil {
		return msg.Message{}
	}
	for _, o := range [][2]int{{1, 2}, {2, 1}} {
		data, dataT, schemaT := m[o[0]], m[o[0]+2], m[o[1]+2]
		hidden := red(data) != data
		switch {
		case dataT == "string" && (schemaT == "int" || schemaT == "number" || schemaT == "float"):
			u, err := strconv.Unquote(data)
			if err != nil {
				continue
			}
			if _, err := strconv.ParseFloat(strings.TrimSpace(u), 64); err != nil {
				continue
			}
			if hidden || label == "" {
				return msg.M("Write the number without quotes.")
			}
			return msg.M("Write the number without quotes: %s: %s", label, strings.TrimSpace(u))
		case (dataT == "int" || dataT == "float") && schemaT == "string":
			if hidden || label == "" {
				return msg.M("Write the value in quotes, as text.")
			}
			return msg.M("Write the value in quotes, as text: %s: %q", label, data)
		}
	}
	return msg.Message{}
}

// derived reports a CUE error that only repeats another: a constraint
// applied to a value that is already an error.
func derived(msg string) bool {
	return strings.HasPrefix(msg, "invalid left-hand value to ") && strings.Contains(msg, "(type _|_)")
}

func samePathElsewhere(errs []cueerrors.Error, i int, p []string) bool {
	for j, e := range errs {
		if j != i && slices.Equal(e.Path(), p) && !derived(fmt.Sprint(e.Msg())) {
			return true
		}
	}
	return false
}

var invalidValue = regexp.MustCompile(`(?s)^invalid value (.+) \((out of bound|does not satisfy) (.+)\)$`)
var maxRunes = regexp.MustCompile(`^strings\.MaxRunes\((\d+)\)$`)
var bound = regexp.MustCompile(`^(>=|>|<=|<)(-?[0-9.]+)$`)

// patternWords says in words what the schema's patterns (model/*.cue)
// ask; ascii marks the ones for ids and codes, where a look-alike letter
// from another alphabet is worth pointing out.
var patternWords = map[string]struct {
	words string
	ascii bool
}{
	`=~"^[a-z0-9]+(-[a-z0-9]+)*$"`: {`%s is not an id: write lower-case letters a-z and digits, in words joined by single hyphens (such as "ncsc-fi")`, true},
	`=~"^[0-9]{3}$"`:               {`%s is not a municipality code: three digits, such as "091"`, true},
	`=~"^[0-9]{2}$"`:               {`%s is not a two-digit code, such as "01"`, true},
	`=~"^(role|body|company|actor):[a-z0-9]+(-[a-z0-9]+)*$"`:           {`%s is not a party: write "role:<id>", "body:<id>", "company:<id>" or "actor:<id>", with an id of lower-case letters a-z, digits and hyphens`, true},
	`=~"^@[A-Za-z0-9](-?[A-Za-z0-9])*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$"`: {`%s is not a GitHub user or team: write "@name" or "@organisation/team"`, true},
	`=~"^\\S(.*\\S)?$"`:                   {`%s is empty, starts or ends with a space, or spans several lines: write it on one line`, false},
	`=~"\\S"`:                             {`%s is empty: write some text`, false},
	`!~"\n"`:                              {`%s spans several lines: write it on one line`, false},
	`=~"^https://[^\\s<>\"']+$"`:          {`%s is not an https:// address (one without spaces, quotes or < >)`, false},
	`=~"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"`: {`%s is not an e-mail address, such as "tietosuoja@example.fi"`, false},
	`=~"^\\+?[0-9 ()-]{5,20}$"`:           {`%s is not a phone number: 5 to 20 digits, spaces, ( ) and -, with an optional + first`, false},
}

// boundWords says a numeric bound in words.
var boundWords = map[string]string{
	">=": "%s is out of range: it must be %s or more",
	">":  "%s is out of range: it must be more than %s",
	"<=": "%s is out of range: it must be %s or less",
	"<":  "%s is out of range: it must be less than %s",
}

// explainValue words CUE's "invalid value X (out of bound C)" and
// "(does not satisfy C)" for the constraints of the schema; others are
// left as CUE says them: the result is then "%s" with the raw text, and
// the caller uses CUE's own message (its values redacted). red redacts the
// value before it is shortened.
func explainValue(raw string, red func(string) string) msg.Message {
	m := invalidValue.FindStringSubmatch(raw)
	if m == nil {
		return msg.M("%s", raw)
	}
	v, c := m[1], m[3]
	s, err := strconv.Unquote(v)
	isString := err == nil
	rv := red(v)
	redacted := rv != v
	shown := shortValue(rv)
	switch {
	case c == `time.Format("2006-01-02")`:
		return msg.M(`%s is not a date: write YYYY-MM-DD, a day that exists (such as "2026-03-15")`, shown)
	case maxRunes.MatchString(c) && isString:
		q := strconv.Quote(shorten(s, 50))
		if redacted {
			q = rv
		}
		return msg.M("%s is %d characters long; at most %s are allowed", q, utf8.RuneCountInString(s), maxRunes.FindStringSubmatch(c)[1])
	case bound.MatchString(c):
		b := bound.FindStringSubmatch(c)
		return msg.M(boundWords[b[1]], shown, b[2])
	}
	p, ok := patternWords[c]
	if !ok {
		return msg.M("%s", raw)
	}
	out := msg.M(p.words, shown)
	if p.ascii && isString && !redacted {
		for _, r := range s {
			if r > unicode.MaxASCII {
				if unicode.IsLetter(r) {
					return msg.M("%s; it contains %q (U+%04X), a letter outside a-z that may look like one", out, string(r), r)
				}
				return msg.M("%s; it contains %q (U+%04X), a character outside a-z", out, string(r), r)
			}
		}
	}
	return out
}

// shortValue shortens a long quoted value for a message.
func shortValue(v string) string {
	s, err := strconv.Unquote(v)
	if err != nil || utf8.RuneCountInString(s) <= 60 {
		return v
	}
	return fmt.Sprintf("%s (%d characters)", strconv.Quote(shorten(s, 50)), utf8.RuneCountInString(s))
}

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// shortenQuoted shortens every long quoted value in a message: a 10 000
// character name is no help in a pull-request comment.
func shortenQuoted(msg string) string {
	if len(msg) < 80 {
		return msg
	}
	return quoted.ReplaceAllStringFunc(msg, shortValue)
}

func typeWord(t string) msg.Text {
	if w, ok := typeWords[t]; ok {
		return w
	}
	return msg.Text{FI: t, SV: t, EN: t}
}

// shorten cuts s to at most n characters (not bytes: a cut must not split
// an "ä"), marking the cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-3]) + "..."
}
