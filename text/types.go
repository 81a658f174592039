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
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }
