package main

import (
	"runtime/debug"
	"time"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/msg"
)

// buildVersion is what is known of the program's version: the module
// version and the commit it was built from, with the commit's time and
// whether the work tree had changes.
type buildVersion struct {
	version  string // "v1.2.0"; "" for a development build
	revision string // the commit's full hash; "" when unknown
	time     string // the commit's time, RFC 3339
	dirty    bool
	fromGit  bool // read from the git repository in the current folder
}

// readBuildVersion reads the version the go command stamped into the
// binary (go build and go install record the module version and, in a
// git work tree, the commit). `go run` records no commit: then the commit
// is the HEAD of the git repository in dir, which is what `go run .` in
// the repository's folder compiled (give or take uncommitted changes).
func readBuildVersion(info *debug.BuildInfo, ok bool, dir string) buildVersion {
	var v buildVersion
	if ok {
		if info.Main.Version != "" && info.Main.Version != "(devel)" {
			v.version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				v.revision = s.Value
			case "vcs.time":
				v.time = s.Value
			case "vcs.modified":
				v.dirty = s.Value == "true"
			}
		}
	}
	if v.revision == "" && dir != "" {
		if r, err := gitrepo.Open(dir); err == nil {
			if c, err := r.Commit("HEAD"); err == nil {
				v.revision = c.Hash.String()
				v.time = c.Committer.When.UTC().Format(time.RFC3339)
				v.fromGit = true
			}
		}
	}
	return v
}

// line is the version in a language, for `govmap --version`:
//
//	govmap v1.2.0, commit 0123456789ab (2026-11-30)
//	govmap (development build), commit 0123456789ab+dirty (2026-11-30)
//	govmap (development build)
func (v buildVersion) line(l msg.Lang) string {
	s := "govmap "
	if v.version != "" {
		s += v.version
	} else {
		s += msg.T(l, "(development build)")
	}
	if v.revision == "" {
		return s
	}
	rev := v.revision
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if v.dirty {
		rev += "+dirty"
	}
	day := v.time
	if t, err := time.Parse(time.RFC3339, v.time); err == nil {
		day = t.UTC().Format(time.DateOnly)
	}
	switch {
	case day != "" && v.fromGit:
		s += ", " + msg.Sprintf(l, "commit %s (%s; the HEAD of the git repository in this folder)", rev, day)
	case day != "":
		s += ", " + msg.Sprintf(l, "commit %s (%s)", rev, day)
	default:
		s += ", " + msg.Sprintf(l, "commit %s", rev)
	}
	return s
}

// versionLine is this program's version in a language.
func versionLine(l msg.Lang) string {
	info, ok := debug.ReadBuildInfo()
	return readBuildVersion(info, ok, ".").line(l)
}
