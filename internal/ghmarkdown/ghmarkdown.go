// Package ghmarkdown checks, for tests, that Markdown meant for GitHub
// (a pull-request comment, an issue, a step summary) carries nothing live
// from its data: it renders the Markdown as GitHub does (CommonMark with
// the GFM extensions, autolinks included: goldmark's extension.GFM), then
// looks at the HTML as GitHub's later filters do. Those run on the
// rendered text, after entities are decoded, so "&#64;user" would still
// ping: a mention, an issue or commit reference, an address or a domain
// found in a text node is live, and so is a dollar sign that could start
// math.
package ghmarkdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
	xhtml "golang.org/x/net/html"
)

var md = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	// GitHub keeps a safe subset of raw HTML; keeping all of it here shows
	// every tag the Markdown makes, which the check then judges.
	goldmark.WithRendererOptions(html.WithUnsafe()),
)

// Render returns the HTML of Markdown, as goldmark with GFM renders it.
func Render(markdown string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(markdown), &b); err != nil {
		return "<!-- " + err.Error() + " -->"
	}
	return b.String()
}

// formatting is the markup the formatters themselves write.
var formatting = map[string]bool{
	"html": true, "head": true, "body": true,
	"p": true, "strong": true, "em": true, "code": true, "br": true,
	"h2": true, "h3": true, "h4": true, "ul": true, "li": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

// live lists what GitHub links or renders in a text node, by what it is.
var live = []struct {
	what string
	re   *regexp.Regexp
}{
	// Mentions of users and teams (@name, @org/team), and addresses
	// (name@example.org).
	{"a mention or an address", regexp.MustCompile(`@[\p{L}\p{N}_]`)},
	// Issue and pull-request references: #12, owner/repo#12, GH-12.
	{"an issue reference", regexp.MustCompile(`(?i)#[0-9]|\bgh-[0-9]`)},
	// Commit references: 7 to 40 hexadecimal digits (GitHub links those
	// of a commit of the repository).
	{"a commit reference", regexp.MustCompile(`[0-9a-fA-F]{7,}`)},
	// Autolinks: www., a URL scheme, a bare domain.
	{"an autolink", regexp.MustCompile(`(?i)\bwww\.|\b(https?|ftp)\s*:\s*/|\b(mailto|xmpp)\s*:|[\p{L}\p{N}_-]\.[\p{L}\p{N}_-]`)},
	// Math: $…$, $$…$$, $`…`$.
	{"a dollar sign (math)", regexp.MustCompile(`\$`)},
	// Controls and bidirectional formatting: text that shows other than
	// it reads (a right-to-left override), or breaks lines.
	{"a control or bidi character", regexp.MustCompile(`[\x00-\x08\x0b-\x1f\x7f-\x9f\x{061c}\x{200e}\x{200f}\x{2028}\x{2029}\x{202a}-\x{202e}\x{2066}-\x{2069}]`)},
}

// Live renders the Markdown and lists everything in it that GitHub would
// make live: a link other than those allowed (exact href), an image, an
// element the formatters do not write (raw HTML from the data), and,
// outside code spans, a mention, a reference, an autolink, math, or a
// control or bidi character. A dollar sign is inert alone in a <span>
// (GitHub's documented way to write one beside math).
func Live(markdown string, allowedLinks ...string) []string {
	doc, err := xhtml.Parse(strings.NewReader(Render(markdown)))
	if err != nil {
		return []string{"unparsable HTML: " + err.Error()}
	}
	var out []string
	var walk func(n *xhtml.Node, inCode bool)
	walk = func(n *xhtml.Node, inCode bool) {
		switch n.Type {
		case xhtml.ElementNode:
			switch {
			case n.Data == "a":
				href := attr(n, "href")
				if !slices.Contains(allowedLinks, href) {
					out = append(out, fmt.Sprintf("a link to %q (%q)", href, text(n)))
				}
			case n.Data == "span":
				if t := text(n); t != "$" || n.FirstChild == nil || n.FirstChild != n.LastChild || len(n.Attr) > 0 {
					out = append(out, fmt.Sprintf("a <span> holding %q", t))
				}
				return
			case n.Data == "code":
				inCode = true
			case !formatting[n.Data]:
				out = append(out, fmt.Sprintf("a <%s> element (%q)", n.Data, text(n)))
			}
		case xhtml.TextNode:
			for _, l := range live {
				if inCode && !strings.HasPrefix(l.what, "a control") {
					continue
				}
				if loc := l.re.FindStringIndex(n.Data); loc != nil {
					out = append(out, fmt.Sprintf("%s: %q in %q", l.what, n.Data[loc[0]:loc[1]], n.Data))
				}
			}
		case xhtml.CommentNode:
			out = append(out, fmt.Sprintf("an HTML comment %q", n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inCode)
		}
	}
	walk(doc, false)
	return out
}

func attr(n *xhtml.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func text(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
