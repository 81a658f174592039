package events

// joinedForTalks reports whether predicate k is "join" with the actor group tgt as its object,
// followed by a purpose that names talks: "Brazil and Chile joined Argentina and Uruguay to launch
// trade talks", "Egypt joined Israel and Jordan in holding talks on water". Those who join others
// for talks hold them together: one joint act of every party, subject and object alike, each
// toward each (EVENTS_GUIDELINES R-13), not an act of the subject toward the object. The purpose
// begins with "to" or "in" right after the object (over the closing dash or comma of an apposition)
// and names the talks within five words, before any clause boundary; "joined Uganda to condemn
// the attack" and "joined the African Union in 1963" are not joint talks.
func (v *sentenceView) joinedForTalks(p pred, tgt int) bool {
	if v.lemmas[p.head] != "join" || tgt < 0 || p.passive {
		return false
	}
	g := v.groups[tgt]
	if g.first <= p.head || placeGroup(g) {
		return false
	}
	j := g.end
	for j < v.n() && (v.words[j] == apposDash || v.words[j] == ",") {
		j++
	}
	if j >= v.n() || v.words[j] != "to" && v.words[j] != "in" {
		return false
	}
	for i := j + 1; i < v.n() && i <= j+5; i++ {
		w := v.words[i]
		if talksNoun[w] {
			return true
		}
		if w == "," || w == ";" || w == "." || boundaryWord(w) || v.actorAt[i] >= 0 {
			return false
		}
	}
	return false
}

// talksNoun holds the nouns that name talks held together.
var talksNoun = map[string]bool{
	"talks": true, "negotiations": true, "dialogue": true, "consultations": true, "summit": true,
}

// secondWith returns the group of a second partner coordinated with the partner group tgt of a
// "with" act: "worked with Ethiopia on energy and with Kenya on health" gives Kenya's group. The
// second "and with" follows tgt within four words (a topic such as "on energy") that hold no verb,
// no actor and no clause boundary, and an actor follows it over determiners and adjectives; it
// returns -1 otherwise ("worked with Ethiopia and said that Kenya ...", "with Ethiopia on trade
// with Kenya").
func (v *sentenceView) secondWith(tgt int) int {
	if v.prepBefore(tgt) != "with" {
		return -1
	}
	for j := v.groups[tgt].end; j < v.n() && j <= v.groups[tgt].end+4; j++ {
		w := v.words[j]
		if w == "and" && j+1 < v.n() && v.words[j+1] == "with" {
			k := j + 2
			for k < v.n() && (v.tags[k] == "DT" || v.tags[k] == "JJ") {
				k++
			}
			if k < v.n() && v.actorAt[k] >= 0 && v.actorAt[k] != tgt && !placeGroup(v.groups[v.actorAt[k]]) {
				return v.actorAt[k]
			}
			return -1
		}
		if w == "," || w == ";" || boundaryWord(w) || isVerbTag(v.tags[j]) || v.actorAt[j] >= 0 {
			return -1
		}
	}
	return -1
}
