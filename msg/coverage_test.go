package msg_test

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// sameAllowed lists the entries whose translations may equal each other or
// the English, each with the reason. Any other entry whose Finnish,
// Swedish and English are not three different texts is an entry someone
// forgot to translate.
var sameAllowed = map[string]string{
	"col.nis2":    "NIS2 is the directive's name in every language",
	"col.status":  "Swedish and English both say Status",
	"task.status": "Swedish and English both say Status",
}

// TestCatalogueComplete: every entry has Finnish, Swedish and English, and
// the three differ unless sameAllowed says why they may not.
func TestCatalogueComplete(t *testing.T) {
	keys := msg.Keys()
	if len(keys) < 100 {
		t.Fatalf("the catalogue holds %d entries; expected the rules and findings at least", len(keys))
	}
	for _, k := range keys {
		e, _ := msg.Lookup(k)
		if e.FI == "" || e.SV == "" || e.EN == "" {
			t.Errorf("%q lacks a language: fi=%q sv=%q en=%q", k, e.FI, e.SV, e.EN)
			continue
		}
		same := e.FI == e.EN || e.SV == e.EN || e.FI == e.SV
		_, allowed := sameAllowed[k]
		switch {
		case same && !allowed:
			t.Errorf("%q is not translated: fi=%q sv=%q en=%q (translate it, or add it to sameAllowed with the reason)", k, e.FI, e.SV, e.EN)
		case !same && allowed:
			t.Errorf("sameAllowed lists %q, whose three texts differ: remove it from the list", k)
		}
	}
	for k := range sameAllowed {
		if !msg.Has(k) {
			t.Errorf("sameAllowed lists %q, which is not in the catalogue", k)
		}
	}
}

// TestCatalogueVerbs: each translation consumes the same arguments with the
// same verbs as the English, so no argument is lost, repeated by mistake
// or printed as %!d(string=...).
func TestCatalogueVerbs(t *testing.T) {
	for _, k := range msg.Keys() {
		e, _ := msg.Lookup(k)
		want, err := verbs(e.EN)
		if err != nil {
			t.Errorf("%q: English: %v", k, err)
			continue
		}
		for _, tr := range []struct {
			lang msg.Lang
			text string
		}{{msg.FI, e.FI}, {msg.SV, e.SV}} {
			got, err := verbs(tr.text)
			if err != nil {
				t.Errorf("%q: %s %q: %v", k, tr.lang, tr.text, err)
				continue
			}
			if !sameVerbs(got, want) {
				t.Errorf("%q: %s %q uses the arguments %s; the English uses %s", k, tr.lang, tr.text, showVerbs(got), showVerbs(want))
			}
		}
	}
}

func TestVerbsParser(t *testing.T) {
	for _, c := range []struct {
		format string
		want   string
		err    bool
	}{
		{"no verbs, 100%% sure", "", false},
		{"%s names %q", "1:s 2:q", false},
		{"%[2]q names %[1]s", "1:s 2:q", false},
		{"%[2]s then %s", "2:s 3:s", false},
		{"%-5d%+.2f%#v", "1:d 2:f 3:v", false},
		{"%*d", "1:* 2:d", false},
		{"%[1]s and %[1]s", "1:s", false},
		{"trailing %", "", true},
		{"bad %[x]s", "", true},
		{"%!", "", true},
	} {
		got, err := verbs(c.format)
		if (err != nil) != c.err {
			t.Errorf("verbs(%q): error %v, want error %v", c.format, err, c.err)
			continue
		}
		if err == nil && showVerbs(got) != c.want {
			t.Errorf("verbs(%q) = %s, want %s", c.format, showVerbs(got), c.want)
		}
	}
	a, _ := verbs("%s %d")
	b, _ := verbs("%[2]d %[1]s")
	if !sameVerbs(a, b) {
		t.Error("reordered arguments should match")
	}
	c, _ := verbs("%s %s")
	if sameVerbs(a, c) {
		t.Error("verbs d and s should differ")
	}
	d, _ := verbs("%s")
	if sameVerbs(a, d) {
		t.Error("a dropped argument should differ")
	}
}

