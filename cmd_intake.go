package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/ghapi"
	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/request"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// ReportLabel is the label of the issue form's issues: only they are
// taken in.
const ReportLabel = "governance-report"

// StatusContext is the commit status govmap intake sets on the pull
// requests it opens: the name of the pull-request workflow's job, which
// branch protection requires. A pull request opened with a workflow's
// GITHUB_TOKEN starts no workflow, so intake sets the check itself.
const StatusContext = "review"

// issueEvent is what intake reads of an issues event's payload.
type issueEvent struct {
	Action string `json:"action"`
	Issue  struct {
		Number int    `json:"number"`
		State  string `json:"state"`
		Body   string `json:"body"`
		Labels []struct {
			Name string `json:"name"`
		} `json:"labels"`
		PullRequest json.RawMessage `json:"pull_request"`
	} `json:"issue"`
	Repository struct {
		DefaultBranch string `json:"default_branch"`
	} `json:"repository"`
}

// runIntake turns a governance report (an issue made with the issue form)
// into a pull request: the request applied to its municipality's file on
// a branch govmap/request-N (one commit on the default branch, pushed
// again on every edit), one pull request "Closes #N", the commit status
// the pull-request check would set, and one comment on the issue, in the
// municipality's languages, with the findings and the changes. The issue's
// text is read from the event's payload file, never from the command
// line. A request that cannot be read changes nothing: the comment says
// where it is wrong.
func runIntake(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("intake", "[--event FILE] [--repo OWNER/NAME] [--remote NAME] [--today YYYY-MM-DD] [--lang fi|sv|en] [DIR]", stderr)
	eventFile := fs.String("event", os.Getenv("GITHUB_EVENT_PATH"), "the issues event's payload (default $GITHUB_EVENT_PATH)")
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository, OWNER/NAME (default $GITHUB_REPOSITORY)")
	remote := fs.String("remote", "origin", "the git remote the branch is pushed to")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	langp := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, langp, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	owner, name, okRepo := strings.Cut(*repoFlag, "/")
	if !okRepo || owner == "" || name == "" || strings.Contains(name, "/") || *eventFile == "" {
		c.note("want --repo OWNER/NAME and --event FILE")
		fs.Usage()
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return c.fail(err)
	}
	raw, err := readCapped(*eventFile, 4<<20)
	if err != nil {
		return c.fail(err)
	}
	var ev issueEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		return c.fail(fmt.Errorf("reading the event %s: %w", *eventFile, err))
	}
	if ev.Issue.Number <= 0 || len(ev.Issue.PullRequest) > 0 && string(ev.Issue.PullRequest) != "null" ||
		!slices.ContainsFunc(ev.Issue.Labels, func(l struct {
			Name string `json:"name"`
		}) bool {
			return l.Name == ReportLabel
		}) || ev.Issue.State == "closed" || (ev.Action != "opened" && ev.Action != "edited" && ev.Action != "labeled" && ev.Action != "reopened") {
		c.note("not an open governance report (label %s): nothing to do", ReportLabel)
		return exitOK
	}
	in := &intake{
		owner: owner, repo: name, dir: dir, remote: *remote,
		issue: ev.Issue.Number, body: ev.Issue.Body,
		base:  orDefault(ev.Repository.DefaultBranch, "main"),
		token: os.Getenv("GITHUB_TOKEN"), apiURL: os.Getenv("GITHUB_API_URL"),
		opts: validate.Options{Today: today, Org: owner},
		cli:  c,
	}
	code, err := in.run(context.Background())
	if err != nil {
		return c.fail(ghapi.Scrub(err, in.token))
	}
	return code
}

// intake is one run of govmap intake.
type intake struct {
	owner, repo, dir, remote string
	issue                    int
	body                     string
	base                     string
	token, apiURL            string
	opts                     validate.Options
	cli                      *cli
	// now is the commit's time (tests set it).
	now func() time.Time
}

// formCode reads the municipality's code from the issue form's first
// field ("### Kunta / Kommun / Municipality", then "091 Helsinki").
var formCode = regexp.MustCompile(`(?m)^###\s*Kunta\b[^\n]*\n\s*\n?\s*([0-9]{3})\b`)

