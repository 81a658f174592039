package events

// Sanctions a legislature or government adopts. "Pass", "adopt" and "enact" are verbs of CAMEO's
// ALLOW block (080), so an object about sanctions would make them an easing of sanctions (085) by
// the issue rules (issues.go); but passing a sanctions bill or adopting sanctions imposes them,
// as CAMEO codes announcing, applying or adding sanctions (163, CAMEO.2.0.txt: ANNOUNCE, APPLY,
// ADD ... SANCTIONS): "Congress passed a sanctions bill against Pretoria" 163. A clause that eases
// them names it with a verb of its own ("passed a bill lifting sanctions"), which this rule leaves
// to that verb.

// adoptVerb reports whether lemma adopts a law or a measure.
func adoptVerb(lemma string) bool {
	switch lemma {
	case "pass", "adopt", "enact":
		return true
	}
	return false
}

// adoptedSanctions returns code with an easing of economic sanctions (085) that an adopting verb
// p gives made an imposition of them (163).
func (v *sentenceView) adoptedSanctions(p pred, code dictCode) dictCode {
	if !adoptVerb(v.lemmas[p.head]) {
		return code
	}
	if code.fwd == "085" {
		code.fwd = "163"
	}
	if code.rev == "085" {
		code.rev = "163"
	}
	return code
}