// verbs maps each argument (from 1) a format consumes to the verbs that
// print it, following fmt: flags, width and precision (either may be * or
// [n]*), an explicit [n] index, and %% that consumes nothing.
func verbs(f string) (map[int][]rune, error) {
	out := map[int][]rune{}
	arg := 1
	use := func(v rune) {
		if !slices.Contains(out[arg], v) {
			out[arg] = append(out[arg], v)
		}
		arg++
	}
	index := func(i int) (int, error) { // f[i] == '['
		j := strings.IndexByte(f[i:], ']')
		if j < 0 {
			return 0, fmt.Errorf("unclosed [ at %d", i)
		}
		n, err := strconv.Atoi(f[i+1 : i+j])
		if err != nil || n < 1 {
			return 0, fmt.Errorf("bad argument index %q", f[i:i+j+1])
		}
		arg = n
		return i + j + 1, nil
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		var err error
		if i < len(f) && f[i] == '[' {
			if i, err = index(i); err != nil {
				return nil, err
			}
		}
		if i < len(f) && f[i] == '*' {
			use('*')
			i++
		}
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		if i < len(f) && f[i] == '.' {
			i++
			if i < len(f) && f[i] == '[' {
				if i, err = index(i); err != nil {
					return nil, err
				}
			}
			if i < len(f) && f[i] == '*' {
				use('*')
				i++
			}
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
		}
		if i < len(f) && f[i] == '[' {
			if i, err = index(i); err != nil {
				return nil, err
			}
		}
		if i >= len(f) {
			return nil, fmt.Errorf("format ends in the middle of a verb")
		}
		v := rune(f[i])
		switch {
		case v == '%':
			continue
		case strings.ContainsRune("vTtbcdoOqxXUeEfFgGsp", v):
			use(v)
		default:
			return nil, fmt.Errorf("unknown verb %%%c", v)
		}
	}
	return out, nil
}

func sameVerbs(a, b map[int][]rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i, va := range a {
		vb, ok := b[i]
		if !ok || len(va) != len(vb) {
			return false
		}
		for _, v := range va {
			if !slices.Contains(vb, v) {
				return false
			}
		}
	}
	return true
}

func showVerbs(m map[int][]rune) string {
	var idx []int
	for i := range m {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	var parts []string
	for _, i := range idx {
		vs := slices.Clone(m[i])
		slices.Sort(vs)
		parts = append(parts, fmt.Sprintf("%d:%s", i, string(vs)))
	}
	return strings.Join(parts, " ")
}

// TestRulesTranslated: the rules page and `govmap rules` show every rule's
// title, explanation and hint in the reader's language.
func TestRulesTranslated(t *testing.T) {
	rules := diag.Rules()
	if len(rules) < 40 {
		t.Fatalf("diag.Rules() returned %d rules", len(rules))
	}
	for _, r := range rules {
		for _, s := range []struct{ what, text string }{{"title", r.Title}, {"explanation", r.Explanation}, {"hint", r.Hint}} {
			if !msg.Has(s.text) {
				t.Errorf("rule %s: the %s is not in the catalogue: %q", r.ID, s.what, s.text)
			}
		}
	}
}

// TestSourceFormatsTranslated reads every Go file of the module and checks
// that each literal format or key given to diag.New, WithHint, msg.M,
// msg.Sprintf, msg.T or msg.Key is in the catalogue. Only a format without
// words ("%s", "%s: %s": texts already localized, or from outside) is
// exempt.
func TestSourceFormatsTranslated(t *testing.T) {
	root := ".."
	module, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	calls, err := formatCalls(root, module)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, c := range calls {
		counts[c.call]++
		if !hasWords(c.format) {
			continue
		}
		if !msg.Has(c.format) {
			t.Errorf("%s: %s: %q is not in the catalogue", c.pos, c.call, c.format)
		}
	}
	// The walk must have found the findings: a broken walk would pass.
	if counts["diag.New"] < 50 || counts["WithHint"] < 15 || counts["msg.Key"] < 10 || counts["flag usage"] < 40 {
		t.Errorf("found too few calls to check: %v", counts)
	}
}

type formatCall struct {
	pos    token.Position
	call   string // "diag.New", "WithHint", "msg.M", ...
	format string
}

func modulePath(gomod string) (string, error) {
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(m), `"`), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// formatCalls parses the module's non-test Go files and returns every call
// whose format or key is a string literal or a constant.
func formatCalls(root, module string) ([]formatCall, error) {
	fset := token.NewFileSet()
	pkgs := map[string][]*ast.File{} // by directory
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", ".git", ".cache", "_site", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkgs[filepath.Dir(p)] = append(pkgs[filepath.Dir(p)], f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []formatCall
	for dir, files := range pkgs {
		consts := stringConsts(files)
		// The flags of the govmap command (the main package at the root);
		// the developers' tools (internal/gen, bench) speak English.
		command := filepath.Clean(dir) == filepath.Clean(root)
		for _, f := range files {
			diagName := importName(f, module+"/diag")
			msgName := importName(f, module+"/msg")
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg := ""
				if id, ok := sel.X.(*ast.Ident); ok {
					pkg = id.Name
				}
				var name string
				argIdx := -1
				switch {
				case sel.Sel.Name == "WithHint":
					name, argIdx = "WithHint", 0
				case diagName != "" && pkg == diagName && sel.Sel.Name == "New":
					name, argIdx = "diag.New", 2
				case command && flagUsageArg(call) >= 0:
					name, argIdx = "flag usage", flagUsageArg(call)
				case msgName != "" && pkg == msgName:
					switch sel.Sel.Name {
					case "M", "Key":
						argIdx = 0
					case "Sprintf", "T":
						argIdx = 1
					}
					name = "msg." + sel.Sel.Name
				}
				if argIdx < 0 || len(call.Args) <= argIdx {
					return true
				}
				if s, ok := stringValue(call.Args[argIdx], consts); ok {
					out = append(out, formatCall{fset.Position(call.Args[argIdx].Pos()), name, s})
				}
				return true
			})
		}
	}
	return out, nil
}

