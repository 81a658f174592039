package events

// Acts of conflict named by a participle of resolve set off after an actor: "local ground forces,
// focused on defeating ISIL, advanced", "Chad, determined to crush Boko Haram, closed its border",
// "the coalition, committed to destroying the group". The actor before the comma is the subject
// of the gerund or infinitive after the participle, and the act is intended, as with a plan noun
// (planacts.go). Only for acts of conflict (roots 10-20) with an actor object right after the verb:
// a resolve to cooperate is a goal (EVENTS_GUIDELINES.md section 3 rule 4), as for plans.

// resolveParticiple reports whether word w, after an actor and a comma, states the actor's resolve
// to do what the gerund or infinitive after it names.
func resolveParticiple(w string) bool {
	switch w {
	case "focused", "focussed", "committed", "determined", "dedicated", "intent", "bent", "resolved", "poised":
		return true
	}
	return false
}

// resolveSubjects gives a gerund after "on" or "to", or an infinitive, that follows a resolve
// participle set off by a comma after an actor group ("X, focused on defeating Y", "X, determined
// to crush Y") that actor as its subject when its code (codes[k]) is one of conflict and its object
// is an actor right after it, and marks it owned (intended).
func (v *sentenceView) resolveSubjects(ps []pred, codes []verbCode) {
	for k := range ps {
		p := &ps[k]
		if p.passive {
			continue
		}
		// part: the participle, before "on" or "to" and the verb
		var part int
		switch {
		case v.tags[p.head] == "VB" && p.head == p.first+2 && v.words[p.first+1] == "to":
			part = p.first // "determined to crush": the participle opens the verb chain
		case v.tags[p.head] == "VBG" && p.head == p.first && p.first > 1 && (v.words[p.first-1] == "on" || v.words[p.first-1] == "to"):
			part = p.first - 2 // "focused on defeating", "committed to defeating"
		default:
			continue
		}
		if part < 2 || !resolveParticiple(v.words[part]) || v.words[part-1] != "," {
			continue
		}
		owner := v.actorAt[part-2] // the actor that ends at the comma
		if owner < 0 || v.groups[owner].end != part-1 || placeGroup(v.groups[owner]) {
			continue
		}
		if !codes[k].ok || !conflictQuad(codes[k].code.fwd) {
			continue
		}
		v.ownAct(p, owner) // planacts.go
	}
}
