package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestGeneratedTableUpToDate rebuilds the actor table from the shared Phoenix dictionaries and
// compares it with the committed one.
func TestGeneratedTableUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "reference", "cameo")
	if _, err := os.Stat(filepath.Join(dir, sources[0])); err != nil {
		t.Skipf("shared Phoenix dictionaries absent (%s): %v", dir, err)
	}
	out := filepath.Join(t.TempDir(), "actors.tsv.gz")
	log, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	if err := run(dir, out, log); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "entities", "actors", "data", "actors.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("entities/actors/data/actors.tsv.gz is stale: rerun go run ./tools/phoenixgen")
	}
}

func TestOrgOf(t *testing.T) {
	by := map[string]string{"IGOUNO": "UN", "IGOUNOREFHCR": "UNHCR"}
	for code, want := range map[string]string{"IGOUNOREFHCR": "UNHCR", "IGOUNOXYZ": "UN", "IGOUNO": "UN", "IGOEUR": "", "IGO": ""} {
		if got := orgOf(by, code); got != want {
			t.Errorf("orgOf(%s) = %q, want %q", code, got, want)
		}
	}
}

// TestNameVariants checks the forms of full names that news reports use.
func TestNameVariants(t *testing.T) {
	for _, tt := range []struct {
		key     string
		spanish bool
		want    []string
	}{
		{"FERDINAND E MARCOS", false, []string{"FERDINAND MARCOS", "FE MARCOS"}},
		{"FREDERICK WILLEM DE KLERK", false, []string{"FW DE KLERK"}},
		{"PIETER WILLEM BOTHA", false, []string{"PW BOTHA"}},
		{"AUGUSTO PINOCHET UGARTE", true, []string{"AUGUSTO PINOCHET"}},
		{"JOSE MARIA DEL SOLAR", true, nil},                       // "del Solar" is one surname
		{"JOSE MARIA DEL SOLAR", false, []string{"JM DEL SOLAR"}}, // the particle stays with it
		{"VLADIMIR PUTIN", false, nil},
		{"HERMAN VAN ROMPUY", false, nil}, // one given name: no initials form
	} {
		if got := nameVariants(tt.key, tt.spanish); !slices.Equal(got, tt.want) {
			t.Errorf("nameVariants(%q, %v) = %q, want %q", tt.key, tt.spanish, got, tt.want)
		}
	}
}