// importName is the name a file uses for an import path ("" if none).
func importName(f *ast.File, path string) string {
	for _, im := range f.Imports {
		if p, _ := strconv.Unquote(im.Path.Value); p == path {
			if im.Name != nil {
				return im.Name.Name
			}
			return path[strings.LastIndexByte(path, '/')+1:]
		}
	}
	return ""
}

// stringConsts collects a package's string constants written as literals.
func stringConsts(files []*ast.File) map[string]string {
	consts := map[string]string{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			gd, ok := n.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				return true
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if s, ok := stringValue(vs.Values[i], nil); ok {
							consts[name.Name] = s
						}
					}
				}
			}
			return true
		})
	}
	return consts
}

// stringValue evaluates a string literal, a constant or a sum of them.
func stringValue(e ast.Expr, consts map[string]string) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.Ident:
		s, ok := consts[x.Name]
		return s, ok
	case *ast.ParenExpr:
		return stringValue(x.X, consts)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := stringValue(x.X, consts)
		b, ok2 := stringValue(x.Y, consts)
		return a + b, ok1 && ok2
	}
	return "", false
}

// hasWords reports whether a format has words of its own: one that is only
// verbs and punctuation ("%s", "%s: %s") joins texts already localized.
func hasWords(format string) bool {
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' {
			for i++; i < len(format) && !(format[i] >= 'a' && format[i] <= 'z' || format[i] >= 'A' && format[i] <= 'Z' || format[i] == '%'); i++ {
			}
			continue
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// flagUsageArg is the index of the usage text of a call that defines a
// command-line flag (fs.String("format", "text", usage), fs.Var(v,
// "lang", usage), fs.BoolVar(&b, "check", false, usage)), or -1. A flag's
// name is a string literal, which tells these calls from others of the
// same method names.
func flagUsageArg(call *ast.CallExpr) int {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return -1
	}
	isName := func(e ast.Expr) bool {
		lit, ok := e.(*ast.BasicLit)
		return ok && lit.Kind == token.STRING
	}
	switch sel.Sel.Name {
	case "String", "Bool", "Int", "Int64", "Uint", "Uint64", "Float64", "Duration":
		if len(call.Args) == 3 && isName(call.Args[0]) {
			return 2
		}
	case "Var", "Func", "BoolFunc", "TextVar":
		if len(call.Args) >= 3 && isName(call.Args[1]) && sel.Sel.Name == "Var" {
			return 2
		}
		if len(call.Args) == 3 && isName(call.Args[0]) && sel.Sel.Name != "Var" && sel.Sel.Name != "TextVar" {
			return 1
		}
		if len(call.Args) == 4 && isName(call.Args[1]) && sel.Sel.Name == "TextVar" {
			return 3
		}
	case "StringVar", "BoolVar", "IntVar", "Int64Var", "UintVar", "Uint64Var", "Float64Var", "DurationVar":
		if len(call.Args) == 4 && isName(call.Args[1]) {
			return 3
		}
	}
	return -1
}
