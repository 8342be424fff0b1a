package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/ghcomment"
	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/semdiff"
	"github.com/govmap/govmap/validate"
)

// runComment posts (or updates) the pull request's comment. Two ways:
//
//   - --head SHA: the pull request's head commit, fetched as git objects
//     into a clone of the base repository (the pull-request-comment
//     workflow). The pull request is looked up and checked against the API
//     (open, head still SHA), and its files are read from the commit with
//     go-git: nothing of the pull request is checked out, built or run.
//   - without --head: the working tree is the head (a local run, or a
//     workflow that checked the pull request out).
//
// Either way the changes are counted from the merge base of the base branch
// and the head, as GitHub's "Files changed" counts them: what the base
// branch gained after the pull request branched off is not the pull
// request's.
func runComment(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("comment", "--repo OWNER/NAME (--pr N | --head SHA [--pr N] [--head-repo OWNER/NAME]) [--base REV] [-C DIR] [--today YYYY-MM-DD] [--lang fi|sv|en] [--author LOGIN]", stderr)
	repoFlag := fs.String("repo", os.Getenv("GITHUB_REPOSITORY"), "the GitHub repository, OWNER/NAME (default $GITHUB_REPOSITORY)")
	pr := fs.Int("pr", 0, "the pull request's number (with --head: optional, found from the head commit when left out)")
	head := fs.String("head", "", "the pull request's head commit, a full hash, read from git objects; the API must agree that it is the pull request's head")
	headRepo := fs.String("head-repo", "", "with --head: the repository of the pull request's branch, OWNER/NAME (a fork's); the API must agree")
	base := fs.String("base", "", "the base branch or revision: changes are counted from its merge base with the head (default HEAD~1; with --head, the pull request's base branch)")
	dir := fs.String("C", ".", "the repository (any folder inside it)")
	todayS := fs.String("today", "", "judge dates against this day (default: today)")
	langS := fs.String("lang", string(msg.Default()), "language of the command's own messages: fi, sv or en (default $GOVMAP_LANG, else fi)")
	author := fs.String("author", ghcomment.DefaultAuthor, "the login the token comments as: only its comments with govmap's marker are updated (a GitHub App's token: APP-SLUG[bot])")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	owner, name, ok := strings.Cut(*repoFlag, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") || *pr < 0 || (*pr == 0 && *head == "") || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "govmap comment: want --repo OWNER/NAME and --pr N (a positive number) or --head SHA")
		fs.Usage()
		return exitTrouble
	}
	lang, err := msg.ParseLang(*langS)
	if err != nil {
		fmt.Fprintf(stderr, "govmap comment: %v\n", err)
		return exitTrouble
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "govmap comment: %s\n", errorIn(lang, err))
		var refused *ghcomment.RefusedError
		if errors.As(err, &refused) {
			return exitFailed
		}
		return exitTrouble
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return fail(err)
	}
	opts := validate.Options{Today: today, Org: owner}
	o := ghcomment.Options{
		Owner: owner, Repo: name, PR: *pr,
		Token:       os.Getenv("GITHUB_TOKEN"),
		APIURL:      os.Getenv("GITHUB_API_URL"),
		StepSummary: os.Getenv("GITHUB_STEP_SUMMARY"),
		Author:      *author,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	repo, err := gitrepo.Open(*dir)
	if err != nil {
		return fail(err)
	}

	var res *semdiff.Result
	var findings []*diag.Finding
	if *head != "" {
		pull, err := ghcomment.Lookup(ctx, o, *head, *headRepo)
		if err != nil {
			return fail(err)
		}
		o.PR = pull.Number
		headC, err := repo.PullHead(pull.HeadSHA, pull.Number)
		if err != nil {
			return fail(err)
		}
		var baseC *object.Commit
		if *base != "" {
			baseC, err = repo.Commit(*base)
		} else {
			baseC, err = repo.Base(pull.BaseRef)
		}
		if err != nil {
			return fail(err)
		}
		mb, err := repo.MergeBase(baseC, headC)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(stderr, msg.Sprintf(lang, "govmap comment: pull request #%d: comparing %s, where it left %s, with its head %s",
			pull.Number, mb.Hash.String()[:12], orDefault(*base, pull.BaseRef), pull.HeadSHA[:12]))
		headFS, err := repo.CommitFS(headC)
		if err != nil {
			return fail(err)
		}
		if res, findings, err = compareTo(repo, mb, headFS, opts); err != nil {
			return fail(err)
		}
	} else {
		baseRev := orDefault(*base, "HEAD~1")
		baseC, err := repo.Commit(baseRev)
		if err != nil {
			return fail(err)
		}
		headC, err := repo.Commit("HEAD")
		if err != nil {
			return fail(err)
		}
		mb, err := repo.MergeBase(baseC, headC)
		if err != nil {
			return fail(err)
		}
		if res, _, err = compareTo(repo, mb, os.DirFS(repo.Root()), opts); err != nil {
			return fail(err)
		}
		// The findings of the folder asked for (it may be inside the work
		// tree).
		if _, findings, err = validate.Run(*dir, opts); err != nil {
			return fail(err)
		}
	}

	// GitHub takes at most 65,536 characters in a comment: a longer one is
	// cut, and the whole text (within a step summary's 1 MiB) goes to the
	// run's step summary, which the comment links to. Should GitHub refuse
	// the comment anyway, the short one says the verdict and links there.
	run := runURL()
	var comment, whole, short strings.Builder
	trimmed, err := semdiff.CommentWithin(&comment, findings, res, res.Languages,
		semdiff.Limit{Max: ghcomment.Budget(), Size: ghcomment.Size, RunURL: run})
	if err != nil {
		return fail(err)
	}
	if _, err := semdiff.CommentWithin(&whole, findings, res, res.Languages,
		semdiff.Limit{Max: ghcomment.MaxSummaryBytes - 1, Summary: true}); err != nil {
		return fail(err)
	}
	if err := semdiff.ShortComment(&short, findings, res.Languages, run); err != nil {
		return fail(err)
	}
	out, err := ghcomment.Post(ctx, o, ghcomment.Body{Comment: comment.String(), Short: short.String(), Summary: whole.String(), Trimmed: trimmed})
	if err != nil {
		return fail(err)
	}
	switch out.Outcome {
	case ghcomment.StepSummary:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "the token cannot comment: wrote the comment to the step summary"))
		return exitOK
	default:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "comment on %s/%s#%d: %s", owner, name, o.PR, msg.Key("comment.outcome."+string(out.Outcome))))
	}
	switch {
	case out.Short && out.Summary:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "GitHub did not accept the whole comment: posted the verdict and a link to the run; the whole text is in the step summary"))
	case out.Short:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "GitHub did not accept the whole comment: posted only the verdict; set GITHUB_STEP_SUMMARY to keep the whole text"))
	case trimmed && out.Summary:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "the comment was cut to GitHub's limit of %d characters; the whole text is in the step summary", ghcomment.MaxChars))
	case trimmed:
		fmt.Fprintln(stdout, msg.Sprintf(lang, "the comment was cut to GitHub's limit of %d characters; set GITHUB_STEP_SUMMARY to keep the whole text", ghcomment.MaxChars))
	}
	if out.Deleted > 0 {
		fmt.Fprintln(stdout, msg.Sprintf(lang, "deleted %s", msg.N(out.Deleted, "%d duplicate of govmap's comment", "%d duplicates of govmap's comment")))
	}
	return exitOK
}

