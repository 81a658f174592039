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
	if v.legislativeCommittee(m.Text) {
		return "LEG"
	}
	return ""
}

// legislativeCommittee reports whether an organization's name is that of a committee of a house of
// the legislature: it ends with "Committee" or "Subcommittee" and names a house among its first
// three words ("Senate Armed Services Committee", "U.S. House Ways and Means Committee"), first or
// after a country, a place of one or a house's word ("Lower House", "House of Representatives"):
// not "Clearing House Committee", "Old Custom House Committee".
func (v *docView) legislativeCommittee(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	n := len(ws)
	if n < 2 || ws[n-1] != "committee" && ws[n-1] != "subcommittee" {
		return false
	}
	for j := 0; j < n-1 && j <= 2; j++ {
		if domainRole(ws[j]) == "LEG" && (j == 0 || houseWord(ws[j-1]) || j+2 < n && ws[j+1] == "of" || v.placeWords(strings.Join(strings.Fields(name)[:j], " "))) {
			return true
		}
	}
	return false
}

// placeWords reports whether the gazetteer knows a name as a country, a demonym or a place of a
// country ("Texas" of "Texas Senate Finance Committee").
func (v *docView) placeWords(name string) bool {
	if v.g.gaz == nil || name == "" {
		return false
	}
	e, ok := v.g.gaz.Lookup(name)
	return ok && (e.Type == entities.GPE || e.Type == entities.NORP) && (v.g.isCountry(e.Entity) || e.Country != "")
}

// houseWord reports whether a lower-case word before "house" or "senate" in an organization's name
// makes it a house of a legislature ("U.S. House", "Lower House", "State Senate").
func houseWord(w string) bool {
	switch w {
	case "u.s.", "us", "u.s", "lower", "upper", "state":
		return true
	}
	return false
}

// legislativeHouse reports whether the word "house" at words[i] of a title phrase (lower-case words,
// "\x00" for a mention) can be a house of a legislature for the committee rule of phraseRole: it
// opens the title ("House Appropriations Committee Chairman"), follows a mention ("U.S." of "U.S.
// House ...", "Japan's") or a word of houseWord ("Lower House"), or is followed by "of" ("House of
// Representatives"). Not a building's or a company's "house" named by a word before it: "Old Custom
// House Committee Chairman", "Clearing House Committee".
func legislativeHouse(words []string, i int) bool {
	j := i
	for j > 0 && titleAdjective(words[j-1]) {
		j-- // "Powerful House Ways and Means Committee Chairman": the adjectives of the title
	}
	if j == 0 || words[j-1] == "\x00" || houseWord(words[j-1]) || words[j-1] == "the" {
		return true
	}
	return i+1 < len(words) && words[i+1] == "of"
}

// titleAdjective reports whether a lower-case word is an adjective that qualifies a title rather
// than names a body ("powerful", "influential", "senior", "veteran"), by a short list and the
// endings of adjectives ("-ful", "-ous", "-ive"): legislativeHouse reads past it.
func titleAdjective(w string) bool {
	switch w {
	case "powerful", "influential", "senior", "veteran", "longtime", "long-time", "former", "outgoing",
		"incoming", "retiring", "ranking", "top", "key", "new", "then", "acting", "current", "embattled":
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ive"))
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
// in it, IGO). phraseEvidence drops the word when the delegation is no state's (stateDelegation).
func titleDomain(w string) string {
	switch w {
	case "delegation", "delegations":
		return "GOV"
	}
	return ""
}

// stateDelegation reports whether the delegation a title phrase names is a state's, whose head is
// its government's official: the words between the article (or the phrase's start) and
// "delegation" are a country's mentions only ("the Malaysian delegation", "China's delegation"),
// "our" (a speaker's), or nothing after a state's mention before the head ("Canada's deputy chief
// of delegation"), or an international organization's ("the EC Delegation": IGO). A company, a
// party, a team or any other word there ("the Boeing delegation", "the Brazilian football
// delegation", "the Red Cross delegation") names no government's delegation. True for a phrase
// with no delegation.
func stateDelegation(p phrase) bool {
	ci := 0 // index in p.cands of the next mention placeholder
	state := false
	for i, w := range p.words {
		if w == "\x00" {
			if ci < len(p.cands) {
				c := p.cands[ci]
				state = !c.company && c.body == "" && (c.state || c.igo)
			}
			ci++
			continue
		}
		switch w {
		case "delegation", "delegations":
		case "the", "a", "an", "its", "their", "of", "'s", "’s", "'", "’":
			continue
		case "our":
			state = true
			continue
		case "official", "government", "governmental", "negotiating", "trade", "ministerial", "high-level", "senior", "national":
			continue // "the Chinese trade delegation", "the Soviet negotiating delegation"
		default:
			if i+1 < len(p.words) && (p.words[i+1] == "delegation" || p.words[i+1] == "delegations") {
				state = false // "football delegation", "trade union delegation"
			}
			continue
		}
		if !state {
			return false
		}
	}
	return true
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
			named, country := v.houseNamed(j)
			if !named {
				return "", false // "Clearing House Committee", "Sydney Opera House Committee"
			}
			if country != "" {
				return country, true
			}
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

// houseNamed reports whether the "House" or "Senate" of token j is a house of a legislature by the
// words around it: a country or a state of one right before it ("U.S. House", "Texas Senate",
// "Australian Senate"), with its country when the gazetteer knows it; "Lower", "Upper" or "State"
// before it; "of Representatives", "of Commons", "of Lords", "of Deputies", "of Councillors" after
// it. A name the word ends ("Clearing House", "Opera House") is no house of a legislature.
func (v *docView) houseNamed(j int) (named bool, country string) {
	d := v.d
	if j+2 < len(d.Tokens) && d.TokenText(j+1) == "of" {
		switch d.TokenText(j + 2) {
		case "Representatives", "Commons", "Lords", "Deputies", "Councillors", "Delegates", "Keys":
			return true, ""
		}
	}
	if j == 0 {
		return false, ""
	}
	switch d.TokenText(j - 1) {
	case "Lower", "Upper", "State", "state", "U.S.", "US", "U.S":
		return true, ""
	}
	if v.g.gaz == nil {
		return false, ""
	}
	for n := 1; n <= 3 && j-n >= 0; n++ {
		start, end := d.Tokens[j-n].Start, d.Tokens[j-1].End
		e, ok := v.g.gaz.Lookup(d.Text[start:end])
		if !ok || e.Type != entities.GPE && e.Type != entities.NORP {
			continue
		}
		if v.g.isCountry(e.Entity) {
			return true, e.Entity
		}
		if e.Country != "" {
			return true, e.Country // a state or province: "Texas Senate"
		}
	}
	return false, ""
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
