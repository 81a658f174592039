package events

import (
	"slices"
	"strings"
)

// Nominal events: acts named by a noun ("Chile's condemnation of Bolivia", "the expulsion of
// Nigerian diplomats by Ghana", "the attack by Sudan on Chad", "aid from Japan to Kenya").
//
// The lexicon's noun patterns (lexicon.tsv, flag noun) name a few acts with the preposition of
// their target ("attack on|against"); nounEvents codes them with the possessor or the nearest
// actor before the noun as the source. This file adds, in sentences with two actor groups:
//   - the nouns of acts derived from the verbs of the dictionaries: the nominalizations of
//     [actNouns] and those the regular English suffixes form from a verb that has a code of its
//     own ("condemn" -> "condemnation", "withdraw" -> "withdrawal", "seize" -> "seizure",
//     "punish" -> "punishment", "bombard" -> "bombardment"), coded with the verb's own code (the
//     lexicon's bare pattern, else the verb dictionary's entry), except statements and appeals
//     (01, 02) and the nominalizations of nominalNoStem;
//   - their argument frames (nominalFrame), used too for a lexicon noun whose own pattern does not
//     match, with the code of its entry for the frame's preposition: the source is the agent after
//     "by" ("sanctions imposed by X on Y", "the attack by X on Y"), the possessor ("Peru's") or an
//     actor compound modifier ("Russian strikes"), or the "of" actor when "against", "on" or
//     "with" names the target ("the attack of X against Y") or, for consultation, cooperation, aid
//     and yielding (roots 04-08), "to" or "from" does ("the visit of X to Y", "the withdrawal of
//     X from Y"); "from X to Y" ("aid from Japan to Kenya"); the target is the "of" object ("the
//     invasion of Kuwait") or the actor after on, against, to, into, toward, with or from, for
//     roots 04-08 also after a theme that "of" names ("the sale of wheat to Egypt", themeEnd); an
//     actor that modifies another noun ("into the Iran arms scandal") is no end, nor a country's
//     own forces or government as the target of its own act ("Rwanda's deployment of troops"),
//     nor (nominalfix.go) another own role outside coercion and violence, nor an adjective in a
//     list of modifiers ("with African, Caribbean and Pacific countries");
//   - codes and modality corrected by the noun's modifiers and condition (refineNounCodes in
//     nominalfix.go): economic blockades 163, air bombardments 195, terrorist attacks and attacks
//     on civilians 180, an act after "without", "until", "pending", "unless" hypothetical;
//   - modality: a noun event whose phrase is the subject of "would", "could", "might" or "may" is
//     hypothetical ("A Chinese blockade of Taiwan would cost billions", EVENTS_GUIDELINES.md
//     section 3 rule 4 and section 5), for the lexicon's nouns too (nominalModality); a noun
//     event in a reported clause is reported, as before;
//   - topics (nominalTopic): a framed noun event that another noun of saying, demanding or
//     concern is about is not coded ("its call for the lifting of the embargo imposed by X on Y",
//     "its condemnation of the attacks by X on Y", "concerned about the threats of X against Y"),
//     as after a verb of saying (section 3 rule 4); nounEvents already drops the noun events in
//     the complement of a speech act verb.

// nominalCodes maps a derived noun of an act to its verb's code (see [Coder.nouns]).
type nominalCodes map[string]string

// nominalNoStem lists nominalizations whose everyday sense is not the act of their verb ("the
// government of Japan", "the settlement of the dispute" is no "settle" on a country, "the
// movement of"), or whose "of" object is never the patient of a coded act.
var nominalNoStem = map[string]bool{
	"government": true, "settlement": true, "movement": true, "development": true, "establishment": true,
	"statement": true, "station": true, "nation": true, "relation": true, "position": true, "action": true,
	"administration": true, "representation": true, "organization": true, "organisation": true,
	"institution": true, "constitution": true, "operation": true, "election": true, "direction": true,
	"production": true, "treatment": true, "management": true, "information": true, "commitment": true,
	"engagement": true, "agreement": true, "arrangement": true, "department": true, "appointment": true,
	"attachment": true, "environment": true, "equipment": true, "requirement": true, "accession": true,
	"question": true, "protection": true, "provision": true, "supply": true, "assistance": true,
	"participation": true, "cooperation": true, "collaboration": true, "integration": true,
	"aggression": true, "resolution": true, "solution": true, "decision": true, "mission": true,
	"commission": true, "session": true, "situation": true, "population": true, "conclusion": true,
	"communication": true, "application": true, "implementation": true, "consideration": true,
	"signal": true, "canal": true, "expectation": true, "determination": true, "expression": true,
	"conviction": true, "implication": true, "probation": true, "return": true, "release": true,
	// usually a payment, a firing or a policy, not the verb's act on a country (review of integ c951930)
	"compensation": true, "dismissal": true, "prevention": true,
}

