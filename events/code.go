package events

import (
	"slices"

	"github.com/geopol/geopol/text"
)

// predicate is one match of a lexicon pattern in a sentence: tokens [at, end).
type predicate struct {
	at, end  int
	entry    compiledEntry
	consumed bool // the complement of a takesInf verb ("urged Iran to halt"): coded with it
	comp     int  // index of the complement this takesInf predicate consumed, or -1
	passive  bool
	chain    int // first token of the auxiliary chain before at ("did not", "is expected to")
}

// codedEvent is an event before its code is looked up.
type codedEvent struct {
	src, tgt actor
	code     string
	verb     text.Span
	modality string
}

// match reports the end of pattern e matched at token i, whose first slot already matched.
func (v *sentenceView) match(slots [][]string, j int) (int, bool) {
	if len(slots) == 0 {
		return j, true
	}
	if slots[0] == nil { // gap of 0-5 tokens without a finite verb
		for g := 0; g <= 5 && j+g <= v.n(); g++ {
			if g > 0 && isFinite(v.tags[j+g-1]) {
				break
			}
			if end, ok := v.match(slots[1:], j+g); ok {
				return end, true
			}
		}
		return 0, false
	}
	if j >= v.n() {
		return 0, false
	}
	for _, alt := range slots[0] {
		if v.lemmas[j] == alt || v.words[j] == alt {
			return v.match(slots[1:], j+1)
		}
	}
	return 0, false
}

// findPredicates matches the lexicon at every token that is not part of an actor.
func (v *sentenceView) findPredicates(lex *lexIndex) []predicate {
	var ps []predicate
	for i := 0; i < v.n(); i++ {
		if v.actorAt[i] >= 0 {
			continue
		}
		var cands []compiledEntry
		switch {
		case isVerbTag(v.tags[i]):
			cands = lex.verbs[v.lemmas[i]]
		case isNounTag(v.tags[i]) || v.tags[i] == "JJ":
			cands = lex.nouns[v.lemmas[i]]
			// a verb mis-tagged as a noun right after an actor: "Iran attacks Iraq"
			if i > 0 && v.actorAt[i-1] >= 0 && v.groups[v.actorAt[i-1]].end == i && v.tags[i] != "NNP" {
				if vs := lex.verbs[verbLemma(v.words[i], lex.known)]; len(vs) > 0 {
					cands = vs
				}
			}
		}
		for _, e := range cands {
			if end, ok := v.match(e.slots[1:], i+1); ok {
				ps = append(ps, predicate{at: i, end: end, entry: e, comp: -1})
				i = end - 1
				break
			}
		}
	}
	for k := range ps {
		v.auxChain(&ps[k])
	}
	// the clause of a typed speech act: "demanded that the United States return the plane"
	for k, p := range ps {
		if frameOf(p.entry.code) == noFrame || p.entry.flags&speech != 0 || p.end >= v.n() || v.words[p.end] != "that" {
			continue
		}
		for q := k + 1; q < len(ps); q++ {
			if !ps[q].consumed {
				ps[q].consumed = true
				ps[k].comp = q
				break
			}
		}
	}
	// complements of takesInf verbs: "urged Iran to halt", "threatened to attack"
	for k, p := range ps {
		if p.entry.flags&takesInf == 0 {
			continue
		}
		if v.words[p.end-1] == "to" && p.end < v.n() && isVerbTag(v.tags[p.end]) { // "agreed to restore"
			for q := k + 1; q < len(ps); q++ {
				if ps[q].at == p.end {
					ps[q].consumed = true
					ps[k].comp = q
				}
			}
			continue
		}
		for j := p.end; j < v.n() && j < p.end+10; j++ {
			if v.words[j] == "to" && j+1 < v.n() && isVerbTag(v.tags[j+1]) {
				for q := k + 1; q < len(ps); q++ {
					if ps[q].at == j+1 {
						ps[q].consumed = true
						ps[k].comp = q
					}
				}
				break
			}
			if isFinite(v.tags[j]) || v.words[j] == "." || v.words[j] == ";" {
				break
			}
		}
	}
	return ps
}

