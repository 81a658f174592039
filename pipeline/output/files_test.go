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
	if got := listDir(t, dir); !slices.Equal(got, []string{RunMarker, ".hidden", "notes.txt", "report.html.bak"}) {
		t.Errorf("left %v, want only the files that are not a run's, and the run's marker", got)
	}
	// 17 files, datapackage.json, and the Parquet files of every table and of the mentions.
	if len(Files()) != 17+1+len(Tables())+1 || slices.Contains(Files(), "") {
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

// TestPrepareDirForceRemovesLeftovers: --force removes the temporary files that a run killed
// before it could clean up left (".NAME.tmp*" of our file names), and nothing else.
func TestPrepareDirForceRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	leftovers := []string{".mentions.jsonl.tmp123456", ".relations.csv.tmp9", ".report.html.tmp42", ".nodes.parquet.tmp7"}
	kept := []string{".notes.tmp1", "keep.txt", ".mentions.jsonl.tmpx", ".bashrc", "mentions.jsonl.tmp5"}
	for _, name := range append(slices.Clone(leftovers), kept...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := PrepareDir(dir, false); err == nil {
		t.Fatal("a directory with leftovers is not empty: want an error without force")
	}
	if err := PrepareDir(dir, true); err != nil {
		t.Fatal(err)
	}
	for _, name := range leftovers {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s left after --force", name)
		}
	}
	for _, name := range append(kept, RunMarker) {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
}

func TestRunDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if RunDir(dir) != "" {
		t.Error("an empty directory is a run's")
	}
	write(SummaryJSON)
	if RunDir(dir) != "" {
		t.Error("a summary.json alone makes a run")
	}
	write(NodesCSV)
	if RunDir(dir) != SummaryJSON {
		t.Error("summary.json and nodes.csv (geopol network) not recognised")
	}
	other := t.TempDir()
	if err := PrepareDir(other, false); err != nil {
		t.Fatal(err)
	}
	if RunDir(other) != RunMarker {
		t.Error("PrepareDir does not mark the directory")
	}
	// A directory holding only the marker (a run that wrote nothing) is used again without force.
	if err := PrepareDir(other, false); err != nil {
		t.Errorf("marker-only directory: %v", err)
	}
}
