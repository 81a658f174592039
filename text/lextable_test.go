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
