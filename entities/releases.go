package entities

// References in government press releases and military reports: "the Coalition" of a campaign
// report, "The Prime Minister" of a release joined to a person named after it.

import (
	"slices"
	"strings"
)

// campaignCoalition returns the Global Coalition against Daesh as the antecedent of "the
// Coalition" in a document that names no coalition in full but names the Islamic State, the
// coalition's enemy: the military reports and government statements of the campaign call it "the
// Coalition" or "Coalition forces" without introducing it (GUIDELINES.md rule 10 for short
// references whose full name the document does not give).
func campaignCoalition(g *Gazetteer, named []Mention) (Mention, bool) {
	if g == nil || !slices.ContainsFunc(named, func(m Mention) bool { return m.Entity == "Islamic State" }) {
		return Mention{}, false
	}
	e, ok := g.Lookup("Global Coalition")
	if !ok {
		return Mention{}, false
	}
	return Mention{Type: e.Type, Entity: e.Entity, Country: e.Country}, true
}

// groundCoalition grounds, in place, the organization mentions that are the word "Coalition" alone
// and that nothing grounded (a statistical recognizer's guess, whose entity is its text), as the
// Global Coalition when campaignCoalition finds it and the document names no organization with
// "Coalition" in its name. A "Coalition" after a capitalized word other than "The" ends a longer
// name ("the Syrian Arab Coalition"): the document names another coalition then, and no mention is
// grounded unless the document speaks of the Coalition's forces, advisers or strikes
// (militaryCoalition), which the campaign's coalition has and a coalition of local groups the
// report names is not called by.
func groundCoalition(text string, g *Gazetteer, ms []Mention) {
	var bare []int
	military := militaryCoalition(text)
	for i, m := range ms {
		switch {
		case m.Type == ORG && m.Text == "Coalition" && m.Entity == "Coalition":
			if f := strings.Fields(text[max(0, m.Start-40):m.Start]); len(f) > 0 && startsUpper(f[len(f)-1]) && f[len(f)-1] != "The" {
				if !military {
					return // the end of a longer name: the document names another coalition
				}
				continue
			}
			bare = append(bare, i)
		case m.Type == ORG && m.Entity != "Coalition" && orgHasWord(g, m, "Coalition"):
			return // "the Coalition" may be that one
		}
	}
	if len(bare) == 0 {
		return
	}
	a, ok := campaignCoalition(g, ms)
	if !ok {
		return
	}
	for _, i := range bare {
		ms[i].Entity, ms[i].Country = a.Entity, a.Country
	}
}

// conjoinedPerson reports whether person p is named right after byte end, joined by "and" and at
// most a title ("The Prime Minister and President Hollande met"): a description before it names
// another person.
func conjoinedPerson(text string, end int, p Mention) bool {
	if !strings.HasPrefix(text[end:min(len(text), end+5)], " and ") {
		return false
	}
	f := strings.Fields(p.Text)
	if len(f) == 0 {
		return false
	}
	k := strings.Index(text[end:min(len(text), end+48)], f[len(f)-1]) // the surname: "President Hollande"
	return k >= 0 && len(strings.Fields(text[end:end+k])) <= 3
}

// militaryCoalition reports whether text speaks of "Coalition" forces, advisers, strikes or
// aircraft, as the reports of a military campaign do.
func militaryCoalition(text string) bool {
	for _, w := range []string{"Coalition forces", "Coalition military", "Coalition advisers", "Coalition advisors",
		"Coalition strikes", "Coalition airstrikes", "Coalition air strikes", "Coalition aircraft", "Coalition troops",
		"Coalition partners", "Coalition operations"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
