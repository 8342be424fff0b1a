package validate

import (
	"regexp"
	"strings"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
)

// checkContacts holds the addresses and GitHub names in the files to what
// an officer must replace or may not use: the README's placeholders, a
// person's address as a role's mailbox, and teams GitHub would ignore.
func checkContacts(c *checker) {
	org := c.org()
	for _, m := range c.repo.Municipalities() {
		for _, e := range m.Roles {
			r := e.Value
			pos := pick(r.MailboxPos, e.Pos)
			if r.Mailbox == "" {
				continue
			}
			// A non-public role is named by its kind only, and its mailbox
			// is not repeated.
			hidden := r.Visibility == model.NonPublic
			if host, ok := placeholderAddress(r.Mailbox); ok {
				if hidden {
					c.report(diag.New("placeholder", pos, "the mailbox of a non-public role is at %s, a made-up example domain", host).
						WithHint("Replace it with the role's own shared mailbox at your municipality's domain."))
					continue
				}
				c.report(diag.New("placeholder", pos, "the mailbox of role %q is at %s, a made-up example domain", e.Key, host).
					WithHint("Replace %q with the role's own shared mailbox at your municipality's domain.", r.Mailbox))
				continue
			}
			if domain, ok := personalAddress(r.Mailbox); ok {
				// The address is not repeated: it is a person's.
				if hidden {
					c.report(diag.New("mailbox-personal", pos, "the mailbox of a non-public role looks like a person's address (first.last@%s)", domain).
						WithHint("Use the role's shared mailbox: it stays when the person changes."))
					continue
				}
				c.report(diag.New("mailbox-personal", pos, "the mailbox of role %q looks like a person's address (first.last@%s)", e.Key, domain).
					WithHint("Use the role's shared mailbox, such as %s@%s: it stays when the person changes.", sharedMailbox(m, e.Key), domain))
			}
		}
		for _, e := range m.RACI {
			c.placeholderText(e.Value.Note, e.Pos, "raci."+e.Key+".note")
		}
		c.maintainers(m.Maintainers, m.MaintainersPos, m.Pos, org)
	}
	for _, a := range c.repo.Actors() {
		if host, ok := placeholderURL(a.URL); ok {
			c.report(diag.New("placeholder", a.Pos, "url %q is at %s, a made-up example domain", a.URL, host).
				WithHint("Replace it with the actor's own web address."))
		}
		c.maintainers(a.Maintainers, a.MaintainersPos, a.Pos, org)
	}
	for _, t := range c.repo.Tasks() {
		c.maintainers(t.Maintainers, t.MaintainersPos, t.Pos, org)
	}
	for _, co := range c.repo.Counties() {
		c.maintainers(co.Maintainers, co.MaintainersPos, co.Pos, org)
	}
}

// org is the GitHub organisation whose teams may own files: the option,
// else the organisation of the national coordinators' team.
func (c *checker) org() string {
	if c.opts.Org != "" {
		return c.opts.Org
	}
	for _, co := range c.repo.Coordinators() {
		if o, _, isTeam := strings.Cut(strings.TrimPrefix(co, "@"), "/"); isTeam {
			return o
		}
	}
	return ""
}

// maintainers reports placeholders and teams of another organisation.
func (c *checker) maintainers(ms []string, at []model.Pos, fallback model.Pos, org string) {
	for i, h := range ms {
		pos := fallback
		if i < len(at) && at[i].IsValid() {
			pos = at[i]
		}
		if placeholderHandle(h) {
			c.report(diag.New("placeholder", pos, "maintainer %q is the example's placeholder, not a GitHub user", h).
				WithHint("Replace %s with your own GitHub user name, written @name (as in your GitHub profile's address, github.com/name).", h))
			continue
		}
		o, _, isTeam := strings.Cut(strings.TrimPrefix(h, "@"), "/")
		if isTeam && org != "" && !strings.EqualFold(o, org) {
			c.report(diag.New("maintainer-org", pos, "maintainer %q is a team of the organisation %q; GitHub accepts only teams of %q in CODEOWNERS and ignores this one", h, o, org).
				WithHint("Name a team of %s (@%s/<team>), or GitHub users (@name).", org, org))
		}
	}
}