// auxChain extends p leftwards over auxiliaries, modals, negation and intention verbs, and
// decides whether p is passive.
func (v *sentenceView) auxChain(p *predicate) {
	i := p.at - 1
	be := false
	for ; i >= 0; i-- {
		w, l, t := v.words[i], v.lemmas[i], v.tags[i]
		if v.actorAt[i] >= 0 {
			break
		}
		switch {
		case l == "be" || l == "have" || l == "do" || l == "get" && t != "VB":
			be = be || l == "be" || l == "get"
		case t == "MD" || t == "TO" || t == "RB" || w == "not" || w == "n't" || w == "never":
		case intentWord(l) || aspectWord(l):
		default:
			i--
			goto done
		}
	}
	i--
done:
	p.chain = i + 2
	if p.chain > p.at {
		p.chain = p.at
	}
	p.passive = v.tags[p.at] == "VBN" && (be || p.end < v.n() && v.words[p.end] == "by")
}

// intentWord reports whether lemma l announces an intended action ("plans to", "is set to").
func intentWord(l string) bool {
	switch l {
	case "plan", "intend", "expect", "aim", "prepare", "prepared", "want", "hope", "seek", "decide",
		"about", "going", "set", "likely", "ready", "poised", "due", "willing":
		return true
	}
	return false
}

// aspectWord reports whether lemma l is an aspectual or auxiliary verb that may precede an
// action without changing its modality ("continued to send", "tried to block").
func aspectWord(l string) bool {
	switch l {
	case "continue", "begin", "start", "try", "able", "resume", "attempt", "fail":
		return true
	}
	return false
}

// chainHas reports whether the auxiliary chain of p holds one of words.
func (v *sentenceView) chainHas(p predicate, words ...string) bool {
	for i := p.chain; i < p.at; i++ {
		if slices.Contains(words, v.words[i]) {
			return true
		}
	}
	return false
}

// modality of p from its auxiliary chain and the sentence around it.
func (v *sentenceView) modality(p predicate, ps []predicate) string {
	neg, hyp, intent := false, false, false
	for i := p.chain; i < p.at; i++ {
		switch w := v.words[i]; {
		case w == "not" || w == "n't" || w == "never" || w == "no":
			neg = true
		case w == "could" || w == "would" || w == "might" || w == "may" || w == "should" || w == "'d":
			hyp = true
		case w == "will" || w == "shall" || w == "'ll" || intentWord(v.lemmas[i]):
			intent = true
		}
	}
	if p.at+1 < v.n() && v.words[p.at+1] == "never" {
		neg = true
	}
	// a conditional clause: "if" or "unless" before p with no comma in between
	for i := p.chain - 1; i >= 0; i-- {
		if v.words[i] == "," || v.words[i] == ";" {
			break
		}
		if v.words[i] == "if" || v.words[i] == "unless" {
			hyp = true
			break
		}
	}
	switch {
	case hyp:
		return Hypothetical
	case neg:
		return Negated
	case intent:
		return Intended
	}
	for _, q := range ps {
		if q.entry.flags&speech == 0 || q.at == p.at {
			continue
		}
		if q.end <= p.chain || q.at > p.end && q.at > 0 && commaBefore(v, q) {
			return Reported
		}
	}
	for _, w := range v.words {
		if w == "according" {
			return Reported
		}
	}
	return Asserted
}

// commaBefore reports whether a speech verb q comes after a comma, possibly with its subject in
// between (", a senior official said", ", said X").
func commaBefore(v *sentenceView, q predicate) bool {
	for i := q.chain - 1; i >= 0 && i >= q.chain-6; i-- {
		if v.words[i] == "," {
			return true
		}
		if isFinite(v.tags[i]) {
			return false
		}
	}
	return false
}

// leftGroup returns the subject of p: the nearest actor group before its auxiliary chain.
func (v *sentenceView) leftGroup(p predicate) (int, bool) {
	best := -1
	for gi, g := range v.groups {
		if g.end <= p.chain && !placeGroup(g) {
			best = gi
		}
	}
	if best < 0 {
		return 0, false
	}
	g := v.groups[best]
	for i := g.end; i < p.chain; i++ {
		if v.words[i] == "by" && i == g.first-1 { // cannot happen: kept for clarity
			return 0, false
		}
	}
	// "between X and Y", "by X" before a verb are not its subject
	if g.first > 0 && (v.words[g.first-1] == "between" || v.words[g.first-1] == "by" || v.words[g.first-1] == "against") {
		return 0, false
	}
	return best, true
}

