package entities

import "github.com/geopol/geopol/text"

// "Others" after a count stands for more people of the group named just before it: "the attacks
// killed 35 civilians and injured scores of others", "two soldiers died and 12 others were
// wounded". With Chain.Agents the word is a generic agent of that group's role.

// maxOthersGap bounds the tokens between the agent noun and "others".
const maxOthersGap = 12

// othersRole returns the agent role of "others" at token i of d, "" when it counts no group: it
// must follow a number ("12 others") or a count of "of" ("scores of others", "dozens of",
// "hundreds of", "thousands of"), and the last agent mention of prev (the generic agents found
// so far, sorted by Start) must be a group of people ending at most maxOthersGap tokens before it
// with no sentence punctuation between.
func othersRole(d *text.Doc, i int, prev []Mention) string {
	if i < 2 || len(prev) == 0 {
		return ""
	}
	counted := d.Tokens[i-1].Tag == "CD"
	if !counted && d.TokenText(i-1) == "of" {
		switch d.TokenText(i - 2) {
		case "scores", "dozens", "hundreds", "thousands":
			counted = true
		}
	}
	if !counted {
		return ""
	}
	last := prev[len(prev)-1]
	for j, n := i-1, 0; j >= 0 && d.Tokens[j].Start >= last.End; j, n = j-1, n+1 {
		if n >= maxOthersGap {
			return ""
		}
		switch d.TokenText(j) {
		case ".", ";", "!", "?", ":":
			return ""
		}
	}
	if !agentGroupCode(last.Entity) {
		return ""
	}
	return last.Entity
}

// agentGroupCode reports whether an agent code names a group of people that "others" may count
// more of (civilians, troops, rebels, police, ...), not an office or a collective (GOV, LEG, JUD).
func agentGroupCode(code string) bool {
	switch code {
	case "CVL", "MIL", "REB", "COP", "OPP", "MED", "EDU", "REF", "LAB", "AGR", "CRM":
		return true
	}
	return false
}
