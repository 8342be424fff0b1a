package model

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// Findings go into public places: the pull-request comment, annotations,
// CI logs. So no finding repeats a person's name or phone, or anything of
// an entry marked non-public, however the file writes them: a person
// written as text or as a field name, a role set to null after it was
// filled, a value cut short. Three layers see to it:
//
//   - a value CUE quotes is never shown as a struct or a list ("{ … }",
//     "[ … ]"), whatever its path;
//   - a finding at, under or above a person or a non-public entry shows
//     no value at all, and the labels under a person and the id of a
//     non-public entry are left out of the path it shows (secrets.covers,
//     secrets.display);
//   - last, every finding of the file is scrubbed of the values themselves
//     (diag.Scrubber): the names and phones of persons, the ids, titles and
//     mailboxes of non-public entries, wherever else the file repeats them.
//
// Values are redacted before anything is shortened, and a quoted value
// cut short (no closing quote) is redacted all the same.

// safeLabel is a label a finding may repeat: a field name or an id as the
// schema writes them. A label with a capital first letter, a space or a
// letter outside a-z may be a person's name written as a field name.
var safeLabel = regexp.MustCompile(`^[a-z0-9][A-Za-z0-9_-]*$`)

// personFields are the fields of a person (model/municipality.cue).
var personFields = []string{"name", "phone", "visibility"}

// textLabels are the fields under which a non-public entry holds its own
// words: its texts (title, name, ... in each language) and its mailbox.
var textLabels = []string{"title", "name", "unit", "note", "fi", "sv", "en", "mailbox"}

// secrets are the parts of a data file that findings must not repeat.
type secrets struct {
	// persons are the paths (collection, key, fields...) of person fields,
	// hidden those of entries marked visibility: "non-public".
	persons, hidden [][]string
	// words are the values themselves, for the scrubber.
	words []string
	scrub diag.Scrubber
}

// secretsOf reads what is personal or non-public in a parsed data file.
// An entry is non-public wherever the file says so: its fields may be
// written in several places (roles: x: visibility: "non-public" on a
// line of its own), so the paths are found first, then the words.
func secretsOf(f *ast.File) *secrets {
	s := &secrets{}
	if f != nil {
		s.walk(f.Decls, nil, false, true)
		s.walk(f.Decls, nil, false, false)
	}
	s.scrub = diag.NewScrubber(s.words)
	return s
}

// walk finds the paths of persons and non-public entries (paths), or,
// given those, the words they are written with.
func (s *secrets) walk(decls []ast.Decl, path []string, hidden, paths bool) {
	for _, d := range decls {
		fd, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		name, ok := labelName(fd.Label)
		if !ok {
			continue
		}
		p := append(slices.Clone(path), name)
		if name == "person" && len(path) > 0 {
			if paths {
				s.persons = append(s.persons, p)
			} else {
				s.personWords(fd.Value)
			}
			continue
		}
		st, isStruct := fd.Value.(*ast.StructLit)
		h := hidden
		switch {
		case paths && isStruct && nonPublic(st):
			s.hidden = append(s.hidden, p)
		case !paths && !hidden && slices.ContainsFunc(s.hidden, func(r []string) bool { return slices.Equal(r, p) }):
			h = true
			if len(p) >= 4 {
				// The entry's id: roles: "secret": {...}.
				s.words = append(s.words, name)
			}
		}
		if !paths && h && slices.Contains(textLabels, name) {
			s.stringWords(fd.Value)
		}
		if isStruct {
			s.walk(st.Elts, p, h, paths)
		}
	}
}

// nonPublic reports a struct that says visibility: "non-public".
func nonPublic(st *ast.StructLit) bool {
	for _, e := range st.Elts {
		if fd, ok := e.(*ast.Field); ok {
			if n, _ := labelName(fd.Label); n == "visibility" {
				if v, ok := stringLit(fd.Value); ok && v == NonPublic {
					return true
				}
			}
		}
	}
	return false
}

