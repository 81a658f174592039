package events

// Agents named by "thanks to". A passive clause without a "by" phrase may name whose act it was
// in a "thanks to" phrase: "Thanks to French troops, the rebels were driven out of Timbuktu",
// "thanks to the sacrifices of the Somali security forces ..., Al-Shabaab militia have been pushed
// out of the capital". The actor of that phrase (over a noun phrase ending in "of": "the efforts
// of", "the diligence and sacrifices of") is the agent, as "by" would make it; "with the help of
// X" and "with the support of X" likewise.

// thanksActor returns the actor group a "thanks to" or "with the help/support/assistance of"
// phrase starting at i names, and the index after the phrase's marker; -1 when there is none.
func (v *sentenceView) thanksActor(i int) int {
	j := -1
	switch {
	case v.words[i] == "thanks" && i+1 < v.n() && v.words[i+1] == "to":
		j = i + 2
	case v.words[i] == "with" && i+3 < v.n() && v.words[i+1] == "the" && v.words[i+3] == "of":
		switch v.words[i+2] {
		case "help", "support", "assistance", "backing":
			j = i + 4
		}
	}
	if j < 0 {
		return -1
	}
	// the actor, over "the diligence and sacrifices of", "the efforts of", "the"; "thanks to the
	// mediation of X" names a mediator, not the agent of the act
	for k := j; k < v.n() && k < j+10; k++ {
		if gi := v.actorAt[k]; gi >= 0 {
			return gi
		}
		switch v.lemmas[k] {
		case "mediation", "intervention", "facilitation", "offices", "pressure", "diplomacy", "good":
			return -1
		}
		switch t := v.tags[k]; {
		case t == "DT" || t == "JJ" || t == "PRP$" || isNounTag(t) && t != "NNP" || v.words[k] == "and" || v.words[k] == "of":
		default:
			return -1
		}
	}
	return -1
}

// thanksAgents gives a passive predicate with a subject and no "by" agent the actor of a "thanks
// to" phrase of its sentence: fronted before its subject, or after the verb in its clause.
func (v *sentenceView) thanksAgents(ps []pred) {
	for i := 0; i+1 < v.n(); i++ {
		gi := v.thanksActor(i)
		if gi < 0 {
			continue
		}
		for k := range ps {
			p := &ps[k]
			if !p.passive || p.agent >= 0 || p.subj < 0 || p.subj == gi || p.rel == relModifier {
				continue
			}
			if i < p.first && v.noBoundary(i, p.first) || i >= p.end && i < p.compEnd {
				p.agent = gi
			}
		}
	}
}

// noBoundary reports whether no clause boundary word and no other verb lies in [i, j).
func (v *sentenceView) noBoundary(i, j int) bool {
	for k := i; k < j; k++ {
		if boundaryWord(v.words[k]) || isVerbTag(v.tags[k]) {
			return false
		}
	}
	return true
}
