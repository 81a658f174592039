package events

import (
	"slices"
	"strings"
)

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

// reducedArgument reports whether group tgt may be the target of the act of a reduced participle
// p coded with its noun as the object (reducedObjects), whose agent is group src; sym tells a joint
// act. A target after the participle is the object of a preposition of the participle's own
// phrase ("the resolution adopted by Chad against Niger", "a contract signed last year with
// Nigeria", "abuses committed by the armed forces and their allies during sweeps against the
// rebels"), or of an "of" after a noun of such a preposition ("the request submitted by X for
// membership of Y"), or, for a joint act, another agent of a list ("the declaration signed by the
// President of X, the President of Y and ..."). It is not the object of another noun ("launched by
// X during its membership of the Security Council"), nor after a comma, a dash, a parenthesis,
// another noun phrase joined by "and" or another verb ("launched by X, a project open to all Asian
// States", "launched by X covering ...", "by X and a mandate from IGAD"). It is never the agent's
// own state, government or organization ("launched by Vladimir Putin, President of the Russian
// Federation"; "launched by Secretary-General Guterres" toward the UN), nor a word of the agent's
// own name spelled out before its acronym ("the Islamic State in Iraq and the Sham (ISIS)").
func (v *sentenceView) reducedArgument(p pred, src, tgt int, sym bool) bool {
	s, g := v.groups[src], v.groups[tgt]
	for _, a := range s.members {
		for _, b := range g.members {
			if a.home != "" && (b.code == a.home || b.code == a.home+"GOV") {
				return false
			}
		}
	}
	if g.first < p.end {
		return true // a party before the participle: the clause's subject of a joint act
	}
	st := v.npStart(g.first)
	switch prep := v.prepBefore(tgt); prep {
	case "":
		if st > 0 && (v.words[st-1] == "regarding" || v.words[st-1] == "concerning") {
			break // a preposition tagged as a verb
		}
		if !sym || st <= s.end || st-s.end > 2 {
			return false
		}
		for i := s.end; i < st; i++ {
			if w := v.words[i]; w != "," && w != "and" {
				return false
			}
		}
		return true // "signed by X, Y and Z": a party to the joint act
	case "by":
		return false
	case "of":
		// the "of" of a noun that is itself the object of a preposition of the phrase
		n := st - 2
		if n <= p.end || v.actorAt[n] >= 0 || !isNounTag(v.tags[n]) {
			return false
		}
		ns := v.npStart(n)
		if ns < 1 || prepRank(v.words[ns-1]) != 1 || ns >= 2 && (v.words[ns-2] == "together" || v.words[ns-2] == "along") {
			return false
		}
		st = ns
	}
	for i := p.end; i < st-1; i++ {
		if i >= s.first && i < s.end {
			continue
		}
		t := v.tags[i]
		if t == "CC" && i+1 < v.n() && (v.tags[i+1] == "DT" || v.tags[i+1] == "PDT") {
			return false // "and a mandate from IGAD"
		}
		if t == "," || t == ":" || t == "(" || t == "-LRB-" || strings.HasPrefix(t, "VB") ||
			v.words[i] == "—" || v.words[i] == "–" || v.words[i] == "(" {
			return false
		}
	}
	return !v.insideAcronymName(s, g)
}

// insideAcronymName reports whether group g lies inside a name that begins at group s and is
// followed by its acronym in parentheses, the initials of the name's capitalized words: "the
// Islamic State in Iraq and the Sham (ISIS)".
func (v *sentenceView) insideAcronymName(s, g group) bool {
	if g.first < s.end {
		return false
	}
	for i := g.end; i+2 < v.n() && i <= g.end+5; i++ {
		if v.words[i] != "(" {
			continue
		}
		acr, ini := v.words[i+1], ""
		if v.words[i+2] != ")" || len(acr) < 2 || !v.capitalized(i+1) {
			return false
		}
		for j := s.first; j < i; j++ {
			if v.capitalized(j) && v.words[j] != "the" {
				ini += v.words[j][:1]
			}
		}
		return ini == acr
	}
	return false
}