// compareTo validates the merge base and the head, and compares them. The
// findings are the head's.
func compareTo(repo *gitrepo.Repo, mergeBase *object.Commit, headFS fs.FS, opts validate.Options) (*semdiff.Result, []*diag.Finding, error) {
	baseFS, err := repo.CommitFS(mergeBase)
	if err != nil {
		return nil, nil, err
	}
	b, bf, err := validate.RunFS(baseFS, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("loading %s: %w", mergeBase.Hash, err)
	}
	h, hf, err := validate.RunFS(headFS, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("loading the head: %w", err)
	}
	return semdiff.Compare(b, h, bf, hf), hf, nil
}

var (
	repoName = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)
	digits   = regexp.MustCompile(`^[0-9]+$`)
	hostName = regexp.MustCompile(`^[A-Za-z0-9.-]+(:[0-9]+)?$`)
)

// runURL is the page of this workflow run, from the variables GitHub
// Actions sets; "" outside a run, or when one of them is not what GitHub
// sets (the link goes into Markdown as it is).
func runURL() string {
	server := strings.TrimSuffix(os.Getenv("GITHUB_SERVER_URL"), "/")
	repo, id := os.Getenv("GITHUB_REPOSITORY"), os.Getenv("GITHUB_RUN_ID")
	u, err := url.Parse(server)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || !hostName.MatchString(u.Host) || server != u.Scheme+"://"+u.Host ||
		!repoName.MatchString(repo) || !digits.MatchString(id) {
		return ""
	}
	return server + "/" + repo + "/actions/runs/" + id
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// errorIn renders an error in a language when it (or an error it wraps)
// has words in the catalogue; others are shown as they are.
func errorIn(l msg.Lang, err error) string {
	var lz msg.Localizer
	if errors.As(err, &lz) {
		return lz.Localize(l)
	}
	return err.Error()
}
