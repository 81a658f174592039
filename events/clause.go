package events

import "slices"

// The clause analysis of the event coder: over the POS tags of a sentence and its actor groups it
// finds the predicates (verbs that are not auxiliaries), their auxiliary chains, their subjects
// and the extent of their complements, and how each predicate hangs on another one: the
// infinitive governed by "urged Iran to", the clause reported by "said that", a predicate
// coordinated with the one before ("condemned ... and promised"), a relative clause ("Hamas,
// which fired ..."), a reduced passive ("civilians killed by troops").

// clauseRel says how a predicate is attached to its governor.
type clauseRel uint8

const (
	relMain     clauseRel = iota // an independent clause
	relXcomp                     // an infinitive governed by the verb before it ("urged X to halt", "agreed to")
	relPurpose                   // an infinitive of purpose ("met in Almaty to discuss")
	relReported                  // the content of a speech verb ("said (that) ...", "..., X said")
	relConj                      // a predicate coordinated with the one before, sharing its subject
	relAdjunct                   // a participle adjunct ("..., killing 20 people", "after arresting")
	relReduced                   // a participle after a noun ("civilians killed by troops", "a deal brokered by")
	relModifier                  // a participle used as an adjective ("an alleged attack")
)

// pred is one predicate of a sentence. Token indices are sentence-relative.
type pred struct {
	head    int // the verb
	first   int // first token of its auxiliary chain ("did not", "is expected to")
	end     int // after the verb and the particles of a multi-word verb
	passive bool
	rel     clauseRel
	gov     int // index of the governing predicate, or -1
	subj    int // subject group, or -1
	agent   int // the group after "by" of a passive, or -1
	ctrl    int // for relXcomp: the group that does the act of the infinitive, or -1
	obj     int // for relXcomp governors: the object group before "to" ("urged Iran to"), or -1
	compEnd int // end of the complement (exclusive)
	start   int // first token of the clause: its subject, relative pronoun or conjunction
	// pronSubj: the subject is a pronoun standing for the speaker of the reported clause ("X said
	// it would ...")
	pronSubj bool
	// args are the objects and obliques the dependency parser found; nil on the POS route, where
	// the complement is the tokens up to compEnd
	args []predArg
	// paren: a verb after a comma at the end of the sentence with nothing after it, which reports
	// what comes before whatever its lemma (", a rights group charged on Saturday")
	paren bool
	// owned: an infinitive after a noun of plan or effort whose owner is its subject ("the
	// Coalition's strategy to defeat ISIL"; planacts.go): the act is intended
	owned bool
}

// boundaryWord reports whether a word starts a new clause: complementizers, relative pronouns and
// subordinating conjunctions.
func boundaryWord(w string) bool {
	switch w {
	case ";", ":", "--", "—", "–", "(", ")", "that", "which", "who", "whom", "whose", "whereas", "while", "because",
		"although", "though", "if", "unless", "whether", "when", "where", "since", "until", "before", "after":
		return true
	}
	return false
}

// ownNoun reports whether w, after a possessive pronoun, names the speaker's own state or
// organization ("his country", "its government").
func ownNoun(w string) bool {
	switch w {
	case "country", "government", "nation", "administration", "organization", "organisation", "bank", "company":
		return true
	}
	return false
}

// auxLemma reports whether lemma l may be an auxiliary verb.
func auxLemma(l string) bool { return l == "be" || l == "have" || l == "do" || l == "get" }

// findHeads returns the predicates of the sentence: verb tokens outside actor mentions that are
// not auxiliaries and not absorbed by the auxiliary chain of a later verb ("plans to", "failed
// to"), each with its chain and passive flag. A verb mis-tagged as a noun right after an actor
// ("Iran attacks Iraq") counts when isVerb says its lemma is a known verb.
func (v *sentenceView) findHeads(isVerb func(lemma string) bool) []pred {
	n := v.n()
	var ps []pred
	absorbed := make([]bool, n)
	for i := n - 1; i >= 0; i-- {
		if absorbed[i] || v.actorAt[i] >= 0 {
			continue
		}
		t := v.tags[i]
		verb := isVerbTag(t)
		if !verb && (t == "NNS" || t == "NN") && i > 0 && v.actorAt[i-1] >= 0 && v.groups[v.actorAt[i-1]].end == i &&
			i+1 < n && (v.actorAt[i+1] >= 0 || v.tags[i+1] == "DT" || (t == "NNS" || v.afterThat(i)) && (v.tags[i+1] == "NNS" || v.tags[i+1] == "JJ")) {
			// "Iran attacks Iraq", "Kenya receives loans from": a verb after its subject
			if l := v.verbLemma(v.words[i]); isVerb(l) {
				verb = true
				v.lemmas[i] = l
			}
		}
		if !verb || v.prenominalParticiple(i) || v.namingVerb(i) {
			continue
		}
		if auxLemma(v.lemmas[i]) && v.auxOf(i) {
			continue
		}
		if v.words[i] == "according" && i+1 < n && v.words[i+1] == "to" {
			continue // "according to X": attribution, not an act
		}
		p := pred{head: i, end: i + 1, gov: -1, subj: -1, agent: -1, ctrl: -1, obj: -1, compEnd: n, start: -1}
		v.chainOf(&p)
		for k := p.first; k < p.head; k++ {
			absorbed[k] = true
		}
		ps = append(ps, p)
	}
	slices.Reverse(ps)
	return ps
}

// headlinePassive reports whether a participle of lemma l after a counted noun phrase reads as a
// passive without its auxiliary, as news headlines and leads write the victims of an act.
func headlinePassive(l string) bool {
	switch l {
	case "kill", "wound", "injure", "arrest", "detain", "capture", "kidnap", "abduct", "free", "release",
		"deport", "execute", "shoot", "hold", "jail", "sentence", "evacuate", "rescue", "expel", "displace", "hurt":
		return true
	}
	return false
}

