package events

// Verbal acts whose parties the clause scan misses: a "who" clause whose antecedent stands before a
// time adjunct, and the "condolences go out to" idiom.

// relativeOverTime returns the actor group that a "who" clause refers to when a time adjunct stands
// between the antecedent and the comma before "who": "Rome presented the plan to EU leaders at the
// end of last year, who invited Rome to build on it", "briefed Egyptian officials on Monday, who
// promised ...". j is the last token before the comma. The adjunct is a preposition that opens a
// time phrase ("on Monday", "at the end of last year", "in March") or a bare time noun phrase
// ("last week", "yesterday"), of at most eight tokens, made of determiners, adjectives,
// numbers, "of" and nouns of time; the group right before it is the antecedent, or the group
// before the head noun it modifies ("EU leaders at the end of last year, who"). A time is no
// person, so "who" cannot refer to it; "which" can ("in 1990, which was ..."), and is left alone.
// It returns -1 when the words before the comma are not such an adjunct after an actor.
func (v *sentenceView) relativeOverTime(j int) int {
	hasTime := false
	k := j
	for ; k >= 0 && k > j-8 && v.actorAt[k] < 0; k-- {
		w := v.words[k]
		switch {
		case timeWord(w) || v.tags[k] == "CD":
			hasTime = true
		case w == "of" || w == "last" || w == "next" || w == "this" || w == "end" || w == "beginning" ||
			w == "start" || w == "middle" || w == "earlier" || w == "later":
		case v.tags[k] == "DT" || v.tags[k] == "JJ":
		case v.tags[k] == "IN" && (w == "on" || w == "at" || w == "in" || w == "during"):
		case isNounTag(v.tags[k]) && (v.tags[k+1] == "IN" || timeWord(v.words[k+1])) && k > 0 && v.actorAt[k-1] >= 0:
			// the head noun an actor modifies, right before the adjunct: "EU leaders", "Iraqi officials"
		default:
			return -1
		}
	}
	if k < 0 || k == j || !hasTime || v.actorAt[k] < 0 {
		return -1
	}
	gi := v.actorAt[k]
	if v.groups[gi].end != k+1 || placeGroup(v.groups[gi]) {
		return -1
	}
	return gi
}

// feelingGoesOut reports whether predicate p is "go out to" with a noun of sympathy right before
// it as its subject's head ("Japan's condolences go out to Turkey", "our sympathies go out to the
// victims"): the noun pattern "condolence go out to" codes the act (018) of the noun's owner; the
// verb "go" is no journey.
func (v *sentenceView) feelingGoesOut(p pred) bool {
	if v.lemmas[p.head] != "go" || p.head+2 >= v.n() || v.words[p.head+1] != "out" || v.words[p.head+2] != "to" || p.first == 0 {
		return false
	}
	switch v.words[p.first-1] {
	case "condolence", "condolences", "sympathy", "sympathies":
		return true
	}
	return false
}