// buildNominals derives the nouns of acts from the verbs of the dictionaries (see the file
// comment); verbCode returns a verb's own code, "" when it has none.
func buildNominals(verbs []string, verbCode func(string) string) nominalCodes {
	m := nominalCodes{}
	add := func(noun, code string) {
		if _, ok := m[noun]; !ok && !nominalNoStem[noun] && len(noun) >= 5 {
			m[noun] = code
		}
	}
	for noun, verb := range actNouns {
		if c := verbCode(verb); nominalCode(c) {
			add(noun, c)
		}
	}
	for _, l := range verbs {
		if len(l) < 4 || strings.ContainsAny(l, " _-") {
			continue
		}
		if c := verbCode(l); nominalCode(c) {
			for _, n := range nominalizations(l) {
				add(n, c)
			}
		}
	}
	return m
}

// nominalCode reports whether c, a verb's own code, may be coded for the noun of its act: not a
// plain statement (01) nor an appeal (02), whose nouns name what is said more often than a saying.
func nominalCode(c string) bool {
	return len(c) >= 3 && c[:2] != "01" && c[:2] != "02"
}

// nominalizations returns the regular nouns of act of verb l: -ate -> -ation, -ize -> -ization,
// -y -> -ial/-ation, -de -> -sion, -e -> -ure/-al/-ation, and -ion, -ation, -ment, -al after a
// final consonant.
func nominalizations(l string) []string {
	n := len(l)
	last := l[n-1]
	switch {
	case strings.HasSuffix(l, "ate"):
		return []string{l[:n-1] + "ion"}
	case strings.HasSuffix(l, "ize") || strings.HasSuffix(l, "ise"):
		return []string{l[:n-1] + "ation"}
	case last == 'y' && !strings.ContainsRune("aeiou", rune(l[n-2])):
		return []string{l[:n-1] + "ial", l[:n-1] + "ation"}
	case strings.HasSuffix(l, "de"):
		return []string{l[:n-2] + "sion"}
	case last == 'e':
		return []string{l[:n-1] + "ure", l[:n-1] + "al", l[:n-1] + "ation", l + "ment"}
	case strings.ContainsRune("aeiou", rune(last)):
		return nil
	}
	return []string{l + "ion", l + "ation", l + "ment", l + "al"}
}

