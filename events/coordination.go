package events

// Compound subjects of a governed act. "Chile and Peru agreed to resume flights" binds the members
// of the compound to each other (agreement is symmetric), but when the infinitive that gives the
// event its code has a target of its own ("Germany and France agreed to increase aid to Greece",
// "Britain and Norway decided to impose sanctions on Belarus"), each member acts on that target:
// the symmetry of the governing verb is not the act's.

// ownTargetOfInfinitive reports whether the event of predicate k takes its code from the governed
// infinitive tgtPred (the governing verb's own code differs) and target group tgt lies in that
// infinitive's complement, with the infinitive's code not symmetric itself, and tgt is neither a
// place nor the start of a longer name ("the Paris Agreement") nor one of the subject's own members: the members of a
// compound subject src then act each on tgt rather than on each other.
func (v *sentenceView) ownTargetOfInfinitive(ps []pred, codes []verbCode, k, tgtPred, src, tgt int, code dictCode) bool {
	if tgtPred < 0 || tgtPred >= len(ps) || code == codes[k].code || ps[tgtPred].rel != relXcomp {
		return false
	}
	ic := codes[tgtPred]
	if !ic.ok || ic.flags&symmetric != 0 || ic.code.fwd != "" && ic.code.fwd == ic.code.rev {
		return false
	}
	g := v.groups[tgt]
	if g.first < ps[tgtPred].end || g.first >= ps[tgtPred].compEnd || placeGroup(g) ||
		g.end < v.n() && (v.tags[g.end] == "NNP" || v.tags[g.end] == "NNPS") {
		return false // not a place, nor a name that a name goes on ("ratify the Paris Agreement")
	}
	for _, m := range g.members {
		for _, s := range v.groups[src].members {
			if m.code == s.code {
				return false // "agreed to refer the Guatemalan claim to Belizean territory": their own
			}
		}
	}
	return true
}

// Wire copy reports an attack on the speaker's own people or ground with a possessive: "Pakistan's
// army said Indian troops had fired on its posts", "Israel said militants fired rockets at its
// towns", "Japan said Chinese ships had entered its waters". The possessive stands for the
// speaker: an act of force on what belongs to the reported clause's own subject is not news.

// speakersOwn returns the speaker of the reported clause of predicate k when the clause, coded
// with an act of force (roots 17-20: coerce, assault, fight, mass violence) by source group src, names no target but a thing the
// speaker owns ("its", "their", "our" after on/at/against/into/in, or right after the verb before
// a noun of ground, posts or forces: "bombed its territory"); -1 otherwise.
func (v *sentenceView) speakersOwn(ps []pred, k, src int, code string) int {
	p := ps[k]
	if p.rel != relReported || p.gov < 0 || len(code) < 2 || code[:2] < "17" || code[:2] > "20" {
		return -1
	}
	sp := ps[p.gov].subj
	if sp < 0 || sp == src {
		return -1
	}
	for i := p.end; i < p.compEnd && i < v.n() && i <= p.end+6; i++ {
		switch v.words[i] {
		case "its", "their", "our":
			prev := v.words[i-1]
			if i+1 < v.n() && v.words[i+1] == "own" {
				return -1 // "attacked their own camp": the subject's
			}
			if prev == "on" || prev == "at" || prev == "against" || prev == "into" || prev == "in" ||
				i == p.end && i+1 < v.n() && groundNoun(v.words[i+1]) {
				return sp
			}
			return -1 // "helping Libya overcome its differences": the subject's own
		}
		if boundaryWord(v.words[i]) || v.words[i] == "," || v.actorAt[i] >= 0 {
			return -1
		}
	}
	return -1
}

// groundNoun reports whether w names ground, places, posts or forces that an act of force can be
// done on ("its territory", "their positions"), as a direct object after a possessive.
func groundNoun(w string) bool {
	switch w {
	case "territory", "soil", "border", "borders", "airspace", "waters", "posts", "positions", "towns", "villages",
		"cities", "bases", "base", "troops", "soldiers", "forces", "embassy", "ships", "vessels", "citizens":
		return true
	}
	return false
}
