package output

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
)

// runTableRows are report.html's rows about how the run went (times, throughput, memory).
var runTableRows = regexp.MustCompile(`<tr><th>(throughput|peak memory)</th><td>[^<]*</td></tr>\n|<tr><th>[a-z_]+</th><td>[0-9.]+ s</td></tr>\n`)

// TestPartsEqualStream checks that documents written in shards of consecutive documents (WritePart,
// then AddPart in order, as workers of a distributed run do) give the same files as documents added
// one by one (Analyze): the part files concatenated, the relations header once, the mentions in
// context of the report kept from the same documents.
func TestPartsEqualStream(t *testing.T) {
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	o := pipeline.Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 2, Topics: 4, Seed: 1}
	cfg := Config{Set: All, Graph: network.GraphOptions{Timeline: corpus.Month}, Gazetteer: m.Gazetteer,
		Settings: reports.Settings{Version: "test"}}
	streamed, parted := t.TempDir(), t.TempDir()
	cfg.Dir = streamed
	if _, _, err := Analyze(context.Background(), Run{Options: o, Config: cfg, Models: m}); err != nil {
		t.Fatal(err)
	}

	var recs []*Record
	res, err := pipeline.Run(context.Background(), m, o, func(r *pipeline.DocResult) error {
		recs = append(recs, RecordOf(r, All))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Dir = parted
	w, err := NewWriter(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	partDir := t.TempDir()
	for i := 0; i < len(recs); i += 4 {
		p, err := WritePart(partDir, "part"+string(rune('a'+i/4)), recs[i:min(i+4, len(recs))])
		if err != nil {
			t.Fatal(err)
		}
		if err := w.AddPart(p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Finish(res, 0, time.Second); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(partDir); len(left) != 0 {
		t.Errorf("%d part files left", len(left))
	}
	entries, err := os.ReadDir(streamed)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 15 {
		t.Fatalf("only %d files written", len(entries))
	}
	for _, e := range entries {
		a, _ := os.ReadFile(filepath.Join(streamed, e.Name()))
		b, err := os.ReadFile(filepath.Join(parted, e.Name()))
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		switch e.Name() {
		case "summary.json":
			continue // timings
		case "report.html":
			a, b = runTableRows.ReplaceAll(a, nil), runTableRows.ReplaceAll(b, nil)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs when written in parts (%d vs %d bytes)", e.Name(), len(b), len(a))
		}
	}
}