// parenthetical reports whether predicate k closes the sentence as a reporting verb: its clause
// starts after a comma, it has no object (only time adjuncts or "here" up to the end), and a
// predicate comes before it.
func (v *sentenceView) parenthetical(ps []pred, k int) bool {
	p := ps[k]
	if k == 0 || p.rel != relMain || !v.finitePred(p) || !v.commaBeforeSubject(p) || v.closesRelative(p) {
		return false
	}
	for i := p.end; i < v.n(); i++ {
		switch w, t := v.words[i], v.tags[i]; {
		case t == "." || w == "here" || w == "today" || timeWord(w) || t == "IN" && v.timePP(i) || t == "DT" || t == "CD":
		case t == "IN" && (w == "on" || w == "in"):
		default:
			return false
		}
	}
	return true
}

// closesRelative reports whether the chain of p comes right after the comma that closes a relative
// clause set off by commas ("The aid, which Japan pledged to Kenya, will be disbursed"): p is the
// main verb resumed, not a reporting verb.
func (v *sentenceView) closesRelative(p pred) bool {
	if p.first < 2 || v.words[p.first-1] != "," {
		return false
	}
	for i := p.first - 2; i > 0; i-- {
		if v.words[i] == "," {
			return v.words[i+1] == "which" || v.words[i+1] == "who"
		}
	}
	return false
}

// finitePred reports whether p is a finite verb: a past or present tense, or a chain with a
// modal or an auxiliary (not a participle or an infinitive on its own).
func (v *sentenceView) finitePred(p pred) bool {
	if t := v.tags[p.head]; t == "VBD" || t == "VBZ" || t == "VBP" {
		return true
	}
	for i := p.first; i < p.head; i++ {
		if v.tags[i] == "MD" || isFinite(v.tags[i]) {
			return true
		}
	}
	return false
}

// noJoint reports whether tokens [a, b) hold no comma, conjunction, relative pronoun or clause
// boundary.
func (v *sentenceView) noJoint(a, b int) bool {
	for i := a; i < b; i++ {
		if w := v.words[i]; w == "," || v.tags[i] == "CC" || boundaryWord(w) || v.tags[i] == "WDT" || v.tags[i] == "WP" {
			return false
		}
	}
	return true
}

// reducedPassive reports whether the participle of predicate k, right after a noun, is a
// reduced passive ("civilians killed by troops", "a deal brokered by Qatar") rather than a past
// tense the tagger took for a participle ("The presidents spoke by telephone"): another predicate
// comes before it (the noun is then in its complement) or a finite one after it (the noun is
// then part of that one's subject).
func (v *sentenceView) reducedPassive(ps []pred, k int) bool {
	h := ps[k].head
	// "In a letter handed over to the UN": the noun is the object of a preposition, not a subject,
	// as long as a finite verb elsewhere can be the sentence's ("Chilean union leaders
	// attending a meeting with X called on the government": "called" is the only candidate)
	if s := v.npStart(h - 1); s > 0 && v.tags[s-1] == "IN" && !boundaryWord(v.words[s-1]) &&
		slices.ContainsFunc(ps, func(q pred) bool { return q.head != h && v.finitePred(q) }) {
		return true
	}
	// "... killed by government troops": an agent follows
	if h+1 < v.n() && v.words[h+1] == "by" {
		for j := h + 2; j < v.n() && j <= h+5; j++ {
			if v.actorAt[j] >= 0 {
				return true
			}
			if t := v.tags[j]; t != "DT" && t != "JJ" && t != "CD" {
				break
			}
		}
	}
	// "12 Turkish soldiers killed in Syria": a counted noun phrase, no object after the participle
	// of a verb that takes one ("100 Albanians demonstrated on Tuesday" is active)
	if (h+1 >= v.n() || v.tags[h+1] == "IN" || v.tags[h+1] == "." || v.tags[h+1] == ",") && headlinePassive(v.lemmas[h]) {
		s := v.npStart(h)
		if v.actorAt[h-1] >= 0 {
			s = v.npStart(v.groups[v.actorAt[h-1]].first)
		}
		if s < h && v.tags[s] == "CD" {
			return true
		}
	}
	for q := range ps {
		if q == k {
			continue
		}
		if q < k {
			if hq := ps[q].head; v.tags[hq] == "VBG" && ps[q].first == hq && hq > 0 && isNounTag(v.tags[hq-1]) {
				continue // a participle after the subject's noun: "business leaders attending a meeting"
			}
			return true
		}
		if t := v.tags[ps[q].head]; (t == "VBD" || t == "VBZ" || t == "VBP" || v.chainHasTag(ps[q], "MD")) && v.noJoint(h+1, ps[q].first) {
			return true // a finite verb of the same clause follows: "troops killed in the raid were ..."
		}
	}
	return false
}

// chainHasTag reports whether the auxiliary chain of p holds a token tagged t.
func (v *sentenceView) chainHasTag(p pred, t string) bool {
	for i := p.first; i < p.head; i++ {
		if v.tags[i] == t {
			return true
		}
	}
	return false
}

// afterThat reports whether the actor group that ends at token i follows "that" ("demanded that
// Israel ease restrictions": a subjunctive verb the tagger may take for a noun).
func (v *sentenceView) afterThat(i int) bool {
	g := v.groups[v.actorAt[i-1]]
	s := v.npStart(g.first)
	return s > 0 && v.words[s-1] == "that"
}

// auxOf reports whether the be/have/do/get at i is the auxiliary of a verb that follows it in the
// same chain ("has been attacked", "did not meet", "is expected to").
func (v *sentenceView) auxOf(i int) bool {
	for j := i + 1; j < v.n() && j <= i+4; j++ {
		w, t := v.words[j], v.tags[j]
		switch {
		case isVerbTag(t):
			return true
		case t == "RB" || w == "not" || w == "n't" || w == "never" || t == "MD":
		case intentWord(v.lemmas[j]) || aspectWord(v.lemmas[j]) || t == "TO":
		case v.timeAdjunct(j):
			j++ // "has this year been", "will next week be"
		default:
			return false
		}
	}
	return false
}

