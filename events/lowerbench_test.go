package events

import (
	"testing"

	"github.com/geopol/geopol/text"
)

// BenchmarkLower lowers the words of every sentence of 100 UN General Debate speeches, by
// viewBuffers.lower and by lowerWord token by token.
func BenchmarkLower(b *testing.B) {
	texts := readTexts(b, "../../shared/data/corpora/ungdc_2010_2024.jsonl", 100)
	a, _ := testModels()
	var docs []*text.Doc
	size := 0
	for _, s := range texts {
		docs = append(docs, a.AnalyzeLazy(s, nil))
		size += len(s)
	}
	b.Run("lower", func(b *testing.B) {
		b.SetBytes(int64(size))
		var vb viewBuffers
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					vb.lower(d, s)
				}
			}
		}
	})
	b.Run("lowerWord", func(b *testing.B) {
		b.SetBytes(int64(size))
		var out []string
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					out = out[:0]
					for i := s.First; i < s.Last; i++ {
						out = append(out, lowerWord(d.TokenText(i)))
					}
				}
			}
		}
	})
}