func (in *intake) run(ctx context.Context) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	client, err := ghapi.Client(in.token, in.apiURL, nil)
	if err != nil {
		return exitTrouble, err
	}
	body := []byte(in.body)
	name := "issue"
	code := ""
	if m := formCode.FindSubmatch(model.Normalize(body)); m != nil {
		code = string(m[1])
	}
	repo, err := git.PlainOpen(in.dir)
	if err != nil {
		return exitTrouble, fmt.Errorf("opening the repository %s: %w", in.dir, err)
	}
	baseHash, err := baseCommit(repo, in.base, in.remote)
	if err != nil {
		return exitTrouble, err
	}
	branch := "govmap/request-" + strconv.Itoa(in.issue)
	wt, err := repo.Worktree()
	if err != nil {
		return exitTrouble, err
	}
	ref := plumbing.NewBranchReferenceName(branch)
	_ = repo.Storer.RemoveReference(ref)
	if err := wt.Checkout(&git.CheckoutOptions{Hash: baseHash, Branch: ref, Create: true, Force: true}); err != nil {
		return exitTrouble, fmt.Errorf("making the branch %s: %w", branch, err)
	}

	res, aerr := applyRequest(in.dir, name, body, code)
	langs := in.langs(code)
	var refused *request.Error
	if errors.As(aerr, &refused) {
		// Nothing is pushed; the comment says what is wrong, where.
		text := refusalComment(refused, langs)
		if err := in.comment(ctx, text); err != nil {
			return exitTrouble, err
		}
		in.cli.note("the request was not applied: %s", msg.N(len(refused.Findings), "%d problem in the request", "%d problems in the request"))
		return exitFailed, nil
	}
	if aerr != nil {
		return exitTrouble, aerr
	}
	if !res.Wrote {
		if err := in.comment(ctx, unchangedComment(res.File, langs)); err != nil {
			return exitTrouble, err
		}
		in.cli.note("%s already says what the request says; nothing written", res.File)
		return exitOK, nil
	}
	if _, err := wt.Add(res.File); err != nil {
		return exitTrouble, fmt.Errorf("adding %s: %w", res.File, err)
	}
	when := time.Now()
	if in.now != nil {
		when = in.now()
	}
	sig := &object.Signature{Name: "github-actions[bot]", Email: "41898282+github-actions[bot]@users.noreply.github.com", When: when}
	title := msg.Sprintf(langs[0], "Governance report for municipality %s (#%d)", res.Code, in.issue)
	sha, err := wt.Commit(title, &git.CommitOptions{Author: sig, Committer: sig})
	if err != nil {
		return exitTrouble, fmt.Errorf("committing %s: %w", res.File, err)
	}
	// An edit that changes nothing in the file (the issue's title, say)
	// keeps the pushed commit: its reviews stay.
	if same, ok := in.pushed(ctx, repo, branch, sha, baseHash); ok {
		sha = same
	} else if err := in.push(ctx, repo, branch); err != nil {
		return exitTrouble, err
	}

	// Validation and the changes, as the pull-request comment has them.
	grepo, err := gitrepo.Open(in.dir)
	if err != nil {
		return exitTrouble, err
	}
	baseC, err := grepo.Commit(baseHash.String())
	if err != nil {
		return exitTrouble, err
	}
	// The pull request changes one file of a validated default branch:
	// that file is checked, the others are the index (as validate
	// --changed does).
	opts := in.opts
	opts.Only = func(p string) bool { return p == res.File }
	diff, findings, err := compareTo(grepo, baseC, os.DirFS(in.dir), opts)
	if err != nil {
		return exitTrouble, err
	}
	failed := validate.Failed(findings, false)

	// GitHub's closing keywords are English.
	prBody := fmt.Sprintf("Closes #%d", in.issue) + "\n\n" + each(langs, "\n\n", func(l msg.Lang) string {
		return msg.Sprintf(l, "Made by govmap intake from the governance report in issue #%d; the issue's comment lists the changes and the findings.", in.issue)
	}) + "\n"
	pull, err := ghapi.EnsurePull(ctx, client, in.owner, in.repo, branch, in.base, title, prBody)
	if err != nil {
		return exitTrouble, err
	}
	state, desc := "success", msg.Sprintf(msg.EN, "govmap validate: no errors")
	if failed {
		state, desc = "failure", msg.Sprintf(msg.EN, "govmap validate: the file has errors; see the issue's comment")
	}
	if err := ghapi.SetStatus(ctx, client, in.owner, in.repo, sha.String(), state, StatusContext, desc, runURL()); err != nil {
		return exitTrouble, err
	}

	var fileFindings []*diag.Finding
	for _, f := range findings {
		if f.Pos.File == res.File {
			fileFindings = append(fileFindings, f)
		}
	}
	var b strings.Builder
	// The pull request's number is govmap's, and a live reference: it is
	// put in after the text is made inert.
	const prRef = "PULLREQUESTREFERENCE"
	b.WriteString(strings.ReplaceAll(each(langs, "<br>", func(l msg.Lang) string {
		return semdiff.EscapeMarkdown(msg.Sprintf(l, "The report is now pull request %s. The municipality's maintainers or the national coordinators review it; editing this issue updates it.", prRef))
	}), prRef, "#"+strconv.Itoa(pull.Number)))
	b.WriteString("\n\n")
	if _, err := semdiff.CommentWithin(&b, fileFindings, diff, langs,
		semdiff.Limit{Max: ghcomment.Budget() - ghcomment.Size(b.String()), Size: ghcomment.Size, RunURL: runURL()}); err != nil {
		return exitTrouble, err
	}
	if err := in.comment(ctx, b.String()); err != nil {
		return exitTrouble, err
	}
	if pull.Created {
		in.cli.note("opened pull request #%d from %s", pull.Number, branch)
	} else {
		in.cli.note("updated pull request #%d from %s", pull.Number, branch)
	}
	if failed {
		return exitFailed, nil
	}
	return exitOK, nil
}

