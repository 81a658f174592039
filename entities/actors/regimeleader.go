package actors

import (
	"strings"

	"github.com/geopol/geopol/entities"
)

// A leader's name before "regime", "government" or "administration" stands for the government he
// heads ("the Assad regime", "the Maduro government", "Putin's regime"): the statistical model,
// which reads the name as a modifier, often types it a place. Such a one-word name that a
// dictionary codes as a country's government is that organization; one that is the surname of a
// curated office holder (data/offices.csv) and of no organization is the person, whom grounding
// gives a country and role. Either way the government's acts code as that country's (SYRGOV). A
// surname of several curated holders that grounding cannot tell apart stays an ungrounded person,
// which the event coder ignores.

// regimeNoun reports whether the lower-case word w names the government a leader heads.
func regimeNoun(w string) bool {
	switch strings.TrimRight(w, ".,;:!?") {
	case "regime", "government", "administration", "regime's", "government's", "administration's",
		"regime’s", "government’s", "administration’s":
		return true
	}
	return false
}

// leaderRegime returns the type the one-word mention m takes when it is followed by a regime noun,
// directly ("the Assad regime") or after a possessive ("Assad's regime"): ORG when a dictionary
// lists the name as the code of a country's government only (govOrg: "ASSAD" SYRGOV, which
// grounds it as that government), else PERSON when it is the surname of a curated office holder and
// of no organization; "" otherwise.
func (g *Grounder) leaderRegime(v *docView, m *entities.Mention) string {
	if g.builtin == nil || v.d == nil {
		return ""
	}
	s := v.d.Text
	end := m.End
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(s[end:], p) {
			end += len(p)
			break
		}
	}
	if !regimeNoun(nextWord(s, end)) {
		return ""
	}
	k := Key(m.Text)
	gov, other := g.govOrg(k)
	switch {
	case other:
		return ""
	case gov:
		return entities.ORG
	case len(g.builtin.surnames[k]) > 0:
		return entities.PERSON
	}
	return ""
}

// govOrg reports whether the dictionaries have records of organizations under the Key k that are
// a country's government (Role GOV and a country in every range: PETRARCH-style dictionaries list
// a leader's name as a code of his government, "ASSAD" SYRGOV), and whether they have other
// records of organizations under it.
func (g *Grounder) govOrg(k string) (gov, other bool) {
	for _, d := range g.dicts() {
		for _, i := range d.Lookup(k) {
			a := d.Actor(int(i))
			if a.Person || a.Agent {
				continue
			}
			ok := len(a.Ranges) > 0
			for _, r := range a.Ranges {
				if r.Role != "GOV" || r.Country == "" {
					ok = false
				}
			}
			if ok {
				gov = true
			} else {
				other = true
			}
		}
	}
	return gov, other
}
