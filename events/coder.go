package events

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
	"github.com/geopol/geopol/text/syntax"
)

//go:embed data/cameo_verbs.tsv
var cameoVerbsTSV string

// CAMEOVerbs returns the CAMEO verb pattern dictionary embedded in the package
// (events/data/cameo_verbs.tsv, compiled by tools/cameoverbs from the Open Event Data
// Alliance's CAMEO.2.0.txt, MIT licence), read once per process.
func CAMEOVerbs() (*VerbDict, error) { return loadCAMEOVerbs() }

var loadCAMEOVerbs = sync.OnceValues(func() (*VerbDict, error) { return ReadVerbTable(strings.NewReader(cameoVerbsTSV)) })

// CoderOptions configure a [Coder].
type CoderOptions struct {
	// Verbs is the verb dictionary. nil is the built-in coding: the embedded CAMEO dictionary
	// ([CAMEOVerbs]) with the package's own lexicon of news phrasing over it, and the CAMEO frames
	// that recode an appeal, demand, promise, refusal or threat by the act it is about. A user
	// dictionary replaces both, and its codes are used as they are (they need not be CAMEO codes).
	Verbs *VerbDict
	// Agents keeps generic agents without a country as actors ("rebels" REB, "police" COP); by
	// default an agent is an actor only when the sentence names its country.
	Agents bool
	// Parser finds the arguments of the verbs with the dependency parser of package text/syntax
	// instead of the clause rules over part-of-speech tags.
	Parser bool
}

// A Coder codes the events of analysed documents. It is immutable and safe for concurrent use.
type Coder struct {
	verbs  *VerbDict
	lex    *lexIndex // the package lexicon; nil with a user dictionary
	known  map[string]bool
	cb     *CAMEOCodebook
	agents bool
	syn    *syntax.Model // the dependency parser, or nil for the clause rules over tags
	// nouns maps a noun lemma to the lexicon's noun entries or to the code of the noun of an act
	// derived from a verb (nominal.go); nil with a user dictionary
	nouns map[string]nounTrigger
}

// NewCoder returns a coder with options o.
func NewCoder(o CoderOptions) (*Coder, error) {
	cb, err := Codebook()
	if err != nil {
		return nil, err
	}
	c := &Coder{verbs: o.Verbs, cb: cb, agents: o.Agents}
	if o.Parser {
		if c.syn, err = syntax.Default(); err != nil {
			return nil, err
		}
	}
	if c.verbs == nil {
		if c.verbs, err = CAMEOVerbs(); err != nil {
			return nil, err
		}
		if c.lex, err = loadLexicon(); err != nil {
			return nil, err
		}
	}
	c.known = map[string]bool{}
	for l := range c.verbs.known {
		c.known[l] = true
	}
	if c.lex != nil {
		for l := range c.lex.known {
			c.known[l] = true
		}
	}
	for _, l := range []string{"be", "have", "do", "get"} {
		c.known[l] = true
	}
	for l := range grammarVerbs {
		c.known[l] = true
	}
	c.buildCoderNominals()
	return c, nil
}

var defaultCoder = sync.OnceValues(func() (*Coder, error) { return NewCoder(CoderOptions{}) })

// grammarVerbs are the verbs the clause analysis needs to know whatever the dictionary: speech
// verbs, whose clauses are reported, and verbs whose infinitive complement is part of their act.
var grammarVerbs = map[string]struct{ speech, control bool }{
	"say": {speech: true}, "tell": {speech: true}, "state": {speech: true}, "announce": {speech: true},
	"declare": {speech: true}, "add": {speech: true}, "note": {speech: true}, "report": {speech: true},
	"claim": {speech: true}, "insist": {speech: true}, "stress": {speech: true}, "reiterate": {speech: true},
	"confirm": {speech: true}, "explain": {speech: true}, "write": {speech: true}, "argue": {speech: true},
	"conclude": {speech: true}, "reveal": {speech: true}, "emphasize": {speech: true}, "emphasise": {speech: true},
	"acknowledge": {speech: true}, "admit": {speech: true}, "remark": {speech: true}, "tweet": {speech: true},
	"assert": {speech: true}, "maintain": {speech: true}, "allege": {speech: true}, "quote": {speech: true},
	"believe": {speech: true}, "think": {speech: true}, "suggest": {speech: true}, "indicate": {speech: true},
	"urge": {control: true}, "ask": {control: true}, "call": {control: true}, "appeal": {control: true},
	"request": {control: true}, "press": {control: true}, "order": {control: true}, "force": {control: true},
	"allow": {control: true}, "help": {control: true}, "invite": {control: true}, "encourage": {control: true},
	"persuade": {control: true}, "demand": {control: true}, "warn": {control: true}, "advise": {control: true},
	"authorize": {control: true}, "permit": {control: true}, "compel": {control: true}, "pressure": {control: true},
	"push": {control: true}, "implore": {control: true}, "plead": {control: true}, "agree": {control: true},
	"refuse": {control: true}, "decline": {control: true}, "promise": {control: true}, "pledge": {control: true},
	"vow": {control: true}, "threaten": {control: true}, "offer": {control: true}, "swear": {control: true},
	"commit": {control: true}, "reject": {control: true},
}

func isSpeech(l string) bool  { return grammarVerbs[l].speech }
func isControl(l string) bool { return grammarVerbs[l].control }

// verbCode is the code of one predicate after the dictionaries.
type verbCode struct {
	code           dictCode
	words          int     // the number of words of the pattern that matched (0: the bare verb)
	flags          lexFlag // from the package lexicon
	target, source int     // groups bound by the pattern's "+" and "$", or -1
	comp           bool    // the pattern's "%": the compound subject acts on itself
	end            int     // after the last token of the matched phrase
	foreign        bool    // the pattern was written for other verbs of its block
	ok             bool
	// the words of the matched pattern: the lexicon entry's slots or the dictionary pattern's
	// elements after the verb
	slots [][]string
	post  []patElem
}

// partnerVerb reports whether l names working together ("cooperate with", "work with"), whose
// partner can only be the object of "with".
func partnerVerb(l string) bool {
	return l == "cooperate" || l == "collaborate" || l == "partner" || l == "work"
}

// ofWithObject reports whether group gi ends an "of" phrase of the object of "with": "met with
// the Minister of Foreign Affairs of Iraq".
func (v *sentenceView) ofWithObject(gi int) bool {
	s := v.npStart(v.groups[gi].first)
	for n := 0; n < 3 && s >= 2 && v.words[s-1] == "of"; n++ {
		s = v.npStart(s - 1)
		if s >= 1 && v.words[s-1] == "with" {
			return true
		}
	}
	return false
}

// endsWith reports whether the last slot of the lexicon pattern of vc holds w ("cooperate * with").
func (vc verbCode) endsWith(w string) bool {
	return len(vc.slots) > 0 && slices.Contains(vc.slots[len(vc.slots)-1], w)
}

// names reports whether the pattern of vc names word w (or lemma l) after its verb.
func (vc verbCode) names(w, l string) bool {
	for _, alts := range vc.slots {
		for _, a := range alts {
			if a == w || a == l {
				return true
			}
		}
	}
	for _, e := range vc.post {
		for _, alt := range e.alts {
			for _, a := range alt {
				if a == w || a == l {
					return true
				}
			}
		}
	}
	return false
}

// codeOf looks predicate p up in the dictionary and the lexicon; patterns may match up to token
// limit (the end of p's complement, or of the infinitive it governs: "declined to comment").
func (c *Coder) codeOf(v *sentenceView, p pred, limit int) verbCode {
	vc := c.codeOfVerb(v, p, limit)
	if c.lex == nil || !lightVerb(v.lemmas[p.head]) || vc.ok && vc.words > 0 && vc.code.fwd != "010" {
		return vc
	}
	// "undertook a mediation mission between X and Y", "announced a suspension of air links
	// with X", "initiated the process of returning": a light verb whose object is the noun of an
	// act is coded as the act, when the act's verb has a pattern or a code of its own
	i, stem := v.actNoun(p, limit)
	if i < 0 {
		return vc
	}
	saved := v.lemmas[i]
	v.lemmas[i] = stem
	v.substituted, v.substLemma = true, saved
	q := p
	q.head, q.first, q.end = i, i, i+1
	nc := c.codeOfVerb(v, q, limit)
	v.lemmas[i] = saved
	v.substituted, v.substLemma = false, ""
	if !nc.ok || nc.code.fwd == "010" || nc.flags&speech != 0 {
		return vc
	}
	nc.words++ // the noun counts as a word of the pattern: "imposed" is bare, "imposed a ban" is not
	nc.flags &^= takesInf
	return nc
}

// lightVerb reports whether l is a verb that often takes the noun of an act as its object and
// means little by itself: "undertook mediation", "launched an investigation".
func lightVerb(l string) bool {
	switch l {
	case "make", "give", "take", "undertake", "launch", "initiate", "begin", "start", "conduct",
		"announce", "declare", "order", "stage", "mount", "hold", "pursue", "seek", "extend", "issue":
		return true
	}
	return false
}

// actNoun returns the position of the noun of an act that is the object of light verb p, and the
// verb it names ("mediation" mediate, "suspension" suspend, "returning" return), skipping
// determiners, adjectives, numbers and "the process of"; -1 when the object is no such noun.
func (v *sentenceView) actNoun(p pred, limit int) (int, string) {
	i := p.end
	for k := 0; k < 4 && i < limit && i < v.n(); k++ {
		switch {
		case v.tags[i] == "DT" || v.tags[i] == "JJ" || v.tags[i] == "CD" || v.tags[i] == "PRP$" || v.tags[i] == "RB":
			i++
			continue
		case (v.lemmas[i] == "process" || v.lemmas[i] == "act") && i+2 < v.n() && v.words[i+1] == "of":
			i += 2
			continue
		}
		break
	}
	if i >= limit || i >= v.n() || v.actorAt[i] >= 0 {
		return -1, ""
	}
	if v.tags[i] == "VBG" {
		return i, v.lemmas[i]
	}
	if !isNounTag(v.tags[i]) {
		return -1, ""
	}
	if stem, ok := actNouns[v.lemmas[i]]; ok {
		return i, stem
	}
	return -1, ""
}

// actNouns maps the nouns of acts that light verbs take to their verbs.
var actNouns = map[string]string{
	"mediation": "mediate", "suspension": "suspend", "investigation": "investigate", "inquiry": "investigate",
	"probe": "investigate", "deployment": "deploy", "withdrawal": "withdraw", "expulsion": "expel",
	"evacuation": "evacuate", "invasion": "invade", "bombardment": "bombard", "bombing": "bomb",
	"release": "release", "return": "return", "repatriation": "repatriate", "extradition": "extradite",
	"deportation": "deport", "boycott": "boycott", "blockade": "blockade", "ban": "ban",
	"crackdown": "crack", "occupation": "occupy", "seizure": "seize", "arrest": "arrest",
	"condemnation": "condemn", "criticism": "criticize", "recognition": "recognize", "apology": "apologize",
	"accusation": "accuse", "denial": "deny", "threat": "threaten", "warning": "warn", "demand": "demand",
	"appeal": "appeal", "request": "request", "plea": "plead", "assurance": "assure", "promise": "promise",
	"pledge": "pledge", "offer": "offer", "proposal": "propose", "protest": "protest", "complaint": "complain",
	"objection": "object", "rejection": "reject", "refusal": "refuse", "approval": "approve",
	"endorsement": "endorse", "praise": "praise", "congratulation": "congratulate", "consultation": "consult",
	"negotiation": "negotiate", "cancellation": "cancel", "postponement": "postpone", "resumption": "resume",
	"restoration": "restore", "reduction": "reduce", "closure": "close", "retreat": "retreat",
	"sanction": "sanction", "embargo": "embargo", "raid": "raid", "attack": "attack", "assault": "assault",
	"offensive": "attack", "shelling": "shell", "strike": "strike", "airstrike": "bomb", "evaluation": "evaluate", "review": "review", "study": "study",
}

