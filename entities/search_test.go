package entities

import (
	"cmp"
	"slices"
	"testing"

	"github.com/geopol/geopol/text"
)

// TestSearch compares SearchStart, searchEnd and sentenceAt with slices.BinarySearchFunc on sorted
// mentions and sentences with gaps, touching spans, empty lists and every offset around them.
func TestSearch(t *testing.T) {
	spans := [][2]int{{0, 3}, {3, 7}, {9, 12}, {12, 13}, {20, 31}, {31, 32}, {40, 41}}
	for n := 0; n <= len(spans); n++ {
		var ms []Mention
		d := &text.Doc{}
		for _, s := range spans[:n] {
			ms = append(ms, Mention{Start: s[0], End: s[1]})
			d.Sentences = append(d.Sentences, text.Sentence{Start: s[0], End: s[1]})
		}
		for p := -2; p <= 45; p++ {
			k, _ := slices.BinarySearchFunc(ms, p, func(m Mention, p int) int { return cmp.Compare(m.Start, p) })
			if got := SearchStart(ms, p); got != k {
				t.Errorf("%d mentions: SearchStart(%d) = %d, want %d", n, p, got, k)
			}
			k, _ = slices.BinarySearchFunc(ms, p, func(m Mention, p int) int { return cmp.Compare(m.End, p) })
			if got := searchEnd(ms, p); got != k {
				t.Errorf("%d mentions: searchEnd(%d) = %d, want %d", n, p, got, k)
			}
			k, found := slices.BinarySearchFunc(d.Sentences, p, func(s text.Sentence, p int) int {
				switch {
				case s.End <= p:
					return -1
				case s.Start > p:
					return 1
				}
				return 0
			})
			if got, ok := sentenceAt(d, p); got != k || ok != found {
				t.Errorf("%d sentences: sentenceAt(%d) = %d, %v, want %d, %v", n, p, got, ok, k, found)
			}
		}
	}
}
