package events

// Acts named by a noun of plan or effort and an infinitive. "The Coalition's strategy to defeat
// ISIL", "Turkey's efforts to contain the PKK", "coalition efforts to counter Da'esh", "the
// international community, in its determination to defeat ISIL": the owner of the plan (the
// possessor, an actor modifying the noun, or the antecedent of a possessive pronoun) is the subject
// of the infinitive, which has none of its own, and the act is intended (as "X plans to defeat Y"
// is). The infinitive is coded with its own verb's code and target.

// planNoun reports whether lemma l names a plan, an effort or a resolve whose "to" infinitive is
// what its owner means to do.
func planNoun(l string) bool {
	switch l {
	case "strategy", "plan", "campaign", "effort", "determination", "resolve", "commitment", "bid", "drive",
		"push", "attempt", "quest", "struggle", "intention", "decision":
		return true
	}
	return false
}

// planOwner returns the actor group that owns the plan noun at token i: the possessor ("X's
// [modifiers] N"), an actor right before the noun or its modifiers ("coalition efforts"), or for
// a possessive pronoun ("its", "their") the pronoun itself when it is an actor mention, else the
// nearest actor before it that is not a place; -1 when there is none. possessed says whether the
// owner is named by a possessive ("X's", "its"), which makes the plan word a noun for sure.
func (v *sentenceView) planOwner(i int) (int, bool) {
	j := i - 1
	for n := 0; j >= 0 && n < 2 && v.actorAt[j] < 0 && (v.tags[j] == "JJ" || v.tags[j] == "NN"); n++ {
		j-- // "military", "diplomatic", "counter-terrorism"
	}
	if j < 0 {
		return -1, false
	}
	switch {
	case v.tags[j] == "POS" && j > 0 && v.actorAt[j-1] >= 0:
		return v.actorAt[j-1], true
	case v.actorAt[j] >= 0:
		g := v.groups[v.actorAt[j]]
		if g.end != j+1 || placeGroup(g) {
			return -1, false
		}
		return v.actorAt[j], false
	case v.tags[j] == "PRP$" && (v.words[j] == "its" || v.words[j] == "their"):
		for k := j - 1; k >= 0; k-- {
			if v.words[k] == ";" || v.words[k] == ":" {
				return -1, false
			}
			if gi := v.actorAt[k]; gi >= 0 && !placeGroup(v.groups[gi]) {
				return gi, true
			}
		}
	}
	return -1, false
}

// planSubjects gives an infinitive right after a plan noun ([planNoun]) whose code (codes[k], the
// verb's own) is one of conflict and whose object is an actor right after the verb ("to defeat
// ISIL", not "to engage with X") the noun's owner ([sentenceView.planOwner]) as its subject (or
// keeps the owner the clause analysis found), detaches it from the verb it was the purpose or
// complement of and marks it owned (intended); the object is in its complement. A plan of
// cooperation stays what it was: a goal. An owner that is an actor right before the noun
// ("coalition efforts to") counts only for an infinitive with no subject, as such a noun may be
// a verb the tagger took for a noun ("Sudan and South Sudan struggle to normalize relations").
func (v *sentenceView) planSubjects(ps []pred, codes []verbCode) {
	for k := range ps {
		p := &ps[k]
		if p.passive || !v.infinitive(*p) || p.first == 0 || v.tags[p.head] != "VB" {
			// not a gerund after the preposition "to": "its commitment to serving the cause"
			continue
		}
		i := p.first - 1
		if v.tags[i] != "NN" && v.tags[i] != "NNS" || !planNoun(v.lemmas[i]) {
			continue
		}
		if !codes[k].ok || !conflictQuad(codes[k].code.fwd) {
			continue
		}
		if p.rel == relXcomp && p.gov >= 0 && ps[p.gov].obj >= 0 {
			continue // the addressee of "ordered the UN mission to leave", "urged X's government to"
		}
		owner, possessed := v.planOwner(i)
		if owner < 0 && p.subj < 0 {
			owner, possessed = v.frontedPlanOwner(ps, codes, k, i), true
		}
		if owner < 0 || p.subj >= 0 && (p.subj != owner || !possessed) {
			continue
		}
		v.ownAct(p, owner)
	}
}

