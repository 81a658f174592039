package text

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"unsafe"

	"github.com/geopol/geopol/internal/cachefile"
)

// TaggerCacheEnv names the environment variable that controls the cache of the decoded tagger
// model (see the package documentation): "off" disables it, any other non-empty value is the
// directory to keep it in instead of the user's cache directory.
const TaggerCacheEnv = "GEOPOL_TAGGER_CACHE"

// tagCacheVersion is the version of the cache file's layout; it is part of the file's name, so
// a binary with another layout never reads the file.
const tagCacheVersion = 1

// tagCacheMagic starts every cache file.
const tagCacheMagic = "geopol tagger cache\n"

// CacheDir returns the directory where geopol keeps its caches of decoded models (this package's
// tagger model, the NER model of entities/ner), "" when TaggerCacheEnv disables them or there is
// no user cache directory.
func CacheDir() string { return tagCacheDir() }

// tagCacheDir returns the directory of the tagger cache, "" when it is disabled or there is none.
func tagCacheDir() string {
	switch v := os.Getenv(TaggerCacheEnv); v {
	case "off":
		return ""
	case "":
		dir, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(dir, "geopol")
	default:
		return v
	}
}

// tagCacheName returns the cache file's name for prose's asset contents: a hash of the assets and
// the layout version, so that other assets (another prose version) or another layout get another
// file.
func tagCacheName(assets ...[]byte) string {
	h := sha256.New()
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], tagCacheVersion)
	h.Write(n[:])
	for _, a := range assets {
		binary.LittleEndian.PutUint64(n[:], uint64(len(a)))
		h.Write(n[:])
		h.Write(a)
	}
	return fmt.Sprintf("tagger-v%d-%s.bin", tagCacheVersion, hex.EncodeToString(h.Sum(nil)[:16]))
}

// proseModulePath is the module that holds prose's assets.
const proseModulePath = "github.com/jdkato/prose/v2"

// proseModuleID returns the identity of the prose module the running binary was built with, as
// its build information records it: the module path, version and go.sum hash ("h1:..."), of the
// replacement when the module is replaced. The hash covers every file of the module, the assets
// included, so the same identity means the same assets. It returns "" when the binary records no
// hash for prose (test binaries, builds from a vendor directory or a local replacement).
func proseModuleID() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range bi.Deps {
		if d.Path != proseModulePath {
			continue
		}
		if d.Replace != nil {
			d = d.Replace
		}
		if d.Sum == "" {
			return ""
		}
		return d.Path + "@" + d.Version + " " + d.Sum
	}
	return ""
}

// tagCacheNameModule returns the cache file's name for the prose module with identity id (see
// proseModuleID): a hash of the identity and the layout version, distinct from the names
// tagCacheName gives.
func tagCacheNameModule(id string) string {
	h := sha256.New()
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], tagCacheVersion)
	h.Write(n[:])
	h.Write([]byte("module "))
	h.Write([]byte(id))
	return fmt.Sprintf("tagger-v%d-m%s.bin", tagCacheVersion, hex.EncodeToString(h.Sum(nil)[:16]))
}

// readTagCache returns the model stored in file path.
func readTagCache(path string) (*tagModel, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeTagCache(b)
}

// writeTagCache stores m in file path, atomically: a temporary file in the same directory, renamed
// (internal/cachefile).
func writeTagCache(path string, m *tagModel) error {
	return cachefile.Write(path, ".tagger-*.tmp", encodeTagCache(m))
}

// cacheWriter appends little-endian values to b.
type cacheWriter struct{ b []byte }

func (w *cacheWriter) u64(v uint64) { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *cacheWriter) i32(v int32)  { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(v)) }
func (w *cacheWriter) str(s string) { w.u64(uint64(len(s))); w.b = append(w.b, s...) }
func (w *cacheWriter) i32s(v []int32) {
	w.u64(uint64(len(v)))
	for _, x := range v {
		w.i32(x)
	}
}
func (w *cacheWriter) strs(v []string) {
	w.u64(uint64(len(v)))
	for _, s := range v {
		w.str(s)
	}
}

// cacheReader reads what cacheWriter wrote; the first error (a truncated or malformed file) sticks.
type cacheReader struct {
	b   []byte
	err error
}

var errTagCache = errors.New("text: malformed tagger cache")