// codeOfVerb is codeOf for the verb at the head of p itself.
func (c *Coder) codeOfVerb(v *sentenceView, p pred, limit int) verbCode {
	if c.lex != nil && v.lemmas[p.head] == "meet" && v.fulfilObject(p.end, limit) {
		return verbCode{} // "meet its obligations", "failed to meet the IMF's targets": no meeting
	}
	d := c.matchDict(v, p, limit)
	if c.lex == nil {
		return d
	}
	if d.ok && d.code.visit() && !namesObject(d.post) && c.lex.objActorOnly(v.lemmas[p.head]) && !v.actorObject(p) && !v.visitObject(p) {
		// "welcomed the sale to Egypt", "received the proposal": a visit is hosted only for a
		// visitor (WELCOME (TO) [043:042] holds for "welcomed the Chinese premier to Paris"); a
		// pattern that names what is hosted ("host * meeting") stands
		d = verbCode{target: -1, source: -1}
	}
	h, ok := c.matchLex(v, p, limit)
	if (!ok || h.words == 0) && (!d.ok || d.words == 0) {
		// "the sanctions that the EU imposed on Russia", "the aid, which Japan pledged to Kenya":
		// the noun the relative clause hangs on is the verb's object
		if ant := v.relativeObject(p); ant >= 0 {
			if ho, ok2 := c.matchLexObject(v, p, limit, ant); ok2 {
				h, ok = ho, true
			}
		}
	}
	if !ok {
		if d.ok && d.words == 0 && c.lex.objActorOnly(v.lemmas[p.head]) {
			// "Turkey is hosting millions of refugees", "welcomed the decision": the verb's own
			// code (043 host a visit) holds only with an actor as its object
			return verbCode{}
		}
		if d.ok && isSpeech(v.lemmas[p.head]) {
			d.flags |= speech
		}
		return d
	}
	// a pattern written for another verb of the dictionary's block ("demand * support", from
	// "ask") counts one word less against the lexicon
	dw := d.words
	if d.foreign {
		dw--
	}
	if !d.ok || h.words >= dw {
		return h
	}
	d.flags |= h.flags & (speech | takesInf | symmetric)
	return d
}

// matchLex matches the package lexicon at the head of p, or at a verb of its chain whose
// pattern covers the head ("failed to reach an agreement", "tried to kill").
func (c *Coder) matchLex(v *sentenceView, p pred, limit int) (verbCode, bool) {
	for t := p.first; t < p.head; t++ {
		if !isVerbTag(v.tags[t]) || len(c.lex.verbs[v.lemmas[t]]) == 0 {
			continue
		}
		q := p
		q.head = t
		if vc, ok := c.matchLexAt(v, q, limit); ok && vc.end > p.head {
			return vc, true
		}
	}
	return c.matchLexAt(v, p, limit)
}

// matchLexAt matches the package lexicon at the head of p.
func (c *Coder) matchLexAt(v *sentenceView, p pred, limit int) (verbCode, bool) {
	es, again := c.lex.verbs[v.lemmas[p.head]], false
	if l := v.lemmas[p.head]; len(es) == 0 && len(l) > 5 && strings.HasPrefix(l, "re") {
		// "reimposed a blockade": the act done again is coded as the act, by a pattern with
		// words after the verb only ("resigned" is not "signed", "reconsider" not "consider")
		es, again = c.lex.verbs[strings.TrimPrefix(strings.TrimPrefix(l, "re"), "-")], true
	}
	for _, e := range es {
		if again && len(e.slots) < 2 {
			continue
		}
		if e.flags&objActor != 0 && !v.actorObject(p) {
			continue
		}
		end, ok := v.match(e.slots[1:], p.head+1)
		if !ok && e.flags&objActor != 0 && len(e.slots) == 2 {
			// a particle after the actor object: "pushed the rebels back"
			if g := v.objectGroup(p); g >= 0 {
				end, ok = v.match(e.slots[1:], v.groups[g].end)
			}
		}
		if ok && end <= max(limit, p.head+1) {
			words := 0
			for _, s := range e.slots[1:] {
				if s != nil {
					words++
				}
			}
			return verbCode{code: parseDictCode(e.code), words: words, flags: e.flags, target: -1, source: -1, end: end, ok: true, slots: e.slots[1:]}, true
		}
	}
	return verbCode{}, false
}

// fulfilObject reports whether the object starting at token j (before limit) is a duty or a goal
// that "meet" fulfils rather than a party met: "its obligations", "the IMF's targets", "the
// deadline", "the needs of refugees" (a possessive actor may come first).
func (v *sentenceView) fulfilObject(j, limit int) bool {
	for k := 0; j < v.n() && j < limit && k < 5; j, k = j+1, k+1 {
		switch {
		case v.tags[j] == "DT" || v.tags[j] == "PDT" || v.tags[j] == "PRP$" || v.tags[j] == "JJ" || v.tags[j] == "POS" || v.tags[j] == "CD" ||
			v.actorAt[j] >= 0 || v.tags[j] == "RB":
			continue
		case isNounTag(v.tags[j]):
			switch nounLemma(v.words[j], nil) {
			case "obligation", "responsibility", "commitment", "requirement", "target", "goal", "deadline",
				"need", "standard", "condition", "criterion", "expectation", "challenge", "cost", "quota",
				"objective", "benchmark", "term", "threshold":
				return true // not "demands" (083, accede) nor "payments" (061), which CAMEO codes
			}
			return false
		default:
			return false
		}
	}
	return false
}

// relativeObject returns the noun an object relative clause of p hangs on, or -1: the common
// noun before "which" or "that" (after a comma or not) or right before the clause's subject, when
// the subject is an actor that ends right before p's chain and p has no object of its own ("the
// aid, which Japan pledged to Kenya", "the sanctions the EU imposed on Russia"; not "the year
// Japan pledged aid").
func (v *sentenceView) relativeObject(p pred) int {
	if p.subj < 0 || p.end < v.n() && (isNounTag(v.tags[p.end]) || v.tags[p.end] == "DT" || v.tags[p.end] == "JJ" ||
		v.tags[p.end] == "CD" || v.tags[p.end] == "PRP$" || v.tags[p.end] == "PRP" || v.actorAt[p.end] >= 0) {
		return -1
	}
	g := v.groups[p.subj]
	for i := g.end; i < p.first; i++ {
		if v.tags[i] != "RB" {
			return -1
		}
	}
	b := g.first - 1
	if b >= 0 && v.words[b] == "the" {
		b--
	}
	if b >= 1 && (v.words[b] == "which" || v.words[b] == "that") {
		b--
		if b >= 1 && v.words[b] == "," {
			b--
		}
	}
	if b < 0 || v.tags[b] != "NN" && v.tags[b] != "NNS" || v.actorAt[b] >= 0 || timeNoun(v.lemmas[b]) {
		return -1
	}
	return b
}

// timeNoun reports whether l names a period of time ("the year Japan pledged aid").
func timeNoun(l string) bool {
	switch l {
	case "year", "month", "week", "day", "time", "moment", "decade", "hour", "night", "morning", "weekend":
		return true
	}
	return false
}

// matchLexObject matches the package lexicon at the head of p with the noun at ant as its object:
// the first word a pattern names after the verb must be that noun, and the rest of the pattern
// must follow the verb ("impose * sanction on" for "the sanctions the EU imposed on Russia").
func (c *Coder) matchLexObject(v *sentenceView, p pred, limit, ant int) (verbCode, bool) {
	for _, e := range c.lex.verbs[v.lemmas[p.head]] {
		if e.flags&objActor != 0 {
			continue
		}
		slots := e.slots[1:]
		for len(slots) > 0 && slots[0] == nil {
			slots = slots[1:]
		}
		if len(slots) == 0 || !slices.Contains(slots[0], v.lemmas[ant]) && !slices.Contains(slots[0], v.words[ant]) {
			continue
		}
		end, ok := v.match(slots[1:], p.head+1)
		if !ok || end > max(limit, p.head+1) {
			continue
		}
		words := 0
		for _, s := range slots {
			if s != nil {
				words++
			}
		}
		return verbCode{code: parseDictCode(e.code), words: words, flags: e.flags, target: -1, source: -1, end: max(end, p.head+1), ok: true, slots: slots}, true
	}
	return verbCode{}, false
}

// objectGroup returns the actor group that is the direct object of p: an actor group right after
// the verb, after at most three determiners, adjectives or numbers; -1 when there is none.
func (v *sentenceView) objectGroup(p pred) int {
	for i := p.end; i < v.n() && i <= p.end+3; i++ {
		if g := v.actorAt[i]; g >= 0 {
			return g
		}
		switch v.tags[i] {
		case "DT", "JJ", "CD", "PRP$", "PDT":
		default:
			return -1
		}
	}
	return -1
}

// actorObject reports whether the direct object of p is an actor ([sentenceView.objectGroup]) that
// names no thing of its own: not a possessor, not the modifier of a common noun.
func (v *sentenceView) actorObject(p pred) bool {
	g := v.objectGroup(p)
	if g < 0 {
		return false
	}
	// not an actor naming what a common noun after it is: "hosting Syrian Government websites"
	e := v.groups[g].end
	if strings.HasSuffix(v.groups[g].members[0].code, "REF") {
		return false // refugees are sheltered, not hosted on a visit: "hosted Somali refugees"
	}
	if e < v.n() && v.tags[e] == "POS" {
		return false // the possessor of the object: "welcomed the EU's report"
	}
	for e < v.n()-1 && v.tags[e] == "JJ" && v.actorAt[e] < 0 {
		e++ // "received Ukrainian agricultural products": the noun after the adjectives
	}
	return e >= v.n() || !isNounTag(v.tags[e]) || v.tags[e] == "NNP" || v.tags[e] == "NNPS" ||
		roleOf(v.lemmas[e]) != "" || groupNoun(v.lemmas[e]) || visitorNoun(v.lemmas[e])
}

// namesObject reports whether a dictionary pattern's words after the verb name a thing, not only
// prepositions before its target ("to +", "by +").
func namesObject(post []patElem) bool {
	for _, e := range post {
		if e.kind != elemWord {
			continue
		}
		for _, a := range e.alts {
			if len(a) != 1 {
				return true
			}
			switch a[0] {
			case "to", "by", "with", "from", "in", "at", "for", "of", "on":
			default:
				return true
			}
		}
	}
	return false
}

// visitObject reports whether the direct object of p names a visitor or a visit by its head noun
// rather than by an actor: "received a delegation", "the new ambassador", "welcomed the visit of",
// "gave a warm welcome". The head is the first noun after determiners, adjectives and numbers.
func (v *sentenceView) visitObject(p pred) bool {
	for i := p.end; i < v.n() && i <= p.end+4; i++ {
		switch v.tags[i] {
		case "DT", "JJ", "CD", "PRP$", "PDT", "RB":
			continue
		}
		if !isNounTag(v.tags[i]) {
			return false
		}
		if i+1 < v.n() && isNounTag(v.tags[i+1]) && v.actorAt[i+1] < 0 {
			continue // the head is the last noun: "a trade delegation"
		}
		l := v.lemmas[i]
		return visitorNoun(l) || roleOf(l) != "" || groupNoun(l) || l == "visit" || l == "welcome" ||
			l == "reception" || l == "leader" || l == "official" || l == "minister"
	}
	return false
}

