package actors

import (
	"strings"
	"unicode"

	"github.com/geopol/geopol/entities"
)

// Business people in wire stories. A corporate story opens with its company right after the
// dateline ("OSLO, May 10 - Nordkraft said ..."), and the company is of the place the story is filed
// from unless the lead gives it a nationality ("LYON, May 10 - French tyre maker Kleber said ...").
// Its officers are named with a corporate title and the company's name or a generic noun before it
// ("Nordkraft chairman Lars Holm", "Company chairman Pierre Dufour", "Group chairman X") or with a
// bare corporate title ("Chairman X") further on.

// corpOwner reads what stands right before the corporate title words before person mention k:
// owner is the capitalized word that names the title's company ("Nordkraft" in "Nordkraft
// chairman X"), generic is set for a generic noun of a company ("Company chairman X", "group chief
// executive X"), titled for a title with no owner at all ("Chairman X", ", chairman X"). All are
// false when no corporate title word stands right before the name.
func (v *docView) corpOwner(k int) (owner string, generic, titled bool) {
	m := v.ms[k]
	d := v.d
	first := v.tokenAt(m.Start)
	last := v.tokenEndingAt(m.End)
	if first < 0 || last < 0 {
		return "", false, false
	}
	// Title words the recognizer took into the span ("Chairman Lars Holm").
	for first < last {
		w, _ := lowerWord(d, first)
		if !corpTitleWord(w) {
			break
		}
		first++
	}
	i := first - 1
	if i >= 0 && d.TokenText(i) == "," {
		i-- // an apposition before the name: "the company's chairman, X"
	}
	n := 0
	for ; i >= 0 && n < 6; i, n = i-1, n+1 {
		w, _ := lowerWord(d, i)
		if w == "and" {
			// "President X and Senior Vice President Y": the title before "and" is another's.
			if n == 0 {
				return "", false, false
			}
			return "", false, true
		}
		if !corpTitleWord(w) {
			break
		}
		if v.mentionAt(i) >= 0 && v.mentionAt(i) != k {
			break
		}
	}
	if n == 0 {
		return "", false, false
	}
	if i < 0 {
		return "", false, true
	}
	w, lower := lowerWord(d, i)
	if (w == "'s" || w == "’s") && i > 0 {
		i-- // "the company's chairman"
		w, lower = lowerWord(d, i)
	}
	switch w {
	case "company", "group", "firm", "bank", "concern", "corporation":
		return "", true, false
	}
	if lower || !isUpperWord(d.TokenText(i)) && !isUpperAll(d.TokenText(i)) {
		return "", false, true
	}
	if mi := v.mentionAt(i); mi >= 0 {
		om := v.ms[mi]
		if om.Type == entities.NORP || om.Country != "" || v.g.isCountry(om.Entity) {
			return "", false, false // "British chairman", "Mitsui Bank" of a known country: read elsewhere
		}
		if om.Type == entities.PERSON && strings.Contains(om.Text, " ") {
			return "", false, false // another person's name
		}
		f := strings.Fields(om.Text)
		return strings.Trim(f[0], "<>"), false, false
	}
	if v.g.titleWord("", w) {
		return "", false, false
	}
	return strings.TrimSuffix(strings.TrimSuffix(d.TokenText(i), "'s"), "’s"), false, false
}

// corpTitleWord reports whether a lower-case word may stand in a company officer's title before a
// name ("chairman", "co-chairman", "vice chairman", "chief executive officer", "managing director").
func corpTitleWord(w string) bool {
	if corporateOffice(w) {
		return true
	}
	switch w {
	case "co-chairman", "co-chairwoman", "co", "vice-president":
		return true
	}
	return false
}

// leadCompany returns the name of the company a wire story opens with right after its dateline
// (its text as written, without angle brackets) and the country the lead gives it: the nationality
// written before it ("French tyre maker Kleber": FRA), else the country of the dateline's place.
// ok is false when the story has no dateline or opens with no name.
func (v *docView) leadCompany() (name, country string, ok bool) {
	text := v.d.Text
	_, end, found := entities.DatelineSpan(text)
	if !found {
		return "", "", false
	}
	rest := text[end:min(len(text), end+40)]
	dash := strings.Index(rest, " - ")
	if dash < 0 {
		return "", "", false
	}
	start := end + dash + 3
	for start < len(text) && (text[start] == ' ' || text[start] == '<') {
		start++
	}
	k := entities.SearchStart(v.ms, start)
	if k >= len(v.ms) || v.ms[k].Start != start {
		return "", "", false
	}
	m := v.ms[k]
	if (m.Type == entities.NORP || m.Type == entities.GPE) && v.g.isCountry(m.Entity) {
		// "French state-owned chemicals group Rhone-Poulenc": the nationality, then lower-case
		// words describing the company, then its name.
		for j := k + 1; j < len(v.ms) && j <= k+1; j++ {
			n := v.ms[j]
			between := text[m.End:n.Start]
			if len(between) > 60 || strings.ContainsAny(between, ",.;") || !lowerRun(between) {
				break
			}
			if n.Type == entities.ORG || n.Type == entities.PERSON && !strings.Contains(n.Text, " ") {
				return strings.Trim(n.Text, "<>"), m.Entity, true
			}
		}
		// A company name the recognizer did not mark: lower-case words ending with a noun of a
		// company ("group", "maker"), then a capitalized word.
		f := strings.Fields(text[m.End:min(len(text), m.End+80)])
		for j, w := range f {
			if j > 5 || !isLowerWord(w) {
				break
			}
			if companyNoun(w) && j+1 < len(f) && isUpperWord(f[j+1]) {
				return strings.Trim(f[j+1], "<>,"), m.Entity, true
			}
		}
		return "", "", false
	}
	if m.Type != entities.ORG && !(m.Type == entities.PERSON && !strings.Contains(m.Text, " ")) {
		return "", "", false // a one-word name the recognizer typed PERSON is often a company's
	}
	if m.Country != "" && m.Type == entities.ORG {
		return m.Text, m.Country, true
	}
	c := v.datelinePlace()
	if c == "" {
		return "", "", false
	}
	return strings.Trim(m.Text, "<>"), c, true
}

