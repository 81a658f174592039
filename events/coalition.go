package events

import (
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
)

// The coalition of the campaign against the Islamic State. EVENTS_GUIDELINES.md codes it
// "Global Coalition to Counter ISIL" by its own name, however the text calls it: "the Coalition",
// "Coalition military forces", "the Global Coalition", "the U.S.-led coalition". The recognizer
// grounds the names of the coalition to its gazetteer entity ("USA Coalition", seated in the United
// States, which the coder used to code as the country), and a bare "Coalition" to it only in a
// document that names the Islamic State or the coalition in full (package entities, releases.go);
// the coder gives that entity the guideline's code only in a document that names the Islamic
// State or when its name does ("the Global Coalition against Daesh"), and never to a name
// followed by "for", "on" or "of" and a noun ("the Global Coalition for Education"). "The U.S.-led coalition", of which the
// recognizer marks "U.S." alone, is the coalition when the document is about the fight against
// the Islamic State, that is when it names the group (ISIL, ISIS, Daesh, Da'esh: the entity
// "Islamic State"); elsewhere it is another coalition (Afghanistan 2001, Iraq 2003) and stays the
// United States.

// campaignCoalitionCode is the actor code of the coalition against the Islamic State.
const campaignCoalitionCode = "Global Coalition to Counter ISIL"

// namesIslamicState reports whether the mentions of a document name the Islamic State.
func namesIslamicState(ms []entities.Mention) bool {
	return slices.ContainsFunc(ms, func(m entities.Mention) bool { return m.Entity == "Islamic State" })
}

// campaignCoalition returns the token after the coalition against the Islamic State that mention
// m, over tokens [a, b), names: the gazetteer's coalition itself ("the Coalition", "Coalition
// forces", "the Global Coalition"), or, in a document that names the Islamic State, the United
// States before "-led coalition" ("the U.S.-led coalition", whose end is then the word
// "coalition"). ok is false for any other mention.
func (v *sentenceView) campaignCoalition(m entities.Mention, a, b int) (end int, ok bool) {
	if m.Type == entities.ORG && m.Entity == "USA Coalition" {
		// another coalition: "the Global Coalition for Education", "the Global Coalition on
		// Poverty Eradication"; and in a document that does not name the Islamic State, only a
		// name that does ("the Global Coalition against Daesh")
		if b+1 < v.n() && (v.words[b] == "for" || v.words[b] == "on" || v.words[b] == "of") && strings.HasPrefix(v.tags[b+1], "NN") {
			return 0, false
		}
		if (v.buf == nil || !v.buf.isilDoc) && !namesISIL(v.words[a:min(b+3, v.n())]) {
			return 0, false
		}
		return b, true
	}
	if m.Type != entities.GPE || m.Entity != "USA" || v.buf == nil || !v.buf.isilDoc {
		return 0, false
	}
	j := b
	switch {
	case b > a && strings.HasSuffix(v.words[b-1], "-led") && v.words[b-1] != "-led":
		// one token "U.S.-led", of which the mention is the first part
	case j+1 < v.n() && v.words[j] == "-led":
		j++
	case j+2 < v.n() && v.words[j] == "-" && v.words[j+1] == "led":
		j += 2
	default:
		return 0, false
	}
	if j < v.n() && (v.words[j] == "coalition" || v.words[j] == "Coalition") {
		return j + 1, true
	}
	return 0, false
}

// namesISIL reports whether the words of a name (and the few after it: "the Global Coalition
// against Daesh") include a name of the Islamic State.
func namesISIL(ws []string) bool {
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "isil", "isis", "daesh", "da'esh":
			return true
		case "islamic":
			if i+1 < len(ws) && strings.EqualFold(ws[i+1], "state") {
				return true
			}
		}
	}
	return false
}