// personWords collects everything a person is written with: the values,
// numbers and labels (but the field names of a person, and its
// visibility), and each part of a name.
func (s *secrets) personWords(e ast.Expr) {
	ast.Walk(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			// The label is no reference: only the value is walked.
			name, ok := labelName(x.Label)
			if ok && name == "visibility" {
				return false
			}
			if ok && !slices.Contains(personFields, name) {
				s.addWords(name)
			}
			s.personWords(x.Value)
			return false
		case *ast.BasicLit:
			switch x.Kind {
			case token.STRING:
				if v, ok := stringLit(x); ok {
					s.addWords(v)
				}
			case token.INT, token.FLOAT:
				// phone: 401234567
				s.words = append(s.words, x.Value)
			}
		case *ast.Ident:
			// name: Maija, a reference where a text belongs.
			if x.Name != "null" && x.Name != "true" && x.Name != "false" {
				s.addWords(x.Name)
			}
		}
		return true
	}, nil)
}

// stringWords collects the texts of a non-public entry (and a text
// written without quotes, which reads as a reference).
func (s *secrets) stringWords(e ast.Expr) {
	ast.Walk(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			s.stringWords(x.Value)
			return false
		case *ast.BasicLit:
			if v, ok := stringLit(x); ok {
				s.words = append(s.words, v)
			}
		case *ast.Ident:
			if x.Name != "null" && x.Name != "true" && x.Name != "false" {
				s.words = append(s.words, x.Name)
			}
		}
		return true
	}, nil)
}

// addWords adds a value and, for a name, its parts: "Maija" is said alone
// too.
func (s *secrets) addWords(v string) {
	s.words = append(s.words, v)
	parts := strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	if len(parts) > 1 {
		s.words = append(s.words, parts...)
	}
}

// covers reports whether a finding at a path may show no value: the path
// leads to, into or above a person or a non-public entry (a struct value
// there holds one). Any path through a field named person counts, whatever
// the file says.
func (s *secrets) covers(elems []string) bool {
	for i, e := range elems {
		if e == "person" && i > 0 {
			return true
		}
	}
	if s == nil {
		return false
	}
	for _, root := range slices.Concat(s.persons, s.hidden) {
		if hasPrefix(elems, root) || hasPrefix(root, elems) {
			return true
		}
	}
	return false
}

func hasPrefix(elems, prefix []string) bool {
	return len(elems) >= len(prefix) && slices.Equal(elems[:len(prefix)], prefix)
}

// masked returns the labels of a path as a finding may show them: under a
// person only its own fields (name, phone, visibility), of a non-public
// entry not its id, and anywhere no label that could be a name
// (safeLabel). The first two labels (collection and
// key) are the file's own.
func (s *secrets) masked(elems []string) []string {
	out := slices.Clone(elems)
	for i := range out {
		if i < 2 {
			continue
		}
		underPerson := slices.Contains(elems[:i], "person") && !slices.Contains(personFields, out[i])
		if !safeLabel.MatchString(out[i]) || underPerson {
			out[i] = diag.Redacted
		}
	}
	if s != nil {
		for _, root := range s.hidden {
			if len(root) >= 4 && hasPrefix(elems, root) {
				out[len(root)-1] = diag.Redacted
			}
		}
	}
	return out
}

// display is displayPath with the labels masked.
func (s *secrets) display(elems []string, file string) string {
	return displayPath(s.masked(elems), file)
}

// scrubber returns the file's scrubber (none for a file without secrets).
func (s *secrets) scrubber() diag.Scrubber {
	if s == nil {
		return diag.Scrubber{}
	}
	return s.scrub
}

// plainArgs turns CUE's error arguments into what a message may quote:
// numbers stay numbers (for %d), every other value becomes its text, so
// redaction and shortening see it.
func plainArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch a.(type) {
		case string, int, int64, int32, uint, uint64, uint32, float64, bool:
			out[i] = a
		default:
			out[i] = fmt.Sprint(a)
		}
	}
	return out
}

// neutral replaces every struct and list in a value as CUE writes it
// ({name:"…",phone:"…"}, ["a","b"]) by a neutral "{ … }" or "[ … ]": a
// struct's fields are never a message's business, and may hold a person.
// Brackets inside quotes are text, not lists; a struct cut short (no
// closing brace) is replaced to its end.
func neutral(s string) string {
	if !strings.ContainsAny(s, "{[") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\'':
			j := quoteEnd(s, i)
			b.WriteString(s[i:j])
			i = j - 1
		case '{', '[':
			j := closing(s, i)
			if c == '{' {
				b.WriteString("{ … }")
			} else {
				b.WriteString("[ … ]")
			}
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// quoteEnd returns the offset after the quoted text that starts at i (the
// end of s when the closing quote is missing).
func quoteEnd(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j + 1
		}
	}
	return len(s)
}