// timeAdjunct reports whether a deictic time phrase of two words starts at i ("this year", "next
// week", "last month"): one that may stand inside a verb chain ("would this year continue to
// urge").
func (v *sentenceView) timeAdjunct(i int) bool {
	switch v.words[i] {
	case "this", "next", "last", "each", "every":
		return i+1 < v.n() && timeWord(v.words[i+1]) && v.actorAt[i+1] < 0
	}
	return false
}

// chainOf extends p leftwards over auxiliaries, modals, negation, and intention and aspect verbs,
// and decides whether p is passive.
func (v *sentenceView) chainOf(p *pred) {
	be, raised := false, false
	i := p.head - 1
	for ; i >= 0; i-- {
		w, l, t := v.words[i], v.lemmas[i], v.tags[i]
		if v.actorAt[i] >= 0 {
			break
		}
		switch {
		case auxLemma(l) && isVerbTag(t):
			be = be || !raised && (l == "be" || l == "get")
		case t == "MD" || t == "TO" || w == "not" || w == "n't" || w == "never":
		case t == "RB" && i < p.head-1 || t == "RB" && v.tags[p.head] != "VBG":
		case t == "RBR" && w == "more" && i > 0 && v.words[i-1] == "once": // "would once more urge"
		case w == "longer" && i > 0 && v.words[i-1] == "no":
			i-- // "will no longer buy": a refused or ended act (see noLonger)
		case (intentWord(l) || aspectWord(l) || readyWord(l) || readyWord(w)) && (i+1 < v.n() && (v.tags[i+1] == "TO" || v.words[i+1] == "to" || aspectWord(l) && v.tags[i+1] == "VBG")):
			// "plans to", "failed to", "continued sending"
		case l == "remain" && isVerbTag(t) && i+1 < p.head && readyWord(v.words[i+1]): // "remains committed to"
		case l == "keep" && isVerbTag(t) && i == p.head-1 && v.tags[p.head] == "VBG":
			// "will keep providing": going on with the act, like "continue"
		case w == "on" && i == p.head-1 && i > 0 && v.lemmas[i-1] == "go" && isVerbTag(v.tags[i-1]) && v.tags[p.head] == "VBG":
			i-- // "went on supplying"
		case (l == "about" || l == "going" || l == "able" || l == "unable") && i+1 < v.n() && v.words[i+1] == "to":
		case l == "help" && i == p.head-1 && v.tags[p.head] == "VB": // "help mediate"
		case raisingWord(w) && (v.tags[i] == "VBN" || v.tags[i] == "VBD") && i+1 < p.head && v.words[i+1] == "to" && i > 0 && v.lemmas[i-1] == "be":
			// "is believed to have supplied", "has been reported to be holding": hearsay about the
			// subject's act (see Coder.modality); the "be" before it is not the act's passive
			raised = true
		case permitWord(w) && v.tags[i] == "VBN" && i+1 < p.head && v.words[i+1] == "to" && i > 0 && v.lemmas[i-1] == "be" && (i < 2 || v.words[i-2] != "to"):
			// "has been authorized to purchase", "was allowed to import": leave given for the
			// subject's own act, which it may now do (an intended act, see Coder.modality); the "be"
			// before it is not the act's passive. Not after "to": in "called on X to be allowed to
			// leave" the leave is asked for, not given
			raised = true
		case l == "look" && i+2 < p.head && v.words[i+1] == "forward" && v.words[i+2] == "to" && v.tags[p.head] == "VBG":
			// "looks forward to working with": a declared intent (see declaredIntent)
		case i > 0 && v.timeAdjunct(i-1) && i-1 > 0 && (v.tags[i-2] == "MD" || auxLemma(v.lemmas[i-2]) && isVerbTag(v.tags[i-2]) || v.tags[i-2] == "RB"):
			i-- // a time phrase inside the chain: "would again this year continue to urge"
		default:
			goto done
		}
	}
done:
	p.first = i + 1
	p.passive = v.tags[p.head] == "VBN" && be && !stateParticiple(v.words[p.head])
}

// permitWord reports whether w is a participle that, after "be" and before "to", gives the subject
// leave to act ("was authorized to buy", "has been allowed to import"): the subject is the act's
// agent.
func permitWord(w string) bool {
	switch w {
	case "authorized", "authorised", "allowed", "permitted", "cleared", "licensed", "licenced", "entitled", "empowered", "mandated":
		return true
	}
	return false
}

// raisingWord reports whether w is a participle that, after "be" and before "to", reports what
// others say or think of the subject's act ("is said to have attacked", "was reported to be
// holding").
func raisingWord(w string) bool {
	switch w {
	case "said", "reported", "believed", "thought", "alleged", "rumored", "rumoured", "understood", "known", "suspected", "claimed":
		return true
	}
	return false
}

// stateParticiple reports whether w is a participle that, after "be", names its subject's state of
// mind rather than a passive act ("is pleased with", "was disappointed by"): its subject is the
// one who feels, and a "by" phrase names the cause, not an agent.
func stateParticiple(w string) bool {
	if contentParticiple(w) {
		return true
	}
	switch w {
	case "disappointed", "dissatisfied", "displeased",
		"concerned", "worried", "alarmed", "surprised", "troubled", "disturbed", "dismayed", "saddened", "shocked", "outraged":
		return true
	}
	return false
}

// contentParticiple reports whether w is a participle of contentment ("pleased", "satisfied"):
// one of stateParticiple, and what a negated approval denies (contentment.go).
func contentParticiple(w string) bool {
	switch w {
	case "pleased", "satisfied", "delighted", "gratified":
		return true
	}
	return false
}

