package topics

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// sharedCorpus is a corpus file under ../shared, read at test time only.
func sharedCorpus(name string) string {
	return filepath.Join("..", "..", "shared", "data", "corpora", name)
}

// speech is one UN General Debate speech as tokenized for these tests.
type speech struct {
	id     string
	bytes  int
	tokens []string
}

// loadSpeeches reads up to limit speeches (all when limit <= 0) from the
// shared corpus, skipping the test when the file is absent.
func loadSpeeches(tb testing.TB, name string, limit int) []speech {
	tb.Helper()
	path := sharedCorpus(name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("shared corpus not available (%v); these checks need ../shared/data/corpora", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []speech
	for sc.Scan() {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, speech{id: rec.ID, bytes: len(rec.Text), tokens: letterRuns(rec.Text)})
		if limit > 0 && len(out) == limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

// letterRuns splits s into maximal runs of letters, a stand-in for the
// text package's tokenizer.
func letterRuns(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// buildSpeeches adds the speeches to a new Builder.
func buildSpeeches(sp []speech) *Builder {
	b := NewBuilder()
	for _, s := range sp {
		b.Add(s.id, s.tokens, nil)
	}
	return b
}
