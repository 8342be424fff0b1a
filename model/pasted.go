package model

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/scanner"
	"cuelang.org/go/cue/token"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// Officers paste the README's example into GitHub's web editor, often by
// way of a word processor or an e-mail. What such a paste breaks, the CUE
// parser reports as a cascade of errors far from the cause: a curly quote
// is an "illegal character" and everything after it is misread, an "="
// for ":" shows as an error on the next line, a { left open as an error at
// the end of the file. The scan here finds these mistakes in the tokens,
// says each one once at its place, and repairs it in a copy (replacing
// bytes by as many bytes, so positions stay) so that the parser can look
// for anything else.

// lexTok is one token of a file.
type lexTok struct {
	off, line, col int
	tok            token.Token
	lit            string
	first          bool // the first token on its line
}

// lexFile splits src into tokens (comments and the commas the scanner
// inserts at line ends left out) and returns the offsets of strings left
// unterminated.
func lexFile(src []byte) (toks []lexTok, unterminated map[int]bool) {
	unterminated = map[int]bool{}
	f := token.NewFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, func(pos token.Pos, m string, _ []any) {
		if strings.HasPrefix(m, "string literal not terminated") {
			unterminated[pos.Offset()] = true
		}
	}, 0)
	prevLine := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return toks, unterminated
		}
		if tok == token.COMMA && lit == "\n" {
			continue
		}
		t := lexTok{off: pos.Offset(), line: pos.Line(), col: pos.Column(), tok: tok, lit: lit}
		t.first = t.line != prevLine
		prevLine = t.line + strings.Count(lit, "\n")
		toks = append(toks, t)
	}
}

// typographicQuotes are the quotation marks word processors put in place
// of a straight " (Finnish and Swedish use ” on both sides).
var typographicQuotes = map[rune]bool{
	'“': true, '”': true, '„': true, '‟': true, '‘': true, '’': true, '‚': true, '‛': true,
	'«': true, '»': true, '″': true, '＂': true,
}

// oddSpaces are the white-space characters CUE does not accept between
// tokens, with their names.
var oddSpaces = map[rune]msg.Text{
	'\u00a0': {FI: "sitova välilyönti", SV: "ett hårt mellanslag", EN: "a non-breaking space"},
	'\u202f': {FI: "kapea sitova välilyönti", SV: "ett smalt hårt mellanslag", EN: "a narrow non-breaking space"},
	'\u2007': {FI: "numeroväli", SV: "ett siffermellanslag", EN: "a figure space"},
	'\u2009': {FI: "ohut välilyönti", SV: "ett smalt mellanslag", EN: "a thin space"},
	'\u200b': {FI: "näkymätön leveydetön välilyönti", SV: "ett osynligt nollbrett mellanslag", EN: "an invisible zero-width space"},
	'\u2060': {FI: "näkymätön sanaliitos", SV: "en osynlig ordsammanfogare", EN: "an invisible word joiner"},
	'\ufeff': {FI: "näkymätön BOM-merkki", SV: "ett osynligt BOM-tecken", EN: "an invisible byte-order mark"},
	'\u3000': {FI: "leveä välilyönti", SV: "ett brett mellanslag", EN: "an ideographic space"},
}

func oddSpace(r rune) (msg.Text, bool) {
	if t, ok := oddSpaces[r]; ok {
		return t, true
	}
	if r >= '\u2000' && r <= '\u200a' || r == '\u205f' {
		return msg.Text{FI: "erikoisvälilyönti", SV: "ett specialmellanslag", EN: "a special space"}, true
	}
	return msg.Text{}, false
}

// pasteFix replaces the bytes at off with a text of the same length.
type pasteFix struct {
	off  int
	with string
}

