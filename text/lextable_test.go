package text

import (
	"strings"
	"testing"
)

func TestLexTable(t *testing.T) {
	long := strings.Repeat("x", lexKeyLen+1)
	m := map[string]int32{"the": 1, "The": 2, "Iran": 3, long: 4, strings.Repeat("y", lexKeyLen): 5, "": 6}
	for i := range 100 {
		m["w"+strings.Repeat("a", i%20)+string(rune('A'+i%26))] = int32(100 + i)
	}
	tab := newLexTable(m)
	for k, v := range m {
		got, ok := tab.get(k)
		if k == "" {
			if ok {
				t.Errorf("get(\"\") found %d; the empty word is never stored", got)
			}
			continue
		}
		if !ok || got != v {
			t.Errorf("get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for _, k := range []string{"th", "thee", "THE", "iran", long + "x", strings.Repeat("x", lexKeyLen), "wA "} {
		if got, ok := tab.get(k); ok {
			t.Errorf("get(%q) = %d, want absent", k, got)
		}
	}
}
