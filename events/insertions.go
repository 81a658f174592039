package events

// Subjects across insertions. Wire copy and speeches put long insertions between a subject and its
// verb: a non-restrictive relative clause (", which has ... ,", ", whose troops ... ,") or an
// appositive noun phrase (", the largest economy in the region and a mediator in its disputes ,"),
// sometimes two in a row (", John Smith, who arrived on Tuesday,"). The tagger often takes the past
// tense that resumes the main clause after the closing comma for a participle ("Brazil, which ...,
// criticized/VBN Venezuela"), which the clause rules would read as a participle modifier
// (", elected president"), leaving the sentence without its main verb, and the relative clause's
// complement would then run on into the main clause's object.

// insertionOpener returns the comma that opens an insertion closed by the comma at c, searching
// back at most 25 tokens and not before lo: a relative clause (", which/who/whose ...", verbs
// allowed) or a verbless appositive noun phrase; -1 when the tokens before c are neither.
func (v *sentenceView) insertionOpener(c, lo int) int {
	verb := false
	for k := c - 1; k > lo && k >= c-25; k-- {
		w := v.words[k]
		if w == "," {
			if k+1 < c {
				switch v.words[k+1] {
				case "which", "who", "whose":
					return k
				}
			}
			if verb || k+1 == c {
				return -1
			}
			return k
		}
		switch w {
		case "which", "who", "whose":
			continue // checked at the comma before it
		}
		if boundaryWord(w) || v.tags[k] == "CC" && k+1 < c && isVerbTag(v.tags[k+1]) {
			return -1
		}
		if isVerbTag(v.tags[k]) && v.actorAt[k] < 0 {
			verb = true
		}
	}
	return -1
}

// resumesAfterInsertion reports whether predicate k, a bare participle right after a comma, is
// the main verb resumed after an insertion that follows the clause's subject ("Brazil, which has
// a long history of mediation, criticized Venezuela"): the comma closes a relative clause, an
// appositive, a participle appositive (", backed by X,") or an -ing phrase that opens right after an actor subject, no predicate comes before that subject's
// insertion, and an object follows the participle (a participle without one, or with "by", stays
// a modifier or a reduced passive).
func (v *sentenceView) resumesAfterInsertion(ps []pred, k int) bool {
	p := ps[k]
	c := p.head - 1
	if p.first != p.head || c < 2 || v.words[c] != "," || v.tags[p.head] != "VBN" {
		return false
	}
	if p.head+1 >= v.n() || v.words[p.head+1] == "by" {
		return false
	}
	o := v.insertionOpener(c, 0)
	if o < 1 {
		o = v.participleAppositive(c, 0) // ", backed by Peru,"
	}
	if o < 1 {
		o = v.ingInsertion(c, 0) // ", speaking to reporters,"
	}
	if o < 1 {
		return false
	}
	// a second insertion before the first (", John Smith, who ...,")
	if o2 := v.insertionOpener(o, 0); o2 > 0 && v.actorAt[o-1] < 0 && v.subjectBefore(o, 0) < 0 {
		o = o2
	}
	for q := 0; q < k; q++ {
		if ps[q].head < o {
			return false // the noun before the insertion belongs to another clause
		}
	}
	return v.subjectBefore(o, 0) >= 0
}

// subjectBeforeStacked returns the subject before a second insertion that ends right before the
// comma at open, which opens the insertion a verb's subject search skipped ("The president of
// Ghana, John Mahama, who arrived on Tuesday, met ..."): the noun phrase before the comma is itself
// an appositive (a proper name that is no actor; a common noun phrase there is the subject itself,
// as "the international community" after "In all forums, including the UN,") or a relative clause, and the subject is before it; -1
// when there is none. The search runs from the sentence's start: the predicate of the first
// insertion ("arrived") would end it otherwise.
func (v *sentenceView) subjectBeforeStacked(open int) int {
	if open < 1 || v.actorAt[open-1] >= 0 {
		return -1
	}
	o := v.insertionOpener(open, 0)
	if o <= 0 {
		return -1
	}
	if w := v.words[o+1]; w != "which" && w != "who" && w != "whose" && v.tags[open-1] != "NNP" && v.tags[open-1] != "NNPS" {
		return -1 // not "In all forums, including the UN, the international community, while ...,"
	}
	return v.subjectBefore(o, 0)
}

// maxIngInsertion is the most tokens an -ing insertion ([sentenceView.ingInsertion]) may span.
const maxIngInsertion = 25

// ingInsertion returns the comma that opens a participle phrase in -ing set off by commas and
// closed by the comma at j ("President X of Kenya, speaking after talks in Nairobi, urged ...";
// the tagger may take the participle for a noun), not before lo; -1 when there is none. The phrase
// holds no finite verb, relative pronoun or semicolon; the subject is before it.
func (v *sentenceView) ingInsertion(j, lo int) int {
	for k := j - 1; k > lo && k >= j-maxIngInsertion; k-- {
		w := v.words[k]
		if w == "," {
			if n := v.words[k+1]; k+2 < j && len(n) > 4 && n[len(n)-3:] == "ing" && !ingPreposition(n) &&
				(v.tags[k+1] == "VBG" || v.tags[k+1] == "NN") && v.actorAt[k+1] < 0 {
				return k
			}
			return -1
		}
		switch w {
		case ";", ":", "which", "who", "whom", "whose", "that":
			return -1
		}
		if isFinite(v.tags[k]) || v.tags[k] == "MD" {
			return -1
		}
	}
	return -1
}

// ingSubject returns the subject of predicate k across an -ing phrase closed by the comma at c
// ([sentenceView.ingInsertion]): the actor that ends right before the phrase's opening comma, when
// no predicate comes before that comma (in "That requires the strengthening of X, taking account
// of Y, reform of Z" the actor before the comma is in another verb's complement); -1 otherwise.
func (v *sentenceView) ingSubject(ps []pred, k, c int) int {
	o := v.ingInsertion(c, 0)
	if o < 1 || v.actorAt[o-1] < 0 {
		return -1
	}
	for q := 0; q < k; q++ {
		if ps[q].head < o {
			return -1
		}
	}
	return v.actorAt[o-1]
}

// ingPreposition reports whether w, in -ing, works as a preposition ("including the Security
// Council", "following the talks"): a phrase it opens is a list or an adjunct, no participle
// phrase of the subject.
func ingPreposition(w string) bool {
	switch w {
	case "including", "excluding", "regarding", "concerning", "following", "according", "during", "pending",
		"considering", "barring", "notwithstanding", "involving":
		return true
	}
	return false
}
