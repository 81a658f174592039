package events

// A state of contentment denied is discontent: "X has not been pleased with Y's delay", "X is not
// satisfied with the reply" say what "X is displeased with", "dissatisfied with" say (111, criticize),
// an act that happened, not a praise that did not.

// negatedContentment recodes a negated approval (051) whose predicate is a participle of
// contentment after "be" (contentParticiple, or "happy") as the criticism it states, asserted.
// "Not only" ("has not only been pleased with Y, it has welcomed it") denies nothing: the approval
// is asserted. Other codes and modalities are returned unchanged, and so is a negator outside
// the auxiliary chain right before the participle, or one of degree ("not entirely pleased").
func (v *sentenceView) negatedContentment(p pred, code dictCode, mod string) (dictCode, string) {
	if mod != Negated || code.fwd != "051" {
		return code, mod
	}
	for i := p.first; i < p.end && i < v.n(); i++ {
		if w := v.words[i]; contentParticiple(w) || w == "happy" {
			switch v.negationOf(i) {
			case stateDenied:
				return dictCode{fwd: "111"}, Asserted
			case stateNotOnly:
				return code, Asserted
			}
		}
	}
	return code, mod
}

// What negationOf finds before a participle of state.
const (
	stateOther   = iota // no negator in the auxiliary chain, or one of degree ("not entirely")
	stateDenied         // "has not been pleased", "is not satisfied", "wasn't happy"
	stateNotOnly        // "has not only been pleased", "is not merely satisfied": a correlative
)

// negationOf walks back from the participle at token i over its auxiliary chain (auxiliaries,
// modals) to a negator: the state is denied when the negator is in the chain and no adverb
// follows it; "only", "just", "merely" or "simply" after it make a correlative "not only"; any
// other word ends the chain.
func (v *sentenceView) negationOf(i int) int {
	for k := i - 1; k >= 0; k-- {
		w, t := v.words[k], v.tags[k]
		switch {
		case w == "not" || w == "n't" || w == "never":
			return stateDenied
		case (w == "only" || w == "just" || w == "merely" || w == "simply") && k > 0 && v.words[k-1] == "not":
			return stateNotOnly
		case t == "MD" || auxLemma(v.lemmas[k]) && isVerbTag(t):
		default:
			return stateOther
		}
	}
	return stateOther
}
