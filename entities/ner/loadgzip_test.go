package ner

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"strings"
	"testing"
)

// TestLoadGzipIsLoad: the embedded model decoded from memory without a cache (loadCached with
// no directory: a buffer sized by the gzip trailer) is the model Load reads from a stream, and a damaged or truncated file fails as it does there.
func TestLoadGzipIsLoad(t *testing.T) {
	want, err := Load(strings.NewReader(modelFile))
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadCached(modelFile, "")
	if err != nil {
		t.Fatal(err)
	}
	got.free, want.free = nil, nil // each model has its own pool of scratch space
	if !reflect.DeepEqual(got, want) {
		t.Fatal("loadCached and Load decode different models")
	}
	for _, bad := range []string{"", modelFile[:len(modelFile)/2], modelFile[:len(modelFile)-4] + "\x00\x00\x00\x00"} {
		if _, err := loadCached(bad, ""); err == nil {
			t.Errorf("loadCached of a damaged file (%d bytes): no error", len(bad))
		}
		if _, err := Load(strings.NewReader(bad)); err == nil {
			t.Errorf("Load of a damaged file (%d bytes): no error", len(bad))
		}
	}
	// A file larger than maxModelBytes is refused by both.
	var big bytes.Buffer
	zw := gzip.NewWriter(&big)
	zw.Write(make([]byte, maxModelBytes+10))
	zw.Close()
	if _, err := loadCached(big.String(), ""); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("loadCached of a file over the limit: %v", err)
	}
}
