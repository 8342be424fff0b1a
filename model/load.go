package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/build"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/parser"
	"github.com/hashicorp/go-multierror"

	"github.com/govmap/govmap/diag"
)

// recycleAfter is how many files one CUE context evaluates before it is
// dropped: contexts only grow, and a small one is faster.
var recycleAfter = envInt("GOVMAP_RECYCLE", 32)

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// MaxFileSize bounds what the loader reads: a governance file is a few
// kilobytes, so anything this large is a mistake, not data.
const MaxFileSize = 1 << 20

// ModelDir is the folder of the schema and the national model's own
// collections (kinds, laws, areas, recommendations, observations).
const ModelDir = "model"

// BindingFile is the name of each data folder's generated binding file.
const BindingFile = "schema.cue"

// Folder is a data folder: its files each define one entity of one
// collection of #Repository.
type Folder struct {
	Dir string // folder, also the CUE package name and the collection
	// CodeNamed folders name files <code>-<slug of name.fi>.cue; the others
	// <id>.cue.
	CodeNamed bool
	newEntity func() any
}

// Folders lists the data folders in loading order.
var Folders = []Folder{
	{Dir: "actors", newEntity: func() any { return new(Actor) }},
	{Dir: "tasks", newEntity: func() any { return new(Task) }},
	{Dir: "counties", CodeNamed: true, newEntity: func() any { return new(County) }},
	{Dir: "municipalities", CodeNamed: true, newEntity: func() any { return new(Municipality) }},
}

// modelCollections are the collections the model folder itself holds.
var modelCollections = []string{"kinds", "laws", "areas", "recommendations", "observations"}

// requirementsField is the model's one non-collection value: what it asks
// of every reporting municipality.
const requirementsField = "municipalRequirements"

// coordinatorsField names the national coordinators.
const coordinatorsField = "coordinators"

// Binding returns the generated content of a data folder's schema.cue.
func Binding(dir string) []byte {
	return fmt.Appendf(nil, "package %s\n\nimport \"github.com/govmap/govmap/model\"\n\n%s: model.#Repository.%s\n", dir, dir, dir)
}

func folderOf(dir string) (Folder, bool) {
	for _, f := range Folders {
		if f.Dir == dir {
			return f, true
		}
	}
	return Folder{}, false
}

// source is one file read from the repository.
type source struct {
	path string // slash-separated, relative to the root
	dir  string
	data []byte
}

// Load reads the repository at root once and returns its typed content.
// The error, when not nil, is either a *multierror.Error whose errors are
// all *diag.Finding (problems in the files: the Repository is still
// returned with everything that could be read) or another error (the
// repository could not be read at all; the Repository is nil).
func Load(root string) (*Repository, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("reading repository: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("reading repository: %s is not a directory", root)
	}
	return LoadFS(os.DirFS(root))
}

// LoadFS is Load for a file system, such as a git revision.
func LoadFS(fsys fs.FS) (*Repository, error) {
	return LoadFSWith(fsys, Options{})
}

// Options tune a load.
type Options struct {
	// Evaluate, when set, says which data files to check against the
	// schema. The others are trusted (for `validate --changed`: unchanged
	// since a validated revision): they are only parsed, and their entities
	// read from their literals for the cross-file index.
	Evaluate func(path string) bool
	// Base, when set, keeps across loads what files that do not change
	// give (see Prepared): the load is the same, it only skips the work
	// whose inputs are byte for byte those of an earlier load.
	Base *Prepared
}

// LoadFSWith is LoadFS with options.
func LoadFSWith(fsys fs.FS, opts Options) (*Repository, error) {
	if opts.Base != nil {
		opts.Base.mu.Lock()
		defer opts.Base.mu.Unlock()
	}
	l := &loader{fsys: fsys, opts: opts}
	if err := l.read(); err != nil {
		return nil, err
	}
	repo := l.evaluate()
	if len(l.findings) == 0 {
		return repo, nil
	}
	diag.Sort(l.findings)
	var merr *multierror.Error
	for _, f := range l.findings {
		merr = multierror.Append(merr, f)
	}
	return repo, merr
}

