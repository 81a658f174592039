package entities

import (
	"strings"

	"github.com/geopol/geopol/text"
)

// Demonstrative descriptions of an armed group (--coref): "these terrorists", "this terrorist
// organisation", "this group" refer back to a group named before them. Statements about a war
// name several organizations (the coalition, the government, the group fought), so the antecedent
// is not simply the organization named last: it is the organization named last that the document
// itself has called a terrorist or armed group ("ISIL terrorists", "the terrorist group Al-Shabaab",
// "Houthi fighters"), else the organization named last in the same sentence that is not a
// government and that the sentence opposes ("operations against Da'esh and to eliminate the threat
// this terrorist group poses"; opposedBefore).

// groupHead reports whether w (lower case) is a noun that a demonstrative description of an armed
// group ends with.
func groupHead(w string) bool {
	switch w {
	case "terrorists", "terrorist", "militants", "extremists", "insurgents", "fighters", "group", "groups",
		"organisation", "organization", "militia", "militias":
		return true
	}
	return false
}

// armedNoun reports whether w (lower case) calls the organization it follows or precedes an armed
// group ("ISIL terrorists", "the terrorist group Boko Haram").
func armedNoun(w string) bool {
	switch w {
	case "terrorists", "terrorist", "militants", "militant", "extremists", "insurgents", "fighters", "jihadists", "militia":
		return true
	}
	return false
}

// demonstrativeGroup returns the last token of a demonstrative description of an armed group that
// starts at token i of d ("these" or "this", an optional "terrorist"/"extremist", a group noun)
// and its antecedent among orgs (the organization mentions of d, sorted by Start).
func demonstrativeGroup(d *text.Doc, orgs []Mention, i int) (int, Mention, bool) {
	w := strings.ToLower(d.TokenText(i))
	if w != "this" && w != "these" || i+1 >= len(d.Tokens) {
		return 0, Mention{}, false
	}
	j := i + 1
	if m := strings.ToLower(d.TokenText(j)); (m == "terrorist" || m == "extremist" || m == "armed") && j+1 < len(d.Tokens) {
		j++
	}
	head := strings.ToLower(d.TokenText(j))
	if !groupHead(head) || head == "terrorist" {
		return 0, Mention{}, false
	}
	if j == i+1 && (head == "group" || head == "groups" || head == "organisation" || head == "organization") {
		return 0, Mention{}, false // "this group" alone is often a group of states or people
	}
	if j+1 < len(d.Tokens) && startsUpper(d.TokenText(j+1)) {
		return 0, Mention{}, false // "this group Al-Shabaab": a name follows
	}
	pos := d.Tokens[i].Start
	k, ok := sentenceAt(d, pos)
	if !ok {
		return 0, Mention{}, false
	}
	var called, sameSentence Mention
	hasCalled, hasSame := false, false
	for _, m := range orgs {
		if m.Start >= pos {
			break
		}
		if m.Entity == "" || strings.HasSuffix(m.Entity, " Government") {
			continue
		}
		if calledArmed(d, m) {
			called, hasCalled = m, true
		}
		if ks, ok := sentenceAt(d, m.Start); ok && ks == k && opposedBefore(d, m.Start) {
			sameSentence, hasSame = m, true
		}
	}
	if hasCalled {
		return j, called, true
	}
	return j, sameSentence, hasSame
}

// calledArmed reports whether the word after mention m or one of the two before it calls it an
// armed group ("ISIL terrorists", "the terrorist group ISIL", "militants of Al-Shabaab" is not
// read).
func calledArmed(d *text.Doc, m Mention) bool {
	k, ok := tokenIndex(d, m.Start)
	if !ok {
		return false
	}
	e := k
	for e < len(d.Tokens) && d.Tokens[e].End < m.End {
		e++
	}
	if e+1 < len(d.Tokens) && armedNoun(strings.ToLower(d.TokenText(e+1))) {
		return true
	}
	for b := k - 1; b >= 0 && b >= k-2; b-- {
		if w := strings.ToLower(d.TokenText(b)); w == "terrorist" || w == "militant" || w == "extremist" || w == "armed" {
			return true
		}
	}
	return false
}
