package events

import (
	"slices"
	"strings"
)

// Lists of many parties in the forms real text writes them (EVENTS_GUIDELINES R-13: a reciprocal
// act of many named parties gives every ordered pair). A list is joined by "and" or by commas that
// end with "and"; these helpers let two more forms join it: "as well as" in place of "and"
// ("Russia and China, as well as Iran, signed"), and a title that opens the next member after a
// comma ("President Putin, Chancellor Merkel and President Macron held talks"), as a title after
// "and" already does.

// listLink returns the number of tokens of "as well as" starting at token k, between the actors
// ending before k and starting at next, or 0. The words must stand alone between the two members
// (over a comma and determiners only), so that "as well as" opening a clause of its own ("X
// signed, as well as agreeing to ...") is not read as a join: the next member follows within two
// tokens.
func listLink(v *sentenceView, k, next int) int {
	if k+2 >= next || v.words[k] != "as" || v.words[k+1] != "well" || v.words[k+2] != "as" {
		return 0
	}
	for j := k + 3; j < next; j++ {
		if v.tags[j] != "DT" && v.tags[j] != "JJ" {
			return 0
		}
	}
	return 3
}

// titleRun reports whether tokens k..next-1 are a title of at most three words right before the
// actor that starts at next, after a comma of a list: "Chancellor", "Prime Minister", "Foreign
// Minister", "Vice President". The last word is a title word (titleWord); those before it are
// title words or the modifiers of one.
func titleRun(v *sentenceView, k, next int) bool {
	if next-k > 3 || next <= k || !titleWord(v.words[next-1]) {
		return false
	}
	for j := k; j < next-1; j++ {
		if !titleWord(v.words[j]) && !titleModifier[v.words[j]] {
			return false
		}
	}
	return true
}

// titleModifier holds the words that go before a title word in a title.
var titleModifier = map[string]bool{
	"prime": true, "vice": true, "deputy": true, "foreign": true, "defence": true, "defense": true,
	"finance": true, "state": true, "acting": true, "interim": true, "first": true, "supreme": true,
}

// namedParties reports whether the list after "among" (the noun pattern of a joint act ending at
// token end: "talks among Russia, Turkey and Iran") names two parties or more, each of them a
// name (no agent noun such as "the Governments", no demonym such as "African and Arab groups"), no
// two of them the same country ("the United States and the U.S. Government"). A joint act "among"
// others is written of generic parties far more often than of named ones ("cooperation among
// States"); only the named ones are coded.
func (v *sentenceView) namedParties(end int) bool {
	for _, g := range v.groups {
		if g.first < end {
			continue
		}
		if g.first > end+3 || len(g.members) < 2 {
			return false
		}
		seen := map[string]bool{}
		for _, m := range g.members {
			if m.unnamed || m.demonym || m.thing {
				return false
			}
			c := m.code
			if m.country && len(c) >= 3 {
				c = c[:3]
			}
			if seen[c] {
				return false
			}
			seen[c] = true
		}
		return true
	}
	return false
}

// ofListEvent codes a meeting named by a noun with the list of its parties after "of": "a summit
// of Russia, Turkey and Iran", "the trilateral meeting of Japan, South Korea and China", "talks
// of the foreign ministers of Egypt, Sudan and Ethiopia": every party toward every other, with the
// code of the noun's symmetric "between" entry when that code is one of consultation (04). The
// list follows "of" over determiners and adjectives and names two parties or more (namedParties):
// "the summit of the African Union" or "a meeting of the Security Council" names the body that
// meets, not parties meeting each other; a plural noun other than "talks", "negotiations" and
// "consultations" names one meeting of each ("the summits of NATO and the OIC"). It returns nil
// when the noun at i is not such a case.
func (v *sentenceView) ofListEvent(ps []pred, i int, es []compiledEntry) []codedEvent {
	if i+2 >= v.n() || v.words[i+1] != "of" {
		return nil
	}
	if l := v.lemmas[i]; v.words[i] != l && l != "talk" && l != "negotiation" && l != "consultation" {
		return nil // "the summits of NATO and the OIC", "the first meetings of the General Assembly and the Council": one each
	}
	code := ""
	for _, e := range es {
		if e.flags&symmetric != 0 && len(e.slots) > 1 && slices.Contains(e.slots[1], "between") && strings.HasPrefix(e.code, "04") {
			code = e.code
			break
		}
	}
	if code == "" {
		return nil
	}
	j := i + 2
	for j < v.n() && j <= i+4 && v.actorAt[j] < 0 && (v.tags[j] == "DT" || v.tags[j] == "JJ") {
		j++
	}
	if j >= v.n() || v.actorAt[j] < 0 || v.groups[v.actorAt[j]].first != j || !v.namedParties(j) {
		return nil
	}
	g := v.groups[v.actorAt[j]]
	if len(g.members) == 2 && g.members[0].code == "G77" && g.members[1].code == "CHN" {
		return nil // "the Group of 77 and China" is the name of one group
	}
	verb := v.span(i, g.end)
	var evs []codedEvent
	for a, s := range g.members {
		for b, t := range g.members {
			if a != b && s.code != t.code {
				evs = append(evs, codedEvent{src: s, tgt: t, code: code, verb: verb, modality: Asserted, pattern: true, direct: true})
			}
		}
	}
	evs = v.nominalModality(evs, g.end)
	if v.reportedAt(ps, i) {
		for q := range evs {
			if evs[q].modality == Asserted {
				evs[q].modality = Reported
			}
		}
	}
	return evs
}

