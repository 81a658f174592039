package events

// Clause reach in long wire sentences. Three constructions of real text put more words between a
// verb and its subject or its purpose than the clause rules expected:
//
//   - a purpose infinitive after a long complement: "Jordan was to receive a total of 1.25 billion
//     dlrs annually from Algeria, Iraq and Kuwait to help it": the infinitive has no subject of its
//     own, so the list before "to" is not one; it is the purpose of the verb before it
//     ([sentenceView.farPurpose]);
//   - a prepositional phrase set off by commas between the subject and the verb: "the Brazilian
//     finance minister, on the third leg of a trip to explain his country's debt policy, met ...":
//     the subject is before the insertion ([sentenceView.prepInsertion]), and a speech verb in
//     the insertion's infinitive ("to explain") reports nothing after it;
//   - a place between a verb that governs an infinitive and the infinitive: "agreed in Paris to
//     intervene" says where, it names no addressee ([sentenceView.placeBeforeInfinitive]).

// maxFarPurpose is the most tokens [sentenceView.farPurpose] lets lie between a verb and the
// purpose infinitive after it.
const maxFarPurpose = 40

// farPurpose reports whether tokens [a, b) between the end of a predicate and an infinitive that
// starts at b, more of them than the clause rules let a governed infinitive have, are the
// predicate's own complement ending with an actor, so that the infinitive is the purpose of the
// predicate and the actor no subject of it: at most maxFarPurpose tokens, no clause boundary, and
// no comma or conjunction outside an actor list (which would start another clause: "..., and
// Kuwait to help").
func (v *sentenceView) farPurpose(a, b int) bool {
	if b-a > maxFarPurpose || b > v.n() || b < 1 || v.actorAt[b-1] < 0 {
		return false
	}
	for i := a; i < b; i++ {
		w := v.words[i]
		if boundaryWord(w) || isVerbTag(v.tags[i]) && v.actorAt[i] < 0 {
			return false
		}
		if (w == "," || v.tags[i] == "CC") && v.actorAt[i] < 0 {
			return false
		}
	}
	return true
}

// clausePrep reports whether w, tagged IN, opens a clause or a complement rather than an
// adjunct phrase that may stand between a subject and its verb.
func clausePrep(w string) bool {
	switch w {
	case "that", "of", "if", "whether", "because", "although", "though", "unless", "than", "as", "so":
		return true
	}
	return false
}

// maxPrepInsertion is the longest prepositional insertion [sentenceView.prepInsertion] accepts,
// in tokens between its commas.
const maxPrepInsertion = 25

// prepInsertion returns the comma that opens a prepositional phrase set off by commas (", on the
// third leg of a trip to explain ...,", ", after weeks of talks,") closed by the comma at j, not
// before lo; -1 when there is none. The phrase starts with a preposition that opens no clause of
// its own ("on", "in", "during", "after"; not "because", "although", "if": see clausePrep) and
// holds no other comma, no clause boundary and no finite verb: an infinitive or a gerund may be in
// it ("after meeting Iran's president"), whose subject is the verb's.
func (v *sentenceView) prepInsertion(j, lo int) int {
	for k := j - 1; k > lo && k >= j-maxPrepInsertion; k-- {
		w := v.words[k]
		if w == "," {
			if k+2 < j && v.tags[k+1] == "IN" && !clausePrep(v.words[k+1]) && v.actorAt[k+1] < 0 {
				return k
			}
			return -1
		}
		if isFinite(v.tags[k]) || boundaryWord(w) && v.words[k-1] != "," {
			return -1 // (the opening word is judged above: "after", "while" may open the phrase)
		}
	}
	return -1
}

// inPrepInsertion reports whether predicate p, an infinitive, lies inside a prepositional
// insertion ([sentenceView.prepInsertion]) that a comma after it closes: "a trip to explain his
// country's stance, met ...". A speech verb there reports nothing after the comma.
func (v *sentenceView) inPrepInsertion(p pred) bool {
	if !v.infinitive(p) {
		return false
	}
	for j := p.end; j < v.n() && j <= p.first+maxPrepInsertion; j++ {
		if v.words[j] == "," {
			return v.prepInsertion(j, 0) >= 0 && v.prepInsertion(j, 0) < p.first
		}
		if boundaryWord(v.words[j]) || isFinite(v.tags[j]) {
			return false
		}
	}
	return false
}

// placeBeforeInfinitive reports whether group gi, between a verb and the infinitive it governs,
// is a place after a locative preposition ("agreed in Paris to intervene", "decided at Geneva
// to"): where the act was decided, not the addressee of an appeal or demand.
func (v *sentenceView) placeBeforeInfinitive(gi int) bool {
	if gi < 0 || gi >= len(v.groups) {
		return false
	}
	if placeGroup(v.groups[gi]) {
		return true
	}
	st := v.npStart(v.groups[gi].first)
	return st > 0 && locative(v.words[st-1])
}

// venueBeforeInfinitive reports whether group gi is a place followed, over at most a time adjunct
// ("last month"), by an infinitive: "agreed in Paris last month to intervene". The place is where
// the verb before it happened; it is no target of that verb, whose target, if any, is the
// infinitive's.
func (v *sentenceView) venueBeforeInfinitive(gi int) bool {
	g := v.groups[gi]
	if !placeGroup(g) {
		return false
	}
	for i := g.end; i < v.n() && i <= g.end+3; i++ {
		w, t := v.words[i], v.tags[i]
		if w == "to" && i+1 < v.n() && v.tags[i+1] == "VB" {
			return true
		}
		if !timeWord(w) && t != "RB" && t != "JJ" && t != "DT" && t != "CD" {
			return false
		}
	}
	return false
}

