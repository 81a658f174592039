package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"unsafe"

	"github.com/geopol/geopol/internal/cachefile"
)

// The cache of the embedded model keeps its decompressed bytes in a file, so that a process reads
// them instead of inflating model.bin.gz (about as long as decoding them: the model hardly
// compresses, so inflating is mostly Huffman-coded literals). See the package documentation.

// cacheVersion is the version of the cache file's layout; it is part of the file's name.
const cacheVersion = 1

// cacheMagic starts every cache file.
const cacheMagic = "geopol ner cache\n"

// cacheKey returns the SHA-256 of the compressed model gz: the name of its cache file and the key
// stored in it, so that another model (a retrained model.bin.gz) never reads this one's file.
func cacheKey(gz string) [sha256.Size]byte {
	return sha256.Sum256(unsafe.Slice(unsafe.StringData(gz), len(gz))) // only read: no copy of the model
}

// cacheName returns the cache file's name for the compressed model whose key is key.
func cacheName(key [sha256.Size]byte) string {
	return fmt.Sprintf("ner-v%d-%x.bin", cacheVersion, key[:16])
}

var errCache = errors.New("ner: malformed model cache")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodeCache lays out the cache file of the decompressed model raw: the magic string, the layout
// version, the key, raw, and a CRC-32C of everything before it.
func encodeCache(key [sha256.Size]byte, raw []byte) []byte {
	b := make([]byte, 0, len(cacheMagic)+8+len(key)+len(raw)+4)
	b = append(b, cacheMagic...)
	b = binary.LittleEndian.AppendUint64(b, cacheVersion)
	b = append(b, key[:]...)
	b = append(b, raw...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// decodeCache returns the decompressed model that encodeCache stored in b, an error when b is
// damaged (checksum), of another layout version or of another model (key).
func decodeCache(b []byte, key [sha256.Size]byte) ([]byte, error) {
	head := len(cacheMagic) + 8 + len(key)
	if len(b) < head+4 || !bytes.HasPrefix(b, []byte(cacheMagic)) {
		return nil, errCache
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, errCache
	}
	if binary.LittleEndian.Uint64(body[len(cacheMagic):]) != cacheVersion || !bytes.Equal(body[len(cacheMagic)+8:head], key[:]) {
		return nil, errCache
	}
	return body[head:], nil
}

// writeCache stores the cache file of raw at path, atomically (internal/cachefile), so that a
// concurrent process never reads a partial file.
func writeCache(path string, key [sha256.Size]byte, raw []byte) error {
	return cachefile.Write(path, ".ner-*.tmp", encodeCache(key, raw))
}

// loadCached decodes the compressed model gz, through its cache file in dir ("" for none): the
// file's bytes when it is there and sound and decode, else gz inflated (and the file written
// for the next process). A cache that cannot be read or written only costs time: the model is
// the same.
func loadCached(gz, dir string) (*Model, error) {
	var key [sha256.Size]byte
	path := ""
	if dir != "" {
		key = cacheKey(gz)
		path = filepath.Join(dir, cacheName(key))
		if b, err := os.ReadFile(path); err == nil {
			if raw, err := decodeCache(b, key); err == nil {
				if m, err := decodeModel(raw); err == nil {
					return m, nil
				}
			}
		}
	}
	raw, err := inflate(gz)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	m, err := decodeModel(raw)
	if err == nil && path != "" {
		_ = writeCache(path, key, raw)
	}
	return m, err
}
