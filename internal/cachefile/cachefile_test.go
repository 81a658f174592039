package cachefile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWrite: the file holds what was written, replaces an older one, and no temporary file is
// left; a path that cannot be written is an error and leaves nothing behind.
func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sub")
	path := filepath.Join(dir, "model.bin")
	for _, content := range []string{"first", "second, longer"} {
		if err := Write(path, ".model-*.tmp", []byte(content)); err != nil {
			t.Fatal(err)
		}
		if b, err := os.ReadFile(path); err != nil || string(b) != content {
			t.Fatalf("read %q, %v; want %q", b, err, content)
		}
		if es, _ := os.ReadDir(dir); len(es) != 1 {
			t.Fatalf("%d files in the directory, want 1", len(es))
		}
	}
	// A directory where the file should be: the rename fails.
	bad := filepath.Join(dir, "taken")
	if err := os.Mkdir(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(bad, ".model-*.tmp", []byte("x")); err == nil {
		t.Error("writing over a non-empty directory: no error")
	}
	if es, _ := os.ReadDir(dir); len(es) != 2 {
		t.Errorf("%d entries in the directory after a failed write, want 2 (no temporary file)", len(es))
	}
}
