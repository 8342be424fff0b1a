// Package ghapi makes the GitHub API client govmap's commands share
// (go-github), from a token and $GITHUB_API_URL, and keeps the token out
// of every error.
package ghapi

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/go-github/v60/github"
)

// Client returns an authenticated client. apiURL is $GITHUB_API_URL (the
// API's root: https://api.github.com, or https://HOST/api/v3 on GitHub
// Enterprise Server); empty means api.github.com. hc nil means a client
// with a 30 s timeout. An empty token makes an unauthenticated client (no
// Authorization header), which can read a public repository.
func Client(token, apiURL string, hc *http.Client) (*github.Client, error) {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	client := github.NewClient(hc)
	if token != "" {
		client = client.WithAuthToken(token)
	}
	if api := strings.TrimSuffix(apiURL, "/"); api != "" && api != "https://api.github.com" {
		u, err := url.Parse(api + "/")
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
			return nil, fmt.Errorf("GitHub API URL %q is not an http(s) URL", apiURL)
		}
		client.BaseURL = u
	}
	return client, nil
}

// Status is the HTTP status of a GitHub API error, or 0.
func Status(err error) int {
	var ghErr *github.ErrorResponse
	if errors.As(err, &ghErr) && ghErr.Response != nil {
		return ghErr.Response.StatusCode
	}
	return 0
}

// Scrub removes the token from an error's text, whatever produced it.
func Scrub(err error, token string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if token != "" && strings.Contains(msg, token) {
		return errors.New(strings.ReplaceAll(msg, token, "[token]"))
	}
	return err
}
