package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The embedded table is exactly what the generator writes from the shared reference files.
func TestGeneratedTableUpToDate(t *testing.T) {
	in := filepath.Join("..", "..", "..", "shared", "data", "reference", "cameo")
	if _, err := os.Stat(filepath.Join(in, "CAMEO.eventcodes.txt")); err != nil {
		t.Skipf("shared CAMEO reference files absent (%s): %v", in, err)
	}
	out := filepath.Join(t.TempDir(), "cameo.tsv")
	if err := run(in, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "events", "data", "cameo.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("events/data/cameo.tsv is stale: rerun go run ./tools/cameogen")
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		root string
		want int
	}{{"01", 1}, {"05", 1}, {"06", 2}, {"08", 2}, {"09", 3}, {"13", 3}, {"14", 4}, {"20", 4}}
	for _, tt := range tests {
		if got, err := quadClass(tt.root); err != nil || got != tt.want {
			t.Errorf("quadClass(%q) = %d, %v; want %d", tt.root, got, err, tt.want)
		}
	}
	for _, bad := range []string{"00", "21", "x"} {
		if _, err := quadClass(bad); err == nil {
			t.Errorf("quadClass(%q): no error", bad)
		}
	}
}