// heldMeeting returns the code of a meeting that took place: CAMEO's dictionary codes "MEET ...
// (FOR TALKS)" as an intent to meet (036), which fits a meeting to come; "met Stoltenberg for
// talks", asserted or reported, is the consultation itself (040, EVENTS_GUIDELINES.md section
// 3: "met" 040, reciprocal).
func (v *sentenceView) heldMeeting(p pred, code dictCode, mod string) dictCode {
	if v.lemmas[p.head] != "meet" || code.fwd != "036" || mod != Asserted && mod != Reported {
		return code
	}
	code.fwd = "040"
	if code.rev == "036" {
		code.rev = "040"
	}
	return code
}

// peopleOfNation reports whether the noun at token i, before "of" and a country, is "people"
// named as a whole nation: "the people of Mali", "the brotherly people of Palestine" are the
// country, as "the Palestinian people" is, not its civilians.
func (v *sentenceView) peopleOfNation(i int) bool {
	return i >= 0 && i < v.n() && (v.words[i] == "people" || v.words[i] == "peoples") && v.wholeNation(i)
}

// ownGround reports whether group gi, after a locative preposition ("in Kenya", "in the Kenyan
// port city of Mombasa"), is where a compound subject src that holds its country acts: "Kenya and
// a Chinese firm will set up a joint venture in Kenya" is a joint act of the two, not one toward
// Kenya.
func (v *sentenceView) ownGround(gi, src int) bool {
	if src < 0 || len(v.groups[src].members) < 2 || !locative(v.prepBefore(gi)) {
		return false
	}
	for _, t := range v.groups[gi].members {
		if !t.country || len(t.code) < 3 {
			return false
		}
		in := false
		for _, s := range v.groups[src].members {
			if s.country && len(s.code) >= 3 && s.code[:3] == t.code[:3] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// ownState reports whether e is a statement, appeal, intent, consultation, diplomatic act or
// verbal conflict (roots 01-05, 09-13) of an organ of a state toward that state itself, named
// bare: "Assistant Defense Secretary Richard Perle said he was confident the United States and
// Soviet Union were headed for an agreement" is optimism toward the Soviet Union, not toward his
// own country (the internal acts of one actor are no events, EVENTS_GUIDELINES.md R-9). Material
// acts keep their target: a state's forces may strike a place of their own country.
func ownState(e codedEvent) bool {
	s, t := e.src.code, e.tgt.code
	if len(s) <= 3 || len(t) != 3 || !e.src.country || !e.tgt.country || s[:3] != t || len(e.code) < 2 {
		return false
	}
	switch e.code[:2] {
	case "01", "02", "03", "04", "05", "09", "10", "11", "12", "13":
		return true
	}
	return false
}

// pluralCompound reports whether the actor a, joined by a bare "and" to the actor before it, is
// singular and followed by a plural verb ("the United States and Soviet Union were headed"), so
// that both are one compound subject of that verb even after another verb: agreement says so.
func pluralCompound(v *sentenceView, prevEnd int, a actor) bool {
	if a.first != prevEnd+1 || prevEnd >= v.n() || v.words[prevEnd] != "and" || a.end < 1 || a.end > v.n() {
		return false
	}
	if t := v.tags[a.end-1]; t == "NNPS" || t == "NNS" {
		return false
	}
	j := a.end
	for j < v.n() && v.tags[j] == "RB" {
		j++
	}
	return j < v.n() && (v.tags[j] == "VBP" || v.words[j] == "were")
}

// examplePrep returns, for group gi after "such as", the preposition before the noun phrase whose
// examples it names ("arming of extremist groups such as Al-Shabaab": "of"; "armed militias such
// as X": "", a direct object), and whether gi follows "such as" after such a phrase; a target is
// ranked by that preposition, not by "as".
func (v *sentenceView) examplePrep(gi int) (string, bool) {
	s := v.npStart(v.groups[gi].first)
	if s < 3 || v.words[s-1] != "as" || v.words[s-2] != "such" || placeGroup(v.groups[gi]) {
		return "", false // (places named as examples stay where: "the bombing of cities such as Aleppo")
	}
	if placeNoun(v.lemmas[s-3]) {
		return "", false // "cities such as Aleppo": where, not whom
	}
	j := s - 3
	for j >= 0 && v.actorAt[j] < 0 && (isNounTag(v.tags[j]) || v.tags[j] == "JJ" || v.tags[j] == "DT" || v.tags[j] == "CD" || v.tags[j] == "PRP$") {
		j--
	}
	switch {
	case j < 0 || j == s-3:
		return "", false
	case v.tags[j] == "IN" || v.tags[j] == "TO":
		return v.words[j], true
	case isVerbTag(v.tags[j]):
		return "", true
	}
	return "", false
}

// placeNoun reports whether lemma names a kind of place ("cities such as Aleppo").
func placeNoun(lemma string) bool {
	switch lemma {
	case "city", "town", "village", "area", "region", "place", "province", "district", "capital", "port",
		"site", "location", "locality", "neighbourhood", "neighborhood", "camp":
		return true
	}
	return false
}
