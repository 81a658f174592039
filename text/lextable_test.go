package text

import (
	"strings"
	"testing"
	"unsafe"
)

func TestLexTable(t *testing.T) {
	if n := unsafe.Sizeof(lexSlot{}); n != 64 {
		t.Errorf("lexSlot is %d bytes, want 64 (one cache line)", n)
	}
	entry := func(v int32) lexEntry { return lexEntry{own: v} }
	long := strings.Repeat("x", lexKeyLen+1)
	m := map[string]lexEntry{"the": entry(1), "The": entry(2), "Iran": entry(3), long: entry(4),
		strings.Repeat("y", lexKeyLen): entry(5), "": entry(6)}
	for i := range 100 {
		m["w"+strings.Repeat("a", i%20)+string(rune('A'+i%26))] = entry(int32(100 + i))
	}
	tab := newLexTable(m)
	for k, v := range m {
		got := tab.get(k)
		if k == "" {
			if got != nil {
				t.Errorf("get(\"\") found %v; the empty word is never stored", *got)
			}
			continue
		}
		if got == nil || *got != v {
			t.Errorf("get(%q) = %v; want %v", k, got, v)
		}
	}
	for _, k := range []string{"th", "thee", "THE", "iran", long + "x", strings.Repeat("x", lexKeyLen), "wA "} {
		if got := tab.get(k); got != nil {
			t.Errorf("get(%q) = %v, want absent", k, *got)
		}
	}
}

// TestLexTableProbes checks that lexHash spreads the model's words over the lexicon's table: a
// word found takes on average under 1.5 slots read, and the longest run reads under 40.
func TestLexTableProbes(t *testing.T) {
	m := mustAnalyzer(t).model
	tab := m.lex
	words, total, longest := 0, 0, 0
	for w := range tab.entries() {
		if len(w) > lexKeyLen {
			continue
		}
		n := 1
		for i := lexHash(w) & tab.mask; ; i = (i + 1) & tab.mask {
			if s := &tab.slots[i]; int(s.n) == len(w) && string(s.key[:len(w)]) == w {
				break
			}
			n++
		}
		words, total, longest = words+1, total+n, max(longest, n)
	}
	if words == 0 {
		t.Fatal("empty lexicon")
	}
	if avg := float64(total) / float64(words); avg >= 1.5 || longest >= 40 {
		t.Errorf("%d words: %.2f slots read on average, %d at most", words, avg, longest)
	}
	t.Logf("%d words in %d slots: %.3f slots read on average, %d at most", words, len(tab.slots), float64(total)/float64(words), longest)
}

// TestLexHashReadsEveryByte checks that lexHash depends on every byte of keys of every length the
// table stores: it reads the key as overlapping words (one byte, the middle and last bytes of short
// keys; two 32-bit or up to four 64-bit words of longer ones), and a byte that none of them covered
// would make keys differing only there collide. Changing any one byte of a key must change the
// hash (a 64-bit hash of such close keys colliding by chance is negligible), and keys that differ
// in length only must hash apart too.
func TestLexHashReadsEveryByte(t *testing.T) {
	base := []byte("abcdefghijklmnopqrstuvwxyz012345")
	for n := 1; n <= lexKeyLen; n++ {
		w := string(base[:n])
		h := lexHash(w)
		for i := range n {
			b := []byte(w)
			b[i] ^= 0x20
			if lexHash(string(b)) == h {
				t.Errorf("len %d: changing byte %d of %q leaves the hash unchanged", n, i, w)
			}
		}
		if n > 1 && lexHash(w[:n-1]) == h {
			t.Errorf("%q and %q hash alike", w, w[:n-1])
		}
	}
	// keys of up to 3 bytes are read as their first, middle and last bytes, with the length: "aba"
	// and "abba"-like keys must stay apart
	for _, p := range [][2]string{{"a", "aa"}, {"aa", "aaa"}, {"ab", "aab"}, {"abc", "abbc"}, {"abcd", "abcabcd"}} {
		if lexHash(p[0]) == lexHash(p[1]) {
			t.Errorf("%q and %q hash alike", p[0], p[1])
		}
	}
}

// TestLexTablePut checks what decodeTagCache relies on: put of a word already in the table
// replaces its entry (as a map assignment does), and a word read from a buffer that changes
// afterwards keeps the word it was put with, short (copied into its slot) or long (cloned).
func TestLexTablePut(t *testing.T) {
	entry := func(v int32) lexEntry { return lexEntry{own: v} }
	tab := newLexTableFor(4)
	buf := []byte("sanctions")
	long := []byte(strings.Repeat("z", lexKeyLen+3))
	tab.put(unsafe.String(&buf[0], len(buf)), entry(1))
	tab.put(unsafe.String(&long[0], len(long)), entry(2))
	tab.put("sanctions", entry(3)) // replaces
	tab.put(strings.Repeat("z", lexKeyLen+3), entry(4))
	tab.put("", entry(5))
	copy(buf, "SANCTIONS")
	copy(long, strings.Repeat("Z", len(long)))
	if e := tab.get("sanctions"); e == nil || e.own != 3 {
		t.Errorf("get(sanctions) = %v, want own 3", e)
	}
	if e := tab.get(strings.Repeat("z", lexKeyLen+3)); e == nil || e.own != 4 {
		t.Errorf("get(long word) = %v, want own 4", e)
	}
	if e := tab.get("SANCTIONS"); e != nil {
		t.Errorf("get(SANCTIONS) = %v: the table kept the buffer", e)
	}
	if n := len(tab.entries()); n != 2 {
		t.Errorf("%d entries, want 2", n)
	}
}
