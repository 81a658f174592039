package text

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Analyzer tokenizes, segments and tags texts. It holds the decoded prose model, which is loaded
// once per process and shared; an Analyzer is safe for concurrent use. Create one with NewAnalyzer
// (the zero Analyzer has no model).
type Analyzer struct {
	model *tagModel
}

// NewAnalyzer returns an Analyzer, decoding prose's part-of-speech model on the first call.
func NewAnalyzer() (*Analyzer, error) {
	m, err := loadTagModel()
	if err != nil {
		return nil, fmt.Errorf("text: load POS model: %w", err)
	}
	return &Analyzer{model: m}, nil
}

// Analyze tokenizes, segments and tags text. Only the kept spans are analysed (nil kept means the
// whole text); a kept-span boundary always ends a sentence and a paragraph.
func (a *Analyzer) Analyze(text string, kept []Span) *Doc {
	d := Segment(text, kept)
	a.TagDoc(d)
	return d
}

// AnalyzeLazy is Analyze without the tagging: sentences are tagged when they are asked for (Doc.Tag,
// Doc.TagSentence, Doc.TagAll), so that a pipeline whose later stages need tags only in some
// sentences (those with actors) does not pay for the others. The tags are the same as Analyze's.
func (a *Analyzer) AnalyzeLazy(text string, kept []Span) *Doc {
	d := Segment(text, kept)
	if n := len(d.Sentences); n > 0 {
		var tagged []bool
		if b := d.bufs; b != nil && cap(b.tagged) >= n {
			tagged = b.tagged[:n]
			clear(tagged)
		} else {
			tagged = make([]bool, n)
		}
		d.lazy = &lazyTags{a: a, tagged: tagged, left: n}
	}
	return d
}

// TagDoc sets the Tag of every token of d, tagging each sentence as one sequence. Each distinct
// word is looked up in the model once per document.
func (a *Analyzer) TagDoc(d *Doc) {
	d.lazy = nil
	a.tagSentences(d, d.Sentences, true)
}

// tagSentences tags the tokens of the sentences ss of d. With cached set, each distinct word is
// looked up in the model once for all of ss (worth it for many sentences); without, every word is
// looked up (cheaper for one sentence than filling and clearing the cache).
func (a *Analyzer) tagSentences(d *Doc, ss []Sentence, cached bool) {
	sc := a.model.getScratch()
	defer a.model.putScratch(sc)
	words := make([]string, 0, 64)
	tags := make([]string, 0, 64)
	for _, s := range ss {
		words = words[:0]
		quoteOpen := false
		for i := s.First; i < s.Last; i++ {
			var w string
			w, quoteOpen = tagWord(d.Text, d.Tokens, i, quoteOpen)
			words = append(words, w)
		}
		tags = a.model.tagSentence(sc, words, tags[:0], cached)
		for i, t := range tags {
			d.Tokens[s.First+i].Tag = t
		}
	}
}

// Tag returns the Penn Treebank tags that prose's model assigns to one pre-tokenized sentence, in
// the same order. Words are passed to the model as given: spell quotes the Penn Treebank way, two
// backquotes for an opening quote and two apostrophes for a closing one.
func (a *Analyzer) Tag(words []string) []string {
	return a.model.tagWords(words, make([]string, 0, len(words)))
}

// Segment tokenizes and splits text into sentences without tagging: the Tag of every token is "".
// Only the kept spans are analysed (nil kept means the whole text).
func Segment(text string, kept []Span) *Doc {
	d := &Doc{Text: text}
	spans := normalizeSpans(text, kept)
	n := 0
	for _, s := range spans {
		n += s.End - s.Start
	}
	b, _ := docPool.Get().(*docBuffers)
	if b == nil {
		b = new(docBuffers)
	}
	d.bufs = b
	d.Tokens = reuse(b.tokens, n/4+1) // English text has one token per 4.5 to 6 bytes
	d.Sentences = reuse(b.sentences, n/100+1)
	var g segmenter
	for _, s := range spans {
		first := len(d.Tokens)
		d.Tokens = tokenize(text, s.Start, s.End, d.Tokens)
		d.Sentences = g.segment(text, d.Tokens, first, len(d.Tokens), d.Sentences)
	}
	return d
}

// docBuffers are the arrays of a Doc that Segment allocates, handed back by Doc.Release for the next
// Segment to fill: a pipeline that analyses one document after another on each of its workers then
// allocates (and the collector scans) the largest of them, the tokens (about 7 bytes per byte of
// text), only when a document is longer than those before it.
type docBuffers struct {
	tokens    []Token
	sentences []Sentence
	tagged    []bool // lazyTags.tagged
}