// closing returns the offset after the bracket that closes the one at i,
// or the end of s.
func closing(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '"', '\'':
			j = quoteEnd(s, j) - 1
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(s)
}

// quotedValue is a quoted string as CUE or a message writes it, with or
// without its closing quote (a value cut short).
var quotedValue = regexp.MustCompile(`"(?:[^"\\]|\\.)*(?:"|\\?$)|'(?:[^'\\]|\\.)*(?:'|\\?$)`)

var number = regexp.MustCompile(`^-?[0-9][0-9.eE+_-]*$`)

// redact takes the value out of an argument: structs and lists, every
// quoted string (closed or not), and a number where text was expected.
func redact(arg string) string {
	arg = neutral(arg)
	if number.MatchString(strings.TrimSpace(arg)) {
		return diag.Redacted
	}
	return quotedValue.ReplaceAllString(arg, `"`+diag.Redacted+`"`)
}

// shownLabel is a label as a message may repeat it: "…" for one that may
// be a name.
func shownLabel(name string) string {
	if safeLabel.MatchString(name) {
		return name
	}
	return diag.Redacted
}

// syntaxLiteral is the literal CUE's parser quotes in "expected X, found
// 'STRING' "…"": a text or a number is never needed to mend a syntax
// error (the position shows it), and a name that is not a plain label may
// be a person's.
func syntaxLiteral(m msg.Message) msg.Message {
	if m.Format != "expected %s, found '%s' %s" || len(m.Args) != 3 {
		return m
	}
	if lit, ok := m.Args[2].(string); ok {
		m.Args = slices.Clone(m.Args)
		m.Args[2] = shownLabel(lit)
		if strings.HasPrefix(lit, `"`) || strings.HasPrefix(lit, "'") {
			m.Args[2] = `"` + diag.Redacted + `"`
		}
	}
	return m
}

// NonPublicWords lists what a finding about a municipality's file may not
// repeat: every person's name (and its parts) and phone, and the ids,
// titles, names and mailboxes of its non-public entries.
func (m *Municipality) NonPublicWords() []string {
	s := &secrets{}
	texts := func(ts ...Text) {
		for _, t := range ts {
			s.words = append(s.words, t.FI, t.SV, t.EN)
		}
	}
	for _, e := range m.Roles {
		r := e.Value
		if p := r.Person; p != nil {
			s.addWords(p.Name)
			s.words = append(s.words, p.Phone)
		}
		if r.Visibility == NonPublic {
			s.words = append(s.words, e.Key, r.Mailbox)
			texts(r.Title, r.Unit)
		}
	}
	for _, e := range m.Bodies {
		if e.Value.Visibility == NonPublic {
			s.words = append(s.words, e.Key)
			texts(e.Value.Name)
		}
	}
	for _, e := range m.Companies {
		if e.Value.Visibility == NonPublic {
			s.words = append(s.words, e.Key)
			texts(e.Value.Name)
		}
	}
	for _, e := range m.ActionPlan {
		if e.Value.Visibility == NonPublic {
			s.words = append(s.words, e.Key)
			texts(e.Value.Title)
		}
	}
	return slices.DeleteFunc(s.words, func(w string) bool { return strings.TrimSpace(w) == "" })
}

