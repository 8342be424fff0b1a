package request

import (
	"io/fs"
	"path"
	"regexp"
	"sort"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/msg"
)

// codePattern is what a municipality's code is: three digits (Statistics
// Finland).
var codePattern = regexp.MustCompile(`^[0-9]{3}$`)

// ValidCode reports whether s can be a municipality's code.
func ValidCode(s string) bool { return codePattern.MatchString(s) }

// Code reads which municipality a request is for: the key its cue block
// writes. A request that cannot be read returns its *Error.
func Code(name string, body []byte) (string, error) {
	if name == "" {
		name = DefaultName
	}
	rq, err := readRequest(name, body)
	if err != nil {
		return "", err
	}
	if !ValidCode(rq.code) {
		return "", &Error{Findings: []*diag.Finding{problem(rq.keyPos, "%s is no municipality's code: a code is three digits, such as 091", rq.code)}}
	}
	return rq.code, nil
}

// ErrNoFile is a code no file of the repository is for.
type ErrNoFile struct{ Code string }

func (e *ErrNoFile) Error() string { return e.Localize(msg.EN) }

// Localize says it in a language.
func (e *ErrNoFile) Localize(l msg.Lang) string {
	return msg.Sprintf(l, "no file of municipalities/ is municipality %s's", e.Code)
}

// FileOf finds the file of the municipality with the code in a
// repository: the one file of municipalities/ named CODE-<name>.cue. The
// path is chosen from the folder's listing, never made from the request's
// text, so a request reaches no other file.
func FileOf(fsys fs.FS, code string) (string, error) {
	if !ValidCode(code) {
		return "", &ErrNoFile{Code: code}
	}
	des, err := fs.ReadDir(fsys, folder)
	if err != nil {
		return "", err
	}
	var found []string
	for _, de := range des {
		if !de.Type().IsRegular() {
			continue
		}
		p := path.Join(folder, de.Name())
		if _, key, ok := model.EntityOfFile(p); ok && key == code {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return "", &ErrNoFile{Code: code}
	}
	sort.Strings(found)
	return found[0], nil
}
