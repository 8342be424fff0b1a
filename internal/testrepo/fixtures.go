package testrepo

import (
	"fmt"
	"strings"
	"testing/fstest"
	"time"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/model"
)

// How the fixtures of validate/testdata/fixtures are run: validate's
// TestFixtures and editcheck's TestWasmCorpus (the same fixtures through
// the validator compiled to WebAssembly) share these, so both run exactly
// the same repositories with the same options.

// FixtureToday is the date every fixture is judged against.
var FixtureToday = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// FixtureBase is Base with the CODEOWNERS its maintainers give, as the
// workflow on main writes it after a merge: a pull request that adds
// maintainers to a real file (and leaves CODEOWNERS to that workflow) does
// not make every fixture stale.
func FixtureBase(root string) (fstest.MapFS, error) {
	m, err := Base(root)
	if err != nil {
		return nil, err
	}
	repo, err := model.LoadFS(m)
	if err != nil {
		return nil, fmt.Errorf("loading the base repository: %w", err)
	}
	m[codeowners.Path] = &fstest.MapFile{Data: codeowners.Generate(repo), Mode: 0o644}
	return m, nil
}

// FixtureCodeowners tells whether the fixture of a name (its file name
// without .txtar) runs as on main, where CODEOWNERS is checked: the
// codeowners-* cases. The others run as on a pull request, where it is
// not (so their expectations do not depend on which real files name
// maintainers).
func FixtureCodeowners(name string) bool {
	return strings.HasPrefix(name, "codeowners-")
}