// statementNoun reports whether l names a statement whose content a participle may give ("a
// resolution demanding", "a statement condemning").
func statementNoun(l string) bool {
	switch l {
	case "statement", "declaration", "resolution", "communique", "letter", "message", "petition", "motion",
		"decree", "order", "ultimatum", "appeal", "call", "note", "memorandum":
		return true
	}
	return false
}

// readyWord reports whether l declares its subject ready for an act ("is determined to").
func readyWord(l string) bool {
	switch l {
	case "willing", "ready", "prepared", "determined", "eager", "keen", "committed":
		return true
	}
	return false
}

// chainHasWord reports whether the auxiliary chain of p holds one of words.
func (v *sentenceView) chainHasWord(p pred, words ...string) bool {
	for i := p.first; i < p.head; i++ {
		if slices.Contains(words, v.words[i]) || slices.Contains(words, v.lemmas[i]) {
			return true
		}
	}
	return false
}

// yearWord reports whether w is a year of four digits ("2014").
func yearWord(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// infinitive reports whether p is a "to" infinitive: its chain starts with "to" ("to halt"; not
// "plans to halt", whose chain starts with the finite "plans").
func (v *sentenceView) infinitive(p pred) bool { return v.words[p.first] == "to" }

// npStart returns the first token of the noun phrase whose head region starts at token i:
// determiners, adjectives, numbers, possessives and nouns before it.
func (v *sentenceView) npStart(i int) int {
	for i > 0 {
		t := v.tags[i-1]
		switch {
		case t == "DT" || t == "PDT" || t == "PRP$" || t == "CD" || t == "POS" || t == "JJ" || t == "JJS" || t == "JJR" ||
			t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "VBN" && i > 1 && v.tags[i-2] == "DT":
			if v.actorAt[i-1] >= 0 && v.groups[v.actorAt[i-1]].end == i {
				return i // another actor right before: "Gondor's government" starts at Gondor
			}
			if i < v.n() && v.actorAt[i] >= 0 && (t == "NNP" || t == "CD" || t == "NN") && (timeWord(v.words[i-1]) || yearWord(v.words[i-1])) {
				return i // a fronted time phrase without a comma: "On Monday Iran attacked", "In 2014 Russia annexed"
			}
			i--
		case t == "," && i > 1 && v.tags[i-2] == "JJ" && v.tags[i] == "JJ":
			i-- // coordinated adjectives: "local, legitimate ground forces"
		default:
			return i
		}
	}
	return i
}

// npStartOver is npStart that also walks over the actors that modify the head ("the UN
// Secretary-General", "Georgian opposition parties"). A determiner opens the phrase: "told
// Reuters the airline had" has the subject "the airline", not Reuters.
func (v *sentenceView) npStartOver(i int) int {
	for i > 0 {
		switch t := v.tags[i-1]; t {
		case "DT", "PRP$":
			i--
			if i > 0 && v.tags[i-1] == "PDT" {
				i-- // "all the"
			}
			return i
		case "PDT", "CD", "POS", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS":
			i--
		default:
			return i
		}
	}
	return i
}

// prepBefore returns the preposition that introduces group g ("" for none): the word before the
// noun phrase the group starts.
func (v *sentenceView) prepBefore(gi int) string {
	s := v.npStart(v.groups[gi].first)
	if s >= 4 && v.words[s-1] == "of" && countNoun(v.words[s-2]) && isVerbTag(v.tags[s-3]) && v.words[s-4] == "and" {
		s -= 2 // "killed 35 civilians and injured scores of others": the count is the verb's object
	}
	if s == 0 {
		return ""
	}
	if w := v.words[s-1]; boundaryWord(w) || subordinator(w) && w != "by" {
		return "" // a complementizer or conjunction: "demanded that Kyiv ..."
	}
	if t := v.tags[s-1]; t == "IN" || t == "TO" || v.words[s-1] == "to" {
		if quantifierPrep(v.words[s-1]) && v.tags[s] == "CD" {
			return "" // "over 34,000 Ukrainians": a number's modifier, not a preposition
		}
		return v.words[s-1]
	}
	return ""
}

// countNoun reports whether w is a plural count of people or things that takes its group with
// "of" ("scores of others", "dozens of civilians", "hundreds of families").
func countNoun(w string) bool {
	switch w {
	case "scores", "dozens", "hundreds", "thousands", "tens", "millions":
		return true
	}
	return false
}

// quantifierPrep reports whether w, before a number, modifies the number ("over 5,000", "about
// 200") rather than opening a prepositional phrase.
func quantifierPrep(w string) bool {
	switch w {
	case "over", "about", "around", "nearly", "almost", "some":
		return true
	}
	return false
}

// analyze finds the predicates of the sentence and their arguments.
func (v *sentenceView) analyze(isVerb func(string) bool, speech func(lemma string) bool, control func(lemma string) bool) []pred {
	ps := v.findHeads(isVerb)
	n := v.n()
	for k := range ps {
		p := &ps[k]
		// participles used as adjectives or after nouns
		if p.first == p.head && (p.head == 0 || v.words[p.head-1] == "," || v.tags[p.head-1] == "CC") &&
			(v.tags[p.head] == "VBN" || v.tags[p.head] == "VBG") && p.head+1 < n && (isNounTag(v.tags[p.head+1]) || v.actorAt[p.head+1] >= 0) &&
			!(v.tags[p.head] == "VBG" && p.head > 0) && !v.resumesAfterInsertion(ps, k) {
			p.rel = relModifier // "Ousted President Akayev", "..., elected president"
			continue
		}
		if p.first == p.head && v.tags[p.head] == "VBG" && p.head > 0 && p.head+1 < n && isNounTag(v.tags[p.head+1]) &&
			(v.tags[p.head-1] == "DT" || v.tags[p.head-1] == "JJ" || v.tags[p.head-1] == "NNP" || v.tags[p.head-1] == "PRP$" || v.actorAt[p.head-1] >= 0) {
			p.rel = relModifier // "the UN peacekeeping mission"
			continue
		}
		// "returned 32 soldiers captured during the clashes": a past form right after the object of
		// another verb, with nothing to join it, is a reduced relative whatever its tag
		if p.first == p.head && k > 0 && (v.tags[p.head] == "VBD" || v.tags[p.head] == "VBN") && p.head > 0 &&
			(isNounTag(v.tags[p.head-1]) || v.actorAt[p.head-1] >= 0) && !timeWord(v.words[p.head-1]) &&
			v.noJoint(ps[k-1].end, p.head) && p.head-ps[k-1].end >= 1 &&
			!(ps[k-1].first == ps[k-1].head && (v.tags[ps[k-1].head] == "VBG" || v.tags[ps[k-1].head] == "VBN")) &&
			!(speech(v.lemmas[ps[k-1].head]) && v.tags[p.head] == "VBD" && v.actorAt[p.head-1] >= 0) {
			// (not after a speech verb: "officials said Iran attacked Iraq" reports a clause)
			p.rel, p.passive = relReduced, true
			continue
		}
		if p.first == p.head && p.head > 0 {
			prev, pt := v.words[p.head-1], v.tags[p.head-1]
			switch v.tags[p.head] {
			case "VBN":
				if pt == "DT" || pt == "JJ" || pt == "PRP$" || pt == "IN" && prev != "by" {
					p.rel = relModifier
				} else if (isNounTag(pt) || v.actorAt[p.head-1] >= 0) && !timeWord(prev) && v.reducedPassive(ps, k) {
					p.rel, p.passive = relReduced, true
				}
			case "VBG":
				if prev == "for" || prev == "of" || prev == "over" || prev == "about" {
					p.rel = relModifier // the content of another act: "criticized Hungary for blocking"
				} else if subordinator(prev) || prev == "," || prev == "without" {
					p.rel = relAdjunct
				} else if isNounTag(pt) && v.actorAt[p.head-1] < 0 {
					p.rel = relModifier
					if statementNoun(v.lemmas[p.head-1]) && k > 0 {
						// "issued a statement condemning X": the statement's act, by its author
						p.rel, p.gov = relXcomp, k-1
					}
				}
			}
		}
	}
	// infinitives: governed by the nearest predicate before them when only its object lies between
	for k := range ps {
		p := &ps[k]
		if !v.infinitive(*p) || k == 0 {
			continue
		}
		g := &ps[k-1]
		between := v.groupsIn(g.end, p.first)
		ok := p.first-g.end <= 10
		far := !ok && v.farPurpose(g.end, p.first) // "receive ... from Algeria, Iraq and Kuwait to help it" (reach.go)
		ok = ok || far
		for i := g.end; i < p.first && ok; i++ {
			if boundaryWord(v.words[i]) && !(v.words[i] == "whether" && i == p.first-1) || v.words[i] == "," && len(between) == 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		p.gov = k - 1
		if !far && (control(v.lemmas[g.head]) || intentWord(v.lemmas[g.head]) || aspectWord(v.lemmas[g.head]) || v.words[p.first-1] == "whether") {
			p.rel = relXcomp
			if len(between) > 0 && !v.placeBeforeInfinitive(between[0]) { // not "agreed in Paris to"
				g.obj = between[0]
			}
		} else {
			p.rel = relPurpose
		}
	}
	// subjects, clause by clause
	for k := range ps {
		p := &ps[k]
		switch p.rel {
		case relModifier:
			continue
		case relReduced:
			if gi := v.actorAt[p.head-1]; gi >= 0 {
				p.subj = gi // the patient: "civilians killed by troops"
			}
		case relXcomp, relPurpose:
			g := ps[p.gov]
			if g.obj >= 0 && control(v.lemmas[g.head]) {
				p.ctrl = g.obj
			} else {
				p.ctrl = g.subj
			}
			p.subj = p.ctrl
		case relAdjunct:
			// the subject of the clause it modifies: the predicate before it, else after it
			for q := k - 1; q >= 0; q-- {
				if ps[q].rel == relMain || ps[q].rel == relConj {
					p.subj, p.gov = ps[q].subj, q
					break
				}
			}
		default:
			v.findSubject(ps, k)
			if ps[k].subj < 0 {
				ps[k].subj = v.claimedBy(ps, k) // "an attack claimed by X killed"
			}
		}
	}
	// subjects of adjuncts that open the sentence ("After meeting X, Y said")
	for k := range ps {
		if ps[k].rel == relAdjunct && ps[k].subj < 0 {
			for q := k + 1; q < len(ps); q++ {
				if ps[q].rel == relMain && ps[q].subj >= 0 {
					ps[k].subj = ps[q].subj
					break
				}
			}
		}
	}
	// "demanded that X withdraw", "warned Israel that ...": the clause an appeal, demand or warning
	// is about, like an infinitive
	for k := range ps {
		g := &ps[k]
		if !control(v.lemmas[g.head]) || speech(v.lemmas[g.head]) {
			continue
		}
		t := -1
		for i := g.end; i < n && i <= g.end+8; i++ {
			if v.words[i] == "that" {
				t = i
				break
			}
			if boundaryWord(v.words[i]) || isVerbTag(v.tags[i]) {
				break
			}
		}
		if t < 0 {
			continue
		}
		for q := k + 1; q < len(ps); q++ {
			if ps[q].rel == relModifier || ps[q].rel == relReduced {
				continue
			}
			if v.clauseStart(ps[q]) == t+1 && ps[q].gov < 0 {
				ps[q].rel, ps[q].gov, ps[q].ctrl = relXcomp, k, ps[q].subj
				if between := v.groupsIn(g.end, t); len(between) > 0 {
					g.obj = between[0]
				} else {
					g.obj = ps[q].subj
				}
			}
			break
		}
	}
	// reported clauses: the content of a speech verb before ("said (that) X ...") or after
	// (", X said") a predicate
	for k := range ps {
		if v.parenthetical(ps, k) {
			ps[k].paren = true // ", a human rights group charged on Saturday"
		}
	}
	for k := range ps {
		s := ps[k]
		if !speech(v.lemmas[s.head]) && !s.paren || s.rel == relModifier || s.rel == relReduced || v.inPrepInsertion(s) {
			continue
		}
		for q := k + 1; q < len(ps); q++ {
			if ps[q].rel != relMain || ps[q].gov >= 0 {
				continue
			}
			// the next independent clause after the speech verb, up to a sentence-level boundary
			if v.clauseBreak(s.end, v.clauseStart(ps[q])) {
				break
			}
			ps[q].rel, ps[q].gov = relReported, k
			if st := ps[q].start; st > 0 && v.words[st-1] == "," && (v.words[st] == "which" || v.words[st] == "who") {
				continue // "said Iran, which has denied the charges, attacked Iraq": the main clause is reported too
			}
			break
		}
		if c := v.clauseStart(s); c > 0 && v.words[c-1] == "," || k > 0 && s.first > 0 && v.commaBeforeSubject(s) {
			// ", a senior official said": everything before is reported
			for q := k - 1; q >= 0; q-- {
				if ps[q].gov < 0 && (ps[q].rel == relMain || ps[q].rel == relConj) {
					ps[q].rel, ps[q].gov = relReported, k
				}
			}
		}
	}
	// "X said it would ...": a pronoun subject of the reported clause stands for the speaker
	for k := range ps {
		p := &ps[k]
		if p.rel != relReported || p.subj >= 0 || p.gov < 0 {
			continue
		}
		i := p.first - 1
		for i >= 0 && v.tags[i] == "RB" {
			i--
		}
		if i >= 0 && v.tags[i] == "PRP" {
			switch v.words[i] {
			case "it", "he", "she", "they", "we":
				p.subj, p.pronSubj = ps[p.gov].subj, true
			}
		} else if i >= 1 && ownNoun(v.words[i]) && v.actorAt[i] < 0 {
			switch v.words[i-1] {
			case "his", "her", "its", "their", "our":
				// "the minister said his country would ...": the speaker's own state
				p.subj, p.pronSubj = ps[p.gov].subj, true
			}
		}
	}
	// passive agents
	for k := range ps {
		p := &ps[k]
		if !p.passive {
			continue
		}
		for gi, g := range v.groups {
			if g.first < p.end || g.first > p.end+6 {
				continue
			}
			if b := v.npStart(g.first) - 1; b >= 0 && v.words[b] == "by" {
				p.agent = gi
				break
			}
		}
		if p.agent < 0 {
			p.agent = v.actAgent(*p) // "was killed in a raid conducted by X"
		}
	}
	// complements end where the next clause starts
	for k := range ps {
		p := &ps[k]
		p.compEnd = n
		for i := p.end; i < n; i++ {
			if boundaryWord(v.words[i]) && !(v.words[i] == "that" && i > p.end && v.tags[i] == "DT") {
				p.compEnd = i
				break
			}
		}
		for _, q := range ps[k+1:] {
			c := v.clauseStart(q)
			if q.rel == relXcomp || q.rel == relPurpose {
				c = q.first
			}
			if q.rel != relModifier && q.rel != relReduced && c < p.compEnd && c >= p.end {
				p.compEnd = c
			}
			if q.rel != relModifier && q.rel != relReduced {
				break
			}
			// over a participle of the complement ("conducted strikes delivering munitions
			// ... to enable ..."): the next clause still ends it
		}
	}
	return ps
}

// groupsIn returns the groups that lie inside tokens [a, b).
func (v *sentenceView) groupsIn(a, b int) []int {
	var out []int
	for gi, g := range v.groups {
		if g.first >= a && g.end <= b {
			out = append(out, gi)
		}
	}
	return out
}

// subjectBefore returns the actor group that is the subject of a verb whose chain starts at
// first, or -1: the noun phrase right before the chain, over adverbs, time adjuncts ("Arnor on
// Thursday signed") and an appositive between commas; when that noun phrase ends with a
// prepositional phrase, its head noun decides ("officials in New Delhi said": not New Delhi;
// "a spokesman for the foreign ministry said": the ministry, by its spokesman). A noun phrase
// that is not an actor ("any strike on its territory would") leaves the verb without an actor
// subject.
func (v *sentenceView) subjectBefore(first, lo int) int {
	j := v.skipBack(first-1, lo)
	for hop := 0; hop < 3 && j >= lo; hop++ {
		if gi := v.actorAt[j]; gi >= 0 {
			g := v.groups[gi]
			prep := v.prepBefore(gi)
			if placeGroup(g) {
				// "Rebels in Syria received": the place belongs to the subject's noun phrase
				if h := v.npStart(g.first) - 2; prep != "" && h >= lo && isNounTag(v.tags[h]) {
					j = h
					continue
				}
				return -1
			}
			if prep == "" || prep == "of" || prep == "from" {
				return gi // "the government of Liberia" is one actor; "soldiers from Gondor" too
			}
			if st := v.npStart(g.first); prep == "by" && st >= 2 && leadVerb(v.words[st-2]) {
				return gi // "a coalition led by Saudi Arabia attacked": the leader acts
			}
			// the head noun of the phrase the preposition attaches to
			h := v.npStart(g.first) - 2
			if h < lo || !isNounTag(v.tags[h]) || v.tags[h] == "NNP" && v.actorAt[h] < 0 {
				return -1 // "In Syria, ...": an adjunct, not a subject
			}
			if hg := v.actorAt[h]; hg >= 0 {
				return hg
			}
			if roleOf(v.lemmas[h]) != "" {
				return gi // "a spokesman for X", "lawmakers in X"
			}
			return -1
		}
		if !isNounTag(v.tags[j]) {
			return -1
		}
		// a noun phrase that is not an actor: an actor may modify its head ("Arnor cleric", "the
		// Quibbler government newspaper"), or its head may be the object of "of" after the head
		// of the subject ("The Calenardhon Ministry of Silly Walks")
		st := v.npStartOver(j)
		for k := j - 1; k >= st; k-- {
			if gi := v.actorAt[k]; gi >= 0 {
				return gi
			}
		}
		if st-1 > lo && (v.words[st-1] == "of" || v.words[st-1] == "for") && isNounTag(v.tags[st-2]) {
			j = st - 2
			continue
		}
		if st-2 >= lo && v.words[st-1] == "and" && v.actorAt[st-2] >= 0 && !placeGroup(v.groups[v.actorAt[st-2]]) && collectiveNoun(v.lemmas[j]) {
			// "Armenia and the international community have been calling for": the actor of a
			// coordination with a collective that is no actor
			return v.actorAt[st-2]
		}
		return -1
	}
	return -1
}

// skipBack returns the last token at or before j, not before lo, that is not an adverb, a time
// adjunct ("on Thursday") or the end of an appositive (", the state's fiercest foe,").
func (v *sentenceView) skipBack(j, lo int) int {
	for j >= lo {
		switch {
		case v.tags[j] == "RB" && v.actorAt[j] < 0 || quoteMark(v.words[j]):
			j-- // (a quote opening before the chain: Moscow "would consider")
		case timeWord(v.words[j]) || v.tags[j] == "CD" && j > lo:
			// "on Thursday", "in 1990", "last week"
			k := j
			for k > lo && (v.tags[k-1] == "DT" || v.tags[k-1] == "JJ" || v.tags[k-1] == "CD" || timeWord(v.words[k-1])) {
				k--
			}
			if k > lo && (v.tags[k-1] == "IN") && !boundaryWord(v.words[k-1]) {
				k--
			} else if k == j && v.tags[j] == "CD" {
				return j
			}
			j = k - 1
		case v.words[j] == "," && v.actorAt[j] < 0:
			// an appositive ", NP ," before the verb: skip back to the comma that opens it
			k := j - 1
			for k > lo && v.words[k] != "," && !isVerbTag(v.tags[k]) && !boundaryWord(v.words[k]) {
				k--
			}
			if k > lo && v.words[k] == "," && k < j-1 {
				j = k - 1
			} else {
				return j
			}
		default:
			return j
		}
	}
	return j
}

// subjectBeforeInsert returns the subject group of predicate k found before the comma at open that
// starts an insertion between the subject and the verb (a relative clause, an appositive), searching
// back to the end of the last predicate before open; -1 when there is none.
func (v *sentenceView) subjectBeforeInsert(ps []pred, k, open int) int {
	lo := 0
	for q := k - 1; q >= 0; q-- {
		if ps[q].end <= open {
			lo = ps[q].end
			break
		}
	}
	if gi := v.subjectBefore(open, lo); gi >= 0 {
		return gi
	}
	return v.subjectBeforeStacked(open) // insertions.go
}

// leaderAppositive returns the comma that opens an appositive ", led by NP," (see leadVerb) of at
// most 12 tokens closed by the comma at j, not before lo; -1 when there is none.
func (v *sentenceView) leaderAppositive(j, lo int) int {
	for k := j - 1; k > lo && k >= j-12; k-- {
		if v.words[k] == "," {
			if k+2 < j && leadVerb(v.words[k+1]) && v.words[k+2] == "by" {
				return k
			}
			return -1
		}
		if boundaryWord(v.words[k]) {
			return -1
		}
	}
	return -1
}

// leadVerb reports whether w is a participle that makes its "by" agent the leader of the noun
// before it ("a coalition led by X", "a delegation headed by X"), who is then the actor of what
// the group does.
func leadVerb(w string) bool {
	return w == "led" || w == "headed" || w == "commanded"
}

// relativeBefore returns the comma that opens a non-restrictive relative clause (", which ...",
// ", who ...") closed by the comma at j, within 20 tokens and not before lo; -1 when there is none.
// The clause may hold verbs; it may not hold another comma or a sentence boundary.
func (v *sentenceView) relativeBefore(j, lo int) int {
	for k := j - 1; k > lo && k >= j-20; k-- {
		switch v.words[k] {
		case ",", ";", ":", "--":
			if w := v.words[k+1]; v.words[k] == "," && (w == "which" || w == "who" || w == "whose") {
				return k
			}
			return -1
		}
	}
	return -1
}

// clauseStart returns the first token of the clause of p: its subject when the subject is its
// own and comes before it, its relative pronoun or conjunction, else its chain.
func (v *sentenceView) clauseStart(p pred) int {
	switch p.rel {
	case relXcomp, relPurpose, relAdjunct, relModifier, relReduced:
		return p.first
	}
	if p.start >= 0 && p.start < p.first {
		return p.start
	}
	return p.first
}

// clauseBreak reports whether tokens [a, b) hold a boundary between independent sentences'
// worth of clauses: a semicolon or colon.
func (v *sentenceView) clauseBreak(a, b int) bool {
	for i := a; i < b && i < v.n(); i++ {
		if v.words[i] == ";" {
			return true
		}
	}
	return false
}

// commaBeforeSubject reports whether a comma comes right before the subject of speech predicate s
// or right before s itself (", said X").
func (v *sentenceView) commaBeforeSubject(s pred) bool {
	if s.first > 0 && v.words[s.first-1] == "," {
		return true
	}
	if s.subj >= 0 {
		st := v.npStart(v.groups[s.subj].first)
		return st > 0 && v.words[st-1] == "," && st < s.first
	}
	// an unnamed speaker ("a senior official said"): a comma within a few words before the verb
	for i := s.first - 1; i >= 0 && i >= s.first-6; i-- {
		if v.words[i] == "," {
			return true
		}
		if isVerbTag(v.tags[i]) || v.actorAt[i] >= 0 && !placeGroup(v.groups[v.actorAt[i]]) {
			return false
		}
	}
	return false
}

// findSubject sets the subject of the finite predicate k: the nearest actor group before its
// chain in its clause, not inside a prepositional phrase unless the phrase belongs to the
// subject's noun ("a spokesman for the Chinese foreign ministry", "lawmakers in Fornost"); the
// antecedent of a relative pronoun; or, for a predicate coordinated with the one before ("and
// promised"), that one's subject.
func (v *sentenceView) findSubject(ps []pred, k int) {
	p := &ps[k]
	p.start = p.first
	prevEnd := 0
	if k > 0 {
		prevEnd = ps[k-1].end
	}
	// coordination: "and" (or ", and", "but") right before the chain, no subject in between
	i := p.first - 1
	for i >= 0 && (v.tags[i] == "RB" || v.words[i] == ",") {
		i--
	}
	if i >= 0 && (v.words[i] == "and" || v.words[i] == "but" || v.words[i] == "or" || v.words[i] == "then") && k > 0 {
		q := k - 1
		for q > 0 && (ps[q].rel == relXcomp || ps[q].rel == relPurpose || ps[q].rel == relAdjunct || ps[q].rel == relModifier || ps[q].rel == relReduced) {
			q--
		}
		p.rel, p.subj, p.gov, p.start = relConj, ps[q].subj, q, i
		if v.tags[p.head] == "VBN" && p.first == p.head && ps[q].passive && v.words[i] == "and" {
			p.passive = true // "was targeted and killed by X": the auxiliary is shared
		}
		if v.tags[p.head] == "VB" && p.first == p.head && !v.chainHasTag(ps[q], "MD") && !v.chainHasTag(ps[q], "TO") &&
			v.tags[ps[q].head] != "VB" {
			p.rel = relModifier // "massed troops and armour": a noun the tagger took for a base-form verb
			return
		}
		if ps[q].rel == relReported {
			p.rel = relReported
			p.gov = ps[q].gov
		}
		return
	}
	// relative pronoun: "Hamas, which fired ...", "the woman who shot at ..."
	if i >= 0 && (v.words[i] == "which" || v.words[i] == "who" || v.words[i] == "that" && v.tags[i] == "WDT") {
		p.start = i
		j := i - 1
		if j >= 0 && v.words[j] == "," {
			j--
		}
		if j >= 0 && v.actorAt[j] >= 0 {
			p.subj = v.actorAt[j]
		} else if j >= 0 && j < i-1 && v.words[i] == "who" {
			p.subj = v.relativeOverTime(j) // "to EU leaders at the end of last year, who invited" (relativeover.go)
		}
		return
	}
	best := v.subjectBefore(p.first, prevEnd)
	if c := v.skipBack(p.first-1, prevEnd); best < 0 && c >= 0 && v.words[c] == "," {
		// "Japan and South Korea, which had clashed in May, signed": the subject is before the
		// relative clause, whose verbs end the usual search
		if o := v.leaderAppositive(c, 0); o > 0 {
			// "The coalition, led by the United States, launched": the leader acts; "Iran, led by
			// its supreme leader, criticized": the subject before the appositive does
			if gi := v.actorAt[c-1]; gi >= 0 && v.groups[gi].end == c {
				p.subj, p.start = gi, c
				return
			}
			if best = v.subjectBeforeInsert(ps, k, o); best >= 0 {
				p.subj, p.start = best, c
				return
			}
		}
		if r := v.relativeBefore(c, 0); r > 0 {
			if best = v.subjectBeforeInsert(ps, k, r); best >= 0 {
				p.subj, p.start = best, c // the clause starts after the relative clause it skips
				return
			}
		}
		if o := v.prepInsertion(c, 0); o > 0 {
			// "the minister, on the third leg of a trip to Europe, met": the subject is before it (reach.go)
			if best = v.subjectBeforeInsert(ps, k, o); best >= 0 {
				p.subj, p.start = best, c
				return
			}
		}
		if o := v.participleAppositive(c, 0); o > 0 {
			// "Hong Kong, supported by developing countries, attacked": the subject is before it
			if best = v.subjectBeforeInsert(ps, k, o); best >= 0 {
				p.subj, p.start = best, c
				return
			}
		}
		if best = v.ingSubject(ps, k, c); best >= 0 {
			// "President X of Kenya, speaking after talks, urged": the subject is before it (insertions.go)
			p.subj, p.start = best, c
			return
		}
	}
	if q := k - 1; q >= 0 && ps[q].subj >= 0 && (best < 0 || v.groups[best].first > ps[q].head) &&
		v.tags[ps[q].head] == "VBG" && ps[q].first == ps[q].head && ps[q].head > 0 && isNounTag(v.tags[ps[q].head-1]) &&
		ps[q].rel == relMain && v.noJoint(ps[q].end, p.first) {
		// "Chilean union leaders attending a meeting with X called on ...", "Egyptian
		// officials visiting Sudan criticized Ethiopia": the subject of the participle after the
		// subject's noun is the verb's, not an actor of the participle's complement
		best = ps[q].subj
	}
	p.subj = best
	if best >= 0 {
		p.start = min(p.start, v.npStart(v.groups[best].first))
	} else if j := v.skipBack(p.first-1, prevEnd); j >= 0 && v.tags[j] == "PRP" {
		p.start = j // "that it must cooperate": the clause starts at its pronoun
	}
}