// Findings extracts the findings of a Load error; ok is false when the
// error is not made of findings.
func Findings(err error) (fs []*diag.Finding, ok bool) {
	if err == nil {
		return nil, true
	}
	var merr *multierror.Error
	if !errors.As(err, &merr) {
		return nil, false
	}
	for _, e := range merr.Errors {
		f, isF := e.(*diag.Finding)
		if !isF {
			return nil, false
		}
		fs = append(fs, f)
	}
	return fs, true
}

type loader struct {
	fsys  fs.FS
	opts  Options
	model []source
	// goodModel are the model files that parse, which data files are
	// checked against.
	goodModel []source
	data      []source
	// unread are data files that could not be read; each still stands for
	// the entity its name says, so nothing else reports it missing.
	unread []source
	// brokenModel are the model files that do not parse or are not in the
	// model's package.
	brokenModel []string
	bindings    map[string]source
	findings    []*diag.Finding
	mu          sync.Mutex
}

func (l *loader) report(f *diag.Finding) {
	l.mu.Lock()
	l.findings = append(l.findings, f)
	l.mu.Unlock()
}

// read lists and reads every CUE file, reporting the ones in the wrong
// place or unreadable. Hidden, underscore and testdata folders are
// skipped, like the go tool does, and so is cue.mod.
func (l *loader) read() error {
	l.bindings = map[string]source{}
	err := fs.WalkDir(l.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			l.report(diag.New("file-unreadable", Pos{File: p}, "cannot read: %v", err))
			return nil
		}
		name := d.Name()
		if d.Type()&fs.ModeSymlink != 0 && !strings.HasSuffix(name, ".cue") {
			// A linked folder is not followed (it could point anywhere):
			// say so, or its files would silently be missing.
			if _, isData := folderOf(p); isData || p == ModelDir {
				l.report(diag.New("file-unreadable", Pos{File: p}, "the folder %s is a symbolic link, which govmap does not follow; its files are not read", p).
					WithHint("Replace the link with the folder itself (move or copy the files into %s/).", p))
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "cue.mod" || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".cue") {
			return nil
		}
		dir := path.Dir(p)
		_, isData := folderOf(dir)
		if dir != ModelDir && !isData {
			l.report(diag.New("file-location", Pos{File: p}, "%s is outside the data folders and is not read", p))
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 || !d.Type().IsRegular() {
			l.report(diag.New("file-unreadable", Pos{File: p}, "%s is a symbolic link or not a regular file", p))
			l.unread = append(l.unread, source{path: p, dir: dir})
			return nil
		}
		info, err := d.Info()
		if err != nil {
			l.report(diag.New("file-unreadable", Pos{File: p}, "cannot read: %v", err))
			return nil
		}
		if info.Size() > MaxFileSize {
			l.report(diag.New("file-unreadable", Pos{File: p}, "file is %d bytes, more than the %d allowed", info.Size(), MaxFileSize))
			l.unread = append(l.unread, source{path: p, dir: dir})
			return nil
		}
		b, err := fs.ReadFile(l.fsys, p)
		if err != nil {
			l.report(diag.New("file-unreadable", Pos{File: p}, "cannot read: %v", err))
			return nil
		}
		// The one place file text enters: from here on a file saved with
		// CRLF endings or a byte-order mark is the same as the LF file.
		b = Normalize(b)
		if !utf8.Valid(b) {
			line, col := firstInvalidUTF8(b)
			l.report(diag.New("file-unreadable", Pos{File: p, Line: line, Col: col}, "file is not valid UTF-8 text"))
			l.unread = append(l.unread, source{path: p, dir: dir})
			return nil
		}
		s := source{path: p, dir: dir, data: b}
		switch {
		case dir == ModelDir:
			l.model = append(l.model, s)
		case name == BindingFile:
			l.bindings[dir] = s
		default:
			l.data = append(l.data, s)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading repository: %w", err)
	}
	return nil
}

func firstInvalidUTF8(b []byte) (line, col int) {
	line, col = 1, 1
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return line, col
		}
		// Columns count bytes, as CUE's positions do.
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += n
		}
		b = b[n:]
	}
	return line, col
}

