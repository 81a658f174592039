package ner

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// freshModel returns a copy of the default model with scratch spaces and lexicon vectors of its
// own (none stored yet), or without lexicon vectors.
func freshModel(t *testing.T, withLexVecs bool) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c := *m
	c.free = make(chan *scratch, maxIdleScratch)
	c.lexVecs = nil
	if withLexVecs {
		c.buildLexVecs()
	}
	return &c
}

// TestLexVecs checks the lexicon vectors of the default model: every lexicon word is found and no
// other word (nor a word given with another word's hash), and after a run over UN speeches every
// stored vector and its hashes are those wordVec sums for the word.
func TestLexVecs(t *testing.T) {
	m := freshModel(t, true)
	lv := m.lexVecs
	if lv == nil || len(lv.words) != len(m.lexicon.entries) {
		t.Fatalf("lexicon vectors for %d words, want %d", len(lv.words), len(m.lexicon.entries))
	}
	for i, e := range m.lexicon.entries {
		if n := lv.find(hashString(e.Word), e.Word); n < 0 || lv.words[n] != e.Word {
			t.Fatalf("lexicon word %d %q not found", i, e.Word)
		}
	}
	w := m.lexicon.entries[0].Word
	for _, x := range []struct {
		k uint64
		w string
	}{{hashString("Zzyzxqwv"), "Zzyzxqwv"}, {0, ""}, {hashString(w), w + "x"}} {
		if n := lv.find(x.k, x.w); n >= 0 {
			t.Errorf("%q (hash %x) found as %q", x.w, x.k, lv.words[n])
		}
	}
	var nilLV *lexVecs
	if nilLV.find(hashString(w), w) >= 0 {
		t.Error("a nil table found a word")
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range loadUNDocs(t, 20) {
		m.Recognize(a.AnalyzeLazy(tx, nil))
	}
	width := window * m.tags.n()
	got := make([]int32, width)
	want := make([]int32, width)
	var feats []uint64
	stored := 0
	for n, w := range lv.words {
		var cw cachedWord
		if !lv.copyTo(n, got, &cw) {
			continue
		}
		stored++
		clear(want)
		ti := tokInfo{exact: hashString(w)}
		feats = m.fillWordVec(&ti, w, want, feats)
		if !slices.Equal(got, want) || cw.shape != ti.shape || cw.low != ti.low {
			t.Fatalf("word %q: stored vector differs from the summed one", w)
		}
	}
	if stored == 0 {
		t.Fatal("no vector stored: the check checked nothing")
	}
	t.Logf("%d of %d lexicon vectors stored", stored, len(lv.words))
}

// TestLexVecsChangeNothing checks that Recognize finds the same mentions with and without the
// lexicon vectors on the first 100 UN speeches, on two goroutines that share the vectors (twice
// over, so that the second pass copies what the first stored), and in one scratch with a word
// cache too small to keep any word (so that every word goes through the lexicon vectors).
func TestLexVecsChangeNothing(t *testing.T) {
	texts := loadUNDocs(t, 100)
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*text.Doc, len(texts))
	for i, tx := range texts {
		docs[i] = a.Analyze(tx, nil)
	}
	plain := freshModel(t, false)
	want := make([][]entities.Mention, len(docs))
	n := 0
	for i, d := range docs {
		want[i] = plain.Recognize(d)
		n += len(want[i])
	}
	if n == 0 {
		t.Fatal("no mentions: the check checked nothing")
	}
	m := freshModel(t, true)
	for pass := range 2 {
		var wg sync.WaitGroup
		errs := make([]string, 2)
		for g := range 2 {
			wg.Go(func() {
				for i := g; i < len(docs); i += 2 {
					if got := m.Recognize(docs[i]); !reflect.DeepEqual(got, want[i]) {
						errs[g] = fmt.Sprintf("pass %d, speech %d: mentions differ with the lexicon vectors", pass, i)
						return
					}
				}
			})
		}
		wg.Wait()
		for _, e := range errs {
			if e != "" {
				t.Fatal(e)
			}
		}
	}
	tiny := freshModel(t, true)
	s := tiny.getScratch()
	s.words1 = newVecCache(1, window*tiny.tags.n())
	tiny.putScratch(s)
	for i, d := range docs[:20] {
		if got := tiny.Recognize(d); !reflect.DeepEqual(got, want[i]) {
			t.Fatalf("speech %d: mentions differ with a one-word cache and the lexicon vectors", i)
		}
	}
}

// TestCapitalIn checks which name windows recognize skips: those whose tokens hold no upper-case
// letter (ASCII or not), and only those; and that skipping them changes no mention.
func TestCapitalIn(t *testing.T) {
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"we met — and then left", false},
		{"the world’s oceans are warming", false},
		{"“quoted” words only", false},
		{"the café is open", false},
		{"we met Ángel there", true},
		{"the world’s Oceans are warming", true},
		{"talks in paris and Berlin", true},
		{"ΑΘΗΝΑ hosted them", true},
	} {
		d := a.AnalyzeLazy(tt.text, nil)
		if got := capitalIn(d, 0, len(d.Tokens)); got != tt.want {
			t.Errorf("capitalIn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The Council — in its wisdom — met in Geneva. We thank the world’s leaders — all of them.",
		"“Peace” is the word. The Secretary-General’s report on Mali’s crisis was welcome; its “findings” were not.",
		"Our nation’s future — and that of the region — depends on Ukraine’s sovereignty and the United Nations’ resolve.",
	}
	skipped := 0
	for _, tx := range texts {
		d := a.AnalyzeLazy(tx, nil)
		for _, s := range d.Sentences {
			for _, w := range nameWindows(d, s.First, s.Last, nil) {
				if !capitalIn(d, w[0], w[1]) {
					skipped++
				}
			}
		}
		if got, want := m.Recognize(d), m.recognize(d, false); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: mentions differ with windows:\n got %v\nwant %v", tx, got, want)
		}
	}
	if skipped == 0 {
		t.Error("no window skipped: the check checked nothing")
	}
}
