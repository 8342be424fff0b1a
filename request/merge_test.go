package request

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

var update = flag.Bool("update", false, "rewrite the want sections of request/testdata")

// A case is a txtar-like archive: a comment, then "-- current.cue --"
// (the municipality's file), "-- request.md --" (the issue body), and
// either "-- want.cue --" (the merged file) or "-- error --" (one line per
// finding: "FILE:LINE:COL RULE").
type testCase struct {
	comment string
	files   map[string]string
	order   []string
}

func readCase(t *testing.T, path string) testCase {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := testCase{files: map[string]string{}}
	name := ""
	var cur strings.Builder
	flush := func() {
		if name == "" {
			c.comment = cur.String()
		} else {
			c.files[name] = cur.String()
			c.order = append(c.order, name)
		}
		cur.Reset()
	}
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if n, ok := strings.CutPrefix(strings.TrimRight(line, "\n"), "-- "); ok && strings.HasSuffix(n, " --") {
			flush()
			name = strings.TrimSuffix(n, " --")
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return c
}

func (c testCase) write(path string) error {
	var b strings.Builder
	b.WriteString(c.comment)
	for _, n := range c.order {
		fmt.Fprintf(&b, "-- %s --\n%s", n, c.files[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// TestMergeGolden runs every case of testdata/*.txtar.
func TestMergeGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) < 10 {
		t.Fatalf("want the cases in testdata/*.txtar, found %d (%v)", len(paths), err)
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			c := readCase(t, p)
			cur, req := c.files["current.cue"], c.files["request.md"]
			if cur == "" || req == "" {
				t.Fatal("want current.cue and request.md")
			}
			// The body may be written with CRLF line endings: a case says
			// so with "crlf" in its comment.
			if strings.Contains(c.comment, "crlf") {
				req = strings.ReplaceAll(req, "\n", "\r\n")
			}
			out, err := Merge([]byte(cur), "municipalities/999-testila.cue", []byte(req))
			got, key := "", "want.cue"
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error is not a *request.Error: %v", err)
				}
				key = "error"
				for _, f := range e.Findings {
					got += fmt.Sprintf("%s %s\n", f.Pos, f.Rule)
					// Every finding reads in each language.
					for _, l := range []msg.Lang{msg.FI, msg.SV, msg.EN} {
						if m, _ := f.In(l); m == "" || strings.Contains(m, "%!") {
							t.Errorf("%s: message in %s is %q", f.Pos, l, m)
						}
					}
				}
			} else {
				got = string(out)
				// The result is in the canonical layout.
				if again, err := model.Format("x.cue", out, ""); err != nil || !bytes.Equal(again, out) {
					t.Errorf("the merged file is not in the canonical layout (%v)", err)
				}
			}
			if *update {
				delete(c.files, "want.cue")
				delete(c.files, "error")
				var order []string
				for _, n := range c.order {
					if n != "want.cue" && n != "error" {
						order = append(order, n)
					}
				}
				c.order = append(order, key)
				c.files[key] = got
				if err := c.write(p); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := c.files[key]
			if !ok {
				t.Fatalf("got %s, but the case has no %s section:\n%s", key, key, got)
			}
			if got != want {
				t.Errorf("%s differs.\ngot:\n%s\nwant:\n%s", key, got, want)
			}
		})
	}
}