// sourceWords reads the values a file that does not parse holds for
// persons and non-public entries, from its tokens: the values of every
// person field (a struct, a text, whatever is written after person:), and
// the id and texts of every struct that says visibility: "non-public".
func sourceWords(src []byte) []string {
	toks, _ := lexFile(src)
	s := &secrets{}
	isLabel := func(i int) (string, bool) {
		if i < 0 || i+1 >= len(toks) || toks[i+1].tok != token.COLON {
			return "", false
		}
		return tokText(toks[i])
	}
	// The closing partner of every { and [ (len(toks) when left open), and
	// the one each is inside of (-1: none).
	closeOf := map[int]int{}
	parentOf := map[int]int{}
	var open []int
	for i, t := range toks {
		switch t.tok {
		case token.LBRACE, token.LBRACK:
			parentOf[i] = -1
			if n := len(open); n > 0 {
				parentOf[i] = open[n-1]
			}
			open = append(open, i)
		case token.RBRACE, token.RBRACK:
			if n := len(open); n > 0 {
				closeOf[open[n-1]] = i
				open = open[:n-1]
			}
		}
	}
	for _, i := range open {
		closeOf[i] = len(toks)
	}
	for i, t := range toks {
		switch {
		case t.tok == token.LBRACE:
			end := closeOf[i]
			if !nonPublicTokens(toks, i, end, isLabel) {
				continue
			}
			if key, ok := isLabel(i - 2); ok {
				// The entry's id, under roles: (roles: secret: {...}, or
				// roles: { ... secret: {...} }).
				parent, chained := isLabel(i - 4)
				if p := parentOf[i]; !chained && p >= 0 {
					parent, _ = isLabel(p - 2)
				}
				if slices.Contains(keyedSections, parent) {
					s.words = append(s.words, key)
				}
			}
			for j := i + 1; j < end; j++ {
				if lbl, ok := isLabel(j - 2); ok && slices.Contains(textLabels, lbl) && toks[j].tok == token.STRING {
					if v, ok := tokText(toks[j]); ok {
						s.words = append(s.words, v)
					}
				}
			}
		case t.tok == token.IDENT || t.tok == token.STRING:
			name, ok := isLabel(i)
			if !ok || name != "person" {
				continue
			}
			for j := i + 2; j < personEnd(toks, i+2, closeOf); j++ {
				lbl, isLbl := isLabel(j)
				switch {
				case isLbl && lbl == "visibility":
					j += 2 // its value is the schema's word
				case isLbl && slices.Contains(personFields, lbl):
				case toks[j].tok == token.STRING || toks[j].tok == token.IDENT:
					if v, ok := tokText(toks[j]); ok && v != "null" && v != "true" && v != "false" {
						s.addWords(v)
					}
				case toks[j].tok == token.INT || toks[j].tok == token.FLOAT:
					s.words = append(s.words, toks[j].lit)
				}
			}
		}
	}
	return s.words
}

// keyedSections are the collections of a municipality whose entries can be
// non-public, each under its id.
var keyedSections = []string{"roles", "bodies", "companies", "actionPlan"}

// tokText is a token's text: a string unquoted (as far as it goes, for one
// left open), an identifier as it is.
func tokText(t lexTok) (string, bool) {
	switch t.tok {
	case token.IDENT:
		return t.lit, true
	case token.STRING:
		v := strings.TrimPrefix(t.lit, `"`)
		v = strings.TrimSuffix(v, `"`)
		return v, true
	}
	return "", false
}

// nonPublicTokens reports whether the struct whose { is toks[open]
// directly says visibility: "non-public".
func nonPublicTokens(toks []lexTok, open, end int, isLabel func(int) (string, bool)) bool {
	depth := 0
	for j := open + 1; j < end && j < len(toks); j++ {
		switch toks[j].tok {
		case token.LBRACE, token.LBRACK:
			depth++
		case token.RBRACE, token.RBRACK:
			depth--
		}
		if depth == 0 {
			if lbl, ok := isLabel(j); ok && lbl == "visibility" && j+2 < len(toks) && toks[j+2].lit == `"`+NonPublic+`"` {
				return true
			}
		}
	}
	return false
}

// personEnd returns the end of the value that starts at toks[i], written
// after person: a struct to its closing brace; anything else to the end
// of its line, or to a comma or closing bracket around it.
func personEnd(toks []lexTok, i int, closeOf map[int]int) int {
	if i >= len(toks) {
		return len(toks)
	}
	line := toks[i].line
	for j := i; j < len(toks); j++ {
		switch toks[j].tok {
		case token.LBRACE, token.LBRACK:
			j = closeOf[j]
			if j >= len(toks) {
				return len(toks)
			}
			continue
		case token.COMMA, token.RBRACE, token.RBRACK:
			return j
		}
		if toks[j].line != line {
			return j
		}
	}
	return len(toks)
}