// rightGroup returns the object of p: the first actor group after it in the same clause, skipping
// the agent of a passive ("by X"). A group followed by its own verb is the subject of a
// complement clause, not an object.
func (v *sentenceView) rightGroup(p predicate) (int, bool) {
	if gi, ok := v.rightGroupPass(p, false); ok {
		return gi, true
	}
	return v.rightGroupPass(p, true)
}

func placeGroup(g group) bool {
	for _, m := range g.members {
		if !m.place {
			return false
		}
	}
	return true
}

// rightGroupPass is one pass of rightGroup; places are skipped unless places is true.
func (v *sentenceView) rightGroupPass(p predicate, places bool) (int, bool) {
	for gi, g := range v.groups {
		if g.first <= p.at || placeGroup(g) && !places {
			continue
		}
		for i := p.at + 1; i < g.first; i++ {
			if isFinite(v.tags[i]) || v.words[i] == ";" || v.words[i] == "that" && p.entry.flags&speech == 0 && i > p.at+1 {
				return 0, false
			}
		}
		if b := g.first - 1; b >= 0 && (v.words[b] == "by" || b > 0 && v.words[b] == "the" && v.words[b-1] == "by") {
			continue // the agent of a passive, reduced or not: "a deal brokered by Beijing"
		}
		if j := g.end; j < v.n() && (isFinite(v.tags[j]) || j+1 < v.n() && v.tags[j] == "RB" && isFinite(v.tags[j+1])) {
			if p.entry.flags&speech != 0 || p.entry.flags&takesInf == 0 {
				return 0, false
			}
		}
		if unnamedGroup(g) {
			// "deployed troops to Estonia": a named actor after a preposition is the target
			if n, ok := v.namedAfter(gi); ok {
				return n, true
			}
		}
		return gi, true
	}
	return 0, false
}

func unnamedGroup(g group) bool {
	for _, m := range g.members {
		if !m.unnamed {
			return false
		}
	}
	return true
}

// namedAfter returns the next group after group gi when it is named, in the same clause, and
// introduced by a directional preposition.
func (v *sentenceView) namedAfter(gi int) (int, bool) {
	if gi+1 >= len(v.groups) {
		return 0, false
	}
	n := v.groups[gi+1]
	for i := v.groups[gi].end; i < n.first; i++ {
		if isFinite(v.tags[i]) || v.words[i] == "," || v.words[i] == ";" {
			return 0, false
		}
	}
	if b := n.first - 1; b >= 0 && (v.tags[b] == "IN" || v.words[b] == "to") && !unnamedGroup(n) && !placeGroup(n) {
		return gi + 1, true
	}
	return 0, false
}

// speakerBefore returns the subject of the nearest speech verb before p ("X said ...").
func (v *sentenceView) speakerBefore(p predicate, ps []predicate) (int, bool) {
	for k := len(ps) - 1; k >= 0; k-- {
		q := ps[k]
		if q.end <= p.chain && q.entry.flags&speech != 0 {
			return v.leftGroup(q)
		}
	}
	return 0, false
}

// agentGroup returns the agent of a passive: the group after "by" ("was attacked by Y").
func (v *sentenceView) agentGroup(p predicate) (int, bool) {
	for gi, g := range v.groups {
		if g.first < p.end || g.first > p.end+6 {
			continue
		}
		if b := g.first - 1; b >= 0 && (v.words[b] == "by" || b > 0 && v.words[b] == "the" && v.words[b-1] == "by") {
			return gi, true
		}
	}
	return 0, false
}

