package corpus

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// shortcutLines are lines of the kinds the cleaner's rules look at: prefixes in every case, Unicode
// letters that fold to ASCII ones (the Kelvin sign, the long s), short and empty lines.
var shortcutLines = []string{
	"", "©", "© 2024 Harbor Post", "(C) 2019 Meridian Wire", "Copyright 2023", "COPYRIGHT ", "copyright",
	"All rights reserved.", "Related: talks resume", "READ MORE: the summit", "Sign up for our newsletter",
	"Subscribe to the Africa briefing", "Get the Pacific Times newsletter", "Tags: Niger, Sahel",
	"Reporting by Marta Kowalski; Editing by John Stone", "(Reporting by A. Writer)", "Source: UN News",
	"\u212aopyright", "\u017fign up", "Ѕign up", "Mr. President, allow me to congratulate you.",
	"advertisement", "Advertisement", "ADVERTISEMENT", "Filed Under: Politics", "filed", "Our Standards: Trust",
	"Unsubscribe here", "you are receiving this email", "\xff\xfe", "m", "More: the story",
}

// randomLine builds a line from pieces of prefixes in random case.
func randomLine(r *rand.Rand, pieces []string) string {
	b := []byte{}
	for n := r.IntN(3); n >= 0; n-- {
		p := pieces[r.IntN(len(pieces))]
		for i := 0; i < len(p); i++ {
			c := p[i]
			if r.IntN(2) == 0 && 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
		}
		if r.IntN(3) == 0 {
			b = b[:r.IntN(len(b)+1)]
		}
	}
	return string(b)
}

// TestAnyPrefix compares anyPrefixFold and anyFoldPrefix, which test the first byte in the loop,
// with the prefix test of every prefix.
func TestAnyPrefix(t *testing.T) {
	for _, c := range []struct {
		name string
		ps   []string
		any  func(string, []string) bool
		one  func(s, p string) bool
		seed uint64
	}{
		{"anyPrefixFold", append(weakLegalPhrases(), "©", "(c) 19", "copyright ", "related:", "more:", "k", "s"),
			anyPrefixFold, hasPrefixFold, 1},
		{"anyFoldPrefix", []string{"©", "(c) 19", "copyright ", "reporting by ", "tags:", "source:", "our standards:",
			"unsubscribe"}, anyFoldPrefix, foldPrefix, 3},
	} {
		check := func(s string) {
			want := false
			for _, p := range c.ps {
				if c.one(s, p) {
					want = true
				}
			}
			if got := c.any(s, c.ps); got != want {
				t.Errorf("%s(%q) = %v, the test of every prefix says %v", c.name, s, got, want)
			}
		}
		for _, s := range shortcutLines {
			check(s)
		}
		r := rand.New(rand.NewPCG(c.seed, c.seed+1))
		for range 20000 {
			check(randomLine(r, append(c.ps, shortcutLines...)))
		}
	}
}

