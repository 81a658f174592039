package text

import "fmt"

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
	// bufs, set by Segment, receives the arrays of Tokens and Sentences on Release.
	bufs *docBuffers
}

// lazyTags is the tagging state of a lazily analysed Doc. For a window (Doc.Window) it points to the
// whole document instead: parent and the index of the window's first sentence there.
type lazyTags struct {
	a      *Analyzer
	tagged []bool // per sentence
	left   int    // sentences not tagged yet

	parent *Doc
	offset int
}

// pending reports whether some sentence may still need tagging.
func (z *lazyTags) pending() bool {
	if z.parent != nil {
		return z.parent.lazy.left > 0
	}
	return z.left > 0
}

// Tag returns the POS tag of token i, tagging its sentence first when d was analysed lazily. Code
// that reads Tokens[i].Tag of a lazily analysed Doc directly must call TagSentence or TagAll first.
func (d *Doc) Tag(i int) string {
	if d.lazy != nil && d.lazy.pending() {
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
	if z == nil {
		return
	}
	if z.parent != nil {
		z.parent.TagSentence(z.offset + k)
		return
	}
	if z.tagged[k] {
		return
	}
	z.tagged[k] = true
	z.left--
	z.a.tagSentences(d, d.Sentences[k:k+1], false)
}

// Window returns a view of the sentences [first, last) of d, for stages that process a long
// document piece by piece: Text is d's whole text (offsets stay offsets into it), Tokens is the
// sub-slice of d.Tokens that holds those sentences (the same storage: a tag set through the view is
// set in d), and Sentences is a copy of d.Sentences[first:last] with First and Last counted from the
// view's first token (Paragraph is unchanged). A lazily analysed d stays lazy: tagging a sentence
// of the view tags it in d, with the context d gives it, so tags are those of d. A view of a view
// is not supported; the view must not outlive changes to d's slices. Window panics if the range is
// not a valid range of d.Sentences (a programming error).
func (d *Doc) Window(first, last int) *Doc {
	if first < 0 || last > len(d.Sentences) || first > last {
		panic(fmt.Sprintf("text: Window(%d, %d) of %d sentences", first, last, len(d.Sentences)))
	}
	if first == last {
		return &Doc{Text: d.Text}
	}
	t0, t1 := d.Sentences[first].First, d.Sentences[last-1].Last
	w := &Doc{Text: d.Text, Tokens: d.Tokens[t0:t1:t1], Sentences: make([]Sentence, last-first)}
	for k, s := range d.Sentences[first:last] {
		s.First -= t0
		s.Last -= t0
		w.Sentences[k] = s
	}
	if d.lazy != nil {
		if d.lazy.parent != nil {
			panic("text: Window of a window")
		}
		w.lazy = &lazyTags{parent: d, offset: first}
	}
	return w
}

// TagAll tags every sentence not tagged yet (see TagSentence).
func (d *Doc) TagAll() {
	if d.lazy == nil || !d.lazy.pending() {
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
