package prosener

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Recognizer runs prose's NER with one shared model.
type Recognizer struct {
	model *prose.Model
}

var loadModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("prose-default") })

// New returns a Recognizer sharing the process-wide prose model (built on first use).
func New() *Recognizer { return &Recognizer{model: loadModel()} }

// Result is what prose found in one text.
type Result struct {
	Mentions  []entities.Mention
	Unaligned int // entities prose reported that could not be located in the text
}

// RecognizeDoc runs prose on the kept text of an analysed document (the stretches its sentences
// cover, consecutive sentences of one paragraph joined) and returns the mentions with byte offsets
// into d.Text: as a statistical recognizer of entities.Chain, prose sees each stretch on its own,
// so boilerplate the cleaner dropped yields nothing, as with the other recognizers. A prose
// failure (it panics on some inputs) loses that stretch's mentions only.
func (r *Recognizer) RecognizeDoc(d *text.Doc) []entities.Mention {
	var out []entities.Mention
	for _, s := range keptOf(d) {
		res, err := r.Recognize(d.Text[s.Start:s.End])
		if err != nil {
			continue
		}
		for _, m := range res.Mentions {
			m.Start += s.Start
			m.End += s.Start
			out = append(out, m)
		}
	}
	return out
}

// keptOf returns the stretches of d's text that hold its sentences: consecutive sentences of one
// paragraph are joined.
func keptOf(d *text.Doc) []text.Span {
	var spans []text.Span
	for i, s := range d.Sentences {
		if i > 0 && s.Paragraph == d.Sentences[i-1].Paragraph && len(spans) > 0 {
			spans[len(spans)-1].End = s.End
			continue
		}
		spans = append(spans, text.Span{Start: s.Start, End: s.End})
	}
	return spans
}

// Recognize runs prose on text and returns mentions with byte offsets into text.
func (r *Recognizer) Recognize(text string) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("prosener: prose panicked: %v", p)
		}
	}()
	doc, err := prose.NewDocument(text, prose.UsingModel(r.model), prose.WithSegmentation(false))
	if err != nil {
		return res, fmt.Errorf("prosener: %w", err)
	}
	cursor := 0
	for _, e := range doc.Entities() {
		typ := mapLabel(e.Label)
		if typ == "" {
			continue
		}
		s, end, ok := align(text, e.Text, cursor)
		if !ok {
			res.Unaligned++
			continue
		}
		cursor = end
		res.Mentions = append(res.Mentions, entities.Mention{
			Start: s, End: end, Text: text[s:end], Type: typ,
			Entity: strings.Join(strings.Fields(text[s:end]), " "), Source: "prose",
		})
	}
	return res, nil
}

func mapLabel(l string) string {
	switch l {
	case "PERSON", "GPE", "ORG":
		return l
	}
	return ""
}

// align finds the words of ent in text at or after from, separated by any whitespace (or none, since
// prose splits punctuation off words: "U.S." may come back as "U.S ." or "Iran 's").
func align(text, ent string, from int) (int, int, bool) {
	words := strings.Fields(ent)
	if len(words) == 0 {
		return 0, 0, false
	}
	for from <= len(text) {
		i := strings.Index(text[from:], words[0])
		if i < 0 {
			return 0, 0, false
		}
		start := from + i
		pos := start + len(words[0])
		ok := true
		for _, w := range words[1:] {
			for pos < len(text) {
				r, n := utf8.DecodeRuneInString(text[pos:])
				if !unicode.IsSpace(r) {
					break
				}
				pos += n
			}
			if !strings.HasPrefix(text[pos:], w) {
				ok = false
				break
			}
			pos += len(w)
		}
		if ok && boundary(text, start, pos) {
			return start, pos, true
		}
		from = start + len(words[0])
	}
	return 0, 0, false
}

// boundary reports whether [s, e) does not start or end inside a word.
func boundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
