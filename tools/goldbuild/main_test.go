package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// copySources copies the gold sources matching pattern (in testdata/gold/src) into a temporary
// gold directory and returns it.
func copySources(t *testing.T, pattern string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	srcs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "gold", "src", pattern))
	if err != nil || len(srcs) == 0 {
		t.Fatalf("no gold sources %s: %v", pattern, err)
	}
	for _, src := range srcs {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "src", filepath.Base(src)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// The committed gold files are exactly what the builder writes from their sources.
func TestGoldFilesUpToDate(t *testing.T) {
	dir := copySources(t, "*.txt")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	outs, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(outs) == 0 {
		t.Fatal("the builder wrote nothing")
	}
	for _, out := range outs {
		got, _ := os.ReadFile(out)
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "gold", filepath.Base(out)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("testdata/gold/%s is stale: rerun go run ./tools/goldbuild", filepath.Base(out))
		}
	}
}

func TestParse(t *testing.T) {
	d, err := parse("x", "[[Iran|GPE|IRN]] and [[the IAEA|ORG|IAEA]] met in [[Vienna|GPE]].")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Iran and the IAEA met in Vienna." || len(d.Entities) != 3 {
		t.Fatalf("parse = %+v", d)
	}
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Errorf("span %d-%d is %q, not %q", e.Start, e.End, d.Text[e.Start:e.End], e.Text)
		}
	}
	if e := d.Entities[2]; e.Entity != "Vienna" || e.Type != "GPE" {
		t.Errorf("entity without id: %+v, want the surface text as entity", e)
	}
	for _, bad := range []string{"[[Iran|XYZ]]", "[[Iran]]", "[[Iran|GPE", "Iran]]", "[[ Iran|GPE]]", "[[a [[b|GPE]]|GPE]]"} {
		if _, err := parse("x", bad); err == nil {
			t.Errorf("parse(%q) succeeded", bad)
		}
	}
}
