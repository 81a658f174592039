package text

import (
	"unicode"
	"unicode/utf8"
)

// maxHeadlineTokens is the longest line, in tokens, that the headline rule treats as a headline.
const maxHeadlineTokens = 20

// segmenter carries paragraph numbering across kept spans of one document.
type segmenter struct {
	para     int  // paragraph number of the next sentence
	paraUsed bool // whether a sentence has been emitted in paragraph para
}

// newParagraph starts a new paragraph if the current one holds a sentence, so numbers stay dense.
func (g *segmenter) newParagraph() {
	if g.paraUsed {
		g.para++
		g.paraUsed = false
	}
}

// emit appends the sentence made of toks[first:last].
func (g *segmenter) emit(toks []Token, first, last int, sents []Sentence) []Sentence {
	if first >= last {
		return sents
	}
	g.paraUsed = true
	return append(sents, Sentence{
		Start: toks[first].Start, End: toks[last-1].End,
		First: first, Last: last, Paragraph: g.para,
	})
}

// segment appends the sentences of toks[first:last], the tokens of one kept span, to sents.
// The span's end always ends a sentence and a paragraph.
func (g *segmenter) segment(text string, toks []Token, first, last int, sents []Sentence) []Sentence {
	g.newParagraph()
	sentFirst := first
	i := first
	for i < last {
		j := i + 1
		if j == last {
			break
		}
		if j-sentFirst >= maxSentenceTokens {
			c := softCut(text, toks, sentFirst, j)
			sents = g.emit(toks, sentFirst, c, sents)
			sentFirst = c
		}
		// newlines of the gap between tokens i and j, without slicing text for the most common gaps
		// (none, or one space)
		gapNL := 0
		if ge, gs := toks[i].End, toks[j].Start; gs-ge > 1 || (gs-ge == 1 && text[ge] != ' ') {
			gapNL = countNewlines(text[ge:gs])
		}
		if gapNL >= 2 {
			sents = g.emit(toks, sentFirst, j, sents)
			g.newParagraph()
			sentFirst, i = j, j
			continue
		}
		tok := text[toks[i].Start:toks[i].End]
		if isTerminal(tok) {
			// Closing quotes and brackets after the terminal belong to the sentence.
			k := j
			for k < last && isCloser(text, toks, k) && newlines(text[toks[k-1].End:toks[k].Start]) == 0 {
				k++
			}
			if k == last {
				break
			}
			if newlines(text[toks[k-1].End:toks[k].Start]) >= 2 {
				sents = g.emit(toks, sentFirst, k, sents)
				g.newParagraph()
				sentFirst, i = k, k
				continue
			}
			if !continuesSentence(text[toks[k].Start:toks[k].End]) {
				sents = g.emit(toks, sentFirst, k, sents)
				sentFirst, i = k, k
				continue
			}
			i = k
			continue
		}
		// abbreviation is notAbbrev unless tok has two bytes or more and ends with '.' (tested here,
		// without a call, before the next token is sliced)
		if len(tok) > 1 && tok[len(tok)-1] == '.' {
			if next := text[toks[j].Start:toks[j].End]; abbreviation(tok) == abbrevOther && isSentenceStarter(next) &&
				!IsCapitalizedLink(next) {
				sents = g.emit(toks, sentFirst, j, sents)
				sentFirst, i = j, j
				continue
			}
		}
		if gapNL == 1 && startsLine(text, toks, first, sentFirst) &&
			isHeadline(text, toks[sentFirst:j]) && !continuesSentence(text[toks[j].Start:toks[j].End]) {
			sents = g.emit(toks, sentFirst, j, sents)
			sentFirst, i = j, j
			continue
		}
		i = j
	}
	sents = g.emit(toks, sentFirst, last, sents)
	g.newParagraph()
	return sents
}

