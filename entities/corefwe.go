package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/text"
)

// The antecedent of "we" in statements and releases (--coref): the side that issues them, as a
// rule the first actor they name. But the first actor a statement names is often the one it
// condemns, not its author ("We condemn ISIL's attacks", "Tobias Ellwood condemns ISIL's treatment
// of residents of Mosul and reiterates the UK's commitment"), the place where something happened
// ("condemns attacks in Syria"), or a country named as an adjective of what the statement is about
// ("the Iraqi operation to liberate Mosul. As we have made clear, the United States supports").
// weAuthor takes the first actor that is none of these:
//   - an organization after a verb of condemnation or opposition, "against", or the "by" of a
//     perpetrator ("condemns ISIL's treatment of", "the fight against Al-Shabaab", "attacks
//     claimed by the Islamic State") is the one the statement is about;
//   - a country after a locative word ("in Syria") or in an address ("Incirlik Air Base, Turkey")
//     is a place;
//   - a demonym followed by a lower-case word other than a people or government noun modifies a
//     thing ("the Iraqi operation"), while "the American people", "the British government" and
//     a people ("Palestinians") speak;
//   - an organization nothing grounds (no country, not in the gazetteer: a unit, a misspelt
//     group) is the author only when no other candidate is named.

//
// When one of these was passed over, a candidate named after the pronoun is not taken for it
// ("We are concerned about the situation in Sudan ... in coordination with the African Union"):
// weAuthor also returns whether one was (passed), and the pronoun's caller checks the position.

// weAuthor returns the antecedent of a first-person plural pronoun of d among named (the resolved
// name mentions of d, sorted by Start), and whether a candidate before it was passed over.
func weAuthor(d *text.Doc, named []Mention) (author Mention, passed, ok bool) {
	var fallback Mention
	hasFallback := false
	for _, m := range named {
		switch m.Type {
		case ORG:
			if m.Entity == "" || armedGroupRole(m.Role) || opposedBefore(d, m.Start) {
				passed = passed || m.Entity != ""
				continue
			}
			if m.Country == "" && m.Source != SourceGazetteer {
				// a name nothing grounds ("the 507th Air Refueling Wing", a misspelt group):
				// the author only when no grounded actor is named
				if !hasFallback {
					fallback, hasFallback = m, true
				}
				continue
			}
			return m, passed, true
		case GPE, NORP:
			if !isISO3(m.Entity) {
				continue
			}
			if m.Type == GPE && locativeBefore(d, m.Start) || m.Type == NORP && !strings.HasSuffix(m.Text, "s") && modifiesThing(d, m.End) {
				passed = true
				continue
			}
			m.Entity, m.Country = m.Entity+" Government", m.Entity
			return m, passed, true
		}
	}
	return fallback, passed, hasFallback
}

// armedGroupRole reports whether r is the CAMEO role of an armed group without a state (rebels,
// insurgents, separatists, unidentified armed forces).
func armedGroupRole(r string) bool {
	switch r {
	case "REB", "INS", "SEP", "UAF":
		return true
	}
	return false
}

// tokenIndex returns the index of the token of d that starts at byte p.
func tokenIndex(d *text.Doc, p int) (int, bool) {
	k, found := slices.BinarySearchFunc(d.Tokens, p, func(t text.Token, p int) int { return cmp.Compare(t.Start, p) })
	return k, found
}

// opposedBefore reports whether the word before the token at byte p (or before its article) is a
// verb of condemnation or opposition, "against", or "by" after a verb of perpetration ("claimed
// by").
func opposedBefore(d *text.Doc, p int) bool {
	k, ok := tokenIndex(d, p)
	if !ok || k == 0 {
		return false
	}
	k--
	if k > 0 && strings.EqualFold(d.TokenText(k), "the") {
		k--
	}
	switch strings.ToLower(d.TokenText(k)) {
	case "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "against", "defeat",
		"defeating":
		return true
	case "by":
		// the perpetrator of an act: "attacks claimed by", "carried out by", "committed by"
		if k > 0 {
			switch strings.ToLower(d.TokenText(k - 1)) {
			case "claimed", "perpetrated", "committed", "out", "orchestrated", "launched":
				return true
			}
		}
	}
	return false
}

// locativeBefore reports whether the word before the token at byte p (or before its article) is a
// locative preposition ("in Syria", "across the region"), or the token follows a capitalized word
// and a comma (an address: "Incirlik Air Base, Turkey").
func locativeBefore(d *text.Doc, p int) bool {
	k, ok := tokenIndex(d, p)
	if !ok || k == 0 {
		return false
	}
	k--
	if k > 0 && d.TokenText(k) == "," && startsUpper(d.TokenText(k-1)) {
		return true // an address: "Incirlik Air Base, Turkey", "Tal Afar, Iraq"
	}
	if k > 0 && strings.EqualFold(d.TokenText(k), "the") {
		k--
	}
	return LocativePreposition(strings.ToLower(d.TokenText(k)))
}

// modifiesThing reports whether the token after byte p is a lower-case word that is neither a
// people nor a government noun: the demonym before it names what the statement is about.
func modifiesThing(d *text.Doc, p int) bool {
	k, ok := slices.BinarySearchFunc(d.Tokens, p, func(t text.Token, p int) int { return cmp.Compare(t.End, p) })
	if !ok || k+1 >= len(d.Tokens) {
		return false
	}
	w := d.TokenText(k + 1)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "people", "government", "administration", "authorities", "officials", "delegation", "embassy", "ministry", "state", "nation":
		return false
	}
	return true
}
