package events

import (
	"reflect"
	"slices"
	"testing"
)

// plainCandidates is the definition of sentenceView.candidates: every token's word and lemma
// looked up in the block.
func plainCandidates(v *sentenceView, b *verbBlock) []int {
	out := slices.Clone(b.always)
	for i := range v.n() {
		out = append(out, b.byWord[v.words[i]]...)
		if v.lemmas[i] != v.words[i] {
			out = append(out, b.byWord[v.lemmas[i]]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestCandidatesMatchPlain checks that candidates, which looks up only the tokens the dictionary
// needs, gives every block's plain candidate list on every sentence of the sample corpus, and
// that needed holds exactly the keys of the blocks' indexes.
func TestCandidatesMatchPlain(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for i := range c.verbs.blocks {
		for w := range c.verbs.blocks[i].byWord {
			keys[w] = true
		}
	}
	if !reflect.DeepEqual(keys, c.verbs.needed) || len(keys) == 0 {
		t.Fatalf("needed has %d words, the blocks' indexes %d", len(c.verbs.needed), len(keys))
	}
	sentences, nonEmpty := 0, 0
	eachSampleText(t, func(p, txt string) {
		d, _ := analyze(t, txt)
		var buf viewBuffers
		for _, s := range d.Sentences {
			v := buf.viewIrreg(d, s, c.known, c.verbs.irregular)
			sentences++
			for bi := range c.verbs.blocks {
				blk := &c.verbs.blocks[bi]
				want := plainCandidates(v, blk)
				if got := v.candidates(blk, c.verbs.needed); !slices.Equal(got, want) {
					t.Fatalf("%s: block %s: candidates %v, want %v", p, blk.name, got, want)
				}
				if len(want) > len(blk.always) {
					nonEmpty++
				}
			}
		}
	})
	if sentences == 0 || nonEmpty == 0 {
		t.Fatalf("%d sentences, %d lists with a needed word: nothing compared", sentences, nonEmpty)
	}
}
