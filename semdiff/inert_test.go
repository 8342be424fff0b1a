package semdiff_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/internal/ghmarkdown"
	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
)

// hostileValue is what a pull request's author might write into any text
// of a file, to make the comment ping people, link elsewhere, render math
// or show other than it reads. Every part of it is something GitHub acts
// on after rendering, where an HTML entity is only a character.
const hostileValue = "@everyone @org/team #1 GH-2 gh-3 o/r#4 deadbeefcafe 1234567 www.e.example HTTP://e.example/x " +
	"e.example mailto:m@e.example xmpp:x@e.example $x^2$ $$y$$ $`z`$ <b>b</b> &#64;u [l](https://e.example) " +
	"![i](https://e.example/i.png) `c` *e* _u_ ~~s~~ |c| \u202egnp.exe\u2066 \x01\x07\x1b[31m\u0085\u200e\u061c\ttab"

// hostileLines is hostileValue with line breaks, which a file's value may
// not have (the schema refuses it) but a finding's message may quote.
const hostileLines = hostileValue + " line\u2028break\u2029para\r\nnewline\n"

// cueString writes s as a CUE string literal.
func cueString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0x061c || (r >= 0x200e && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// hostileComment makes a comment in which the hostile value is in every
// place a comment prints data: the municipality's name (headings, and the
// list of municipalities a model change affects), role titles, bodies,
// companies, action-plan tasks, an area of the national model, the
// maintainers, and a finding's message, hint and file.
func hostileComment(t *testing.T, langs []msg.Lang) (comment, markdown string) {
	t.Helper()
	h := cueString(hostileValue)
	file := exampleFile(t)
	file = edit(t, file, `name: {fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton"}`, `name: {fi: `+h+`, sv: `+h+`, en: `+h+`}`)
	file = edit(t, file, `{fi: "Tietosuojavastaava", sv: "Dataskyddsombud", en: "Data protection officer"}`, `{fi: `+h+`, sv: `+h+`, en: `+h+`}`)
	file = edit(t, file, `"Kunnanhallitus"`, h)
	file = edit(t, file, `"Seudun ICT Oy"`, h)
	file = edit(t, file, `"Jatkuvuusharjoitus energiayhtiön kanssa"`, h)
	file = edit(t, file, `maintainers: ["@govmap/esimerkkila-digiturva"]`, `maintainers: ["@govmap/esimerkkila-digiturva", "@everyone", "@some-user"]`)
	s, err := small()
	if err != nil {
		t.Fatal(err)
	}
	areas := edit(t, string(s.fs["model/areas.cue"].Data),
		`fi: "Kuntien ja hyvinvointialueiden digitaalisen turvallisuuden hallintamallit"`, `fi: `+h)
	base, bf := loadFiles(t, nil)
	head, hf := loadFiles(t, map[string]string{testrepo.SyntheticFile: file, "model/areas.cue": areas})
	hostileFinding := diag.New("unknown-party", diag.Pos{File: "municipalities/999-" + hostileLines + ".cue", Line: 3, Col: 4},
		"%s names %q, which is not %s of the model", hostileLines, hostileLines, msg.Text{FI: hostileLines}).
		WithHint("Write %s", hostileLines)
	hf = append(hf, hostileFinding)
	r := semdiff.Compare(base, head, bf, hf)
	var c, m bytes.Buffer
	if err := semdiff.Comment(&c, hf, r, langs); err != nil {
		t.Fatal(err)
	}
	if err := semdiff.Markdown(&m, r, langs...); err != nil {
		t.Fatal(err)
	}
	return c.String(), m.String()
}

// TestCommentInert: a comment full of hostile values renders, as GitHub
// renders it, to no link, image, tag, mention, reference, autolink, math or
// control character of the data's making; and the values are there, shown
// (not dropped).
func TestCommentInert(t *testing.T) {
	for _, langs := range [][]msg.Lang{{msg.FI}, {msg.SV, msg.FI}, msg.Langs} {
		comment, markdown := hostileComment(t, langs)
		for name, out := range map[string]string{"comment": comment, "markdown": markdown} {
			for _, p := range ghmarkdown.Live(out) {
				t.Errorf("%v %s: %s", langs, name, p)
			}
			if !utf8.ValidString(out) {
				t.Errorf("%v %s: not UTF-8", langs, name)
			}
		}
		html := ghmarkdown.Render(comment)
		// The values are shown: the role, the body, the company and the
		// task (each a change), the maintainers, the area, the finding.
		for _, want := range []string{"everyone", "org/team", "e‍.example", "gnp", "#‍64;u", "&lt;b&gt;b&lt;/b&gt;", "some-user", "digiturva"} {
			if !strings.Contains(html, want) {
				t.Errorf("%v: the comment lacks %q:\n%s", langs, want, html)
			}
		}
		// The maintainers are shown, and ping no one.
		for _, l := range langs {
			want := msg.Sprintf(l, "Maintainers: %s.", "@\u200dgovmap/esimerkkila-digiturva, @\u200deveryone, @\u200dsome-user")
			if !strings.Contains(comment, want) {
				t.Errorf("%v: the comment lacks the maintainers line %q", langs, want)
			}
		}
	}
}

// TestEscapeMarkdownInert: each hostile value, alone, in a list item, a
// table cell and bold text, renders to plain text on GitHub.
func TestEscapeMarkdownInert(t *testing.T) {
	values := append(strings.Fields(hostileValue), hostileValue, hostileLines,
		"@x", "x@y.fi", "@org/team", "#12", "GH-12", "o/r#12", "o/r@abcdef0", "abcdef0", "ABCDEF0123", "0123456789",
		"www.x", "WWW.x.fi", "x.fi", "sub.x.fi/path", "http://x", "https:x", "ftp://x", "mailto:a@b.fi", "a@b.fi",
		"$x$", "$$x$$", "$`x`$", "```math\nx\n```", "\\$x\\$", "<span>$</span>", "&#36;x&#36;",
		"&#64;x", "&commat;x", "&#x40;x", "&#35;1", "<a href=x>l</a>", "<img src=x>", "<!-- c -->",
		"[l](x)", "[l][r]\n\n[r]: https://x", "<https://x>", "![i](x)", "**b**", "| a | b |", "- item", "1. item", "> q", "# h",
		"\u202eabc\u202c", "a\u2066b\u2069c", "a\u200fb", "\x00\x1f\x7f\u0080\u009f", "a\u2028b", "a\r\nb",
		"\xff\xfe invalid UTF-8")
	for _, v := range values {
		e := semdiff.EscapeMarkdown(v)
		for _, md := range []string{e, "- " + e + "\n", "| a | b |\n|---|---|\n| " + e + " | x |\n", "**" + e + "** (x)"} {
			for _, p := range ghmarkdown.Live(md) {
				t.Errorf("%q as %q: %s", v, md, p)
			}
		}
		if strings.Contains(e, "\n") || !utf8.ValidString(e) {
			t.Errorf("%q escaped to %q: not one line of UTF-8", v, e)
		}
		// The table keeps its two cells.
		html := ghmarkdown.Render("| a | b |\n|---|---|\n| " + e + " | x |\n")
		if n := strings.Count(html, "<td"); n != 2 {
			t.Errorf("%q made %d table cells:\n%s", v, n, html)
		}
	}
}

// TestCodeSpan: a file path in a code span shows as written (controls and
// bidi characters out, line breaks as spaces), whatever backquotes,
// spaces or pipes it holds, in a table cell too, and makes nothing live.
func TestCodeSpan(t *testing.T) {
	for v, want := range map[string]string{
		"municipalities/091-helsinki.cue:3:4": "municipalities/091-helsinki.cue:3:4",
		"a`b":                                 "a`b",
		"`a``b```":                            "`a``b```",
		" a ":                                 " a ",
		"a|b||c":                              "a|b||c",
		"@x #1 www.x.fi $x$ <b>":              "@x #1 www.x.fi $x$ <b>",
		"a\u202eb\u2066c\x00d\r\ne":           "abcd  e",
		"\\|":                                 "\\|",
	} {
		for _, inTable := range []bool{false, true} {
			span := semdiff.CodeSpan(v, inTable)
			md := span + "\n"
			if inTable {
				md = "| a | b |\n|---|---|\n| " + span + " | x |\n"
			}
			for _, p := range ghmarkdown.Live(md) {
				t.Errorf("%q (table %v) as %q: %s", v, inTable, span, p)
			}
			html := ghmarkdown.Render(md)
			got, ok := codeText(html)
			if !ok || got != want {
				t.Errorf("%q (table %v) as %q shows %q, want %q:\n%s", v, inTable, span, got, want, html)
			}
			if inTable && strings.Count(html, "<td") != 2 {
				t.Errorf("%q made another table cell:\n%s", v, html)
			}
		}
	}
	if s := semdiff.CodeSpan("\u202e \n", true); s != "" {
		t.Errorf("nothing visible: %q, want no span", s)
	}
}

// codeText returns the text of the first <code> element, entities decoded.
func codeText(html string) (string, bool) {
	_, rest, ok := strings.Cut(html, "<code>")
	if !ok {
		return "", false
	}
	code, _, ok := strings.Cut(rest, "</code>")
	r := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&amp;", "&")
	return r.Replace(code), ok
}