// nominalFrame finds the source and target groups of the noun of an act at i (a noun of the
// derived table or of the lexicon): see the file comment. of reports whether the target is the
// object after "of"; prep is the preposition before the target ("" for "of"). It returns -1s when
// either end is missing.
// "of" names the agent when "against", "on" or "with" names the target ("the attack of X against
// Y"); before "to", "into" or "from" only when agentOf is true, for the nouns of consultation,
// cooperation, aid and yielding (roots 04-08: "the visit of X to Y", "the assistance of X to Y",
// "the withdrawal of X from Y"), not for acts on a patient ("the deportation of X's children to
// Y": the children are deported).
func (v *sentenceView) nominalFrame(i int, agentOf bool) (src, tgt int, prep string) {
	src, tgt = -1, -1
	n := v.n()
	groupAt := func(j int) int {
		// the group starting at j, or after "the" and at most two adjectives or nouns
		for k := 0; k < 3 && j < n; k++ {
			if v.actorAt[j] >= 0 {
				for gi, g := range v.groups {
					if g.first == j {
						if g.end < n && (v.tags[g.end] == "NN" || v.tags[g.end] == "NNS") {
							return -1 // a modifier of another noun: "into the Iran arms scandal"
						}
						if g.end < n && (v.words[g.end] == "," || v.tags[g.end] == "CC") && demonymGroup(g.members) {
							return -1 // an adjective in a list of modifiers: "with African, Caribbean and Pacific countries" (nominalfix.go)
						}
						return gi
					}
				}
				return -1
			}
			if v.words[j] != "the" && v.tags[j] != "JJ" && !(k > 0 && v.tags[j] == "NN") {
				return -1
			}
			j++
		}
		return -1
	}
	groupEnd := func(gi int) int { return v.groups[gi].end }
	j := i + 1
	if j < n && (v.tags[j] == "VBN" || v.tags[j] == "VBD") && j+1 < n && v.words[j+1] == "by" {
		j++ // "sanctions imposed by X on Y" (the tagger may read a participle after a subject as a past tense)
	}
	of, by, to, from := -1, -1, -1, -1
	toPrep := ""
	if agentOf && j < n && v.words[j] == "of" && groupAt(j+1) < 0 {
		j = v.themeEnd(j) // "the sale of 6,000 tonnes of semolina to Egypt": what is handed over
	}
	for steps := 0; steps < 3 && j < n; steps++ {
		w := v.words[j]
		var g int
		switch w {
		case "of", "by", "on", "against", "to", "into", "toward", "towards", "with", "from":
			g = groupAt(j + 1)
		default:
			g = -1
		}
		if g < 0 {
			break
		}
		switch w {
		case "of":
			if of >= 0 || by >= 0 || to >= 0 {
				g = -1
			} else {
				of = g
			}
		case "by":
			if by >= 0 {
				g = -1
			} else {
				by = g
			}
		case "from":
			if from >= 0 || to >= 0 {
				g = -1
			} else {
				from = g
			}
		default:
			if to >= 0 {
				g = -1
			} else {
				to, toPrep = g, w
			}
		}
		if g < 0 {
			break
		}
		j = groupEnd(g)
	}
	before := v.nominalPossessor(i)
	switch {
	case by >= 0:
		src = by
	case before >= 0:
		src = before
	case from >= 0 && to >= 0:
		src, from = from, -1 // "aid from Japan to Kenya"
	case of >= 0 && to >= 0 && (toPrep == "against" || toPrep == "on" || toPrep == "with"):
		src, of = of, -1 // "the attack of Hamas against Israel", "the war of X against Y"
	case of >= 0 && (to >= 0 || from >= 0) && agentOf:
		src, of = of, -1 // "the withdrawal of Russia from Georgia", "the visit of X to Y"
	}
	switch {
	case of >= 0:
		tgt, prep = of, ""
	case to >= 0:
		tgt, prep = to, toPrep
	case from >= 0:
		tgt, prep = from, "from"
	}
	if src < 0 || tgt < 0 {
		return -1, -1, ""
	}
	return src, tgt, prep
}

// themeEnd returns the token after the theme that "of" at token j opens after the noun of a
// transfer or cooperation (roots 04-08): the goods or money handed over ("the sale of 6,000
// tonnes of semolina to Egypt", "the purchase of U.K. securities houses from X"), up to eight
// determiners, numbers, adjectives and nouns, with nested "of" and "and", no actor. When the
// words after it are no preposition of the frame (to, from, on, against, into, with, by), or
// the theme is longer or holds an actor, it returns j: the frame is read as before.
func (v *sentenceView) themeEnd(j int) int {
	k := j + 1
	for ; k < v.n() && k <= j+8; k++ {
		if v.actorAt[k] >= 0 {
			return j
		}
		t, w := v.tags[k], v.words[k]
		if t == "DT" || t == "JJ" || t == "NN" || t == "NNS" || t == "CD" || w == "of" || w == "and" {
			continue
		}
		break
	}
	if k == j+1 || k >= v.n() || isNounTag(v.tags[k-1]) == false && v.tags[k-1] != "CD" {
		return j
	}
	switch v.words[k] {
	case "to", "from", "on", "against", "into", "with", "by":
		return k
	}
	return j
}

// nominalPossessor returns the group that owns the noun at i: a possessive ("Peru's", "the
// EU's"), or an actor compound modifier ("Russian strikes", "U.S. air strikes"), with at most two
// adjectives or nouns between; -1 when there is none.
func (v *sentenceView) nominalPossessor(i int) int {
	j := i - 1
	for k := 0; k < 2 && j >= 0 && v.actorAt[j] < 0 && (v.tags[j] == "JJ" || v.tags[j] == "NN" || v.tags[j] == "NNS"); k++ {
		j--
	}
	if j >= 1 && v.tags[j] == "POS" {
		j--
	}
	if j < 0 || v.actorAt[j] < 0 {
		return -1
	}
	for gi, g := range v.groups {
		if g.first <= j && j < g.end && g.end <= i {
			return gi
		}
	}
	return -1
}

