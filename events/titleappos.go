package events

// personTitleAppositive merges a title resolved to a person with the person's name in apposition
// after it: "met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari," is one
// actor, the person, whose mention is the title (the first the sentence gives) and whose tokens run
// to the end of the name; the office's country inside the title ("of Iraq") is part of the title,
// not another actor. as[i] must be a person's mention ending in a title word, followed by an "of"
// phrase of capitalized words or none, a comma, at most three honorifics and a mention of the same
// person. It returns the merged actor and the index of the name's actor in as.
func (v *sentenceView) personTitleAppositive(as []actor, i int) (actor, int, bool) {
	a := as[i]
	if !a.person || a.end >= v.n() || !titleWord(v.words[a.end-1]) {
		return actor{}, 0, false
	}
	k := a.end
	if v.words[k] == "of" {
		for k < v.n() && k <= a.end+8 && v.words[k] != "," {
			if w := v.words[k]; w != "of" && w != "the" && w != "and" && v.tags[k] != "NNP" && v.tags[k] != "NNPS" && v.actorAt[k] < 0 {
				return actor{}, 0, false
			}
			k++
		}
	}
	if k >= v.n() || v.words[k] != "," {
		return actor{}, 0, false
	}
	comma := k
	k++
	for n := 0; k < v.n() && n < 3 && honorific(v.words[k]); n++ {
		k++
	}
	for q := i + 1; q < len(as); q++ {
		b := as[q]
		if b.first < comma {
			continue // the office's country: "of Iraq"
		}
		if b.first != k || !b.person || b.code != a.code {
			return actor{}, 0, false
		}
		a.end = b.end
		return a, q, true
	}
	return actor{}, 0, false
}

// honorific reports whether w (lower case) is an honorific or rank written before a name in an
// apposition: "HE Dr Ibrahim ...", "H.E. Mr ...".
func honorific(w string) bool {
	switch w {
	case "he", "h.e.", "h.e", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor",
		"sheikh", "sir", "dame", "general", "gen.", "ambassador", "excellency":
		return true
	}
	return false
}
