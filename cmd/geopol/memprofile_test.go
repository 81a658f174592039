package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestMemProfile checks that --memprofile writes a pprof file (gzip-compressed protocol buffer)
// and that an unwritable path is an error naming the flag.
func TestMemProfile(t *testing.T) {
	rate := runtime.MemProfileRate
	t.Cleanup(func() { runtime.MemProfileRate = rate })
	path := filepath.Join(t.TempDir(), "mem.prof")
	if code, _, stderr := run(t, "", "version", "--memprofile", path); code != 0 {
		t.Fatalf("version --memprofile: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		t.Errorf("profile of %d bytes does not start with the gzip header", len(b))
	}
	bad := filepath.Join(t.TempDir(), "missing", "mem.prof")
	code, _, stderr := run(t, "", "version", "--memprofile", bad)
	if code == 0 || !strings.Contains(stderr, "--memprofile") {
		t.Errorf("unwritable --memprofile: exit %d, stderr %q; want an error naming the flag", code, stderr)
	}
}