// lowerRun reports whether s holds only lower-case words, hyphens and spaces.
func lowerRun(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// businessCountry returns the country of a business person (mention k) the document gives no
// other: the lead company's when the person's title names it or a generic company ("Nordkraft
// chairman X" in a story opening "OSLO - Nordkraft said"; "Company chairman X"), or stands alone
// in a story whose lead is a company. "" when nothing ties the person to the lead company.
func (v *docView) businessCountry(k int) string {
	name, country, ok := v.leadCompany()
	if !ok {
		return ""
	}
	owner, generic, titled := v.corpOwner(k)
	switch {
	case owner != "":
		f := strings.Fields(name)
		if len(f) == 0 || !strings.EqualFold(f[0], owner) {
			return ""
		}
	case generic, titled:
	default:
		// "Graham Price, chairman of Northgate": the company the apposition names.
		o := v.appositionOwner(k)
		f := strings.Fields(name)
		if o == "" || len(f) == 0 || !strings.EqualFold(f[0], o) {
			return ""
		}
	}
	return country
}

// appositionOwner returns the first word of the name after a corporate title in an apposition to
// person mention k (", chairman of Northgate," gives "Northgate"), "" when none.
func (v *docView) appositionOwner(k int) string {
	d := v.d
	last := v.tokenEndingAt(v.ms[k].End)
	if last < 0 || last+3 >= len(d.Tokens) || d.TokenText(last+1) != "," {
		return ""
	}
	i, n := last+2, 0
	for ; i < len(d.Tokens) && n < 6; i, n = i+1, n+1 {
		w, lower := lowerWord(d, i)
		if !lower || !corpTitleWord(w) {
			break
		}
	}
	if n == 0 || i+1 >= len(d.Tokens) || d.TokenText(i) != "of" {
		return ""
	}
	i++
	if w, _ := lowerWord(d, i); w == "the" {
		i++
	}
	if i >= len(d.Tokens) || !isUpperWord(d.TokenText(i)) && !isUpperAll(d.TokenText(i)) {
		return ""
	}
	return d.TokenText(i)
}

// ownedTitle reports whether the corporate title before person mention k is held by a company's
// name or a generic noun of a company ("Nordkraft chairman X", "Company chairman X"), or an
// apposition's title names the company the story opens with ("X, chairman of Nordvik,").
func (v *docView) ownedTitle(k int) bool {
	owner, generic, _ := v.corpOwner(k)
	if owner != "" || generic {
		return true
	}
	o := v.appositionOwner(k)
	if o == "" {
		return false
	}
	name, _, ok := v.leadCompany()
	f := strings.Fields(name)
	return ok && len(f) > 0 && strings.EqualFold(f[0], o)
}

// retypeTitledNames makes an organization mention of the recognizer a person when it is written as
// a person's name (two or three capitalized words, none a word of an organization's name) right
// after a company officer's title: "Company chairman Jean-Luc Marten", "chief executive Anne-Marie
// Vogt" (hyphenated given names are often taken for organizations).
func (v *docView) retypeTitledNames() {
	d := v.d
	for k := range v.ms {
		m := &v.ms[k]
		if m.Type != entities.ORG || m.Source == SourceDictionary || m.Country != "" || m.Entity != m.Text {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) < 2 || len(f) > 3 || !personLike(f) || v.g.knownOrg(Key(m.Text)) {
			continue
		}
		i := v.tokenAt(m.Start)
		if i <= 0 {
			continue
		}
		w, _ := lowerWord(d, i-1)
		switch w {
		case "chairman", "chairwoman", "co-chairman", "vice-chairman", "executive", "director":
			if w == "executive" || w == "director" {
				if pw, _ := lowerWord(d, max(i-2, 0)); pw != "chief" && pw != "managing" {
					continue
				}
			}
			m.Type = entities.PERSON
		}
	}
}

// personLike reports whether the words of a name are written as a person's: each capitalized,
// letters, hyphens, apostrophes and initials only, and none an organization's word ("Group",
// "Bank", a legal form).
func personLike(f []string) bool {
	for _, w := range f {
		if !isUpperWord(w) || legalForm(w) || companyWord(strings.ToLower(w)) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
				return false
			}
		}
	}
	return true
}

// companyWord reports whether a lower-case word is a common word of an organization's name.
func companyWord(w string) bool {
	switch w {
	case "group", "bank", "banque", "holding", "holdings", "industries", "international", "trust", "partners",
		"securities", "motors", "airlines", "steel", "oil", "petroleum", "chemicals", "insurance",
		"association", "federation", "union", "council", "institute", "foundation", "fund", "society",
		"university", "college", "company", "corporation", "systems", "electric", "energy", "capital":
		return true
	}
	return false
}

// companyNoun reports whether a lower-case word names a company in a wire story's lead ("French
// chemicals group X", "the Dutch electronics maker X"). The event coder's tradeNoun
// (events/actorcodes.go) codes the nouns that are a firm by themselves after a nationality, a
// narrower list: without a name after it, "group", "unit" or "carrier" names no firm.
func companyNoun(w string) bool {
	switch w {
	case "group", "company", "firm", "maker", "concern", "conglomerate", "bank", "insurer", "producer",
		"manufacturer", "retailer", "brewer", "airline", "carrier", "subsidiary", "unit", "holding":
		return true
	}
	return false
}