// placeholderText reports a text that holds an address or link at an
// example domain.
func (c *checker) placeholderText(t model.Text, pos model.Pos, field string) {
	for _, s := range []string{t.FI, t.SV, t.EN} {
		if host, ok := placeholderIn(s); ok {
			c.report(diag.New("placeholder", pos, "%s has an address at %s, a made-up example domain", field, host).
				WithHint("Replace the address at %s with the real one.", host))
			return
		}
	}
}

// exampleDomains are the made-up domains of the README and of RFC 2606 and
// 6761; exampleTLDs the reserved top-level names.
var (
	exampleDomains = []string{"example.fi", "example.com", "example.org", "example.net"}
	exampleTLDs    = []string{"example", "test", "invalid", "localhost"}
)

// exampleHost reports a host name at an example domain.
func exampleHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range exampleDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	for _, t := range exampleTLDs {
		if host == t || strings.HasSuffix(host, "."+t) {
			return true
		}
	}
	return false
}

func placeholderAddress(addr string) (string, bool) {
	_, host, ok := strings.Cut(addr, "@")
	if ok && exampleHost(host) {
		return strings.ToLower(host), true
	}
	return "", false
}

var urlHost = regexp.MustCompile(`(?i)\bhttps?://([^/\s:?#<>"')\]]+)`)
var mailHost = regexp.MustCompile(`[^\s@<>()"'\[\]:]+@([A-Za-z0-9.-]+[A-Za-z0-9])`)

func placeholderURL(u string) (string, bool) {
	if m := urlHost.FindStringSubmatch(u); m != nil && exampleHost(m[1]) {
		return strings.ToLower(m[1]), true
	}
	return "", false
}

// placeholderIn finds a link or an e-mail address at an example domain in
// a text.
func placeholderIn(s string) (string, bool) {
	for _, re := range []*regexp.Regexp{urlHost, mailHost} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			if exampleHost(m[1]) {
				return strings.ToLower(m[1]), true
			}
		}
	}
	return "", false
}

// placeholderHandle reports the GitHub names of the README's example and
// of the hints: @your-github-name, @user, @org/team and the like.
func placeholderHandle(h string) bool {
	h = strings.ToLower(h)
	if strings.HasPrefix(h, "@your-") || strings.Contains(h, "/your-") {
		return true
	}
	switch h {
	case "@user", "@username", "@name", "@github-name", "@org/team", "@organisation/team", "@organization/team":
		return true
	}
	return false
}

// nameLike is a part of a person's address: letters, perhaps a hyphen
// (anna-maija).
var nameLike = regexp.MustCompile(`^\p{L}{2,}(-\p{L}{2,})?$`)

// functionWords are parts of shared mailboxes that are no one's name.
var functionWords = []string{"tietosuoja", "tietoturva", "kirjaamo", "registrator", "registratur",
	"dataskydd", "informationssakerhet", "informationssäkerhet", "sakerhet", "säkerhet",
	"turvallisuus", "varautuminen", "valmius", "beredskap", "security", "privacy", "protection",
	"helpdesk", "support", "palvelu", "service", "kunta", "kommun", "kaupunki", "stad",
	"hallinto", "forvaltning", "förvaltning", "toimisto", "kansli", "noreply", "postmaster",
	"webmaster", "admin", "digi", "kyber", "cyber", "riski", "risk", "tuki", "info", "posti"}

// personalAddress reports an address of the form first.last@domain and
// returns its domain.
func personalAddress(addr string) (string, bool) {
	local, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return "", false
	}
	first, last, ok := strings.Cut(strings.ToLower(local), ".")
	if !ok || !nameLike.MatchString(first) || !nameLike.MatchString(last) {
		return "", false
	}
	for _, part := range []string{first, last} {
		for _, w := range functionWords {
			if strings.Contains(part, w) {
				return "", false
			}
		}
	}
	return domain, true
}

// sharedMailbox suggests the first part of a role's shared mailbox.
func sharedMailbox(m *model.Municipality, role string) string {
	fi := map[string]string{
		"data-protection-officer":      "tietosuoja",
		"information-security-officer": "tietoturva",
		"preparedness-officer":         "varautuminen",
	}
	sv := map[string]string{
		"data-protection-officer":      "dataskydd",
		"information-security-officer": "informationssakerhet",
		"preparedness-officer":         "beredskap",
	}
	names := fi
	if swedishSpeaking(m) {
		names = sv
	}
	if n, ok := names[role]; ok {
		return n
	}
	return role
}
