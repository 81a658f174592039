package reports

import (
	"fmt"
	"testing"
)

// TestKeyTable finds, in digest's key table, every key inserted (enough to grow the table
// several times), none that was not, and after empty none at all; keys that differ only in their
// kind or in which field holds a string are different keys.
func TestKeyTable(t *testing.T) {
	var tab keyTable
	var cands []candidate
	var keys []EvidenceKey
	for i := range 500 {
		a := fmt.Sprint("actor-", i%37)
		switch i % 4 {
		case 0:
			keys = append(keys, EvidenceKey{Kind: EvidenceActor, A: fmt.Sprint("actor-", i)})
		case 1:
			keys = append(keys, EvidenceKey{Kind: EvidenceLink, A: a, B: fmt.Sprint("b", i)})
		case 2:
			keys = append(keys, EvidenceKey{Kind: EvidenceLink, A: fmt.Sprint("b", i), B: a})
		default:
			keys = append(keys, EvidenceKey{Kind: EvidenceEvent, A: a, B: a, C: fmt.Sprint(i)})
		}
	}
	for round := range 3 {
		for n, k := range keys {
			st := keyState(k)
			slot, i := tab.find(cands, k, st)
			if i >= 0 {
				t.Fatalf("round %d: key %v found before it was inserted", round, k)
			}
			cands = append(cands, candidate{key: k, state: st})
			tab.insert(cands, slot)
			for _, k2 := range keys[:n+1] {
				if _, i := tab.find(cands, k2, keyState(k2)); i < 0 || cands[i].key != k2 {
					t.Fatalf("round %d: key %v not found after %d inserts", round, k2, n+1)
				}
			}
		}
		for _, k := range []EvidenceKey{{Kind: EvidenceCountry, A: "actor-0"}, {Kind: EvidenceActor, B: "actor-0"}, {}} {
			if _, i := tab.find(cands, k, keyState(k)); i >= 0 {
				t.Fatalf("round %d: key %v found, never inserted", round, k)
			}
		}
		tab.empty(cands)
		cands = cands[:0]
		for _, k := range keys {
			if _, i := tab.find(cands, k, keyState(k)); i >= 0 {
				t.Fatalf("round %d: key %v found after empty", round, k)
			}
		}
	}
}
