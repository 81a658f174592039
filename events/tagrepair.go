package events

import (
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// pluralBeforeVerb reports whether token i of sentence s, tagged as a present-tense verb, is
// rather the plural noun that heads a subject: it ends in "s", comes right after a capitalized
// name or demonym ("Israeli jets", "Syrian rebels") and right before a past-tense verb
// ("According to the agency, Israeli jets/VBZ struck/VBD a base": the tagger, misled by the
// fronted phrase, made the noun a verb, and the sentence lost both its subject and its verb's
// actor). A present tense before a past one is no English clause ("Iran says/VBZ Iraq attacked"
// has a name between them).
func (v *sentenceView) pluralBeforeVerb(d *text.Doc, s text.Sentence, i int) bool {
	t, w := v.tags[i], v.words[i]
	if t != "VBZ" && t != "VBP" || i < 1 || i+1 >= v.n() || v.tags[i+1] != "VBD" || len(w) < 3 || w[len(w)-1] != 's' ||
		auxLemma(v.lemmas[i]) {
		return false
	}
	if pt := v.tags[i-1]; pt != "NNP" && pt != "NNPS" && pt != "JJ" {
		return false
	}
	tk := d.Tokens[s.First+i-1]
	r, _ := utf8.DecodeRuneInString(d.Text[tk.Start:tk.End])
	return unicode.IsUpper(r)
}

// neighbourAdjective reports whether token i is "neighbouring"/"neighboring" before a name
// ("accused neighbouring Peru of ..."): an adjective, not a verb whose clause would cut the
// sentence's verb off from its object.
func (v *sentenceView) neighbourAdjective(i int) bool {
	w := v.words[i]
	return (w == "neighbouring" || w == "neighboring") && v.tags[i] == "VBG" && i+1 < v.n() &&
		(v.tags[i+1] == "NNP" || v.tags[i+1] == "NNPS" || v.tags[i+1] == "JJ")
}

// namingVerb reports whether token i is the verb of a free relative that names the object of the
// verb before it ("condemned what it called Peru's aggression", "rejected what they termed
// interference by X"): "what" and a pronoun before a verb of naming. It is no predicate of its
// own; what it names is the object of the verb before "what".
func (v *sentenceView) namingVerb(i int) bool {
	if i < 2 || v.words[i-2] != "what" || v.tags[i-1] != "PRP" {
		return false
	}
	switch v.words[i] {
	case "called", "calls", "call", "termed", "terms", "dubbed", "branded", "labelled", "labeled":
		return true
	}
	return false
}

// countedConjunct returns the verb tag of token i when it is a past participle in "-ed" that the
// tagger took for an adjective before a count of people ("killed 35 civilians and injured/JJ
// scores of others", "and wounded/JJ dozens of others"): right after "and", before a plural count
// noun and "of", with a past verb earlier in the sentence, whose conjunct it is. It gets the
// finite tag VBD, as a conjunct of "have killed" is coded like one of "killed" (a bare VBN after
// "and" before a noun reads as a modifier). "" when it is none.
func (v *sentenceView) countedConjunct(i int) string {
	w := v.words[i]
	if v.tags[i] != "JJ" || i < 2 || i+2 >= v.n() || v.words[i-1] != "and" || len(w) < 4 || w[len(w)-2:] != "ed" ||
		!countNoun(v.words[i+1]) || v.words[i+2] != "of" {
		return ""
	}
	for j := i - 2; j >= 0; j-- {
		switch v.tags[j] {
		case "VBD", "VBN":
			return "VBD"
		case ".", ":":
			return ""
		}
	}
	return ""
}
