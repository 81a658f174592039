package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	got := splitSentences("The Council met today.  It adopted\na resolution! Why not? Ok. The end of it")
	want := []string{"The Council met today.", "It adopted a resolution!", "The end of it"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestRunDeterministicAndResampled(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	src := `{"id":"a","date":"2020-09-22","text":"Alpha beta gamma. Delta epsilon zeta."}
{"id":"b","date":"2021-09-21","text":"Eta theta iota. Kappa lambda mu. Nu xi omicron."}
`
	if err := os.WriteFile(in, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	gen := func() string {
		var buf bytes.Buffer
		if err := run([]string{"-in", in, "-docs", "20", "-seed", "7", "-min", "2", "-max", "4"}, &buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	a, b := gen(), gen()
	if a != b {
		t.Fatal("same seed, different output")
	}
	sentences := map[string]bool{"Alpha beta gamma.": true, "Delta epsilon zeta.": true,
		"Eta theta iota.": true, "Kappa lambda mu.": true, "Nu xi omicron.": true}
	lines := strings.Split(strings.TrimSpace(a), "\n")
	if len(lines) != 20 {
		t.Fatalf("%d lines, want 20", len(lines))
	}
	for _, l := range lines {
		var rec struct{ ID, Date, Text string }
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Date != "2020-09-22" && rec.Date != "2021-09-21" {
			t.Errorf("%s: date %q not a source date", rec.ID, rec.Date)
		}
		n := 0
		for _, part := range strings.SplitAfter(rec.Text, ". ") {
			if !sentences[strings.TrimSpace(part)] {
				t.Errorf("%s: %q is not a source sentence", rec.ID, part)
			}
			n++
		}
		if n < 2 || n > 4 {
			t.Errorf("%s: %d sentences, want 2–4", rec.ID, n)
		}
	}
}
