package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature extraction. Every feature is a 64-bit key: a template number mixed with a hash of the
// feature's value. Values are hashed with FNV-1a straight from the token bytes (lower-casing ASCII
// on the fly), so extraction allocates nothing. Emission features look only at the words (and
// POS tags) around a token, never at the previous tag: tag transitions are separate weights, so
// Viterbi decoding costs tags² additions per token.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// featureVersion changes whenever templates or hashing change; it is stored in model files so a
// model is never run with features it was not trained on.
const featureVersion = 1

// Feature templates.
const (
	tBias = iota + 1
	tWord
	tWordCase
	tPrev1
	tNext1
	tPrev2
	tNext2
	tShape
	tShapePrev1
	tShapeNext1
	tShapePrev2
	tShapeNext2
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tFlags
	tBigramPrev
	tBigramNext
	tShapeTri
	tFirstWord
	tPOS
	tPOSPrev1
	tPOSNext1
	tPOSShape
	tPrevWordShape
	tNextWordShape
	tPrevNextWord
	tFirstShape
	tSufPrev
	tSufNext
	tCasePrev1
	tCaseNext1
	tClus4
	tClus8
	tClusAll
	tClusPrev
	tClusNext
	tGaz
	tGazPrev
	tGazNext
	numTemplates // one past the last template
)

// Token flag bits.
const (
	flagCap = 1 << iota
	flagAllCaps
	flagDigit
	flagHyphen
	flagPunct
)

// tokInfo holds the hashes of one token that the templates combine.
type tokInfo struct {
	low, exact, shape, pos uint64
	pre, suf               [4]uint64
	flags                  uint64
}

// Hashes standing for the padding before and after a sentence, for missing prefixes and
// suffixes, and for a missing POS tag.
const (
	padBefore = 0x51a7e0b05
	padAfter  = 0xe05e0e05
	padNoPOS  = 0x9e3779b9
)

// padding is the number of padding tokens on each side of a sentence's tokInfo slice.
const padding = 2

// analyzeSentence fills infos (resized to len(words)+2*padding) with the token hashes of a
// sentence and its padding and returns it. pos may be nil or shorter than words. With full set
// every hash is filled; without, only the exact word hash and the POS hash (exact, pos):
// inference fills the lower-cased hash, shape, flags, prefixes and suffixes from its word cache,
// computing them (hashLower, fillShape, fillAffixes) only for the words missing from it.
func analyzeSentence(words, pos []string, infos []tokInfo, full bool) []tokInfo {
	n := len(words) + 2*padding
	if cap(infos) < n {
		infos = make([]tokInfo, n)
	}
	infos = infos[:n]
	for k := range padding {
		infos[k] = tokInfo{low: padBefore, exact: padBefore, shape: padBefore, pos: padBefore}
		infos[n-1-k] = tokInfo{low: padAfter, exact: padAfter, shape: padAfter, pos: padAfter}
	}
	for i, w := range words {
		p := ""
		if i < len(pos) {
			p = pos[i]
		}
		ti := &infos[i+padding]
		if !full {
			ti.exact, ti.pos = hashString(w), hashPOS(p)
			continue
		}
		hashToken(w, p, ti)
		fillShape(w, ti)
		fillAffixes(w, ti)
	}
	return infos
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashToken fills the hashes of word w (with POS tag pos, possibly empty): lower-cased and exact
// forms, and POS tag.
func hashToken(w, pos string, ti *tokInfo) {
	low, exact := uint64(fnvOffset), uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		exact = (exact ^ uint64(c)) * fnvPrime
		low = (low ^ uint64(lowerASCII(c))) * fnvPrime
	}
	ti.low, ti.exact = low, exact
	ti.pos = hashPOS(pos)
}

// hashPOS returns the hash of POS tag pos, padNoPOS for none.
func hashPOS(pos string) uint64 {
	if pos == "" {
		return padNoPOS
	}
	return hashString(pos)
}

// hashLower returns the hash of w lower-cased (tokInfo.low), as hashToken computes it.
func hashLower(w string) uint64 {
	low := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		low = (low ^ uint64(lowerASCII(w[i]))) * fnvPrime
	}
	return low
}