// docPool holds the *docBuffers of released Docs.
var docPool sync.Pool

// reuse returns s emptied when it has room for n elements, else a new slice of capacity n.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// Release hands the token and sentence arrays of d, made by Segment, Analyze or AnalyzeLazy, to a
// later call of those, which fills them instead of allocating its own. Neither d nor any Window
// of it may be used afterwards, nor its Tokens or Sentences: call it once the stages that read d
// are done and when nothing they return holds a part of those slices (strings of d.Text are
// not part of them, and stay valid). Release of a Doc made otherwise, or released already, does
// nothing.
func (d *Doc) Release() {
	b := d.bufs
	if b == nil {
		return
	}
	b.tokens, b.sentences = d.Tokens[:0], d.Sentences[:0]
	if d.lazy != nil && d.lazy.parent == nil {
		b.tagged = d.lazy.tagged[:0]
	}
	d.Tokens, d.Sentences, d.lazy, d.bufs = nil, nil, nil, nil
	docPool.Put(b)
}

// normalizeSpans clips kept spans to the text, moves their ends off the middle of multi-byte
// runes (inwards), sorts them and merges overlapping ones. Touching spans stay apart, so their
// common boundary still ends a sentence. nil means the whole text.
func normalizeSpans(text string, kept []Span) []Span {
	if kept == nil {
		return []Span{{0, len(text)}}
	}
	out := make([]Span, 0, len(kept))
	for _, s := range kept {
		s.Start = max(0, min(s.Start, len(text)))
		s.End = max(0, min(s.End, len(text)))
		for s.Start < s.End && insideRune(text, s.Start) {
			s.Start++
		}
		for s.End > s.Start && insideRune(text, s.End) {
			s.End--
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start < merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// insideRune reports whether byte offset p falls strictly inside a valid multi-byte UTF-8 sequence.
func insideRune(text string, p int) bool {
	if p <= 0 || p >= len(text) || utf8.RuneStart(text[p]) {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-(utf8.UTFMax-1); q-- {
		if utf8.RuneStart(text[q]) {
			_, n := utf8.DecodeRuneInString(text[q:])
			return n > 1 && q+n > p
		}
	}
	return false
}

// tagWord returns the word the tagger sees for token i, in the Penn Treebank spelling prose's model
// was trained on: an opening quote becomes two backquotes, a closing quote two apostrophes (an
// ASCII " opens when it is attached to the following token, closes when attached to the preceding
// one, and otherwise alternates), ‘ becomes a backquote, ’ an apostrophe, dashes --, … ...,
// and curly apostrophes in words become ASCII. quoteOpen tracks the alternation.
func tagWord(text string, toks []Token, i int, quoteOpen bool) (string, bool) {
	w := text[toks[i].Start:toks[i].End]
	if w != "" && w[0] < utf8.RuneSelf && w[0] != '"' && (w[0] < 'A' || w[0] > 'Z') && strings.IndexByte(w, 0xE2) < 0 {
		// most words: no quote, dash or ellipsis (" or a rune starting with byte 0xC2 or 0xE2),
		// no capitalized link word and no ’ (0xE2 0x80 0x99): the word as it is
		return w, quoteOpen
	}
	return spelledTagWord(text, toks, i, quoteOpen)
}

// spelledTagWord is tagWord for any token, without its shortcut for plain words.
func spelledTagWord(text string, toks []Token, i int, quoteOpen bool) (string, bool) {
	w := text[toks[i].Start:toks[i].End]
	switch w {
	case `"`:
		before := i > 0 && toks[i-1].End == toks[i].Start
		after := i+1 < len(toks) && toks[i+1].Start == toks[i].End
		switch {
		case after && !before:
			return "``", true
		case before && !after:
			return "''", false
		case quoteOpen:
			return "''", false
		default:
			return "``", true
		}
	case "“", "„", "«":
		return "``", true
	case "”", "»":
		return "''", false
	case "‘":
		return "`", quoteOpen
	case "’":
		return "'", quoteOpen
	case "—", "―", "–":
		return "--", quoteOpen
	case "…":
		return "...", quoteOpen
	}
	if low := linkAfterAbbreviation(text, toks, i); low != "" {
		return low, quoteOpen // "the U.S. And West Germany" is tagged as "the U.S. and West Germany"
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'"), quoteOpen
	}
	return w, quoteOpen
}
