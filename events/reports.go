package events

// Rules for the phrasing of military and government reports (strike reports, press releases,
// ministers' statements): instruments that are not agents, and the agents of acts named by nouns.

// instrumentNoun reports whether token i of v is an agent noun that names a piece of equipment
// rather than a group of people: an equipment noun standing alone ("using aircraft and
// artillery": no country owns it in the sentence, so it is the instrument of the act, not an
// actor), or an agent noun that modifies one, alone or in a list ("fighter jets", "attack,
// bomber, fighter, and remotely piloted aircraft").
func (v *sentenceView) instrumentNoun(i int) bool {
	if equipment(v.lemmas[i]) {
		return true
	}
	for j := i + 1; j < v.n() && j < i+8; j++ {
		w, t := v.words[j], v.tags[j]
		switch {
		case isNounTag(t) && equipment(nounLemma(w, nil)):
			return true
		case w == "," || w == "and" || w == "or" || t == "JJ" || t == "RB" || t == "VBN" || t == "VBD" || isNounTag(t) && t != "NNP":
			continue
		}
		return false
	}
	return false
}

// prenominalParticiple reports whether token i of v is a past participle after an adverb that
// modifies the noun after it ("remotely piloted aircraft", "a jointly funded project", "newly
// trained units"): an adjective, not a predicate. The adverb must follow a determiner, an
// adjective, a number or a preposition ("has repeatedly attacked villages" is a verb), or a
// conjunction or a comma before a piece of equipment ("fighter and remotely piloted aircraft"); a
// past form the tagger took for a verb counts only before a piece of equipment. A gerund after a
// number, a determiner, an adjective or a possessive modifies the noun after it too ("conducted
// 265 bombing raids on ISIL targets").
func (v *sentenceView) prenominalParticiple(i int) bool {
	if v.tags[i] == "VBG" && i >= 1 && i+1 < v.n() && (v.tags[i+1] == "NN" || v.tags[i+1] == "NNS") {
		switch v.tags[i-1] {
		case "CD", "DT", "JJ", "JJR", "PRP$", "POS":
			return true // a gerund modifying a noun: "265 bombing raids", "the peacekeeping mission"
		}
	}
	if i < 1 || i+1 >= v.n() || v.tags[i-1] != "RB" || !isNounTag(v.tags[i+1]) || v.tags[i+1] == "NNP" {
		return false
	}
	switch v.tags[i] {
	case "VBN":
	case "VBD":
		if !equipment(nounLemma(v.words[i+1], nil)) {
			return false
		}
	default:
		return false
	}
	if i < 2 {
		return true
	}
	switch v.tags[i-2] {
	case "DT", "JJ", "CD", "IN":
		return true
	case "CC", ",": // "X and repeatedly bombed cities" is a verb; "fighter and remotely piloted aircraft" a list
		return equipment(nounLemma(v.words[i+1], nil))
	}
	return false
}

// attackNoun reports whether lemma l names an armed act whose agent a report may name after it
// ("a raid by X", "a strike conducted by X") or before it ("a coalition airstrike").
func attackNoun(l string) bool {
	switch l {
	case "raid", "strike", "airstrike", "attack", "bombing", "operation", "ambush", "assault", "shelling",
		"offensive", "bombardment", "missile", "rocket":
		return true
	}
	return false
}

// actAgent returns the group that carried out the act in which the subject of passive p suffered
// it, when p names no agent of its own: "was killed in a raid conducted by the U.S. military",
// "were hurt in a bombing carried out by X", "died in a 2015 raid by Turkish special forces",
// "was hit and killed by an allied drone strike", "died in a Russian air strike" (the actor
// before the act noun); else -1.
func (v *sentenceView) actAgent(p pred) int {
	i := p.end
	for i < v.n() && v.tags[i] == "RB" {
		i++
	}
	if i >= v.n() || v.words[i] != "in" && v.words[i] != "by" {
		return -1
	}
	i++
	mod := -1 // an actor before the act noun: "a coalition airstrike"
	for ; i < v.n() && i < p.end+8; i++ {
		if gi := v.actorAt[i]; gi >= 0 {
			mod = gi
			i = v.groups[gi].end - 1
			continue
		}
		if attackNoun(v.lemmas[i]) && isNounTag(v.tags[i]) {
			break
		}
		t := v.tags[i]
		if t != "DT" && t != "JJ" && t != "CD" && t != "NN" && t != "HYPH" && t != "NNP" {
			return -1
		}
	}
	if i >= v.n() || !attackNoun(v.lemmas[i]) {
		return -1
	}
	// the noun's agent after it: "by X", "conducted|carried out|launched by X"
	j := i + 1
	if j < v.n() && (v.lemmas[j] == "conduct" || v.lemmas[j] == "launch" || v.lemmas[j] == "carry" || v.lemmas[j] == "mount") {
		j++
		if j < v.n() && v.words[j] == "out" {
			j++
		}
	}
	if j+1 < v.n() && v.words[j] == "by" {
		for k := j + 1; k < v.n() && k < j+4; k++ {
			if gi := v.actorAt[k]; gi >= 0 {
				return gi
			}
			if t := v.tags[k]; t != "DT" && t != "JJ" && t != "NNP" {
				break
			}
		}
	}
	return mod
}

