package corpus

import (
	"unicode"
	"unicode/utf8"
)

// ASCII case folding for the line checks. Each check of a line asks about strings.ToLower of the line;
// for most lines that is the line with its letters A-Z lowered (foldable), so the checks compare the
// line itself, lowering its bytes as they go, instead of building a lower-case copy. Other lines are
// lowered with strings.ToLower first, as before (Unicode lowering can change lengths and letters: "İ",
// "K" (the Kelvin sign), invalid UTF-8); the helpers below lower only A-Z, which leaves such a
// lowered copy unchanged, so they give the plain strings answers on either form.

// foldable reports whether strings.ToLower(s) is s with A-Z lowered: s is valid UTF-8 and its
// letters beyond ASCII are lower case or have no case ("’", "é", "ß", "ς", "中").
func foldable(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && load8(s[i:i+8])&highBits == 0 {
			i += 8 // eight ASCII bytes
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += n
	}
	return true
}

// load8 returns the eight bytes of w (of length 8) as one little-endian word: the compiler reads
// them with one load instead of eight.
func load8(w string) uint64 {
	w = w[:8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// highBits has the high bit of each of the eight bytes of a word: a word of bytes is ASCII when
// none of them is set.
const highBits = 0x8080808080808080

// lowerByte returns c with A-Z lowered.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldEqual reports whether s with A-Z lowered equals p.
func foldEqual(s, p string) bool {
	if len(s) != len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// foldPrefix reports whether s with A-Z lowered starts with p.
func foldPrefix(s, p string) bool {
	return len(s) >= len(p) && foldEqual(s[:len(p)], p)
}

// anyFoldPrefix reports whether foldPrefix(s, p) holds for some p of ps (each not empty), testing
// the first byte in the loop before comparing the rest.
func anyFoldPrefix(s string, ps []string) bool {
	if s == "" {
		return false
	}
	c := lowerByte(s[0])
	for _, p := range ps {
		if p[0] == c && foldPrefix(s, p) {
			return true
		}
	}
	return false
}

// foldSuffix reports whether s with A-Z lowered ends with p.
func foldSuffix(s, p string) bool {
	return len(s) >= len(p) && foldEqual(s[len(s)-len(p):], p)
}

// foldContains reports whether s with A-Z lowered contains p (not empty).
func foldContains(s, p string) bool {
	c := p[0]
	for i := 0; i+len(p) <= len(s); i++ {
		if lowerByte(s[i]) == c && foldEqual(s[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// prefixSet is a fixed list of lower-case prefixes (each not empty) indexed by their first byte, so
// that a line is compared only with the prefixes that can match its first byte instead of testing
// the first byte of every prefix. It is read-only once built and safe for concurrent use.
type prefixSet struct {
	byFirst [256][]string
}

// newPrefixSet returns the set of prefixes ps.
func newPrefixSet(ps ...string) *prefixSet {
	p := &prefixSet{}
	for _, s := range ps {
		p.byFirst[s[0]] = append(p.byFirst[s[0]], s)
	}
	return p
}

// anyFold is anyFoldPrefix(s, ps) for the set's prefixes ps: whether s with A-Z lowered starts
// with one of them.
func (p *prefixSet) anyFold(s string) bool {
	if s == "" {
		return false
	}
	for _, q := range p.byFirst[lowerByte(s[0])] {
		if foldPrefix(s, q) {
			return true
		}
	}
	return false
}

// anyEqualFold is anyPrefixFold(s, ps) for the set's prefixes ps: whether hasPrefixFold(s, q)
// holds for one of them. hasPrefixFold compares only prefixes whose first byte is s[0] or s[0]
// plus 'a'-'A'.
func (p *prefixSet) anyEqualFold(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	for _, b := range [2]byte{c, c + ('a' - 'A')} {
		for _, q := range p.byFirst[b] {
			if hasPrefixFold(s, q) {
				return true
			}
		}
	}
	return false
}
