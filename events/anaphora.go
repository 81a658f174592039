package events

// Targets in another clause. A reply names the act it answers by a noun that refers back: "While
// Armenia has been calling for the withdrawal of snipers, Azerbaijani leaders have been rejecting
// those calls" rejects Armenia's calls; "Iran accused Israel of the attack, but Israel dismissed the
// accusation" answers Iran. The target of the reply is the subject of the earlier clause whose verb
// the noun names.

// speechNounVerb returns the verb lemma a noun of a speech act refers back to ("calls" call,
// "accusation" accuse), or "".
func speechNounVerb(lemma string) string {
	switch lemma {
	case "call", "calls":
		return "call"
	case "demand", "demands":
		return "demand"
	case "proposal", "proposals":
		return "propose"
	case "accusation", "accusations", "allegation", "allegations":
		return "accuse"
	case "charge", "charges":
		return "charge"
	case "claim", "claims":
		return "claim"
	case "offer", "offers":
		return "offer"
	case "request", "requests":
		return "request"
	case "appeal", "appeals":
		return "appeal"
	case "suggestion", "suggestions":
		return "suggest"
	case "threat", "threats":
		return "threaten"
	case "criticism":
		return "criticize"
	}
	return ""
}

// answeredSubject returns the subject group of the earlier predicate that the object of predicate
// k refers back to ("rejecting those calls" after "Armenia has been calling for"), or -1. The
// object is a demonstrative or definite noun phrase whose noun names a speech act; the earlier
// predicate is the nearest one before k with that verb and an actor subject other than src.
func (v *sentenceView) answeredSubject(ps []pred, k, src int) int {
	p := ps[k]
	i := p.end
	if i >= v.n() {
		return -1
	}
	switch v.words[i] {
	case "those", "these", "the", "such", "that", "this", "their", "its":
		i++
	default:
		return -1
	}
	if i >= v.n() || !isNounTag(v.tags[i]) {
		return -1
	}
	verb := speechNounVerb(v.lemmas[i])
	if verb == "" {
		return -1
	}
	for q := k - 1; q >= 0; q-- {
		r := ps[q]
		if v.lemmas[r.head] == verb && r.subj >= 0 && r.subj != src && !r.passive {
			return r.subj
		}
	}
	return -1
}

// collectiveNoun reports whether lemma names a collective of states or donors that is no actor
// itself ("the international community", "other donors", "its partners"), which may be coordinated
// with an actor in a subject.
func collectiveNoun(lemma string) bool {
	switch lemma {
	case "community", "country", "countries", "nation", "nations", "state", "states", "partner",
		"partners", "ally", "allies", "donor", "donors", "member", "members", "organization",
		"organizations", "government", "governments", "other", "others", "neighbour", "neighbours",
		"neighbor", "neighbors":
		return true
	}
	return false
}