// nominalHypothetical reports whether the noun phrase of an act ending before token end is the
// subject of a modal of possibility: "A Chinese blockade of Taiwan would cost billions"; the modal
// follows the phrase's last actor or noun directly ("Russia's invasion of Ukraine but may end up"
// is another clause's).
func (v *sentenceView) nominalHypothetical(end int) bool {
	j := end
	for j < v.n() && (v.actorAt[j] >= 0 || isNounTag(v.tags[j]) || v.tags[j] == "JJ" || v.tags[j] == "DT") && j < end+6 {
		j++
	}
	if j < v.n() && v.tags[j] == "RB" {
		j++
	}
	if j >= v.n() {
		return false
	}
	switch v.words[j] {
	case "would", "could", "might", "may":
		return true
	}
	return false
}

// nominalTopic reports whether the noun phrase of an act starting at token i is what another noun
// of saying or demanding is about: "its call for the removal of the blockade imposed by X on Y",
// "our rejection of coercive measures such as the embargo imposed by X", "its condemnation of the
// attacks by X on Y", "concerned about the threats of X against Y". Such an act is the topic of the
// speech act (EVENTS_GUIDELINES.md section 3 rule 4), as after a verb of saying.
func (c *Coder) nominalTopic(v *sentenceView, i int) bool {
	j := i - 1
	for k := 0; k < 10 && j > 0; k++ {
		w := v.words[j]
		switch {
		case (isNounTag(v.tags[j]) || v.tags[j] == "VBG") && v.actorAt[j] < 0 && topicHead(c, v.lemmas[j]):
			return true // "to bring to an end the embargo imposed by X"
		case w == "," && v.relativeClauseStart(j) > 0:
			j = v.relativeClauseStart(j) // across a relative clause to its head: "measures that violate ..., such as the embargo" (nominalfix.go)
			k = 0
			continue
		case v.tags[j] == "DT" || v.tags[j] == "JJ" || v.tags[j] == "CC" || w == "," || v.tags[j] == "PRP$" ||
			v.tags[j] == "CD" || v.tags[j] == "VBG" && isNounTag(v.tags[j+1]) || v.tags[j] == "RB" ||
			v.tags[j] == "POS" || v.actorAt[j] >= 0 || isNounTag(v.tags[j]) && !topicHead(c, v.lemmas[j]):
			j--
			continue
		case w == "of" || w == "for" || w == "about" || w == "to" || w == "as" || w == "against":
			h := j - 1
			if w == "as" && h > 0 && v.words[h] == "such" {
				h-- // "measures such as"
			}
			for h > 0 && isNounTag(v.tags[h]) && !topicHead(c, v.lemmas[h]) && (v.tags[h-1] == "JJ" || isNounTag(v.tags[h-1])) && v.actorAt[h] < 0 {
				h-- // "our utmost rejection of coercive measures"
			}
			if h >= 0 && topicHead(c, v.lemmas[h]) {
				return true
			}
			j = h
			continue
		}
		return false
	}
	return false
}

// topicHead reports whether lemma l names a speech act or a demand whose object is its topic: a
// derived noun of a speech act code (condemnation, rejection, accusation ...) or a noun of calling,
// ending or concern.
func topicHead(c *Coder, l string) bool {
	switch l {
	case "call", "appeal", "demand", "end", "removal", "lifting", "concern", "concerned", "rejection",
		"condemnation", "counterproductivity", "opposition", "denunciation", "criticism":
		return true
	case "regard", "respect", "issue", "question":
		return true // nouns of a topic (nominalfix.go): "with regard to the embargo imposed by X", "the issue of the blockade of X against Y"
	}
	return speechActCode(c.nouns[l].derived)
}

