// Package ghcomment keeps one comment on a pull request up to date with the
// validation result and the semantic diff, through the GitHub API
// (go-github, client from package ghapi). Lookup finds and checks the pull
// request a workflow run checked (a fork's pull request is commented from
// a workflow_run workflow of the base repository, which has a token that
// can write).
//
// The comment Post updates is govmap's own: it carries the Marker and was
// written by the token's identity (github-actions[bot] for a workflow's
// GITHUB_TOKEN). A comment that only copies the marker is someone else's
// and is left alone. The oldest of govmap's comments is kept; later ones
// (two runs that raced) are deleted.
//
// GitHub takes at most MaxChars characters in a comment: the caller cuts
// the comment to Budget and hands the whole text too, which goes to the
// run's step summary. Should GitHub still refuse the comment (422), Post
// posts the short one instead: the verdict and a link to the run. Only a
// token that cannot comment at all (GITHUB_TOKEN unset, or 403/404 on
// creating the comment) makes Post write the comment to the step summary
// instead; any other refusal is an error.
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
	"slices"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/google/go-github/v60/github"

	"github.com/govmap/govmap/ghapi"
)

// Marker identifies govmap's comment among a pull request's comments.
const Marker = "<!-- govmap:pull-request-comment -->"

// DefaultAuthor is the login a workflow's GITHUB_TOKEN comments as.
const DefaultAuthor = "github-actions[bot]"

// MaxChars is the most characters GitHub takes in a comment's body.
const MaxChars = 65536

// MaxSummaryBytes is the most a step's summary ($GITHUB_STEP_SUMMARY) may
// hold: GitHub refuses to show a larger one.
const MaxSummaryBytes = 1 << 20

// Size counts a text as MaxChars does. It counts UTF-16 code units: a
// character outside the Basic Multilingual Plane (an emoji) counts two,
// so the count is never below GitHub's, whether GitHub counts code points
// or UTF-16 units.
func Size(s string) int {
	n := 0
	for _, r := range s {
		n += max(1, utf16.RuneLen(r))
	}
	return n
}

// Budget is the room a comment's text has: MaxChars less the marker Post
// puts before it.
func Budget() int { return MaxChars - Size(Marker+"\n") }

// Options say where to comment.
type Options struct {
	Owner, Repo string
	PR          int
	Token       string
	// APIURL is the GitHub API's base URL; empty means api.github.com.
	APIURL string
	// Author is the login of the token's identity: only its comments are
	// govmap's. Empty means DefaultAuthor; a GitHub App's token comments
	// as "APP-SLUG[bot]", a person's token as the person's login.
	Author string
	// StepSummary is the file of $GITHUB_STEP_SUMMARY; empty: none.
	StepSummary string
	HTTPClient  *http.Client
}

func (o Options) author() string {
	if o.Author == "" {
		return DefaultAuthor
	}
	return o.Author
}

// Body is what Post posts.
type Body struct {
	// Comment is the comment's Markdown, at most Budget() long (Size).
	Comment string
	// Short is posted instead when GitHub refuses Comment (422) or it is
	// too long: the verdict and where the whole text is.
	Short string
	// Summary is the whole text, for the step summary (at most
	// MaxSummaryBytes); empty means Comment.
	Summary string
	// Trimmed says Comment was cut from Summary: Summary then goes to the
	// step summary, where the comment says it is.
	Trimmed bool
}

// Outcome says what Post did with the comment.
type Outcome string

const (
	Created     Outcome = "created"
	Updated     Outcome = "updated"
	Unchanged   Outcome = "unchanged"
	StepSummary Outcome = "step-summary"
)

// Result is what Post did.
type Result struct {
	Outcome Outcome
	// ID is the comment's (0 when none was posted).
	ID int64
	// Short: GitHub refused the whole comment, and the short one was
	// posted.
	Short bool
	// Summary: the whole text was written to the step summary.
	Summary bool
	// Deleted counts govmap's later comments deleted as duplicates.
	Deleted int
}

// ErrNoWay is returned when the comment could be neither posted nor
// written to a step summary.
var ErrNoWay = errors.New("cannot comment: no token that can comment, and no step summary file")

// Post creates govmap's comment on the pull request, or updates the one it
// made before; the marker is added. The whole text goes to the step
// summary when the comment was cut or shortened, or could not be posted
// because the token cannot comment.
func Post(ctx context.Context, o Options, b Body) (Result, error) {
	if b.Summary == "" {
		b.Summary = b.Comment
	}
	if o.Token == "" {
		return fallback(o, b, errors.New("GITHUB_TOKEN is not set"))
	}
	client, err := ghapi.Client(o.Token, o.APIURL, o.HTTPClient)
	if err != nil {
		return Result{}, err
	}
	res, err := post(ctx, client, o, b)
	var cannot *cannotComment
	if errors.As(err, &cannot) {
		return fallback(o, b, ghapi.Scrub(cannot.err, o.Token))
	}
	if err != nil {
		return res, explain(err, o.Token)
	}
	if b.Trimmed || res.Short {
		if err := writeSummary(o.StepSummary, b.Summary); err != nil {
			return res, err
		}
		res.Summary = o.StepSummary != ""
	}
	return res, nil
}

