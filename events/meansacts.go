package events

import "strings"

// Acts of force done by a means. A purpose clause is no act of its own ("met in Almaty to
// discuss"), but the purpose of using or employing something that is an act of force is that act,
// done by the subject of "use" with the modality of "use": "the methods the regime is using to
// kill and injure civilians", "the army used artillery to shell the villages", "they employ
// drones to attack convoys". Other purposes ("used the talks to press for ...") stay uncoded.

// meansPurpose reports whether predicate k is the purpose clause of a verb of using and codes an
// act of material conflict (roots 18 to 20: assault, fight, mass violence; root 17, coerce, only
// when what is used is a means of pressure).
func meansPurpose(v *sentenceView, ps []pred, codes []verbCode, k int) bool {
	p := ps[k]
	if p.rel != relPurpose || p.gov < 0 || !codes[k].ok {
		return false
	}
	switch v.lemmas[ps[p.gov].head] {
	case "use", "employ":
	default:
		return false
	}
	c := codes[k].code.fwd
	if strings.HasPrefix(c, "17") {
		// coercion only by a means of pressure ("used force to expel", "used sanctions to
		// coerce"), not "used its rules to exclude Taiwan"
		return meansOfPressure(v, ps[p.gov], p)
	}
	return strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")
}

// meansOfPressure reports whether the object of the verb of using u, between it and its purpose
// clause p, names a means of pressure.
func meansOfPressure(v *sentenceView, u, p pred) bool {
	for i := u.end; i < p.first && i < len(v.lemmas); i++ {
		switch v.lemmas[i] {
		case "force", "pressure", "leverage", "sanction", "sanctions", "troop", "troops":
			return true
		}
	}
	return false
}
