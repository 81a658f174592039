package events

import "strings"

// appositionRole returns the role an apposition right after token j-1 names for the people before
// it: a dash or comma, "representatives" or "members" and "of", then up to three modifiers and the
// first role noun ("Russians and Belarusians — representatives of non-governmental organizations
// and independent media": NGO, the first role named, EVENTS_GUIDELINES.md R-12; "independent
// media": MED). It returns "" when no such apposition follows or its noun names no role.
func (v *sentenceView) appositionRole(j int) string {
	if j+3 >= v.n() || v.words[j] != apposDash && v.words[j] != "," {
		return ""
	}
	if l := v.lemmas[j+1]; l != "representative" && l != "member" || v.words[j+2] != "of" {
		return ""
	}
	for k, i := 0, j+3; k < 4 && i < v.n(); k, i = k+1, i+1 {
		w := strings.ToLower(v.words[i])
		switch w {
		case "non-governmental", "nongovernmental", "ngos", "ngo":
			return "NGO"
		case "media":
			return "MED"
		}
		if !isNounTag(v.tags[i]) && v.tags[i] != "JJ" {
			return ""
		}
		if isNounTag(v.tags[i]) {
			if r := roleOf(v.lemmas[i]); r != "" && r != "CVL" {
				return r
			}
			if i+1 >= v.n() || !isNounTag(v.tags[i+1]) {
				return "" // the head names no role: "members of the public"
			}
		}
	}
	return ""
}
