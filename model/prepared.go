package model

import (
	"bytes"
	"io/fs"
	"maps"
	"slices"
	"sync"

	"github.com/govmap/govmap/diag"
)

// Prepared keeps what loads of one repository have in common, for a
// caller that loads it again and again with one or a few files changed
// (the site's editor checks a municipality's file at every edit). Passed
// as Options.Base it is a cache of the one loader, keyed by file content:
// the model's outcome (its findings, its entities, whether data can be
// checked against it) is reused while the model's files are byte for byte
// the same, the CUE context with the compiled schema is kept for the next
// data file, and a trusted file (Options.Evaluate false) is indexed once
// per content. A load through it gives exactly the findings and the
// repository of a load without it.
//
// A load with a base holds it for its duration, so loads with one base
// run one at a time; they evaluate their data files one after the other.
type Prepared struct {
	mu sync.Mutex
	// model are the model's files the kept outcome is of.
	model         []source
	modelFindings []*diag.Finding
	repo          *Repository // after the model, before any data file
	ok            bool
	goodModel     []source
	brokenModel   []string
	eval          *evaluator
	index         map[string]indexed
}

// indexed is a trusted file's content and what indexing it gave.
type indexed struct {
	data []byte
	res  *fileResult
}

// Prepare loads the repository once, evaluating none of its data files,
// and returns what later loads with it as their base reuse. The error is
// that of LoadFS when the repository cannot be read at all; findings in
// its files are not errors here (the loads that use the base report them).
func Prepare(fsys fs.FS) (*Prepared, error) {
	p := &Prepared{}
	_, err := LoadFSWith(fsys, Options{Base: p, Evaluate: func(string) bool { return false }})
	if _, ok := Findings(err); !ok {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ok && p.eval == nil {
		p.eval = newEvaluator(p.goodModel)
	}
	return p, nil
}

// keepModel records the outcome of checking the model files the loader
// read, replacing what was kept of another model.
func (p *Prepared) keepModel(l *loader, found []*diag.Finding, repo *Repository, ok bool) {
	p.model = slices.Clone(l.model)
	p.modelFindings = nil
	for _, f := range found {
		p.modelFindings = append(p.modelFindings, cloneFinding(f))
	}
	p.repo = repo.copy()
	p.ok = ok
	p.goodModel = slices.Clone(l.goodModel)
	p.brokenModel = slices.Clone(l.brokenModel)
	p.eval = nil
}

// indexOnly is indexOnly, once per file content.
func (p *Prepared) indexOnly(s source) *fileResult {
	if c, ok := p.index[s.path]; ok && bytes.Equal(c.data, s.data) {
		return c.res.clone()
	}
	r := indexOnly(s)
	if p.index == nil {
		p.index = map[string]indexed{}
	}
	p.index[s.path] = indexed{data: bytes.Clone(s.data), res: r.clone()}
	return r
}

// sameSources reports whether two lists of files are the same files with
// the same content, in the same order.
func sameSources(a, b []source) bool {
	return slices.EqualFunc(a, b, func(x, y source) bool {
		return x.path == y.path && x.dir == y.dir && bytes.Equal(x.data, y.data)
	})
}

// clone copies a result so that its findings can be handed out again:
// whoever receives a finding may rewrite it (scrubbing, for one). The
// entities are shared; a repository's entities are read-only.
func (r *fileResult) clone() *fileResult {
	c := *r
	c.findings = nil
	for _, f := range r.findings {
		c.findings = append(c.findings, cloneFinding(f))
	}
	c.entities = slices.Clone(r.entities)
	c.outside = maps.Clone(r.outside)
	return &c
}

func cloneFinding(f *diag.Finding) *diag.Finding {
	c := *f
	c.Msg.Args = slices.Clone(f.Msg.Args)
	c.HintMsg.Args = slices.Clone(f.HintMsg.Args)
	return &c
}

// copy returns a repository that can be added to without changing r.
func (r *Repository) copy() *Repository {
	c := *r
	c.kinds = slices.Clone(r.kinds)
	c.laws = slices.Clone(r.laws)
	c.areas = slices.Clone(r.areas)
	c.recommendations = slices.Clone(r.recommendations)
	c.observations = slices.Clone(r.observations)
	c.actors = slices.Clone(r.actors)
	c.tasks = slices.Clone(r.tasks)
	c.counties = slices.Clone(r.counties)
	c.municipalities = slices.Clone(r.municipalities)
	c.coordinators = slices.Clone(r.coordinators)
	c.ids = maps.Clone(r.ids)
	c.defs = maps.Clone(r.defs)
	c.broken = maps.Clone(r.broken)
	c.brokenModel = slices.Clone(r.brokenModel)
	c.byID = maps.Clone(r.byID)
	return &c
}
