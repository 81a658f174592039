package ner

import (
	"testing"

	"github.com/geopol/geopol/internal/proc"
	"github.com/geopol/geopol/text"
)

// unSentences returns the words of every sentence of the first n UN speeches, and their size in
// bytes.
func unSentences(b *testing.B, n int) ([][]string, int) {
	b.Helper()
	texts := loadUNDocs(b, n)
	var sents [][]string
	size := 0
	for _, t := range texts {
		d := text.Segment(t, nil)
		size += len(t)
		for _, s := range d.Sentences {
			var words []string
			for _, tok := range d.Tokens[s.First:s.Last] {
				words = append(words, d.Text[tok.Start:tok.End])
			}
			sents = append(sents, words)
		}
	}
	return sents, size
}

// BenchmarkEmissionsUN computes the emission scores of the sentences of 100 UN speeches (the
// feature lookups, without decoding).
func BenchmarkEmissionsUN(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents, size := unSentences(b, 100)
	s := m.getScratch()
	b.SetBytes(int64(size))
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, w := range sents {
			m.emissions(w, nil, s)
		}
	}
	reportCPU(b, size, proc.CPUTime()-cpu0)
}

// BenchmarkViterbiUN decodes the sentences of 100 UN speeches from precomputed emission scores.
func BenchmarkViterbiUN(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents, size := unSentences(b, 100)
	s := m.getScratch()
	emits := make([][]int32, len(sents))
	for i, w := range sents {
		m.emissions(w, nil, s)
		emits[i] = append([]int32(nil), s.emit...)
	}
	b.SetBytes(int64(size))
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for i, e := range emits {
			viterbi(m.tags, e, m.trans, m.startW, m.endW, len(sents[i]), s)
		}
	}
	reportCPU(b, size, proc.CPUTime()-cpu0)
}
