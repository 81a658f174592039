package events

// Actors that only name a topic or a place of the object. "The General Assembly and Security
// Council have been addressing the Cyprus problem" is no statement to Cyprus: the country names
// the problem. "Romania supports an integrated approach ... within the United Nations system" and
// "Tajikistan supports the holding of the conference in Vienna" support an approach and a
// conference, not the UN or Austria: an actor after "within", or after "in" or "at" following a
// supported event or institution, belongs to the object's noun phrase, not to the verb.

// topicNoun reports whether lemma, after an actor, makes the actor the name of a topic.
func topicNoun(lemma string) bool {
	switch lemma {
	case "problem", "issue", "question", "situation", "file", "matter", "case", "dossier", "agenda",
		"crisis", "dispute":
		return true
	}
	return false
}

// topicTarget reports whether group gi, the target of a statement (01), is the name of a topic:
// an actor followed by a topic noun ("the Cyprus problem", "the Iranian nuclear issue").
func (v *sentenceView) topicTarget(gi int, code string) bool {
	if len(code) < 2 || code[:2] != "01" {
		return false
	}
	j := v.groups[gi].end
	for j < v.n() && j < v.groups[gi].end+2 && (v.tags[j] == "JJ" || v.tags[j] == "NN" && !topicNoun(v.lemmas[j])) {
		j++ // "the Iranian nuclear issue"
	}
	return j < v.n() && topicNoun(v.lemmas[j])
}

// supportVerb reports whether lemma is a verb of support whose object may be an idea or a project.
func supportVerb(lemma string) bool {
	switch lemma {
	case "support", "back", "endorse", "favor", "favour", "champion":
		return true
	}
	return false
}

// supportOfObject reports whether the target group gi of support verb p is reached through a
// preposition of place after a direct object that is no actor: the place of what is supported
// ("supports an approach within the United Nations system", "the holding of the conference in
// Vienna").
func (v *sentenceView) supportOfObject(p pred, gi int) bool {
	if !supportVerb(v.lemmas[p.head]) {
		return false
	}
	i := p.end
	for i < v.n() && (v.tags[i] == "DT" || v.tags[i] == "JJ" || v.tags[i] == "RB" || v.tags[i] == "PRP$") && v.actorAt[i] < 0 {
		i++
	}
	if i >= v.n() || v.actorAt[i] >= 0 || !isNounTag(v.tags[i]) {
		return false
	}
	switch v.prepBefore(gi) {
	case "within", "inside", "throughout", "across":
		return true
	case "in", "at":
		// the venue of a supported event ("the holding of the conference in Vienna"); "the
		// transition process in Yemen" is Yemen's
		for k := i; k < v.groups[gi].first; k++ {
			if venueNoun(v.lemmas[k]) {
				return true
			}
		}
	}
	return false
}

// venueNoun reports whether lemma names an event or an institution that takes place or sits
// somewhere: the place after it is its venue.
func venueNoun(lemma string) bool {
	switch lemma {
	case "conference", "meeting", "summit", "session", "holding", "forum", "event", "hub", "centre",
		"center", "office", "headquarters", "games", "olympics", "exhibition", "expo", "congress":
		return true
	}
	return false
}
