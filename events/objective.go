package events

import "slices"

// The target of an act of force taken from its stated objective (EVENTS_GUIDELINES.md R-10):
// "when a sentence gives no other target for a strike, the target may be taken from the strike's
// stated objective". An act of force said by a verb (X's event of roots 15 and 18-20: "X conducted
// 300 strikes", "X carried out raids") that gives it no target, followed by an infinitive of
// purpose that names the defeat, destruction or elimination of Y ("... to enable the isolation of
// Z and defeat of Y", "... to defeat Y", "... to help destroy Y"), is X's act on Y, with the act's
// code and modality. The infinitive must follow the act in the same clause: the search stops at a
// finite verb, a relative pronoun, a ";" or the sentence's end, and the objective's phrase at a
// comma or a finite verb. Neither a place nor the actor itself is a target.

// objectiveTargets adds to evs the events of the acts of force above.
func (c *Coder) objectiveTargets(v *sentenceView, ps []pred, codes []verbCode, evs []codedEvent) []codedEvent {
	for k, p := range ps {
		vc := codes[k]
		if !vc.ok || !forceCode(vc.code.fwd) || p.passive || p.subj < 0 || p.rel == relPurpose || p.rel == relModifier {
			continue
		}
		at := v.span(p.head, p.head+1).Start
		if slices.ContainsFunc(evs, func(e codedEvent) bool { return e.verb.Start == at }) {
			continue // the act has its target
		}
		tgt := v.objectiveOf(max(vc.end, p.end, p.head+1))
		if tgt < 0 || tgt == p.subj {
			continue
		}
		mod := c.modality(v, ps, k)
		for _, s := range v.groups[p.subj].members {
			for _, t := range v.groups[tgt].members {
				if s.code == t.code || s.thing || t.place || hasPair(evs, s, t, vc.code.fwd[:2]) {
					continue
				}
				evs = append(evs, codedEvent{src: s, tgt: t, code: vc.code.fwd, verb: v.span(p.head, max(vc.end, p.head+1)), modality: mod, pattern: true})
			}
		}
	}
	return evs
}

// objectiveOf returns the group an infinitive of purpose at or after token j names as the enemy to
// defeat: "to (enable|help|ensure|allow) the ... defeat of Y", "to defeat Y", "to destroy Y"; -1
// when there is none before a finite verb, a relative pronoun, a ";" or the sentence's end.
func (v *sentenceView) objectiveOf(j int) int {
	to := -1
	for ; j < v.n(); j++ {
		w := v.words[j]
		if w == ";" || w == "." || isFinite(v.tags[j]) || w == "which" || w == "who" || w == "that" {
			return -1
		}
		if w == "to" && j+1 < v.n() && v.tags[j+1] == "VB" {
			to = j
			break
		}
	}
	if to < 0 {
		return -1
	}
	end := v.n()
	for j := to + 1; j < v.n(); j++ {
		if v.words[j] == ";" || v.words[j] == "." || j > to+1 && (v.words[j] == "," || isFinite(v.tags[j])) {
			end = j
			break
		}
	}
	for j := to + 1; j < end; j++ {
		switch v.lemmas[j] {
		case "defeat", "destroy", "destruction", "eliminate", "elimination", "annihilate", "annihilation", "rout":
		default:
			continue
		}
		if v.tags[j] == "VB" && j <= to+2 {
			if g := v.actorAfter(j + 1); g >= 0 {
				return g
			}
		}
		if isNounTag(v.tags[j]) && j+1 < end && v.words[j+1] == "of" {
			if g := v.actorAfter(j + 2); g >= 0 {
				return g
			}
		}
	}
	return -1
}
