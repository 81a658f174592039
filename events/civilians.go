package events

import "strings"

// Civilians. People named by an ordinary noun after a nationality ("a Palestinian woman", "two
// Iraqi fishermen") are civilians of that country (CVL), and so are civilians named by where they
// are ("civilians in Cameroon", "the civilian population in Kenya"). Force an armed actor turns on
// civilians is unconventional violence (CAMEO 18), not a military clash (19): "Al-Shabaab has been
// targeting the civilian population in Kenya" is 180.

// peopleNoun reports whether lemma names private persons: CVL after a nationality. "Hostage" is
// not one: it is the noun of the patterns of hostage-taking ("holding American hostages"); nor are
// "family" and "father" ("the United Nations family", "the founding fathers of the United
// Nations"), "youth" (a policy field) or "doctor" (often sent abroad as aid).
func peopleNoun(lemma string) bool {
	switch lemma {
	case "woman", "women", "man", "men", "girl", "boy", "teenager", "worshipper", "pilgrim",
		"fisherman", "fishermen", "detainee", "passenger", "farmworker", "shepherd":
		return true
	}
	return false
}

// civilianHead reports whether lemma, before "in PLACE", names civilians of the place.
func civilianHead(lemma string) bool {
	return lemma == "population" || roleOf(lemma) == "CVL" && lemma != "national" && lemma != "tourist"
}

// violenceOnCivilians recodes force (190, "use conventional military force") whose target is a
// country's civilians as unconventional violence (180).
func violenceOnCivilians(evs []codedEvent) {
	for i := range evs {
		if e := &evs[i]; e.code == "190" && len(e.tgt.code) == 6 && strings.HasSuffix(e.tgt.code, "CVL") {
			e.code = "180"
		}
	}
}
