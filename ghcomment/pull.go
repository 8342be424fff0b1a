package ghcomment

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/google/go-github/v60/github"

	"github.com/govmap/govmap/ghapi"
	"github.com/govmap/govmap/msg"
)

// PullRequest is what the comment needs of a pull request, as the API
// says it now.
type PullRequest struct {
	Number   int
	State    string // open, closed
	HeadSHA  string // the commit at the tip of its branch
	HeadRepo string // OWNER/NAME of the repository its branch is in (a fork's)
	BaseRef  string // the branch it asks to merge into
}

// RefusedError is a pull request the comment will not be posted on: not
// the one, or not in the state, the caller said. It renders in any
// language of the catalogue.
type RefusedError struct{ Msg msg.Message }

func (e *RefusedError) Error() string { return e.Msg.Localize(msg.EN) }

// Localize renders the refusal in a language.
func (e *RefusedError) Localize(l msg.Lang) string { return e.Msg.Localize(l) }

var fullSHA = regexp.MustCompile(`^[0-9a-f]{40}$`)

// Lookup finds the pull request a run checked and makes sure, against the
// API, that it is still open and that its head is still headSHA: the
// commit whose files the comment describes. With o.PR set, that pull
// request; else the one open pull request whose head is headSHA (a
// workflow_run event names no pull request for a fork's). headRepo, when
// not empty, must be the repository of the pull request's branch.
//
// A pull request pushed to since the run refuses: the run for its new head
// comments instead.
func Lookup(ctx context.Context, o Options, headSHA, headRepo string) (*PullRequest, error) {
	if !fullSHA.MatchString(headSHA) {
		return nil, fmt.Errorf("head commit %q: want a full commit hash, 40 lower-case hexadecimal digits", headSHA)
	}
	client, err := ghapi.Client(o.Token, o.APIURL, o.HTTPClient)
	if err != nil {
		return nil, err
	}
	number := o.PR
	if number <= 0 {
		if number, err = findByHead(ctx, client, o, headSHA, headRepo); err != nil {
			var refused *RefusedError
			if errors.As(err, &refused) {
				return nil, refused
			}
			return nil, explain(err, o.Token)
		}
	}
	pr, _, err := client.PullRequests.Get(ctx, o.Owner, o.Repo, number)
	if err != nil {
		return nil, explain(fmt.Errorf("reading pull request %d: %w", number, err), o.Token)
	}
	got := &PullRequest{
		Number: pr.GetNumber(), State: pr.GetState(),
		HeadSHA: pr.GetHead().GetSHA(), HeadRepo: pr.GetHead().GetRepo().GetFullName(), BaseRef: pr.GetBase().GetRef(),
	}
	switch {
	case got.Number != number:
		return nil, fmt.Errorf("the API answered pull request %d for %d", got.Number, number)
	case got.State != "open":
		return nil, &RefusedError{msg.M("pull request #%d is closed: no comment", number)}
	case got.HeadSHA != headSHA:
		return nil, &RefusedError{msg.M("pull request #%d has moved on: its head is now %s, not %s, the commit this run checked; the run for the new commit comments", number, short(got.HeadSHA), short(headSHA))}
	case headRepo != "" && !strings.EqualFold(got.HeadRepo, headRepo):
		return nil, &RefusedError{msg.M("pull request #%d comes from %s, not %s", number, got.HeadRepo, headRepo)}
	case got.BaseRef == "":
		return nil, fmt.Errorf("pull request %d: the API gave no base branch", number)
	}
	return got, nil
}

// findByHead lists the open pull requests and returns the one whose head
// is headSHA (and whose branch is in headRepo, when given).
func findByHead(ctx context.Context, client *github.Client, o Options, headSHA, headRepo string) (int, error) {
	opts := &github.PullRequestListOptions{State: "open", ListOptions: github.ListOptions{PerPage: 100}}
	var found []int
	for {
		prs, resp, err := client.PullRequests.List(ctx, o.Owner, o.Repo, opts)
		if err != nil {
			return 0, fmt.Errorf("listing open pull requests: %w", err)
		}
		for _, pr := range prs {
			if pr.GetHead().GetSHA() != headSHA {
				continue
			}
			if headRepo != "" && !strings.EqualFold(pr.GetHead().GetRepo().GetFullName(), headRepo) {
				continue
			}
			found = append(found, pr.GetNumber())
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	switch len(found) {
	case 0:
		return 0, &RefusedError{msg.M("no open pull request has head commit %s: it was closed, or pushed to again (the run for the new commit comments)", short(headSHA))}
	case 1:
		return found[0], nil
	}
	nums := make([]string, len(found))
	for i, n := range found {
		nums[i] = "#" + strconv.Itoa(n)
	}
	return 0, &RefusedError{msg.M("%d open pull requests have head commit %s (%s): name one with --pr", len(found), short(headSHA), strings.Join(nums, ", "))}
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}