// derivedNounEvent codes the noun at i with code, in its frame (nominalFrame); nil when the frame
// lacks an end. An act of a country on its own forces or government is none ("Rwanda's deployment
// of troops": the troops are the instrument), nor one on another own role outside roots 17-20
// ("the evacuation of Americans by the United States"), nor one on a demonym with no code
// (ownRoleTarget, uncodedDemonym in nominalfix.go).
func (v *sentenceView) derivedNounEvent(i int, code string) []codedEvent {
	src, tgt, _ := v.nominalFrame(i, agentOfRoot(code))
	if src < 0 || tgt < 0 || src == tgt {
		return nil
	}
	end := v.groups[tgt].end
	mod := Asserted
	if v.nominalHypothetical(end) {
		mod = Hypothetical
	}
	verb := v.span(i, i+1)
	var evs []codedEvent
	for _, s := range v.groups[src].members {
		for _, t := range v.groups[tgt].members {
			if s.code != t.code && !ownRoleTarget(s.code, t.code, code) && !uncodedDemonym(t) {
				evs = append(evs, codedEvent{src: s, tgt: t, code: code, verb: verb, modality: mod, pattern: true, direct: true})
			}
		}
	}
	return evs
}

// ownVerbCode returns the code verb l has by itself: the lexicon's pattern of the bare verb
// (unless it is a speech verb or holds only with an actor object), else the code of the verb
// dictionary's entry of l alone; "" when neither gives one.
func (c *Coder) ownVerbCode(l string) string {
	if c.lex != nil {
		for _, e := range c.lex.verbs[l] {
			if len(e.slots) == 1 {
				if e.flags&(speech|objActor) != 0 {
					return ""
				}
				return e.code
			}
		}
	}
	for _, e := range c.verbs.verbs[l] {
		if len(e.before) == 0 && len(e.after) == 0 && e.hasCode {
			return e.code.fwd
		}
	}
	return ""
}

// nounTrigger is what a noun lemma may start: the lexicon's noun entries es, or, for a noun with
// none, derived, the code of the verb it is the nominalization of.
type nounTrigger struct {
	es      []compiledEntry
	derived string
}

// buildCoderNominals fills c.nouns from the lexicon's nouns and the nouns derived from the verbs
// of the lexicon and of the verb dictionary (one look-up per noun of a sentence, as before).
func (c *Coder) buildCoderNominals() {
	if c.lex == nil {
		return
	}
	verbs := make([]string, 0, len(c.lex.verbs)+len(c.verbs.verbs))
	for l := range c.lex.verbs {
		verbs = append(verbs, l)
	}
	for l := range c.verbs.verbs {
		verbs = append(verbs, l)
	}
	slices.Sort(verbs)
	derived := buildNominals(slices.Compact(verbs), c.ownVerbCode)
	c.nouns = make(map[string]nounTrigger, len(c.lex.nouns)+len(derived))
	for l, code := range derived {
		c.nouns[l] = nounTrigger{derived: code}
	}
	for l, es := range c.lex.nouns {
		c.nouns[l] = nounTrigger{es: es}
	}
}

// frameNounEvent codes the noun of an act at i in its frame (nominalFrame): with code derived
// when the noun is derived from a verb, else with the code of the lexicon entry among es whose
// preposition introduces the frame's target ("the attack by Sudan on Chad": "attack on").
func (v *sentenceView) frameNounEvent(i int, es []compiledEntry, derived string) []codedEvent {
	if derived != "" {
		return v.derivedNounEvent(i, derived)
	}
	for _, e := range es {
		if len(e.slots) != 2 {
			continue
		}
		src, _, prep := v.nominalFrame(i, agentOfRoot(e.code))
		if prep == "" {
			prep = "of"
		}
		if src >= 0 && slices.Contains(e.slots[1], prep) && !jointPrep(prep) {
			return v.derivedNounEvent(i, e.code)
		}
	}
	return nil
}

// agentOfRoot reports whether "of" names the agent of the act of code c when another preposition
// names its target: consultation, cooperation, aid and yielding (roots 04-08).
func agentOfRoot(c string) bool {
	return len(c) >= 2 && c[0] == '0' && c[1] >= '4' && c[1] <= '8'
}

// nominalModality completes the events nes of the lexicon's noun pattern matched up to token end:
// a noun phrase that is the subject of a modal of possibility is hypothetical ("A Chinese blockade
// of Taiwan would cost billions"). (A symmetric noun after "with", "Brazil's talks with
// Argentina", stays one act of the possessor: made joint, it added one false event to the eighth
// set and one to the held-out set, summary lines only, and no correct one anywhere.)
func (v *sentenceView) nominalModality(nes []codedEvent, end int) []codedEvent {
	if len(nes) > 0 && v.nominalHypothetical(end) {
		for q := range nes {
			if nes[q].modality == Asserted {
				nes[q].modality = Hypothetical
			}
		}
	}
	return nes
}