// cannotComment is a token that may not create a comment at all (403 or
// 404 on creating it): a read-only token.
type cannotComment struct{ err error }

func (e *cannotComment) Error() string { return e.err.Error() }

// own reports whether a comment is govmap's: the marker first, written by
// the token's identity. A login ending in "[bot]" is an app's (users
// cannot have brackets in their logins), and the API must say so too.
func own(c *github.IssueComment, author string) bool {
	u := c.GetUser()
	kind := "User"
	if strings.HasSuffix(strings.ToLower(author), "[bot]") {
		kind = "Bot"
	}
	return strings.HasPrefix(c.GetBody(), Marker) && strings.EqualFold(u.GetLogin(), author) && u.GetType() == kind
}

func post(ctx context.Context, client *github.Client, o Options, b Body) (Result, error) {
	opts := &github.IssueListCommentsOptions{ListOptions: github.ListOptions{PerPage: 100}}
	var mine []*github.IssueComment
	for {
		cs, resp, err := client.Issues.ListComments(ctx, o.Owner, o.Repo, o.PR, opts)
		if err != nil {
			return Result{}, fmt.Errorf("listing comments of pull request %d: %w", o.PR, err)
		}
		for _, c := range cs {
			if own(c, o.author()) {
				mine = append(mine, c)
			}
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	// The oldest is the comment; the others are duplicates.
	slices.SortStableFunc(mine, func(a, b *github.IssueComment) int {
		if c := a.GetCreatedAt().Time.Compare(b.GetCreatedAt().Time); c != 0 {
			return c
		}
		return compareInt(a.GetID(), b.GetID())
	})

	var res Result
	body, short := Marker+"\n"+b.Comment, Marker+"\n"+b.Short
	if Size(body) > MaxChars && b.Short != "" {
		body, res.Short = short, true
	}
	// write creates or edits the comment; GitHub's 422 (the body refused:
	// too long, or otherwise unprocessable) makes it try the short one.
	write := func(do func(body string) (*github.IssueComment, error)) error {
		c, err := do(body)
		if ghapi.Status(err) == http.StatusUnprocessableEntity && !res.Short && b.Short != "" {
			res.Short = true
			c, err = do(short)
		}
		if err == nil {
			res.ID = c.GetID()
		}
		return err
	}
	if len(mine) == 0 {
		err := write(func(body string) (*github.IssueComment, error) {
			c, _, err := client.Issues.CreateComment(ctx, o.Owner, o.Repo, o.PR, &github.IssueComment{Body: &body})
			return c, err
		})
		if s := ghapi.Status(err); s == http.StatusForbidden || s == http.StatusNotFound {
			return res, &cannotComment{fmt.Errorf("commenting on pull request %d: %w", o.PR, err)}
		}
		if err != nil {
			return res, fmt.Errorf("commenting on pull request %d: %w", o.PR, err)
		}
		res.Outcome = Created
		return res, nil
	}
	keep := mine[0]
	res.ID, res.Outcome = keep.GetID(), Unchanged
	err := write(func(body string) (*github.IssueComment, error) {
		if body == keep.GetBody() {
			return keep, nil
		}
		c, _, err := client.Issues.EditComment(ctx, o.Owner, o.Repo, keep.GetID(), &github.IssueComment{Body: &body})
		if err == nil {
			res.Outcome = Updated
		}
		return c, err
	})
	if err != nil {
		// The token's identity made the comment but may not edit it: its
		// permissions changed. (A fork's read-only token is no reason: the
		// comment is posted from the base repository, see the package
		// comment.)
		return res, fmt.Errorf("updating govmap's comment %d on pull request %d: %w", keep.GetID(), o.PR, err)
	}
	for _, dup := range mine[1:] {
		if _, err := client.Issues.DeleteComment(ctx, o.Owner, o.Repo, dup.GetID()); err != nil {
			return res, fmt.Errorf("deleting comment %d, a duplicate of govmap's comment %d on pull request %d: %w", dup.GetID(), keep.GetID(), o.PR, err)
		}
		res.Deleted++
	}
	return res, nil
}

func compareInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fallback writes the whole text to the step summary, where the workflow
// run shows it: the token cannot comment.
func fallback(o Options, b Body, why error) (Result, error) {
	if o.StepSummary == "" {
		return Result{}, fmt.Errorf("%w (%v)", ErrNoWay, why)
	}
	if err := writeSummary(o.StepSummary, b.Summary); err != nil {
		return Result{}, err
	}
	return Result{Outcome: StepSummary, Summary: true}, nil
}

// writeSummary appends text to the step summary file (none: nothing). A
// text over MaxSummaryBytes (the caller cuts it to fit) is cut at the
// last line that fits, so GitHub still shows the summary.
func writeSummary(path, text string) error {
	if path == "" {
		return nil
	}
	text += "\n"
	if len(text) > MaxSummaryBytes {
		cut := strings.LastIndexByte(text[:MaxSummaryBytes], '\n')
		text = text[:cut+1]
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("writing step summary: %w", err)
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return fmt.Errorf("writing step summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing step summary: %w", err)
	}
	return nil
}

// explain turns API errors into messages a maintainer can act on, without
// the token.
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
	return ghapi.Scrub(err, token)
}
