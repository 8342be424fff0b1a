package site

import (
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
)

// historyView is an entity's timeline of semantic changes from git.
type historyView struct {
	P           *page
	LastChanged string
	Entries     []historyEntry
}

// historyEntry is one commit's public changes to one subject: a summary
// line and the changes one by one, in the page's language.
type historyEntry struct {
	Date    string // in the page's language
	Commit  string
	Time    time.Time
	Subject string // "municipalities/091"
	Summary template.HTML
	Details []template.HTML
}

// history returns the timeline of a subject ("municipalities/091"), newest
// first, in the page's language.
func (p *page) history(subject string) *historyView {
	h := p.b.opts.History
	if h == nil {
		return nil
	}
	v := &historyView{P: p, Entries: p.commitEntries(h, subject)}
	if d := h.LastChanged(subject); d != "" {
		v.LastChanged = p.Date(d)
	}
	return v
}

// commitEntries groups a subject's changes by commit, newest first. A
// change that names what is non-public in the revision being built is
// left out, though it was public when it was made: the history never names
// a role, body, company or task that has since been made non-public.
func (p *page) commitEntries(h *gitrepo.History, subject string) []historyEntry {
	var current *model.Municipality
	name := model.Text{}
	if code, ok := strings.CutPrefix(subject, "municipalities/"); ok {
		current, _ = p.b.repo.Municipality(code)
		if m := p.b.pub[code]; m != nil {
			name = m.Name
		}
	}
	var out []historyEntry
	var group []semdiff.Change
	flush := func(e gitrepo.Entry) {
		if len(group) == 0 {
			return
		}
		n := name
		if n.IsZero() {
			n = group[0].Name
		}
		when := e.Time
		if when.IsZero() {
			when, _ = time.Parse(time.DateOnly, e.Date) // a history without times (older JSON)
		}
		he := historyEntry{Date: p.Date(e.Date), Commit: e.Commit, Time: when, Subject: subject,
			Summary: p.msgHTML(semdiff.Summary(n, group))}
		for _, c := range group {
			he.Details = append(he.Details, p.msgHTML(c.Public()))
		}
		out = append(out, he)
		group = nil
	}
	es := h.BySubject[subject]
	for i, e := range es {
		if semdiff.Visible(e.Change, current) {
			group = append(group, e.Change)
		}
		if i+1 == len(es) || es[i+1].Commit != e.Commit {
			flush(e)
		}
	}
	return out
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// msgHTML says a catalogue message in the page's language as HTML: the
// names it carries are escaped and, when shown in another language than
// the page's, marked with their lang; dates are in the page's format.
func (p *page) msgHTML(m msg.Message) template.HTML {
	l := msg.Lang(p.Lang)
	slots := make([]template.HTML, 0, len(m.Args))
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		var h template.HTML
		switch x := a.(type) {
		case semdiff.Named:
			h = p.Txt(x.Model())
		case semdiff.And:
			parts := make([]string, len(x))
			for j, y := range x {
				if ym, ok := y.(msg.Message); ok {
					parts[j] = string(p.msgHTML(ym))
				} else {
					parts[j] = template.HTMLEscapeString(y.Localize(l))
				}
			}
			h = template.HTML(joinAnd(parts, msg.T(l, "word.and")))
		case msg.Message:
			h = p.msgHTML(x)
		case string:
			if isoDate.MatchString(x) {
				h = plain(p.Date(x))
			} else {
				h = plain(x)
			}
		case msg.Localizer:
			h = plain(x.Localize(l))
		default:
			args[i] = a
			continue
		}
		args[i] = slot(len(slots))
		slots = append(slots, h)
	}
	s := template.HTMLEscapeString(msg.Sprintf(l, m.Format, args...))
	for i, h := range slots {
		s = strings.Replace(s, slot(i).String(), string(h), 1)
	}
	return template.HTML(s)
}

// slot stands for an argument while a message is formatted: characters of
// Unicode's private use area, which HTML escaping leaves as they are.
type slot int

func (s slot) Localize(msg.Lang) string { return s.String() }

func (s slot) String() string { return "\ue000" + strconv.Itoa(int(s)) + "\ue001" }

func joinAnd(parts []string, and string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + and + " " + parts[len(parts)-1]
}
