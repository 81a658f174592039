package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The embedded country table is exactly what the generator writes from the shared reference file.
func TestGeneratedTableUpToDate(t *testing.T) {
	in := filepath.Join("..", "..", "..", "shared", "data", "reference", "countries", "countries.json")
	if _, err := os.Stat(in); err != nil {
		t.Skipf("shared countries.json absent (%s): %v", in, err)
	}
	out := filepath.Join(t.TempDir(), "countries.tsv")
	if err := run(in, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "entities", "data", "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("entities/data/countries.tsv is stale: rerun go generate ./entities")
	}
}
