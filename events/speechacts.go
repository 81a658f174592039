package events

// Speech acts and the clauses they carry. A neutral frame ("said", "according to") reports its
// clause, which is coded with modality Reported (clause.go); the rules here cover the speech acts
// whose clause is not simply reported (EVENTS_GUIDELINES.md sections 3 and 5):
//
//   - a denial's content is the act denied, negated: "X denied (that) it had sold arms to Y",
//     "X denied selling arms to Y", "X denied reports that its jets had struck Y";
//   - a complaint's target is the actor its "that" clause is about, not the body it is addressed
//     to, and that clause is its topic, not an event: "X complained to the WTO that Y's import
//     curbs break trade rules" is X's complaint about Y (114);
//   - a future act reported by a speaker ("X said Y would withdraw") is intended, not
//     hypothetical, unless the sentence states a condition;
//   - an act named by a noun inside a reported clause is reported too ("officials said the raids
//     were part of Iraq's campaign against Iran");
//   - "consider doing" and "propose doing" are a declared willingness, like "be ready to": "Moscow
//     would consider buying U.S. wheat" is an intent (03);
//   - a frame set off by commas inside the clause it reports keeps the clause's subject before it:
//     "Egypt, diplomats said, has agreed to sell gas to Israel";
//   - a clause joined by "and" or "but" (no comma) to a clause a speech verb before it reports is
//     reported too: "officials said Riyadh had lent Pakistan 3 billion dollars and Qatar had pledged aid";
//   - a commitment, refusal or threat the speaker tells an addressee, with no target of its own,
//     is addressed to it: "Chile told Peru that it would not sign the treaty" (CHL -> PER 127);
//   - "no longer" before a verb negates it as "not" does, and makes a commitment a refusal
//     ("will no longer buy oil from Iran" 1211);
//   - losses suffered in another actor's armed act make that act one on the actor that suffered
//     them, as war reports phrase it: "Syrian troops sustained losses in Turkey's offensive"
//     (TUR -> SYRMIL 190).

// denialNoun reports whether lemma l names a claim whose "that" clause a denial rejects ("denied
// reports that").
func denialNoun(l string) bool {
	switch l {
	case "report", "claim", "allegation", "accusation", "charge", "suggestion", "rumor", "rumour", "story", "assertion":
		return true
	}
	return false
}

// speechContents adjusts the predicates of the clause analysis for the speech acts above: the
// clause or gerund a denial governs hangs on it as its reported content, and "consider" joins
// the chain of the gerund after it. It returns ps, possibly shortened.
func (v *sentenceView) speechContents(ps []pred) []pred {
	ps = v.considerGerunds(ps)
	v.insertedFrames(ps)
	v.reportedConjuncts(ps)
	for k := range ps {
		p := ps[k]
		if v.lemmas[p.head] != "deny" || p.passive || p.rel == relModifier || p.rel == relReduced {
			continue
		}
		q := v.deniedClause(ps, k)
		if q < 0 || ps[q].rel != relMain && ps[q].rel != relAdjunct || ps[q].gov >= 0 && ps[q].gov != k {
			continue
		}
		ps[q].rel, ps[q].gov = relReported, k
		if ps[q].subj >= 0 {
			continue
		}
		if i := v.clauseStart(ps[q]); v.tags[ps[q].head] == "VBG" && ps[q].first == ps[q].head || i < ps[q].first && v.tags[i] == "PRP" && i+1 == ps[q].first {
			// "denied selling arms", "denied that it had sold arms": the denier's own act
			ps[q].subj, ps[q].pronSubj = p.subj, v.tags[ps[q].head] != "VBG"
		}
	}
	return ps
}

// deniedClause returns the predicate whose act denial k rejects: a gerund right after the verb
// ("denied selling", "denied ever having sold"), or the first clause of a "that" right after it or
// after a claim noun ("denied that ...", "denied Ukrainian reports that ..."); else -1.
func (v *sentenceView) deniedClause(ps []pred, k int) int {
	p := ps[k]
	j := p.end
	for j < v.n() && v.tags[j] == "RB" {
		j++ // "denied ever selling", "flatly denied that"
	}
	if j >= v.n() {
		return -1
	}
	if k+1 < len(ps) && ps[k+1].first == j && (v.tags[ps[k+1].head] == "VBG" || v.words[j] == "having") {
		return k + 1
	}
	t := -1
	for i := j; i < v.n() && i < j+5; i++ {
		if v.words[i] == "that" {
			t = i
			break
		}
		if v.actorAt[i] < 0 && v.tags[i] != "DT" && v.tags[i] != "JJ" && !(isNounTag(v.tags[i]) && denialNoun(v.lemmas[i])) {
			break
		}
	}
	if t < 0 || k+1 >= len(ps) || ps[k+1].head <= t {
		return -1
	}
	return k + 1
}

