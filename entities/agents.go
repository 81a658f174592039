package entities

import (
	"strings"

	"github.com/geopol/geopol/text"
)

// SourceAgent is the Source of the generic-agent mentions added by Chain.Agents.
const SourceAgent = "agent"

// AgentRole returns the CAMEO agent code of an agent noun given as its lower-case singular
// (lemma): GOV for "minister" or "official", MIL for "troop" or "army", REB for "rebel", CVL for
// "civilian", and so on; "" when the noun names no agent. The codes are CAMEO's (see
// ../shared/data/reference/cameo); the word lists are the project's.
func AgentRole(lemma string) string {
	switch lemma {
	case "government", "administration", "ministry", "minister", "president", "premier", "official",
		"leader", "cabinet", "regime", "authority", "diplomat", "ambassador", "envoy",
		"spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "secretary", "counterpart",
		"negotiator", "junta":
		return "GOV"
	case "troop", "army", "military", "force", "soldier", "navy", "commander", "general", "guard",
		"position":
		return "MIL"
	case "police", "policeman", "policemen", "security":
		return "COP"
	case "rebel", "insurgent", "militant", "guerrilla", "fighter", "militia", "gunman", "gunmen":
		return "REB"
	case "opposition", "dissident", "activist", "supporter":
		return "OPP"
	case "court", "judge", "judiciary", "prosecutor", "tribunal":
		return "JUD"
	case "parliament", "lawmaker", "legislator", "congress", "senate", "legislature", "mp":
		return "LEG"
	case "intelligence", "spy", "agent":
		return "SPY"
	case "journalist", "broadcaster", "reporter":
		return "MED"
	case "student", "schoolchild", "schoolchildren", "pupil":
		return "EDU"
	case "gang", "smuggler", "trafficker":
		return "CRM"
	case "ngo", "charity":
		return "NGO"
	case "xxedu":
		return "EDU"
	case "worker", "union":
		return "LAB"
	case "farmer":
		return "AGR"
	case "refugee":
		return "REF"
	case "civilian", "resident", "citizen", "villager", "people", "protester", "demonstrator", "crew",
		"writer", "tourist", "national", "child", "children", "victim":
		return "CVL"
	}
	if Equipment(lemma) {
		return "MIL" // the armed forces that fly, sail or fire it ("Russian bombers struck")
	}
	return ""
}

// Equipment reports whether a lower-case singular noun (lemma) names military equipment: aircraft,
// warships, guns and vehicles. With a nationality it stands for that country's armed forces
// ("Israeli jets", "Russian bombers": AgentRole gives MIL), but it names no people ("drones from
// Iran" are what Iran gave, not Iran's forces).
func Equipment(lemma string) bool {
	switch lemma {
	case "jet", "warplane", "aircraft", "artillery", "tank", "warship", "drone", "bomber", "helicopter",
		"gunship", "fighter-bomber", "frigate", "destroyer", "submarine", "gunboat", "battleship",
		"cruiser", "corvette", "aircraft-carrier":
		return true
	}
	return false
}

// agentGroup reports whether the agent noun lemma names people (a group or a member of one), as
// opposed to equipment ("jet", "tank") or an abstraction ("security", "position"), which are
// agents in event coding but not actors to list.
func agentGroup(lemma string) bool {
	switch lemma {
	case "position", "security", "intelligence", "general", "national", "union", "agent", "secretary", "king", "president",
		"premier", "chancellor", "government", "administration", "regime", "ministry", "authority",
		"cabinet", "court", "congress", "senate", "xxedu", "counterpart", "leader", "writer", "crew":
		// People by office ("the president") are persons to resolve, not groups; governments and
		// courts are organizations that Descriptions resolves to the one named.
		return false
	}
	return !Equipment(lemma) && AgentRole(lemma) != ""
}

