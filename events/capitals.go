package events

import (
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
)

// Capitals after an abbreviation. The Reuters wire stories of the 1980s (and text converted from
// them) capitalize the word after "U.S." as if a sentence began there: "The U.S. Imposed the
// measures", "Nippon Steel and Inland Steel of the U.S. Are negotiating", "in the U.S. And
// elsewhere". The tagger reads such a word as a proper noun, which hides the verb of the clause.
// A capitalized function word or verb form right after "U.S." or "U.K." gets its ordinary tag back
// in the coder's view (the document's tags are not changed).

// capitalTag returns the tag of the lower-case word w when it is a function word or a form of
// "be", "have" or a modal ("and" CC, "are" VBP, "will" MD, "in" IN), else "".
func capitalTag(w string) string {
	switch w {
	case "and", "or", "but":
		return "CC"
	case "is", "has", "does":
		return "VBZ"
	case "are", "have", "do":
		return "VBP"
	case "was", "were", "had", "did":
		return "VBD"
	case "will", "would", "could", "should", "may", "might", "must", "can", "shall":
		return "MD"
	case "in", "on", "at", "for", "from", "with", "by", "of", "into", "against", "over", "after", "before":
		return "IN"
	case "to":
		return "TO"
	}
	return ""
}

// fixAbbrevCapitals retags the capitalized word after "U.S." or "U.K." (see above): function
// words and auxiliaries by capitalTag, and a past form of a known verb followed by the start of an
// object ("U.S. Imposed the measures", "U.S. Withdrew trading status") as VBD.
func (v *sentenceView) fixAbbrevCapitals() {
	for i := 1; i < v.n(); i++ {
		if v.words[i-1] != "u.s." && v.words[i-1] != "u.k." || v.tags[i] != "NNP" && v.tags[i] != "NNPS" {
			continue
		}
		t := v.d.Tokens[v.s.First+i]
		if r, _ := utf8.DecodeRuneInString(v.d.Text[t.Start:t.End]); !unicode.IsUpper(r) {
			continue
		}
		w := v.words[i]
		if tag := capitalTag(w); tag != "" {
			v.tags[i] = tag
			if isVerbTag(tag) {
				v.lemmas[i] = v.verbLemma(w)
			} else {
				v.lemmas[i] = w
			}
			continue
		}
		if i+1 >= v.n() || !objectStart(v.tags[i+1]) && v.tags[i+1] != "RP" && !particle(v.words[i+1]) {
			continue
		}
		// a past form: "the U.S. Imposed", "the U.S. Withdrew" (not a present or a gerund, which
		// may be nouns: "U.S. Exports", "U.S. Banking")
		if l := v.verbLemma(w); l != w && v.known[l] && w[len(w)-1] != 's' && (len(w) < 4 || w[len(w)-3:] != "ing") {
			v.tags[i], v.lemmas[i] = "VBD", l
		}
	}
}

// particle reports whether w may be the particle of a phrasal verb ("broke off", "pulled out").
func particle(w string) bool {
	switch w {
	case "off", "out", "up", "down", "back", "away":
		return true
	}
	return false
}

// abbrevOrgRole returns the actor code and end token of a name the statistical recognizer made of
// "U.S." or "U.K." and the capitalized common noun the wire writes after it ("U.S. Diplomats",
// "a U.S. Financial firm"): the country with the role of that noun, or of the noun right after
// the name; "" when the mention [a, b) is not such a name. Names the gazetteer or the rules know
// ("U.S. Senate", "U.S. Agriculture Department") keep their own grounding.
func (v *sentenceView) abbrevOrgRole(m entities.Mention, a, b int) (string, int) {
	if m.Type != entities.ORG || len(m.Country) != 3 || b-a < 2 || b > v.n() || a < 0 ||
		v.words[a] != "u.s." && v.words[a] != "u.k." {
		return "", 0
	}
	switch m.Source {
	case entities.SourceGazetteer, entities.SourceRule, SourceActorDictionary:
		return "", 0
	}
	if r := roleOf(nounLemma(v.words[b-1], nil)); r != "" && r != "CVL" {
		return m.Country + r, b // "U.S. Diplomats"
	}
	if b < v.n() && isNounTag(v.tags[b]) && v.actorAt[b] < 0 {
		if r := roleOf(nounLemma(v.words[b], nil)); r != "" && r != "CVL" {
			return m.Country + r, b + 1 // "a U.S. Financial firm"
		}
	}
	return "", 0
}