// pasteMistakes finds typographic quotes, odd spaces and "=" written for
// ":" in a file that does not parse. It returns one finding per mistake
// and line, and the file with the mistakes repaired.
//
// The findings quote the file (a line as it should be, the words around a
// space), but never a person's or a non-public entry's values: they are
// read from the repaired file and taken out of each quote before it is
// shortened.
func pasteMistakes(file string, src []byte) ([]*diag.Finding, []byte) {
	fixed := bytes.Clone(src)
	// Findings are made once the file is repaired, when its values can be
	// told apart.
	var makers []func(sc diag.Scrubber) *diag.Finding
	seen := map[string]bool{} // kind and line: one finding each
	once := func(kind string, line int) bool {
		k := fmt.Sprint(kind, line)
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	var quoteFixes []pasteFix // for the corrected lines of the hints
	var quoteFinds []struct {
		f    *diag.Finding
		line int
	}
	// Each repair can reveal the next mistake (after a curly quote the rest
	// of the line was misread), so scan again until nothing is left.
	for round := 0; round < 32; round++ {
		toks, unterminated := lexFile(fixed)
		var fixes []pasteFix
		for i, t := range toks {
			switch {
			case t.tok == token.ILLEGAL:
				r, n := utf8.DecodeRuneInString(t.lit)
				if typographicQuotes[r] {
					fx := pasteFix{t.off, `"` + strings.Repeat(" ", n-1)}
					fixes = append(fixes, fx)
					quoteFixes = append(quoteFixes, fx)
					if once("quote", t.line) {
						f := diag.New("syntax", Pos{File: file, Line: t.line, Col: t.col},
							"%s (%U) is a typographic quotation mark; CUE reads only straight quotes \"", string(r), r)
						makers = append(makers, func(diag.Scrubber) *diag.Finding { return f })
						quoteFinds = append(quoteFinds, struct {
							f    *diag.Finding
							line int
						}{f, t.line})
					}
				} else if name, ok := oddSpace(r); ok {
					fixes = append(fixes, pasteFix{t.off, strings.Repeat(" ", n)})
					if once("space", t.line) {
						makers = append(makers, func(sc diag.Scrubber) *diag.Finding { return spaceFinding(file, src, t, r, name, sc) })
					}
				}
			case (t.tok == token.STRING || t.tok == token.INTERPOLATION) && unterminated[t.off] && !strings.HasPrefix(t.lit, `"""`):
				// "text” : the closing quote is a curly one, inside the string
				// as far as CUE can tell.
				for j, r := range t.lit {
					if j > 0 && typographicQuotes[r] {
						fx := pasteFix{t.off + j, `"` + strings.Repeat(" ", utf8.RuneLen(r)-1)}
						fixes = append(fixes, fx)
						quoteFixes = append(quoteFixes, fx)
						line, col := lineCol(src, fx.off)
						if once("quote", line) {
							f := diag.New("syntax", Pos{File: file, Line: line, Col: col},
								"%s (%U) is a typographic quotation mark; CUE reads only straight quotes \"", string(r), r)
							makers = append(makers, func(diag.Scrubber) *diag.Finding { return f })
							quoteFinds = append(quoteFinds, struct {
								f    *diag.Finding
								line int
							}{f, line})
						}
						break
					}
				}
			case t.tok == token.FLOAT && i >= 2 && toks[i-1].tok == token.COLON && i+1 < len(toks) &&
				toks[i+1].tok == token.FLOAT && toks[i+1].off == t.off+len(t.lit) && strings.HasPrefix(toks[i+1].lit, "."):
				// reviewed: 15.3.2026 reads as the numbers 15.3 and .2026
				// with nothing between: a date in the Finnish form,
				// without its quotes.
				date := t.lit + toks[i+1].lit
				if !dayFirst.MatchString(date) {
					break
				}
				// A text of the same length keeps every position.
				fixes = append(fixes, pasteFix{t.off, `"` + strings.Repeat("0", len(date)-2) + `"`})
				if once("date", t.line) {
					label, pos := toks[i-2], Pos{File: file, Line: t.line, Col: t.col}
					makers = append(makers, func(sc diag.Scrubber) *diag.Finding {
						f := otherDateForm(date, labelText(label, sc), pos, sc.String(date) != date)
						if f != nil {
							f.Rule = "syntax"
						}
						return f
					})
				}
			case t.tok == token.BIND && bindForColon(toks, i):
				fixes = append(fixes, pasteFix{t.off, ":"})
				if once("bind", t.line) {
					line := lineText(src, t.line)
					want := strings.TrimFunc(line[:t.col-1], isAnySpace) + ":" + strings.TrimRightFunc(line[t.col:], isAnySpace)
					label := toks[i-1]
					makers = append(makers, func(sc diag.Scrubber) *diag.Finding {
						return diag.New("syntax", Pos{File: file, Line: t.line, Col: t.col},
							"`%s` is followed by =; a field is written `name: value`, with a colon", labelText(label, sc)).
							WithHint("Write a colon instead of =: `%s`", shorten(sc.String(want), 80))
					})
				}
			}
		}
		if len(fixes) == 0 {
			break
		}
		for _, fx := range fixes {
			copy(fixed[fx.off:], fx.with)
		}
	}
	sc := diag.NewScrubber(sourceWords(fixed))
	found := make([]*diag.Finding, 0, len(makers))
	for _, mk := range makers {
		if f := mk(sc); f != nil {
			found = append(found, f)
		}
	}
	// The hint for curly quotes shows the line as it should be.
	for _, q := range quoteFinds {
		line := []byte(lineText(src, q.line))
		start := lineOffset(src, q.line)
		for _, fx := range quoteFixes {
			if fx.off >= start && fx.off < start+len(line) {
				copy(line[fx.off-start:], fx.with)
			}
		}
		// The repair padded each quote with spaces to keep its length.
		want := strings.TrimSpace(collapseQuotePadding(string(line), src[start:start+len(line)]))
		q.f.WithHint("Type straight quotes (\") in place of the curly ones: `%s`", shorten(sc.String(want), 80))
	}
	return found, fixed
}

// collapseQuotePadding removes the padding a quote repair added: the
// bytes of fixed that were part of a multi-byte quote in orig.
func collapseQuotePadding(fixed string, orig []byte) string {
	var b strings.Builder
	for i := 0; i < len(orig); {
		r, n := utf8.DecodeRune(orig[i:])
		if typographicQuotes[r] {
			b.WriteByte(fixed[i])
		} else {
			b.WriteString(fixed[i : i+n])
		}
		i += n
	}
	return b.String()
}

// spaceFinding reports an odd space: in the indentation, or between two
// tokens.
func spaceFinding(file string, src []byte, t lexTok, r rune, name msg.Text, sc diag.Scrubber) *diag.Finding {
	line := lineText(src, t.line)
	at := t.col - 1 // byte offset in the line
	before, after := line[:at], line[at:]
	after = strings.TrimLeftFunc(after[utf8.RuneLen(r):], isAnySpace)
	// The words around the space, without a person's or a non-public
	// entry's values (taken out before the words are cut).
	before, after = sc.String(before), sc.String(after)
	pos := Pos{File: file, Line: t.line, Col: t.col}
	next := firstWord(after)
	if strings.TrimFunc(before, isAnySpace) == "" {
		return diag.New("syntax", pos, "the indentation holds %s (%U), which CUE does not read as white space", name, r).
			WithHint("Delete the indentation before `%s` and indent with tabs (the Tab key).", next)
	}
	prev := lastWord(strings.TrimRightFunc(before, isAnySpace))
	if next == "" {
		return diag.New("syntax", pos, "%s (%U) after `%s`, which CUE does not read as white space", name, r, prev).
			WithHint("Delete the white space after `%s`.", prev)
	}
	return diag.New("syntax", pos, "%s (%U) between `%s` and `%s`, which CUE does not read as white space", name, r, prev, next).
		WithHint("Delete the space between `%s` and `%s` and type an ordinary space.", prev, next)
}

func isAnySpace(r rune) bool {
	_, odd := oddSpace(r)
	return odd || r == ' ' || r == '\t'
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, isAnySpace); i >= 0 {
		s = s[:i]
	}
	return shorten(s, 40)
}