// baseCommit is the tip of the default branch: the local branch, else the
// remote's, else the checked-out commit (a workflow checks the default
// branch out).
func baseCommit(repo *git.Repository, base, remote string) (plumbing.Hash, error) {
	for _, name := range []plumbing.ReferenceName{plumbing.NewBranchReferenceName(base), plumbing.NewRemoteReferenceName(remote, base)} {
		if ref, err := repo.Reference(name, true); err == nil {
			return ref.Hash(), nil
		}
	}
	head, err := repo.Head()
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("reading the checked-out commit: %w", err)
	}
	return head.Hash(), nil
}

// langs are the languages the comment is written in: the municipality's
// (its file's language), else Finnish and Swedish.
func (in *intake) langs(code string) []msg.Lang {
	if request.ValidCode(code) {
		if file, err := request.FileOf(os.DirFS(in.dir), code); err == nil {
			if b, err := readCapped(in.dir+"/"+file, model.MaxFileSize); err == nil {
				if m := model.ReadMunicipality(file, b); m != nil {
					if ls := msg.LangsOf(m.Language); len(ls) > 0 {
						return ls
					}
				}
			}
		}
	}
	return []msg.Lang{msg.FI, msg.SV}
}

// push force-pushes the branch: each edit of the issue makes a new commit
// on the default branch, which replaces the last.
func (in *intake) push(ctx context.Context, repo *git.Repository, branch string) error {
	rs := config.RefSpec("+refs/heads/" + branch + ":refs/heads/" + branch)
	var auth transport.AuthMethod
	if rem, err := repo.Remote(in.remote); err == nil && len(rem.Config().URLs) > 0 {
		if u, err := url.Parse(rem.Config().URLs[0]); err == nil && (u.Scheme == "https" || u.Scheme == "http") && in.token != "" {
			auth = &githttp.BasicAuth{Username: "x-access-token", Password: in.token}
		}
	}
	err := repo.PushContext(ctx, &git.PushOptions{RemoteName: in.remote, RefSpecs: []config.RefSpec{rs}, Auth: auth, Force: true})
	if err != nil && !errors.Is(err, git.NoErrAlreadyUpToDate) {
		return fmt.Errorf("pushing %s: %w", branch, ghapi.Scrub(err, in.token))
	}
	return nil
}

