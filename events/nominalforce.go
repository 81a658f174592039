package events

import (
	"slices"
	"strings"

	"github.com/geopol/geopol/text"
)

// Acts of force and military cooperation said by a phrase, not a finite verb:
//   - an act of force (X's event of roots 15 and 18-20, "X conducted strikes") "coordinated with
//     Y": the cooperation is mutual (X with Y and Y with X, 062, with the act's modality), and the
//     party Y coordinated it with is no target of the act ("French jets conducted strikes
//     coordinated with the government of Mali against Z": the strikes hit Z, not Mali);
//   - a defense against an armed party ("X's defensive positions against Y fighters", "X's defenses
//     against Y forces"), which a noun codes as X's fight against Y (190): the defense answers Y's
//     fighting, so Y fights X too (190). Only when the party named is armed (fighters, forces,
//     troops, militants or a military, rebel or insurgent role): a country's defenses against
//     another country do not say it attacks; a defense strengthened, reinforced or bolstered
//     against an actor is a show of force toward it (150, lexicon.tsv), no fight on either side;
//   - the act of force named by the object of an infinitive "continue" with no subject of its own
//     ("the need to continue X operations against Y"): what goes on is under way, so X acts on Y.
//
// Left uncoded on purpose, after the events gold: "in support of Y's operations" across a relative
// clause. The objective named by a purpose clause of strikes with no target is objective.go's.

// forceEventBefore returns the index in evs of the last event of force (forceCode) whose verb
// starts before token i of the sentence, and after any ";" before i; -1 when there is none.
func (v *sentenceView) forceEventBefore(evs []codedEvent, i int) int {
	lim := 0
	for j := i - 1; j >= 0; j-- {
		if v.words[j] == ";" {
			lim = v.span(j, j+1).End
			break
		}
	}
	at := v.span(i, i+1).Start
	best := -1
	for q, e := range evs {
		if !forceCode(e.code) || e.verb.Start >= at || e.verb.Start < lim {
			continue
		}
		if best < 0 || e.verb.Start > evs[best].verb.Start {
			best = q
		}
	}
	return best
}

// actorAfter returns the group that starts at token j after at most three determiners,
// possessives or adjectives, or -1.
func (v *sentenceView) actorAfter(j int) int {
	for n := 0; j < v.n() && n < 3 && v.actorAt[j] < 0 && (v.tags[j] == "DT" || v.tags[j] == "PRP$" || v.tags[j] == "JJ"); n++ {
		j++
	}
	if j < v.n() && v.actorAt[j] >= 0 {
		return v.actorAt[j]
	}
	return -1
}

// hasPair reports whether evs has an event from s to t whose code shares root's two digits.
func hasPair(evs []codedEvent, s, t actor, root string) bool {
	return slices.ContainsFunc(evs, func(o codedEvent) bool {
		return o.src.code == s.code && o.tgt.code == t.code && strings.HasPrefix(o.code, root)
	})
}

// nominalForce adds to the sentence's events evs those of the phrases above, and drops the act of
// force aimed at the party it was coordinated with.
func (v *sentenceView) nominalForce(ps []pred, evs []codedEvent) []codedEvent {
	add := func(s, t actor, code, mod string, of codedEvent, at int) {
		if s.code == t.code || s.thing || hasPair(evs, s, t, code[:2]) {
			return
		}
		evs = append(evs, codedEvent{src: s, tgt: t, code: code, verb: v.span(at, at+1), modality: mod, pattern: true, direct: of.direct})
	}
	for i := 0; i+2 < v.n(); i++ {
		if v.words[i] == "coordinated" && v.words[i+1] == "with" {
			q := v.forceEventBefore(evs, i)
			j := i + 2
			// "coordinated with and in support of Y"
			for n := 0; j < v.n() && n < 4 && v.actorAt[j] < 0 && (v.words[j] == "and" || v.words[j] == "in" || v.lemmas[j] == "support" || v.words[j] == "of"); n++ {
				j++
			}
			g := v.actorAfter(j)
			if q < 0 || g < 0 || i < 2 || evs[q].verb.End < v.span(i-2, i-1).Start {
				continue // the participle follows the act's own phrase: "conducted 11 strikes coordinated with"
			}
			e := evs[q]
			mates := v.groups[g].members
			// the party the act was coordinated with is no target of it
			evs = slices.DeleteFunc(evs, func(o codedEvent) bool {
				return forceCode(o.code) && o.src.code == e.src.code && o.verb == e.verb && slices.ContainsFunc(mates, func(m actor) bool { return m.code == o.tgt.code })
			})
			for _, t := range mates {
				if t.place {
					continue
				}
				add(e.src, t, "062", e.modality, e, i)
				add(t, e.src, "062", e.modality, e, i)
			}
			// the act's own target, when it was taken for the partner: "against Z" after it
			if slices.ContainsFunc(mates, func(m actor) bool { return m.code == e.tgt.code }) {
				for j := v.groups[g].end; j+1 < v.n() && j < v.groups[g].end+12 && v.words[j] != ";" && !isFinite(v.tags[j]); j++ {
					if v.words[j] != "against" {
						continue
					}
					if z := v.actorAfter(j + 1); z >= 0 && z != g {
						for _, t := range v.groups[z].members {
							if !t.place && !slices.ContainsFunc(mates, func(m actor) bool { return m.code == t.code }) {
								add(e.src, t, e.code, e.modality, e, j)
							}
						}
					}
					break
				}
			}
		}
	}
	evs = v.continuedForce(ps, evs)
	evs = v.defenseAnswers(evs)
	return evs
}