func lastWord(s string) string {
	if i := strings.LastIndexFunc(s, isAnySpace); i >= 0 {
		s = s[i+utf8.RuneLen([]rune(s[i:])[0]):]
	}
	return shorten(s, 40)
}

// bindForColon reports whether the "=" at toks[i] stands where a field's
// colon belongs: after a label that starts a field, with the rest of the
// line a value (an alias, X=label: value, has its colon later on the
// line; let x = ... is no field).
func bindForColon(toks []lexTok, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	label := toks[i-1]
	if label.tok != token.IDENT && label.tok != token.STRING {
		return false
	}
	if !label.first && i >= 2 {
		switch toks[i-2].tok {
		case token.LBRACE, token.COMMA, token.COLON:
		default:
			return false
		}
	}
	if toks[i+1].line != toks[i].line {
		return false
	}
	depth := 0
	for _, t := range toks[i+1:] {
		if t.line != toks[i].line {
			break
		}
		switch t.tok {
		case token.LBRACE, token.LBRACK, token.LPAREN:
			depth++
		case token.RBRACE, token.RBRACK, token.RPAREN:
			depth--
		case token.COLON:
			if depth == 0 {
				return false
			}
		}
	}
	return true
}

// labelText is a label as a finding shows it: shortened, and "…" for a
// person's or a non-public entry's, or one that could be a name.
func labelText(t lexTok, sc diag.Scrubber) string {
	if name, _ := tokText(t); !safeLabel.MatchString(name) {
		return diag.Redacted
	}
	return shorten(sc.String(t.lit), 40)
}