// joinedInJointAct returns the index of the predicate of a joint act that predicate p, "join" with
// the actor group tgt as its object, names as its purpose: "Egypt joined Sudan and Ethiopia in
// signing the declaration", "Kenya joined Uganda and Tanzania to sign the treaty". Those who join
// others in a joint act (a symmetric pattern of the lexicon: signing, meeting, negotiating) do it
// together: every party toward every other, with the joint act's code (EVENTS_GUIDELINES R-13);
// -1 when p is no such case ("joined Uganda in condemning the attack" is Kenya's act toward Uganda,
// as before). The purpose opens right after the object (over the closing dash or comma of an
// apposition) with "in" and a gerund or "to" and a bare verb. Only a joint act of cooperation
// (cooperativeJointCode) is shared: "Kenya joined Uganda in fighting Al-Shabaab" is no fight
// between Kenya and Uganda.
func (v *sentenceView) joinedInJointAct(ps []pred, codes []verbCode, p pred, tgt int) int {
	if v.lemmas[p.head] != "join" || tgt < 0 || p.passive {
		return -1
	}
	g := v.groups[tgt]
	if g.first <= p.head || placeGroup(g) {
		return -1
	}
	j := g.end
	for j < v.n() && (v.words[j] == apposDash || v.words[j] == ",") {
		j++
	}
	if j+1 >= v.n() || !(v.words[j] == "in" && v.tags[j+1] == "VBG" || v.words[j] == "to" && v.tags[j+1] == "VB") {
		return -1
	}
	for q := range ps {
		if ps[q].head == j+1 {
			if codes[q].ok && codes[q].flags&symmetric != 0 && !speechActCode(codes[q].code.fwd) && cooperativeJointCode(codes[q].code.fwd) {
				return q
			}
			return -1
		}
	}
	return -1
}

// commaSignedBy codes the agreements that a participle set off by a comma says a list of parties
// signed: "The Tehran Declaration, signed by Brazil, Turkey and Iran, removed obstacles", "the
// Declaration of Principles, signed by Ethiopia, Egypt and the Sudan in March 2015": every party
// toward every other, 057 (EVENTS_GUIDELINES R-13), as "the accord signed by X and Y" without the
// comma is (reducedacts.go). The participle is "signed", "concluded" or "reached" right after the
// comma and right before "by" and a list of two named parties or more (namedParties); the noun
// before the comma, or before an "of" phrase that ends there, names an agreement (documentNoun):
// "the attack, condemned by X and Y" and "the prize, signed by X and Y" are none.
func (v *sentenceView) commaSignedBy(ps []pred) []codedEvent {
	var evs []codedEvent
	for h := 2; h+2 < v.n(); h++ {
		if v.words[h-1] != "," || v.words[h+1] != "by" || v.tags[h] != "VBN" {
			continue
		}
		switch v.lemmas[h] {
		case "sign", "conclude", "reach":
		default:
			continue
		}
		doc := false
		for j := h - 2; j >= 0 && j >= h-6; j-- {
			if documentNoun[v.words[j]] {
				doc = j == h-2 || slices.Contains(v.words[j+1:h-1], "of")
				break
			}
			if v.words[j] == "," || isVerbTag(v.tags[j]) || v.actorAt[j] >= 0 && j != h-2 {
				break
			}
		}
		if !doc || !v.namedParties(h+2) {
			continue
		}
		j := h + 2
		for v.actorAt[j] < 0 {
			j++ // namedParties found the list within three tokens
		}
		g := v.groups[v.actorAt[j]]
		mod := Asserted
		if v.reportedAt(ps, h) {
			mod = Reported
		}
		for a, s := range g.members {
			for b, t := range g.members {
				if a != b && s.code != t.code {
					evs = append(evs, codedEvent{src: s, tgt: t, code: "057", verb: v.span(h, h+1), modality: mod, pattern: true, direct: true})
				}
			}
		}
	}
	return evs
}

// documentNoun holds the nouns (lower case, singular and plural) that name an agreement signed
// by its parties.
var documentNoun = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "treaties": true,
	"pact": true, "pacts": true, "declaration": true, "declarations": true, "memorandum": true,
	"protocol": true, "protocols": true, "deal": true, "convention": true, "charter": true,
	"communique": true, "communiqué": true, "statement": true, "document": true,
}

// floatingQuantifier reports whether token i is "all", "both" or "each" floated after a subject
// and before its verb: "France, Britain and Jordan all signed the treaty", "X and Y both have
// agreed", "X, Y and Z have each signed". It comes right after a proper noun (the end of a subject
// that names its parties; "our soldiers and traders all paid" is left as it was) or right after an
// auxiliary that follows one, and right before a verb in the past or present tense or a past
// participle; it stands for the members of the subject, each of whom acts, and reads as an adverb
// so that the subject keeps its verb.
func (v *sentenceView) floatingQuantifier(i int) bool {
	switch v.words[i] {
	case "all", "both", "each":
	default:
		return false
	}
	if i < 1 || i+1 >= v.n() {
		return false
	}
	switch v.tags[i+1] {
	case "VBD", "VBN", "VBP", "VBZ":
	default:
		return false
	}
	j := i - 1
	if auxLemma(v.lemmas[j]) && j > 0 {
		j--
	}
	return v.tags[j] == "NNP" || v.tags[j] == "NNPS"
}

// cooperativeJointCode reports whether code is one that parties who join each other in it share
// as a pair: consultation (04), diplomatic cooperation and agreement (05) or material cooperation
// (06). A fight, a threat or a demand that several parties make together is aimed at a third one.
func cooperativeJointCode(code string) bool {
	return strings.HasPrefix(code, "04") || strings.HasPrefix(code, "05") || strings.HasPrefix(code, "06")
}
