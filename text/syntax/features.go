package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit keys: a template number mixed with up to three atom values (word hashes,
// tag hashes, relations, distances, counts), so no feature strings are built. Atom values 1 and
// 2 stand for a missing position and for the root.
const (
	atomNone = 1
	atomRoot = 2
)

// mix is the splitmix64 finalizer.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func key(tpl uint64, a, b, c uint64) uint64 {
	h := mix(tpl*0x9e3779b97f4a7c15 ^ a)
	h = mix(h ^ b*0xc2b2ae3d27d4eb4f)
	return mix(h^c*0x165667b19e3779f9) | 1 // 0 marks an empty table slot
}

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h | 1<<63 // never collides with the small atom values
}

// wordKey hashes the form the parser sees: lower case, digits as 0, curly apostrophes and quotes
// as ASCII, without building a string.
func wordKey(w string) uint64 {
	h := uint64(14695981039346656037)
	add := func(b byte) {
		h ^= uint64(b)
		h *= 1099511628211
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				c = '0'
			case c == '`':
				c = '\''
			}
			add(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		switch r {
		case '’', '‘':
			add('\'')
		case '“', '”':
			add('"')
		default:
			r = unicode.ToLower(r)
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], r)
			for _, b := range buf[:k] {
				add(b)
			}
		}
		i += n
	}
	return h | 1<<63
}

// sentence holds the per-token atoms of the sentence being parsed; item n is the root.
type sentence struct {
	w, t       []uint64
	c4, c6, cf []uint64 // word cluster: 4-bit and 6-bit prefixes, full path
}

func (x *sentence) reset(words, tags []string, cl clusters) {
	n := len(words)
	x.w = fillT(x.w, n+1, 0)
	x.t = fillT(x.t, n+1, 0)
	x.c4 = fillT(x.c4, n+1, 0)
	x.c6 = fillT(x.c6, n+1, 0)
	x.cf = fillT(x.cf, n+1, 0)
	for i := range n {
		x.w[i] = wordKey(words[i])
		x.t[i] = hashString(tags[i])
		if p, ok := cl.lookup(words[i]); ok {
			x.c4[i], x.c6[i], x.cf[i] = p.prefix(4), p.prefix(6), p.prefix(32)
		} else {
			x.c4[i], x.c6[i], x.cf[i] = atomNone, atomNone, atomNone
		}
	}
	x.w[n], x.t[n] = atomRoot, atomRoot
	x.c4[n], x.c6[n], x.cf[n] = atomRoot, atomRoot, atomRoot
}

// dist buckets a distance in tokens.
func dist(a, b int) uint64 {
	if a == none || b == none {
		return 0
	}
	d := b - a
	switch {
	case d <= 4:
		return uint64(d) + 10
	case d <= 6:
		return 15
	case d <= 9:
		return 16
	case d <= 14:
		return 17
	}
	return 18
}

// featureCount is the number of keys features returns.
const featureCount = 79

