package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/pipeline"
)

func TestReplicateJSONL(t *testing.T) {
	src := filepath.Join(t.TempDir(), "in.jsonl")
	in := `{"id":"a","text":"Iran & Iraq <b>"}` + "\n\n" + `{"id":7,"text":"two","date":"2020-01-02"}` + "\n" +
		`{"text":"no id"}` + "\n" + `not json` // no final newline
	if err := os.WriteFile(src, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n, err := ReplicateJSONL(&out, src, 3)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(out.Len()) {
		t.Errorf("returned %d bytes, wrote %d", n, out.Len())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 12 {
		t.Fatalf("%d lines, want 3 copies of 4:\n%s", len(lines), out.String())
	}
	wantIDs := []string{"a", "7", "", "", "a~1", "7~1", "line 4~1", "", "a~2", "7~2", "line 4~2", ""}
	for i, l := range lines {
		if i%4 == 3 {
			if l != "not json" {
				t.Errorf("line %d = %q, want the bad line unchanged", i, l)
			}
			continue
		}
		var rec struct {
			ID   json.RawMessage `json:"id"`
			Text string          `json:"text"`
			Date string          `json:"date"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		id := strings.Trim(string(rec.ID), `"`)
		if id != wantIDs[i] {
			t.Errorf("line %d: id %s, want %q", i, rec.ID, wantIDs[i])
		}
		if want := []string{"Iran & Iraq <b>", "two", "no id"}[i%4]; rec.Text != want {
			t.Errorf("line %d: text %q, want %q", i, rec.Text, want)
		}
		if i%4 == 1 && rec.Date != "2020-01-02" {
			t.Errorf("line %d lost its date: %s", i, l)
		}
	}
	if lines[0] != `{"id":"a","text":"Iran & Iraq <b>"}` {
		t.Errorf("copy 0 is not the corpus as it is: %s", lines[0])
	}
	if _, err := ReplicateJSONL(&out, src, 0); err == nil {
		t.Error("factor 0 accepted")
	}
	if _, err := ReplicateJSONL(&out, filepath.Join(t.TempDir(), "missing.jsonl"), 1); err == nil {
		t.Error("missing file accepted")
	}
}

// TestReplicatedCorpusScales runs the pipeline on a corpus of 20 documents and on its 3× replication:
// documents, bytes, tokens and mentions triple, and so does each actor's mention count (replication
// keeps the boilerplate cleaner's decisions).
func TestReplicatedCorpusScales(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in.jsonl")
	var in strings.Builder
	for i := range 10 { // the repeated-line rule cannot fire on a replicated corpus of 10 documents or more
		fmt.Fprintf(&in, `{"id":"%d","text":"Iran and the United States met in Geneva on day %d. The EU welcomed the talks."}`+"\n", i, i)
		fmt.Fprintf(&in, `{"id":"r%d","text":"Russia said NATO troops left Poland on Monday %d."}`+"\n", i, i)
	}
	if err := os.WriteFile(src, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "x3.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReplicateJSONL(f, src, 3); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	run := func(p string) *pipeline.Result {
		res, err := pipeline.Run(context.Background(), m, pipeline.Options{Paths: []string{p}, Workers: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	one, three := run(src), run(f.Name())
	if one.Documents != 20 || one.Mentions < 40 {
		t.Fatalf("1×: %d documents, %d mentions", one.Documents, one.Mentions)
	}
	if three.Documents != 3*one.Documents || three.Bytes != 3*one.Bytes || three.Tokens != 3*one.Tokens ||
		three.Mentions != 3*one.Mentions {
		t.Errorf("3×: %d docs %d bytes %d tokens %d mentions; 1×: %d %d %d %d", three.Documents, three.Bytes,
			three.Tokens, three.Mentions, one.Documents, one.Bytes, one.Tokens, one.Mentions)
	}
	counts := map[string]int{}
	for _, e := range one.Entities.Rows() {
		counts[e.Entity] = e.Mentions
	}
	for _, e := range three.Entities.Rows() {
		if e.Mentions != 3*counts[e.Entity] {
			t.Errorf("%s: %d mentions in 3×, %d in 1×", e.Entity, e.Mentions, counts[e.Entity])
		}
	}
}
