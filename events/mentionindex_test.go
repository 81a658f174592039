package events

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// TestMentionIndex checks mentionIndex against a scan of every mention, on sorted and unsorted
// mentions, with mentions that cross sentence boundaries, empty ones and ones without an Entity.
func TestMentionIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		var sents []text.Sentence
		for at := 0; at < 200; {
			n := 1 + r.IntN(30)
			sents = append(sents, text.Sentence{Start: at, End: at + n})
			at += n + r.IntN(3)
		}
		var ms []entities.Mention
		for range r.IntN(40) {
			a := r.IntN(210)
			m := entities.Mention{Start: a, End: a + r.IntN(12), Entity: "X"}
			if r.IntN(8) == 0 {
				m.Entity = ""
			}
			ms = append(ms, m)
		}
		if trial%2 == 0 {
			sortMentions(ms)
		}
		x := newMentionIndex(ms)
		for _, s := range sents {
			var want []entities.Mention
			for _, m := range ms {
				if m.Entity != "" && m.Start >= s.Start && m.End <= s.End && m.Start < m.End {
					want = append(want, m)
				}
			}
			got := x.in(s)
			if len(got) != 0 || len(want) != 0 {
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("trial %d, sentence %+v (sorted %v): got %v, want %v", trial, s, x.sorted, got, want)
				}
			}
		}
	}
}

func sortMentions(ms []entities.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}
