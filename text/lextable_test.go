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
