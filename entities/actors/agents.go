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
	cur := 0 // token cursor: mentions are visited in order of Start
	for k := range v.ms {
		m := &v.ms[k]
		if m.Role != "" || !v.countryMention(*m) {
			continue
		}
		// Look at the text first: a lower-case word after the country (or its "'s"), or a
		// preposition, comma or "and" before it.
		after := nextWord(v.d.Text, m.End)
		if after == "" && (strings.HasPrefix(v.d.Text[m.End:], "'s ") || strings.HasPrefix(v.d.Text[m.End:], "’s ")) {
			after = nextWord(v.d.Text, m.End+strings.IndexByte(v.d.Text[m.End:], ' '))
		}
		before := prevWord(v.d.Text, m.Start)
		if !agentStart(v.g, after) && !v.agentJoin(before, m.Start) {
			continue
		}
		var first, last int
		first, last, cur = v.tokensFrom(m.Start, m.End, cur)
		if first < 0 || last < 0 {
			continue
		}
		if r := v.agentAfter(k, last); r != "" {
			if i := first; r != "ELI" && i > 0 {
				if w, _ := lowerWord(v.d, i-1); formerWord(w) {
					r = "ELI" // "former Gondor prosecutors"
				}
			}
			m.Role = r
			continue
		}
		if r := v.agentBefore(k, first); r != "" {
			m.Role = r
		}
	}
}

// agentStart reports whether w (a word after a country) may start the noun phrase of a group or
// an office ("police", "former", "security").
func agentStart(g *Grounder, w string) bool {
	w = strings.TrimRight(w, ".,;:!?")
	if !isLowerWord(w) {
		return false
	}
	return agentNoun(g, singular(w)) != "" || modifierWord(w) || formerWord(w) || domainRole(w) != ""
}

// agentJoin reports whether the word w before a country at byte start may join it to a noun before
// ("soldiers from", "the government of the"), or to a list ("and", a comma ending the word).
func (v *docView) agentJoin(w string, start int) bool {
	switch w {
	case "the":
		start -= len(w) + 1
		w = prevWord(v.d.Text, start)
		if w != "of" && w != "from" && w != "in" {
			return false
		}
		fallthrough
	case "of", "from", "in":
		n := strings.ToLower(prevWord(v.d.Text, start-len(w)-1))
		return agentNoun(v.g, singular(n)) != ""
	case "and":
		return true
	}
	return strings.HasSuffix(w, ",")
}

// countryMention reports whether m names a country (as a country or its demonym), or a country or
// group code of a user dictionary ("Arnor").
func (v *docView) countryMention(m entities.Mention) bool {
	if m.Source == SourceDictionary {
		return m.Country != "" && m.Entity == m.Country
	}
	return (m.Type == entities.GPE || m.Type == entities.NORP) && v.g.isCountry(m.Entity)
}

// agentAfter returns the role of the noun that country mention k, whose last token is last, modifies ("Russian police",
// "Gondor's government", "Arnor former security officials"), "" when none.
func (v *docView) agentAfter(k, last int) string {
	d := v.d
	i := last + 1
	if i < len(d.Tokens) {
		switch d.TokenText(i) {
		case "'s", "’s", "'", "’":
			i++
		}
	}
	var words []string
	start, head := i, -1
	for ; i < len(d.Tokens) && i-start < maxAgentWords; i++ {
		w, lower := lowerWord(d, i)
		if !lower || !isLowerWord(w) || k+1 < len(v.ms) && v.ms[k+1].Start <= d.Tokens[i].Start {
			break // not a lower-case word, or the next mention
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
	if head < 0 || head+1 < len(d.Tokens) && v.nameAt(k+1, head+1) {
		return "" // no noun, or the title of a person named after it ("Russian President Vladimir Putin")
	}
	// The words up to the last noun: "former security officials" is ELI.
	r := agentPhraseRole(v.g, words[:head-start+1])
	if (r == "REF" || r == "CVL") && head+1 < len(d.Tokens) {
		if w, _ := lowerWord(d, head+1); w == "camp" || w == "camps" {
			return "" // "a Kenyan refugee camp": a place of the country, not its refugees
		}
	}
	return r
}

// nameAt reports whether token i starts mention mi, a person's.
func (v *docView) nameAt(mi, i int) bool {
	return mi < len(v.ms) && v.ms[mi].Type == entities.PERSON && v.d.Tokens[i].Start == v.ms[mi].Start
}

// agentBefore returns the role of the noun before country mention k, whose first token is first, with "of", "from" or "in" ("the
// government of Kenya", "soldiers from Gondor", "lawmakers in Fornost and Gondor"), reading back
// over the countries joined to it; "" when none.
func (v *docView) agentBefore(k, first int) string {
	d := v.d
	// Back over "A, B and" to the first country of a list.
	prev := k - 1 // the mention before the list
	for first > 0 {
		j := first - 1
		if w := d.TokenText(j); w != "," && w != "and" {
			break
		}
		if j > 0 && d.TokenText(j) == "and" && d.TokenText(j-1) == "," {
			j--
		}
		if j <= 0 || prev < 0 || v.ms[prev].End != d.Tokens[j-1].End || !v.countryMention(v.ms[prev]) {
			break
		}
		first = v.tokenAt(v.ms[prev].Start)
		if first < 0 {
			return ""
		}
		prev--
	}
	inMention := func(i int) bool { return prev >= 0 && v.ms[prev].End > d.Tokens[i].Start }
	i := first - 1
	if i >= 0 && strings.EqualFold(d.TokenText(i), "the") {
		i--
	}
	if i < 1 {
		return ""
	}
	prep := d.TokenText(i)
	if prep != "of" && prep != "from" && prep != "in" {
		return ""
	}
	w, _ := lowerWord(d, i-1)
	s := singular(w)
	if inMention(i-1) || agentNoun(v.g, s) == "" {
		return ""
	}
	var words []string
	for j, n := i-2, 0; j >= 0 && n < maxAgentWords-1; j, n = j-1, n+1 {
		pw, lower := lowerWord(d, j)
		if !lower || inMention(j) || !modifierWord(pw) && !formerWord(pw) && domainRole(pw) == "" {
			if inMention(j) && prep == "in" {
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
	case "house", "commons":
		// "private houses in Azerbaijan", "200 houses in the Iraqi township": buildings; the House
		// as a legislature is read in titles ("House Budget Committee Chairman").
		return ""
	case "actor", "actress":
		// "the political actors in Togo", "all Libyan actors", "non-state actors": the parties to a
		// process, not entertainers (a person's title "actor George Clooney" is read by headRole).
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
