package events

// Joint acts named by a noun before a state verb. "Talks between X and Y" is coded by the noun
// pattern "talk between"; news also puts the state of the talks first: "Talks are under way
// between Zaire and the IMF", "negotiations were held between Chile and Peru", "talks are
// continuing between Egypt and Israel". The words between the noun and "between" are a form of
// "be" and a phrase of the act going on or having happened.

// copulaBetween returns the index of the "between" that follows noun i over a form of "be" and a
// phrase of the act in progress or held ("are under way", "were held", "are continuing", "is
// taking place"), or -1.
func (v *sentenceView) copulaBetween(i int) int {
	j := i + 1
	if j >= v.n() || v.lemmas[j] != "be" {
		return -1
	}
	j++
	for k := 0; k < 3 && j < v.n(); k, j = k+1, j+1 {
		switch v.words[j] {
		case "between":
			if k == 0 {
				return -1
			}
			return j
		case "underway", "under", "way", "continuing", "ongoing", "going", "on", "taking", "place",
			"held", "being", "in", "progress", "now", "still", "already", "also":
		default:
			return -1
		}
	}
	return -1
}

// betweenMembers returns the participants "between" names from group gi on: its members, and when
// it has one, those of the group after "and" ("between Zaire and the International Monetary Fund
// (IMF)", which the actor grouping keeps apart).
func (v *sentenceView) betweenMembers(gi int) []actor {
	g := v.groups[gi]
	if len(g.members) > 1 || gi+1 >= len(v.groups) {
		return g.members
	}
	j := g.end
	if j >= v.n() || v.words[j] != "and" {
		return g.members
	}
	j++
	if j < v.n() && v.words[j] == "the" {
		j++
	}
	if next := v.groups[gi+1]; next.first == j {
		return append(append([]actor(nil), g.members...), next.members...)
	}
	return g.members
}
