package events

import "strings"

// Corrections of the nominal events (nominal.go) after a hand check on the UN corpus: the noun's
// modifiers that change its code, conditions, own roles as targets and the topic of a noun of
// saying across a relative clause.

// nominalConditional reports whether the noun of an act at i is the object of a preposition of
// condition or of something not yet done: "peace is impossible without the complete withdrawal of
// X from Y", "until the withdrawal of X", "pending the release of X by Y". The act has not
// occurred: hypothetical.
func (v *sentenceView) nominalConditional(i int) bool {
	j := i - 1
	for k := 0; k < 4 && j >= 0 && (v.tags[j] == "DT" || v.tags[j] == "JJ" || v.tags[j] == "RB" || v.tags[j] == "PRP$"); k++ {
		j--
	}
	if j < 0 {
		return false
	}
	switch v.words[j] {
	case "without", "until", "pending", "unless", "absent":
		return true
	}
	return false
}

// nounModifiers calls f with the lower-cased words of the modifiers of the noun at i: the
// adjectives and nouns before it, across coordination ("the economic, trade and financial
// blockade"), at most eight tokens back, stopping at a determiner, an actor or a preposition.
func (v *sentenceView) nounModifiers(i int, f func(w string) bool) bool {
	for j, k := i-1, 0; j >= 0 && k < 8; j, k = j-1, k+1 {
		t := v.tags[j]
		if v.actorAt[j] >= 0 || !(t == "JJ" || isNounTag(t) || t == "CC" || t == "," || t == "HYPH" || v.words[j] == ",") {
			return false
		}
		if f(strings.ToLower(v.words[j])) {
			return true
		}
	}
	return false
}

// refineNounCodes corrects the codes of the events nes of the noun of an act at i by the guidelines
// (EVENTS_GUIDELINES.md section 3, "Coerce (17) vs assault (18) vs fight (19)", and R-7):
//   - a blockade (191, by armed forces) that is economic, trade, financial or commercial is a
//     trade measure, 163 ("the economic, trade and financial blockade imposed by X against Y");
//   - a bombardment or strike (190, 194) from the air is an air strike, 195 ("the aerial
//     bombardment of X by Y", "the bombardment by air");
//   - an attack (190) that is terrorist, or whose target is civilians, is unconventional violence,
//     180 ("the terrorist attack by X against Y", "the attack by X against Y's civilians").
//
// A conditional noun ("impossible without the withdrawal of X") makes the events hypothetical.
func (v *sentenceView) refineNounCodes(i int, nes []codedEvent) []codedEvent {
	if len(nes) == 0 {
		return nes
	}
	has := func(words ...string) bool {
		return v.nounModifiers(i, func(w string) bool {
			for _, x := range words {
				if w == x {
					return true
				}
			}
			return false
		})
	}
	byAir := false // "the bombardment of X by Y from the air", "bombardment by air"
	for j := i + 1; j+1 < v.n() && j < i+10 && v.words[j] != "," && v.tags[j] != "CC"; j++ {
		if (v.words[j] == "by" || v.words[j] == "from") && (v.words[j+1] == "air" || j+2 < v.n() && v.words[j+1] == "the" && v.words[j+2] == "air") {
			byAir = true
		}
	}
	cond := v.nominalConditional(i)
	for q := range nes {
		e := &nes[q]
		switch e.code {
		case "191":
			if has("economic", "trade", "financial", "commercial") {
				e.code = "163"
			}
		case "190", "194":
			switch {
			case has("air", "aerial") || byAir:
				e.code = "195"
			case e.code == "190" && (has("terror", "terrorist") || len(e.tgt.code) == 6 && e.tgt.code[3:] == "CVL"):
				e.code = "180"
			}
		}
		if cond && (e.modality == Asserted || e.modality == Reported) {
			e.modality = Hypothetical
		}
	}
	return nes
}

// ownRoleTarget reports whether target code t is a role of source code s's own country, s being
// the country itself, in an act of code c that is no interaction between them: its military or
// government (the instrument: "Rwanda's deployment of troops") for every code; any other own role
// ("the evacuation of Americans by the United States") unless c is coercion or violence (roots
// 17-20: "Syria's repression of Syrian civilians" stays).
func ownRoleTarget(s, t, c string) bool {
	if len(s) != 3 || len(t) != 6 || t[:3] != s {
		return false
	}
	if t[3:] == "MIL" || t[3:] == "GOV" {
		return true
	}
	return !(len(c) >= 2 && (c[0] == '1' && c[1] >= '7' || c[0] == '2'))
}

// relativeClauseStart returns the token before the relative pronoun of a relative clause that
// ends at the comma at j ("coercive measures that violate the principles of the Charter, such as
// ..."): the clause's head noun; -1 when no "that", "which" or "who" after a noun is found within
// 20 tokens without another comma.
func (v *sentenceView) relativeClauseStart(j int) int {
	for h, k := j-1, 0; h > 0 && k < 20; h, k = h-1, k+1 {
		w := v.words[h]
		if w == "," || w == ";" {
			return -1
		}
		if (w == "that" || w == "which" || w == "who") && isNounTag(v.tags[h-1]) {
			return h - 1
		}
	}
	return -1
}

// demonymGroup reports whether an actor group is made of demonyms ("African"): before a comma or
// a conjunction, the first of a list of modifiers ("African, Caribbean and Pacific countries").
func demonymGroup(ms []actor) bool {
	for _, m := range ms {
		if !m.demonym {
			return false
		}
	}
	return len(ms) > 0
}

// uncodedDemonym reports whether a is a demonym with no actor code, only its name ("Africans"):
// no end of a nominal event.
func uncodedDemonym(a actor) bool {
	return a.demonym && strings.ToUpper(a.code) != a.code
}
