package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"

	"github.com/geopol/geopol/internal/gz"
)

// Model file format (version 2), gzip-compressed:
//
//	magic "GEOPOLNER\n", uvarint version, uvarint featureVersion, byte usePOS,
//	uvarint number of types, each a uvarint length and its bytes,
//	float32 (little endian) quantization scale,
//	nt*nt + 2*nt zigzag varints: transition, start and end weights,
//	uvarint number of rows, then for each row in increasing key order:
//	uvarint key delta from the previous key, uvarint bit mask of the non-zero tags,
//	and a zigzag varint weight for each set bit,
//	then (version 2) uvarint number of lexicon entries and, for each in increasing word order, a
//	uvarint length, the word's bytes and a uvarint packed value (see lexValue).
//
// Version 1 files (no lexicon section) are still read.
// Weights are 16-bit integers; a weight's value is the integer times the scale.
const (
	magic       = "GEOPOLNER\n"
	fileVersion = 2
)

// Marshal writes the model to w in its compact binary format (gzip-compressed, 16-bit weights).
func (m *Model) Marshal(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: marshal: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(magic)
	uv(fileVersion)
	uv(featureVersion)
	if m.usePOS {
		bw.WriteByte(1)
	} else {
		bw.WriteByte(0)
	}
	uv(uint64(len(m.tags.types)))
	for _, t := range m.tags.types {
		uv(uint64(len(t)))
		bw.WriteString(t)
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.scale))
	for _, blk := range [][]int32{m.trans, m.startW, m.endW} {
		for _, v := range blk {
			sv(int64(v))
		}
	}
	nt := m.tags.n()
	uv(uint64(len(m.keys)))
	prev := uint64(0)
	for r, k := range m.keys {
		uv(k - prev)
		prev = k
		row := m.w[r*nt : r*nt+nt]
		var mask uint64
		for t, v := range row {
			if v != 0 {
				mask |= 1 << t
			}
		}
		uv(mask)
		for _, v := range row {
			if v != 0 {
				sv(int64(v))
			}
		}
	}
	lex := m.lexicon.Entries()
	uv(uint64(len(lex)))
	for _, e := range lex {
		uv(uint64(len(e.Word)))
		bw.WriteString(e.Word)
		uv(uint64(lexValue(e)))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: marshal: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: marshal: %w", err)
	}
	return nil
}

// errFormat reports a malformed model file.
var errFormat = errors.New("malformed model file")

// Bounds on a model file: its decompressed size and its number of weights.
const (
	maxModelBytes = 1 << 26
	maxWeights    = 1 << 25
)

