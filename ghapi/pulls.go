package ghapi

import (
	"context"
	"fmt"

	"github.com/google/go-github/v60/github"
)

// Pull is a pull request as govmap intake needs it.
type Pull struct {
	Number  int
	URL     string
	Created bool // made by this call
}

// EnsurePull opens the one pull request from branch into base, or finds
// the open one there is and sets its title and body: one pull request per
// branch, however often it is called.
func EnsurePull(ctx context.Context, c *github.Client, owner, repo, branch, base, title, body string) (*Pull, error) {
	open, _, err := c.PullRequests.List(ctx, owner, repo, &github.PullRequestListOptions{
		State: "open", Head: owner + ":" + branch, Base: base,
		ListOptions: github.ListOptions{PerPage: 10},
	})
	if err != nil {
		return nil, fmt.Errorf("listing the pull requests of branch %s: %w", branch, err)
	}
	for _, p := range open {
		if p.GetHead().GetRef() != branch {
			continue
		}
		if p.GetTitle() != title || p.GetBody() != body {
			if _, _, err := c.PullRequests.Edit(ctx, owner, repo, p.GetNumber(), &github.PullRequest{Title: &title, Body: &body}); err != nil {
				return nil, fmt.Errorf("updating pull request %d: %w", p.GetNumber(), err)
			}
		}
		return &Pull{Number: p.GetNumber(), URL: p.GetHTMLURL()}, nil
	}
	no := false
	p, _, err := c.PullRequests.Create(ctx, owner, repo, &github.NewPullRequest{
		Title: &title, Head: &branch, Base: &base, Body: &body, MaintainerCanModify: &no,
	})
	if err != nil {
		return nil, fmt.Errorf("opening a pull request from branch %s: %w", branch, err)
	}
	return &Pull{Number: p.GetNumber(), URL: p.GetHTMLURL(), Created: true}, nil
}

// SetStatus sets a commit status: state is success, failure, error or
// pending; description is cut to GitHub's 140 characters.
func SetStatus(ctx context.Context, c *github.Client, owner, repo, sha, state, statusContext, description, targetURL string) error {
	if r := []rune(description); len(r) > 140 {
		description = string(r[:139]) + "…"
	}
	st := &github.RepoStatus{State: &state, Context: &statusContext, Description: &description}
	if targetURL != "" {
		st.TargetURL = &targetURL
	}
	if _, _, err := c.Repositories.CreateStatus(ctx, owner, repo, sha, st); err != nil {
		return fmt.Errorf("setting status %s of commit %s: %w", statusContext, sha, err)
	}
	return nil
}