// titleAppositives merges an office named by a country and a title with the person named in
// apposition after it ("talks with the Chilean Foreign Minister, Ana Rojas, on trade"): one
// actor, the person, whose tokens run from the title's first.
func (v *sentenceView) titleAppositives(as []actor) []actor {
	out := as[:0]
	for i := 0; i < len(as); i++ {
		a := as[i]
		if m, q, ok := v.personTitleAppositive(as, i); ok {
			out = append(out, m) // "the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari" (titleappos.go)
			i = q
			continue
		}
		if i+1 < len(as) && !a.person && len(a.code) == 6 && upperCode(a.code) && titleWord(v.words[a.end-1]) &&
			a.end+1 < v.n() && v.words[a.end] == "," {
			if b := as[i+1]; b.person && b.first == a.end+1 && (b.end == v.n() || v.words[b.end] == "," || v.tags[b.end] == ".") {
				b.first = a.first
				out = append(out, b)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// supportedActorsAct reports whether the noun at i names the act of the actor right before it,
// in "<actor> in the|its|their <noun>": "backs the Government of Mali in its fight against
// the insurgents", "supports Kenya in its war against al-Shabaab". Support given to an actor in
// its act states that act; it is not the topic of the support.
func (v *sentenceView) supportedActorsAct(i int) bool {
	if i < 3 || v.words[i-2] != "in" || v.actorAt[i-3] < 0 {
		return false
	}
	switch v.words[i-1] {
	case "the", "its", "their":
		return true
	}
	return false
}

// inPurpose reports whether token i lies in an infinitive of purpose or in a clause that depends
// on one ("moved to the border to shore up Hezbollah's defenses against Israel"): a goal, not
// an act the sentence states (EVENTS_GUIDELINES.md section 3 rule 4), so a noun there is no event.
func inPurpose(v *sentenceView, ps []pred, i int) bool {
	for k, p := range ps {
		if i < p.first || i >= p.compEnd {
			continue
		}
		for q, n := k, 0; q >= 0 && n < len(ps); q, n = ps[q].gov, n+1 { // n bounds a cycle of governors
			if ps[q].rel == relPurpose {
				return true
			}
		}
	}
	return false
}

// requestEvents codes the request a fronted or trailing "at the request of X" names ("At the
// request of Kenya, Uganda pulled back its troops"; "The inspectors toured Basra at the behest of
// the Iraqi government"): X's appeal (020) to the subject of the clause the
// phrase modifies, the first predicate after it with a subject of its own, else the one before.
func (v *sentenceView) requestEvents(ps []pred) []codedEvent {
	var evs []codedEvent
	for i := 0; i+3 < v.n(); i++ {
		if !v.requestOf(i + 4) {
			continue
		}
		j := i + 4
		for j < v.n() && v.tags[j] == "DT" {
			j++
		}
		if j >= v.n() || v.actorAt[j] < 0 {
			continue
		}
		g := v.actorAt[j]
		subj := -1
		for _, p := range ps {
			if p.head > v.groups[g].end && p.subj >= 0 && p.subj != g {
				subj = p.subj
				break
			}
		}
		if subj < 0 {
			for k := len(ps) - 1; k >= 0; k-- {
				if ps[k].head < i && ps[k].subj >= 0 && ps[k].subj != g {
					subj = ps[k].subj
					break
				}
			}
		}
		if subj < 0 {
			continue
		}
		verb := v.span(i+2, i+4)
		for _, s := range v.groups[g].members {
			for _, t := range v.groups[subj].members {
				if s.code != t.code {
					evs = append(evs, codedEvent{src: s, tgt: t, code: "020", verb: verb, modality: Asserted, pattern: true, direct: true})
				}
			}
		}
	}
	return evs
}

// requestOf reports whether "at the request|behest|urging of" ends right before token j.
func (v *sentenceView) requestOf(j int) bool {
	if j < 4 || v.words[j-4] != "at" || v.words[j-3] != "the" || v.words[j-1] != "of" {
		return false
	}
	switch v.words[j-2] {
	case "request", "behest", "urging":
		return true
	}
	return false
}

// attackBy reports whether the noun phrase from token i names an armed act ("airstrike", "air
// strike", "drone strike", "rocket attack"): a demonym before it names who carried it out ("an
// Israeli airstrike killed"), not a thing.
func (v *sentenceView) attackBy(i int) bool {
	for j := i; j < v.n() && j < i+3 && isNounTag(v.tags[j]); j++ {
		if attackNoun(v.lemmas[j]) {
			return true
		}
	}
	return false
}

// claimedBy returns the group that claimed or carried out the armed act named by the subject of
// predicate k, which has no actor subject of its own: "A suicide bombing claimed by Islamic State
// killed 12 soldiers", "multiple attacks, also claimed by Da'esh, have killed 35 civilians", "a car
// bomb planted by al-Shabaab killed"; else -1. The participle phrase must end right before the
// chain of k (after an optional comma).
func (v *sentenceView) claimedBy(ps []pred, k int) int {
	p := ps[k]
	e := p.first
	if e > 0 && v.words[e-1] == "," {
		e--
	}
	if e < 1 || v.actorAt[e-1] < 0 {
		return -1
	}
	gi := v.actorAt[e-1]
	b := v.npStart(v.groups[gi].first) - 1 // "by"
	if b < 2 || v.words[b] != "by" {
		return -1
	}
	switch v.lemmas[b-1] {
	case "claim", "carry", "plant", "launch", "conduct", "mount", "stage":
	default:
		if v.words[b-1] != "out" || v.lemmas[b-2] != "carry" {
			return -1
		}
	}
	j := b - 2
	if v.words[b-1] == "out" {
		j--
	}
	for j >= 0 && (v.tags[j] == "RB" || v.words[j] == ",") {
		j-- // "attacks, also claimed by"
	}
	if j < 0 || !isNounTag(v.tags[j]) || !attackNoun(v.lemmas[j]) && v.lemmas[j] != "bomb" && v.lemmas[j] != "blast" && v.lemmas[j] != "explosion" {
		return -1
	}
	return gi
}