// visitorNoun reports whether l names people who visit for an actor ("a Hamas delegation").
func visitorNoun(l string) bool {
	switch l {
	case "delegation", "team", "envoy", "mission", "representative", "negotiator", "leadership",
		"counterpart", "guest", "visitor", "dignitary":
		return true
	}
	return false
}

// Pattern matching: words after the verb may be up to maxGapPost words apart (maxGapPre before
// it) unless the pattern joins them.
const (
	maxGapPost = 6
	maxGapPre  = 4
)

// matchDict finds the most specific pattern of the dictionary for predicate p: the one that
// matches the most words; else the verb's own code, else its block's.
func (c *Coder) matchDict(v *sentenceView, p pred, limit int) verbCode {
	best := verbCode{target: -1, source: -1}
	lo := 0
	if p.rel == relPurpose {
		lo = p.first // a purpose clause's words are its own: "used barrel bombs to kill" (meansacts.go)
	}
	for _, e := range c.verbs.verbs[v.lemmas[p.head]] {
		// the other words of a multi-word verb must be next to it
		if p.head-len(e.before) < 0 || p.head+1+len(e.after) > v.n() {
			continue
		}
		ok := true
		for k, w := range e.before {
			ok = ok && v.words[p.head-len(e.before)+k] == w
		}
		for k, w := range e.after {
			ok = ok && v.words[p.head+1+k] == w
		}
		if !ok {
			continue
		}
		end := p.head + 1 + len(e.after)
		m := matcher{v: v, limit: max(limit, end), lo: lo}
		lemma := v.lemmas[p.head]
		rank := -1 // origin rank of best among patterns of as many words
		blk := &c.verbs.blocks[e.block]
		for _, pi := range v.candidates(blk, c.verbs.words) {
			pat := &blk.patterns[pi]
			w := pat.words()
			if best.ok && (w < best.words || w == best.words && rank == 2) {
				break // patterns are sorted by words, most first
			}
			if best.ok && w == best.words && pat.originRank(lemma) <= rank {
				continue
			}
			m.reset()
			if !m.pre(pat, p.head-len(e.before)) || !m.post(pat.post, 0, end, true) {
				continue
			}
			if pat.code.null() && w == 0 {
				continue
			}
			rank = pat.originRank(lemma)
			best = verbCode{code: pat.code, words: w, target: m.target, source: m.source, comp: m.comp, end: max(m.last, end), ok: true,
				foreign: rank == 0 && len(pat.origin) > 0, post: pat.post}
		}
		if !best.ok {
			code := c.verbs.blocks[e.block].code
			if e.hasCode {
				code = e.code
			}
			if !code.null() {
				best = verbCode{code: code, target: -1, source: -1, end: end, ok: true}
			}
		}
	}
	if best.ok && best.code.null() {
		best.ok = false // a pattern that says "no event"
	}
	return best
}

// candidates returns, in order, the indices of the patterns of block b that may match in the
// sentence: those that need no word, and those one of whose needed words (verbPattern.need) the
// sentence holds, as a word or a lemma, less those with a word element none of whose first words
// (verbPattern.req) the sentence holds. ids numbers the words of b's dictionary
// (VerbDict.wordIDs): the ids of the sentence's words and lemmas are found once per sentence, and
// only they are looked up in each block. The result is kept for the next calls with b.
func (v *sentenceView) candidates(b *verbBlock, ids *wordTable) []int {
	m := v.marks
	for _, c := range m.blocks {
		if c.b == b {
			return c.idx
		}
	}
	if !v.presentSet {
		v.presentSet = true
		v.findPresent(ids)
	}
	start := len(m.cand)
	out := append(m.cand, b.always...)
	for _, k := range v.present {
		if b.keyBits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		if j, ok := slices.BinarySearch(b.keys, k); ok {
			out = append(out, b.byKey[j]...)
		}
	}
	idx := out[start:]
	slices.Sort(idx)
	idx = slices.Compact(idx)
	kept := idx[:0]
	for _, pi := range idx {
		if m.holdsAll(b.patterns[pi].req) {
			kept = append(kept, pi)
		}
	}
	m.cand = out[:start+len(kept)]
	kept = kept[:len(kept):len(kept)]
	m.blocks = append(m.blocks, blockCands{b, kept})
	return kept
}

// findPresent sets v.present to the ids of the words and lemmas of the sentence's tokens, and
// marks them in v.marks. A lemma that codeOf has replaced for the time of a look-up (substLemma)
// is replaced back in the marks (not in present, which keeps what the tokens hold now): patterns
// never read the replaced token, and a later look-up may read its own lemma.
func (v *sentenceView) findPresent(ids *wordTable) {
	m := v.marks
	m.next(ids.size())
	v.present = m.present[:0]
	add := func(w string) {
		if k, ok := ids.get(w); ok && m.mark[k] != m.stamp {
			m.mark[k] = m.stamp
			v.present = append(v.present, k)
		}
	}
	for i := range v.n() {
		add(v.words[i])
		if v.lemmas[i] != v.words[i] {
			add(v.lemmas[i])
		}
	}
	m.present = v.present
	if v.substituted {
		if k, ok := ids.get(v.substLemma); ok {
			m.mark[k] = m.stamp
		}
	}
}

// idMarks is the working memory of candidates, kept from one sentence view to the next: the
// marks of the word ids a sentence holds (mark[id] == stamp), buffers for the present ids and the
// candidate lists, and the candidate lists of the blocks looked at so far in the sentence.
type idMarks struct {
	mark    []uint32
	stamp   uint32
	present []int32
	cand    []int
	blocks  []blockCands
}

// next starts the marks of a new sentence, for n word ids.
func (m *idMarks) next(n int) {
	if len(m.mark) < n {
		m.mark = make([]uint32, n)
		m.stamp = 0
	}
	m.stamp++
	if m.stamp == 0 { // wrapped around: old stamps could be taken for new marks
		clear(m.mark)
		m.stamp = 1
	}
}

