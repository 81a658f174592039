package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The embedded table is exactly what the generator writes from the shared dictionary.
func TestGeneratedTableUpToDate(t *testing.T) {
	in := filepath.Join("..", "..", "..", "shared", "data", "reference", "cameo", "CAMEO.2.0.txt")
	if _, err := os.Stat(in); err != nil {
		t.Skipf("shared CAMEO dictionary absent (%s): %v", in, err)
	}
	out := filepath.Join(t.TempDir(), "cameo_verbs.tsv")
	skipped, err := run(in, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) > 10 {
		t.Errorf("%d patterns skipped, want a handful: %q", len(skipped), skipped)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "events", "data", "cameo_verbs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("events/data/cameo_verbs.tsv is stale: rerun go run ./tools/cameoverbs")
	}
}
