package events

import "slices"

// The object of a reduced relative. A participle after a noun ("the accord signed by Egypt and
// Israel", "a package agreed with the IMF", "a cooperation contract signed last year with X") is
// a passive whose patient is the noun before it: the verb's patterns that name their object ("sign
// * accord", "reach * agreement") are looked up with that noun in the object's place. The agent
// after "by" is the source; a joint act (a symmetric pattern: agreements, contracts) with no agent
// is the act of the subject of the clause the noun stands in ("Tanzania has started reforms under
// a package agreed with the IMF"), with the actor after the participle ("with the IMF") as the
// other party. A noun that is an actor is the patient as before ("civilians killed by troops"),
// and the noun of an act is coded as one, with its frame and topics (nominal.go: "the embargo
// imposed by X on Y").

// reducedObjects replaces, in codes, the code of every reduced participle whose noun is no actor
// and whose own pattern names nothing after the verb, by the code of its pattern with the noun as
// the object, and reports those predicates in the returned slice (nil when there is none).
func (c *Coder) reducedObjects(v *sentenceView, ps []pred, codes []verbCode) []bool {
	var out []bool
	for k, p := range ps {
		if p.rel != relReduced || p.subj >= 0 || p.head < 1 || p.end >= v.n() || codes[k].ok && codes[k].words > 0 {
			continue
		}
		o := p.head - 1
		if v.actorAt[o] >= 0 || !isNounTag(v.tags[o]) || v.tags[o] == "NNP" || v.tags[o] == "NNPS" {
			continue
		}
		if _, ok := c.nouns[v.lemmas[o]]; ok {
			continue // the noun of an act ("the embargo imposed by X on Y"): coded as a noun (nominal.go)
		}
		// the noun takes the place of the token after the participle for the look-up
		j := p.end
		savedL, savedW := v.lemmas[j], v.words[j]
		v.lemmas[j], v.words[j] = v.lemmas[o], v.words[o]
		v.substituted, v.substLemma = true, savedL
		nc := c.codeOfVerb(v, p, max(p.compEnd, j+1))
		v.lemmas[j], v.words[j] = savedL, savedW
		v.substituted, v.substLemma = false, ""
		if !nc.ok || nc.words == 0 || nc.end != j+1 || nc.code.fwd == "010" || nc.flags&speech != 0 || nc.target >= 0 || nc.source >= 0 {
			continue // only a pattern that ends with the noun: "sign * accord", not "sign * accord with +"
		}
		nc.end = p.end // the span is the participle's: the noun is before it
		if out == nil {
			out = make([]bool, len(ps))
		}
		codes[k], out[k] = nc, true
	}
	return out
}

// dropReducedBesideNoun drops the act of a reduced participle coded with its noun as its object
// when a noun of its own phrase names an act of the same pair, either way ("the settlement plan
// drawn up by the UN in partnership with the OAU": the partnership, 050, is the event named; the
// drawing up of the plan with the partner adds a second event for the same pair).
func dropReducedBesideNoun(evs, nevs []codedEvent) []codedEvent {
	out := evs[:0]
	for _, e := range evs {
		if e.phrase.End > e.phrase.Start && slices.ContainsFunc(nevs, func(o codedEvent) bool {
			return o.verb.Start >= e.phrase.Start && o.verb.End <= e.phrase.End &&
				(o.src.code == e.src.code && o.tgt.code == e.tgt.code || o.src.code == e.tgt.code && o.tgt.code == e.src.code)
		}) {
			continue
		}
		out = append(out, e)
	}
	return out
}
