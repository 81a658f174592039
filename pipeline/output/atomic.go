package output

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// AtomicFile is a file being written under a temporary name, for output that is streamed as it is
// produced (mentions.jsonl): Commit makes it appear complete at its final path, Abort (or a failed
// Commit) removes it, leaving the final path untouched. The temporary file is in the same directory,
// named ".<base>.tmp*", so it is hidden and never mistaken for a result.
type AtomicFile struct {
	path string
	f    *os.File
	bw   *bufio.Writer
	done bool
}

// CreateAtomic starts writing path through a temporary file.
func CreateAtomic(path string) (*AtomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("output: write %s: %w", path, err)
	}
	return &AtomicFile{path: path, f: f, bw: bufio.NewWriterSize(f, 64<<10)}, nil
}

// Write writes to the temporary file.
func (a *AtomicFile) Write(p []byte) (int, error) { return a.bw.Write(p) }

// Commit flushes and syncs the temporary file, gives it mode 0644 and renames it to its final path,
// then syncs the directory on a best-effort basis (some systems cannot sync directories).
func (a *AtomicFile) Commit() error {
	if a.done {
		return fmt.Errorf("output: %s already committed or aborted", a.path)
	}
	steps := []struct {
		what string
		fn   func() error
	}{
		{"write", a.bw.Flush},
		{"sync", a.f.Sync},
		{"chmod", func() error { return a.f.Chmod(0o644) }},
		{"close", a.f.Close},
		{"rename", func() error { return os.Rename(a.f.Name(), a.path) }},
	}
	for _, st := range steps {
		if err := st.fn(); err != nil {
			a.Abort()
			return fmt.Errorf("output: %s %s: %w", st.what, a.path, err)
		}
	}
	a.done = true
	if d, err := os.Open(filepath.Dir(a.path)); err == nil {
		_ = d.Sync() // best effort: makes the rename durable where directories can be synced
		_ = d.Close()
	}
	return nil
}

// Abort removes the temporary file unless the file was committed. It is safe to call more than once,
// and meant to be deferred right after CreateAtomic.
func (a *AtomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	_ = a.f.Close() // may already be closed; the error is not interesting
	_ = os.Remove(a.f.Name())
}

// WriteFileAtomic writes a file through write so that path either keeps its previous state or holds
// the complete new content, never a partial one (see AtomicFile). If write or any step fails, or write
// panics, the temporary file is removed and path is left untouched.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	a, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	defer a.Abort()
	if err := write(a); err != nil {
		return fmt.Errorf("output: write %s: %w", path, err)
	}
	return a.Commit()
}
