package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// ConfigFile is the optional file, at the repository's root, that says who
// keeps the published site. Build and serve flags override it.
const ConfigFile = "site.json"

// Keeper says who keeps the published site and how to reach them. Every
// field is optional: with no owner the pages say the site is kept by the
// maintainers of the repository, and never name an organisation.
type Keeper struct {
	// Owner is the organisation that keeps the site (the controller of
	// the privacy notice and the publisher of the open data).
	Owner string `json:"owner,omitempty"`
	// OwnerURL is the owner's web address.
	OwnerURL string `json:"ownerUrl,omitempty"`
	// Contact is an e-mail address or a web address for questions.
	Contact string `json:"contact,omitempty"`
	// Feedback is where accessibility feedback goes: an e-mail address or
	// a web address; empty means the repository's issues page.
	Feedback string `json:"feedback,omitempty"`
	// Repository is the web address of the source repository; empty
	// means https://github.com/ and Options.Repo.
	Repository string `json:"repository,omitempty"`
	// StatementDate is the day (YYYY-MM-DD) the accessibility statement
	// was drawn up or last reviewed; empty means the build's day.
	StatementDate string `json:"statementDate,omitempty"`
}

// LoadConfig reads ConfigFile from the repository's root; a missing file
// gives an empty Keeper. Unknown fields are an error, so a misspelt one
// does not go unnoticed.
func LoadConfig(dir string) (Keeper, error) {
	var k Keeper
	name := filepath.Join(dir, ConfigFile)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return k, nil
	}
	if err != nil {
		return k, fmt.Errorf("reading %s: %w", name, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&k); err != nil {
		return k, fmt.Errorf("reading %s: %w", name, err)
	}
	if err := k.Check(); err != nil {
		return k, fmt.Errorf("%s: %w", name, err)
	}
	return k, nil
}

// Override returns k with every non-empty field of o put in its place.
func (k Keeper) Override(o Keeper) Keeper {
	for _, f := range []struct{ to, from *string }{
		{&k.Owner, &o.Owner}, {&k.OwnerURL, &o.OwnerURL}, {&k.Contact, &o.Contact},
		{&k.Feedback, &o.Feedback}, {&k.Repository, &o.Repository}, {&k.StatementDate, &o.StatementDate},
	} {
		if s := strings.TrimSpace(*f.from); s != "" {
			*f.to = s
		}
	}
	return k
}

var emailPattern = regexp.MustCompile(`^[^\s@<>"':/]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}$`)

// Check reports a field that cannot be published as it is.
func (k Keeper) Check() error {
	if len(k.Owner) > 200 || strings.ContainsFunc(k.Owner, unicode.IsControl) {
		return fmt.Errorf("owner %q: want a name of at most 200 characters on one line", k.Owner)
	}
	for _, f := range []struct{ name, v string }{{"ownerUrl", k.OwnerURL}, {"repository", k.Repository}} {
		if f.v != "" && !webAddress(f.v) {
			return fmt.Errorf("%s %q: want an absolute https address", f.name, f.v)
		}
	}
	for _, f := range []struct{ name, v string }{{"contact", k.Contact}, {"feedback", k.Feedback}} {
		if f.v != "" && !webAddress(f.v) && !emailPattern.MatchString(f.v) {
			return fmt.Errorf("%s %q: want an e-mail address or an absolute https address", f.name, f.v)
		}
	}
	if k.StatementDate != "" {
		if _, err := time.Parse(time.DateOnly, k.StatementDate); err != nil {
			return fmt.Errorf("statementDate %q: want YYYY-MM-DD", k.StatementDate)
		}
	}
	return nil
}

// webAddress reports whether s is an absolute http(s) address.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.ContainsAny(s, " \t\r\n<>\"")
}

// contactHref is the link of a contact: mailto: for an e-mail address.
func contactHref(s string) string {
	if webAddress(s) {
		return s
	}
	return "mailto:" + s
}

var githubRepoURL = regexp.MustCompile(`^https://github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?/[A-Za-z0-9._-]+?)(?:\.git)?/?$`)