// considerGerunds joins "consider" and "propose" to the gerund right after it ("would consider buying", "is
// considering sending"): one predicate, the gerund's, whose chain holds "consider"; the
// predicates after it keep their governors.
func (v *sentenceView) considerGerunds(ps []pred) []pred {
	for k := 0; k+1 < len(ps); k++ {
		p, g := ps[k], ps[k+1]
		if v.lemmas[p.head] != "consider" && v.lemmas[p.head] != "propose" || p.passive || g.first != g.head || v.tags[g.head] != "VBG" ||
			g.first != p.end && !(g.first == p.end+1 && quoteMark(v.words[p.end])) {
			continue // (a quote may close after the verb: Moscow "would consider" buying)
		}
		g.first, g.rel, g.gov, g.subj, g.start, g.pronSubj, g.obj, g.ctrl = p.first, p.rel, p.gov, p.subj, p.start, p.pronSubj, p.obj, p.ctrl
		ps[k+1] = g
		ps = append(ps[:k], ps[k+1:]...)
		for q := range ps {
			switch {
			case ps[q].gov == k:
				// what hung on "consider" hangs on the joined predicate, now at k
			case ps[q].gov > k:
				ps[q].gov--
			}
		}
		if ps[k].gov >= k {
			ps[k].gov = -1 // cannot govern itself
		}
	}
	return ps
}

// considering reports whether the chain of p holds "consider" or "propose" before a gerund
// ("would consider buying", "proposed holding talks"): a willingness the actor declares.
func (v *sentenceView) considering(p pred) bool {
	if v.tags[p.head] != "VBG" {
		return false
	}
	for i := p.first; i < p.head; i++ {
		if v.lemmas[i] == "consider" || v.lemmas[i] == "propose" {
			return true
		}
	}
	return false
}

// deniedContent reports whether predicate k is inside the content of a denial that is not itself
// negated ("X denied that it had attacked Y"; not "X did not deny that it had attacked Y").
func (v *sentenceView) deniedContent(ps []pred, k int) bool {
	for q, n := k, 0; q >= 0 && q < len(ps) && n < len(ps); q, n = ps[q].gov, n+1 {
		g := ps[q].gov
		if ps[q].rel != relReported || g < 0 || g >= len(ps) {
			if ps[q].rel == relConj || ps[q].rel == relXcomp {
				continue
			}
			return false
		}
		if v.lemmas[ps[g].head] == "deny" {
			return !v.chainHasWord(ps[g], "not", "n't", "never")
		}
	}
	return false
}

// reportedFuture reports whether predicate k is a future act in a reported clause, "would"
// without a condition: "Egypt said Israel would withdraw its troops", "Kyiv would soon receive
// F-16s from Denmark, the minister said". The guidelines code it intended (reported + intended),
// not hypothetical; "could", "might", "may", "should" and any "if", "unless" or "otherwise" in the
// sentence keep it hypothetical.
func (v *sentenceView) reportedFuture(ps []pred, k int) bool {
	p := ps[k]
	would := false
	for i := p.first; i < p.head; i++ {
		switch v.words[i] {
		case "would", "'d":
			would = true
		case "could", "might", "may", "should", "have":
			return false // "would have", a counterfactual
		}
	}
	if !would {
		return false
	}
	for _, w := range v.words {
		switch w {
		case "if", "unless", "otherwise", "whether", "provided":
			return false
		}
	}
	return v.inReported(ps, k)
}

// inReported reports whether predicate k hangs, through infinitives and conjuncts, on what a
// speech verb reports.
func (v *sentenceView) inReported(ps []pred, k int) bool {
	for q, n := k, 0; q >= 0 && q < len(ps) && n < len(ps); q, n = ps[q].gov, n+1 {
		switch ps[q].rel {
		case relReported:
			return true
		case relXcomp, relConj:
		default:
			return false
		}
	}
	return false
}

