package networktest

import (
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Doc returns the mentions and sentences of a document in which sentence i mentions the actors of
// sents[i] (one two-byte mention each, three bytes apart), one paragraph per sentence, sentence i
// covering bytes [100i, 100i+100).
func Doc(sents ...[]string) ([]entities.Mention, []text.Sentence) {
	ss := make([]text.Sentence, len(sents))
	var ms []entities.Mention
	for i, actors := range sents {
		ss[i] = text.Sentence{Start: i * 100, End: i*100 + 100, Paragraph: i}
		for j, a := range actors {
			ms = append(ms, entities.Mention{Start: i*100 + j*3, End: i*100 + j*3 + 2, Entity: a, Sentence: i})
		}
	}
	return ms, ss
}
