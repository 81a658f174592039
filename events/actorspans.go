package events

import (
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// ActorSpan is one actor the coder sees in a sentence: the sentence's index in text.Doc.Sentences,
// the actor's code and the byte span of its mention (or of its agent noun, for an unnamed agent).
type ActorSpan struct {
	Sentence int
	Code     string
	Span     text.Span
}

// Actors returns the actors c would code events between, sentence by sentence, in the order the
// coder finds them: the grounded mentions and agent nouns of every sentence with two or more of
// them (see the package documentation). It is what [Coder.Extract] looks at before the clause
// analysis, for measuring how many relations of a gold set have an actor at both ends.
func (c *Coder) Actors(d *text.Doc, ms []entities.Mention) []ActorSpan {
	var out []ActorSpan
	c.actorSentences(d, ms, func(si int, v *sentenceView) {
		for _, g := range v.groups {
			for _, a := range g.members {
				out = append(out, ActorSpan{Sentence: si, Code: a.code, Span: a.span})
			}
		}
	})
	return out
}
