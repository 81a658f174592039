package events

import (
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Places struck, shelled or taken. CAMEO codes a city or region that is the target of a physical
// act as its country (PETRARCH's country dictionary lists cities under their state;
// EVENTS_GUIDELINES.md section 2: "a place as target of a physical act → ISO3 of the country").
// The coder takes a city the gazetteer lists (capitals, the towns of the wars it covers) as its
// country; a city or division grounded only in GeoNames is left out as a place where something
// happened (isActorEntity). placeArgument brings such a place back when it is an argument of the
// act, not its setting: the object of a force verb ("shelled Afrin", "captured the town of Jisr
// al-Shughur") or of a force verb or noun through a preposition ("fired rockets at Jizan",
// "airstrikes on Saada", "the siege of Madaya"). A place after a locative word ("fighting in
// Afrin", "struck near Donetsk") stays out; it is never a source.

// placeArgument reports whether mention m, a place isActorEntity leaves out because only GeoNames
// grounds it, is the argument of a physical act in the sentence whose lower-case words are words;
// a is the index in words of the mention's first token.
func placeArgument(m entities.Mention, words []string, a int) bool {
	if m.GeonamesID == 0 || m.Source == entities.SourceGazetteer || len(m.Country) != 3 ||
		m.Type != entities.GPE && m.Type != entities.LOC {
		return false
	}
	p := placeHeadBefore(words, a)
	if p < 0 {
		return false
	}
	w := words[p]
	if forceVerbForm(w) {
		return true // "shelled Afrin", "captured the town of X"
	}
	switch w {
	case "at", "on", "against", "into":
		// "fired two rockets at X", "launched airstrikes on X", "strikes against X"
		for k := p - 1; k >= 0 && k >= p-4; k-- {
			if forceVerbForm(words[k]) || forceNoun(words[k]) {
				return true
			}
			if words[k] == "," || words[k] == ";" || locative(words[k]) {
				break
			}
		}
	case "of":
		// "the siege of X", "the shelling of X", "the capture of X"
		if p >= 1 && ofForceNoun(words[p-1]) {
			return true
		}
	}
	return false
}

// placeHeadBefore returns the index of the word that governs the place named from word a on,
// passing over an article and a place noun with its modifiers ("the town of", "the northern city
// of", "the besieged district of"), or -1 when there is none.
func placeHeadBefore(words []string, a int) int {
	p := a - 1
	if p >= 1 && words[p] == "of" && placeKindNoun(words[p-1]) {
		// "the (northern|besieged|rebel-held) town of X": back to the word before the article
		q := p - 2
		for k := 0; k < 2 && q >= 0 && !article(words[q]) && !forceVerbForm(words[q]); k++ {
			q--
		}
		if q < 0 || !article(words[q]) {
			return -1
		}
		p = q - 1
	} else if p >= 0 && article(words[p]) {
		p--
	}
	return p
}

func article(w string) bool { return w == "the" || w == "a" }

// placeKindNoun reports whether w is a noun naming a kind of place before "of" ("the town of").
func placeKindNoun(w string) bool {
	switch w {
	case "city", "town", "village", "district", "province", "region", "port", "capital", "governorate", "area", "enclave", "suburb", "neighbourhood", "neighborhood":
		return true
	}
	return false
}

// forceVerbForm reports whether w is a form of a verb of physical attack or seizure whose object
// is what is attacked or taken.
func forceVerbForm(w string) bool {
	switch w {
	case "attack", "attacks", "attacked", "attacking",
		"bomb", "bombs", "bombed", "bombing",
		"bombard", "bombards", "bombarded", "bombarding",
		"shell", "shells", "shelled", "shelling",
		"strike", "strikes", "struck", "striking",
		"raid", "raids", "raided", "raiding",
		"storm", "storms", "stormed", "storming",
		"besiege", "besieges", "besieged", "besieging",
		"capture", "captures", "captured", "capturing",
		"recapture", "recaptures", "recaptured", "recapturing",
		"seize", "seizes", "seized", "seizing",
		"retake", "retakes", "retook", "retaken", "retaking",
		"overrun", "overruns", "overran", "overrunning",
		"invade", "invades", "invaded", "invading",
		"pound", "pounds", "pounded", "pounding",
		"target", "targets", "targeted", "targeting":
		return true
	}
	return false
}

// forceNoun reports whether w names an attack or a weapon fired, the head of "at/on/against X"
// ("rockets at X", "airstrikes on X").
func forceNoun(w string) bool {
	switch w {
	case "fire", "fired", "fires", "firing", "launched", "rocket", "rockets", "missile", "missiles", "mortar", "mortars",
		"shells", "airstrike", "airstrikes", "air-strikes", "raid", "raids", "assault", "offensive", "attack", "attacks",
		"strike", "strikes", "bombs", "barrage", "drones", "drone":
		return true
	}
	return false
}

// ofForceNoun reports whether w is a noun of attack or seizure whose "of" names what is attacked
// or taken ("the siege of X").
func ofForceNoun(w string) bool {
	switch w {
	case "siege", "shelling", "bombing", "bombardment", "capture", "seizure", "invasion", "occupation", "blockade", "storming", "recapture":
		return true
	}
	return false
}

// placeArgumentIn is placeArgument for a mention of sentence s of d, with words the lower-case
// words of the sentence (for mayHaveTwoActors, which has no token range).
func placeArgumentIn(d *text.Doc, s text.Sentence, m entities.Mention, words []string) bool {
	if m.GeonamesID == 0 || m.Source == entities.SourceGazetteer {
		return false
	}
	for i := s.First; i < s.Last; i++ {
		if d.Tokens[i].End > m.Start {
			if d.Tokens[i].Start >= m.End {
				return false
			}
			return placeArgument(m, words, i-s.First)
		}
	}
	return false
}