// reportedAt reports whether token i lies in a reported clause: the innermost clause that holds it
// (past participles used as adjectives or reduced relatives aside) is reported, or is the
// complement of a speech verb ("officials said the raids were part of Iraq's campaign"); or the
// sentence attributes its content with "according to".
func (v *sentenceView) reportedAt(ps []pred, i int) bool {
	for j := 0; j+1 < v.n(); j++ {
		if v.words[j] == "according" && v.words[j+1] == "to" {
			return true
		}
	}
	for q := len(ps) - 1; q >= 0; q-- {
		p := ps[q]
		if v.clauseStart(p) > i || i >= p.compEnd {
			continue
		}
		switch {
		case v.inReported(ps, q):
			return true
		case isSpeech(v.lemmas[p.head]) && i >= p.end:
			// not the noun phrase a speaker's own verb takes ("We acknowledge the assistance
			// provided by X to Y"): the speaker asserts it; what a clause after it tells ("we note
			// that talks between X and Y resumed") is reported
			return !v.speakerAsserts(p, i)
		case p.rel == relReduced || p.rel == relModifier:
			continue
		}
		return false
	}
	return false
}

// speakerAsserts reports whether a speech verb p whose subject is the speaker ("We note the
// talks between X and Y") asserts what token i, in its object, names: no "that" clause or
// quotation opens between them, the verb is no belief or hope ("we believe in", "we hope for"),
// and no noun of absence, failure, prospect or need stands between the verb and i ("We note the
// absence of talks between X and Y", "the failure of the agreement between X and Y", "the future
// of talks"): such a noun says the act did not, or may not, happen.
func (v *sentenceView) speakerAsserts(p pred, i int) bool {
	if !v.speakerSubject(p) || v.clauseBetween(p.end, i) {
		return false
	}
	switch v.lemmas[p.head] {
	case "believe", "hope", "wish", "doubt", "fear", "expect", "dream", "trust":
		return false
	}
	for j := p.head + 1; j < i && j < v.n(); j++ {
		if unrealNoun(v.lemmas[j]) {
			return false
		}
	}
	return true
}

// unrealNoun reports whether noun w, governing an act ("the absence of talks"), says the act did
// not happen, ended or is only hoped for.
func unrealNoun(w string) bool {
	switch w {
	case "absence", "lack", "failure", "collapse", "breakdown", "future", "prospect", "prospects",
		"possibility", "hope", "hopes", "belief", "need", "necessity", "importance", "stalemate",
		"impasse", "stalling", "suspension", "demise", "idea", "vision":
		return true
	}
	return false
}

// clauseBetween reports whether a "that", a colon or a quotation mark opens a clause between
// tokens from and to.
func (v *sentenceView) clauseBetween(from, to int) bool {
	for j := from; j < to && j < v.n(); j++ {
		switch v.words[j] {
		case "that", ":", "\"", "“":
			return true
		}
	}
	return false
}

// complaintAbout returns the target of disapproval k (code root 11: "complained", "protested",
// "criticized") that a "that" clause names, and that clause's predicate: the clause's subject, its
// passive agent, or an actor before its verb ("South Korea's import curbs break trade rules",
// "Russian gas prices were unfair"), when it is not the source's own country. Only an addressee
// ("to the WTO") and adverbs may come between the verb and "that". Else -1, -1.
func (v *sentenceView) complaintAbout(ps []pred, k int, code string, src int) (int, int) {
	p := ps[k]
	if len(code) < 2 || code[:2] != "11" || src < 0 || p.passive || v.groups[src].end > p.first {
		return -1, -1 // the complainant is the subject before the verb
	}
	t := -1
	for i, n := p.end, 0; i < v.n() && n < 10; i, n = i+1, n+1 {
		if gi := v.actorAt[i]; gi >= 0 {
			i = v.groups[gi].end - 1 // a name holding "and": "the General Agreement on Tariffs and Trade"
			continue
		}
		w := v.words[i]
		if w == "that" {
			t = i
			break
		}
		if (w == "(" || w == ")") && v.acronymParens(i) {
			continue // "the World Trade Organization (WTO) that"
		}
		if isVerbTag(v.tags[i]) || w == "," || boundaryWord(w) || v.tags[i] == "CC" {
			return -1, -1
		}
	}
	if t < 0 {
		return -1, -1
	}
	q := -1
	for r := k + 1; r < len(ps); r++ {
		if ps[r].head > t {
			q = r
			break
		}
	}
	if q < 0 || ps[q].rel != relMain && ps[q].rel != relReported && ps[q].rel != relXcomp ||
		ps[q].gov >= 0 && ps[q].gov != k && ps[q].gov != p.gov {
		return -1, -1 // (what the complaint's own trailing frame reports hangs on that frame)
	}
	about := ps[q].subj
	if ps[q].passive && ps[q].agent >= 0 {
		about = ps[q].agent
	}
	if about < 0 {
		for gi, g := range v.groups {
			if g.first > t && g.end <= ps[q].first {
				about = gi
				break
			}
		}
	}
	if about < 0 || about == src || sameCountry(v.groups[about], v.groups[src]) {
		return -1, -1
	}
	return about, q
}

