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
//	the feature table: its length (uvarint, a power of two), then its slots (8 bytes each,
//	little-endian, as Model.slots holds them)
//	the weights: their number (uvarint), then each as 4 bytes, little-endian (class<<16 | weight)
//	number of known lemma forms (uvarint), then per form: key, lemma (uvarint length + bytes)
//	number of lemma vocabulary words that are not cluster words (uvarint), then the words
//	number of cluster words (uvarint), then per word in byte order: the word, the path length
//	(1 byte) and bits (uvarint, the path's bits from the top)
//
// The table is written as it is used, so that loading it is a copy; its layout is a
// deterministic function of the weights (keys are inserted in increasing order).
const (
	modelMagic   = "geopol-syntax\n"
	modelVersion = 4
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
	uv(uint64(len(m.slots)))
	raw := make([]byte, 8*len(m.slots))
	for i, s := range m.slots {
		binary.LittleEndian.PutUint64(raw[8*i:], s)
	}
	cw.write(raw)
	uv(uint64(len(m.ents)))
	raw = make([]byte, 4*len(m.ents))
	for i, e := range m.ents {
		binary.LittleEndian.PutUint32(raw[4*i:], e)
	}
	cw.write(raw)
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
	nslots, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("table size", err)
	}
	if nslots == 0 || nslots&(nslots-1) != 0 || nslots > 1<<28 {
		return nil, fmt.Errorf("syntax: read model: table size %d is not a power of two", nslots)
	}
	raw := make([]byte, 8*nslots)
	if _, err := io.ReadFull(br, raw); err != nil {
		return fail("table", err)
	}
	m := &Model{slots: make([]uint64, nslots)}
	for i := range m.slots {
		m.slots[i] = binary.LittleEndian.Uint64(raw[8*i:])
	}
	nents, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("weight count", err)
	}
	if nents >= maxEnts {
		return nil, fmt.Errorf("syntax: read model: %d weights", nents)
	}
	raw = make([]byte, 4*nents)
	if _, err := io.ReadFull(br, raw); err != nil {
		return fail("weights", err)
	}
	m.ents = make([]uint32, nents)
	for i := range m.ents {
		m.ents[i] = binary.LittleEndian.Uint32(raw[4*i:])
		if int(m.ents[i]>>16) >= numClasses {
			return nil, fmt.Errorf("syntax: read model: weight %d has class %d", i, m.ents[i]>>16)
		}
	}
	empty := 0
	for i, s := range m.slots {
		off, n := s&(maxEnts-1), s>>24&0xff
		if s == 0 {
			empty++
		} else if n > uint64(numClasses) || off+n > nents {
			return nil, fmt.Errorf("syntax: read model: slot %d points outside the weights", i)
		}
	}
	if empty == 0 {
		return nil, fmt.Errorf("syntax: read model: the feature table has no empty slot")
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
	m.lem = lem
	m.clus = cl
	return m, nil
}