// collectiveAgent reports whether a singular lemma names a collective agent after "the" ("the
// army", "the police", "the opposition").
func collectiveAgent(lemma string) bool {
	switch lemma {
	case "army", "navy", "military", "police", "opposition", "parliament", "judiciary", "militia", "junta",
		"legislature":
		return true
	}
	return false
}

// memberAgent reports whether a singular lemma names one member of a group agent ("a soldier", "the
// rebel").
func memberAgent(lemma string) bool {
	switch lemma {
	case "soldier", "civilian", "rebel", "militant", "insurgent", "fighter", "refugee", "protester",
		"demonstrator", "policeman", "journalist", "resident", "villager", "gunman", "student", "worker",
		"farmer", "activist", "victim", "child":
		return true
	}
	return false
}

// agentLemma returns the singular of a lower-case plural noun by its regular ending ("civilians" →
// "civilian", "militias" → "militia", "authorities" → "authority"); irregular plurals are listed
// in AgentRole.
func agentLemma(w string) string {
	if s, ok := strings.CutSuffix(w, "ies"); ok && len(s) > 2 {
		return s + "y"
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return s
	}
	return w
}

// agentMentions returns ORG mentions (Source "agent") for the generic agents of d that no named
// mention covers or directly precedes: plural agent nouns ("civilians", "troops", "rebels"), a
// collective agent after "the" ("the army"), "the international community", and "others" after a
// count that follows a group of people (othersRole: "20 civilians ... scores of others"). The Entity is the
// CAMEO agent code ("CVL", "MIL"; "International Community" for the last), with no Country: a
// country named right before the noun ("Iraqi troops") is a name mention of its own, and the
// event coder combines the two (IRQMIL). named must be sorted by Start.
func agentMentions(d *text.Doc, named []Mention) []Mention {
	d.TagAll()
	var out []Mention
	add := func(start, end int, entity string) {
		m := Mention{Start: start, End: end, Text: d.Text[start:end], Type: ORG, Entity: entity, Source: SourceAgent}
		if !overlapsAny(named, m) {
			out = append(out, m)
		}
	}
	for i := range d.Tokens {
		tk := d.Tokens[i]
		w := d.TokenText(i)
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue // lower-case common nouns only
		}
		if w == "international" && i+1 < len(d.Tokens) && d.TokenText(i+1) == "community" {
			add(tk.Start, d.Tokens[i+1].End, "International Community")
			continue
		}
		if i > 0 && adjacentName(d, named, i) {
			continue // "Iraqi troops", "ISIL fighters": the name is the actor
		}
		if w == "others" {
			if r := othersRole(d, i, out); r != "" {
				add(tk.Start, tk.End, r) // "killed 35 civilians and injured scores of others" (agentothers.go)
			}
			continue
		}
		var lemma string
		switch tk.Tag {
		case "NNS":
			lemma = agentLemma(w)
		case "NN":
			if i == 0 {
				continue
			}
			switch det := strings.ToLower(d.TokenText(i - 1)); {
			case det == "the" && collectiveAgent(w):
			case (det == "a" || det == "an" || det == "the") && memberAgent(w):
			default:
				continue
			}
			lemma = w
		default:
			continue
		}
		if !agentGroup(lemma) {
			continue
		}
		if i+1 < len(d.Tokens) && (d.Tokens[i+1].Tag == "NN" || d.Tokens[i+1].Tag == "NNS") {
			continue // a modifier ("police station", "refugee camps")
		}
		add(tk.Start, tk.End, AgentRole(lemma))
	}
	return out
}

// adjacentName reports whether a named mention ends right before token i, separated by white space
// only.
func adjacentName(d *text.Doc, named []Mention, i int) bool {
	prev := d.Tokens[i-1]
	// named do not overlap, so their Ends are sorted too: the last one ending by prev.End.
	k := searchEnd(named, prev.End+1)
	if k == 0 {
		return false
	}
	return named[k-1].End == prev.End && strings.TrimSpace(d.Text[prev.End:d.Tokens[i].Start]) == ""
}
