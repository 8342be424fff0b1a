// Package site renders the published governance map: a static web site,
// in Finnish (at the root), Swedish (sv/) and English (en/), of the
// national cooperation model, every wellbeing services county, region and
// municipality, the gaps of the model and the situational picture, with
// the open data and an offline search.
//
// The site is for anyone, so it is built to be safe and plain:
//
//   - it shows only the public view of a municipality (Municipality.Public);
//   - Markdown from pull requests is rendered without raw HTML and with
//     only http, https and mailto links (see markdown.go);
//   - every page works without JavaScript, asks nothing of another host
//     (no fonts, scripts or images from elsewhere) and carries a strict
//     Content-Security-Policy;
//   - links are relative, so the site works under any path (a GitHub
//     Pages project site) and from the file system;
//   - the same input gives the same bytes: nothing depends on the clock
//     but Options.Today, and every collection is iterated in order.
package site

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/status"
)

// Languages of the site; the first is the default, at the root.
var Languages = []string{"fi", "sv", "en"}

// DefaultRepo is the GitHub repository the "propose a change" links open.
const DefaultRepo = "govmap/govmap"

// Options tune a build.
type Options struct {
	// BaseURL is the absolute address the site is published at, such as
	// https://owner.github.io/govmap/. It is used for the canonical and
	// alternate-language addresses and the sitemap; links between pages are
	// relative and work without it.
	BaseURL string
	// Repo is the GitHub repository (OWNER/NAME) whose files the "propose a
	// change" links open in GitHub's editor; empty means the repository
	// of Keeper.Repository when that is on github.com, else DefaultRepo.
	Repo string
	// Today is the date the situational picture is computed for and the
	// pages are stamped with.
	Today time.Time
	// History is the semantic history of the repository's main line (from
	// git); nil leaves the timelines and the chart over time out.
	History *gitrepo.History
	// Keeper is who keeps the site (ConfigFile and the build's flags).
	Keeper Keeper
	// Revision is the git commit the site is built from, written into the
	// open data; empty (not a git repository) leaves it out.
	Revision string
	// Editor is the editor's validator (see Editor); nil builds the
	// editor without it.
	Editor *Editor
}

// Files is a rendered site: file contents by slash-separated path.
type Files map[string][]byte

//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// csp is the Content-Security-Policy of every page: nothing but the site's
// own files, no inline script or style, no plugins, no <base>.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

// rootFinder is the 404 page's one inline script, for a site built without
// --base-url: the web server shows that page at any missing address, so
// its links cannot be relative, and "/" is wrong under a sub-path (a
// GitHub project site is at /NAME/). It finds the site's root as the
// longest prefix of the address that holds data/govmap.json and puts it in
// front of the page's root-relative links and stylesheets. The CSP allows
// exactly this script by its hash.
const rootFinder = `(function(){var p=location.pathname.split("/");p.pop();var c=[];for(var i=p.length;i>=1;i--){c.push(p.slice(0,i).join("/")+"/");}` +
	`function fix(r){if(r==="/"){return;}document.querySelectorAll("[href^='/'],[src^='/']").forEach(function(e){var a=e.hasAttribute("href")?"href":"src";var v=e.getAttribute(a);if(v.indexOf("//")!==0){e.setAttribute(a,r+v.slice(1));}});document.documentElement.setAttribute("data-root",r);}` +
	`function next(k){if(k>=c.length){return;}fetch(c[k]+"data/govmap.json",{method:"HEAD"}).then(function(r){if(r.ok){fix(c[k]);}else{next(k+1);}},function(){next(k+1);});}next(0);})();`

// rootFinderCSP is the CSP of a page that carries rootFinder.
var rootFinderCSP = strings.Replace(csp, "script-src 'self'", "script-src 'self' 'sha256-"+func() string {
	h := sha256.Sum256([]byte(rootFinder))
	return base64.StdEncoding.EncodeToString(h[:])
}()+"'", 1)

var revisionPattern = regexp.MustCompile(`^[0-9a-f]{7,64}$`)