// holdsAll reports whether every element of req holds an id marked for the current sentence.
func (m *idMarks) holdsAll(req [][]int32) bool {
	for _, e := range req {
		ok := false
		for _, k := range e {
			if m.mark[k] == m.stamp {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// blockCands are the candidate patterns of one block in one sentence.
type blockCands struct {
	b   *verbBlock
	idx []int
}

// matcher matches the elements of one pattern against a sentence.
type matcher struct {
	v              *sentenceView
	limit, lo      int
	target, source int
	comp           bool
	last           int
}

func (m *matcher) reset() { m.target, m.source, m.comp, m.last = -1, -1, false, 0 }

// wordAt reports whether word sequence alt matches the tokens from i on, and where it ends.
func (m *matcher) wordAt(alt []string, i, limit int) (int, bool) {
	if i < 0 || i+len(alt) > limit {
		return 0, false
	}
	v := m.v
	for k, w := range alt {
		t := i + k
		if v.actorAt[t] >= 0 || v.words[t] != w && v.lemmas[t] != w {
			return 0, false
		}
	}
	// a noun of the pattern is the head of its noun phrase, not a modifier: "* AID" matches
	// "sent aid to", not "vetoed the military aid package"
	if e := i + len(alt); e < v.n() && isNounTag(v.tags[e-1]) && isNounTag(v.tags[e]) && v.actorAt[e] < 0 {
		return 0, false
	}
	return i + len(alt), true
}

// actorAt returns the group that starts at token i, after at most three determiners, adjectives
// or numbers.
func (m *matcher) actorAt(i, limit int) (int, int, bool) {
	v := m.v
	for k := 0; k <= 3 && i < limit; k, i = k+1, i+1 {
		if gi := v.actorAt[i]; gi >= 0 {
			return gi, v.groups[gi].end, true
		}
		switch v.tags[i] {
		case "DT", "JJ", "CD", "PRP$", "PDT":
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// bind records group gi as the target, source or compound actor of a pattern marker; a compound
// marker needs a group of several members.
func (m *matcher) bind(k elemKind, gi int) bool {
	switch k {
	case elemTarget:
		m.target = gi
	case elemSource:
		m.source = gi
	default:
		m.comp = len(m.v.groups[gi].members) > 1
		return m.comp
	}
	return true
}

// post matches elements es[k:] from token j on; first says es[k] follows the verb.
func (m *matcher) post(es []patElem, k, j int, first bool) bool {
	if k == len(es) {
		return true
	}
	e := es[k]
	gap := maxGapPost
	if e.adj {
		gap = 0
	}
	for q := j; q <= j+gap && q < m.limit; q++ {
		next, ok := 0, false
		saveT, saveS, saveC := m.target, m.source, m.comp
		switch e.kind {
		case elemWord:
			for _, alt := range e.alts {
				if next, ok = m.wordAt(alt, q, m.limit); ok {
					break
				}
			}
		case elemTarget, elemSource, elemComp:
			var gi int
			if gi, next, ok = m.actorAt(q, m.limit); ok {
				ok = m.bind(e.kind, gi)
			}
		case elemSkip:
			next, ok = q+1, true
		}
		if ok && m.post(es, k+1, next, false) {
			m.last = max(m.last, next)
			return true
		}
		m.target, m.source, m.comp = saveT, saveS, saveC
		v := m.v
		if v.words[q] == ";" || isFinite(v.tags[q]) && v.actorAt[q] < 0 {
			break // a gap does not cross a clause
		}
		if (v.tags[q] == "IN" || v.tags[q] == "TO") && !v.timePP(q) && m.prepElem(e) {
			// nor, before a preposition of the pattern, another prepositional phrase, to which
			// it would attach: "deployed troops along the border with China"
			break
		}
	}
	return false
}

// prepElem reports whether pattern element e is a single preposition.
func (m *matcher) prepElem(e patElem) bool {
	return e.kind == elemWord && len(e.alts) == 1 && len(e.alts[0]) == 1 && prepWord(e.alts[0][0])
}

// pre matches the elements before the verb, backwards from token j (exclusive).
func (m *matcher) pre(p *verbPattern, j int) bool {
	return m.back(p.pre, len(p.pre)-1, j-1, p.preVerb)
}

// back matches es[:k+1] backwards so that es[k] ends at token j or, unless adj, up to maxGapPre
// tokens before it.
func (m *matcher) back(es []patElem, k, j int, adj bool) bool {
	if k < 0 {
		return true
	}
	e := es[k]
	gap := maxGapPre
	if adj {
		gap = 0
	}
	for q := j; q >= j-gap && q >= m.lo; q-- {
		start, ok := 0, false
		saveT, saveS, saveC := m.target, m.source, m.comp
		switch e.kind {
		case elemWord:
			for _, alt := range e.alts {
				if s := q - len(alt) + 1; s >= m.lo {
					if _, ok = m.wordAt(alt, s, q+1); ok {
						start = s
						break
					}
				}
			}
		case elemTarget, elemSource, elemComp:
			if gi := m.v.actorAt[q]; gi >= 0 {
				start, ok = m.v.groups[gi].first, m.bind(e.kind, gi)
			}
		case elemSkip:
			start, ok = q, true
		}
		if ok && m.back(es, k-1, start-1, e.adj) {
			return true
		}
		m.target, m.source, m.comp = saveT, saveS, saveC
		if v := m.v; q < j && (v.words[q] == ";" || v.words[q] == ".") {
			break
		}
	}
	return false
}

// Extract codes the events of one analysed document from its mentions; see [ExtractEvents].
func (c *Coder) Extract(d *text.Doc, ms []entities.Mention) []Event {
	var out []Event
	c.actorSentences(d, ms, func(si int, v *sentenceView) {
		for _, e := range c.codeSentence(v) {
			out = append(out, c.event(d, d.Sentences[si], si, e))
		}
	})
	fillSides(out, ms)
	return out
}

// actorSentences calls f with the view of every sentence of d that has two or more grounded
// actors, after the actors are found and grounded; sentences without two candidate actors are not
// tagged (a lazily analysed document costs nothing for them).
func (c *Coder) actorSentences(d *text.Doc, ms []entities.Mention, f func(si int, v *sentenceView)) {
	in := newMentionIndex(ms)
	buf := viewPool.Get().(*viewBuffers)
	buf.isilDoc = namesIslamicState(ms)
	for si, s := range d.Sentences {
		if !validSentence(d, s) {
			continue
		}
		sm := in.in(s)
		if len(sm) == 0 || !buf.mayHaveTwoActors(d, s, sm, c.known, c.agents) {
			continue
		}
		d.TagSentence(si)
		v := buf.viewIrreg(d, s, c.known, c.verbs.irregular)
		v.k = si
		v.findActors(sm)
		c.ground(v)
		if countActors(v.groups) >= 2 {
			f(si, v)
		}
	}
	buf.lowDoc, buf.low = nil, buf.low[:0] // the next document's lower must not take these words
	viewPool.Put(buf)
}

// viewPool holds the viewBuffers of the documents coded so far, so that the sentences of the next
// one reuse their arrays instead of growing new ones (a document without a pooled buffer, e.g.
// the first of each worker, gets a new one).
var viewPool = sync.Pool{New: func() any { return new(viewBuffers) }}

// event fills in an Event from a coded event: label, quad class and Goldstein weight come from the
// CAMEO codebook; a code the codebook does not know (from a user dictionary) keeps its first two
// characters as its root and no weight.
func (c *Coder) event(d *text.Doc, s text.Sentence, si int, e codedEvent) Event {
	ev := Event{Sentence: si, Source: e.src.code, Target: e.tgt.code, SourceMention: e.src.span, TargetMention: e.tgt.span,
		Verb: e.verb, Code: e.code, Modality: e.modality, Evidence: d.Text[s.Start:s.End]}
	clues := 1
	for _, ok := range []bool{e.pattern, !e.src.unnamed && !e.tgt.unnamed, e.direct, e.modality == Asserted} {
		if ok {
			clues++
		}
	}
	ev.Confidence = float64(clues) / 5
	if cc, ok := c.cb.Lookup(e.code); ok {
		ev.Root, ev.Label, ev.QuadClass, ev.Goldstein = cc.Root, cc.Label, cc.QuadClass, cc.Goldstein
		if pl, ok := PLOVEROf(e.code); ok {
			ev.PloverEvent, ev.PloverMode, ev.PloverContext = pl.Event, pl.Mode, pl.Context
		}
	} else if len(e.code) >= 2 {
		ev.Root = e.code[:2]
		if r, ok := c.cb.Lookup(ev.Root); ok {
			ev.QuadClass = r.QuadClass
		}
	}
	return ev
}

// ground drops the actors that are not grounded: named organizations and people the recognizers
// know nothing of beyond their name (an unknown capitalized string such as "LOC" or a job title),
// and, unless the coder keeps generic agents, agents without a country.
func (c *Coder) ground(v *sentenceView) {
	kept := v.groups[:0]
	for _, g := range v.groups {
		ms := g.members[:0]
		for _, a := range g.members {
			if a.unnamed && !c.agents && len(a.code) <= 3 {
				continue // "rebels" of no named country
			}
			if !a.grounded {
				continue
			}
			ms = append(ms, a)
		}
		if len(ms) == 0 {
			continue
		}
		g.members = ms
		kept = append(kept, g)
	}
	v.groups = kept
	for i := range v.actorAt {
		v.actorAt[i] = -1
	}
	for gi, g := range v.groups {
		for i := g.first; i < g.end && i < v.n(); i++ {
			v.actorAt[i] = gi
		}
	}
}

// codeSentence finds the events of one sentence: one per predicate (and per pair of members of
// compound actors), after the clause analysis.
func (c *Coder) codeSentence(v *sentenceView) []codedEvent {
	ps := c.preds(v)
	v.listedSubjects(ps)
	v.thanksAgents(ps)
	v.behalfSubjects(ps) // "On behalf of X, I congratulate Y" (behalf.go)
	codes := c.codes(v, ps)
	objNoun := c.reducedObjects(v, ps, codes) // "the accord signed by Egypt and Israel" (reducedacts.go)
	v.planSubjects(ps, codes)                 // "the Coalition's strategy to defeat ISIL" (planacts.go)
	v.resolveSubjects(ps, codes)              // "X, focused on defeating Y" (resolveacts.go)
	consumed := make([]bool, len(ps))
	var evs []codedEvent
	var pattern, direct bool // the clues of the events being emitted
	emit := func(src, tgt group, code dictCode, verb text.Span, mod string, sym bool) {
		for _, s := range src.members {
			for _, t := range tgt.members {
				if s.code == t.code || s.thing && code.fwd != "" || t.thing && code.rev != "" {
					continue // a thing does not act: "an Iranian film won"
				}
				if code.fwd != "" {
					evs = append(evs, codedEvent{src: s, tgt: t, code: code.fwd, verb: verb, modality: mod, pattern: pattern, direct: direct})
					if sym && code.rev == "" {
						evs = append(evs, codedEvent{src: t, tgt: s, code: code.fwd, verb: verb, modality: mod, pattern: pattern, direct: direct})
					}
				}
				if code.rev != "" {
					evs = append(evs, codedEvent{src: t, tgt: s, code: code.rev, verb: verb, modality: mod, pattern: pattern, direct: direct})
				}
			}
		}
	}
	within := func(g group, code dictCode, verb text.Span, mod string) {
		for i, s := range g.members {
			for j, t := range g.members {
				if i == j || s.code == t.code || s.thing {
					continue
				}
				if cd := cmpOr(code.fwd, code.rev); cd != "" {
					evs = append(evs, codedEvent{src: s, tgt: t, code: cd, verb: verb, modality: mod, pattern: pattern, direct: true})
				}
			}
		}
	}
	for k := range ps {
		p := ps[k]
		vc := codes[k]
		if consumed[k] || !vc.ok || p.rel == relModifier || p.rel == relPurpose && !travelPurpose(v, ps, codes, k) && !meansPurpose(v, ps, codes, k) {
			continue
		}
		if vc.flags&speech != 0 || isSpeech(v.lemmas[p.head]) && vc.words == 0 || p.paren {
			continue // a speech verb is not an event; what it reports is
		}
		if v.feelingGoesOut(p) {
			continue // "Japan's condolences go out to Turkey": the noun's act (relativeover.go)
		}
		code, mod, tgtPred, covered := c.final(v, ps, codes, k, false)
		if meansPurpose(v, ps, codes, k) {
			mod = c.modality(v, ps, p.gov) // "is using artillery to shell X": the act is done (meansacts.go)
		} else if p.rel == relPurpose {
			mod = purposeModality(c.modality(v, ps, p.gov))
		}
		if p.owned && (mod == Asserted || mod == Reported) {
			mod = Intended // "the Coalition's strategy to defeat ISIL" (planacts.go)
		}
		code = v.verbalAttack(p, code)
		code = v.heldMeeting(p, code, mod) // "met X for talks" (reach.go)
		// "has not been pleased with": a criticism (contentment.go)
		code, mod = v.negatedContentment(p, code, mod)
		if tgtPred >= 0 && (covered || codes[tgtPred].ok) {
			consumed[tgtPred] = true
		}
		src := p.subj
		if p.passive {
			src = p.agent
		}
		// "X said Y must return Z": a demand by the speaker
		if p.rel == relReported && v.chainHasWord(p, "must") && p.gov >= 0 && c.lex != nil {
			if sp := ps[p.gov].subj; sp >= 0 && p.subj >= 0 && sp != p.subj {
				pattern, direct = vc.words > 0, true
				dc := c.refine(v, p, dictCode{fwd: demanded(code.fwd)})
				emit(v.groups[sp], v.groups[p.subj], dc, v.span(p.head, vc.end), Asserted, false)
				continue
			}
		}
		if vc.source >= 0 {
			src = vc.source
		}
		byNoun := objNoun != nil && objNoun[k]
		if src < 0 && byNoun && (vc.flags&symmetric != 0 || code.fwd != "" && code.fwd == code.rev) {
			// "reforms under a package agreed with the IMF": the partner after "with" (reducedacts.go)
			if t := c.targetOf(v, p, vc, -1, false); t >= 0 && v.prepBefore(t) == "with" {
				src = c.clauseSubjectBefore(ps, k)
			}
		}
		if src < 0 {
			continue
		}
		tgt := vc.target
		if p.passive && tgt == src && p.subj >= 0 && p.subj != src {
			tgt = p.subj // a pattern's slot that holds the agent ("defeated with the help of X"): the patient is the target
		}
		revOnly := code.fwd == "" && code.rev != ""
		switch {
		case tgt >= 0:
		case byNoun:
			tgt = c.targetOf(v, p, vc, src, revOnly) // "signed last year with France"
		case p.rel == relReduced && p.subj < 0:
			// "a deal brokered by Qatar": the mediator or host of the act of the clause; not of
			// one who only speaks of the deal ("Kenya welcomed the deal brokered by Qatar": Kenya
			// is no party to it)
			if h := v.reducedHost(ps, k); strings.HasPrefix(code.fwd, "04") && p.gov < 0 &&
				(h < 0 || !firstPersonFrameWord(v.lemmas[ps[h].head]) && !isSpeech(v.lemmas[ps[h].head])) {
				tgt = c.clauseSubjectBefore(ps, k)
			}
		case p.passive:
			tgt = p.subj // the patient, or nothing: not a place after the verb
		case p.obj >= 0:
			tgt = p.obj // "urged Iran to halt": the addressee
		default:
			tgt = c.targetOf(v, p, vc, src, revOnly)
			if tgt < 0 && tgtPred >= 0 && !(partnerVerb(v.lemmas[p.head]) && vc.endsWith("with")) {
				tgt = c.targetOf(v, ps[tgtPred], codes[tgtPred], src, revOnly)
			}
		}
		pattern = vc.words > 0
		direct = tgt >= 0 && (vc.target >= 0 || p.passive || p.obj == tgt ||
			!placeGroup(v.groups[tgt]) && prepRank(v.prepBefore(tgt)) <= 1)
		verb := v.span(p.head, max(vc.end, p.head+1))
		sym := vc.flags&symmetric != 0 || code.fwd != "" && code.fwd == code.rev
		mut := vc.flags&mutual != 0
		if code != vc.code && frameOf(code.fwd) != noFrame {
			mut = false // an intent, appeal, demand, refusal or threat goes one way
		}
		if t, q := v.complaintAbout(ps, k, code.fwd, src); t >= 0 {
			tgt, consumed[q] = t, true // "complained to the WTO that Korea's curbs break its rules" (speechacts.go)
		}
		if tgt >= 0 && (v.topicTarget(tgt, code.fwd) || v.supportOfObject(p, tgt) || v.ledDelegation(p, tgt)) {
			tgt = -1 // "addressing the Cyprus problem"; "supports an approach within the UN system"
		}
		if tgt >= 0 && v.prepBefore(tgt) == "against" && code.fwd >= "03" && code.fwd < "09" && !v.endsHostility(tgt, code.fwd) {
			tgt = -1 // "resolutions adopted by the Assembly against Israel": no cooperation with Israel
		}
		if tgt >= 0 && v.inTrailingFrame(ps, k, tgt) {
			tgt = -1 // "... totalled 226.5 billion dlrs, the American Electronic Association said"
		}
		if tgt < 0 {
			tgt = v.answeredSubject(ps, k, src) // "Azerbaijani leaders have been rejecting those calls"
		}
		if tgt < 0 {
			tgt = v.addresseeOf(ps, k, src, code.fwd) // "Chile told Peru that it would not accept the ruling" (speechacts.go)
		}
		if tgt < 0 {
			tgt = v.speakersOwn(ps, k, src, code.fwd) // "X said Y troops fired on its posts" (coordination.go)
		}
		if tgt < 0 && code.fwd == "111" && attackVerb(v.lemmas[p.head]) {
			tgt = v.textAuthor(ps, k) // "attacked the act introduced in the U.S. Congress"
		}
		if byNoun && tgt >= 0 && tgt != src && !v.reducedArgument(p, src, tgt, sym) {
			tgt = -1 // "the initiative launched by X, President of the Russian Federation" (reducedacts.go)
		}
		if tgt < 0 || tgt == src {
			// "Chile and Peru agreed to resume flights": an agreement of a compound subject with
			// no other party binds its members to each other
			joint := v.lemmas[p.head] == "agree" && p.head+1 < v.n() && v.words[p.head+1] == "to"
			if (sym || vc.comp || joint) && len(v.groups[src].members) > 1 {
				within(v.groups[src], code, verb, mod)
			}
			continue
		}
		if v.joinedForTalks(p, tgt) {
			// "Brazil and Chile joined Argentina to launch talks": every party toward every other
			all := group{members: append(slices.Clip(v.groups[src].members), v.groups[tgt].members...)}
			within(all, code, verb, mod)
			continue
		}
		if q := v.joinedInJointAct(ps, codes, p, tgt); q >= 0 {
			// "Egypt joined Sudan and Ethiopia in signing the declaration" (manyparties.go)
			all := group{members: append(slices.Clip(v.groups[src].members), v.groups[tgt].members...)}
			within(all, codes[q].code, v.span(ps[q].head, max(codes[q].end, ps[q].head+1)), mod)
			consumed[q] = true
			continue
		}
		if sym && len(v.groups[src].members) > 1 && v.prepBefore(tgt) != "with" && !v.ownTargetOfInfinitive(ps, codes, k, tgtPred, src, tgt, code) &&
			!v.jointAgainst(p, code, src, tgt) { // "France and Britain fought ISIL": each fights ISIL (sidesfight.go)
			within(v.groups[src], code, verb, mod) // "Chinese and Russian warships held joint drills near Japan"
			continue
		}
		n0 := len(evs)
		emit(v.groups[src], v.groups[tgt], code, verb, mod, mut && code.rev == "")
		if t2 := v.secondWith(tgt); t2 >= 0 && t2 != src {
			emit(v.groups[src], v.groups[t2], code, verb, mod, mut && code.rev == "") // "with Ethiopia on energy and with Kenya"
		}
		if byNoun {
			ph := v.span(p.head, max(p.compEnd, vc.end, p.head+1))
			for i := n0; i < len(evs); i++ {
				evs[i].phrase = ph
			}
		}
	}
	evs = v.partnerSources(evs) // "Britain, as part of the coalition, struck" (partof.go)
	// "The declaration, signed by X, Y and Z, ..." (manyparties.go)
	evs = append(evs, v.commaSignedBy(ps)...)
	evs = append(evs, c.purposeAid(v, ps, evs)...)
	evs = append(evs, c.cooperationEvents(v, ps, evs)...) // "built it in cooperation with UNICEF" (cooperating.go)
	evs = c.journeyToSeat(v, ps, codes, evs)
	peacekeepersAreMilitary(evs)
	violenceOnCivilians(evs)
	// a noun naming a joint act that a verb of the sentence codes is the same event ("met for the
	// UK-France summit"): the verb's event stands; a one-way act named by a noun is often another
	// one ("bombed Gaza after Hamas's raid on Israel")
	nverb := len(evs)
	nevs := c.nounEvents(v, ps, codes)
	nevs = append(nevs, v.requestEvents(ps)...) // "at the request of X, Y ..."
	for _, e := range nevs {
		joint := slices.ContainsFunc(nevs, func(o codedEvent) bool {
			return o.code == e.code && o.src.code == e.tgt.code && o.tgt.code == e.src.code
		})
		if !joint || !slices.ContainsFunc(evs[:nverb], func(o codedEvent) bool { return sameRoot(o.code, e.code) }) {
			evs = append(evs, e)
		}
	}
	evs = dropReducedBesideNoun(evs, nevs)
	evs = v.dropFirstPersonContent(evs) // "We condemn the measures imposed by X on Y" (firstperson.go)
	// "strikes coordinated with Y", "X's defenses against Y fighters" (nominalforce.go)
	evs = v.nominalForce(ps, evs)
	evs = c.objectiveTargets(v, ps, codes, evs) // "conducted 300 strikes to enable the defeat of Y" (objective.go)
	// a plain statement (010) adds nothing when the same pair has another event; one event per
	// pair and code
	keep := evs[:0]
	for _, e := range evs {
		if ownState(e) {
			continue // "Perle said he was confident the United States and ..." (reach.go)
		}
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

// listedSubjects gives the relative clauses of a plural noun that a later "include" lists the
// members of ("Partner nations which have carried out strikes in Syria include Australia, Belgium
// and Canada"; "Countries that imposed sanctions on Russia included Japan and Canada") the listed
// actors as their subject, and ends their complement before the list: the clause tells what each
// of them did.
func (v *sentenceView) listedSubjects(ps []pred) {
	for k, p := range ps {
		switch v.words[p.head] {
		case "include", "includes", "included", "comprise", "comprises", "comprised":
		default:
			continue
		}
		if p.subj >= 0 && !p.passive {
			continue
		}
		j := p.head + 1
		for j < v.n() && v.tags[j] == "DT" {
			j++
		}
		if j >= v.n() || v.actorAt[j] < 0 {
			continue
		}
		list := v.actorAt[j]
		for i := range ps[:k] {
			r := &ps[i]
			if r.subj >= 0 || r.passive || r.start < 1 || r.head >= p.head {
				continue
			}
			switch v.words[r.start] {
			case "which", "that", "who":
			default:
				continue
			}
			if t := v.tags[r.start-1]; t != "NNS" && t != "NNPS" || v.actorAt[r.start-1] >= 0 {
				continue // the antecedent is a plural common noun ("nations", "countries")
			}
			r.subj = list
			r.compEnd = min(r.compEnd, p.head)
		}
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// preds returns the predicates of the sentence of v and their arguments, by the dependency parser
// or by the clause rules over tags.
func (c *Coder) preds(v *sentenceView) []pred {
	if c.syn != nil {
		return v.speechContents(v.predsFromSyntax(c.syn.Analyze(v.d, v.k)))
	}
	return v.speechContents(v.analyze(func(l string) bool { return len(c.verbs.verbs[l]) > 0 || c.lex != nil && len(c.lex.verbs[l]) > 0 },
		isSpeech, isControl))
}

// codes looks every predicate up, each up to the end of its complement or of the infinitive it
// governs.
func (c *Coder) codes(v *sentenceView, ps []pred) []verbCode {
	out := make([]verbCode, len(ps))
	for k, p := range ps {
		child := xcompOf(ps, k)
		limit := p.compEnd
		if child >= 0 {
			limit = max(limit, ps[child].head) // up to the infinitive's verb: "agree to"
		}
		out[k] = c.codeOf(v, p, limit)
		// a pattern may name the infinitive the verb governs ("declined to comment"), not skip it
		// ("agreed to ease sanctions" is not "agree * sanctions")
		if child >= 0 && ps[child].compEnd > limit {
			h := ps[child].head
			if ext := c.codeOf(v, p, ps[child].compEnd); ext.ok && ext.end > h && ext.names(v.words[h], v.lemmas[h]) {
				out[k] = ext
			}
		}
	}
	return out
}

// clauseSubjectBefore returns the subject of the nearest main clause before predicate k, or -1.
func (c *Coder) clauseSubjectBefore(ps []pred, k int) int {
	for q := k - 1; q >= 0; q-- {
		if ps[q].rel != relReduced && ps[q].rel != relModifier && ps[q].subj >= 0 {
			return ps[q].subj
		}
	}
	return -1
}

// final returns the code and modality of predicate k after the frames of CAMEO, the infinitive
// or clause it governs (-1 for none), and whether its pattern covers that one.
//
//   - An appeal, demand, promise, refusal or threat about an act is coded by that act: "urged
//     Iran to release the sailors" 0253, "refused to meet" 125, "threatened to impose sanctions"
//     1312 (see [reframe]); a statement about an act ("issued a statement condemning") is the act.
//   - An act the actor declares itself ready for is an intent to cooperate (03) or a threat (13):
//     "is willing to send troops" 0332 (asserted), and so is a speaker's own future act ("X said
//     it would ease sanctions" 0354, asserted). A future act stated by the writer ("will provide
//     food aid") keeps its own code with modality Intended; with future set, as in the codebook's
//     coding of a lead ([Coder.MainCode]), it too is an intent or a threat (0333; "will withdraw
//     its inspectors" 136).
//   - A refused commitment is a rejection (12): "will not accept refugees" 1223; an act that did
//     not happen keeps its code, negated ("did not sign").
//
// With a user dictionary only the infinitive is taken into account: its codes are used as given.
func (c *Coder) final(v *sentenceView, ps []pred, codes []verbCode, k int, future bool) (dictCode, string, int, bool) {
	code, mod, child, covered := c.framed(v, ps, codes, k, future)
	return c.refine(v, ps[k], code), mod, child, covered
}

// framed is [Coder.final] before the code is refined by what the act is about.
func (c *Coder) framed(v *sentenceView, ps []pred, codes []verbCode, k int, future bool) (dictCode, string, int, bool) {
	p, vc := ps[k], codes[k]
	code := vc.code
	mod := c.modality(v, ps, k)
	if !future && mod == Hypothetical && v.reportedFuture(ps, k) {
		mod = Intended // "X said Y would withdraw" (speechacts.go)
		if v.chainHasWord(p, "not", "n't", "never") {
			mod = Negated // "said Turkey would not threaten Greece"
		}
	}
	child := xcompOf(ps, k)
	covered := child >= 0 && vc.end > ps[child].head // "declined to comment"
	if c.lex == nil {
		return code, mod, child, covered
	}
	if child >= 0 && !covered && codes[child].ok && v.statementContent(ps[child]) && issueVerb(v.lemmas[p.head]) {
		// "issued a declaration demanding that ...": the declaration's act is the event
		cc, _, _, _ := c.final(v, ps, codes, child, future)
		return cc, mod, child, covered
	}
	if f := nounFrame(v, p); f != noFrame && codes[k].ok {
		// "reiterated its demand that Israel ease restrictions": the demanded act
		if rc := reframe(f, code.fwd); rc != "" {
			return dictCode{fwd: rc}, mod, child, covered
		}
		if f == demand {
			return dictCode{fwd: demanded(code.fwd)}, mod, child, covered
		}
	}
	cf := controlFrame(v.lemmas[p.head])
	if cf == noFrame && p.obj >= 0 && wishVerb(v.lemmas[p.head]) {
		cf = appeal // "wants Germany to pay compensation": a request to Germany
	}
	if child >= 0 && !covered && codes[child].ok {
		cc := codes[child].code
		f := frameOf(code.fwd)
		if f == noFrame || f == intent && cf == appeal {
			f = cf // "agreed in principle to provide aid"; "wants Germany to pay"
		}
		switch {
		case f != noFrame:
			if rc := reframe(f, cc.fwd); rc != "" {
				code = dictCode{fwd: rc}
			}
		case code.fwd == "010" && !strings.HasPrefix(cc.fwd, "01"):
			code = cc // "issued a statement condemning X"
		}
	}
	if child >= 0 && !covered && !codes[child].ok && p.obj >= 0 && (cf == appeal || cf == demand) && frameOf(code.fwd) != cf {
		// "pressured workers to cancel the strike", "wants Germany to reconsider": an appeal or
		// a demand of an act the dictionaries do not code
		code = dictCode{fwd: map[frame]string{appeal: "020", demand: "100"}[cf]}
	}
	if f := frameOf(code.fwd); cf == demand && f == appeal || cf == appeal && f == demand {
		// "demanded support from X": the dictionary's appeal (022) made by a verb of demand is a
		// demand (102), and the other way round; CAMEO's 02 and 10 share their subcodes
		code = dictCode{fwd: map[frame]string{appeal: "02", demand: "10"}[cf] + code.fwd[2:]}
	}
	if (code.fwd == "1823" || code.fwd == "186") && v.chainHasWord(p, "try", "attempt") {
		code = dictCode{fwd: "185"} // "tried to kill": an attempted assassination
	}
	neg := v.chainHasWord(p, "not", "n't", "never") || v.noLonger(p) // "would no longer buy" (speechacts.go)
	commit := v.chainHasWord(p, "will", "shall", "'ll", "plan", "intend", "aim", "want", "hope", "seek",
		"going", "set", "due", "poised")
	ready := v.declaredIntent(p) || v.considering(p)
	if frameOf(code.fwd) != noFrame {
		return code, mod, child, covered // already a speech act about an act
	}
	switch {
	case neg && (commit || ready || v.chainHasWord(p, "would")):
		if rc := reframe(refuse, code.fwd); rc != "" {
			code, mod = dictCode{fwd: rc}, Asserted
		}
	case future && mod == Hypothetical && code.fwd >= "10":
		// "may halt mediation if ...": a conditional conflict act is a threat
		if rc := reframe(threatenF, code.fwd); rc != "" {
			code = dictCode{fwd: rc}
		}
	case future && commit || ready || (p.pronSubj || v.ownSpeaker(ps, k)) && (mod == Intended || mod == Hypothetical):
		if rc := reframe(intent, code.fwd); rc != "" {
			code = dictCode{fwd: rc}
			if !future || ready || p.pronSubj {
				mod = Asserted
			}
		}
	case mod == Intended && v.chainHasWord(p, "continue", "keep") && v.chainHasWord(p, "will", "shall", "'ll") && cooperation(code.fwd):
		// "France will continue to provide aid to X": a commitment to go on, not a scheduled act
		if rc := reframe(intent, code.fwd); rc != "" {
			code, mod = dictCode{fwd: rc}, Asserted
		}
	}
	return code, mod, child, covered
}

// ownSpeaker reports whether predicate k is a future or conditional act reported by a speaker
// of its own subject's country: "Japan's Foreign Ministry said Japan would provide aid", "Canadian
// officials said Ottawa would buy more wheat". Such a report is the state's statement of
// commitment (03) or threat (13), as "X said it would" is; a report about another country's act
// ("the U.S. said Iran would attack") is not.
func (v *sentenceView) ownSpeaker(ps []pred, k int) bool {
	p := ps[k]
	if p.rel != relReported || p.gov < 0 || p.subj < 0 || ps[p.gov].subj < 0 || ps[p.gov].subj == p.subj {
		return false
	}
	home := func(a actor) string {
		if a.home != "" {
			return a.home
		}
		if a.country && len(a.code) >= 3 {
			return a.code[:3]
		}
		return ""
	}
	sp := v.groups[ps[p.gov].subj].members
	for _, a := range v.groups[p.subj].members {
		h := home(a)
		if h == "" || !slices.ContainsFunc(sp, func(b actor) bool { return home(b) == h }) {
			return false
		}
	}
	return true
}

// cooperation reports whether code is an act of cooperation (roots 04 to 08).
func cooperation(code string) bool { return len(code) >= 2 && code[:2] >= "04" && code[:2] <= "08" }

// demanded returns the code of a demand that the act of code be done: "Sudan must return the
// helicopter" 1053; an act of cooperation without a demand code of its own ("must agree to
// changes", "must be ready to mediate") is a demand (100); a demanded conflict act keeps its code.
func demanded(code string) string {
	if rc := reframe(demand, code); rc != "" {
		return rc
	}
	if code != "" && code < "10" && code >= "03" {
		return "100"
	}
	return code
}

// thatClause reports whether the clause of p is introduced by "that".
func (v *sentenceView) thatClause(p pred) bool {
	c := v.clauseStart(p)
	return c > 0 && v.words[c-1] == "that"
}

// statementContent reports whether p is a participle giving the content of a statement noun ("a
// declaration demanding", "a resolution condemning").
func (v *sentenceView) statementContent(p pred) bool {
	return v.tags[p.head] == "VBG" && p.head > 0 && statementNoun(v.lemmas[p.head-1])
}

// issueVerb reports whether l issues a statement ("issued a declaration demanding"), whose
// content is then the act.
func issueVerb(l string) bool {
	switch l {
	case "issue", "publish", "release", "adopt", "pass", "make", "send", "deliver", "sign", "approve", "circulate":
		return true
	}
	return false
}

// nounFrame returns the frame of a demand or appeal noun whose "that" clause p is ("its demand
// that Israel ease restrictions", "a call that"), or noFrame.
func nounFrame(v *sentenceView, p pred) frame {
	c := v.clauseStart(p)
	if c < 2 || v.words[c-1] != "that" {
		return noFrame
	}
	switch v.lemmas[c-2] {
	case "demand", "insistence", "ultimatum":
		return demand
	case "call", "appeal", "request", "plea":
		return appeal
	}
	return noFrame
}

// controlFrame returns the frame a verb that governs an infinitive sets even where the
// dictionary gives it a code of another root: promising, appealing, demanding, refusing,
// threatening.
func controlFrame(l string) frame {
	switch l {
	case "agree", "promise", "pledge", "vow", "offer", "commit", "swear":
		return intent
	case "urge", "ask", "call", "appeal", "press", "implore", "plead", "request":
		return appeal
	case "demand", "order", "pressure":
		return demand
	case "refuse", "decline", "reject":
		return refuse
	case "threaten":
		return threatenF
	}
	return noFrame
}

// wishVerb reports whether l, with an object and an infinitive ("wants Germany to pay"), asks the
// object for the act.
func wishVerb(l string) bool { return l == "want" || l == "wish" || l == "expect" || l == "need" }

// declaredIntent reports whether the chain of p declares its actor ready for the act: "is
// willing to", "is ready to", "is prepared to", "is determined to", "looks forward to (working)".
// CAMEO codes such a statement
// as an intent to cooperate (03) or a threat (13), not as the act.
func (v *sentenceView) declaredIntent(p pred) bool {
	be := false
	for i := p.first; i < p.head; i++ {
		if v.lemmas[i] == "be" || v.lemmas[i] == "remain" {
			be = true
		} else if be && readyWord(v.words[i]) {
			return true // "is willing to", "remains committed to", not "the army prepared to"
		} else if v.lemmas[i] == "look" && i+1 < p.head && v.words[i+1] == "forward" {
			return true // "looks forward to working with"
		}
	}
	return false
}

// xcompOf returns the infinitive that predicate k governs, or -1.
func xcompOf(ps []pred, k int) int {
	for q := k + 1; q < len(ps); q++ {
		if ps[q].gov == k && ps[q].rel == relXcomp {
			return q
		}
	}
	return -1
}

// targetOfArgs is targetOf over the arguments the parser found.
func (v *sentenceView) targetOfArgs(p pred, src int, revOnly bool) int {
	best, bestRank := -1, 4
	for places := range 2 {
		for _, a := range p.args {
			if a.group == src || placeGroup(v.groups[a.group]) != (places == 1) {
				continue
			}
			if revOnly && a.prep != "from" {
				continue
			}
			rank := prepRank(a.prep)
			if a.mod && a.prep == "by" {
				rank = 1 // "an attack by X": the agent of the act the object names
			}
			if a.mod && rank < 3 {
				rank++
			}
			if rank < bestRank {
				best, bestRank = a.group, rank
			}
		}
		if best >= 0 {
			return best
		}
	}
	return best
}

// prepRank ranks the object of preposition w as the target of a verb: 0 the direct object, 1 the
// object of a preposition of direction or partnership ("with", "to", "against", "on", "from"), 2
// other prepositions ("at", "in", "of", "about"), 3 never (the agent of a passive, a comparison,
// an adjunct of time or manner).
func prepRank(w string) int {
	switch w {
	case "":
		return 0
	case "with", "to", "against", "toward", "towards", "into", "onto", "upon", "on", "from", "over", "for", "between":
		return 1
	case "by", "than", "as", "like", "unlike", "despite", "including", "except", "during", "since", "until",
		"after", "before", "via", "through", "per", "amid", "without", "because":
		return 3
	}
	return 2
}

// prepWord reports whether w is a preposition a pattern may name.
func prepWord(w string) bool {
	switch w {
	case "with", "to", "against", "on", "upon", "toward", "towards", "into", "onto", "from", "over", "at", "for",
		"about", "of", "between", "among", "across", "inside", "near", "in", "by", "as", "under", "through", "off",
		"out", "within", "behind", "around", "along", "beyond", "without", "after", "before":
		return true
	}
	return false
}

// timePP reports whether the preposition at i opens a time adjunct ("on Thursday", "in 1990",
// "in March", "for two years"), which may stand between a verb and its complements.
func (v *sentenceView) timePP(i int) bool {
	for j := i + 1; j < v.n() && j <= i+3; j++ {
		switch w := v.words[j]; {
		case v.tags[j] == "DT" || v.tags[j] == "JJ":
		case v.tags[j] == "CD" || timeWord(w):
			return true
		default:
			return false
		}
	}
	return false
}

// timeWord reports whether w names a time: days, months, and the nouns of periods.
func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "morning", "evening",
		"night", "afternoon", "today", "yesterday", "tomorrow", "hour", "hours", "decade", "time":
		return true
	}
	return false
}

// dayAdverb reports whether w (lower case) is a noun of time that a wire story puts between a
// subject and its verb ("the government today said", "police Monday arrested"): a weekday,
// "today", "yesterday", "tomorrow", "tonight". Such a word after a role noun is no head the noun
// modifies.
func dayAdverb(w string) bool {
	return w != "day" && strings.HasSuffix(w, "day") && timeWord(w) || w == "tomorrow" || w == "tonight"
}

// targetOf chooses the target of predicate p among the groups of its complement: the direct object
// (or a named actor after a preposition when the object is an unnamed agent: "deployed troops to
// Estonia"), else the first group after a preposition, places last.
//
// With a reversed code only ("received a loan from" [:071]) the target is the giver: the object
// of "from".
func (c *Coder) targetOf(v *sentenceView, p pred, vc verbCode, src int, revOnly bool) int {
	if p.args != nil {
		return v.targetOfArgs(p, src, revOnly)
	}
	end := p.end
	var cands []int
	for gi, g := range v.groups {
		if g.first < end || g.first >= p.compEnd || gi == src {
			continue
		}
		cands = append(cands, gi)
	}
	pick := func(places bool) int {
		best, bestRank := -1, 3
		for i, gi := range cands {
			g := v.groups[gi]
			if placeGroup(g) != places || places && v.venueBeforeInfinitive(gi) || v.ownGround(gi, src) {
				continue // not "in Paris" of "agreed in Paris to intervene", nor a compound subject's own ground (reach.go)
			}
			prep := v.prepBefore(gi)
			if ex, ok := v.examplePrep(gi); ok {
				prep = ex // "arming of extremist groups such as Al-Shabaab" (reach.go)
			}
			if revOnly && prep != "from" && !vc.names(prep, prep) {
				continue // "received arms from X"; or the preposition the pattern names: "sold wheat to X"
			}
			if (partnerVerb(v.lemmas[p.head]) && vc.flags&mutual != 0 || v.lemmas[p.head] == "engage") && vc.endsWith("with") && prep != "with" && !v.ofWithObject(gi) {
				// a joint act's partner is the object of its "with": "works closely with like-minded
				// countries ... in Burma" has none, nor "engaging with other SIDS and partners in Samoa"
				continue
			}
			if s := v.npStart(g.first); s >= 2 && (prep == "with" && (v.words[s-2] == "along" || v.words[s-2] == "together") ||
				prep == "of" && v.words[s-2] == "part" || prep == "of" && s >= 3 && v.words[s-2] == "support" &&
				(v.words[s-3] == "in" || s >= 4 && v.words[s-3] == "the" && v.words[s-4] == "with")) {
				// "deployed troops along with Belize, as part of the mission", "conducted raids in
				// support of the government", "with the support of Chad": partners, not targets
				continue
			}
			rank := prepRank(prep)
			if prep == "by" {
				// "condemned an attack by Osgiliath soldiers", "rejected the proposal put forward
				// by Egypt": the agent of the act or thing the object names; the agent of a
				// passive verb is its source, not a target
				st := v.npStart(g.first) - 2
				for st > p.end && (v.tags[st] == "RP" || v.tags[st] == "RB") {
					st--
				}
				if st >= p.end && (isNounTag(v.tags[st]) || v.tags[st] == "VBN") {
					rank = 1
				}
			}
			if rank >= 3 && vc.names(prep, prep) {
				rank = 1 // a preposition the pattern names: "ended shipments through South Africa"
			}
			if v.patternObject(vc, gi, prep) {
				rank = 0 // the object of the pattern's last word: "held defensive positions against X" (sidesfight.go)
			}
			if rank >= 3 {
				continue
			}
			if prep == "" && unnamedGroup(g) && i+1 < len(cands) {
				// the actor's own agents ("deployed its troops in Somalia") are what it moves, and
				// the place they go to is the target
				own := g.first > 0 && (v.words[g.first-1] == "its" || v.words[g.first-1] == "their")
				if next := cands[i+1]; !unnamedGroup(v.groups[next]) && (!placeGroup(v.groups[next]) || own) {
					if np := v.prepBefore(next); np == "to" || np == "into" || np == "in" || np == "against" || np == "on" {
						return next // "deployed troops to Estonia"
					}
				}
			}
			if rank < bestRank {
				best, bestRank = gi, rank
			}
		}
		return best
	}
	if t := pick(false); t >= 0 {
		return t
	}
	return pick(true)
}

// modality of predicate k from its chain, its clause and its governors.
func (c *Coder) modality(v *sentenceView, ps []pred, k int) string {
	p := ps[k]
	neg, hyp, intend, hearsay := false, false, false, false
	for i := p.first; i < p.head; i++ {
		switch w, l := v.words[i], v.lemmas[i]; {
		case raisingWord(w) && i+1 < p.head && v.words[i+1] == "to" && i > 0 && v.lemmas[i-1] == "be":
			hearsay = true // "is believed to have supplied"
		case permitWord(w) && i+1 < p.head && v.words[i+1] == "to" && i > 0 && v.lemmas[i-1] == "be" && (i < 2 || v.words[i-2] != "to"):
			intend = true // "has been authorized to purchase": an act the subject may now do
		case w == "not" || w == "n't" || w == "never" || w == "no" || l == "fail" || l == "unable":
			neg = true
		case w == "yet" && i+1 < p.head && v.words[i+1] == "to" && i > 0 && (v.lemmas[i-1] == "have" || v.lemmas[i-1] == "be"):
			neg = true // "has yet to abandon", "is yet to sign": not done so far
		case w == "could" || w == "would" || w == "might" || w == "may" || w == "should" || w == "'d":
			hyp = true
		case w == "will" || w == "shall" || w == "'ll" || intentWord(l):
			intend = true
		case l == "be" && i+1 < p.head && v.words[i+1] == "to":
			intend = true // a scheduled act: "Jordan was to receive", "the ministers are to sign"
		}
	}
	if p.head+1 < v.n() && v.words[p.head+1] == "never" || v.deniedContent(ps, k) || v.refusedAct(p) {
		neg = true // "X denied that it had attacked Y" (speechacts.go)
	}
	// a conditional clause: "if" or "unless" before the chain, no comma in between
	for i := p.first - 1; i >= 0; i-- {
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
	case intend:
		return Intended
	case hearsay:
		return Reported
	}
	for q := k; q >= 0; q = ps[q].gov {
		if ps[q].rel == relReported {
			return Reported
		}
		if ps[q].gov < 0 || ps[q].gov >= q && ps[q].rel != relReported {
			break
		}
	}
	for i := range v.words {
		if v.words[i] == "according" && i+1 < v.n() && v.words[i+1] == "to" {
			return Reported
		}
	}
	if p.rel == relReduced && p.subj < 0 {
		// "the accord signed by Egypt and Israel" in a reported clause ("X praised the accord signed
		// by Y and Z, the ministry said"; "X said the accord signed by Y ...") is reported too; the
		// clause's negation, condition or intent is not the participle's ("did not praise the accord
		// signed by Y": Y signed it)
		// A speech verb whose subject is the speaker ("We acknowledge the assistance provided by
		// X to Y", "I note the agreement signed by X and Y") reports no one's claim: the speaker
		// asserts what the participle states (EVENTS_GUIDELINES.md: "reported" is a claim conveyed
		// through a neutral frame; a speech's speaker is its writer).
		if q := v.reducedHost(ps, k); q >= 0 && (isSpeech(v.lemmas[ps[q].head]) && ps[q].head < p.head && !v.speakerAsserts(ps[q], p.head) || c.modality(v, ps, q) == Reported) {
			return Reported
		}
	}
	return Asserted
}

// speakerSubject reports whether predicate p's subject is a first-person pronoun ("I", "we") right
// before its chain, over adverbs ("We also acknowledge", "I would note").
func (v *sentenceView) speakerSubject(p pred) bool {
	for i, n := p.first-1, 0; i >= 0 && n < 3; i, n = i-1, n+1 {
		switch {
		case firstPerson(strings.ToLower(v.words[i])) && v.tags[i] == "PRP":
			return true
		case v.tags[i] != "RB" && v.tags[i] != "MD":
			return false
		}
	}
	return false
}

// reducedHost returns the predicate of the clause a reduced participle k stands in: the last
// predicate before it that is no participle or modifier itself and whose chain starts before it,
// or -1.
func (v *sentenceView) reducedHost(ps []pred, k int) int {
	for q := k - 1; q >= 0; q-- {
		if ps[q].rel == relReduced || ps[q].rel == relModifier || ps[q].first >= ps[k].first {
			continue
		}
		return q
	}
	return -1
}

// compassWord reports whether w names a part of a country by its direction ("northeast Iraq").
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern":
		return true
	}
	return false
}

// speechActCode reports whether CAMEO code c is a typed speech act whose object is its topic:
// appeals (02), praise (051), demands (10), disapproval (11), rejection (12), threats (13). A
// plain statement (01: "said") is not one: what it reports is coded, as reported. A first-person
// speech act, which is not coded, is read by its verb instead (firstPersonFrameWord, firstperson.go).
func speechActCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "02", "10", "11", "12", "13":
		return true
	}
	return c == "051"
}

// nounEvents codes the noun triggers of the lexicon that no predicate covers: "talks between X
// and Y" (both directions), "X's attack on Y".
func (c *Coder) nounEvents(v *sentenceView, ps []pred, codes []verbCode) []codedEvent {
	if c.lex == nil {
		return nil
	}
	var evs []codedEvent
	covered := func(i int) bool {
		if i >= 2 && v.tags[i-1] == "POS" && v.actorAt[i-2] >= 0 {
			return false // another actor's own act in a verb's pattern: "join the SDF's fight against ISIL"
		}
		for k, p := range ps {
			if codes[k].ok && i >= p.head && i < codes[k].end {
				return true
			}
		}
		return false
	}
	// the content of a typed speech act is its topic, not an event of its own (EVENTS_GUIDELINES.md
	// section 3 rule 4): "condemned Washington's arms sale to Taiwan", "Russia's annexation of
	// Crimea was condemned by Ukraine"
	topic := func(i int) bool {
		for k, p := range ps {
			if !codes[k].ok || !speechActCode(codes[k].code.fwd) {
				continue
			}
			if codes[k].code.fwd == "051" && v.supportedActorsAct(i) {
				continue // "support for Iraq in its fight against ISIL": Iraq's fight, not a topic
			}
			if i >= p.end && i < p.compEnd || p.passive && i >= v.clauseStart(p) && i < p.first {
				return true
			}
		}
		return false
	}
	for i := 0; i < v.n(); i++ {
		if v.actorAt[i] >= 0 || !(isNounTag(v.tags[i]) || v.tags[i] == "JJ") {
			continue
		}
		nt := c.nouns[v.lemmas[i]] // the lexicon's entries of the noun, or the code of a noun derived from a verb (nominal.go)
		es, derived := nt.es, nt.derived
		if len(v.groups) < 2 {
			derived = ""
		}
		if len(es) == 0 && derived == "" && !v.mayBeArmsTransfer(i) {
			continue // no event can start here: spare the checks below
		}
		if evs2 := v.sufferedIn(ps, i, es); evs2 != nil {
			evs = append(evs, evs2...) // "Iraqi troops suffered casualties in Iran's offensive" (speechacts.go)
			continue
		}
		if covered(i) || topic(i) || inPurpose(v, ps, i) {
			continue
		}
		if evs2 := v.armsTransferEvent(i); evs2 != nil {
			evs = append(evs, evs2...) // "shipments of U.S. arms to Iran"
			continue
		}
		if evs2 := v.pairNounEvent(i, es); evs2 != nil {
			evs = append(evs, evs2...)
			continue
		}
		if evs2 := v.ofListEvent(ps, i, es); evs2 != nil {
			evs = append(evs, evs2...) // "a summit of Russia, Turkey and Iran" (manyparties.go)
			continue
		}
		matched := false
		for _, e := range es {
			end, ok := v.match(e.slots[1:], i+1)
			if b := v.copulaBetween(i); !ok && b > 0 && e.flags&symmetric != 0 && len(e.slots) > 1 && slices.Contains(e.slots[1], "between") {
				end, ok = v.match(e.slots[1:], b) // "talks are under way between X and Y"
			}
			if !ok || v.words[end-1] == "among" && !v.namedParties(end) {
				continue // "cooperation among States", "an agreement among the Governments" (manyparties.go)
			}
			subj := -1
			if k := clausePred(ps, i); k >= 0 {
				subj = ps[k].subj
				if e.code == "051" && v.words[i-1] == "in" && codes[k].ok && forceCode(codes[k].code.fwd) {
					e.code = "062" // "conducted strikes in support of X": military cooperation
				}
			}
			nes := v.nounEvent(i, end, e, subj)
			nes = v.nominalModality(nes, end) // nominal.go
			nes = v.refineNounCodes(i, nes)   // nominalfix.go
			if len(nes) > 0 && cooperation(e.code) && v.goesOn(end) {
				// "Japanese development assistance to the Palestinian people will continue": a
				// commitment (03), as "Japan will continue to provide assistance" is
				if rc := reframe(intent, e.code); rc != "" {
					for q := range nes {
						nes[q].code = rc
					}
				}
			}
			if v.reportedAt(ps, i) {
				for q := range nes {
					if nes[q].modality == Asserted {
						nes[q].modality = Reported // "officials said the raids were part of Iraq's campaign against Iran"
					}
				}
			}
			evs = append(evs, nes...)
			i = end - 1
			matched = true
			break
		}
		if !matched && len(v.groups) >= 2 && !c.nominalTopic(v, i) {
			// a noun of an act derived from a verb, or a lexicon noun whose own pattern does not
			// match: its frame (nominal.go)
			if nes := v.refineNounCodes(i, v.frameNounEvent(i, es, derived)); len(nes) > 0 {
				if v.reportedAt(ps, i) {
					for q := range nes {
						if nes[q].modality == Asserted {
							nes[q].modality = Reported
						}
					}
				}
				evs = append(evs, nes...)
			}
		}
	}
	return evs
}

// goesOn reports whether the noun phrase of an act whose pattern ends before token end is the
// subject of "will continue" (or "shall continue") and nothing else: "aid to Kenya will continue".
func (v *sentenceView) goesOn(end int) bool {
	j := end
	for n := 0; j < v.n() && n < 6 && (v.actorAt[j] >= 0 || isNounTag(v.tags[j]) || v.tags[j] == "JJ" || v.tags[j] == "DT"); n++ {
		j++
	}
	if j+1 >= v.n() || v.words[j] != "will" && v.words[j] != "shall" || v.lemmas[j+1] != "continue" {
		return false
	}
	return j+2 == v.n() || v.tags[j+2] == "." || v.words[j+2] == "," || v.words[j+2] == "and"
}

// sameRoot reports whether codes a and b share their two-digit root.
func sameRoot(a, b string) bool { return len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2] }

// pairNounEvent codes a joint act named by a noun after a hyphenated pair of actors: "U.S.-China
// talks", "Israeli-Palestinian peace negotiations", "the Iran-Iraq war" (one token holding two
// actors, at most two modifier nouns or adjectives before the noun): both directions, with the code
// of the noun's symmetric "between" entry. Agreements are left out: "the U.S.-USSR grain agreement"
// names one in force more often than one signed. It returns nil when the noun at i is not such a case.
func (v *sentenceView) pairNounEvent(i int, es []compiledEntry) []codedEvent {
	code := ""
	for _, e := range es {
		if e.flags&symmetric != 0 && len(e.slots) > 1 && slices.Contains(e.slots[1], "between") && !strings.HasPrefix(e.code, "05") {
			code = e.code
			break
		}
	}
	if code == "" {
		return nil
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && v.actorAt[j] < 0 && (v.tags[j] == "NN" || v.tags[j] == "JJ") {
		j-- // "peace", "trade", "border"
	}
	if j < 0 || !strings.ContainsAny(v.words[j], "-–/") {
		return nil
	}
	var ms []actor
	for _, g := range v.groups {
		if g.first == j && g.end == j+1 {
			ms = append(ms, g.members...)
		}
	}
	if len(ms) != 2 || ms[0].code == ms[1].code {
		return nil
	}
	verb := v.span(j, i+1)
	return []codedEvent{
		{src: ms[0], tgt: ms[1], code: code, verb: verb, modality: Asserted, pattern: true, direct: true},
		{src: ms[1], tgt: ms[0], code: code, verb: verb, modality: Asserted, pattern: true, direct: true},
	}
}

// clausePred returns the index of the innermost predicate with a subject whose complement holds
// token i, or -1.
func clausePred(ps []pred, i int) int {
	best := -1
	for k, p := range ps {
		if p.head < i && i < p.compEnd && p.subj >= 0 && (best < 0 || p.head > ps[best].head) {
			best = k
		}
	}
	return best
}

// forceCode reports whether CAMEO code c is a show or use of force (roots 15 and 18-20).
func forceCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "15", "18", "19", "20":
		return true
	}
	return false
}

// ownedBySubject reports whether the noun at i is the act of the subject of its clause: after a
// possessive pronoun ("Japan stays firm in its backing of X", "in their fight against Y")
// or in "in support of" ("the coalition conducted strikes in support of X").
func (v *sentenceView) ownedBySubject(i int) bool {
	if i == 0 {
		return false
	}
	switch v.words[i-1] {
	case "its", "their", "his", "her", "our":
		return true
	case "in":
		return v.lemmas[i] == "support"
	}
	return false
}

// nounEvent codes one noun trigger at [at, end); subj is the subject group of the noun's clause
// (or -1), the source when the noun belongs to it ([sentenceView.ownedBySubject]).
func (v *sentenceView) nounEvent(at, end int, e compiledEntry, subj int) []codedEvent {
	after := -1
	for gi, g := range v.groups {
		if g.first < end || g.first > end+3 {
			continue
		}
		ok := g.first <= end+2 // "the", adjectives and compass words between: "in the occupied West Bank", "in northeast Iraq"
		for i := end; i < g.first; i++ {
			ok = ok && (v.words[i] == "the" || v.tags[i] == "JJ" || compassWord(v.words[i]))
		}
		if jointPrep(v.words[end-1]) && !ok {
			// "between financially troubled Zaire and the IMF": an adverb and adjectives
			ok = true
			for i := end; i < g.first; i++ {
				ok = ok && (v.tags[i] == "RB" || v.tags[i] == "JJ" || v.tags[i] == "VBN" || v.words[i] == "the")
			}
		}
		if ok {
			after = gi
		}
		break
	}
	if after < 0 {
		return nil
	}
	verb := v.span(at, end)
	var evs []codedEvent
	if jointPrep(v.words[end-1]) {
		ms := v.betweenMembers(after)
		for i, s := range ms {
			for j, t := range ms {
				if i != j && s.code != t.code {
					evs = append(evs, codedEvent{src: s, tgt: t, code: e.code, verb: verb, modality: Asserted, pattern: true, direct: true})
				}
			}
		}
		return evs
	}
	// the possessor or the nearest subject before the noun, with no finite verb in between; in
	// "in support of X" the subject of the clause ("delivered munitions against ISIL targets in
	// support of SDF operations": not the targets' ISIL)
	before := -1
	inSupport := at > 0 && v.words[at-1] == "in" && v.lemmas[at] == "support"
	for gi, g := range v.groups {
		if inSupport {
			break
		}
		if g.end > at {
			break
		}
		ok := true
		for i := g.end; i < at; i++ {
			if isVerbTag(v.tags[i]) && v.tags[i] != "VBN" && v.tags[i] != "VBG" || v.words[i] == "," {
				ok = false
			}
		}
		if ok {
			before = gi
		}
	}
	if before < 0 && subj >= 0 && v.groups[subj].end <= at && v.ownedBySubject(at) {
		before = subj
	}
	if before < 0 {
		return nil
	}
	for _, s := range v.groups[before].members {
		for _, t := range v.groups[after].members {
			if s.code != t.code {
				evs = append(evs, codedEvent{src: s, tgt: t, code: e.code, verb: verb, modality: Asserted, pattern: true, direct: true})
			}
		}
	}
	return evs
}

// MainCode returns the CAMEO code of the main event of a document (see the package-level
// [MainCode]).
func (c *Coder) MainCode(d *text.Doc, ms []entities.Mention) string {
	speechCode, sideCode, nounCode := "", "", ""
	in := newMentionIndex(ms)
	var b viewBuffers
	b.isilDoc = namesIslamicState(ms)
	for k, s := range d.Sentences {
		if !validSentence(d, s) {
			continue
		}
		d.TagSentence(k)
		v := b.viewIrreg(d, s, c.known, c.verbs.irregular)
		v.k = k
		v.findActors(in.in(s))
		c.ground(v)
		ps := c.preds(v)
		codes := c.codes(v, ps)
		for q, p := range ps {
			vc := codes[q]
			if !vc.ok || p.rel == relModifier || p.rel == relPurpose || p.rel == relXcomp {
				continue
			}
			dc, _, _, _ := c.final(v, ps, codes, q, true)
			code := cmpOr(dc.fwd, dc.rev)
			if vc.flags&speech != 0 || isSpeech(v.lemmas[p.head]) && vc.words == 0 || code == "010" || p.paren {
				if speechCode == "" {
					speechCode = code // a plain statement: the main event only when nothing else is
				}
				continue
			}
			if (p.rel == relReported || v.thatClause(p)) && v.chainHasWord(p, "must") && c.lex != nil {
				// "X said Y must return Z", "a reminder that Iraq must": a demand
				code = c.refine(v, p, dictCode{fwd: demanded(code)}).fwd
			}
			if p.rel == relReduced || p.rel == relAdjunct {
				// "a letter handed over to", "..., killing 20 people": the main event only when no
				// clause of the sentence has one
				if sideCode == "" {
					sideCode = code
				}
				continue
			}
			return code
		}
		if sideCode != "" {
			return sideCode
		}
		if nounCode == "" {
			// "stones were thrown during demonstrations against X, officials said": an act named
			// by a noun, when no clause of the text has one
			if nev := c.nounEvents(v, ps, codes); len(nev) > 0 {
				nounCode = nev[0].code
			}
		}
	}
	return cmpOr(nounCode, speechCode)
}

// endsHostility reports whether a cooperative act (code) toward the actor group tgt that follows
// "against" ends or removes what is against it, so that it stays that actor's: a verb or noun of
// ending governs the phrase before "against" ("lifted its embargo against Cuba", "calls for the
// end of the blockade against Cuba", "must withdraw its troops deployed against Azerbaijan",
// "supports the lifting of the embargo against Cuba"). Only an intent (03), support or appeal
// (05, not an agreement, 057) or a yield (08) is kept: talks, aid or an agreement about ending a
// blockade are none with its target.
func (v *sentenceView) endsHostility(tgt int, code string) bool {
	if !strings.HasPrefix(code, "03") && !strings.HasPrefix(code, "05") && !strings.HasPrefix(code, "08") || code == "057" {
		return false
	}
	a := v.npStart(v.groups[tgt].first) - 1
	for j := a - 1; j >= 0 && j >= a-12; j-- {
		if endingWord(v.lemmas[j]) || endingWord(strings.ToLower(v.words[j])) {
			return true
		}
		switch t := v.tags[j]; {
		case v.words[j] == "," && j > 0 && v.tags[j-1] == "JJ" && j+1 < v.n() && (v.tags[j+1] == "JJ" || v.tags[j+1] == "CC"):
			continue // a list of adjectives: "the economic, financial and commercial blockade"
		case v.words[j] == "," || boundaryWord(strings.ToLower(v.words[j])):
			return false
		case t == "MD" || t == "VB" || t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBG":
			return false // another verb governs the phrase: "imposed sanctions against"
		}
	}
	return false
}

// endingWord reports whether lemma w ends, lifts or withdraws something ("end", "lifting",
// "removal", "withdraw").
func endingWord(w string) bool {
	switch w {
	case "end", "ending", "lift", "lifting", "removal", "remove", "cessation", "cease", "halt", "stop",
		"withdraw", "withdrawal", "ease", "easing", "relax", "relaxation", "suspend", "suspension",
		"abandon", "repeal", "revoke", "revocation", "rescind", "terminate", "termination",
		"rejection", "reject", "renounce", "dismantle", "dismantling":
		return true
	}
	return false
}
