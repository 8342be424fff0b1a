package validate

import (
	"path"
	"strings"
)

// Scope is what `validate --changed` checks, given the paths that changed
// since the base revision (added, modified or deleted; relative to the
// repository root) and whether each still exists.
//
// A file's findings can arise in other files: a deleted actor makes every
// reference to it dangling, a changed model or reference CSV changes what
// every file means, and a deleted municipality is missing from the
// reference data and its county. So only a change confined to municipality
// files that still exist is checked alone (the common pull request: one
// municipality's file); any other change to what the loader reads checks
// everything. Files the loader does not read (README, workflows) change
// nothing.
//
// Scope returns nil for "everything", else the filter for Options.Only and
// why (empty when the filter is used).
func Scope(changed map[string]bool, exists func(string) bool) (only func(string) bool, why string) {
	set := map[string]bool{}
	for p := range changed {
		switch {
		case strings.HasPrefix(p, "municipalities/") && path.Ext(p) == ".cue" && path.Dir(p) == "municipalities" && !strings.HasSuffix(p, "/schema.cue"):
			if !exists(p) {
				return nil, p
			}
			set[p] = true
		case affectsAll(p):
			return nil, p
		}
	}
	return func(p string) bool { return set[p] }, ""
}

// affectsAll reports a path whose change can change any file's findings.
func affectsAll(p string) bool {
	if p == "cue.mod/module.cue" || strings.HasPrefix(p, "reference/") || p == ".github/CODEOWNERS" {
		return true
	}
	if path.Ext(p) != ".cue" {
		return false
	}
	return true // model/, actors/, tasks/, counties/, a folder's schema.cue, a stray .cue file
}
