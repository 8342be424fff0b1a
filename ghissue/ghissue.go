// Package ghissue keeps one GitHub issue per subject (a municipality with
// overdue status reports) in step with what is wanted: it opens the issue
// for a new subject, updates its text and assignees when they change, and
// closes it with a comment when the subject no longer needs it. Each issue
// carries a hidden marker with its key, so a run finds the issues of the
// previous runs whatever their titles became.
package ghissue

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"

	"github.com/google/go-github/v60/github"

	"github.com/govmap/govmap/ghapi"
)

// Issue is one wanted issue.
type Issue struct {
	// Key identifies the subject (a municipality code); [a-z0-9-]+.
	Key   string
	Title string
	// Body is Markdown; the marker is added.
	Body string
	// Assignees are GitHub user names without "@" (teams cannot be
	// assigned); names GitHub refuses are dropped and the issue is made
	// without them.
	Assignees []string
}

// Options say where the issues are.
type Options struct {
	Owner, Repo string
	// Label marks the issues this package owns; it is created if missing.
	Label string
	// Closing is the comment left on an issue that is no longer wanted.
	Closing string
}

// Result counts what Sync did.
type Result struct {
	Opened, Updated, Unchanged, Closed int
}

var markerRE = regexp.MustCompile(`<!-- govmap-issue:([a-z0-9-]+) -->`)

func marker(key string) string { return "<!-- govmap-issue:" + key + " -->" }

// Sync makes the open issues with the label match want.
func Sync(ctx context.Context, client *github.Client, o Options, want []Issue) (Result, error) {
	var res Result
	if err := ensureLabel(ctx, client, o); err != nil {
		return res, err
	}
	open := map[string]*github.Issue{}
	opts := &github.IssueListByRepoOptions{State: "open", Labels: []string{o.Label}, ListOptions: github.ListOptions{PerPage: 100}}
	for {
		is, resp, err := client.Issues.ListByRepo(ctx, o.Owner, o.Repo, opts)
		if err != nil {
			return res, fmt.Errorf("listing issues labelled %q: %w", o.Label, err)
		}
		for _, is := range is {
			if is.IsPullRequest() {
				continue
			}
			if m := markerRE.FindStringSubmatch(is.GetBody()); m != nil {
				if prev, dup := open[m[1]]; !dup || is.GetNumber() < prev.GetNumber() {
					open[m[1]] = is // the oldest issue of a key is the one kept
				}
			}
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[w.Key] = true
		body := marker(w.Key) + "\n" + w.Body
		assignees := slices.Clone(w.Assignees)
		sort.Strings(assignees)
		if is, ok := open[w.Key]; ok {
			have := make([]string, 0, len(is.Assignees))
			for _, u := range is.Assignees {
				have = append(have, u.GetLogin())
			}
			sort.Strings(have)
			if is.GetTitle() == w.Title && is.GetBody() == body && (len(assignees) == 0 || slices.Equal(have, assignees)) {
				res.Unchanged++
				continue
			}
			req := &github.IssueRequest{Title: &w.Title, Body: &body}
			if len(assignees) > 0 {
				req.Assignees = &assignees
			}
			if _, _, err := edit(ctx, client, o, is.GetNumber(), req); err != nil {
				return res, fmt.Errorf("updating issue #%d: %w", is.GetNumber(), err)
			}
			res.Updated++
			continue
		}
		req := &github.IssueRequest{Title: &w.Title, Body: &body, Labels: &[]string{o.Label}}
		if len(assignees) > 0 {
			req.Assignees = &assignees
		}
		if _, err := create(ctx, client, o, req); err != nil {
			return res, fmt.Errorf("opening the issue for %s: %w", w.Key, err)
		}
		res.Opened++
	}
	keys := make([]string, 0, len(open))
	for k := range open {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if wanted[k] {
			continue
		}
		n := open[k].GetNumber()
		if o.Closing != "" {
			if _, _, err := client.Issues.CreateComment(ctx, o.Owner, o.Repo, n, &github.IssueComment{Body: &o.Closing}); err != nil {
				return res, fmt.Errorf("commenting on issue #%d: %w", n, err)
			}
		}
		closed, reason := "closed", "completed"
		if _, _, err := client.Issues.Edit(ctx, o.Owner, o.Repo, n, &github.IssueRequest{State: &closed, StateReason: &reason}); err != nil {
			return res, fmt.Errorf("closing issue #%d: %w", n, err)
		}
		res.Closed++
	}
	return res, nil
}

// create opens an issue; when GitHub refuses its assignees (422: not
// collaborators of the repository), it opens it without them.
func create(ctx context.Context, client *github.Client, o Options, req *github.IssueRequest) (*github.Issue, error) {
	is, _, err := client.Issues.Create(ctx, o.Owner, o.Repo, req)
	if err != nil && req.Assignees != nil && ghapi.Status(err) == http.StatusUnprocessableEntity {
		req.Assignees = nil
		is, _, err = client.Issues.Create(ctx, o.Owner, o.Repo, req)
	}
	return is, err
}

// edit updates an issue, likewise without refused assignees.
func edit(ctx context.Context, client *github.Client, o Options, n int, req *github.IssueRequest) (*github.Issue, *github.Response, error) {
	is, resp, err := client.Issues.Edit(ctx, o.Owner, o.Repo, n, req)
	if err != nil && req.Assignees != nil && ghapi.Status(err) == http.StatusUnprocessableEntity {
		req.Assignees = nil
		is, resp, err = client.Issues.Edit(ctx, o.Owner, o.Repo, n, req)
	}
	return is, resp, err
}

func ensureLabel(ctx context.Context, client *github.Client, o Options) error {
	_, _, err := client.Issues.GetLabel(ctx, o.Owner, o.Repo, o.Label)
	if err == nil {
		return nil
	}
	if ghapi.Status(err) != http.StatusNotFound {
		return fmt.Errorf("reading label %q: %w", o.Label, err)
	}
	color := "d93f0b"
	if _, _, err := client.Issues.CreateLabel(ctx, o.Owner, o.Repo, &github.Label{Name: &o.Label, Color: &color}); err != nil {
		return fmt.Errorf("creating label %q: %w", o.Label, err)
	}
	return nil
}
