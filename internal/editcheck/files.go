package editcheck

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/reference"
	"github.com/govmap/govmap/validate"
)

// FilesInput is a run of the validator on a whole repository's files, as
// `govmap validate` runs it on a checkout: the files by slash-separated
// path (CUE files, cue.mod/module.cue and .github/CODEOWNERS), nothing
// read from elsewhere.
type FilesInput struct {
	Files map[string]string `json:"files"`
	// Raw are more files, as bytes (base64 in JSON): those that are not
	// UTF-8, which a JSON string cannot carry.
	Raw map[string][]byte `json:"raw,omitempty"`
	// Langs are the languages of the messages and hints (fi, sv, en);
	// empty means Finnish. The files are validated once, whatever the
	// number of languages.
	Langs []string `json:"langs"`
	Today string   `json:"today"` // YYYY-MM-DD; empty skips date checks
	// Codeowners checks .github/CODEOWNERS (validate.Options.Codeowners:
	// the check of main).
	Codeowners bool `json:"codeowners"`
	// Municipalities are added to the embedded reference data: the
	// fictional municipalities of tests (testrepo.Synthetic).
	Municipalities []reference.Municipality `json:"municipalities,omitempty"`
}

// Finding is a finding of ValidateFiles in one language.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Message  string `json:"message"`
	Hint     string `json:"hint"`
}

// ValidateFiles runs validate.RunFS, the command line's validator, on
// exactly the input's files and returns its findings, in the validator's
// order, in each of the input's languages (by language).
func ValidateFiles(in FilesInput) (map[string][]Finding, error) {
	langs := in.Langs
	if len(langs) == 0 {
		langs = []string{string(msg.FI)}
	}
	for _, l := range langs {
		if !slices.Contains(msg.Langs, msg.Lang(l)) {
			return nil, fmt.Errorf("language %q is not fi, sv or en", l)
		}
	}
	fsys := make(fstest.MapFS, len(in.Files)+len(in.Raw))
	add := func(p string, data []byte) error {
		if !fs.ValidPath(p) || p == "." || strings.Contains(p, "\\") {
			return fmt.Errorf("file path %q is not a slash-separated path inside the repository", p)
		}
		if _, dup := fsys[p]; dup {
			return fmt.Errorf("file %q is both in files and in raw", p)
		}
		fsys[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return nil
	}
	for p, s := range in.Files {
		if err := add(p, []byte(s)); err != nil {
			return nil, err
		}
	}
	for p, data := range in.Raw {
		if err := add(p, data); err != nil {
			return nil, err
		}
	}
	ref, err := reference.Load()
	if err != nil {
		return nil, fmt.Errorf("loading reference data: %w", err)
	}
	if len(in.Municipalities) > 0 {
		d := *ref
		d.Municipalities = append(slices.Clone(ref.Municipalities), in.Municipalities...)
		slices.SortStableFunc(d.Municipalities, func(a, b reference.Municipality) int { return strings.Compare(a.Code, b.Code) })
		ref = &d
	}
	opts := validate.Options{Reference: ref, Codeowners: in.Codeowners}
	if in.Today != "" {
		t, err := time.Parse(time.DateOnly, in.Today)
		if err != nil {
			return nil, fmt.Errorf("today %q: %w", in.Today, err)
		}
		opts.Today = t
	}
	_, found, err := validate.RunFS(fsys, opts)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Finding, len(langs))
	for _, l := range langs {
		out[l] = render(found, msg.Lang(l))
	}
	return out, nil
}

// render is the findings in one language.
func render(found []*diag.Finding, lang msg.Lang) []Finding {
	out := make([]Finding, 0, len(found))
	for _, f := range found {
		m, h := f.In(lang)
		out = append(out, Finding{Rule: f.Rule, Severity: f.Severity.String(), File: f.Pos.File, Line: f.Pos.Line, Col: f.Pos.Col, Message: m, Hint: h})
	}
	return out
}

// ValidateFilesJSON is ValidateFiles for the page: JSON in (FilesInput),
// JSON out: {"findings": {"fi": [...], ...}} or {"error": "..."}.
func ValidateFilesJSON(input string) string {
	var in FilesInput
	var out struct {
		Findings map[string][]Finding `json:"findings"`
		Error    string               `json:"error,omitempty"`
	}
	out.Findings = map[string][]Finding{}
	if err := json.Unmarshal([]byte(input), &in); err != nil {
		out.Error = "govmapValidateFiles: " + err.Error()
	} else if fs, err := ValidateFiles(in); err != nil {
		out.Error = err.Error()
	} else {
		out.Findings = fs
	}
	b, _ := json.Marshal(out) // strings, ints and maps of them: no error
	return string(b)
}