var repoPattern = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?/[A-Za-z0-9._-]+$`)

// pageKinds are the page templates; each defines "content".
var pageKinds = []string{
	"home", "model", "area", "actor", "task", "recommendation", "observations", "counties",
	"county", "region", "municipality", "officials", "gaps", "rules", "data", "search", "notfound",
	"about", "accessibility", "privacy", "licence",
	"county", "region", "municipality", "officials", "gaps", "rules", "data", "search", "notfound", "editor",
}

var (
	parseOnce sync.Once
	templates map[string]*template.Template
	parseErr  error
)

func parseTemplates() (map[string]*template.Template, error) {
	parseOnce.Do(func() {
		funcs := template.FuncMap{}
		base, err := template.New("layout").Funcs(funcs).ParseFS(templateFS, "templates/layout.tmpl", "templates/parts.tmpl")
		if err != nil {
			parseErr = err
			return
		}
		templates = map[string]*template.Template{}
		for _, k := range pageKinds {
			t, err := base.Clone()
			if err == nil {
				t, err = t.ParseFS(templateFS, "templates/"+k+".tmpl")
			}
			if err != nil {
				parseErr = fmt.Errorf("template %s: %w", k, err)
				return
			}
			templates[k] = t
		}
	})
	return templates, parseErr
}

// Render builds every page, asset and data file of the site in memory.
func Render(repo *model.Repository, opts Options) (Files, error) {
	files := Files{}
	var mu sync.Mutex
	err := renderTo(repo, opts, func(name string, data []byte) {
		mu.Lock()
		files[name] = data
		mu.Unlock()
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// renderTo builds the site and hands each file to emit as soon as it is
// ready (emit must be safe for concurrent use), so writing can overlap
// rendering.
func renderTo(repo *model.Repository, opts Options, emit func(name string, data []byte)) error {
	tmpls, err := parseTemplates()
	if err != nil {
		return err
	}
	if opts.Repo == "" {
		opts.Repo = DefaultRepo
		if m := githubRepoURL.FindStringSubmatch(opts.Keeper.Repository); m != nil {
			opts.Repo = m[1]
		}
	}
	if !repoPattern.MatchString(opts.Repo) {
		return fmt.Errorf("repository %q: want OWNER/NAME", opts.Repo)
	}
	if err := opts.Keeper.Check(); err != nil {
		return err
	}
	if opts.Keeper.Repository == "" {
		opts.Keeper.Repository = "https://github.com/" + opts.Repo
	}
	opts.Keeper.Repository = strings.TrimSuffix(strings.TrimSuffix(opts.Keeper.Repository, "/"), ".git")
	if opts.Revision != "" && !revisionPattern.MatchString(opts.Revision) {
		return fmt.Errorf("revision %q: want a git commit hash", opts.Revision)
	}
	if opts.BaseURL != "" {
		u, err := url.Parse(opts.BaseURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return fmt.Errorf("base URL %q: want an absolute http(s) address such as https://owner.github.io/govmap/", opts.BaseURL)
		}
		if !strings.HasSuffix(opts.BaseURL, "/") {
			opts.BaseURL += "/"
		}
	}
	if opts.Today.IsZero() {
		return errors.New("site: Options.Today is not set")
	}
	b := newBuilder(repo, opts)
	// The open data first: the data page shows the files' sizes.
	if b.data, err = b.openData(); err != nil {
		return err
	}

	add := emit

	// Pages, rendered in parallel; the output is keyed by path, so the
	// order they finish in does not matter.
	pages := b.pages()
	jobs := make(chan *page)
	errs := make([]error, len(pages))
	index := map[*page]int{}
	for i, p := range pages {
		index[p] = i
	}
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for p := range jobs {
				buf.Reset()
				err := p.render(tmpls[p.Kind], &buf)
				if err != nil {
					errs[index[p]] = fmt.Errorf("page %s: %w", p.File(), err)
					continue
				}
				add(p.File(), bytes.Clone(buf.Bytes()))
			}
		}()
	}
	for _, p := range pages {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}

	// Static assets.
	err = fs.WalkDir(assetFS, "assets", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := assetFS.ReadFile(name)
		if err == nil {
			add(name, data)
		}
		return err
	})
	if err != nil {
		return err
	}
	// Search index, open data, sitemap.
	idx, err := b.searchIndex()
	if err != nil {
		return err
	}
	add("assets/search-index.json", idx)
	// The same index as a script, which a browser loads from the site's
	// folder too (file://, where fetch is refused). encoding/json escapes
	// <, >, & and the line separators, so the JSON is a safe JS literal.
	add("assets/search-index.js", slices.Concat([]byte("window.govmapSearchIndex = "), idx, []byte(";\n")))
	if err := b.editorFiles(add); err != nil {
		return err
	}
	for name, content := range b.data {
		add(name, content)
	}
	feeds, err := b.feeds()
	if err != nil {
		return err
	}
	for name, content := range feeds {
		add(name, content)
	}
	if opts.BaseURL != "" {
		add("sitemap.xml", b.sitemap(pages))
		add("robots.txt", []byte("User-agent: *\nAllow: /\nSitemap: "+opts.BaseURL+"sitemap.xml\n"))
	}
	return nil
}

// Build renders the site and writes it to dir, with Write's guards and
// swap; pages are written while others are still rendered. repoRoot is
// the repository it was built from, which is never overwritten. It returns
// the number of files written.
func Build(repo *model.Repository, dir, repoRoot string, opts Options) (int, error) {
	return writeSite(dir, repoRoot, func(emit func(string, []byte)) error {
		return renderTo(repo, opts, emit)
	})
}

// builder holds what every page needs: the repository, the situational
// picture and the indexes that run relations backwards.
type builder struct {
	repo  *model.Repository
	opts  Options
	today string
	pic   *status.Picture
	md    *markdown
	data  Files // the open data

	munis     []*model.Municipality // public views, by code
	pub       map[string]*model.Municipality
	picOf     map[string]*status.Municipality
	countyAgg map[string]*status.Aggregate
	regionAgg map[string]*status.Aggregate
	regions   []region

	areasOfActor     map[string][]*model.Area
	tasksOfActor     map[string][]*model.Task
	recsOfTask       map[string][]linked[*model.Recommendation]
	recsOfArea       map[string][]linked[*model.Recommendation]
	tasksOfArea      map[string][]linked[*model.Task]
	obsOfArea        map[string][]*model.Observation
	obsOfActor       map[string][]*model.Observation
	parentsOfTask    map[string][]*model.Task
	predecessors     map[string][]*model.Actor
	coordinatedBy    map[string][]*model.Actor
	actorsOfKind     map[string][]*model.Actor
	joined           map[string][]*model.Municipality
	taskParts        map[string][]*model.Municipality
	planTasksOfRec   map[string][]planRef
	municipalMention map[string]map[string]int // area → actor → municipalities naming it
}

// linked is an entity reached by a link of the model, with the link's
// basis.
type linked[T any] struct {
	to    T
	basis model.Basis
}

type region struct {
	Code           string
	Name           model.Text
	Municipalities []*model.Municipality
	Counties       []string
}

type planRef struct {
	m   *model.Municipality
	key string
	t   model.PlanTask
}

func newBuilder(repo *model.Repository, opts Options) *builder {
	b := &builder{
		repo: repo, opts: opts, today: opts.Today.Format(time.DateOnly),
		pic: status.Compute(repo, opts.Today), md: newMarkdown(),
		pub: map[string]*model.Municipality{}, picOf: map[string]*status.Municipality{},
		countyAgg: map[string]*status.Aggregate{}, regionAgg: map[string]*status.Aggregate{},
		areasOfActor: map[string][]*model.Area{}, tasksOfActor: map[string][]*model.Task{},
		recsOfTask: map[string][]linked[*model.Recommendation]{}, recsOfArea: map[string][]linked[*model.Recommendation]{},
		tasksOfArea: map[string][]linked[*model.Task]{}, parentsOfTask: map[string][]*model.Task{},
		obsOfArea: map[string][]*model.Observation{}, obsOfActor: map[string][]*model.Observation{},
		predecessors: map[string][]*model.Actor{}, coordinatedBy: map[string][]*model.Actor{},
		actorsOfKind: map[string][]*model.Actor{}, joined: map[string][]*model.Municipality{},
		taskParts: map[string][]*model.Municipality{}, planTasksOfRec: map[string][]planRef{},
		municipalMention: map[string]map[string]int{},
	}
	// The public view is the only view of a municipality the site uses.
	for _, m := range repo.Municipalities() {
		p := m.Public()
		p.Region.Name = regionName(p.Region.Code, p.Region.Name)
		b.munis = append(b.munis, p)
		b.pub[p.Code] = p
	}
	for i := range b.pic.Municipalities {
		b.picOf[b.pic.Municipalities[i].Code] = &b.pic.Municipalities[i]
	}
	for i := range b.pic.Counties {
		b.countyAgg[b.pic.Counties[i].Code] = &b.pic.Counties[i]
	}
	for i := range b.pic.Regions {
		b.pic.Regions[i].Name = regionName(b.pic.Regions[i].Code, b.pic.Regions[i].Name)
		b.regionAgg[b.pic.Regions[i].Code] = &b.pic.Regions[i]
	}
	byRegion := map[string]*region{}
	for _, m := range b.munis {
		r := byRegion[m.Region.Code]
		if r == nil {
			r = &region{Code: m.Region.Code, Name: m.Region.Name}
			byRegion[m.Region.Code] = r
		}
		r.Municipalities = append(r.Municipalities, m)
		if m.County.ID != "" && !contains(r.Counties, m.County.ID) {
			r.Counties = append(r.Counties, m.County.ID)
		}
	}
	for _, r := range byRegion {
		sort.Strings(r.Counties)
		b.regions = append(b.regions, *r)
	}
	sort.Slice(b.regions, func(i, j int) bool { return b.regions[i].Code < b.regions[j].Code })

	for _, a := range repo.Areas() {
		for _, r := range a.Actors {
			b.areasOfActor[r.ID] = append(b.areasOfActor[r.ID], a)
		}
	}
	for _, t := range repo.Tasks() {
		b.tasksOfActor[t.Owner.ID] = append(b.tasksOfActor[t.Owner.ID], t)
		for _, r := range t.Involves {
			if r.ID != t.Owner.ID {
				b.tasksOfActor[r.ID] = append(b.tasksOfActor[r.ID], t)
			}
		}
		for _, l := range t.Areas {
			b.tasksOfArea[l.Area.ID] = append(b.tasksOfArea[l.Area.ID], linked[*model.Task]{t, l.Basis})
		}
		for _, r := range t.Contains {
			b.parentsOfTask[r.ID] = append(b.parentsOfTask[r.ID], t)
		}
	}
	for _, rec := range repo.Recommendations() {
		for _, l := range rec.Tasks {
			b.recsOfTask[l.Task.ID] = append(b.recsOfTask[l.Task.ID], linked[*model.Recommendation]{rec, l.Basis})
		}
		for _, l := range rec.Areas {
			b.recsOfArea[l.Area.ID] = append(b.recsOfArea[l.Area.ID], linked[*model.Recommendation]{rec, l.Basis})
		}
	}
	for _, o := range repo.Observations() {
		for _, r := range o.Areas {
			b.obsOfArea[r.ID] = append(b.obsOfArea[r.ID], o)
		}
		for _, r := range o.Actors {
			b.obsOfActor[r.ID] = append(b.obsOfActor[r.ID], o)
		}
	}
	for _, a := range repo.Actors() {
		for _, s := range a.SucceededBy {
			b.predecessors[s.Actor.ID] = append(b.predecessors[s.Actor.ID], a)
		}
		if a.CoordinatedBy.ID != "" {
			b.coordinatedBy[a.CoordinatedBy.ID] = append(b.coordinatedBy[a.CoordinatedBy.ID], a)
		}
		for _, k := range a.Cooperation {
			b.actorsOfKind[k.ID] = append(b.actorsOfKind[k.ID], a)
		}
	}
	for _, m := range b.munis {
		for _, n := range m.Networks {
			b.joined[n.ID] = append(b.joined[n.ID], m)
		}
		for _, e := range m.NationalTasks {
			b.taskParts[e.Key] = append(b.taskParts[e.Key], m)
		}
		for _, e := range m.ActionPlan {
			if id := e.Value.AnswersRecommendation.ID; id != "" {
				b.planTasksOfRec[id] = append(b.planTasksOfRec[id], planRef{m, e.Key, e.Value})
			}
		}
		for _, e := range m.RACI {
			seen := map[string]bool{}
			row := e.Value
			for _, r := range slicesConcat(row.Responsible, []model.Ref{row.Accountable}, row.Consulted, row.Informed) {
				if id, ok := strings.CutPrefix(r.ID, "actor:"); ok && !seen[id] {
					seen[id] = true
					if b.municipalMention[e.Key] == nil {
						b.municipalMention[e.Key] = map[string]int{}
					}
					b.municipalMention[e.Key][id]++
				}
			}
		}
	}
	return b
}

func slicesConcat(ss ...[]model.Ref) []model.Ref {
	var out []model.Ref
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Paths of the entity pages, without the language prefix.
func areaPath(id string) string           { return "areas/" + id + ".html" }
func actorPath(id string) string          { return "actors/" + id + ".html" }
func taskPath(id string) string           { return "tasks/" + id + ".html" }
func recommendationPath(id string) string { return "recommendations/" + id + ".html" }
func observationPath(id string) string    { return "observations.html#obs-" + id }
func countyPath(code string) string       { return "counties/" + code + ".html" }
func regionPath(code string) string       { return "regions/" + code + ".html" }
func municipalityPath(code string) string { return "municipalities/" + code + ".html" }

// langPrefix is the folder of a language's pages.
func langPrefix(lang string) string {
	if lang == Languages[0] {
		return ""
	}
	return lang + "/"
}
