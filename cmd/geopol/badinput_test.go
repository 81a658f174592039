package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// TestIDsJoinAcrossFiles: document ids that start with = + - @ are written as they are in
// documents.csv, mentions.jsonl, relations.csv and doc_topics.csv, so the files join on doc_id;
// display fields keep the spreadsheet guard, and a row is one physical line.
func TestIDsJoinAcrossFiles(t *testing.T) {
	ids := []string{"=SUM(A1)", "+44 wire", "-1 draft", "@desk/7", "plain"}
	var in strings.Builder
	for i, id := range ids {
		title := "=HYPERLINK(\"x\")\nsecond line"
		text := "Iran condemned France on Monday.\nThe French government criticized Iran in a statement.\n" +
			"Russia and China signed an agreement in Moscow."
		if i%2 == 1 {
			text = "Germany praised Japan.\nJapan thanked Germany for the aid it sent."
		}
		b, _ := json.Marshal(map[string]string{"id": id, "title": title, "text": text})
		in.Write(b)
		in.WriteByte('\n')
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := run(t, in.String(), "analyze", "-", "-o", out, "--quiet", "--topics", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	read := func(name string) [][]string {
		recs := readCSVFile(t, filepath.Join(out, name))
		b, _ := os.ReadFile(filepath.Join(out, name))
		if n := strings.Count(string(b), "\n"); n != len(recs) {
			t.Errorf("%s: %d physical lines for %d records", name, n, len(recs))
		}
		return recs
	}
	docs := map[string]bool{}
	for _, r := range read("documents.csv")[1:] {
		docs[r[0]] = true
		if r[2] != "'=HYPERLINK(\"x\") second line" {
			t.Errorf("title %q: want the guarded, one-line title", r[2])
		}
	}
	for _, id := range ids {
		if !docs[id] {
			t.Errorf("documents.csv has no doc_id %q (has %v)", id, docs)
		}
	}
	mentioned := map[string]bool{}
	b, err := os.ReadFile(filepath.Join(out, "mentions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var md struct{ ID string }
		if err := json.Unmarshal([]byte(line), &md); err != nil {
			t.Fatal(err)
		}
		mentioned[md.ID] = true
		if !docs[md.ID] {
			t.Errorf("mentions.jsonl id %q joins no documents.csv doc_id", md.ID)
		}
	}
	for _, file := range []string{"relations.csv", "doc_topics.csv"} {
		recs := read(file)
		if len(recs) < 2 {
			t.Errorf("%s has no rows", file)
		}
		for _, r := range recs[1:] {
			if !docs[r[0]] || !mentioned[r[0]] {
				t.Errorf("%s doc_id %q joins no document or mentions line", file, r[0])
			}
		}
	}
}

// TestSummaryMeasuresWholeRun: summary.json is the last file written, so its time covers the
// writing of every other file; doc_topics.csv leaves out weights below --doc-topics-min.
func TestSummaryMeasuresWholeRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	start := time.Now()
	code, _, stderr := run(t, "", "analyze", "-o", out, "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sum := summaryOf(t, out)
	fi, err := os.Stat(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		if info.ModTime().After(fi.ModTime()) {
			t.Errorf("%s written after summary.json", e.Name())
		}
		// The run started after `start`: its time covers every file's writing.
		if took := info.ModTime().Sub(start).Seconds(); took > sum["elapsed_seconds"].(float64)+0.05 {
			t.Errorf("%s written %.3fs after the start, summary.json says the run took %.3fs", e.Name(), took, sum["elapsed_seconds"])
		}
	}
	extra := sum["settings"].(map[string]any)["extra"].(map[string]any)
	if extra["doc_topics_min_share"] != "0.01" {
		t.Errorf("summary.json settings.extra.doc_topics_min_share = %v", extra["doc_topics_min_share"])
	}
	// Sparse: no LSA topic whose share of the document (its squared weight) is below the
	// threshold; dense with --doc-topics-min 0.
	rows := func(dir string) [][]string { return readCSVFile(t, filepath.Join(dir, "doc_topics.csv"))[1:] }
	sparse := rows(out)
	for _, r := range sparse {
		w, _ := strconv.ParseFloat(r[2], 64)
		if w*w < 0.01 {
			t.Errorf("doc_topics.csv row %v below the threshold", r)
		}
	}
	dense := filepath.Join(t.TempDir(), "dense")
	if code, _, stderr := run(t, "", "analyze", "-o", dense, "--quiet", "--doc-topics-min", "0"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := len(strings.Split(strings.TrimSpace(mustRead(t, filepath.Join(dense, "documents.csv"))), "\n")) - 1
	topics := int(summaryOf(t, dense)["topics"].(float64))
	if d := rows(dense); len(d) != docs*topics || len(sparse) >= len(d) {
		t.Errorf("dense doc_topics.csv: %d rows for %d documents × %d topics; sparse %d", len(d), docs, topics, len(sparse))
	}
}

// readCSVFile returns the records of the CSV file at path, its header first.
func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