// defenseAnswers adds the fight of the armed party a defense is against (see above): for an
// event X→Y of root 19 said by "defense", "defence", "defenses" or "defensive", Y→X 190.
func (v *sentenceView) defenseAnswers(evs []codedEvent) []codedEvent {
	n := len(evs)
	for q := 0; q < n; q++ {
		e := evs[q]
		if !strings.HasPrefix(e.code, "19") || !v.defenseWord(e.verb) || !v.armedParty(e.tgt) {
			continue
		}
		if e.tgt.thing || hasPair(evs, e.tgt, e.src, "19") {
			continue
		}
		evs = append(evs, codedEvent{src: e.tgt, tgt: e.src, code: "190", verb: e.verb, modality: e.modality, pattern: true, direct: e.direct})
	}
	return evs
}

// defenseWord reports whether the tokens of span sp hold a noun or adjective of defense.
func (v *sentenceView) defenseWord(sp text.Span) bool {
	for i := 0; i < v.n(); i++ {
		t := v.span(i, i+1)
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		switch v.words[i] {
		case "defense", "defence", "defenses", "defences", "defensive":
			return true
		}
	}
	return false
}

// armedParty reports whether actor a is an armed party: a military, rebel or insurgent role, or a
// name followed by a noun of fighters ("ISIL fighters", "Russian forces").
func (v *sentenceView) armedParty(a actor) bool {
	for _, r := range []string{"MIL", "REB", "INS", "UAF", "SEP"} {
		if strings.HasSuffix(a.code, r) {
			return true
		}
	}
	for i := max(a.first, 0); i <= a.end && i < v.n(); i++ {
		switch v.lemmas[i] {
		case "fighter", "force", "troop", "militant", "insurgent", "rebel", "militia", "army", "soldier":
			return true
		}
	}
	return false
}

// continuedForce codes the act of force named by the object of an infinitive "continue" with no
// subject of its own ("the need to continue X operations against Y", "called to continue X's
// strikes against Y"): what goes on is under way, so X acts on Y (190; 195 for strikes from the
// air). The actor X is the noun's modifier or possessor, Y the object of "against".
func (v *sentenceView) continuedForce(ps []pred, evs []codedEvent) []codedEvent {
	for _, p := range ps {
		if v.lemmas[p.head] != "continue" || p.subj >= 0 && p.rel != relXcomp && p.rel != relPurpose {
			continue
		}
		j := p.end
		for n := 0; j < v.n() && n < 2 && (v.tags[j] == "DT" || v.tags[j] == "JJ") && v.actorAt[j] < 0; n++ {
			j++
		}
		if j >= v.n() || v.actorAt[j] < 0 {
			continue
		}
		x := v.actorAt[j]
		i := v.groups[x].end
		if i < v.n() && v.tags[i] == "POS" {
			i++
		}
		for n := 0; i < v.n() && n < 2 && v.tags[i] == "JJ"; n++ {
			i++
		}
		if i+1 >= v.n() || v.words[i+1] != "against" {
			continue
		}
		code := ""
		switch v.lemmas[i] {
		case "operation", "campaign", "offensive", "attack", "fight", "war", "struggle", "assault":
			code = "190"
		case "strike", "airstrike", "bombing", "bombardment", "raid":
			code = "195"
		default:
			continue
		}
		y := v.actorAfter(i + 2)
		if y < 0 || y == x {
			continue
		}
		for _, s := range v.groups[x].members {
			for _, t := range v.groups[y].members {
				if s.code == t.code || s.thing || t.place || hasPair(evs, s, t, "19") {
					continue
				}
				evs = append(evs, codedEvent{src: s, tgt: t, code: code, verb: v.span(i, i+2), modality: Asserted, pattern: true, direct: true})
			}
		}
	}
	return evs
}