// nativeLittleEndian reports whether the machine stores an int32 as the cache file does.
var nativeLittleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func (r *cacheReader) take(n uint64) []byte {
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errTagCache
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *cacheReader) u64() uint64 {
	if p := r.take(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (r *cacheReader) i32() int32 {
	if p := r.take(4); p != nil {
		return int32(binary.LittleEndian.Uint32(p))
	}
	return 0
}

// count reads a length of elements of size bytes each, checked against what is left.
func (r *cacheReader) count(size uint64) int {
	n := r.u64()
	if r.err == nil && n > uint64(len(r.b))/size {
		r.err = errTagCache
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}

func (r *cacheReader) str() string { return string(r.take(uint64(r.count(1)))) }

func (r *cacheReader) i32s() []int32 {
	n := r.count(4)
	p := r.take(4 * uint64(n))
	v := make([]int32, n)
	if nativeLittleEndian && len(p) == 4*n {
		// The file's layout is the memory's: one copy.
		copy(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(v))), 4*n), p)
		return v
	}
	for i := range v {
		v[i] = int32(binary.LittleEndian.Uint32(p[4*i:]))
	}
	return v
}

func (r *cacheReader) strs() []string {
	n := r.count(8)
	v := make([]string, n)
	for i := range v {
		v[i] = r.str()
	}
	return v
}

// ctxInts lists the fields of a ctxEntry.
func ctxInts(e ctxEntry) [5]int32 { return [5]int32{e.vocab, e.prev, e.prev2, e.next, e.next2} }

// readCtx reads a ctxEntry written as ctxInts.
func (r *cacheReader) readCtx() ctxEntry {
	return ctxEntry{vocab: r.i32(), prev: r.i32(), prev2: r.i32(), next: r.i32(), next2: r.i32()}
}

// encodeTagCache lays out what buildTagModel computed, so that decodeTagCache rebuilds the same
// model without prose's assets: a magic string, the fields, and a CRC-32C of everything before it.
func encodeTagCache(m *tagModel) []byte {
	w := &cacheWriter{b: make([]byte, 0, 4*len(m.data)+8<<20)}
	w.b = append(w.b, tagCacheMagic...)
	w.u64(tagCacheVersion)
	w.strs(m.classes)
	w.strs(m.tagNames)
	w.u64(uint64(len(m.dict)))
	for word, d := range m.dict {
		w.str(word)
		w.i32(d.id)
	}
	w.u64(uint64(m.nFeat))
	w.u64(uint64(m.nWeight))
	w.i32s(m.data)
	w.i32s(m.bias.sum[:])
	w.u64(m.bias.touched)
	w.i32s(m.prevTag)
	w.i32s(m.prev2Tag)
	w.i32s(m.tagPair)
	w.i32s(m.pref1[:])
	w.u64(uint64(len(m.suffix)))
	for s, id := range m.suffix {
		w.str(s)
		w.i32(id)
	}
	vocab := make([]string, len(m.words))
	for word, v := range m.vocab {
		vocab[v] = word
	}
	w.strs(vocab)
	for _, wf := range m.words {
		for _, x := range wf.pos {
			w.i32(x)
		}
		w.i32(wf.sfx[0])
		w.i32(wf.sfx[1])
		w.i32(wf.twLo)
		w.i32(wf.twHi)
	}
	w.i32s(m.twTag)
	w.i32s(m.twFID)
	w.u64(uint64(len(m.ctxSuffix)))
	for s, e := range m.ctxSuffix {
		w.str(s)
		w.i32(e[0])
		w.i32(e[1])
	}
	for _, e := range m.wordCtx {
		for _, x := range ctxInts(e) {
			w.i32(x)
		}
	}
	lex := m.lex.entries()
	w.u64(uint64(len(lex)))
	for word, e := range lex {
		w.str(word)
		w.i32(int32(e.kind))
		for _, x := range ctxInts(e.ctx) {
			w.i32(x)
		}
		w.i32(e.tagID)
		w.i32(e.own)
	}
	return encodeChecksum(w.b)
}

// encodeChecksum appends the CRC-32C of b to b.
func encodeChecksum(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)))
}