// sameCountry reports whether every member of a and of b has the same country code.
func sameCountry(a, b group) bool {
	c := ""
	for _, g := range []group{a, b} {
		for _, m := range g.members {
			if len(m.code) < 3 || !upperCode(m.code[:3]) {
				return false
			}
			if c == "" {
				c = m.code[:3]
			} else if m.code[:3] != c {
				return false
			}
		}
	}
	return c != ""
}

// acronymParens reports whether the parenthesis at i encloses an actor alone: "(GATT)".
func (v *sentenceView) acronymParens(i int) bool {
	switch v.words[i] {
	case "(":
		return i+2 < v.n() && v.actorAt[i+1] >= 0 && v.words[v.groups[v.actorAt[i+1]].end] == ")"
	case ")":
		return i >= 2 && v.actorAt[i-1] >= 0 && v.groups[v.actorAt[i-1]].first > 0 && v.words[v.groups[v.actorAt[i-1]].first-1] == "("
	}
	return false
}

// quoteMark reports whether w is a quotation mark token.
func quoteMark(w string) bool {
	switch w {
	case "\"", "``", "''", "“", "”":
		return true
	}
	return false
}

// insertedFrames gives a clause reported by a frame set off by commas inside it ("Egypt,
// diplomats said, has agreed to ...") the actor before the frame's opening comma as its subject.
func (v *sentenceView) insertedFrames(ps []pred) {
	for q := range ps {
		p := &ps[q]
		if p.rel != relReported || p.subj >= 0 || p.gov < 0 || p.gov >= q {
			continue
		}
		f := ps[p.gov]
		if !isSpeech(v.lemmas[f.head]) || f.end >= v.n() || v.words[f.end] != "," || f.end+1 != v.clauseStart(*p) {
			continue
		}
		o := f.first - 1 // back over the frame's subject to the comma that opens the frame
		for n := 0; o > 0 && n < 8 && v.words[o] != "," && !isVerbTag(v.tags[o]) && !boundaryWord(v.words[o]); n++ {
			o--
		}
		if o < 1 || v.words[o] != "," || v.actorAt[o-1] < 0 {
			continue
		}
		if g := v.actorAt[o-1]; v.npStart(v.groups[g].first) == 0 {
			p.subj = g // the actor opens the sentence: "Egypt, diplomats said, has agreed"
		}
	}
}

// reportedConjuncts reports a clause with a subject of its own joined by "and" or "but" to a
// clause that a speech verb before both reports: "officials said Riyadh had lent Pakistan 3
// billion dollars and Qatar had pledged aid to Egypt".
func (v *sentenceView) reportedConjuncts(ps []pred) {
	for q := 1; q < len(ps); q++ {
		p := &ps[q]
		if p.rel != relMain || p.gov >= 0 || p.subj < 0 {
			continue
		}
		c := v.clauseStart(*p) - 1
		if c >= 0 && v.words[c] == "that" {
			c-- // "said X ... and that Y ..."
		}
		if c < 1 || v.words[c] != "and" && v.words[c] != "but" || v.words[c-1] == "," {
			continue // (", and Turkey attacked ..." may be the writer's own statement)
		}
		r := q - 1
		for r > 0 && (ps[r].rel == relXcomp || ps[r].rel == relPurpose || ps[r].rel == relAdjunct || ps[r].rel == relModifier || ps[r].rel == relReduced) {
			r--
		}
		if ps[r].rel != relReported || ps[r].gov < 0 || ps[r].gov >= r || ps[r].compEnd > v.clauseStart(*p) && ps[r].head > c {
			continue
		}
		p.rel, p.gov = relReported, ps[r].gov
	}
}

