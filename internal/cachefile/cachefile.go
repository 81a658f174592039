// Package cachefile writes the cache files of decoded models (text's tagger model, entities/ner's
// model) so that a concurrent process never reads a partial file.
package cachefile

import (
	"os"
	"path/filepath"
)

// Write stores b in file path atomically: a temporary file in the same directory (its name made
// from pattern as os.CreateTemp does), renamed into place, removed if anything fails. The
// directory is created if needed.
func Write(path, pattern string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
