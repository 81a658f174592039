package events

// Military craft named by a nationality. "Russian bombers struck Aleppo", "Ukrainian helicopters
// attacked", "Israeli fighter jets struck": the craft stand for the armed forces that fly or sail
// them (CAMEO's MIL; the words are entities.Equipment, coded by entities.AgentRole); a demonym
// before any other noun of a thing is no source ("Russian assets"). "fighter" alone is a rebel
// (entities.AgentRole); before a word of aircraft it is the aircraft's kind.

// fighterCraft returns "MIL" when the noun at token j is "fighter" and the next is a word of
// aircraft ("fighter jets", "fighter planes", "fighter aircraft"); else r unchanged.
func (v *sentenceView) fighterCraft(j int, r string) string {
	if j+1 >= v.n() || (v.words[j] != "fighter" && v.words[j] != "fighters") {
		return r
	}
	switch v.words[j+1] {
	case "jet", "jets", "plane", "planes", "aircraft", "bomber", "bombers":
		return "MIL"
	}
	return r
}
