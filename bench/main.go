// Command bench times the govmap CLI end to end on SYNTHETIC repositories
// (internal/synth, ×1 = 308 fully filled municipality files, ×10 = 3,080)
// beside the official `cue vet` on the same files, and prints the medians,
// the peak memory and the ratio govmap/cue vet as a Markdown table.
//
//	go run ./bench [-runs 5] [-scales 1,10] [-cue PATH]
//
// It builds govmap and installs nothing: the cue command is looked up on
// PATH and in $(go env GOPATH)/bin (install it with
// `go install cuelang.org/go/cmd/cue@<version in go.mod>`).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/govmap/govmap/internal/synth"
)

func main() {
	runs := flag.Int("runs", 5, "runs of each command; the median is reported")
	scalesFlag := flag.String("scales", "1,10", "scale factors of the synthetic repository")
	cuePath := flag.String("cue", "", "the cue command (default: from PATH or GOPATH/bin)")
	flag.Parse()
	if err := run(*runs, *scalesFlag, *cuePath); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type result struct {
	wall time.Duration
	rss  int64 // KiB
}

func run(runs int, scalesFlag, cuePath string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "govmap-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	govmap := filepath.Join(tmp, "govmap")
	build := exec.Command("go", "build", "-o", govmap, ".")
	build.Dir, build.Stderr = root, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("building govmap: %w", err)
	}
	if cuePath == "" {
		cuePath = findCue()
	}
	hasBuild := exec.Command(govmap, "build", "-h").Run() == nil

	fmt.Printf("Machine: %s/%s, %d CPUs, %s; %d runs each, medians.\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), runs)
	fmt.Println("| data | command | median wall | peak RSS | vs cue vet |")
	fmt.Println("|---|---|---:|---:|---:|")
	for _, sf := range strings.Split(scalesFlag, ",") {
		scale, err := strconv.Atoi(strings.TrimSpace(sf))
		if err != nil || scale < 1 {
			return fmt.Errorf("bad scale %q", sf)
		}
		dir := filepath.Join(tmp, fmt.Sprintf("x%d", scale))
		fmt.Fprintf(os.Stderr, "bench: generating ×%d ...\n", scale)
		if _, err := synth.Generate(root, dir, scale, 42); err != nil {
			return err
		}
		// A git repository with one changed file, for --changed.
		if err := gitCommit(dir); err != nil {
			return err
		}
		label := fmt.Sprintf("×%d (%d files)", scale, 308*scale)
		var cue result
		if cuePath != "" {
			cue = median(runs, dir, cuePath, "vet", "-c", "./...")
			fmt.Printf("| %s | `cue vet -c ./...` | %s | %s | 1.00 |\n", label, secs(cue.wall), mib(cue.rss))
		}
		row := func(name string, r result) {
			ratio := "–"
			if cue.wall > 0 {
				ratio = fmt.Sprintf("%.2f", float64(r.wall)/float64(cue.wall))
			}
			fmt.Printf("| %s | `%s` | %s | %s | %s |\n", label, name, secs(r.wall), mib(r.rss), ratio)
		}
		row("govmap validate", median(runs, dir, govmap, "validate", "--today", "2026-11-23", "."))
		row("govmap validate --changed HEAD", median(runs, dir, govmap, "validate", "--changed", "HEAD", "--today", "2026-11-23", "."))
		if hasBuild {
			out := filepath.Join(tmp, fmt.Sprintf("site-x%d", scale))
			row("govmap build", median(runs, dir, "sh", "-c", fmt.Sprintf("rm -rf %s && %s build -o %s --today 2026-11-23 . >/dev/null", out, govmap, out)))
		}
	}
	return nil
}

// median runs a command n times in dir and returns the median wall time
// and the largest peak RSS. The exit status is ignored: at ×10 the
// synthetic municipalities are unknown to the real reference data, which
// validate reports, and that work is part of what is timed.
func median(n int, dir, name string, args ...string) result {
	var walls []time.Duration
	var rss int64
	for range n {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		var sink bytes.Buffer
		cmd.Stdout, cmd.Stderr = &sink, &sink
		start := time.Now()
		_ = cmd.Run()
		walls = append(walls, time.Since(start))
		if cmd.ProcessState != nil {
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > rss {
				rss = ru.Maxrss
			}
		}
	}
	slices.Sort(walls)
	return result{walls[len(walls)/2], rss}
}

func gitCommit(dir string) error {
	for _, args := range [][]string{
		{"init", "-q", "."}, {"add", "-A"},
		{"-c", "user.email=bench@example.invalid", "-c", "user.name=bench", "commit", "-q", "-m", "synthetic"},
	} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("git %s: %v: %s", args[0], err, out)
		}
	}
	f := filepath.Join(dir, "municipalities", "091-helsinki.cue")
	b, err := os.ReadFile(f)
	if err != nil {
		return err
	}
	return os.WriteFile(f, bytes.Replace(b, []byte("Valtuusto"), []byte("Kaupunginvaltuusto"), 1), 0o644)
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

func findCue() string {
	if p, err := exec.LookPath("cue"); err == nil {
		return p
	}
	if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		p := filepath.Join(strings.SplitN(strings.TrimSpace(string(out)), string(os.PathListSeparator), 2)[0], "bin", "cue")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	fmt.Fprintln(os.Stderr, "bench: cue not found; cue vet is not measured")
	return ""
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "model name") {
			if _, v, ok := strings.Cut(line, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return "unknown CPU"
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func mib(kib int64) string { return fmt.Sprintf("%d MiB", kib/1024) }
