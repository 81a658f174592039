package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// simpleDoc tokenizes s for tests without depending on package text's analyzer: white space
// separates chunks, leading and trailing punctuation and "'s" are split off (a final period stays
// on abbreviations with an inner period, such as "U.S."), and ".", "!" and "?" end sentences.
func simpleDoc(s string) *text.Doc {
	d := &text.Doc{Text: s}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		splitChunk(d, i, j)
		i = j
	}
	first := 0
	for k, t := range d.Tokens {
		w := s[t.Start:t.End]
		if w == "." || w == "!" || w == "?" || k == len(d.Tokens)-1 {
			d.Sentences = append(d.Sentences, text.Sentence{
				Start: d.Tokens[first].Start, End: t.End, First: first, Last: k + 1,
			})
			first = k + 1
		}
	}
	return d
}

func splitChunk(d *text.Doc, a, b int) {
	s := d.Text
	for a < b && strings.ContainsRune("\"'([{", rune(s[a])) {
		d.Tokens = append(d.Tokens, text.Token{Start: a, End: a + 1})
		a++
	}
	var tail []text.Token
	for b > a {
		c := s[b-1]
		if c == '.' && strings.Contains(s[a:b-1], ".") {
			break
		}
		if !strings.ContainsRune(".,;:!?\"')]}", rune(c)) {
			break
		}
		tail = append(tail, text.Token{Start: b - 1, End: b})
		b--
	}
	if b-a > 2 && strings.HasSuffix(s[a:b], "'s") {
		tail = append(tail, text.Token{Start: b - 2, End: b})
		b -= 2
	}
	if a < b {
		d.Tokens = append(d.Tokens, text.Token{Start: a, End: b})
	}
	for k := len(tail) - 1; k >= 0; k-- {
		d.Tokens = append(d.Tokens, tail[k])
	}
}
