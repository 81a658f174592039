package text

import (
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/geopol/geopol/internal/proc"
)

// benchTexts returns a sample of UN General Debate speeches and their total size in bytes.
func benchTexts(b *testing.B) ([]string, int64) {
	texts := readUNGDC(b, 30)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return texts, n
}

// reportDocs reports documents per second for a loop over docs documents, and, when cpu0 (the
// process CPU time before the loop) is known, megabytes per CPU-second: on a shared machine this is
// the per-core throughput, which wall-clock MB/s understates.
func reportDocs(b *testing.B, docs int, bytes int64, cpu0 time.Duration) {
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkTokenize(b *testing.B) {
	texts, n := benchTexts(b)
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t)
		}
	}
	reportDocs(b, len(texts), n, cpu0)
}

func BenchmarkSegment(b *testing.B) {
	texts, n := benchTexts(b)
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			Segment(t, nil)
		}
	}
	reportDocs(b, len(texts), n, cpu0)
}

func BenchmarkAnalyze(b *testing.B) {
	texts, n := benchTexts(b)
	a := mustAnalyzer(b)
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			a.Analyze(t, nil)
		}
	}
	reportDocs(b, len(texts), n, cpu0)
}

// tagInput returns the tagger's words for the benchmark texts, sentence by sentence.
func tagInput(b *testing.B) ([][]string, int64) {
	texts, n := benchTexts(b)
	var sents [][]string
	for _, t := range texts[:10] {
		sents = append(sents, sentenceWords(Segment(t, nil))...)
	}
	n = 0
	for _, s := range sents {
		for _, w := range s {
			n += int64(len(w)) + 1
		}
	}
	return sents, n
}

// BenchmarkTagFast and BenchmarkTagOracle tag the same words; their ratio is the speed-up of the
// flat-array tagger over prose-style map scoring.
func BenchmarkTagFast(b *testing.B) {
	sents, n := tagInput(b)
	a := mustAnalyzer(b)
	b.SetBytes(n)
	tags := make([]string, 0, 256)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			tags = a.model.tagWords(s, tags[:0])
		}
	}
	reportSentences(b, len(sents), n, cpu0)
}

func BenchmarkTagOracle(b *testing.B) {
	sents, n := tagInput(b)
	o := mustOracle(b)
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			o.tag(s)
		}
	}
	reportSentences(b, len(sents), n, cpu0)
}

// BenchmarkProseNewDocument runs prose's own tokenizer and tagger on the same speeches, for scale.
func BenchmarkProseNewDocument(b *testing.B) {
	texts, _ := benchTexts(b)
	texts = texts[:10]
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	model := prose.ModelFromData("prose-default")
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.UsingModel(model),
				prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportDocs(b, len(texts), n, cpu0)
}

// reportSentences is reportDocs for sentence loops.
func reportSentences(b *testing.B, sents int, bytes int64, cpu0 time.Duration) {
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkLoadModel decodes prose's assets and lays out the model (what NewAnalyzer does once,
// without the tagger cache).
func BenchmarkLoadModel(b *testing.B) {
	b.Setenv(TaggerCacheEnv, "off")
	for b.Loop() {
		if _, err := decodeTagModel(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadModelCached is BenchmarkLoadModel with the model in the tagger cache (what
// NewAnalyzer does once in every run after the first).
func BenchmarkLoadModelCached(b *testing.B) {
	b.Setenv(TaggerCacheEnv, b.TempDir())
	if _, err := decodeTagModel(); err != nil { // fills the cache
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := decodeTagModel(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagLazy tags half of the sentences of lazily analysed documents, one by one (as the
// event coder asks for the sentences with actors); segmentation is outside the timed part.
func BenchmarkTagLazy(b *testing.B) {
	texts, n := benchTexts(b)
	a := mustAnalyzer(b)
	b.SetBytes(n)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		docs := make([]*Doc, len(texts))
		for i, t := range texts {
			docs[i] = a.AnalyzeLazy(t, nil)
		}
		b.StartTimer()
		cpu0 := proc.CPUTime()
		for _, d := range docs {
			for k := 0; k < len(d.Sentences); k += 2 {
				d.TagSentence(k)
			}
		}
		cpu += proc.CPUTime() - cpu0
	}
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkLexLookup looks up in the lexicon every word of the benchmark sentences, as the tagger
// does for each word of a sentence tagged on its own (lexTable.get, with its hash).
func BenchmarkLexLookup(b *testing.B) {
	sents, _ := tagInput(b)
	tab := mustAnalyzer(b).model.lex
	var n int64
	for _, s := range sents {
		for _, w := range s {
			n += int64(len(w))
		}
	}
	b.SetBytes(n)
	found := 0
	for b.Loop() {
		for _, s := range sents {
			for _, w := range s {
				if tab.get(w) != nil {
					found++
				}
			}
		}
	}
	if found == 0 {
		b.Fatal("no word found in the lexicon")
	}
}