// frameCodes returns the code and modality of every predicate, after frames: the complement of
// a governing verb ("urged X to release" 0253), intended or hypothetical actions (03 or 13),
// refusals ("will not allow" 12), demands ("X said Y must" 10, when a speech verb precedes).
func (v *sentenceView) frameCodes(ps []predicate) ([]string, []string) {
	codes := make([]string, len(ps))
	mods := make([]string, len(ps))
	for k, p := range ps {
		codes[k], mods[k] = p.entry.code, v.modality(p, ps)
		switch {
		case p.comp >= 0:
			if f := frameOf(p.entry.code); f != noFrame {
				if c := reframe(f, ps[p.comp].entry.code); c != "" {
					codes[k] = c
				}
			}
		case (mods[k] == Intended || mods[k] == Hypothetical) && v.ownCommitment(p, ps):
			// "Washington said it would ease sanctions": the speaker's own commitment (03) or
			// threat (13), an asserted act; a future act stated by the writer keeps its code
			if c := reframe(intent, p.entry.code); c != "" {
				codes[k], mods[k] = c, Asserted
			}
		case v.chainHas(p, "must") && v.speechBefore(p, ps):
			if c := reframe(demand, p.entry.code); c != "" {
				codes[k], mods[k] = c, Asserted
			}
		}
		if mods[k] == Reported && frameOf(codes[k]) != noFrame && v.ownCommitment(p, ps) {
			mods[k] = Asserted // "China said it was ready to mediate": the speaker's own commitment
		}
	}
	return codes, mods
}

