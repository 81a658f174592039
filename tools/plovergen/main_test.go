package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The embedded table is exactly what the generator writes from the shared PLOVER table.
func TestGeneratedTableUpToDate(t *testing.T) {
	in := filepath.Join("..", "..", "..", "shared", "data", "reference", "plover", "CAMEO2PLOVER-2021.txt")
	if _, err := os.Stat(in); err != nil {
		t.Skipf("shared PLOVER table absent (%s): %v", in, err)
	}
	out := filepath.Join(t.TempDir(), "cameo_plover.tsv")
	if err := run(in, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "events", "data", "cameo_plover.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("events/data/cameo_plover.tsv is stale: rerun go run ./tools/plovergen")
	}
}

func TestContext(t *testing.T) {
	for in, want := range map[string]string{" crime; corruption ": "crime;corruption", "": "", "  military": "military", "legal; military": "legal;military"} {
		if got := context(in); got != want {
			t.Errorf("context(%q) = %q, want %q", in, got, want)
		}
	}
}
