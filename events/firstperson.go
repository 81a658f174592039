package events

import "github.com/geopol/geopol/text"

// The content of a first-person typed speech act (EVENTS_GUIDELINES.md R-2, issue 16). A speaker
// who condemns, welcomes, praises, thanks or calls in the first person ("We condemn the measures
// imposed by X against Y", "I propose that the United Nations convene a conference on Y", "We are
// grateful to X, which supports Y") is no actor (R-1), and what the speech act is about is no
// event either: it is the act's topic, as it is after a named speaker ("X condemned Y's attack on
// Z" is X's condemnation only). The clauses and nouns after such a verb, to the end of its
// sentence or to a semicolon or a ", but" that opens another clause, code nothing. The speech act
// itself is coded when the sentence names whom the speaker acts for ("On behalf of X, I
// congratulate Y": behalf.go), which this leaves alone.

// firstPersonFrameWord reports whether lemma l, after a first-person subject, opens a typed speech
// act whose content is its topic: a condemnation or rejection, a welcome, praise or thanks, a call
// or proposal, or "be" before one of firstPersonFrameAdj.
//
// Its acts are those of speechActCode (coder.go), which says the same of a coded predicate by its
// CAMEO code (appeals 02, praise 051, demands 10, disapproval 11, rejection 12, threats 13), but
// the two cannot be one list: a first-person speaker is no actor, so no predicate of the
// sentence is coded and this reads the verb itself, before any code. It also takes the light verbs
// that carry such an act in their object, which the verb dictionary codes as statements (01) or
// not at all ("we reiterate our call", "express our condemnation", "pay tribute", "join in
// condemning"), and has no verb of threat, which R-2 (condemnations, welcomes, praise, calls) does
// not name.
func firstPersonFrameWord(l string) bool {
	switch l {
	case "condemn", "denounce", "deplore", "decry", "reject", "criticize", "criticise", "regret", "deny",
		"welcome", "hail", "applaud", "salute", "commend", "praise", "congratulate", "thank", "appreciate",
		"support", "endorse", "urge", "call", "appeal", "ask", "request", "invite", "encourage", "demand",
		"propose", "repeat", "reiterate", "reaffirm", "renew", "express", "pay", "join":
		return true
	}
	return false
}

// firstPersonFrameAdj reports whether w, after a first-person "be", states a welcome, thanks or
// concern whose object is its topic ("we are grateful to X, which ...").
func firstPersonFrameAdj(w string) bool {
	switch w {
	case "grateful", "thankful", "appreciative", "pleased", "encouraged", "heartened", "outraged", "appalled",
		"indebted":
		return true
	}
	return false
}

