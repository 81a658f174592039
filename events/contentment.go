package events

// A state of contentment denied is discontent: "X has not been pleased with Y's delay", "X is not
// satisfied with the reply" say what "X is displeased with", "dissatisfied with" say (111, criticize),
// an act that happened, not a praise that did not.

// negatedContentment recodes a negated approval (051) whose predicate is a participle of
// contentment after "be" ("pleased", "satisfied", "delighted", "gratified", "happy") as the
// criticism it states, asserted; other codes and modalities are returned unchanged.
func (v *sentenceView) negatedContentment(p pred, code dictCode, mod string) (dictCode, string) {
	if mod != Negated || code.fwd != "051" {
		return code, mod
	}
	for i := p.first; i < p.end && i < v.n(); i++ {
		switch v.words[i] {
		case "pleased", "satisfied", "delighted", "gratified", "happy":
			return dictCode{fwd: "111"}, Asserted
		}
	}
	return code, mod
}