// evaluate checks the model, then every data file against it, and builds
// the repository from what is valid.
func (l *loader) evaluate() *Repository {
	repo, ok := l.modelPhase()
	l.checkBindings()

	// Evaluate data files in parallel, one CUE context per worker: contexts
	// only grow, so each is dropped after a batch (see CUE-NOTES).
	results := make([]*fileResult, len(l.data))
	if ok && l.opts.Base != nil {
		// The base's context is not safe for concurrent use: one file
		// after the other (a load with a base evaluates one or a few).
		b := l.opts.Base
		w := b.eval
		for i := range l.data {
			results[i] = l.evaluateFile(l.data[i], &w)
		}
		b.eval = w
	} else if ok {
		jobs := make(chan int)
		var wg sync.WaitGroup
		workers := min(runtime.GOMAXPROCS(0), max(1, len(l.data)))
		for range workers {
			wg.Go(func() {
				var w *evaluator
				for i := range jobs {
					results[i] = l.evaluateFile(l.data[i], &w)
				}
			})
		}
		for i := range l.data {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
	} else {
		// Without a schema the files can still be checked for syntax and
		// ownership; each stands for its entity until the model is valid.
		for i, s := range l.data {
			results[i] = checkSyntaxOnly(s)
		}
	}
	for _, r := range results {
		for _, f := range r.findings {
			l.report(f)
		}
	}
	for _, s := range l.unread {
		if coll, key, ok := EntityOfFile(s.path); ok {
			repo.add(stub{coll, key, Pos{File: s.path}}, l.report)
		}
	}
	// Well-named files first: when two files define one id, the one named
	// after it owns it and the other is the duplicate.
	for _, misnamed := range []bool{false, true} {
		for _, r := range results {
			if r.misnamed != misnamed {
				continue
			}
			for _, e := range r.entities {
				repo.add(e, l.report)
			}
		}
	}
	repo.finish()
	return repo
}

// modelPhase checks the model and starts the repository with its
// entities; ok is false when no data file can be checked against it. With
// a base that holds the outcome for the same model files, the outcome is
// the kept one.
func (l *loader) modelPhase() (*Repository, bool) {
	b := l.opts.Base
	if b != nil && b.repo != nil && sameSources(b.model, l.model) {
		for _, f := range b.modelFindings {
			l.report(cloneFinding(f))
		}
		l.goodModel, l.brokenModel = b.goodModel, b.brokenModel
		return b.repo.copy(), b.ok
	}
	start := len(l.findings)
	repo := newRepository()
	modelASTs := l.parseModel()
	if len(l.model) == 0 {
		l.report(diag.New("missing-field", Pos{File: ModelDir}, "the repository has no model/ folder with the schema"))
	}
	// The model is one CUE package: without one of its files the rest
	// means something else, and evaluating it would only report what the
	// missing file defined. The file's own findings are all there is.
	ok := false
	if len(l.brokenModel) == 0 {
		ok = l.checkModel(modelASTs, repo)
	}
	if !ok {
		repo.modelBroken = true
		repo.brokenModel = l.brokenModel
	}
	if b != nil {
		b.keepModel(l, l.findings[start:], repo, ok)
	}
	return repo, ok
}

// evaluateFile checks one data file against the model in the context *w,
// which it makes (again) when there is none or it has grown; a trusted
// file is only indexed.
func (l *loader) evaluateFile(s source, w **evaluator) *fileResult {
	if l.opts.Evaluate != nil && !l.opts.Evaluate(s.path) {
		if l.opts.Base != nil {
			return l.opts.Base.indexOnly(s)
		}
		return indexOnly(s)
	}
	if *w == nil || (*w).uses >= recycleAfter {
		*w = newEvaluator(l.goodModel)
	}
	return (*w).file(s)
}

func (l *loader) parseModel() []*ast.File {
	var files []*ast.File
	for _, s := range l.model {
		f, err := parser.ParseFile(s.path, s.data, parser.ParseComments)
		if err != nil {
			for _, f := range syntaxFindings(err, s.path, s.data) {
				l.report(f)
			}
			l.brokenModel = append(l.brokenModel, s.path)
			continue
		}
		if f.PackageName() != ModelDir {
			l.report(diag.New("file-package", toPos(packagePos(f).Pos(), s.path), "package is %q, want %q", f.PackageName(), ModelDir))
			l.brokenModel = append(l.brokenModel, s.path)
			continue
		}
		files = append(files, f)
		l.goodModel = append(l.goodModel, s)
	}
	return files
}

func packagePos(f *ast.File) ast.Node {
	for _, d := range f.Decls {
		if p, ok := d.(*ast.Package); ok {
			return p.Name
		}
	}
	return f
}

// checkModel evaluates the model package and decodes its collections.
func (l *loader) checkModel(files []*ast.File, repo *Repository) bool {
	if len(files) == 0 {
		return false
	}
	// Which file defines which national entity: for positions, duplicates
	// and ownership.
	owner := map[string]string{}
	idxs := map[string]*posIndex{}
	var dups []string
	// The file named after a collection (areas.cue) owns its entities: an
	// added file that repeats one is the duplicate, whatever its name.
	files = slices.Clone(files)
	sort.SliceStable(files, func(i, j int) bool {
		return canonicalModelFile(files[i].Filename) && !canonicalModelFile(files[j].Filename)
	})
	for _, f := range files {
		file := f.Filename
		idxs[file] = newPosIndex(f, file)
		for _, d := range f.Decls {
			fd, ok := d.(*ast.Field)
			if !ok {
				continue
			}
			name, _ := labelName(fd.Label)
			if strings.HasPrefix(name, "#") || strings.HasPrefix(name, "_") {
				continue
			}
			if name == requirementsField || name == coordinatorsField {
				continue
			}
			if !contains(modelCollections, name) {
				l.report(diag.New("foreign-entity", toPos(fd.Label.Pos(), file),
					"model/ defines the schema and the collections %s; it cannot write %q",
					strings.Join(modelCollections, ", "), name).
					WithHint("Move %q into its own folder's file.", name))
				continue
			}
			st, ok := fd.Value.(*ast.StructLit)
			if !ok {
				continue
			}
			for _, e := range st.Elts {
				ef, ok := e.(*ast.Field)
				if !ok {
					continue
				}
				key, _ := labelName(ef.Label)
				id := name + "." + key
				if prev, dup := owner[id]; dup && prev != file {
					l.report(diag.New("duplicate-id", toPos(ef.Label.Pos(), file),
						"%s %q is already defined in %s", singular(name), key, prev).
						WithHint("Keep one definition of %q and delete the other.", key))
					dups = append(dups, id)
					continue
				}
				owner[id] = file
			}
		}
	}
	ctx := cuecontext.New()
	inst := build.NewContext().NewInstance(ModelDir, nil)
	for _, f := range files {
		if err := inst.AddSyntax(f); err != nil {
			l.report(diag.New("syntax", Pos{File: f.Filename}, "%s", err))
			return false
		}
	}
	// A conflict anywhere makes v.Err() non-nil; Validate below reports
	// each one with its path, so go on while the schema itself exists.
	v := ctx.BuildInstance(inst)
	schemaOK := v.LookupPath(cue.MakePath(cue.Def("#Repository"))).Exists()
	if !schemaOK {
		l.report(diag.New("missing-field", Pos{File: ModelDir}, "model/ does not define #Repository, so no data file can be checked"))
	}
	broken := map[string]bool{}
	if err := v.Validate(cue.Concrete(true)); err != nil {
	findings:
		for _, cf := range cueFindings(err, "", func(p string) *posIndex { return idxFor(idxs, owner, p) }, "", nil) {
			for _, d := range dups {
				// Two definitions of one id conflict; duplicate-id says so.
				if entityPath(cf.path) == d || strings.Contains(cf.Message, d+".") {
					broken[d] = true
					continue findings
				}
			}
			l.report(cf.Finding)
			broken[entityPath(cf.path)] = true
		}
	}
	if rv := v.LookupPath(cue.MakePath(cue.Str(requirementsField))); rv.Exists() && !broken[requirementsField] {
		req := new(MunicipalRequirements)
		if err := decode(rv, req); err == nil {
			// Positions from the file that writes the requirements out, not
			// from one that only binds the field to the schema
			// (repository.cue); files in order, so the same every load.
			for _, f := range files {
				idx := idxs[f.Filename]
				if p, ok := idx.labels[requirementsField]; ok && writesStruct(f, requirementsField) {
					idx.fill(reflect.ValueOf(req), requirementsField)
					req.Pos = p
				}
			}
			repo.requirements = req
		}
	}
	if cv := v.LookupPath(cue.MakePath(cue.Str(coordinatorsField))); cv.Exists() && !broken[coordinatorsField] {
		_ = decode(cv, &repo.coordinators)
	}
	for _, c := range modelCollections {
		iter, err := v.LookupPath(cue.MakePath(cue.Str(c))).Fields()
		if err != nil {
			continue
		}
		for iter.Next() {
			key := iter.Selector().Unquoted()
			p := c + "." + key
			idx := idxFor(idxs, owner, p)
			if idx == nil || broken[p] {
				repo.ids[p] = true
				repo.broken[p] = owner[p]
				continue
			}
			ent := newModelEntity(c)
			if err := decode(iter.Value(), ent); err != nil {
				repo.ids[p] = true
				repo.broken[p] = owner[p]
				continue
			}
			idx.fill(reflect.ValueOf(ent), p)
			repo.add(ent, l.report)
		}
	}
	return schemaOK
}

// writesStruct reports whether a file writes a top-level field as a
// struct literal.
func writesStruct(f *ast.File, field string) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.Field); ok {
			if name, _ := labelName(fd.Label); name == field {
				if _, ok := fd.Value.(*ast.StructLit); ok {
					return true
				}
			}
		}
	}
	return false
}