// maxSentenceTokens is the most tokens a sentence holds. The longest sentences of real prose are far
// shorter (268 tokens in the 254,890 sentences of the UN General Debate speeches 2010-2024, 197 in
// the Reuters stories of the shared gold); longer runs without a sentence boundary are tables, lists
// and text without punctuation, and cutting them keeps the cost of the stages that work sentence by
// sentence (some of which compare pairs of tokens or actors of a sentence) linear in the document.
// The bound is far above them, so that a sentence of a few thousand tokens (text/syntax tests its
// clause analysis on one of 3,000) stays whole.
const maxSentenceTokens = 4096

// softCut returns where to end a sentence that has reached maxSentenceTokens tokens at toks[first:j):
// after the last comma, semicolon or colon, or at the last line break, among its last quarter of
// tokens, else at j.
func softCut(text string, toks []Token, first, j int) int {
	for t := j - 1; t > first+maxSentenceTokens*3/4; t-- {
		switch text[toks[t].Start:toks[t].End] {
		case ",", ";", ":":
			return t + 1
		}
		if newlines(text[toks[t-1].End:toks[t].Start]) > 0 {
			return t
		}
	}
	return j
}

// newlines counts line breaks in a white-space gap: \n, a lone \r and U+2028 count one; form
// feed, vertical tab and U+2029 (paragraph separator) count two, so they always end a paragraph.
func newlines(gap string) int {
	if gap == "" || gap == " " {
		return 0 // most gaps between tokens, without a call (countNewlines is not inlined)
	}
	return countNewlines(gap)
}

// countNewlines is newlines of any gap.
func countNewlines(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(gap) || gap[i+1] != '\n' {
				n++
			}
		case '\f', '\v':
			n += 2
		case 0xE2: // U+2028, U+2029 are E2 80 A8 / E2 80 A9
			if i+2 < len(gap) && gap[i+1] == 0x80 {
				switch gap[i+2] {
				case 0xA8:
					n++
				case 0xA9:
					n += 2
				}
			}
		}
	}
	return n
}

// isTerminal reports whether tok is sentence-final punctuation: a run of . ! ? … 。 ！ ？.
func isTerminal(tok string) bool {
	if tok == "" {
		return false
	}
	if c := tok[0]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
		return false // most tokens: an ASCII first byte that is none of the terminals
	}
	for _, r := range tok {
		switch r {
		case '.', '!', '?', '…', '。', '！', '？', '؟', '।':
		default:
			return false
		}
	}
	return true
}

// isCloser reports whether token k closes a quotation or bracket: ) ] } ” ’ » and so on, or an ASCII
// quote attached to the token before it.
func isCloser(text string, toks []Token, k int) bool {
	tok := text[toks[k].Start:toks[k].End]
	switch tok {
	case ")", "]", "}", "”", "’", "»", "」", "』", "）":
		return true
	case `"`, "'":
		return k > 0 && toks[k-1].End == toks[k].Start
	}
	return false
}

// continuesSentence reports whether a token after terminal punctuation continues the sentence:
// it starts with a lower-case letter or is , ; : % or a closing bracket.
func continuesSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	switch r {
	case ',', ';', ':', '%', ')', ']', '}':
		return true
	}
	return unicode.IsLower(r)
}

// startsLine reports whether token k starts a line (or the kept span that begins at token first).
func startsLine(text string, toks []Token, first, k int) bool {
	return k == first || newlines(text[toks[k-1].End:toks[k].Start]) > 0
}

// isHeadlineLower reports whether w is a lower-case word a title-cased headline may contain.
func isHeadlineLower(w string) bool {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
		"from", "into", "over", "as", "vs.", "vs", "via", "per", "nor", "amid", "after", "about",
		"against", "between", "during", "under", "upon", "off", "up", "out", "is", "are", "be", "not":
		return true
	}
	return false
}

