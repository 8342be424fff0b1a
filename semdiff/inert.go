package semdiff

import (
	"strings"
	"unicode"
)

// What reaches GitHub Markdown from the data (names, titles, maintainers,
// finding messages, file paths) must reach it inert. Escaping the Markdown
// syntax and the HTML is not enough: GitHub links mentions (@name,
// @org/team), issue references (#12, GH-12, owner/repo#12), commit hashes,
// addresses and URLs after rendering, in the text, where an HTML entity
// such as "&#64;" is an "@" again; and it renders math between dollar
// signs. So, on top of the escapes, each such character gets a zero-width
// joiner (U+200D, invisible) where it breaks the pattern GitHub looks for,
// and characters that make text show other than it reads (controls,
// bidirectional overrides) are taken out.
//
// Prose (names, messages) is escaped so; file paths and ids are put in
// code spans instead, where GitHub links and renders nothing and a reader
// can copy them as they are.

// zwj is the zero-width joiner: invisible, and no part of a name, a number
// or a domain to GitHub's linkers.
const zwj = "\u200d"

// dropped reports whether a character is taken out of text: C0 and C1
// controls (line breaks and tabs become spaces instead) and the
// bidirectional marks, embeddings, overrides and isolates, with which
// "exe.txt" can show as "txt.exe".
func dropped(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f: // ALM, LRM, RLM
		return true
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

// clean makes text one line of visible characters: tabs and line breaks
// (CR, LF, U+2028, U+2029) become spaces, and what dropped says goes.
// Invalid UTF-8 becomes U+FFFD.
func clean(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			out = append(out, ' ')
		case !dropped(r):
			out = append(out, r)
		}
	}
	return out
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// domainLabel reports whether r can follow a dot in a domain name.
func domainLabel(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'
}

// EscapeMarkdown makes untrusted text inert in GitHub Markdown: shown as
// written, on one line, making nothing of its own.
//
//   - HTML: & < > " become entities: no tag, no entity of the text's own.
//   - Markdown: \ ` * _ { } [ ] ( ) + ! | ~ are backslash-escaped: no
//     emphasis, code, link, image or table cell.
//   - Mentions and references: a zero-width joiner follows every @ and #
//     (which is also escaped) and the hyphen of GH-, so no @name,
//     @org/team, name@example.org, #12, owner/repo#12 or GH-12 remains.
//   - Links: a zero-width joiner goes before every dot that a domain
//     label follows (www.example.org, example.org, an address's domain)
//     and before every colon that is not followed by a space (https:,
//     mailto:), so GitHub's autolinks find no domain or scheme.
//   - Commit hashes: a zero-width joiner splits every run of hexadecimal
//     digits after six, so no 7 to 40 of them stand together.
//   - Math: a dollar sign becomes <span>$</span>, GitHub's documented
//     way to write one that does not open or close math.
//   - Controls and bidirectional formatting characters are taken out;
//     tabs and line breaks become spaces, and spaces at either end go.
//   - A leading "-" or "1." is escaped: after the formatter's "- " it
//     would start a list of its own.
func EscapeMarkdown(s string) string {
	rs := []rune(strings.TrimSpace(string(clean(s))))
	// What starts a line may start a block: a list item ("- x", "1. x")
	// after the formatter's own "- " makes a list inside it.
	lead := 0
	for lead < len(rs) && rs[lead] >= '0' && rs[lead] <= '9' {
		lead++
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	hex := 0 // hexadecimal digits written in a row
	for i, r := range rs {
		var next rune = -1
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if isHex(r) {
			if hex == 6 {
				b.WriteString(zwj)
				hex = 0
			}
			hex++
			b.WriteRune(r)
			continue
		}
		hex = 0
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '@':
			b.WriteString("@" + zwj)
		case '#':
			b.WriteString(`\#` + zwj)
		case '$':
			b.WriteString("<span>$</span>")
		case '-':
			if i == 0 {
				b.WriteByte('\\')
			}
			b.WriteByte('-')
			if i >= 2 && unicode.ToLower(rs[i-2]) == 'g' && unicode.ToLower(rs[i-1]) == 'h' {
				b.WriteString(zwj)
			}
		case '.':
			switch {
			case i == lead && i > 0:
				b.WriteByte('\\')
			case next >= 0 && domainLabel(next):
				b.WriteString(zwj)
			}
			b.WriteByte('.')
		case ':':
			if next >= 0 && next != ' ' {
				b.WriteString(zwj)
			}
			b.WriteByte(':')
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '+', '!', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CodeSpan puts untrusted text (a file path, an id) in a Markdown code
// span: shown as written in monospace, copyable, and GitHub makes nothing
// of what is inside (no mention, reference, link or math). The fence is
// longer than any run of backquotes in the text; controls and bidi
// characters are taken out and line breaks become spaces, as in
// EscapeMarkdown. In a table cell (inTable) a | is escaped, or it would
// end the cell even inside the span. Empty text is no span.
func CodeSpan(s string, inTable bool) string {
	c := string(clean(s))
	if strings.TrimSpace(c) == "" {
		return ""
	}
	run, longest := 0, 0
	for _, r := range c {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	// A span whose text begins and ends with a space loses one of each;
	// one that begins or ends with a backquote needs a space to part it
	// from the fence.
	if strings.HasPrefix(c, "`") || strings.HasSuffix(c, "`") || (strings.HasPrefix(c, " ") && strings.HasSuffix(c, " ")) {
		c = " " + c + " "
	}
	if inTable {
		c = strings.ReplaceAll(c, "|", `\|`)
	}
	return fence + c + fence
}
