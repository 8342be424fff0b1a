package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/msg"
	"github.com/govmap/govmap/validate"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "[--format json] [-o FILE] [DIR]", stderr)
	format := fs.String("format", "json", "output format: json")
	out := fs.String("o", "", "write to FILE instead of standard output")
	lang := langFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	c := newCLI(fs, lang, stdout, stderr)
	dir, ok := repoDir(fs, stderr)
	if !ok {
		return exitTrouble
	}
	if *format != "json" {
		return c.fail(msg.Errorf("unknown format %q (want one of: %s)", *format, "json"))
	}
	repo, findings, err := validate.Run(dir, validate.Options{Today: mustToday()})
	if err != nil {
		return c.fail(err)
	}
	if validate.Failed(findings, false) {
		c.note("the repository has errors; run '%s'", commandLine("validate", dir))
		return exitFailed
	}
	var buf bytes.Buffer
	if err := export.JSONWith(&buf, repo, export.Meta{Revision: headRevision(dir)}); err != nil {
		return c.fail(err)
	}
	if *out == "" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = writeFileAtomic(*out, buf.Bytes())
	}
	if err != nil {
		return c.fail(err)
	}
	return exitOK
}

func mustToday() (t time.Time) {
	t, _ = parseToday("")
	return t
}

// writeFileAtomic writes via a temporary file in the same folder and a
// rename, so a reader never sees half a file.
func writeFileAtomic(name string, data []byte) error {
	return writeFileAtomicMode(name, data, 0o644)
}

// writeFileAtomicMode is writeFileAtomic with the file's permissions (to
// keep those of a file it replaces).
func writeFileAtomicMode(name string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return msg.Errorf("writing %s: %s", name, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return msg.Errorf("writing %s: %s", name, err)
	}
	if err := tmp.Close(); err != nil {
		return msg.Errorf("writing %s: %s", name, err)
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return msg.Errorf("writing %s: %s", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return msg.Errorf("writing %s: %s", name, err)
	}
	return nil
}
