package validate_test

import (
	"os"
	"strings"
	"testing"

	"github.com/govmap/govmap/internal/testrepo"
	"github.com/govmap/govmap/validate"
)

// TestMaintainerOrgOption: the organisation given (validate --repo, or
// GITHUB_REPOSITORY) decides whose teams count, over the coordinators'.
func TestMaintainerOrgOption(t *testing.T) {
	data, err := os.ReadFile("testdata/fixtures/officer-maintainer-org.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fx, err := testrepo.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	b, err := base()
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fx.Apply(b)
	if err != nil {
		t.Fatal(err)
	}
	opts := options(t)
	opts.Org = "Esimerkkila" // GitHub's names are case-insensitive
	_, findings, err := validate.RunFS(fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(brief(findings), "\n")
	if want := "municipalities/999-esimerkkila.cue:11:42 maintainer-org"; got != want {
		t.Errorf("with Org %q: findings\n%s\nwant %s", opts.Org, got, want)
	}
}
