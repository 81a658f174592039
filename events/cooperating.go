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
//
// No joint act is said when the act is negated ("will not attend"), refused, failed or proposed
// ("refused to build the wall in cooperation with X", "proposes an initiative to convene a forum in
// cooperation with X"), when the subject only welcomes, supports or counts on it (the verbs of
// firstPersonFrameWord, "count on"), when a commitment to a gerund stands between ("count on
// Dominica's commitment to working in close collaboration with X": the commitment's act), or when
// the "subject" is a name modifying a noun after a preposition ("under United Nations auspices").
// A demonym ("other Syrian parties") names no partner, and a pair the sentence already codes with
// an act of the same root, in either direction, gets neither half of the joint act.

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
		if p.subj < 0 || p.passive || p.subj == partner || p.rel == relModifier || isSpeech(v.lemmas[p.head]) ||
			v.coopFramed(ps, k, i) || v.afterPreposition(p.subj) {
			continue
		}
		mod := c.modality(v, ps, k)
		if mod == Negated {
			continue // "did not build it in cooperation with X", "will not attend": no joint act is said
		}
		code, both := "050", true
		if v.committedChain(ps, k) {
			// "Russia will continue to do its utmost ... in cooperation with X": the subject's
			// statement of intent (032), its own act toward the partner
			code, both, mod = reframe(intent, "050"), false, Asserted
		}
		verb := v.span(i, after)
		for _, s := range v.groups[p.subj].members {
			for _, t := range v.groups[partner].members {
				if s.code == t.code || s.thing || t.thing || t.demonym {
					continue // "and other Syrian parties": a demonym names no partner of its own
				}
				pairs := [][2]actor{{s, t}, {t, s}}
				if !both {
					pairs = pairs[:1]
				}
				// a pair that the sentence already holds, in either direction, keeps what it has:
				// half of a joint act beside another act of the same root is one-sided
				if slices.ContainsFunc(pairs, func(e [2]actor) bool {
					return slices.ContainsFunc(evs, func(o codedEvent) bool {
						return o.src.code == e[0].code && o.tgt.code == e[1].code && sameRoot(o.code, code)
					}) || slices.ContainsFunc(out, func(o codedEvent) bool {
						return o.src.code == e[0].code && o.tgt.code == e[1].code
					})
				}) {
					continue
				}
				for _, e := range pairs {
					out = append(out, codedEvent{src: e[0], tgt: e[1], code: code, verb: verb, modality: mod, pattern: true, direct: true})
				}
			}
		}
	}
	return out
}

// adjunctPred returns the predicate the adjunct starting at i belongs to: set off by a comma right
// after the subject group of the next predicate ("Kenya, in partnership with X, launched"), that
// predicate, or none when it is an infinitive ("the initiative of X, in partnership with Y, to
// assess"); else the nearest predicate before i with no clause boundary between them; -1 when
// none.
func (v *sentenceView) adjunctPred(ps []pred, i int) int {
	if i > 0 && v.words[i-1] == "," {
		for k, p := range ps {
			if p.first > i && p.subj >= 0 && v.groups[p.subj].end == i-1 {
				if v.words[p.first] == "to" {
					return -1 // "the initiative of X, in partnership with Y, to assess": a plan, not an act
				}
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

// coopFramed reports whether predicate k, whose adjunct starts at i, is no act of its subject: a
// verb that welcomes, supports, calls for or counts on something ("Chad welcomes the initiative of
// X, in partnership with Y"; firstPersonFrameWord), or a verb or noun of refusal, failure or
// proposal that governs it ("refused to build the wall in cooperation with X", "proposes an
// initiative to convene a forum in cooperation with X"), or a commitment or readiness to a gerund
// between the verb and the adjunct ("can count on Dominica's commitment to working in close
// collaboration with X": the act is the commitment's, not the subject's).
func (v *sentenceView) coopFramed(ps []pred, k, i int) bool {
	top := k
	for q, n := k, 0; q >= 0 && n < 4; q, n = ps[q].gov, n+1 {
		l := v.lemmas[ps[q].head]
		if firstPersonFrameWord(l) || l == "count" || refusalWord(l) || proposalWord(l) {
			return true
		}
		top = q
		if ps[q].rel != relXcomp && ps[q].rel != relPurpose {
			break
		}
	}
	for j := max(ps[top].start, 0); j < ps[k].head; j++ {
		if isNounTag(v.tags[j]) && (refusalWord(v.lemmas[j]) || proposalWord(v.lemmas[j])) {
			return true // "the reluctance of X to work ...", "made a proposal to build ..."
		}
	}
	for j := ps[k].end; j+1 < i; j++ {
		if v.words[j] == "to" && v.tags[j+1] == "VBG" {
			return true
		}
	}
	return false
}

// afterPreposition reports whether group g modifies a common noun after a preposition (over
// determiners and adjectives): "under United Nations auspices" names no subject, where "the role
// of the African Union, which has been working" does.
func (v *sentenceView) afterPreposition(g int) bool {
	j, e := v.groups[g].first-1, v.groups[g].end
	for j >= 0 && (v.tags[j] == "DT" || v.tags[j] == "JJ") {
		j--
	}
	return j >= 0 && v.tags[j] == "IN" && v.words[j] != "that" && e < v.n() && (v.tags[e] == "NN" || v.tags[e] == "NNS")
}

// proposalWord reports whether lemma l proposes the act after it rather than doing it.
func proposalWord(l string) bool {
	switch l {
	case "propose", "proposal", "suggest", "suggestion":
		return true
	}
	return false
}
