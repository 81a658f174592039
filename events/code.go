package events

import (
	"github.com/geopol/geopol/text"
)

// codedEvent is an event before its code is looked up.
type codedEvent struct {
	src, tgt actor
	code     string
	verb     text.Span
	modality string
	// clues for the confidence (see Event.Confidence): the code comes from a pattern with words
	// beyond the verb; the target is a direct argument (a pattern's target, a direct object, a
	// passive's patient, the object of a preposition of direction, a member of the subject)
	pattern, direct bool
	// phrase: for the act of a reduced participle coded with the noun before it as its object
	// (reducedacts.go), the participle and its complement; empty otherwise
	phrase text.Span
}

// match reports the end of pattern e matched at token i, whose first slot already matched.
func (v *sentenceView) match(slots [][]string, j int) (int, bool) {
	if len(slots) == 0 {
		return j, true
	}
	if slots[0] == nil { // gap of 0-5 tokens without a finite verb
		for g := 0; g <= 5 && j+g <= v.n(); g++ {
			if g > 0 && isFinite(v.tags[j+g-1]) {
				break
			}
			if end, ok := v.match(slots[1:], j+g); ok {
				return end, true
			}
		}
		return 0, false
	}
	if j >= v.n() {
		return 0, false
	}
	for _, alt := range slots[0] {
		if v.lemmas[j] == alt || v.words[j] == alt {
			return v.match(slots[1:], j+1)
		}
	}
	return 0, false
}

// intentWord reports whether lemma l announces an intended action ("plans to", "is set to").
func intentWord(l string) bool {
	switch l {
	case "plan", "intend", "expect", "aim", "prepare", "prepared", "want", "hope", "seek", "decide",
		"about", "going", "set", "likely", "ready", "poised", "due", "willing", "work", "strive":
		return true
	}
	return false
}

// aspectWord reports whether lemma l is an aspectual or auxiliary verb that may precede an
// action without changing its modality ("continued to send", "tried to block").
func aspectWord(l string) bool {
	switch l {
	case "continue", "begin", "start", "try", "able", "resume", "attempt", "fail":
		return true
	}
	return false
}

func placeGroup(g group) bool {
	for _, m := range g.members {
		if !m.place {
			return false
		}
	}
	return true
}

func unnamedGroup(g group) bool {
	for _, m := range g.members {
		if !m.unnamed {
			return false
		}
	}
	return true
}

func subordinator(w string) bool {
	switch w {
	case "after", "before", "while", "when", "despite", "by", "since":
		return true
	}
	return false
}
