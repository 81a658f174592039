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
			if v.words[q] == ";" || v.words[q] == "," && q+1 < v.n() && (v.words[q+1] == "but" || v.words[q+1] == "while" || v.words[q+1] == "whereas") {
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
