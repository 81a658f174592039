package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "edges.csv")
	if err := WriteFileAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "complete\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "complete\n" {
		t.Fatalf("content %q, %v", got, err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", fi.Mode(), err)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only edges.csv", names)
	}
}

func TestWriteFileAtomicFailureLeavesNoFile(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name     string
		existing string // previous content, "" for none
	}{
		{"new file", ""},
		{"existing file", "previous run\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "nodes.csv")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFileAtomic(path, func(w io.Writer) error {
				if _, err := io.WriteString(w, "half a fi"); err != nil {
					return err
				}
				return boom
			})
			if !errors.Is(err, boom) {
				t.Fatalf("error = %v, want one wrapping boom", err)
			}
			names := listDir(t, dir)
			if tt.existing == "" {
				if len(names) != 0 {
					t.Errorf("failed write left %v", names)
				}
				return
			}
			if len(names) != 1 {
				t.Errorf("failed write left %v", names)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.existing {
				t.Errorf("previous content replaced by %q", got)
			}
		})
	}
}

func TestWriteFileAtomicPanicLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	func() {
		defer func() { _ = recover() }()
		_ = WriteFileAtomic(filepath.Join(dir, "x.csv"), func(w io.Writer) error {
			_, _ = io.WriteString(w, "partial")
			panic("writer bug")
		})
	}()
	if names := listDir(t, dir); len(names) != 0 {
		t.Errorf("panicking write left %v", names)
	}
}

func TestWriteFileAtomicBadDir(t *testing.T) {
	err := WriteFileAtomic(filepath.Join(t.TempDir(), "missing", "x.csv"), func(io.Writer) error { return nil })
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error = %v, want ErrNotExist", err)
	}
}