// firstPersonContent returns the byte span of the sentence that is the content of a first-person
// typed speech act, and false when there is none: from the token after the frame word to the end
// of the clause. The frame's subject is "I" or "we" opening the sentence or a clause after a comma
// or a conjunction, with at most three auxiliaries, modals or adverbs between it and the word
// ("We therefore strongly condemn", "I would like to thank", "we are very grateful"); a second
// frame verb joined by "and" is part of the act ("we applaud and thank X"), and an adjective before
// an infinitive of another act is no frame ("we were pleased to sponsor"), one of noticing or of a
// frame verb is ("we are pleased to note that", "we are happy to welcome").
func (v *sentenceView) firstPersonContent() (text.Span, bool) {
	for i := 0; i < v.n(); i++ {
		if !firstPerson(v.words[i]) || v.tags[i] != "PRP" {
			continue
		}
		if i > 0 && v.words[i-1] != "," && v.tags[i-1] != "CC" && v.words[i-1] != "\"" && v.words[i-1] != "“" {
			continue // a first-person pronoun inside a clause: "the aid we sent to X"
		}
		j := i + 1
		for n := 0; j < v.n() && n < 4; n++ {
			w, l, t := v.words[j], v.lemmas[j], v.tags[j]
			if firstPersonFrameWord(l) && isVerbTag(t) {
				break
			}
			if firstPersonFrameAdj(w) && j > i+1 {
				break // "we are (very) grateful to"
			}
			if t == "MD" || t == "RB" || t == "TO" || auxLemma(l) && isVerbTag(t) || w == "like" || w == "wish" || w == "want" {
				j++
				continue
			}
			j = v.n()
		}
		if j >= v.n() || !(firstPersonFrameWord(v.lemmas[j]) && isVerbTag(v.tags[j]) || firstPersonFrameAdj(v.words[j])) {
			continue
		}
		if firstPersonFrameAdj(v.words[j]) && j+2 < v.n() && v.words[j+1] == "to" && v.tags[j+2] == "VB" {
			if !firstPersonFrameWord(v.lemmas[j+2]) && !noticeVerb(v.lemmas[j+2]) {
				continue // "we were pleased to sponsor": the speaker's own act, no topic
			}
			j += 2 // "we are pleased to note that", "we are grateful to see": a welcome
		}
		for j+2 < v.n() && (v.words[j+1] == "and" || v.words[j+1] == ",") && firstPersonFrameWord(v.lemmas[j+2]) && isVerbTag(v.tags[j+2]) {
			j += 2 // "we applaud and thank X": the speech act is both verbs, its content after them
		}
		if restatement(v.lemmas[j]) && v.nextWord(j) == "that" {
			continue // "we reaffirm that Somalia will continue to defend X": a neutral frame (reported)
		}
		end := v.n()
		for q := j + 1; q < v.n(); q++ {
			if v.contentEnds(j, q) {
				end = q
				break
			}
		}
		if j+1 >= end {
			return text.Span{}, false
		}
		return v.span(j+1, end), true
	}
	return text.Span{}, false
}

