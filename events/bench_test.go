package events

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// readTexts returns the "text" field of the first n lines (all when n <= 0) of a JSONL file, or
// skips the test when the file is absent.
func readTexts(t testing.TB, path string, n int) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not available (%v): the test reads ../shared/data at run time", path, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() && (n <= 0 || len(texts) < n) {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return texts
}

// BenchmarkExtractEventsUN extracts the events of 300 UN General Debate speeches, analysed lazily as
// the pipeline does (the tagging of the sentences that may hold events is part of the measure; the
// analysis and the recognizer chain, run between iterations, are not).
func BenchmarkExtractEventsUN(b *testing.B) {
	texts := readTexts(b, "../../shared/data/corpora/ungdc_2010_2024.jsonl", 300)
	a, ch := testModels()
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			b.StopTimer()
			d := a.AnalyzeLazy(s, nil)
			ms := ch.Recognize(d)
			b.StartTimer()
			ExtractEvents(d, ms)
		}
	}
}