// decodeTagCache rebuilds the model encodeTagCache wrote. Every length and index is checked, so a
// damaged file gives an error, never a model that would index out of range.
func decodeTagCache(b []byte) (*tagModel, error) {
	if len(b) < len(tagCacheMagic)+4 || !bytes.HasPrefix(b, []byte(tagCacheMagic)) {
		return nil, errTagCache
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, crc32.MakeTable(crc32.Castagnoli)) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, errTagCache
	}
	r := &cacheReader{b: body[len(tagCacheMagic):]}
	if r.u64() != tagCacheVersion {
		return nil, errTagCache
	}
	m := &tagModel{classes: r.strs(), tagNames: r.strs()}
	nt := len(m.tagNames)
	if r.err != nil || len(m.classes) == 0 || len(m.classes) > maxClasses || nt < len(m.classes) {
		return nil, errTagCache
	}
	m.tagID = make(map[string]int32, nt)
	for i, t := range m.tagNames {
		m.tagID[t] = int32(i)
	}
	copy(m.tagNames, m.classes) // intern, as buildTagModel does
	tagOK := func(id int32) bool { return id >= 0 && int(id) < nt }
	n := r.count(12)
	m.dict = make(map[string]dictTag, n)
	for range n {
		w, id := r.str(), r.i32()
		if !tagOK(id) {
			return nil, errTagCache
		}
		m.dict[w] = dictTag{tag: m.tagNames[id], id: id}
	}
	m.nFeat, m.nWeight = int(r.u64()), int(r.u64())
	m.data = r.i32s()
	if len(m.data) > math.MaxInt32 {
		return nil, errTagCache
	}
	// feature reports whether id is -1 or the id of a block that lies inside data.
	feature := func(id int32) bool {
		if id == -1 {
			return true
		}
		if id < 0 || int(id)+3 > len(m.data) {
			return false
		}
		k := m.data[id]
		return k >= 0 && k <= maxClasses && int(id)+3+int(k) <= len(m.data)
	}
	features := func(ids ...int32) bool {
		for _, id := range ids {
			if !feature(id) {
				return false
			}
		}
		return true
	}
	sum := r.i32s()
	if len(sum) != maxClasses {
		return nil, errTagCache
	}
	copy(m.bias.sum[:], sum)
	m.bias.touched = r.u64()
	m.prevTag, m.prev2Tag, m.tagPair = r.i32s(), r.i32s(), r.i32s()
	pref1 := r.i32s()
	if r.err != nil || len(m.prevTag) != nt || len(m.prev2Tag) != nt || len(m.tagPair) != nt*nt || len(pref1) != len(m.pref1) ||
		!features(m.prevTag...) || !features(m.prev2Tag...) || !features(m.tagPair...) || !features(pref1...) {
		return nil, errTagCache
	}
	copy(m.pref1[:], pref1)
	n = r.count(12)
	m.suffix = make(map[string]int32, n)
	for range n {
		s, id := r.str(), r.i32()
		if !feature(id) {
			return nil, errTagCache
		}
		m.suffix[s] = id
	}
	vocab := r.strs()
	nv := len(vocab)
	m.vocab = make(map[string]int32, nv)
	for i, w := range vocab {
		m.vocab[w] = int32(i)
	}
	if r.err != nil || len(m.vocab) != nv || uint64(len(r.b)) < uint64(nv)*9*4 {
		return nil, errTagCache
	}
	m.words = make([]wordFeats, nv)
	for i := range m.words {
		wf := &m.words[i]
		for p := range wf.pos {
			wf.pos[p] = r.i32()
		}
		wf.sfx = [2]int32{r.i32(), r.i32()}
		wf.twLo, wf.twHi = r.i32(), r.i32()
	}
	m.twTag, m.twFID = r.i32s(), r.i32s()
	if r.err != nil || len(m.twTag) != len(m.twFID) || !features(m.twFID...) {
		return nil, errTagCache
	}
	for _, wf := range m.words {
		if !features(wf.pos[:]...) || !features(wf.sfx[:]...) || wf.twLo < 0 || wf.twLo > wf.twHi || int(wf.twHi) > len(m.twTag) {
			return nil, errTagCache
		}
	}
	ctxOK := func(e ctxEntry) bool {
		return e.vocab >= -1 && int(e.vocab) < nv && features(e.prev, e.prev2, e.next, e.next2)
	}
	n = r.count(16)
	m.ctxSuffix = make(map[string][2]int32, n)
	for range n {
		s, e := r.str(), [2]int32{r.i32(), r.i32()}
		if !features(e[:]...) {
			return nil, errTagCache
		}
		m.ctxSuffix[s] = e
	}
	if r.err != nil || uint64(len(r.b)) < uint64(nv)*5*4 {
		return nil, errTagCache
	}
	m.wordCtx = make([]ctxEntry, nv)
	for i := range m.wordCtx {
		if m.wordCtx[i] = r.readCtx(); !ctxOK(m.wordCtx[i]) {
			return nil, errTagCache
		}
	}
	n = r.count(40)
	// The entries go straight into the table, their words read in place (put copies them).
	lex := newLexTableFor(n)
	for range n {
		p := r.take(uint64(r.count(1)))
		w := unsafe.String(unsafe.SliceData(p), len(p))
		e := lexEntry{kind: uint8(r.i32()), ctx: r.readCtx(), tagID: r.i32(), own: r.i32()}
		if r.err != nil || e.kind > lexSelf || !ctxOK(e.ctx) || e.tagID < -1 || int(e.tagID) >= nt || !feature(e.own) ||
			e.kind == lexFixed && e.tagID < 0 {
			return nil, errTagCache
		}
		lex.put(w, e)
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errTagCache
	}
	for _, t := range []string{startTag1, startTag2} {
		if _, ok := m.tagID[t]; !ok {
			return nil, errTagCache
		}
	}
	for _, w := range []string{startTag1, startTag2, endWord1, endWord2} {
		if _, ok := m.vocab[w]; !ok {
			return nil, errTagCache
		}
	}
	m.finish()
	m.lex = lex
	m.dense = buildDense(m)
	return m, nil
}
