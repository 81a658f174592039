package output

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestPrepareDir(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) // dir does not exist yet
		force   bool
		wantErr error // nil: success; errAny: some error
	}{
		{name: "missing is created", setup: func(*testing.T, string) {}},
		{name: "empty is used", setup: mkdir},
		{name: "non-empty refused", setup: nonEmpty, wantErr: ErrOutDirNotEmpty},
		{name: "non-empty with force", setup: nonEmpty, force: true},
		{name: "file refused", setup: func(t *testing.T, dir string) {
			if err := os.WriteFile(dir, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}, force: true, wantErr: errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out", "run")
			if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, dir)
			err := PrepareDir(dir, tt.force)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr == errAny && err == nil, tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			var de *DirError
			if err != nil && !errors.As(err, &de) {
				t.Errorf("error %v is not a *DirError", err)
			}
			if err == nil {
				if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
					t.Errorf("%s is not a directory after success", dir)
				}
			}
		})
	}
	if err := PrepareDir(filepath.Join(t.TempDir(), "a", "b", "c"), false); err != nil {
		t.Errorf("nested missing directory: %v", err)
	}
}

// With force, the files of an earlier run are removed, whichever this run will write, and the
// directory's other files are left alone.
func TestPrepareDirForceRemovesEarlierRun(t *testing.T) {
	dir := t.TempDir()
	keep := []string{"notes.txt", ".hidden", "report.html.bak"}
	for _, name := range append(Files(), keep...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := PrepareDir(dir, false); !errors.Is(err, ErrOutDirNotEmpty) {
		t.Fatalf("without force: %v, want ErrOutDirNotEmpty", err)
	}
	if err := PrepareDir(dir, true); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{".hidden", "notes.txt", "report.html.bak"}) {
		t.Errorf("left %v, want only the files that are not a run's", got)
	}
	if len(Files()) != 17 || slices.Contains(Files(), "") {
		t.Errorf("Files() = %v", Files())
	}
}

var errAny = errors.New("any error")

func mkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func nonEmpty(t *testing.T, dir string) {
	t.Helper()
	mkdir(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "edges.csv"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
}