// lineOffset returns the byte offset where line n (from 1) starts.
func lineOffset(src []byte, n int) int {
	off := 0
	for l := 1; l < n; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	return off
}

// lineText returns line n (from 1) without its line break.
func lineText(src []byte, n int) string {
	off := lineOffset(src, n)
	end := bytes.IndexByte(src[off:], '\n')
	if end < 0 {
		end = len(src) - off
	}
	return strings.TrimSuffix(string(src[off:off+end]), "\r")
}

// lineCol returns the line and byte column (from 1) of an offset.
func lineCol(src []byte, off int) (line, col int) {
	line = 1 + bytes.Count(src[:off], []byte{'\n'})
	return line, off - bytes.LastIndexByte(src[:off], '\n')
}

// indentWidth is the width of a line's indentation, a tab counting as
// four spaces (the editor may have indented pasted lines with spaces).
func indentWidth(line string) int {
	w := 0
	for _, r := range line {
		switch r {
		case '\t':
			w += 4
		case ' ':
			w++
		default:
			if _, odd := oddSpace(r); !odd {
				return w
			}
			w++
		}
	}
	return w
}

// unclosedBrace finds the { that a file leaves open, by the layout: the
// fields of a struct are indented deeper than the line that opens it, so
// the first line back at the opener's depth (or less) is where the
// missing } belonged. Without such a line, the innermost open { at the end
// of the file is the one.
func unclosedBrace(file string, src []byte) *diag.Finding {
	toks, unterminated := lexFile(src)
	if len(unterminated) > 0 {
		// A string left open swallows what follows, braces too: the
		// parser's error at the string says what to fix.
		return nil
	}
	type opener struct {
		t         lexTok
		label     string
		indent    int
		indented  bool // its fields are on lines indented deeper
		inline    bool // its fields start on its own line: {fi: ...
		seenBody  bool
		isBracket bool
	}
	// A label is named only when it is no person's and no non-public
	// entry's, and cannot be a name.
	sc := diag.NewScrubber(sourceWords(src))
	var stack []*opener
	report := func(o *opener, lastLine int, atEnd bool) *diag.Finding {
		pos := Pos{File: file, Line: o.t.line, Col: o.t.col}
		var f *diag.Finding
		if o.label != "" {
			f = diag.New("syntax", pos, "the { after %s is never closed", o.label)
		} else {
			f = diag.New("syntax", pos, "this { is never closed")
		}
		if atEnd {
			return f.WithHint("Add a } on a line of its own at the end of the file, after line %d.", lastLine)
		}
		if o.label != "" {
			return f.WithHint("Add a } after line %d, where %s ends.", lastLine, o.label)
		}
		return f.WithHint("Add a } after line %d.", lastLine)
	}
	lastLine := 0
	for i, t := range toks {
		if t.first && len(stack) > 0 {
			ind := indentWidth(lineText(src, t.line))
			closing := t.tok == token.RBRACE || t.tok == token.RBRACK
			top := stack[len(stack)-1]
			if !top.seenBody && !closing {
				top.seenBody = true
				top.indented = ind > top.indent
			}
			if !top.isBracket && (top.indented || top.inline) &&
				((closing && ind < top.indent) || (!closing && ind <= top.indent)) {
				return report(top, lastLine, false)
			}
		}
		switch t.tok {
		case token.LBRACE, token.LBRACK:
			o := &opener{t: t, indent: indentWidth(lineText(src, t.line)), isBracket: t.tok == token.LBRACK}
			if i >= 2 && toks[i-1].tok == token.COLON && (toks[i-2].tok == token.IDENT || toks[i-2].tok == token.STRING) {
				if name, _ := tokText(toks[i-2]); safeLabel.MatchString(name) && sc.String(name) == name {
					o.label = shorten(toks[i-2].lit, 40)
				}
			}
			if i+1 < len(toks) && toks[i+1].line == t.line && toks[i+1].tok != token.RBRACE {
				o.inline, o.seenBody = true, true
			}
			stack = append(stack, o)
		case token.RBRACE, token.RBRACK:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		lastLine = t.line + strings.Count(t.lit, "\n")
	}
	for j := len(stack) - 1; j >= 0; j-- {
		if !stack[j].isBracket {
			return report(stack[j], lastLine, true)
		}
	}
	return nil
}

// hasField reports whether the folder's entities have a field of the name
// (from the JSON names of the entity's Go type, which follow the schema).
func (f Folder) hasField(name string) bool {
	if f.newEntity == nil {
		return false
	}
	t := reflect.TypeOf(f.newEntity()).Elem()
	for i := range t.NumField() {
		if n, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); n == name && n != "-" {
			return true
		}
	}
	return false
}

