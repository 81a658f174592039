package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/bench"
)

// TestMain lets a test run this test binary as geopol itself (GEOPOL_TEST_MAIN=1), for the tests
// that need a real process: signals.
func TestMain(m *testing.M) {
	if os.Getenv("GEOPOL_TEST_MAIN") == "1" {
		tuneGC()
		os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// geopolCmd is a command running geopol (this test binary as main) with args.
func geopolCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(exe, args...)
	c.Env = append(os.Environ(), "GEOPOL_TEST_MAIN=1")
	return c
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func summaryOf(t *testing.T, dir string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sum map[string]any
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatal(err)
	}
	return sum
}

// TestRunsNeverReadOutputs: `cd corpus; geopol analyze . -o run1; geopol analyze . -o run2`
// analyses the corpus twice alike: run2 reads neither run1's files nor its own, and says so.
func TestRunsNeverReadOutputs(t *testing.T) {
	corpusDir := t.TempDir()
	writeFile(t, filepath.Join(corpusDir, "a.txt"), "Iran and France held talks in Geneva on Monday. The Iranian foreign minister met Emmanuel Macron.\n")
	writeFile(t, filepath.Join(corpusDir, "news", "b.txt"), "Russia and Ukraine exchanged prisoners, Turkey said on Friday.\n")
	// An output of a geopol version before the marker: recognised by summary.json + documents.csv.
	old := filepath.Join(corpusDir, "old-run")
	writeFile(t, filepath.Join(old, "summary.json"), "{}\n")
	writeFile(t, filepath.Join(old, "documents.csv"), "doc_id\n")
	writeFile(t, filepath.Join(old, "notes.txt"), "Goldstein met Macron in Berlin.\n")
	// A summary.json alone does not make a run: this directory is read.
	writeFile(t, filepath.Join(corpusDir, "other", "summary.json"), "{}\n")
	writeFile(t, filepath.Join(corpusDir, "other", "c.txt"), "China and Japan signed a trade agreement in Tokyo.\n")

	run1, run2 := filepath.Join(corpusDir, "run1"), filepath.Join(corpusDir, "run2")
	for _, out := range []string{run1, run2} {
		code, _, stderr := run(t, "", "analyze", corpusDir, "-o", out, "--topics", "0")
		if code != 0 {
			t.Fatalf("analyze -o %s: exit %d: %s", out, code, stderr)
		}
		if !strings.Contains(stderr, "skipped "+out+": the output directory of this run") {
			t.Errorf("stderr does not say that the run's own directory was skipped:\n%s", stderr)
		}
	}
	for _, out := range []string{run1, run2} {
		b, err := os.ReadFile(filepath.Join(out, "documents.csv"))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		var ids []string
		for _, l := range lines[1:] {
			ids = append(ids, strings.SplitN(l, ",", 2)[0])
		}
		if got := strings.Join(ids, " "); got != "a.txt news/b.txt other/c.txt" {
			t.Errorf("%s read %s, want a.txt news/b.txt other/c.txt", out, got)
		}
	}
	sum := summaryOf(t, run2)
	skipped := map[string]string{}
	for _, s := range sum["skipped"].([]any) {
		m := s.(map[string]any)
		skipped[m["path"].(string)] = m["reason"].(string)
	}
	for path, want := range map[string]string{
		run1: "the output of an earlier geopol run (.geopol-run)",
		run2: "the output directory of this run",
		old:  "the output of an earlier geopol run (summary.json)",
	} {
		if skipped[path] != want {
			t.Errorf("summary.json skipped[%s] = %q, want %q (all: %v)", path, skipped[path], want, skipped)
		}
	}
	// --quiet says nothing on stderr, summary.json still lists them.
	code, _, stderr := run(t, "", "analyze", corpusDir, "-o", run2, "--force", "--quiet", "--topics", "0")
	if code != 0 || stderr != "" {
		t.Errorf("--quiet: exit %d, stderr %q", code, stderr)
	}
}

// TestNoDocumentSucceeds: exit 1 with one clear message when nothing could be analysed; a run
// where some documents fail exits 0 and lists them.
func TestNoDocumentSucceeds(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	writeFile(t, empty, "")
	binary := filepath.Join(dir, "blob.txt")
	writeFile(t, binary, string([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x10, 0x20, 0, 0, 0, 0, 0, 0}))
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"empty file", "", []string{"analyze", empty}, "no document could be analysed: the only document failed"},
		{"binary file", "", []string{"analyze", binary}, "no document could be analysed: the only document failed"},
		{"both", "", []string{"analyze", empty, binary}, "no document could be analysed: all 2 documents failed"},
		{"empty stdin", "", []string{"analyze", "-"}, "no documents to analyse: the input holds none"},
		{"empty directory", "", []string{"analyze", emptyDir}, "no documents to analyse: the input holds none"},
		{"network", "", []string{"network", empty}, "no document could be analysed"},
		{"extract", "", []string{"extract", binary}, "no document could be analysed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := tc.args
			if args[0] != "extract" {
				args = append(args, "-o", out)
			}
			code, _, stderr := run(t, tc.stdin, args...)
			if code != 1 {
				t.Errorf("exit %d, want 1; stderr:\n%s", code, stderr)
			}
			last := lastLine(stderr)
			if !strings.HasPrefix(last, "geopol: "+tc.want) {
				t.Errorf("last line of stderr %q, want geopol: %s…", last, tc.want)
			}
			if args[0] != "extract" {
				entries, _ := os.ReadDir(out)
				for _, e := range entries {
					if e.Name() != ".geopol-run" {
						t.Errorf("a run that analysed nothing left %s", e.Name())
					}
				}
			}
		})
	}
	// Some documents fail: exit 0, listed on stderr and in summary.json.
	good := filepath.Join(dir, "good", "a.txt")
	writeFile(t, good, "Iran and France held talks in Geneva on Monday.\n")
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run(t, "", "analyze", empty, binary, filepath.Dir(good), "-o", out, "--topics", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "geopol: empty.txt: ") || !strings.Contains(stderr, "geopol: blob.txt: ") {
		t.Errorf("failed documents not listed on stderr:\n%s", stderr)
	}
	sum := summaryOf(t, out)
	if sum["failed"].(float64) != 2 || sum["documents"].(float64) != 3 {
		t.Errorf("summary: %v documents, %v failed", sum["documents"], sum["failed"])
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestSignalsStopCleanly sends SIGINT and SIGTERM to real geopol processes in the middle of a
// run: each exits 130 or 143 with one line saying so, and leaves no temporary file.
func TestSignalsStopCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs geopol on 100,000 documents")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "tiny.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bench.WriteTinyDocs(f, 100_000, 100); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, tc := range []struct {
		sig   syscall.Signal
		name  string
		code  int
		twice bool // a second signal: stop at once, the temporary files removed all the same
	}{
		{syscall.SIGINT, "SIGINT", 130, false},
		{syscall.SIGTERM, "SIGTERM", 143, false},
		{syscall.SIGTERM, "SIGTERM", 143, true},
	} {
		t.Run(fmt.Sprintf("%s-twice=%v", tc.name, tc.twice), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			c := geopolCmd(t, "analyze", in, "-o", out, "--quiet", "--workers", "2")
			stderr, err := c.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait until the run streams mentions.jsonl to its temporary file: mid-run.
			deadline := time.Now().Add(2 * time.Minute)
			for !hasTemp(t, out) {
				if time.Now().After(deadline) {
					c.Process.Kill()
					t.Fatal("no temporary file after 2 minutes")
				}
				time.Sleep(20 * time.Millisecond)
			}
			if err := c.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			if tc.twice {
				time.Sleep(5 * time.Millisecond)
				_ = c.Process.Signal(tc.sig) // it may have exited already
			}
			var lines []string
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			err = c.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("exit %v, want %d", err, tc.code)
			}
			want := "geopol: interrupted by " + tc.name + ": stopped before the end; no partial file left behind"
			if len(lines) != 1 || lines[0] != want {
				t.Errorf("stderr %q, want the one line %q", lines, want)
			}
			if hasTemp(t, out) {
				t.Error("temporary files left behind")
			}
		})
	}
}

// hasTemp reports whether dir holds a temporary output file (".NAME.tmp*").
func hasTemp(t *testing.T, dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), ".tmp") {
			return true
		}
	}
	return false
}
