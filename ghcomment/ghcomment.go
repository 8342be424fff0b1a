// Package ghcomment keeps one comment on a pull request up to date with the
// validation result and the semantic diff, through the GitHub API
// (go-github). Lookup finds and checks the pull request a workflow run
// checked (a fork's pull request is commented from a workflow_run
// workflow of the base repository, which has a token that can write).
// Where the token cannot write, Post writes the same Markdown to the
// workflow's step summary instead.
//
// The token is secret: it goes only into the Authorization header, and
// every error is scrubbed of it before it is returned.
package ghcomment

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/google/go-github/v60/github"
)

// Marker identifies govmap's comment among a pull request's comments.
const Marker = "<!-- govmap:pull-request-comment -->"

// Options say where to comment.
type Options struct {
	Owner, Repo string
	PR          int
	Token       string
	// APIURL is the GitHub API's base URL; empty means api.github.com.
	APIURL string
	// StepSummary is the file of $GITHUB_STEP_SUMMARY; empty disables the
	// fallback.
	StepSummary string
	HTTPClient  *http.Client
}

// Outcome says what Post did.
type Outcome string

const (
	Created     Outcome = "created"
	Updated     Outcome = "updated"
	Unchanged   Outcome = "unchanged"
	StepSummary Outcome = "step-summary"
)

// ErrNoWay is returned when the comment could be neither posted nor
// written to a step summary.
var ErrNoWay = errors.New("cannot comment: no token with write access and no step summary file")

// Post creates govmap's comment on the pull request, or updates the one it
// made before. body is Markdown; the marker is added.
func Post(ctx context.Context, o Options, body string) (Outcome, error) {
	body = Marker + "\n" + body
	if o.Token == "" {
		return fallback(o, body, errors.New("GITHUB_TOKEN is not set"))
	}
	out, err := post(ctx, o, body)
	if err == nil {
		return out, nil
	}
	var ghErr *github.ErrorResponse
	if errors.As(err, &ghErr) && ghErr.Response != nil &&
		(ghErr.Response.StatusCode == http.StatusForbidden || ghErr.Response.StatusCode == http.StatusNotFound) {
		// A fork's pull request gets a read-only token.
		return fallback(o, body, scrub(err, o.Token))
	}
	return "", explain(err, o.Token)
}

func post(ctx context.Context, o Options, body string) (Outcome, error) {
	client, err := newClient(o)
	if err != nil {
		return "", err
	}
	opts := &github.IssueListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	var existing *github.IssueComment
	for {
		cs, resp, err := client.Issues.ListComments(ctx, o.Owner, o.Repo, o.PR, opts)
		if err != nil {
			return "", fmt.Errorf("listing comments of pull request %d: %w", o.PR, err)
		}
		for _, c := range cs {
			if strings.HasPrefix(c.GetBody(), Marker) {
				existing = c
			}
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	if existing != nil {
		if existing.GetBody() == body {
			return Unchanged, nil
		}
		if _, _, err := client.Issues.EditComment(ctx, o.Owner, o.Repo, existing.GetID(), &github.IssueComment{Body: &body}); err != nil {
			return "", fmt.Errorf("updating comment %d: %w", existing.GetID(), err)
		}
		return Updated, nil
	}
	if _, _, err := client.Issues.CreateComment(ctx, o.Owner, o.Repo, o.PR, &github.IssueComment{Body: &body}); err != nil {
		return "", fmt.Errorf("commenting on pull request %d: %w", o.PR, err)
	}
	return Created, nil
}

// fallback appends the comment to the step summary, where the workflow run
// shows it.
func fallback(o Options, body string, why error) (Outcome, error) {
	if o.StepSummary == "" {
		return "", fmt.Errorf("%w (%v)", ErrNoWay, why)
	}
	f, err := os.OpenFile(o.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return "", fmt.Errorf("writing step summary: %w", err)
	}
	if _, err := f.WriteString(body + "\n"); err != nil {
		f.Close()
		return "", fmt.Errorf("writing step summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("writing step summary: %w", err)
	}
	return StepSummary, nil
}

// explain turns API errors into messages a maintainer can act on.
func explain(err error, token string) error {
	var rl *github.RateLimitError
	if errors.As(err, &rl) {
		return fmt.Errorf("GitHub API rate limit exceeded; it resets at %s: try again then",
			rl.Rate.Reset.Time.UTC().Format(time.RFC3339))
	}
	var abuse *github.AbuseRateLimitError
	if errors.As(err, &abuse) {
		wait := "a while"
		if abuse.RetryAfter != nil {
			wait = abuse.RetryAfter.String()
		}
		return fmt.Errorf("GitHub API secondary rate limit: wait %s and try again", wait)
	}
	return scrub(err, token)
}

// scrub removes the token from an error's text, whatever produced it.
func scrub(err error, token string) error {
	msg := err.Error()
	if token != "" && strings.Contains(msg, token) {
		msg = strings.ReplaceAll(msg, token, "[token]")
	}
	return errors.New(msg)
}
