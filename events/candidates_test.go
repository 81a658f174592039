package events

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// holdsWord reports whether some token of v has w as its word or lemma.
func holdsWord(v *sentenceView, w string) bool {
	for i := range v.n() {
		if v.words[i] == w || v.lemmas[i] == w {
			return true
		}
	}
	return false
}

// plainCandidates is the definition of sentenceView.candidates, on the patterns' words: the
// patterns that need no word or one of whose needed words a token holds, as its word or lemma,
// and each of whose word elements has an alternative whose first word a token holds.
func plainCandidates(v *sentenceView, b *verbBlock) (out []int, dropped int) {
	for k := range b.patterns {
		p := &b.patterns[k]
		if len(p.need) > 0 && !slices.ContainsFunc(p.need, func(w string) bool { return holdsWord(v, w) }) {
			continue
		}
		all := true
		for _, side := range [2][]patElem{p.pre, p.post} {
			for _, e := range side {
				if e.kind == elemWord && !slices.ContainsFunc(e.alts, func(a []string) bool { return holdsWord(v, a[0]) }) {
					all = false
				}
			}
		}
		if !all {
			dropped++
			continue
		}
		out = append(out, k)
	}
	return out, dropped
}

// TestCandidatesMatchPlain checks that candidates, which looks up only the ids of the words the
// dictionary needs, gives every block's plain candidate list on every sentence of the sample
// corpus, and that the word ids number exactly the first words of the patterns' alternatives.
func TestCandidatesMatchPlain(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for i := range c.verbs.blocks {
		for _, p := range c.verbs.blocks[i].patterns {
			for _, side := range [2][]patElem{p.pre, p.post} {
				for _, e := range side {
					for _, a := range e.alts {
						if e.kind == elemWord {
							words[a[0]] = true
						}
					}
				}
			}
		}
	}
	ids := map[int32]bool{}
	for w, k := range c.verbs.wordIDs {
		if !words[w] || k < 0 || int(k) >= len(c.verbs.wordIDs) || ids[k] {
			t.Fatalf("word id %d of %q: not a pattern's word, out of range or repeated", k, w)
		}
		ids[k] = true
	}
	if len(ids) != len(words) || len(words) == 0 {
		t.Fatalf("%d word ids for %d words of patterns", len(ids), len(words))
	}
	sentences, nonEmpty, dropped := 0, 0, 0
	eachSampleText(t, func(p, txt string) {
		d, _ := analyze(t, txt)
		var buf viewBuffers
		for _, s := range d.Sentences {
			v := buf.viewIrreg(d, s, c.known, c.verbs.irregular)
			sentences++
			for bi := range c.verbs.blocks {
				blk := &c.verbs.blocks[bi]
				want, drop := plainCandidates(v, blk)
				if got := v.candidates(blk, c.verbs.words); !slices.Equal(got, want) {
					t.Fatalf("%s: block %s: candidates %v, want %v", p, blk.name, got, want)
				}
				if len(want) > len(blk.always) {
					nonEmpty++
				}
				dropped += drop
			}
		}
	})
	if sentences == 0 || nonEmpty == 0 || dropped == 0 {
		t.Fatalf("%d sentences, %d lists with a needed word, %d patterns dropped by a missing word: nothing compared",
			sentences, nonEmpty, dropped)
	}
}

// TestCodesWithAllPatterns checks that the candidate patterns change no code: every predicate of
// every sentence of the sample corpus gets the same verbCode when every pattern of every block is
// tried.
func TestCodesWithAllPatterns(t *testing.T) {
	var n codesCount
	eachSampleText(t, func(p, txt string) { n.check(t, p, txt) })
	n.report(t)
}

// TestCodesWithAllPatternsUN is TestCodesWithAllPatterns on 40 UN General Debate speeches.
func TestCodesWithAllPatternsUN(t *testing.T) {
	if testing.Short() {
		t.Skip("long: 40 speeches")
	}
	var n codesCount
	for i, txt := range readTexts(t, "../../shared/data/corpora/ungdc_2010_2024.jsonl", 40) {
		n.check(t, fmt.Sprint("speech ", i), txt)
	}
	n.report(t)
}

// codesCount counts the predicates compared by check and those a pattern codes.
type codesCount struct{ preds, coded int }

// check compares the codes of the predicates of every sentence of txt with candidates and with
// every pattern as a candidate.
func (n *codesCount) check(t *testing.T, name, txt string) {
	t.Helper()
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	d, ms := analyze(t, txt)
	in := newMentionIndex(ms)
	var b1, b2 viewBuffers
	for k, s := range d.Sentences {
		sm := in.in(s)
		view := func(b *viewBuffers) (*sentenceView, []pred) {
			v := b.viewIrreg(d, s, c.known, c.verbs.irregular)
			v.k = k
			v.findActors(sm)
			c.ground(v)
			return v, c.preds(v)
		}
		v1, ps1 := view(&b1)
		got := c.codes(v1, ps1)
		v2, ps2 := view(&b2)
		for bi := range c.verbs.blocks { // every pattern is a candidate
			blk := &c.verbs.blocks[bi]
			all := make([]int, len(blk.patterns))
			for i := range all {
				all[i] = i
			}
			v2.marks.blocks = append(v2.marks.blocks, blockCands{blk, all})
		}
		want := c.codes(v2, ps2)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %q: codes %+v, with every pattern %+v", name, d.Text[s.Start:s.End], got, want)
		}
		n.preds += len(ps1)
		for _, vc := range got {
			if vc.ok && vc.words > 0 {
				n.coded++
			}
		}
	}
}

func (n *codesCount) report(t *testing.T) {
	if n.preds == 0 || n.coded == 0 {
		t.Fatalf("%d predicates, %d coded by a pattern: nothing compared", n.preds, n.coded)
	}
	t.Logf("%d predicates, %d coded by a pattern", n.preds, n.coded)
}
