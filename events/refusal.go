package events

// Acts that a noun of refusal or failure governs: "the reluctance of the Security Council to
// engage with Somalia", "Russia's refusal to negotiate with Ukraine" say that the act is not
// done, as "refused to engage" does.

// refusalWord reports whether lemma l refuses, fails at or shies from the act after it: a verb
// ("refused to", "declined to", "failed to") or its noun ("the reluctance of X to engage").
func refusalWord(l string) bool {
	switch l {
	case "refuse", "decline", "fail", "reluctance", "reluctant", "refusal", "failure", "unwillingness", "unwilling",
		"inability", "hesitate", "hesitation", "hesitancy", "resist", "oppose", "opposition":
		return true
	}
	return false
}

// refusedAct reports whether predicate p is an infinitive after a noun of refusal, failure or
// reluctance, over the actor that does it: "the reluctance of the Security Council to engage",
// "the refusal to negotiate".
func (v *sentenceView) refusedAct(p pred) bool {
	j := p.first - 1
	if p.first >= v.n() || v.words[p.first] != "to" || j < 0 {
		return false
	}
	for _, g := range v.groups {
		if g.end == p.first {
			j = g.first - 1 // "of the Security Council"
			for j >= 0 && (v.tags[j] == "DT" || v.tags[j] == "JJ") {
				j--
			}
			if j < 1 || v.words[j] != "of" {
				return false
			}
			j--
			break
		}
	}
	return j >= 0 && isNounTag(v.tags[j]) && refusalWord(v.lemmas[j])
}
