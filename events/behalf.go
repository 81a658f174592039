package events

// Speakers acting on behalf of an actor. EVENTS_GUIDELINES.md R-1 codes no first-person actor of
// a speech ("I", "we") unless the sentence names whom the speaker acts for: "On behalf of
// President Obama, I congratulate the people of Turkey" is the U.S. government's congratulation.
// A sentence opened by "On behalf of X," (or "In the name of X,") whose main clause has a
// first-person subject gives that clause X as its subject.

// behalfActor returns the actor group named by a fronted "On behalf of" or "In the name of" phrase
// that opens the sentence, and the index of the comma that closes the phrase; -1, -1 when there
// is none. The phrase holds only the actor and the words of its noun phrase ("the Government and
// the people of X", "my Government and the people of X").
func (v *sentenceView) behalfActor() (int, int) {
	j := -1
	switch {
	case v.n() > 4 && v.words[0] == "on" && v.words[1] == "behalf" && v.words[2] == "of":
		j = 3
	case v.n() > 5 && v.words[0] == "in" && v.words[1] == "the" && v.words[2] == "name" && v.words[3] == "of":
		j = 4
	}
	if j < 0 {
		return -1, -1
	}
	gi := -1
	for k := j; k < v.n() && k < j+16; k++ {
		switch {
		case v.words[k] == ",":
			if gi < 0 {
				return -1, -1
			}
			return gi, k
		case v.actorAt[k] >= 0:
			if gi >= 0 && v.actorAt[k] != gi {
				return -1, -1 // two actors: "on behalf of X and of Y" is left as it was
			}
			gi = v.actorAt[k]
		case isVerbTag(v.tags[k]):
			return -1, -1
		}
	}
	return -1, -1
}

// firstPerson reports whether w (lower case) is a first-person subject pronoun.
func firstPerson(w string) bool { return w == "i" || w == "we" }

// behalfSubjects gives the main clause after a fronted "On behalf of X," whose subject is "I" or
// "we" (and no actor) X as its subject; the clauses that share its subject by "and" get it too.
func (v *sentenceView) behalfSubjects(ps []pred) {
	gi, comma := v.behalfActor()
	if gi < 0 {
		return
	}
	for k := range ps {
		p := &ps[k]
		if p.subj >= 0 || p.first <= comma {
			continue
		}
		s := p.first - 1
		for s > comma && v.tags[s] == "RB" {
			s-- // "I sincerely congratulate"
		}
		if s <= comma || !firstPerson(v.words[s]) {
			if p.rel == relConj && p.gov >= 0 && p.gov < k && ps[p.gov].subj == gi {
				p.subj = gi // "I congratulate X and wish him success"
			}
			continue
		}
		if s-1 != comma {
			continue // the pronoun opens another clause than the phrase's
		}
		p.subj = gi
	}
}