// decoder reads varints from a decompressed model file; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) > 0 && d.b[0] < 0x80 { // one byte: most keys' masks and many deltas
		v := uint64(d.b[0])
		d.b = d.b[1:]
		return v
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errFormat
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int16() int16 {
	if d.err != nil {
		return 0
	}
	// One or two bytes (every weight of at most 2^13 in absolute value) are decoded here, as
	// binary.Varint would (zig-zag: the low bit is the sign), without its loop.
	if b := d.b; len(b) > 0 && b[0] < 0x80 {
		d.b = b[1:]
		return int16(int8(b[0]>>1) ^ -int8(b[0]&1))
	} else if len(b) > 1 && b[1] < 0x80 {
		u := uint16(b[0]&0x7f) | uint16(b[1])<<7
		d.b = b[2:]
		return int16(u>>1) ^ -int16(u&1)
	}
	v, n := binary.Varint(d.b)
	if n <= 0 || v < math.MinInt16 || v > math.MaxInt16 {
		d.err = errFormat
		return 0
	}
	d.b = d.b[n:]
	return int16(v)
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if uint64(len(d.b)) < n {
		d.err = errFormat
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

// Load reads a model written by Marshal.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	return decodeModel(data)
}

// inflate decompresses the gzip model data into a buffer of the size its trailer records
// (internal/gz) instead of one grown while reading, stopping past maxModelBytes as Load does.
func inflate(data string) ([]byte, error) { return gz.Inflate(data, maxModelBytes) }

// decodeModel decodes the decompressed model data of Load.
func decodeModel(data []byte) (*Model, error) {
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("ner: load: model larger than %d bytes: %w", maxModelBytes, errFormat)
	}
	d := &decoder{b: data}
	if !bytes.Equal(d.bytes(uint64(len(magic))), []byte(magic)) {
		return nil, fmt.Errorf("ner: load: not a geopol NER model")
	}
	version := d.uvarint()
	if d.err == nil && (version < 1 || version > fileVersion) {
		return nil, fmt.Errorf("ner: load: model file version %d, want 1 to %d", version, fileVersion)
	}
	if v := d.uvarint(); d.err == nil && v != featureVersion {
		return nil, fmt.Errorf("ner: load: feature version %d, want %d", v, featureVersion)
	}
	posByte := d.bytes(1)
	nTypes := d.uvarint()
	if d.err != nil || nTypes > maxTypes || posByte[0] > 1 {
		return nil, fmt.Errorf("ner: load: header: %w", errFormat)
	}
	types := make([]string, 0, nTypes)
	for range nTypes {
		l := d.uvarint()
		if l > 64 {
			d.err = errFormat
		}
		types = append(types, string(d.bytes(l)))
	}
	sb := d.bytes(4)
	if d.err != nil {
		return nil, fmt.Errorf("ner: load: types: %w", d.err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("ner: load: bad scale: %w", errFormat)
	}
	ts := newTagSet(types)
	nt := ts.n()
	trans := make([]int16, nt*nt+2*nt)
	for j := range trans {
		trans[j] = d.int16()
	}
	nRows := d.uvarint()
	// Every row takes at least three bytes; the weights are bounded so that a small malformed
	// file cannot ask for a huge allocation.
	if d.err == nil && (nRows > uint64(len(d.b))/3 || nRows*uint64(nt) > maxWeights) {
		d.err = errFormat
	}
	if d.err != nil {
		return nil, fmt.Errorf("ner: load: transitions: %w", d.err)
	}
	keys := make([]uint64, 0, nRows)
	flat := make([]int16, int(nRows)*nt)
	prev := uint64(0)
	for r := range nRows {
		delta := d.uvarint()
		if d.err == nil && (delta == 0 && r > 0 || prev+delta < prev || prev+delta == 0) {
			d.err = errFormat // keys must increase and be non-zero
		}
		k := prev + delta
		prev = k
		mask := d.uvarint()
		if d.err == nil && (mask == 0 || mask>>nt != 0) {
			d.err = errFormat
		}
		if d.err != nil {
			return nil, fmt.Errorf("ner: load: row %d: %w", r, d.err)
		}
		row := flat[int(r)*nt : int(r)*nt+nt]
		for mask != 0 {
			t := bits.TrailingZeros64(mask)
			mask &= mask - 1
			row[t] = d.int16()
		}
		keys = append(keys, k)
	}
	var lexicon *Lexicon
	if version >= 2 {
		nLex := d.uvarint()
		if d.err == nil && nLex > uint64(len(d.b))/3 {
			d.err = errFormat
		}
		entries := make([]LexEntry, 0, nLex)
		prevWord := ""
		for range nLex {
			w := string(d.bytes(d.uvarint()))
			v := d.uvarint()
			if d.err == nil && (w == "" || w <= prevWord && len(entries) > 0 || v>>31 != 0 || v>>16&0x1f > maxClusterDepth) {
				d.err = errFormat // words must increase; values fit lexValue
			}
			if d.err != nil {
				break
			}
			prevWord = w
			c := lexCluster(uint32(v))
			c.Bits &= uint16(1<<c.Len - 1)
			entries = append(entries, LexEntry{Word: w, Cluster: c, Gaz: GazFlags(lexGaz(uint32(v)))})
		}
		if d.err == nil && len(entries) > 0 {
			lexicon = &Lexicon{entries: entries}
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("ner: load: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("ner: load: %d trailing bytes: %w", len(d.b), errFormat)
	}
	m := newModelSorted(ts, posByte[0] == 1, scale, keys, flat, trans)
	if lexicon != nil {
		m.lexicon, m.lex = lexicon, newLexTable(lexicon)
	}
	return m, nil
}