// isHeadline reports whether the line made of line looks like a headline or a title: at most
// maxHeadlineTokens tokens, at least one capitalized word, every other word lower-case only if it is
// a short function word, and not ending in a function word or in , ; : - (which continue a sentence).
func isHeadline(text string, line []Token) bool {
	if len(line) == 0 || len(line) > maxHeadlineTokens {
		return false
	}
	upper := false
	for _, t := range line {
		w := text[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			upper = true
		case unicode.IsLower(r):
			if !isHeadlineLower(w) {
				return false
			}
		}
	}
	last := text[line[len(line)-1].Start:line[len(line)-1].End]
	switch last {
	case ",", ";", ":", "-", "--", "—", "–", "&":
		return false
	}
	if isHeadlineLower(last) || linkAfterAbbreviation(text, line, len(line)-1) != "" {
		return false // "... the U.S. And\nWest Germany" goes on
	}
	return upper
}

// IsCapitalizedLink reports whether w is a capitalized conjunction or preposition that joins what
// comes before it to what follows, and so does not begin a sentence after an abbreviation: "the
// U.S. And West Germany", "a surplus with the U.S. Of 3 billion dlrs". Reuters wire copy of the
// 1980s capitalizes the word after "U.S.", "U.K." and "Inc." wherever it falls (the shared
// Reuters-21578 stories have 40 such words after "U.S." and "U.K." - "And" 33 times, "Or", "Of",
// "From", "With" - every one inside its sentence), while these words begin under 1% of the
// sentences of news and speeches ("And" 0.2% of Reuters sentences, 0.7% of UN speeches). "In",
// "The", "That" and the other words of isSentenceStarter begin far more sentences (In 3-6%) and
// still end one.
func IsCapitalizedLink(w string) bool { return lowerLink(w) != "" }

// lowerLink returns the lower-case form of a capitalized link word (IsCapitalizedLink), else "".
func lowerLink(w string) string {
	switch w {
	case "And":
		return "and"
	case "Or":
		return "or"
	case "Nor":
		return "nor"
	case "Of":
		return "of"
	case "To":
		return "to"
	case "From":
		return "from"
	case "With":
		return "with"
	case "Than":
		return "than"
	case "Into":
		return "into"
	case "Versus":
		return "versus"
	case "Via":
		return "via"
	}
	return ""
}

// LinkAfterAbbreviation returns the lower-case form of token i ("and") when it is a capitalized
// conjunction or preposition (IsCapitalizedLink) right after an abbreviation such as "U.S.",
// "U.K." or "Inc.": a word that wire copy capitalized there ("the U.S. And West Germany") and
// that stages reading words see in lower case, so that no name runs across it. It returns ""
// for any other token.
func (d *Doc) LinkAfterAbbreviation(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return linkAfterAbbreviation(d.Text, d.Tokens, i)
}

// linkAfterAbbreviation is Doc.LinkAfterAbbreviation over the tokens toks of text.
func linkAfterAbbreviation(text string, toks []Token, i int) string {
	if i <= 0 {
		return ""
	}
	t := toks[i]
	if n := t.End - t.Start; n < 2 || n > 6 || text[t.Start] < 'A' || text[t.Start] > 'Z' {
		return "" // lowerLink's words have 2 to 6 bytes and start with a capital: most tokens do not
	}
	low := lowerLink(text[t.Start:t.End])
	if low == "" || toks[i-1].End == toks[i].Start || abbreviation(text[toks[i-1].Start:toks[i-1].End]) != abbrevOther {
		return ""
	}
	return low
}

// isSentenceStarter reports whether w is a capitalized word that, after an abbreviation such as
// "U.S." or "etc.", shows that a new sentence has begun.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "In", "It", "He", "She", "We", "They", "I", "This", "That", "These",
		"Those", "But", "And", "However", "Its", "Our", "Their", "His", "Her", "There", "As", "At", "On",
		"For", "If", "When", "While", "After", "Since", "Although", "What", "Why", "How", "Today",
		"Meanwhile", "Moreover", "Furthermore", "Also", "So", "Yet", "Some", "Many", "Most", "Such",
		"Both", "Each", "Every", "Now", "Then", "Thus", "Therefore", "Still", "Instead", "Indeed",
		"Despite", "Last", "Next", "My", "You", "Your", "Officials", "Earlier", "Later", "Yesterday",
		"Tomorrow":
		return true
	}
	return false
}
