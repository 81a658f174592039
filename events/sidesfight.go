package events

// Compound subjects of a reciprocal act of conflict. "Russia and China held joint drills near
// Japan" binds the members of the compound to each other (a joint act with a place after it), but
// "France and Britain fought ISIL", "Kurdish and Iraqi troops clashed with the militants" put the
// members on one side and the object on the other: each member fights the object, both ways
// (EVENTS_GUIDELINES.md section 4: the participants of "fought" are the two sides), and nothing is
// coded between the members themselves, who act together.

// jointAgainst reports whether the members of compound subject group src act together on target
// group tgt of predicate p coded code: a reciprocal code of conflict (roots 17-20, fight, assault,
// coerce, mass violence; not the cooperation of "held joint drills") whose target is the direct
// object of the verb (after at most three determiners, numbers or adjectives) or the object of
// "against", "on" or "at", and not a place (a place after the verb is where they act).
func (v *sentenceView) jointAgainst(p pred, code dictCode, src, tgt int) bool {
	if src < 0 || tgt < 0 || src == tgt || !conflictRoot(code.fwd) || placeGroup(v.groups[tgt]) {
		return false
	}
	switch v.prepBefore(tgt) {
	case "against", "on", "at": // ("with" never comes here: the caller codes "X and Y clashed with Z" apart)
	case "":
		// the direct object: only determiners and modifiers between the verb and the target
		g := v.groups[tgt]
		if g.first < p.end || g.first > p.end+3 {
			return false
		}
		for i := p.end; i < g.first; i++ {
			if t := v.tags[i]; t != "DT" && t != "JJ" && t != "CD" {
				return false
			}
		}
	default:
		return false
	}
	for _, m := range v.groups[tgt].members {
		for _, s := range v.groups[src].members {
			if m.code == s.code {
				return false
			}
		}
	}
	return true
}

// conflictRoot reports whether CAMEO code c is of roots 17-20 (coerce, assault, fight, mass
// violence).
func conflictRoot(c string) bool {
	return len(c) >= 2 && c[:2] >= "17" && c[:2] <= "20"
}

// patternObject reports whether group gi, whose noun phrase is introduced by preposition prep, is
// the object of the preposition that ends the pattern matched by vc ("maintained defensive
// positions against X, an officer said"): the noun phrase starts right where the pattern ends.
// Such a target outranks a direct object found later (the trailing ", X said" is no object).
func (v *sentenceView) patternObject(vc verbCode, gi int, prep string) bool {
	return prep != "" && vc.words > 1 && vc.end > 0 && vc.endsWith(prep) && v.npStart(v.groups[gi].first) == vc.end
}