// features appends the feature keys of configuration s to out.
func features(s *state, x *sentence, out []uint64) []uint64 {
	w := func(i int32) uint64 {
		if i == none {
			return atomNone
		}
		return x.w[i]
	}
	t := func(i int32) uint64 {
		if i == none {
			return atomNone
		}
		return x.t[i]
	}
	lab := func(i int32) uint64 {
		if i == none {
			return atomNone
		}
		return uint64(s.label[i]) + 10
	}
	child := func(arr []int32, i int32) int32 {
		if i == none {
			return none
		}
		return arr[i]
	}
	set := func(arr []uint64, i int32) uint64 {
		if i == none {
			return atomNone
		}
		return arr[i] + 10
	}
	s0, s1, s2 := int32(s.top(0)), int32(s.top(1)), int32(s.top(2))
	b0 := int32(s.b)
	b1, b2 := int32(none), int32(none)
	if s.b+1 <= s.n {
		b1 = b0 + 1
	}
	if s.b+2 <= s.n {
		b2 = b0 + 2
	}
	s0l1, s0l2 := child(s.l1, s0), child(s.l2, s0)
	s0r1, s0r2 := child(s.r1, s0), child(s.r2, s0)
	s1l1, s1r1 := child(s.l1, s1), child(s.r1, s1)
	b0l1, b0l2 := child(s.l1, b0), child(s.l2, b0)

	s0w, s0t, s1w, s1t, s2w, s2t := w(s0), t(s0), w(s1), t(s1), w(s2), t(s2)
	b0w, b0t, b1w, b1t, b2w, b2t := w(b0), t(b0), w(b1), t(b1), w(b2), t(b2)
	d := dist(int(s0), int(b0))

	f := func(tpl, a, b, c uint64) { out = append(out, key(tpl, a, b, c)) }
	f(0, 0, 0, 0) // bias
	f(1, s0w, 0, 0)
	f(2, s0t, 0, 0)
	f(3, s0w, s0t, 0)
	f(4, s1w, 0, 0)
	f(5, s1t, 0, 0)
	f(6, s1w, s1t, 0)
	f(7, s2t, 0, 0)
	f(8, s2w, 0, 0)
	f(9, b0w, 0, 0)
	f(10, b0t, 0, 0)
	f(11, b0w, b0t, 0)
	f(12, b1w, 0, 0)
	f(13, b1t, 0, 0)
	f(14, b1w, b1t, 0)
	f(15, b2w, 0, 0)
	f(16, b2t, 0, 0)
	// pairs of s0 and b0
	f(17, s0w^s0t<<1, b0w, b0t)
	f(18, s0w^s0t<<1, b0w, 0)
	f(19, s0w, b0w, b0t)
	f(20, s0w^s0t<<1, b0t, 0)
	f(21, s0t, b0w, b0t)
	f(22, s0w, b0w, 0)
	f(23, s0t, b0t, 0)
	f(24, b0t, b1t, 0)
	f(25, b0w, b1w, 0)
	// pairs of s1 and s0
	f(26, s1w^s1t<<1, s0w, s0t)
	f(27, s1w^s1t<<1, s0w, 0)
	f(28, s1w, s0w, s0t)
	f(29, s1w^s1t<<1, s0t, 0)
	f(30, s1t, s0w, s0t)
	f(31, s1w, s0w, 0)
	f(32, s1t, s0t, 0)
	f(33, s1t, b0t, 0)
	f(34, s1w, b0w, 0)
	// children
	f(64, w(s0l1), 0, 0)
	f(65, t(s0l1), 0, 0)
	f(66, lab(s0l1), 0, 0)
	f(67, w(s0r1), 0, 0)
	f(68, t(s0r1), 0, 0)
	f(69, lab(s0r1), 0, 0)
	f(70, w(b0l1), 0, 0)
	f(71, t(b0l1), 0, 0)
	f(72, lab(b0l1), 0, 0)
	f(73, t(s1r1), 0, 0)
	f(74, lab(s1r1), 0, 0)
	f(75, lab(s1l1), 0, 0)
	f(76, w(s0l2), 0, 0)
	f(77, t(s0l2), 0, 0)
	f(78, lab(s0l2), 0, 0)
	f(79, w(s0r2), 0, 0)
	f(80, t(s0r2), 0, 0)
	f(81, lab(s0r2), 0, 0)
	f(82, w(b0l2), 0, 0)
	f(83, t(b0l2), 0, 0)
	f(84, lab(b0l2), 0, 0)
	f(85, s0t, t(s0l1), t(s0l2))
	f(86, s0t, t(s0r1), t(s0r2))
	f(87, b0t, t(b0l1), t(b0l2))
	// relation sets
	f(88, s0t, set(s.lset, s0), 0)
	f(89, s0t, set(s.rset, s0), 0)
	f(90, b0t, set(s.lset, b0), 0)
	f(91, s1t, set(s.rset, s1), 0)
	f(92, s0w, set(s.rset, s0), 0)
	f(93, b0w, set(s.lset, b0), 0)
	// word clusters (Koo, Carreras and Collins 2008)
	c := func(arr []uint64, i int32) uint64 {
		if i == none {
			return atomNone
		}
		return arr[i]
	}
	s0c4, s0c6, s0cf := c(x.c4, s0), c(x.c6, s0), c(x.cf, s0)
	b0c4, b0c6, b0cf := c(x.c4, b0), c(x.c6, b0), c(x.cf, b0)
	s1c4, s1c6 := c(x.c4, s1), c(x.c6, s1)
	b1c4 := c(x.c4, b1)
	f(94, s0cf, 0, 0)
	f(95, b0cf, 0, 0)
	f(96, s0c4, s0t, 0)
	f(97, b0c4, b0t, 0)
	f(98, s0c6, b0c6, 0)
	f(99, s0c4, b0t, 0)
	f(100, s0t, b0c4, 0)
	f(101, s1c6, s0c6, 0)
	f(102, s1c4, s0t, 0)
	f(103, s1t, s0c4, 0)
	f(104, s0c4, b0c4, b1c4)
	f(105, b1c4, b1t, 0)
	f(106, s0cf, b0t, d)
	f(107, s0t, b0cf, d)
	return out
}

// clusters maps words to bit-string cluster paths (as Brown clusters give them).
type clusters map[string]clusterPath

// clusterPath is a path of up to 32 bits: bit i (from the top) is step i.
type clusterPath struct {
	bits uint32
	n    uint8
}

// prefix returns an atom for the first k bits of the path (the whole path if shorter).
func (p clusterPath) prefix(k int) uint64 {
	k = min(k, int(p.n))
	b := uint64(p.bits)
	if k < 32 {
		b >>= 32 - k
	}
	return 1<<62 | uint64(k)<<40 | b
}

// parseClusterPath reads a path of 0s and 1s.
func parseClusterPath(s string) (clusterPath, bool) {
	if len(s) > 32 {
		return clusterPath{}, false
	}
	var p clusterPath
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '0':
		case '1':
			p.bits |= 1 << (31 - i)
		default:
			return clusterPath{}, false
		}
	}
	p.n = uint8(len(s))
	return p, true
}

// lookup finds a word's path: as written, else lower-cased, else capitalized.
func (cl clusters) lookup(w string) (clusterPath, bool) {
	if len(cl) == 0 {
		return clusterPath{}, false
	}
	if p, ok := cl[w]; ok {
		return p, true
	}
	lw := strings.ToLower(w)
	if p, ok := cl[lw]; ok {
		return p, true
	}
	if lw != "" {
		r, n := utf8.DecodeRuneInString(lw)
		if p, ok := cl[string(unicode.ToUpper(r))+lw[n:]]; ok {
			return p, true
		}
	}
	return clusterPath{}, false
}
