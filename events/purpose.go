package events

import (
	"slices"
	"strings"
)

// Aid named by a purpose clause. A purpose clause is not coded as an act of its own ("met in
// Almaty to discuss"), but when the main verb hands something over and its purpose clause says
// whom it helps, the beneficiary is the target of the handing over: "the IMF approved 125.9 mln
// SDRs to assist development in Jamaica", "Japan sent rice to help Bangladesh", "France deployed
// troops to support Mali". That is aid (07) from the main clause's subject to the actor the
// purpose clause names, with the main clause's modality; the kind of aid comes from what is
// handed over (money 071, weapons 072, food and relief 073, troops 074, else 070).

// Talks a journey is for. The purpose clause of a verb of travel that names a consultation with
// an actor is that consultation, still to come: "a Zambian delegation would leave for Washington
// to complete negotiations with the IMF", "the minister flew to Cairo to hold talks with Egypt"
// (046, intended). Other purpose clauses stay uncoded ("met in Almaty to discuss a treaty").

// travelVerb reports whether lemma is a verb of travel whose purpose clause may name talks.
func travelVerb(lemma string) bool {
	switch lemma {
	case "travel", "go", "leave", "fly", "head", "arrive", "come", "return", "set":
		return true
	}
	return false
}

// travelPurpose reports whether predicate k is the purpose clause of a verb of travel and codes a
// consultation (04).
func travelPurpose(v *sentenceView, ps []pred, codes []verbCode, k int) bool {
	p := ps[k]
	return p.rel == relPurpose && p.gov >= 0 && travelVerb(v.lemmas[ps[p.gov].head]) && codes[k].ok &&
		strings.HasPrefix(codes[k].code.fwd, "04")
}

// purposeModality is the modality of the act a purpose clause names, from that of its governor: a
// purpose is still to come (Intended) unless the journey itself is hypothetical or negated.
func purposeModality(gov string) string {
	switch gov {
	case Hypothetical, Negated:
		return gov
	}
	return Intended
}

// handOverVerb reports whether lemma is a verb of giving, lending or sending whose purpose clause
// may name the beneficiary.
func handOverVerb(lemma string) bool {
	switch lemma {
	case "send", "provide", "give", "approve", "allocate", "grant", "deliver", "donate", "contribute",
		"disburse", "extend", "lend", "earmark", "pledge", "dispatch", "deploy", "ship", "airlift",
		"channel", "release", "commit", "offer", "supply", "transfer", "fly":
		return true
	}
	return false
}

// aidPurposeVerb reports whether lemma, heading a purpose clause, names help to its object.
func aidPurposeVerb(lemma string) bool {
	switch lemma {
	case "help", "assist", "support", "aid", "bolster", "rebuild", "reconstruct", "feed", "relieve":
		return true
	}
	return false
}

// aidKind returns the aid code for what tokens [i, j) hand over: money 071, weapons and military
// equipment 072, food, medicine and relief 073, troops 074, else 070.
func (v *sentenceView) aidKind(i, j int) string {
	for ; i < j && i < v.n(); i++ {
		switch v.lemmas[i] {
		case "dlr", "dlrs", "dollar", "mln", "million", "billion", "bln", "sdr", "sdrs", "sdr's", "loan",
			"credit", "grant", "fund", "funding", "money", "euro", "yen", "franc", "stg", "pound":
			return "071"
		case "food", "rice", "wheat", "grain", "flour", "medicine", "medical", "doctor", "tent",
			"blanket", "relief", "humanitarian", "vaccine", "water", "shelter":
			return "073"
		case "troop", "soldier", "peacekeeper", "force", "battalion", "contingent", "unit":
			return "074"
		case "weapon", "arm", "arms", "jet", "warplane", "aircraft", "helicopter", "missile", "ammunition",
			"munition", "tank", "artillery", "equipment":
			return "072"
		}
	}
	return "070"
}

