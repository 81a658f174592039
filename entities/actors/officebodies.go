package actors

import (
	"strings"

	"github.com/geopol/geopol/entities"
)

// Offices named by the body that holds them, in wire stories: the staff of a seat of government
// ("White House communications director X"), the chair of a legislative committee whose name the
// recognizer took as one organization ("House Ways and Means Committee Chairman X"), a civilian
// chief of staff, the head of a delegation, and the officer of a company the dictionaries know.

// civilStaffChief reports whether a title is a chief of staff with nothing military in it ("the
// president's chief of staff", "Chief of Staff X"): an official of a government (GOV), as the
// Phoenix agents dictionary codes CHIEF_OF_STAFF [~GOV]; "army chief of staff", "Chief of Staff of
// the Armed Forces", "Chief of the General Staff" and "Chief of Staff General X" stay MIL.
func civilStaffChief(words []string) bool {
	staff := false
	prev := ""
	for i, w := range words {
		switch {
		case w == "chief-of-staff":
			staff = true
		case w == "staff" && prev == "of" && i >= 2 && words[i-2] == "chief":
			staff = true
		case w == "staff":
			return false // "general staff", "staff officer"
		case domainRole(w) == "MIL" || headRole(w, prev) == "MIL":
			return false
		}
		prev = w
	}
	return staff
}

// headAfterBody reports whether the words of a title phrase (as before reads them, the placeholder
// "\x00" standing for a mention) end with a generic head after the last mention, with only lower-case
// title modifiers between them: "FBI Director" as "\x00 director", "White House communications
// director" as "\x00 communications director".
func headAfterBody(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	if _, ok := genericHead(words[n-1]); !ok {
		return false
	}
	for j := n - 2; j >= 0 && n-2-j < 3; j-- {
		switch w := words[j]; {
		case w == "\x00":
			return true
		case modifierWord(w) && domainRole(w) == "" && headRole(w, "") == "":
		case w == "press" || w == "communications" || w == "legislative" || w == "political" || w == "domestic" || w == "policy":
		default:
			return false
		}
	}
	return false
}

// orgBody returns the role of the body an organization mention with a country names, whose generic
// head ("director", "chairman") a title right after it is: a seat of government ("White House" GOV,
// "Pentagon" MIL), a committee of a house of the legislature ("U.S. House Ways and Means Committee"
// LEG); "" for others.
func (v *docView) orgBody(m entities.Mention) string {
	if m.Type != entities.ORG || m.Country == "" {
		return ""
	}
	if v.g.isCountry(m.Entity) && m.Entity == m.Country {
		return seatRole(m.Text)
	}
	if legislativeCommittee(m.Text) {
		return "LEG"
	}
	return ""
}

// legislativeCommittee reports whether an organization's name is that of a committee of a house of
// the legislature: it ends with "Committee" or "Subcommittee" and names a house among its first
// three words ("Senate Armed Services Committee", "U.S. House Ways and Means Committee").
func legislativeCommittee(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	n := len(ws)
	if n < 2 || ws[n-1] != "committee" && ws[n-1] != "subcommittee" {
		return false
	}
	for j := 0; j < n-1 && j <= 2; j++ {
		if domainRole(ws[j]) == "LEG" {
			return true
		}
	}
	return false
}

// knownCompany reports whether the dictionaries know an organization mention as a company (BUS):
// "Fiat President X" is the company's officer, as "Fiat SpA President X" would be.
func (v *docView) knownCompany(m entities.Mention) bool {
	if m.Type != entities.ORG {
		return false
	}
	if m.Role == "BUS" {
		return true
	}
	_, role, _ := v.g.orgGrounding(v, m, 0)
	return role == "BUS"
}

// titleDomain returns the role of a word that names a body only in a title: the head of a
// delegation is a government's official ("head of the Chinese delegation" GOV), or an
// international organization's ("head of the EC delegation in Tokyo", with the organization named
// in it, IGO).
func titleDomain(w string) string {
	switch w {
	case "delegation", "delegations":
		return "GOV"
	}
	return ""
}

// igoDelegation returns the international organization whose delegation or mission an organization
// mention of no country names ("EC Delegation", "UN Mission"), as the recognizer may take the body's
// word in with the organization's name: its head is the organization's official. "" for others.
func (g *Grounder) igoDelegation(m entities.Mention) string {
	if m.Type != entities.ORG || m.Country != "" || g.gaz == nil {
		return ""
	}
	name := strings.TrimSpace(m.Text)
	sp := strings.LastIndexAny(name, " \n")
	if sp <= 0 {
		return ""
	}
	switch strings.ToLower(name[sp+1:]) {
	case "delegation", "mission":
	default:
		return ""
	}
	e, ok := g.gaz.Lookup(strings.TrimSpace(name[:sp]))
	if !ok || e.Type != entities.ORG || e.Country != "" {
		return ""
	}
	if strings.HasPrefix(g.cameoOf(e.Entity), "IGO") || g.curatedIGO(e.Entity) {
		return e.Entity
	}
	return ""
}

// brokenCommittee reads, before token first of a name, a chair's title after the name of a
// committee of a house of the legislature that the recognizer cut into pieces ("U.S. House Ways"
// and "Committee" of "U.S. House Ways and Means Committee Chairman X"): capitalized words, "and",
// "on", "of" and commas back to "House" or "Senate" within eight tokens. ok is false when the words
// are no such title (the name is read across a line break; see below); country is the one a mention at or before the house's word gives, if any.
func (v *docView) brokenCommittee(first, sentStart int) (country string, ok bool) {
	d := v.d
	i := first - 1
	heads := 0
	for ; i >= 0 && d.Tokens[i].Start >= sentStart && heads < 3; i-- {
		w, _ := lowerWord(d, i)
		if _, g := genericHead(w); !g && !modifierWord(w) || w == "committee" || w == "subcommittee" {
			break
		}
		heads++
	}
	if heads == 0 || i < 0 || d.Tokens[i].Start < sentStart {
		return "", false
	}
	if w := d.TokenText(i); w != "Committee" && w != "Subcommittee" {
		return "", false
	}
	// The committee's name may be cut from its title by a sentence boundary the segmenter put at
	// a line break of a wire story ("... House Ways and Means\nCommittee Chairman X"): it is read
	// over capitalized words only, which no sentence ends with.
	for j, steps := i-1, 0; j >= 0 && steps < 8; j, steps = j-1, steps+1 {
		w := d.TokenText(j)
		switch w {
		case "House", "Senate":
			if mi := v.mentionAt(j); mi >= 0 {
				if c, ok := v.mentionCountry(v.ms[mi]); ok && !c.igo {
					return c.country, true
				}
			}
			if j > 0 {
				if mi := v.mentionAt(j - 1); mi >= 0 && v.ms[mi].End <= d.Tokens[j].Start {
					if c, ok := v.mentionCountry(v.ms[mi]); ok && !c.igo {
						return c.country, true
					}
				}
			}
			return "", true
		case "and", "on", "of", ",", "&":
			continue
		}
		if !isUpperWord(w) {
			return "", false
		}
	}
	return "", false
}

// igoHead reports whether a generic head, as the head of a title that names the delegation or
// mission of an international organization ("head of the EC Delegation"), makes its holder the
// organization's official (IGO): not "member", "candidate" or "founder".
func igoHead(w string) bool {
	switch w {
	case "head", "chief", "director", "officer", "coordinator", "administrator", "deputy", "director-general":
		return true
	}
	return false
}