func TestCountWordsUpTo(t *testing.T) {
	for _, s := range append(shortcutLines, "  a  b\tc\r\n d ", "one", " ", "a b c d e f g h i j k l m") {
		for limit := 0; limit <= 15; limit++ {
			words := len(strings.FieldsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isSpaceByte(byte(r)) }))
			if got, want := countWordsUpTo(s, limit), min(words, limit); got != want {
				t.Errorf("countWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestMenuRun compares menuRun, which stops at the fourth word that is not a menu word, with the
// count over all the words.
func TestMenuRun(t *testing.T) {
	words := []string{"Home", "WORLD", "news", "Politics", "sport", "and", "&", "the", "Minister", "said", "x",
		"Español", "français", "ÉDITION", "us:", "talks", "Sign", "in", "\t", "  ", "résumé"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(20); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(" \t "[r.IntN(3)])
		}
		s := b.String()
		ws := strings.FieldsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isSpaceByte(byte(r)) })
		menu := 0
		for _, w := range ws {
			if isMenuWord(strings.ToLower(w)) {
				menu++
			}
		}
		want := len(ws) >= 3 && len(ws) <= 15 && menu*4 >= len(ws)*3
		if got := menuRun(s); got != want {
			t.Fatalf("menuRun(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPrefixSet compares the prefix sets of the credit, end-mark and legal checks, which look only
// at the prefixes that share a line's first byte, with anyFoldPrefix and anyPrefixFold over all
// their prefixes (including lines whose first byte is a prefix's first byte minus 'a'-'A', which
// anyPrefixFold also lets through to hasPrefixFold).
func TestPrefixSet(t *testing.T) {
	for k, c := range []struct {
		name string
		set  *prefixSet
	}{{"creditPrefixes", creditPrefixes()}, {"endPrefixes", endPrefixes()}, {"legalPrefixes", legalPrefixes()}} {
		var ps []string
		for _, l := range c.set.byFirst {
			ps = append(ps, l...)
		}
		if len(ps) < 20 {
			t.Fatalf("%s holds %d prefixes", c.name, len(ps))
		}
		check := func(s string) {
			if got, want := c.set.anyFold(s), anyFoldPrefix(s, ps); got != want {
				t.Errorf("%s.anyFold(%q) = %v, anyFoldPrefix says %v", c.name, s, got, want)
			}
			if got, want := c.set.anyEqualFold(s), anyPrefixFold(s, ps); got != want {
				t.Errorf("%s.anyEqualFold(%q) = %v, anyPrefixFold says %v", c.name, s, got, want)
			}
		}
		frags := append([]string{"\x08", "\x0e", "K", "\u212A", "© ", "COPYRIGHT ", "Photo: "}, shortcutLines...)
		for _, p := range ps {
			check(p)
			check(strings.ToUpper(p) + " Jane Doe")
			check(p[:len(p)-1])
			frags = append(frags, p)
		}
		r := rand.New(rand.NewPCG(uint64(k)+21, 5))
		for range 20000 {
			check(randomLine(r, frags))
		}
	}
}

// TestMayEndWithAgencyASCII compares mayEndWithAgency, which reads the last word byte by byte while
// the bytes are ASCII, with its rune-wise definition, on lines ending with agency names, spaces of
// both kinds (ASCII, no-break, ideographic), brackets and other scripts.
func TestMayEndWithAgencyASCII(t *testing.T) {
	pieces := []string{"Jane Doe | ", "said on Monday. — ", "Reuters", "AFP", "Associated Press", "Press",
		"France-Presse", "Prensa Latina", "AP Photo", "(", ")", " ", "\t", "\r\n", "\u00a0", "\u3000", "\u2014",
		"Xinhua", "talks.", "Reuters staff", "é", "\xff", "Bogotá", "Presse\u00a0", "(AFP)", "x"}
	r := rand.New(rand.NewPCG(31, 37))
	for range 30000 {
		s := randomLine(r, pieces)
		if got, want := mayEndWithAgency(s), mayEndWithAgencyRunes(s); got != want {
			t.Errorf("mayEndWithAgency(%q) = %v, the rune-wise test says %v", s, got, want)
		}
	}
}

// TestPlainRun compares plainRun, which reads eight bytes at a time, with a byte-by-byte scan on
// JSON string contents with quotes, backslashes, control characters and bytes beyond ASCII at
// every position, from every start.
func TestPlainRun(t *testing.T) {
	byteScan := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if c := b[i]; c == '"' || c == '\\' || c < 0x20 || c >= 0x80 {
				break
			}
		}
		return i
	}
	specials := []byte{'"', '\\', 0, '\n', 0x1f, 0x7f, 0x80, 0xc3, 0xff, ' ', '!', '#', '[', ']', 'a', '~', 0x21, 0x5b, 0x5d}
	r := rand.New(rand.NewPCG(41, 43))
	for range 3000 {
		b := randomBytes(r, 39, specials, 6, 0x20, 0x60)
		for i := 0; i <= len(b); i++ {
			if got, want := plainRun(b, i), byteScan(b, i); got != want {
				t.Fatalf("plainRun(%q, %d) = %d, want %d", b, i, got, want)
			}
		}
	}
}

// TestWordAtATime compares appendLower, isASCII and hashString, which read eight bytes at a time,
// with byte-by-byte definitions on strings of every length up to 40 mixing letters of both cases,
// the bytes around 'A', 'Z', 'a' and 'z', and bytes beyond ASCII.
func TestWordAtATime(t *testing.T) {
	lower := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	ascii := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	hash := func(s string) uint64 { // hashString as first written, one byte at a time
		const prime = 1099511628211
		h := uint64(14695981039346656037)
		i := 0
		for ; i+8 <= len(s); i += 8 {
			var w uint64
			for k := 7; k >= 0; k-- {
				w = w<<8 | uint64(s[i+k])
			}
			h = bits.RotateLeft64((h^w)*prime, 31)
		}
		for ; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
		return bits.RotateLeft64(h, 29) ^ uint64(len(s))
	}
	edge := []byte{'@', 'A', 'B', 'Y', 'Z', '[', '`', 'a', 'z', '{', 0, 0x7f, 0x80, 0xc1, 0xc3, 0xda, 0xdb, 0xe1, 0xfa, 0xff, ' '}
	r := rand.New(rand.NewPCG(51, 53))
	for range 5000 {
		b := randomBytes(r, 40, edge, 3, 0, 256)
		s := string(b)
		if got, want := string(appendLower([]byte("pre"), s)), "pre"+lower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := isASCII(s), ascii(s); got != want {
			t.Fatalf("isASCII(%q) = %v, want %v", s, got, want)
		}
		if got, want := hashString(s), hash(s); got != want {
			t.Fatalf("hashString(%q) = %x, want %x", s, got, want)
		}
	}
}

// randomBytes returns up to maxLen random bytes: one in oneIn taken from edge, the others from
// [lo, lo+span).
func randomBytes(r *rand.Rand, maxLen int, edge []byte, oneIn, lo, span int) []byte {
	b := make([]byte, r.IntN(maxLen+1))
	for k := range b {
		if r.IntN(oneIn) == 0 {
			b[k] = edge[r.IntN(len(edge))]
		} else {
			b[k] = byte(lo + r.IntN(span))
		}
	}
	return b
}
