package bench

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// Words of the tiny documents: subjects and objects (countries, organizations, people), verbs
// that the event coder codes, places and times.
var (
	tinyActors = []string{
		"Iran", "the United States", "France", "Germany", "Russia", "Ukraine", "China", "Japan",
		"India", "Pakistan", "Brazil", "Egypt", "Israel", "Turkey", "Saudi Arabia", "the United Nations",
		"NATO", "the European Union", "the IAEA", "Emmanuel Macron", "Olaf Scholz", "Kenya", "Nigeria", "Mexico",
	}
	tinyVerbs = []string{
		"met", "criticized", "praised", "signed an agreement with", "threatened", "held talks with",
		"accused", "sent aid to", "condemned", "invited",
	}
	tinyPlaces = []string{"Geneva", "Oman", "Vienna", "Brussels", "Cairo", "Tokyo", "Nairobi", "New York"}
	tinyDays   = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week"}
	tinyFiller = []string{"officials", "said", "the", "talks", "would", "continue", "and", "ministers", "agreed", "further", "steps"}
)

// WriteTinyDocs writes n documents of size bytes of text each (size at least 40) as JSONL, one
// object per line with "id" ("tiny-0000001", ...) and "text": a sentence of two actors, a verb, a
// place and a day drawn from fixed lists by a fixed sequence, padded with common words and cut to
// size bytes, ending with a full stop. The same n and size give the same bytes. It returns the
// number of bytes written. It is the many-documents series of geopol bench: per-document
// costs and state, not text, dominate such a corpus.
func WriteTinyDocs(w io.Writer, n, size int) (int64, error) {
	if size < 40 {
		return 0, fmt.Errorf("bench: tiny documents of %d bytes: want at least 40", size)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var written int64
	x := uint64(0x9e3779b97f4a7c15)
	next := func(k int) int { // xorshift64*: a fixed sequence, no dependence on math/rand's versions
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		return int((x * 0x2545f4914f6cdd1d) >> 33 % uint64(k))
	}
	text := make([]byte, 0, size+64)
	line := make([]byte, 0, size+64)
	for i := range n {
		a := tinyActors[next(len(tinyActors))]
		b := tinyActors[next(len(tinyActors))]
		for b == a {
			b = tinyActors[next(len(tinyActors))]
		}
		text = append(text[:0], a...)
		if 'a' <= text[0] && text[0] <= 'z' {
			text[0] -= 'a' - 'A'
		}
		text = append(text, ' ')
		text = append(text, tinyVerbs[next(len(tinyVerbs))]...)
		text = append(text, ' ')
		text = append(text, b...)
		text = append(text, " in "...)
		text = append(text, tinyPlaces[next(len(tinyPlaces))]...)
		text = append(text, ' ')
		text = append(text, tinyDays[next(len(tinyDays))]...)
		text = append(text, ',')
		for len(text) < size {
			text = append(text, ' ')
			text = append(text, tinyFiller[next(len(tinyFiller))]...)
		}
		text = text[:size-1]
		if text[len(text)-1] == ' ' {
			text[len(text)-1] = 's'
		}
		text = append(text, '.')
		line = append(line[:0], `{"id":"tiny-`...)
		line = append(line, fmt.Sprintf("%07d", i+1)...)
		line = append(line, `","text":`...)
		line = strconv.AppendQuote(line, string(text))
		line = append(line, '}', '\n')
		m, err := bw.Write(line)
		written += int64(m)
		if err != nil {
			return written, fmt.Errorf("bench: tiny documents: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return written, fmt.Errorf("bench: tiny documents: %w", err)
	}
	return written, nil
}
