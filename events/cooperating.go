package events

import "slices"

// Acts done together with a partner. "Japan built the school in cooperation with UNICEF", "Kenya,
// in partnership with the World Bank, launched a programme": whatever the verb, its subject works
// with the partner the adjunct names, a joint act of diplomatic cooperation (050) each toward the
// other, as the lexicon's "work in cooperation with" is. The adjunct is "in" (with at most one
// adjective: "in close cooperation with") and a noun of joint work, "with", then an actor (over
// determiners and adjectives). A committed act ("will host a conference in partnership with X")
// is the subject's statement of intent to cooperate (032), its own act only. It belongs to the nearest predicate before it in its clause, or,
// set off by commas right after a subject, to the predicate of that subject. A speech verb's
// adjunct is the reported clause's, not the speaker's; a passive's subject is no party.

// coopNoun holds the nouns of joint work the adjunct names.
var coopNoun = map[string]bool{
	"cooperation": true, "co-operation": true, "collaboration": true, "partnership": true, "coordination": true,
	"conjunction": true, "concert": true,
}

// cooperationPartner returns the actor group the adjunct starting at i ("in") names and the index
// after the adjunct; -1 when there is none.
func (v *sentenceView) cooperationPartner(i int) (int, int) {
	if v.words[i] != "in" {
		return -1, -1
	}
	j := i + 1
	if j < v.n() && v.tags[j] == "JJ" && j+1 < v.n() && coopNoun[v.words[j+1]] {
		j++
	}
	if j+1 >= v.n() || !coopNoun[v.words[j]] || v.words[j+1] != "with" {
		return -1, -1
	}
	k := j + 2
	for k < v.n() && k < j+5 && (v.tags[k] == "DT" || v.tags[k] == "JJ") && v.actorAt[k] < 0 {
		k++
	}
	if k >= v.n() || v.actorAt[k] < 0 || placeGroup(v.groups[v.actorAt[k]]) {
		return -1, -1
	}
	return v.actorAt[k], j + 2
}

// cooperationEvents returns the joint acts of the sentence's "in cooperation with X" adjuncts that
// evs, the events so far, do not already hold.
func (c *Coder) cooperationEvents(v *sentenceView, ps []pred, evs []codedEvent) []codedEvent {
	var out []codedEvent
	for i := 0; i+2 < v.n(); i++ {
		partner, after := v.cooperationPartner(i)
		if partner < 0 {
			continue
		}
		k := v.adjunctPred(ps, i)
		if k < 0 {
			continue
		}
		p := ps[k]
		if p.subj < 0 || p.passive || p.subj == partner || p.rel == relModifier || isSpeech(v.lemmas[p.head]) {
			continue
		}
		mod := c.modality(v, ps, k)
		code, both := "050", true
		if v.committedChain(ps, k) {
			// "Russia will continue to do its utmost ... in cooperation with X": the subject's
			// statement of intent (032), its own act toward the partner
			code, both, mod = reframe(intent, "050"), false, Asserted
		}
		verb := v.span(i, after)
		for _, s := range v.groups[p.subj].members {
			for _, t := range v.groups[partner].members {
				if s.code == t.code || s.thing || t.thing {
					continue
				}
				pairs := [][2]actor{{s, t}, {t, s}}
				if !both {
					pairs = pairs[:1]
				}
				for _, e := range pairs {
					if slices.ContainsFunc(evs, func(o codedEvent) bool {
						return o.src.code == e[0].code && o.tgt.code == e[1].code && sameRoot(o.code, code)
					}) || slices.ContainsFunc(out, func(o codedEvent) bool {
						return o.src.code == e[0].code && o.tgt.code == e[1].code
					}) {
						continue
					}
					out = append(out, codedEvent{src: e[0], tgt: e[1], code: code, verb: verb, modality: mod, pattern: true, direct: true})
				}
			}
		}
	}
	return out
}

// adjunctPred returns the predicate the adjunct starting at i belongs to: set off by a comma right
// after the subject group of the next predicate ("Kenya, in partnership with X, launched"), that
// predicate; else the nearest predicate before i with no clause boundary between them; -1 when
// none.
func (v *sentenceView) adjunctPred(ps []pred, i int) int {
	if i > 0 && v.words[i-1] == "," {
		for k, p := range ps {
			if p.first > i && p.subj >= 0 && v.groups[p.subj].end == i-1 {
				return k
			}
		}
	}
	best := -1
	for k, p := range ps {
		if p.head < i && v.words[p.head] != "including" { // "including" introduces a list, no act
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	for j := ps[best].end; j < i; j++ {
		if boundaryWord(v.words[j]) || v.words[j] == ";" {
			return -1
		}
	}
	return best
}

// committedChain reports whether predicate k, or a verb that governs it through an infinitive
// ("will continue to do its utmost to facilitate"), states the subject's commitment: "will",
// "shall", or a verb of plan or intent in its chain; not in a reported clause.
func (v *sentenceView) committedChain(ps []pred, k int) bool {
	if ps[k].rel == relReported {
		return false // "we believe that the Assembly will develop ...": a forecast, not its intent
	}
	for n := 0; k >= 0 && n < 4; n++ {
		if v.chainHasWord(ps[k], "will", "shall", "'ll", "plan", "intend", "aim", "want", "seek", "going", "ready", "determined") {
			return true
		}
		if ps[k].rel != relXcomp && ps[k].rel != relPurpose {
			return false
		}
		k = ps[k].gov
	}
	return false
}
