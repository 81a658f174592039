package actors

import (
	"strings"

	"github.com/geopol/geopol/entities"
)

// Country agents: a country named with a noun of a group or an office stands for that part of the
// country, as CAMEO codes it ("the Australian government" AUSGOV, "Russian police" RUSCOP, "Danish
// media" DNKMED, "soldiers from Gondor" GONMIL, "lawmakers in Fornost and Gondor" LEG both).

// maxAgentWords bounds the words read after a country for the noun it modifies.
const maxAgentWords = 4

// groundCountryAgents gives the country mentions of the document that modify a noun of a group or
// an office the role of that noun: a noun after the country ("the Australian government", "Russia's
// police", "a senior Bree official", "Arnor former security officials" ELI), or before it with
// "of" or "from" ("the government of Kenya", "soldiers from Gondor"), or "in" for a role other than
// the military ("lawmakers in Fornost and Gondor"; "troops in Iraq" are seldom Iraq's). Countries
// joined by "and" or commas share the noun before them ("the ambassadors of Arnor, Osgiliath and
// Gondor"). A noun that is followed by a person's name is that person's title ("Russian President
// Vladimir Putin"): the person takes it, not the country. A role the mention has already (a capital
// standing for its government) is kept.
func (g *Grounder) groundCountryAgents(v *docView) {
	for k := range v.ms {
		m := &v.ms[k]
		if m.Role != "" || !v.countryMention(*m) {
			continue
		}
		if r := v.agentAfter(k); r != "" {
			if i := v.tokenAt(m.Start); r != "ELI" && i > 0 {
				if w, _ := lowerWord(v.d, i-1); formerWord(w) {
					r = "ELI" // "former Gondor prosecutors"
				}
			}
			m.Role = r
			continue
		}
		if r := v.agentBefore(k); r != "" {
			m.Role = r
		}
	}
}

// countryMention reports whether m names a country (as a country or its demonym), or a country or
// group code of a user dictionary ("Arnor").
func (v *docView) countryMention(m entities.Mention) bool {
	if m.Source == SourceDictionary {
		return m.Country != "" && m.Entity == m.Country
	}
	return (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity)
}

// agentAfter returns the role of the noun that country mention k modifies ("Russian police",
// "Gondor's government", "Arnor former security officials"), "" when none.
func (v *docView) agentAfter(k int) string {
	d := v.d
	i := v.tokenEndingAt(v.ms[k].End)
	if i < 0 {
		return ""
	}
	i++
	if i < len(d.Tokens) {
		switch d.TokenText(i) {
		case "'s", "’s", "'", "’":
			i++
		}
	}
	var words []string
	start, head := i, -1
	for ; i < len(d.Tokens) && i-start < maxAgentWords; i++ {
		if v.mentionAt(i) >= 0 {
			break
		}
		w, lower := lowerWord(d, i)
		if !lower {
			break
		}
		s := singular(w)
		noun := agentNoun(v.g, s) != ""
		if !noun && !modifierWord(w) && !formerWord(w) && domainRole(w) == "" {
			break
		}
		words = append(words, s)
		if noun {
			head = i
		}
	}
	if head < 0 || head+1 < len(d.Tokens) && v.nameAt(head+1) {
		return "" // no noun, or the title of a person named after it ("Russian President Vladimir Putin")
	}
	// The words up to the last noun: "former security officials" is ELI.
	return agentPhraseRole(v.g, words[:head-start+1])
}

// nameAt reports whether token i starts a person's mention.
func (v *docView) nameAt(i int) bool {
	mi := v.mentionAt(i)
	return mi >= 0 && v.ms[mi].Type == entities.PERSON && v.d.Tokens[i].Start == v.ms[mi].Start
}

// agentBefore returns the role of the noun before country mention k with "of", "from" or "in" ("the
// government of Kenya", "soldiers from Gondor", "lawmakers in Fornost and Gondor"), reading back
// over the countries joined to it; "" when none.
func (v *docView) agentBefore(k int) string {
	d := v.d
	first := v.tokenAt(v.ms[k].Start)
	// Back over "A, B and" to the first country of a list.
	for first > 0 {
		j := first - 1
		if w := d.TokenText(j); w != "," && w != "and" {
			break
		}
		if j > 0 && d.TokenText(j) == "and" && d.TokenText(j-1) == "," {
			j--
		}
		if j <= 0 {
			break
		}
		mi := v.mentionAt(j - 1)
		if mi < 0 || !v.countryMention(v.ms[mi]) {
			break
		}
		first = v.tokenAt(v.ms[mi].Start)
		if first < 0 {
			return ""
		}
	}
	i := first - 1
	if i >= 0 && strings.EqualFold(d.TokenText(i), "the") {
		i--
	}
	if i < 1 {
		return ""
	}
	prep := strings.ToLower(d.TokenText(i))
	if prep != "of" && prep != "from" && prep != "in" {
		return ""
	}
	w, _ := lowerWord(d, i-1)
	s := singular(w)
	if v.mentionAt(i-1) >= 0 || agentNoun(v.g, s) == "" {
		return ""
	}
	var words []string
	for j, n := i-2, 0; j >= 0 && n < maxAgentWords-1; j, n = j-1, n+1 {
		pw, lower := lowerWord(d, j)
		if !lower || v.mentionAt(j) >= 0 || !modifierWord(pw) && !formerWord(pw) && domainRole(pw) == "" {
			if v.mentionAt(j) >= 0 && prep == "in" {
				return "" // "U.S. troops in Iraq": the troops of the country named before them
			}
			break
		}
		words = append([]string{pw}, words...)
	}
	r := agentPhraseRole(v.g, append(words, s))
	if prep == "in" && r == "MIL" {
		return ""
	}
	return r
}

// agentPhraseRole is the role of a noun phrase of a group or office, its head last: the user's agents
// first, then the title words ("former security official" ELI), then package entities' agent nouns.
func agentPhraseRole(g *Grounder, words []string) string {
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	prev := ""
	if len(words) > 1 {
		prev = words[len(words)-2]
	}
	r := g.agentWord(prev, last)
	if r == "" {
		r = phraseRole(words, g.agentWord)
	}
	if r == "" {
		r = agentNoun(g, last)
	}
	if r != "" && r != "ELI" {
		for _, w := range words {
			if formerWord(w) {
				return "ELI"
			}
		}
	}
	return r
}

// agentNoun returns the role of a singular noun of a group or an office ("government" GOV,
// "soldier" MIL, "lawmaker" LEG, "media" MED, "cleric" REL), "" for other words, among them nouns
// of the military's positions and abstractions ("position", "security").
func agentNoun(g *Grounder, w string) string {
	switch w {
	case "position", "security", "national", "state", "border", "foreign", "interior", "finance",
		"treasury", "province", "provincial", "palace", "embassy", "secret", "naval", "parliamentary",
		"congressional", "division", "staff", "guard":
		return ""
	case "media", "press":
		return "MED"
	}
	if r := g.agentWord("", w); r != "" {
		return r
	}
	if r := entities.AgentRole(w); r != "" {
		return r
	}
	if r := headRole(w, ""); r != "" {
		return r
	}
	return domainRole(w)
}

// singular returns the singular of a lower-case English noun for the role lists ("officials" →
// "official", "authorities" → "authority", "policemen" → "policeman"); other words unchanged.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
