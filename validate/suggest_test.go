package validate

import (
	"slices"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3},
		{"data-protecton", "data-protection", 1}, {"councel", "council", 1},
		{"bord", "board", 1}, {"ä", "a", 1},
	} {
		if got := distance(c.a, c.b); got != c.want {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := distance(c.b, c.a); got != c.want {
			t.Errorf("distance(%q, %q) = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}

func TestClosest(t *testing.T) {
	areas := []string{"procurement", "data-protection", "incident-management", "testing-and-auditing"}
	for id, want := range map[string][]string{
		"data-protecton":  {"data-protection"},
		"procurment":      {"procurement"},
		"data-protection": nil, // itself: not a suggestion
		"governance":      nil, // too far from everything
		"x":               nil,
	} {
		if got := closest(id, areas); !slices.Equal(got, want) {
			t.Errorf("closest(%q) = %q, want %q", id, got, want)
		}
	}
	if got := closest("study-7", []string{"study-4", "study-1", "study-3"}); !slices.Equal(got, []string{"study-1", "study-3", "study-4"}) {
		t.Errorf("ties: %q", got)
	}
}

func TestPersonalAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"maija.meikalainen@espoo.fi":      true,
		"Anna-Maija.Virtanen@kunta.fi":    true,
		"matti.meikäläinen@kunta.fi":      true,
		"tietosuoja@espoo.fi":             false,
		"tietoturva.kunta@espoo.fi":       false,
		"kirjaamo.esimerkkila@kunta.fi":   false,
		"dataskydd.korsnas@korsnas.fi":    false,
		"m.meikalainen@espoo.fi":          false, // an initial: no name-like part
		"maija.meikalainen2@espoo.fi":     false,
		"first.middle.last@espoo.fi":      false,
		"not-an-address":                  false,
		"info.espoo@espoo.fi":             false,
		"helpdesk.tietohallinto@espoo.fi": false,
	} {
		if _, got := personalAddress(addr); got != want {
			t.Errorf("personalAddress(%q) = %v, want %v", addr, got, want)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	for host, want := range map[string]bool{
		"example.fi": true, "EXAMPLE.COM": true, "www.example.org": true, "example.net.": true,
		"kunta.example": true, "a.test": true, "x.invalid": true, "localhost": true, "app.localhost": true,
		"espoo.fi": false, "example.fi.evil.fi": false, "myexample.com": false, "testing.fi": false,
	} {
		if got := exampleHost(host); got != want {
			t.Errorf("exampleHost(%q) = %v, want %v", host, got, want)
		}
	}
	for h, want := range map[string]bool{
		"@your-github-name": true, "@Your-GitHub-Name": true, "@org/team": true, "@user": true,
		"@govmap/your-team": true, "@maija-meikalainen": false, "@govmap/coordinators": false,
	} {
		if got := placeholderHandle(h); got != want {
			t.Errorf("placeholderHandle(%q) = %v, want %v", h, got, want)
		}
	}
	if host, ok := placeholderIn("Katso [ohje](https://www.example.com/a) ja kirjoita info@espoo.fi."); !ok || host != "www.example.com" {
		t.Errorf("placeholderIn: %q, %v", host, ok)
	}
	if _, ok := placeholderIn("Katso https://www.espoo.fi/ tai kirjoita info@espoo.fi."); ok {
		t.Error("placeholderIn found an example domain in real addresses")
	}
}
