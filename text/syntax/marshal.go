package syntax

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The model file is a gzip stream (compression is the caller's business: WriteTo and ReadModel
// see the plain bytes) of:
//
//	magic "geopol-syntax\n" and format version (uvarint)
//	numLabels, numClasses, featureCount (uvarint each; a model for another label set or feature
//	set is refused)
//	number of feature rows (uvarint), then per row in increasing key order: the key (8 bytes,
//	little-endian), the number of weights (uvarint) and per weight its class (1 byte) and value
//	(2 bytes, little-endian, two's complement)
//	number of known lemma forms (uvarint), then per form: key, lemma (uvarint length + bytes)
//	number of lemma vocabulary words that are not cluster words (uvarint), then the words
//	number of cluster words (uvarint), then per word in byte order: the word, the path length
//	(1 byte) and bits (uvarint, the path's bits from the top)
const (
	modelMagic   = "geopol-syntax\n"
	modelVersion = 3
)

// WriteTo writes the model in its binary form. The bytes depend only on the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { cw.write(buf[:binary.PutUvarint(buf[:], v)]) }
	str := func(s string) { uv(uint64(len(s))); cw.write([]byte(s)) }
	cw.write([]byte(modelMagic))
	uv(modelVersion)
	uv(uint64(numLabels))
	uv(uint64(numClasses))
	uv(featureCount)
	var rows []slot
	for _, s := range m.slots {
		if s.key != 0 {
			rows = append(rows, s)
		}
	}
	slices.SortFunc(rows, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	uv(uint64(len(rows)))
	for _, s := range rows {
		var k [8]byte
		binary.LittleEndian.PutUint64(k[:], s.key)
		cw.write(k[:])
		uv(uint64(s.n))
		for _, e := range m.ents[s.off : s.off+s.n] {
			cw.write([]byte{byte(e >> 16), byte(e), byte(e >> 8)})
		}
	}
	lem := m.lem
	if lem == nil {
		lem = &lemmas{}
	}
	keys := sortedKeys(lem.known)
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		str(lem.known[k])
	}
	fromClusters := make(map[string]bool, len(m.clus))
	for w := range m.clus {
		fromClusters[strings.ToLower(w)] = true
	}
	keys = keys[:0]
	for _, k := range sortedKeys(lem.vocab) {
		if !fromClusters[k] {
			keys = append(keys, k)
		}
	}
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
	}
	keys = sortedKeys(m.clus)
	uv(uint64(len(keys)))
	for _, k := range keys {
		p := m.clus[k]
		str(k)
		cw.write([]byte{p.n})
		uv(uint64(p.bits >> (32 - uint(p.n))))
	}
	if cw.err == nil {
		cw.err = bw.Flush()
	}
	return cw.n, cw.err
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) write(p []byte) {
	if c.err != nil {
		return
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	fail := func(what string, err error) (*Model, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("syntax: read model: %s: %w", what, err)
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return fail("magic", err)
	}
	if string(magic) != modelMagic {
		return nil, fmt.Errorf("syntax: read model: not a parser model")
	}
	var hdr [4]uint64
	for i := range hdr {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("header", err)
		}
		hdr[i] = v
	}
	if hdr != [4]uint64{modelVersion, uint64(numLabels), uint64(numClasses), featureCount} {
		return nil, fmt.Errorf("syntax: read model: format %v, this build reads %v", hdr,
			[4]uint64{modelVersion, uint64(numLabels), uint64(numClasses), featureCount})
	}
	nrows, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("row count", err)
	}
	if nrows > 1<<28 {
		return nil, fmt.Errorf("syntax: read model: %d rows", nrows)
	}
	var b modelBuilder
	b.keys = make([]uint64, 0, nrows)
	b.offs = make([]uint32, 0, nrows)
	var kb [8]byte
	var eb [3]byte
	last := uint64(0)
	for i := range nrows {
		if _, err := io.ReadFull(br, kb[:]); err != nil {
			return fail("row key", err)
		}
		k := binary.LittleEndian.Uint64(kb[:])
		if k == 0 || i > 0 && k <= last {
			return nil, fmt.Errorf("syntax: read model: row %d: keys out of order", i)
		}
		last = k
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("row length", err)
		}
		if n > uint64(numClasses) {
			return nil, fmt.Errorf("syntax: read model: row %d has %d weights", i, n)
		}
		b.keys = append(b.keys, k)
		b.offs = append(b.offs, uint32(len(b.ents)))
		for range n {
			if _, err := io.ReadFull(br, eb[:]); err != nil {
				return fail("weight", err)
			}
			if int(eb[0]) >= numClasses {
				return nil, fmt.Errorf("syntax: read model: row %d: class %d", i, eb[0])
			}
			b.ents = append(b.ents, packEntry(int(eb[0]), int16(uint16(eb[1])|uint16(eb[2])<<8)))
		}
	}
	str := func() (string, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", fmt.Errorf("string of %d bytes", n)
		}
		p := make([]byte, n)
		_, err = io.ReadFull(br, p)
		return string(p), err
	}
	lem := &lemmas{known: map[string]string{}, vocab: map[string]bool{}}
	nk, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("lemma count", err)
	}
	for range nk {
		k, err1 := str()
		v, err2 := str()
		if err := cmp.Or(err1, err2); err != nil {
			return fail("lemma", err)
		}
		lem.known[k] = v
	}
	nv, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("vocabulary count", err)
	}
	for range nv {
		w, err := str()
		if err != nil {
			return fail("vocabulary word", err)
		}
		lem.vocab[w] = true
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("cluster count", err)
	}
	if nc > 1<<24 {
		return nil, fmt.Errorf("syntax: read model: %d cluster words", nc)
	}
	cl := make(clusters, nc)
	for range nc {
		w, err := str()
		if err != nil {
			return fail("cluster word", err)
		}
		n, err := br.ReadByte()
		if err != nil {
			return fail("cluster path", err)
		}
		bits, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("cluster path", err)
		}
		if n == 0 || n > 32 || bits>>n != 0 {
			return nil, fmt.Errorf("syntax: read model: bad cluster path of %q", w)
		}
		cl[w] = clusterPath{bits: uint32(bits << (32 - n)), n: n}
	}
	for w := range cl {
		lem.vocab[strings.ToLower(w)] = true
	}
	m := b.build()
	m.lem = lem
	m.clus = cl
	return m, nil
}
