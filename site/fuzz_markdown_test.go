package site

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzMarkdown renders untrusted Markdown as the site does: nothing
// executable may come out, whatever the input.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"plain *text* with [a link](https://example.org)",
		"<script>alert(1)</script>",
		"[x](javascript:alert(1))",
		"[x](JaVaScRiPt:alert(1))",
		"[x](  javascript:alert(1))",
		"[x](java&#x73;cript:alert(1))",
		"[x](data:text/html;base64,PHNjcmlwdD4=)",
		"[x](vbscript:msgbox)",
		"![img](https://example.org/x.png)",
		"<img src=x onerror=alert(1)>",
		"<svg onload=alert(1)>",
		"<a href=\"javascript:alert(1)\">x</a>",
		"[x]: javascript:alert(1)\n\n[y][x]",
		"<https://example.org>",
		"<javascript:alert(1)>",
		"```html\n<script>x</script>\n```",
		"&lt;script&gt; &#60;script&#62; &amp",
		"<style>body{background:url(javascript:x)}</style>",
		"# heading\n\n> quote <b onmouseover=x>",
	} {
		f.Add(s)
	}
	md := newMarkdown()
	f.Fuzz(func(t *testing.T, src string) {
		out := md.render(src)
		if err := inert(out); err != nil {
			t.Fatalf("%v, from %q:\n%s", err, src, out)
		}
	})
}

// allowedTags are the elements the renderer writes for Markdown.
var allowedTags = map[string]bool{
	"p": true, "a": true, "em": true, "strong": true, "code": true, "pre": true, "ul": true, "ol": true,
	"li": true, "blockquote": true, "h3": true, "h4": true, "h5": true, "h6": true, "br": true, "hr": true,
	"del": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

// inert parses rendered HTML as a browser would and reports anything that
// could run: an element outside the Markdown set, an event attribute, a
// link whose scheme is not http, https or mailto.
func inert(out string) error {
	z := html.NewTokenizer(strings.NewReader(out))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				return fmt.Errorf("element <%s>", tok.Data)
			}
			for _, a := range tok.Attr {
				key := strings.ToLower(a.Key)
				switch {
				case strings.HasPrefix(key, "on"), key == "style", key == "src", key == "srcset":
					return fmt.Errorf("attribute %s on <%s>", a.Key, tok.Data)
				case key == "href":
					u := strings.ToLower(strings.TrimSpace(a.Val))
					if i := strings.IndexAny(u, ":/?#"); i >= 0 && u[i] == ':' {
						if scheme := u[:i]; scheme != "http" && scheme != "https" && scheme != "mailto" {
							return fmt.Errorf("link with scheme %q", scheme)
						}
					}
				}
			}
		}
	}
}