// ownCommitment reports whether p is the complement of a speech verb whose subject is also the
// subject of p: no actor between the speech verb and p ("X said it would ...").
func (v *sentenceView) ownCommitment(p predicate, ps []predicate) bool {
	for k := len(ps) - 1; k >= 0; k-- {
		q := ps[k]
		if q.end > p.chain || q.entry.flags&speech == 0 {
			continue
		}
		if _, ok := v.leftGroup(q); !ok {
			return false
		}
		for i := q.end; i < p.chain; i++ {
			if v.actorAt[i] >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// purpose reports whether p is a purpose or goal infinitive ("met in Almaty to discuss"): "to"
// right before it, after something that is not a verb of intention or aspect.
func (v *sentenceView) purpose(p predicate) bool {
	if p.consumed || p.at < 2 || v.words[p.at-1] != "to" {
		return false
	}
	prev := v.lemmas[p.at-2]
	if intentWord(prev) || aspectWord(prev) || prev == "be" || prev == "have" || prev == "about" || prev == "going" {
		return false
	}
	return true
}

// modifier reports whether p is a participle used as an adjective or in a reduced relative, or
// a gerund that names the content of another act: "an alleged attack", "a resolution extending
// sanctions", "criticized Hungary for blocking".
func (v *sentenceView) modifier(p predicate) bool {
	if p.at == 0 || p.passive {
		return false
	}
	prev, pt := v.words[p.at-1], v.tags[p.at-1]
	switch v.tags[p.at] {
	case "VBN":
		return pt == "DT" || pt == "JJ" || pt == "IN" || pt == "PRP$"
	case "VBG":
		return prev == "for" || prev == "of" || prev == "over" || isNounTag(pt) && v.actorAt[p.at-1] < 0
	}
	return false
}

func subordinator(w string) bool {
	switch w {
	case "after", "before", "while", "when", "despite", "by", "since":
		return true
	}
	return false
}

// speechBefore reports whether a speech verb comes before p in the sentence.
func (v *sentenceView) speechBefore(p predicate, ps []predicate) bool {
	for _, q := range ps {
		if q.end <= p.chain && q.entry.flags&speech != 0 {
			return true
		}
	}
	return false
}

// code finds the events of the sentence.
func (v *sentenceView) code(lex *lexIndex) []codedEvent {
	ps := v.findPredicates(lex)
	codes, mods := v.frameCodes(ps)
	var evs []codedEvent
	cur := 0       // index of the predicate being coded
	lastSubj := -1 // subject group of the last active predicate
	pairs := func(p predicate, src, tgt []actor, both bool) {
		verb := v.span(p.at, p.end)
		for i, s := range src {
			for j, t := range tgt {
				if s.code == t.code || both && i >= j {
					continue
				}
				evs = append(evs, codedEvent{src: s, tgt: t, code: codes[cur], verb: verb, modality: mods[cur]})
				if both {
					evs = append(evs, codedEvent{src: t, tgt: s, code: codes[cur], verb: verb, modality: mods[cur]})
				}
			}
		}
	}
	emit := func(p predicate, src, tgt group, both bool) {
		verb := v.span(p.at, p.end)
		for _, s := range src.members {
			for _, t := range tgt.members {
				if s.code == t.code {
					continue
				}
				evs = append(evs, codedEvent{src: s, tgt: t, code: codes[cur], verb: verb, modality: mods[cur]})
				if both {
					evs = append(evs, codedEvent{src: t, tgt: s, code: codes[cur], verb: verb, modality: mods[cur]})
				}
			}
		}
	}
	emitWithin := func(p predicate, g group) { pairs(p, g.members, g.members, true) }
	for k, p := range ps {
		cur = k
		if p.consumed {
			continue
		}
		// "X said Y must return Z": a demand by the speaker X on Y
		if v.chainHas(p, "must") && frameOf(codes[k]) == demand {
			if t, okT := v.leftGroup(p); okT {
				if s, okS := v.speakerBefore(p, ps); okS && s != t {
					emit(p, v.groups[s], v.groups[t], false)
				}
			}
			continue
		}
		if p.entry.flags&speech != 0 {
			continue // neutral reporting frames are not events; what they report is
		}
		if p.entry.flags&noun != 0 {
			v.codeNoun(p, emit, emitWithin)
			continue
		}
		if p.passive {
			t, okT := v.leftGroup(p)
			s, okS := v.agentGroup(p)
			if okT && okS {
				emit(p, v.groups[s], v.groups[t], false)
			}
			continue
		}
		if v.purpose(p) || v.modifier(p) {
			continue // "met ... to discuss", "for blocking", "alleged crimes": not coded apart
		}
		if v.tags[p.at] == "VBG" && p.at > 0 && subordinator(v.words[p.at-1]) && lastSubj >= 0 {
			// "accused France of espionage after arresting two French citizens"
			if t, okT := v.rightGroup(p); okT {
				emit(p, v.groups[lastSubj], v.groups[t], p.entry.flags&symmetric != 0)
			}
			continue
		}
		s, okS := v.leftGroup(p)
		if c := p.chain - 1; c >= 0 && v.words[c] == "and" && lastSubj >= 0 {
			s, okS = lastSubj, true // "Rwanda denied ... and dismissed ...": the same subject
		}
		if !okS {
			continue
		}
		lastSubj = s
		t, okT := v.rightGroup(p)
		sym := p.entry.flags&symmetric != 0
		if sym && len(v.groups[s].members) > 1 && (!okT || v.groups[t].first == 0 || v.words[v.groups[t].first-1] != "with") {
			emitWithin(p, v.groups[s]) // "Chinese and Russian warships held joint drills near Japan"
			continue
		}
		switch {
		case okT:
			// a reciprocal act with an object or a with-complement goes both ways
			emit(p, v.groups[s], v.groups[t], p.entry.flags&symmetric != 0)
		case p.entry.flags&symmetric != 0 && len(v.groups[s].members) > 1:
			emitWithin(p, v.groups[s]) // "X and Y met": both directions
		}
	}
	// a plain statement (010) adds nothing when the same pair has another event
	keep := evs[:0]
	for _, e := range evs {
		if e.code == "010" && slices.ContainsFunc(evs, func(o codedEvent) bool {
			return o.code != "010" && o.src.code == e.src.code && o.tgt.code == e.tgt.code
		}) {
			continue
		}
		if slices.ContainsFunc(keep, func(o codedEvent) bool {
			return o.code == e.code && o.src.code == e.src.code && o.tgt.code == e.tgt.code
		}) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// codeNoun codes a noun trigger: "talks between X and Y" (both directions), "X's attack on Y",
// "X held talks with Y" when no verb pattern took it.
func (v *sentenceView) codeNoun(p predicate, emit func(predicate, group, group, bool), within func(predicate, group)) {
	prep := v.words[p.end-1]
	after := -1
	for gi, g := range v.groups {
		if g.first == p.end || g.first == p.end+1 && v.words[p.end] == "the" {
			after = gi
			break
		}
	}
	if after < 0 {
		return
	}
	if prep == "between" {
		within(p, v.groups[after])
		return
	}
	// the possessor or the nearest subject before the noun, with no verb in between
	before := -1
	for gi, g := range v.groups {
		if g.end > p.at {
			break
		}
		ok := true
		for i := g.end; i < p.at; i++ {
			if isVerbTag(v.tags[i]) && !(v.tags[i] == "VBN" || v.tags[i] == "VBG") || v.words[i] == "," {
				ok = false
			}
		}
		if ok {
			before = gi
		}
	}
	if before < 0 {
		return
	}
	emit(p, v.groups[before], v.groups[after], p.entry.flags&symmetric != 0 && false)
}
