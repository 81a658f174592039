package ner

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// sameModels fails unless a and b decode the same model (each has its own pool of scratch space).
func sameModels(t *testing.T, a, b *Model) {
	t.Helper()
	a.free, b.free = nil, nil
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the models differ")
	}
}

// TestModelCache checks the cache file of the embedded model: written by the first load, read by
// the next one (the same model), and ignored, then written again, when it is damaged (a byte
// changed, truncated), stale (another model's key or another layout version under the file's
// name) or not a cache file; no file when the cache is off.
func TestModelCache(t *testing.T) {
	want, err := Load(strings.NewReader(modelFile))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	key := cacheKey(modelFile)
	path := filepath.Join(dir, cacheName(key))
	m, err := loadCached(modelFile, dir)
	if err != nil {
		t.Fatal(err)
	}
	sameModels(t, m, want)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no cache file written: %v", err)
	}
	raw, err := decodeCache(good, key)
	if err != nil {
		t.Fatal(err)
	}
	if m, err = decodeModel(raw); err != nil {
		t.Fatal(err)
	}
	sameModels(t, m, want)

	other := key
	other[0] ^= 1
	stale := encodeCache(other, raw)
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x10
	oldLayout := append([]byte(nil), good...)
	oldLayout[len(cacheMagic)]++
	for name, b := range map[string][]byte{
		"flipped": flipped, "truncated": good[:len(good)/2], "stale key": stale, "empty": nil,
		"other layout": encodeChecksumOf(oldLayout[:len(oldLayout)-4]), "not a cache": []byte("geopol ner cache\nhello"),
	} {
		if _, err := decodeCache(b, key); err == nil {
			t.Errorf("%s: decodeCache accepted the file", name)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := loadCached(modelFile, dir)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sameModels(t, m, want)
		if b2, err := os.ReadFile(path); err != nil || string(b2) != string(good) {
			t.Errorf("%s: the cache file was not written again (%v)", name, err)
		}
	}
	// A sound file whose model does not decode (written by a faulty encoder) is not used either.
	if err := os.WriteFile(path, encodeCache(key, raw[:len(raw)/2]), 0o644); err != nil {
		t.Fatal(err)
	}
	if m, err = loadCached(modelFile, dir); err != nil {
		t.Fatal(err)
	}
	sameModels(t, m, want)

	// The default model's cache directory is text.CacheDir(): none when the cache is off.
	t.Setenv(text.TaggerCacheEnv, "off")
	if d := text.CacheDir(); d != "" {
		t.Errorf("cache off: directory %q", d)
	}
	t.Setenv(text.TaggerCacheEnv, dir)
	if d := text.CacheDir(); d != dir {
		t.Errorf("cache in %s: directory %q", dir, d)
	}
	if m, err = loadDefaultIn(text.CacheDir()); err != nil {
		t.Fatal(err)
	}
	m.lexVecs = want.lexVecs // loadDefaultIn computes them, Load does not
	sameModels(t, m, want)
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("%d files in the cache directory, want 1 (no temporary file left)", len(es))
	}
}

// encodeChecksumOf appends the cache's CRC-32C of b to b.
func encodeChecksumOf(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}