func canonicalModelFile(name string) bool {
	base := strings.TrimSuffix(name[strings.LastIndexByte(name, '/')+1:], ".cue")
	return contains(modelCollections, base)
}

func idxFor(idxs map[string]*posIndex, owner map[string]string, p string) *posIndex {
	parts := strings.SplitN(p, ".", 3)
	if len(parts) < 2 {
		return nil
	}
	return idxs[owner[parts[0]+"."+parts[1]]]
}

// entityPath cuts a CUE path to its collection.key prefix.
func entityPath(p string) string {
	parts := strings.SplitN(p, ".", 3)
	if len(parts) < 2 {
		return p
	}
	return parts[0] + "." + parts[1]
}

func newModelEntity(collection string) any {
	switch collection {
	case "kinds":
		return new(CooperationKind)
	case "laws":
		return new(Law)
	case "areas":
		return new(Area)
	case "observations":
		return new(Observation)
	default:
		return new(Recommendation)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// decode turns a valid, concrete CUE value into a Go entity. MarshalJSON
// with encoding/json is faster than Value.Decode (CUE-NOTES).
func decode(v cue.Value, into any) error {
	b, err := v.MarshalJSON()
	if err != nil {
		return err
	}
	return json.Unmarshal(b, into)
}

// checkBindings verifies each data folder's generated schema.cue.
func (l *loader) checkBindings() {
	used := map[string]bool{}
	for _, s := range l.data {
		used[s.dir] = true
	}
	for _, f := range Folders {
		want := Binding(f.Dir)
		s, ok := l.bindings[f.Dir]
		switch {
		case !ok && used[f.Dir]:
			l.report(diag.New("binding", Pos{File: f.Dir + "/" + BindingFile}, "%s/%s is missing; without it `cue vet` does not check the folder", f.Dir, BindingFile).
				WithHint("Create it with this content:\n%s", bytes.TrimSpace(want)))
		case ok && !bytes.Equal(bytes.TrimSpace(s.data), bytes.TrimSpace(want)):
			l.report(diag.New("binding", Pos{File: s.path, Line: 1, Col: 1}, "%s differs from the generated binding", s.path).
				WithHint("Restore this content:\n%s", bytes.TrimSpace(want)))
		}
	}
}

// fileHash identifies a file's content, for caches.
func fileHash(b []byte) [32]byte { return sha256.Sum256(b) }