// dropFirstPersonContent removes the events whose verb or noun lies in the content of a
// first-person typed speech act (see firstPersonContent).
func (v *sentenceView) dropFirstPersonContent(evs []codedEvent) []codedEvent {
	if len(evs) == 0 {
		return evs
	}
	sp, ok := v.firstPersonContent()
	if !ok {
		return evs
	}
	keep := evs[:0]
	for _, e := range evs {
		if e.verb.Start >= sp.Start && e.verb.Start < sp.End && !v.coordinatedFrame(e.verb.Start) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// contentEnds reports whether token q, after the frame word at j, ends the content of a first-person
// speech act: a semicolon; a closing quotation mark (the speaker's words end, the reporter's go
// on: "“We condemn the attack,” the minister said, adding that X shelled Y"); "adding" before
// "that"; ", but", ", while", ", whereas"; a subordinating conjunction (because, after, as, since,
// when, while, although, whereas, if ...) or "and" or a comma that open a clause of their own, with
// a subject and a finite verb ("We welcome the ceasefire, and on Monday X struck Y", "We ask the
// Council to act because X bombed Y", "We condemn the attack, the minister said"). A relative or
// "that" clause ("we are grateful to X, which supports Y", "I propose that X convene") is content.
func (v *sentenceView) contentEnds(j, q int) bool {
	switch w := v.words[q]; w {
	case ";", "”", "\"", "''":
		return true
	case "adding":
		return q+1 < v.n() && v.words[q+1] == "that"
	case ",":
		if q+1 < v.n() {
			switch v.words[q+1] {
			case "but", "while", "whereas", "adding":
				return true
			}
		}
		return v.clauseFollows(q + 1)
	case "and":
		// ", and on Monday X struck Y": a clause of its own; not after a "that" or relative
		// clause, whose second conjunct is still the complement's, nor without the comma ("the
		// agreement signed by X and Y calls for")
		if q == 0 || v.words[q-1] != "," {
			return false
		}
		for k := j; k < q; k++ {
			if w := v.words[k]; w == "that" || w == "which" || w == "who" {
				return false
			}
		}
		return v.clauseFollows(q + 1)
	case "because", "after", "as", "since", "when", "while", "although", "though", "whereas", "if", "unless", "before", "until":
		if w == "as" && q > 0 && (v.words[q-1] == "such" || v.words[q-1] == "well") {
			return false // "such acts as", "as well as"
		}
		if j+1 < v.n() && v.words[j+1] == w {
			return false // the frame's own complement ("we ask when X will ..., when X will ..."), no adjunct
		}
		return v.clauseFollows(q + 1)
	}
	return false
}

// clauseFollows reports whether a clause with its own subject starts at token q: at most one
// leading prepositional phrase or adverb ("on Monday", "again"), then a noun phrase that holds an
// actor ("Israel struck", "Russian forces had shelled") and a finite verb or modal right after it,
// or a past participle with an object after it, within eight tokens. A first-person subject goes
// on with the speaker's own words ("and we will continue to host the dialogue between X and Y"),
// and a pronoun or a noun phrase without an actor rarely opens an event: neither ends the content.
func (v *sentenceView) clauseFollows(q int) bool {
	subj, actor := false, false
	for k := q; k < v.n() && k < q+8; k++ {
		t := v.tags[k]
		switch {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return actor
		case t == "VBN" && subj && k+1 < v.n() && (v.tags[k+1] == "NNP" || v.tags[k+1] == "DT" || v.tags[k+1] == "PRP$"):
			return actor // a past tense the tagger read as a participle, with its object: "Chad attacked Niger"
		case t == "PRP":
			return false // "we will", "it issued"
		case isNounTag(t) || t == "CD" || t == "JJ" && v.actorAt[k] >= 0:
			subj = true
			actor = actor || v.actorAt[k] >= 0
		case t == "DT" || t == "JJ" || t == "POS" || t == "PRP$":
		case (t == "IN" || t == "RB" || t == ",") && !subj:
			// a leading adjunct: "and on Monday Israel struck", "and then X attacked"
		default:
			return false
		}
	}
	return false
}

// noticeVerb reports whether lemma l, after a first-person welcome ("we are pleased to"), notices
// what the welcome is about: "note", "see", "learn". Verbs of telling ("we are pleased to report
// that X established relations with Y", "to inform the Assembly that") are neutral frames: what
// they tell is reported and coded.
func noticeVerb(l string) bool {
	switch l {
	case "note", "see", "observe", "learn", "hear", "witness":
		return true
	}
	return false
}

// restatement reports whether lemma l restates what follows it: with a noun phrase ("we reiterate
// our call for", "I repeat the necessity of") it renews a speech act whose content is its topic;
// with a "that" clause ("we reaffirm that Somalia will") it is a neutral frame.
func restatement(l string) bool {
	switch l {
	case "reiterate", "reaffirm", "repeat", "renew", "express":
		return true
	}
	return false
}

// nextWord returns the first word after token j that is not an adverb ("we reaffirm once again
// that"), or "".
func (v *sentenceView) nextWord(j int) string {
	for q := j + 1; q < v.n(); q++ {
		if t := v.tags[q]; t != "RB" && t != "RBR" && v.words[q] != "," {
			return v.words[q]
		}
	}
	return ""
}

// coordinatedFrame reports whether the token starting at byte b is a frame verb joined to an
// earlier one by "and" or "and to" ("I would like to congratulate X ... and to thank Y"): a speech
// act of the speaker's own, not content, coded when the sentence names whom the speaker acts for.
func (v *sentenceView) coordinatedFrame(b int) bool {
	for i := range v.n() {
		if v.d.Tokens[v.s.First+i].Start != b {
			continue
		}
		if !firstPersonFrameWord(v.lemmas[i]) || !isVerbTag(v.tags[i]) || i < 1 {
			return false
		}
		k := i - 1
		if v.words[k] == "to" && k > 0 {
			k--
		}
		return v.words[k] == "and"
	}
	return false
}
