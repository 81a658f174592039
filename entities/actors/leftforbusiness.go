package actors

import "github.com/geopol/geopol/text"

// A former official who left office for business (issue 15): "X, who resigned as deputy chief of
// staff in 1985 to open a lobbying firm", "X, who left the government to join a law firm". The
// relative clause gives the person's occupation since: a company's (BUS), which beats the former
// office a title gives ("Former White House aide X"), as "X, who is now a Washington lobbyist" does
// (isNowRole).

// leftForBusiness reads the relative clause that starts at token i (right after "who") up to the
// sentence's end at sentEnd: a verb of leaving an office ("resigned", "left", "quit", "retired",
// "stepped down"), then within the clause "to" and a verb of setting up or joining ("open",
// "join", "found", "start", "set up", "form") and, within four words, a noun of a business
// ("firm", "company", "bank", "business", "consultancy", "practice") written in lower case (not
// the name of an institution, "the World Bank") and, for a bank, no public one (publicBank). It
// returns "BUS" then, else "".
func (v *docView) leftForBusiness(i, sentEnd int) string {
	d := v.d
	if d == nil || i >= len(d.Tokens) || d.Tokens[i].Start >= sentEnd {
		return ""
	}
	switch w, _ := lowerWord(d, i); w {
	case "resigned", "left", "quit", "retired", "stepped":
	default:
		return ""
	}
	for j, n := i+1, 0; j+1 < len(d.Tokens) && d.Tokens[j].Start < sentEnd && n < maxWindow; j, n = j+1, n+1 {
		w, _ := lowerWord(d, j)
		switch w {
		case ".", ";", ":", "(", ")", "—", "–", "who", "which", "but":
			return ""
		case "to":
		default:
			continue
		}
		nw, _ := lowerWord(d, j+1)
		switch nw {
		case "open", "join", "found", "start", "set", "form":
		default:
			continue
		}
		for k := j + 2; k < len(d.Tokens) && k <= j+6 && d.Tokens[k].Start < sentEnd; k++ {
			bw, lower := lowerWord(d, k)
			switch bw {
			case "firm", "company", "bank", "business", "consultancy", "practice":
				if !lower {
					return "" // a named institution: "to join the World Bank", "the Asian Development Bank"
				}
				if bw == "bank" && publicBank(d, k) {
					return "" // "to join the central bank", "a development bank": no firm
				}
				return "BUS"
			case ",", ".", ";":
				return ""
			}
		}
	}
	return ""
}

// publicBank reports whether the lower-case "bank" at token k is a public institution by the word
// before it: "the central bank", "a regional development bank", "the world bank", "the reserve
// bank", "a multilateral bank", "a state bank"; an organization's name before it ("the IDB bank")
// too.
func publicBank(d *text.Doc, k int) bool {
	if k == 0 {
		return false
	}
	pw, lower := lowerWord(d, k-1)
	switch pw {
	case "central", "development", "world", "reserve", "multilateral", "state":
		return true
	}
	return !lower
}
