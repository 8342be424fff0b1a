package site

import (
	"bytes"
	"net/url"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Prose in the data comes from pull requests and is untrusted. It is
// rendered as CommonMark with goldmark's safe defaults: raw HTML is
// dropped (no html.WithUnsafe), and on top of that a transformer keeps
// only links to http, https and mailto addresses, turns images into their
// alternative text (an image would be a request to another host), and
// moves headings below the page's own.
type markdown struct {
	md    goldmark.Markdown
	mu    sync.Mutex
	cache map[string]string
}

func newMarkdown() *markdown {
	md := goldmark.New(goldmark.WithParserOptions(
		parser.WithASTTransformers(util.Prioritized(sanitizer{}, 1000)),
	))
	return &markdown{md: md, cache: map[string]string{}}
}

// render returns the HTML of a Markdown text. It is safe for concurrent
// use.
func (m *markdown) render(src string) string {
	m.mu.Lock()
	out, ok := m.cache[src]
	m.mu.Unlock()
	if ok {
		return out
	}
	var buf bytes.Buffer
	if err := m.md.Convert([]byte(src), &buf); err != nil {
		// goldmark fails only when the writer does; a bytes.Buffer does not.
		buf.Reset()
	}
	out = strings.TrimSpace(buf.String())
	m.mu.Lock()
	m.cache[src] = out
	m.mu.Unlock()
	return out
}

type sanitizer struct{}

func (sanitizer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var unwrap, drop []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			n.Level = min(n.Level+2, 6)
		case *ast.Link:
			if safeURL(string(n.Destination)) {
				n.Title = nil
				n.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
			} else {
				unwrap = append(unwrap, n)
			}
		case *ast.Image:
			unwrap = append(unwrap, n)
		case *ast.AutoLink:
			if safeURL(string(n.URL(reader.Source()))) {
				n.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
			} else {
				drop = append(drop, n)
			}
		}
		return ast.WalkContinue, nil
	})
	// Innermost first, so a link inside an image (or the reverse) unwraps
	// cleanly.
	for i := len(unwrap) - 1; i >= 0; i-- {
		n := unwrap[i]
		parent := n.Parent()
		if parent == nil {
			continue
		}
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, n, c)
			c = next
		}
		parent.RemoveChild(parent, n)
	}
	for _, n := range drop {
		a := n.(*ast.AutoLink)
		if parent := n.Parent(); parent != nil {
			parent.ReplaceChild(parent, n, ast.NewString(a.Label(reader.Source())))
		}
	}
}

// safeURL accepts absolute http and https addresses with a host, and
// mailto addresses; everything else (javascript:, data:, vbscript:, file:,
// relative and scheme-relative links) is refused.
func safeURL(raw string) bool {
	s := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1 // browsers ignore these inside a scheme
		}
		return r
	}, raw)
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != "" && u.User == nil
	case "mailto":
		return u.Opaque != ""
	}
	return false
}