// isCollection reports a name of the repository's top level: another
// collection written from a file is foreign-entity's, not outside-entity's.
func isCollection(name string) bool {
	if _, ok := folderOf(name); ok {
		return true
	}
	return contains(modelCollections, name) || name == requirementsField || name == coordinatorsField
}

// reportOutside says once that fields of the entity stand outside its
// braces: the README's example pasted after the file's last }.
func (r *fileResult) reportOutside(outside []*ast.Field, s source, folder Folder, keys []ownKey, end token.Pos) {
	if len(outside) == 0 {
		return
	}
	r.outside = map[string]bool{}
	var names msg.List
	for _, x := range outside {
		name, _ := labelName(x.Label)
		if !r.outside[name] {
			names = append(names, name)
		}
		r.outside[name] = true
	}
	entity := folder.Dir + ": { … }"
	if len(keys) > 0 {
		entity = fmt.Sprintf("%s: %q: { … }", folder.Dir, keys[0].key)
	}
	pos := toPos(outside[0].Label.Pos(), s.path)
	first, last := outside[0].Pos().Line(), outside[len(outside)-1].End().Line()
	var f *diag.Finding
	if len(names) == 1 {
		f = diag.New("outside-entity", pos, "the field %s is outside the braces of `%s`", names, entity)
	} else {
		f = diag.New("outside-entity", pos, "the fields %s are outside the braces of `%s`", names, entity)
	}
	switch {
	case end.IsValid() && first == last:
		f.WithHint("Put it inside the braces, before the last } (line %d): move line %d there.", end.Line(), first)
	case end.IsValid():
		f.WithHint("Put them inside the braces, before the last } (line %d): move lines %d–%d there.", end.Line(), first, last)
	default:
		f.WithHint("Put them inside the braces of `%s`, before its last }.", entity)
	}
	r.add(f)
}