// addresseeOf returns the addressee of the speech verb that reports predicate k ("told Peru
// that", "assured Kenya that") when k is a commitment, refusal or threat of the speaker (code
// roots 03, 12, 13) with no target of its own; else -1.
func (v *sentenceView) addresseeOf(ps []pred, k int, src int, code string) int {
	p := ps[k]
	if len(code) < 2 || code[:2] != "03" && code[:2] != "12" && code[:2] != "13" || p.rel != relReported || p.gov < 0 || p.gov >= k {
		return -1
	}
	f := ps[p.gov]
	switch v.lemmas[f.head] {
	case "tell", "assure", "inform", "promise", "notify", "reassure":
	default:
		return -1
	}
	if f.subj < 0 || src != f.subj || f.end >= v.n() {
		return -1 // the speaker's own act
	}
	g := v.actorAt[f.end]
	if g < 0 || g == src || v.groups[g].end >= v.n() || v.groups[g].end > v.clauseStart(p) {
		return -1
	}
	return g
}

// sufferedIn codes an armed act named by the noun at i as the act of the actor named before the
// noun on the subject of a clause that suffered losses in it: "Iraqi troops suffered heavy
// casualties in Iran's offensive" is IRN -> IRQMIL 190, "Syrian troops sustained losses in a
// Turkish assault" TUR -> SYRMIL (the code of the noun's lexicon entries, else 190). It returns
// nil when the sentence is not of that form.
func (v *sentenceView) sufferedIn(ps []pred, i int, es []compiledEntry) []codedEvent {
	if !isNounTag(v.tags[i]) && v.tags[i] != "JJ" || !attackNoun(v.lemmas[i]) { // (the tagger takes "offensive" for an adjective)
		return nil
	}
	agent, j := -1, i-1
	for ; j >= 0; j-- {
		if gi := v.actorAt[j]; gi >= 0 {
			agent = gi
			j = v.groups[gi].first - 1
			break
		}
		if t := v.tags[j]; t != "JJ" && t != "POS" && t != "HYPH" && t != "CD" && t != "NN" {
			return nil
		}
	}
	for j >= 0 && v.tags[j] == "DT" {
		j--
	}
	if agent < 0 || j < 1 || v.words[j] != "in" && v.words[j] != "during" {
		return nil
	}
	q := -1
	for k, p := range ps {
		if p.head < j && p.subj >= 0 && !p.passive {
			switch v.lemmas[p.head] {
			case "suffer", "sustain", "incur", "take":
				q = k
			}
			if w := v.words[p.head]; w == "suffered" || w == "sustained" || w == "incurred" { // (lemmas of past forms may be wrong)
				q = k
			}
		}
	}
	if q < 0 {
		return nil
	}
	loss := false
	for k := ps[q].head + 1; k < j; k++ { // (from the verb: "sustain losses" may be its phrase)
		switch v.words[k] { // the words: the lemmatizer gives "losses" as "losse"
		case "casualty", "casualties", "loss", "losses", "defeat", "defeats", "setback", "setbacks", "damage", "deaths":
			loss = true
		}
		if t := v.tags[k]; t != "JJ" && t != "CD" && t != "NN" && t != "NNS" && t != "DT" && t != "," {
			return nil
		}
	}
	victim := ps[q].subj
	if !loss || victim == agent || sameCountry(v.groups[victim], v.groups[agent]) {
		return nil
	}
	code := "190"
	if len(es) > 0 {
		code = es[0].code
	}
	mod := Asserted
	if v.reportedAt(ps, i) {
		mod = Reported
	}
	var evs []codedEvent
	for _, s := range v.groups[agent].members {
		for _, t := range v.groups[victim].members {
			if s.code != t.code {
				evs = append(evs, codedEvent{src: s, tgt: t, code: code, verb: v.span(i, i+1), modality: mod, pattern: true, direct: true})
			}
		}
	}
	return evs
}

// noLonger reports whether the chain of p holds "no longer" ("would no longer buy oil from Iran"):
// a refused or ended act, as "not".
func (v *sentenceView) noLonger(p pred) bool {
	for i := max(p.first-2, 0); i+1 < p.head; i++ { // (the chain may start after it: "will no longer buy")
		if v.words[i] == "no" && v.words[i+1] == "longer" {
			return true
		}
	}
	return false
}