// fillShape fills the shape hash and the flags of word w.
func fillShape(w string, ti *tokInfo) { ti.shape, ti.flags = shapeOf(w) }

// fillAffixes fills the prefix and suffix hashes of word w.
func fillAffixes(w string, ti *tokInfo) {
	// Prefixes and suffixes of 1-4 bytes, lower-cased.
	for k := range 4 {
		if k >= len(w) {
			ti.pre[k], ti.suf[k] = padBefore, padAfter
			continue
		}
		p := uint64(fnvOffset)
		for i := 0; i <= k; i++ {
			p = (p ^ uint64(lowerASCII(w[i]))) * fnvPrime
		}
		s := uint64(fnvOffset)
		for i := len(w) - 1 - k; i < len(w); i++ {
			s = (s ^ uint64(lowerASCII(w[i]))) * fnvPrime
		}
		ti.pre[k], ti.suf[k] = p, s
	}
}

// shapeOf returns the shape hash of w (character classes with runs collapsed: "Xx", "X", "d",
// "X.X.", "x-x") and its flags.
func shapeOf(w string) (uint64, uint64) {
	var flags uint64
	shape := uint64(fnvOffset)
	var last byte
	upper, letters := 0, 0
	allPunct := len(w) > 0
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		var c byte
		switch {
		case r >= 'A' && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
		case r >= 'a' && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
			letters++
		case r >= '0' && r <= '9':
			c = 'd'
			flags |= flagDigit
		case r == '-':
			c = '-'
			flags |= flagHyphen
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == 'X' || c == 'x' || c == 'd' {
			allPunct = false
		}
		if c != last {
			shape = (shape ^ uint64(c)) * fnvPrime
			last = c
		}
	}
	if upper > 0 && letters > 0 && isUpperStart(w) {
		flags |= flagCap
	}
	if upper > 1 && upper == letters {
		flags |= flagAllCaps
	}
	if allPunct {
		flags |= flagPunct
	}
	return shape, flags
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mix is the splitmix64 finalizer: it spreads a template number and a value hash over 64 bits.
func mix(t, v uint64) uint64 {
	z := v ^ (t * 0x9e3779b97f4a7c15)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	if z == 0 {
		z = 1 // 0 marks an empty slot in featTable
	}
	return z
}

func pair(a, b uint64) uint64 { return a*0x100000001b3 ^ (b<<17 | b>>47) }

// Features come in three groups. Word features depend on one token of the window i-2..i+2 and
// its offset from i: a cache can sum their weights once per distinct word and offset. Bigram
// features depend on two adjacent tokens and can be cached per distinct pair. Context features
// (three tokens, the position, POS tags) are looked up for every token.

// window is the number of offsets (-2..+2) of the word features.
const window = 2*padding + 1

// appendWordFeatures appends the features that token ti, whose packed lexicon value (see
// lexValue) is lex, contributes at offset off (-2..+2) from the token being tagged.
func appendWordFeatures(dst []uint64, ti *tokInfo, off int, lex uint32) []uint64 {
	if lex != 0 {
		dst = appendLexFeatures(dst, off, lex)
	}
	switch off {
	case -2:
		return append(dst, mix(tPrev2, ti.low), mix(tShapePrev2, ti.shape))
	case -1:
		return append(dst, mix(tPrev1, ti.low), mix(tShapePrev1, ti.shape), mix(tSufPrev, ti.suf[2]), mix(tCasePrev1, ti.exact))
	case 1:
		return append(dst, mix(tNext1, ti.low), mix(tShapeNext1, ti.shape), mix(tSufNext, ti.suf[2]), mix(tCaseNext1, ti.exact))
	case 2:
		return append(dst, mix(tNext2, ti.low), mix(tShapeNext2, ti.shape))
	}
	return append(dst,
		mix(tWord, ti.low),
		mix(tWordCase, ti.exact),
		mix(tShape, ti.shape),
		mix(tPre1, ti.pre[0]),
		mix(tPre2, ti.pre[1]),
		mix(tPre3, ti.pre[2]),
		mix(tPre4, ti.pre[3]),
		mix(tSuf1, ti.suf[0]),
		mix(tSuf2, ti.suf[1]),
		mix(tSuf3, ti.suf[2]),
		mix(tSuf4, ti.suf[3]),
		mix(tFlags, ti.flags),
	)
}

// appendLexFeatures appends the cluster and gazetteer features of a word with lexicon value lex
// at offset off: prefixes of 4 and 8 bits and the whole path, and the flags, for the word itself;
// the 6-bit prefix and the flags for the adjacent words.
func appendLexFeatures(dst []uint64, off int, lex uint32) []uint64 {
	c, g := lexCluster(lex), lexGaz(lex)
	switch off {
	case 0:
		if c.Len > 0 {
			dst = append(dst, mix(tClus4, c.prefix(4)), mix(tClus8, c.prefix(8)), mix(tClusAll, c.prefix(maxClusterDepth)))
		}
		if g != 0 {
			dst = append(dst, mix(tGaz, g))
		}
	case -1, 1:
		tc, tg := uint64(tClusPrev), uint64(tGazPrev)
		if off == 1 {
			tc, tg = tClusNext, tGazNext
		}
		if c.Len > 0 {
			dst = append(dst, mix(tc, c.prefix(6)))
		}
		if g != 0 {
			dst = append(dst, mix(tg, g))
		}
	}
	return dst
}

// appendBigramFeatures appends the features that adjacent tokens a and b give each other: first
// those of a (with b as its next word), then, from index len(dst)+bigramHalf, those of b (with a
// as its previous word).
func appendBigramFeatures(dst []uint64, a, b *tokInfo) []uint64 {
	return append(dst,
		mix(tBigramNext, pair(a.low, b.low)),
		mix(tNextWordShape, pair(a.shape, b.low)),
		mix(tBigramPrev, pair(a.low, b.low)),
		mix(tPrevWordShape, pair(a.low, b.shape)),
	)
}

// bigramHalf is the number of features appendBigramFeatures gives each token.
const bigramHalf = 2

// appendContextFeatures appends the features of token i that are neither word nor bigram
// features; infos holds the token hashes of the sentence as made by analyzeSentence.
func appendContextFeatures(dst []uint64, infos []tokInfo, i int, usePOS bool) []uint64 {
	return appendTokenContext(append(dst, biasKey()), infos, i, usePOS)
}

// biasKey returns the key of the bias feature, the one context feature every token has alike
// (inference adds its weights once per token without looking the key up).
func biasKey() uint64 { return mix(tBias, 0) }

// appendTokenContext appends the context features of token i but the bias.
func appendTokenContext(dst []uint64, infos []tokInfo, i int, usePOS bool) []uint64 {
	j := i + padding
	c, p1, n1 := &infos[j], &infos[j-1], &infos[j+1]
	dst = append(dst,
		mix(tShapeTri, pair(pair(p1.shape, c.shape), n1.shape)),
		mix(tPrevNextWord, pair(p1.low, n1.low)),
	)
	if i == 0 {
		dst = append(dst, mix(tFirstWord, c.low), mix(tFirstShape, c.shape))
	}
	if usePOS {
		dst = append(dst,
			mix(tPOS, c.pos),
			mix(tPOSPrev1, p1.pos),
			mix(tPOSNext1, n1.pos),
			mix(tPOSShape, pair(c.pos, c.shape)),
		)
	}
	return dst
}

// appendFeatures appends all the feature keys of token i (word, bigram and context features) to
// dst; lexv holds the lexicon values of the tokens of infos (nil: none).
func appendFeatures(dst []uint64, infos []tokInfo, lexv []uint32, i int, usePOS bool) []uint64 {
	j := i + padding
	for off := -padding; off <= padding; off++ {
		var lex uint32
		if lexv != nil {
			lex = lexv[j+off]
		}
		dst = appendWordFeatures(dst, &infos[j+off], off, lex)
	}
	var bg [2 * bigramHalf]uint64
	next := appendBigramFeatures(bg[:0], &infos[j], &infos[j+1]) // token i as the left word
	dst = append(dst, next[:bigramHalf]...)
	prev := appendBigramFeatures(bg[:0], &infos[j-1], &infos[j]) // token i as the right word
	dst = append(dst, prev[bigramHalf:]...)
	return appendContextFeatures(dst, infos, i, usePOS)
}
