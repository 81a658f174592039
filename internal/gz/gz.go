// Package gz decompresses the gzip files that geopol's packages embed (the NER model, the actor
// table) into a buffer of their final size: the size a gzip file records in its last four bytes
// (ISIZE, the uncompressed length modulo 2^32) is read first, so that the output is allocated once
// instead of grown by doubling, each growth clearing and copying what was read before. The size
// is only a hint: a file that records a wrong one (several members, a damaged trailer) still
// decompresses in full, into a buffer grown as needed; gzip's own checks (CRC-32 and length of
// each member) are those of compress/gzip.
package gz

import (
	"compress/gzip"
	"encoding/binary"
	"io"
	"strings"
)

// Size returns the uncompressed size that the gzip data records in its trailer, 0 when data is
// too short to have one.
func Size(data string) int {
	if len(data) < 18 { // a 10-byte header and an 8-byte trailer
		return 0
	}
	return int(binary.LittleEndian.Uint32([]byte(data[len(data)-4:])))
}

// Inflate returns the decompressed contents of the gzip data. Past limit bytes it stops and
// returns limit+1 bytes, so that the caller can tell a larger file (as io.ReadAll of an
// io.LimitReader of limit+1 would); limit < 0 means no limit.
func Inflate(data string, limit int) ([]byte, error) {
	zr, err := gzip.NewReader(strings.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	hint := Size(data)
	var r io.Reader = zr
	if limit >= 0 {
		r = io.LimitReader(zr, int64(limit)+1)
		hint = min(hint, limit+1)
	}
	return ReadAll(r, hint)
}

// ReadAll reads r to its end, as io.ReadAll does, into a buffer of capacity size+1 at first (the
// last read, which returns io.EOF, needs room), grown only when r holds more than size bytes.
func ReadAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, max(size, 0)+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
}

// InflateString returns the decompressed contents of the gzip data as a string, built in a
// strings.Builder grown once to the recorded size (no copy of the result, no clearing).
func InflateString(data string) (string, error) {
	zr, err := gzip.NewReader(strings.NewReader(data))
	if err != nil {
		return "", err
	}
	defer zr.Close()
	var sb strings.Builder
	sb.Grow(Size(data))
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", err
	}
	return sb.String(), nil
}