// pushed returns the branch's commit on the remote when it has the same
// files as sha, on the same base: nothing new to push.
func (in *intake) pushed(ctx context.Context, repo *git.Repository, branch string, sha, base plumbing.Hash) (plumbing.Hash, bool) {
	rem, err := repo.Remote(in.remote)
	if err != nil {
		return plumbing.ZeroHash, false
	}
	var auth transport.AuthMethod
	if in.token != "" && len(rem.Config().URLs) > 0 && strings.HasPrefix(rem.Config().URLs[0], "http") {
		auth = &githttp.BasicAuth{Username: "x-access-token", Password: in.token}
	}
	refs, err := rem.ListContext(ctx, &git.ListOptions{Auth: auth})
	if err != nil {
		return plumbing.ZeroHash, false
	}
	for _, r := range refs {
		if r.Name() != plumbing.NewBranchReferenceName(branch) {
			continue
		}
		old, err1 := repo.CommitObject(r.Hash())
		now, err2 := repo.CommitObject(sha)
		if err1 == nil && err2 == nil && old.TreeHash == now.TreeHash && len(old.ParentHashes) == 1 && old.ParentHashes[0] == base {
			return old.Hash, true
		}
	}
	return plumbing.ZeroHash, false
}

// comment posts or updates govmap's one comment on the issue.
func (in *intake) comment(ctx context.Context, text string) error {
	_, err := ghcomment.Post(ctx, ghcomment.Options{
		Owner: in.owner, Repo: in.repo, PR: in.issue, Token: in.token, APIURL: in.apiURL,
		StepSummary: os.Getenv("GITHUB_STEP_SUMMARY"),
	}, ghcomment.Body{Comment: text})
	return err
}

// refusalComment says why a request was not applied, each finding at its
// line and column of the issue's text, in each language. Every text is
// escaped: the issue is anyone's.
func refusalComment(e *request.Error, langs []msg.Lang) string {
	var b strings.Builder
	b.WriteString("## govmap\n\n❌ **")
	if e.File {
		b.WriteString(each(langs, " / ", func(l msg.Lang) string {
			return semdiff.EscapeMarkdown(msg.Sprintf(l, "The municipality's file cannot be read as data, so no report can change it; nothing was changed. A national coordinator must fix the file first; then edit this issue and it is read again."))
		}))
	} else {
		b.WriteString(each(langs, " / ", func(l msg.Lang) string {
			return semdiff.EscapeMarkdown(msg.Sprintf(l, "The report could not be read, so nothing was changed. Edit the issue to correct it: it is read again."))
		}))
	}
	b.WriteString("**\n\n")
	for i, f := range e.Findings {
		if i == 50 {
			break
		}
		where := ""
		if f.Pos.Line > 0 && !e.File {
			where = each(langs, " / ", func(l msg.Lang) string { return msg.Sprintf(l, "line %d, column %d", f.Pos.Line, f.Pos.Col) })
		} else {
			where = f.Pos.String()
		}
		b.WriteString("- " + semdiff.CodeSpan(where, false) + " " + semdiff.CodeSpan(f.Rule, false))
		for _, l := range langs {
			m, h := f.In(l)
			b.WriteString("<br>" + semdiff.EscapeMarkdown(m))
			if h != "" {
				b.WriteString(" " + semdiff.EscapeMarkdown(h))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// unchangedComment says the file already says what the report says.
func unchangedComment(file string, langs []msg.Lang) string {
	return "## govmap\n\n✅ " + each(langs, "<br>", func(l msg.Lang) string {
		return semdiff.EscapeMarkdown(msg.Sprintf(l, "%s already says what the report says: there is nothing to change.", file))
	}) + "\n"
}

// each joins a text in each language.
func each(langs []msg.Lang, sep string, say func(msg.Lang) string) string {
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = say(l)
	}
	return strings.Join(parts, sep)
}
