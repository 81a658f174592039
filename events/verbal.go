package events

import "strings"

// Verbal attacks. "Attack" is force (190) when its object is an actor or a military objective,
// but criticism when the object is a text or a policy: "Taiwan attacked the shoe quota bill
// put before the U.S. Congress", "those who attack the UN Charter", "France attacked the U.S.
// farm bill" (111, criticize or denounce, CAMEO's verbal conflict).

// attackVerb reports whether lemma is a verb of attack that may be verbal.
func attackVerb(lemma string) bool {
	switch lemma {
	case "attack", "assail", "blast":
		return true
	}
	return false
}

// textNoun reports whether lemma names a text, a policy or a decision: something attacked in words.
func textNoun(lemma string) bool {
	switch lemma {
	case "bill", "law", "act", "legislation", "policy", "proposal", "plan", "decision", "resolution",
		"charter", "report", "statement", "remark", "comment", "idea", "reform", "budget", "directive",
		"ruling", "treaty", "agreement", "accord", "programme", "program", "stance", "speech", "doctrine",
		"strategy", "regulation", "rule", "initiative", "tariff",
		"subsidy", "subsidies", "declaration", "verdict", "sentence", "amendment", "constitution":
		return true
	}
	return false
}

// verbalObject reports whether the direct object of predicate p is headed by a text noun: the last
// noun of the noun phrase after the verb, over determiners, adjectives, numbers, quotes, actors
// and noun modifiers ("the U.S. farm bill", "the \"textile and apparel trade act of 1987\"").
func (v *sentenceView) verbalObject(p pred) bool {
	head := ""
	for i := p.end; i < v.n() && i < p.end+12; i++ {
		t, w := v.tags[i], v.words[i]
		switch {
		case v.actorAt[i] >= 0 || t == "DT" || t == "JJ" || t == "CD" || t == "POS" || t == "PRP$" ||
			w == "\"" || w == "``" || w == "''" || w == "'s":
		case strings.HasPrefix(t, "NN"):
			head = v.lemmas[i]
		case (w == "and" || w == "&") && i+1 < v.n() && (v.tags[i+1] == "NN" || v.tags[i+1] == "JJ") && v.actorAt[i+1] < 0,
			w == "of" && head != "" && i+1 < v.n() && v.tags[i+1] == "CD":
			// "textile and apparel trade act", "act of 1987"
		default:
			return textNoun(head)
		}
	}
	return textNoun(head)
}

// verbalAttack recodes the force an attack verb codes (190) as criticism (111) when its object is a
// text or a policy.
func (v *sentenceView) verbalAttack(p pred, code dictCode) dictCode {
	if code.fwd == "190" && code.rev == "" && attackVerb(v.lemmas[p.head]) && !p.passive && v.verbalObject(p) {
		return dictCode{fwd: "111"}
	}
	return code
}

// authorVerb reports whether lemma, in a participle after a text ("the bill introduced in
// Congress", "the plan proposed by France"), names who wrote, proposed or adopted it.
func authorVerb(lemma string) bool {
	switch lemma {
	case "introduce", "propose", "adopt", "pass", "issue", "draft", "sponsor", "announce", "impose",
		"table", "submit", "approve", "enact", "unveil", "put":
		return true
	}
	return false
}

// textAuthor returns the actor that a participle after the object of predicate k names as the
// author of the text attacked ("attacked the quota bill introduced in the U.S. Senate": the U.S.
// Senate), or -1.
func (v *sentenceView) textAuthor(ps []pred, k int) int {
	for q := k + 1; q < len(ps); q++ {
		r := ps[q]
		if r.head > ps[k].end+14 {
			return -1
		}
		// a participle after the text; the tagger may take it for a main verb after a closing
		// quote (then it has no subject and no auxiliary)
		if r.rel != relReduced && r.rel != relModifier && (v.tags[r.head] != "VBN" || r.subj >= 0 || r.first != r.head) {
			continue
		}
		if !authorVerb(v.lemmas[r.head]) {
			return -1
		}
		for i := r.head + 1; i < v.n() && i < r.head+5; i++ {
			switch w := v.words[i]; {
			case v.actorAt[i] >= 0:
				if w0 := v.words[i-1]; w0 == "in" || w0 == "by" || w0 == "the" && i >= 2 && (v.words[i-2] == "in" || v.words[i-2] == "by") {
					return v.actorAt[i]
				}
				return -1
			case w == "in" || w == "by" || w == "the":
			default:
				return -1
			}
		}
		return -1
	}
	return -1
}

// participleAppositive returns the comma that opens an appositive participle phrase (", supported
// by NP,", ", backed by NP,", ", angered by NP,") of at most 14 tokens closed by the comma at j,
// not before lo; -1 when there is none. The subject before it is the subject of the verb after
// it; the agent inside it is not ("Hong Kong, supported by developing countries, attacked ...").
// Leading verbs are leaderAppositive's, whose agent acts.
func (v *sentenceView) participleAppositive(j, lo int) int {
	for k := j - 1; k > lo && k >= j-14; k-- {
		if v.words[k] == "," {
			if k+2 < j && v.tags[k+1] == "VBN" && !leadVerb(v.words[k+1]) && v.words[k+2] == "by" {
				return k
			}
			return -1
		}
		if boundaryWord(v.words[k]) || isVerbTag(v.tags[k]) && v.tags[k] != "VBN" && v.tags[k] != "VBG" {
			return -1
		}
	}
	return -1
}
