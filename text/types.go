package text

// Span is a half-open byte range [Start, End) into the analysed text.
type Span struct {
	Start, End int
}

// Token is one token; its text is Doc.Text[Start:End]. Tag is a Penn Treebank POS tag.
type Token struct {
	Start, End int
	Tag        string
}

// Sentence is one sentence: its byte range and its tokens Doc.Tokens[First:Last].
// Paragraph numbers paragraphs from 0 (a blank line or a kept-span boundary starts a new one).
type Sentence struct {
	Start, End  int
	First, Last int
	Paragraph   int
}

// Doc is the analysis of one text: tokens and sentences, in text order.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence

	// lazy is set by Analyzer.AnalyzeLazy: sentences are tagged on demand (Tag, TagSentence, TagAll).
	lazy *lazyTags
}

// lazyTags is the tagging state of a lazily analysed Doc.
type lazyTags struct {
	a      *Analyzer
	tagged []bool // per sentence
	left   int    // sentences not tagged yet
}

// Tag returns the POS tag of token i, tagging its sentence first when d was analysed lazily. Code
// that reads Tokens[i].Tag of a lazily analysed Doc directly must call TagSentence or TagAll first.
func (d *Doc) Tag(i int) string {
	if d.lazy != nil && d.lazy.left > 0 {
		if k, ok := d.sentenceOfToken(i); ok {
			d.TagSentence(k)
		}
	}
	return d.Tokens[i].Tag
}

// TagSentence tags the tokens of sentence k if d was analysed lazily and they are not tagged yet;
// otherwise it does nothing. The tags are those Analyze gives: the tagger works one sentence at a
// time. Not safe for concurrent use on one Doc.
func (d *Doc) TagSentence(k int) {
	z := d.lazy
	if z == nil || z.tagged[k] {
		return
	}
	z.tagged[k] = true
	z.left--
	z.a.tagSentences(d, d.Sentences[k:k+1])
}

// TagAll tags every sentence not tagged yet (see TagSentence).
func (d *Doc) TagAll() {
	if d.lazy == nil || d.lazy.left == 0 {
		return
	}
	for k := range d.Sentences {
		d.TagSentence(k)
	}
}

// sentenceOfToken returns the index of the sentence that holds token i.
func (d *Doc) sentenceOfToken(i int) (int, bool) {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch s := d.Sentences[m]; {
		case s.Last <= i:
			lo = m + 1
		case s.First > i:
			hi = m
		default:
			return m, true
		}
	}
	return 0, false
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