// ownAct makes the actor group owner the subject of p, an act of conflict, when an actor other than
// the owner is its object right after the verb ([sentenceView.objectAfter]): p becomes a main
// clause of its own, owned (intended), its complement holding the object.
func (v *sentenceView) ownAct(p *pred, owner int) {
	obj := v.objectAfter(p.end)
	if obj < 0 || obj == owner {
		return
	}
	p.subj, p.rel, p.gov, p.owned = owner, relMain, -1, true
	// the object the verb's complement lost to a following verb ("the Coalition's strategy to
	// defeat ISIL is succeeding": ISIL is not the subject of "is succeeding")
	if v.groups[obj].first >= p.compEnd {
		p.compEnd = v.groups[obj].end
	}
}

// objectAfter returns the actor group that starts at token i or after at most two determiners or
// adjectives, or -1.
func (v *sentenceView) objectAfter(i int) int {
	for n := 0; i < v.n() && n <= 2; n++ {
		if gi := v.actorAt[i]; gi >= 0 {
			if v.groups[gi].first != i {
				return -1
			}
			return gi
		}
		if t := v.tags[i]; t != "DT" && t != "JJ" {
			return -1
		}
		i++
	}
	return -1
}

// conflictQuad reports whether CAMEO code c is of roots 10-20, verbal or material conflict.
func conflictQuad(c string) bool { return len(c) >= 2 && c[:2] >= "10" && c[:2] <= "20" }

// frontedPlanOwner returns the owner of the plan noun at token i when the noun opens the sentence
// in a fronted phrase ("In the campaign to defeat ISIL, the SDF have begun ...", "Elsewhere in
// the fight to retake Mosul, Iraqi forces ..."): "in" or "during" and "the" before the noun, only
// adverbs before them, and the subject of the main clause after the phrase's comma, which the
// phrase is about, when its verb is a step of the plan ([sentenceView.planStep]). k is the
// infinitive after the noun; -1 when there is no such owner.
func (v *sentenceView) frontedPlanOwner(ps []pred, codes []verbCode, k, i int) int {
	if i < 2 || v.words[i-1] != "the" || v.words[i-2] != "in" && v.words[i-2] != "during" {
		return -1
	}
	for j := 0; j < i-2; j++ {
		if v.tags[j] != "RB" && v.words[j] != "," {
			return -1
		}
	}
	comma := -1
	for j := ps[k].end; j < v.n() && j < ps[k].end+12; j++ {
		if v.words[j] == "," {
			comma = j
			break
		}
		if boundaryWord(v.words[j]) || v.words[j] == ";" {
			return -1
		}
	}
	if comma < 0 {
		return -1
	}
	for n, q := range ps[k+1:] {
		if q.first <= comma {
			continue
		}
		if q.rel != relMain || q.subj < 0 || v.groups[q.subj].first <= comma || placeGroup(v.groups[q.subj]) {
			return -1
		}
		if !v.planStep(q, codes[k+1+n]) {
			return -1 // "In the campaign to defeat ISIL, the UN has played no role", "Jordan hosted a conference"
		}
		return q.subj
	}
	return -1
}

// planStep reports whether main predicate q (coded vc) is an act of the fronted plan: an act of
// material conflict (roots 14 to 20), or one of beginning, going on with, joining or leading it ("have begun the second
// phase", "took part", "stepped up"), with no "no", "not" or "never" in its auxiliaries or object.
func (v *sentenceView) planStep(q pred, vc verbCode) bool {
	end := max(q.compEnd, q.end)
	for j := q.first; j < end && j < v.n(); j++ {
		switch v.words[j] {
		case "no", "not", "n't", "never", "No", "Not", "Never":
			return false
		}
	}
	if vc.ok && conflictQuad(vc.code.fwd) && vc.code.fwd[:2] >= "14" {
		return true
	}
	next := ""
	if q.head+1 < v.n() {
		next = v.words[q.head+1]
	}
	switch v.lemmas[q.head] {
	case "begin", "launch", "continue", "intensify", "join", "lead", "start", "escalate":
		return true
	case "take":
		return next == "part"
	case "step":
		return next == "up"
	}
	return false
}