// purposeBeneficiary returns the actor group the purpose clause p helps: its direct object ("to
// help Bangladesh", "to assist the Lebanese army"), or an actor after "in", "of" or "for" closing a
// short object ("to assist development in Jamaica", "to help the people of Lebanon"); -1 when
// there is none.
func (v *sentenceView) purposeBeneficiary(p pred) int {
	end := min(p.compEnd, v.n())
	i := p.end
	for i < v.n() && (v.tags[i] == "DT" || v.tags[i] == "PRP$" || v.tags[i] == "JJ") && v.actorAt[i] < 0 {
		i++
	}
	if i < v.n() && v.actorAt[i] >= 0 {
		// the object, also when the clause analysis ends the complement before it because a bare
		// infinitive follows ("to help Mali fight the rebels")
		return v.actorAt[i]
	}
	// a short object, then "in|of|for" and the actor; the object may be that of "in" or "with"
	// naming the activity helped ("to assist in training for the Iraqi army")
	if i+1 < end && (v.words[i] == "in" || v.words[i] == "with") && v.actorAt[i+1] < 0 && v.tags[i+1] != "DT" {
		i++
	}
	for j := i; j < end && j < i+4; j++ {
		if v.actorAt[j] >= 0 || v.tags[j] == "," || v.tags[j] == "CC" || isVerbTag(v.tags[j]) {
			return -1
		}
		switch v.words[j] {
		case "in", "of", "for":
			k := j + 1
			for k < end && (v.tags[k] == "DT" || v.tags[k] == "JJ") && v.actorAt[k] < 0 {
				k++
			}
			if k < end && v.actorAt[k] >= 0 {
				return v.actorAt[k]
			}
			return -1
		}
	}
	return -1
}

// purposeAid returns the aid events of the purpose clauses of ps (see above) that the events evs
// already coded do not cover: a pair with an aid event already is left alone.
func (c *Coder) purposeAid(v *sentenceView, ps []pred, evs []codedEvent) []codedEvent {
	var out []codedEvent
	for _, p := range ps {
		if p.rel != relPurpose || p.gov < 0 || !aidPurposeVerb(v.lemmas[p.head]) {
			continue
		}
		g := ps[p.gov]
		if !handOverVerb(v.lemmas[g.head]) || g.passive || g.subj < 0 {
			continue
		}
		tgt := v.purposeBeneficiary(p)
		if tgt < 0 || tgt == g.subj {
			continue
		}
		code := v.aidKind(g.end, p.first)
		mod := c.modality(v, ps, p.gov)
		verb := v.span(g.head, max(p.end, g.head+1))
		for _, s := range v.groups[g.subj].members {
			for _, t := range v.groups[tgt].members {
				if s.code == t.code || s.thing || t.thing {
					continue
				}
				if slices.ContainsFunc(evs, func(o codedEvent) bool {
					return o.src.code == s.code && o.tgt.code == t.code && sameRoot(o.code, code)
				}) {
					continue
				}
				out = append(out, codedEvent{src: s, tgt: t, code: code, verb: verb, modality: mod, pattern: true, direct: true})
			}
		}
	}
	return out
}

// journeyToSeat drops the visit (042, and its 043) a verb of travel codes to a capital when the
// journey's purpose clause names talks with an organization that sits there: "a Zambian delegation
// would leave for Washington to complete negotiations with the IMF" goes to the IMF, not to the U.S.
// government. evs are the sentence's events so far.
func (c *Coder) journeyToSeat(v *sentenceView, ps []pred, codes []verbCode, evs []codedEvent) []codedEvent {
	for k, p := range ps {
		if !travelPurpose(v, ps, codes, k) {
			continue
		}
		toOrg := slices.ContainsFunc(evs, func(e codedEvent) bool {
			return e.verb.Start == v.span(p.head, p.head+1).Start && !e.tgt.country && !e.tgt.unnamed
		})
		if !toOrg {
			continue
		}
		g := v.span(ps[p.gov].head, ps[p.gov].head+1).Start
		evs = slices.DeleteFunc(evs, func(e codedEvent) bool {
			return e.verb.Start == g && (e.code == "042" || e.code == "043")
		})
	}
	return evs
}

// ledDelegation reports whether group gi, the object of predicate p, is the delegation p leads:
// "Zhang Gaoli led the Chinese delegation to the summit" leads China's delegation, he does not act
// on it.
func (v *sentenceView) ledDelegation(p pred, gi int) bool {
	switch v.lemmas[p.head] {
	case "lead", "head", "accompany", "join":
	default:
		return false
	}
	e := v.groups[gi].end
	return e > 0 && e <= v.n() && (v.lemmas[e-1] == "delegation" || nounLemma(v.words[e-1], nil) == "delegation")
}
