package actors

import (
	"strings"

	"github.com/geopol/geopol/entities"
)

// A civilian chief of staff is a government's official (officebodies.go civilStaffChief) when the
// title names nothing else; written right after the name of an organization the recognizer did not
// mark ("Siemens chief of staff X", "Acme chief of staff X"), it is that organization's office,
// whose sector the text does not give: the title then gives no role.

// unmarkedNameBefore reports whether token i, the word right before a title, is a capitalized word
// that is no mention, no title or agent word and no pronoun or determiner: the name of a body the
// recognizer left unmarked.
func (v *docView) unmarkedNameBefore(i, sentStart int) bool {
	d := v.d
	if d == nil || i < 0 || i >= len(d.Tokens) || d.Tokens[i].Start < sentStart {
		return false
	}
	if v.mentionAt(i) >= 0 {
		return false
	}
	w := d.TokenText(i)
	if !isUpperWord(w) {
		return false
	}
	lw, _ := lowerWord(d, i)
	pw := ""
	if i > 0 {
		pw, _ = lowerWord(d, i-1)
	}
	if v.g.allowedWord(pw, lw) {
		return false
	}
	switch lw {
	case "his", "her", "their", "its", "our", "my", "your", "this", "that", "then", "when", "as", "but", "while", "new":
		return false
	}
	return true
}

// gluedBodyPrefix returns the number of words that open an organization mention's text and name
// another organization the gazetteer knows, glued by the recognizer to a house of a legislature
// right after them ("Reuters" of "Aides told Reuters House Budget Committee Chairman X"): the
// title's words start at "House" or "Senate", which then opens it (roles.go legislativeHouse). 0
// when there is none ("Old Custom House Committee": no organization before "House").
func (g *Grounder) gluedBodyPrefix(text string) int {
	if g.gaz == nil {
		return 0
	}
	ws := strings.Fields(text)
	for n := 1; n <= 2 && n < len(ws); n++ {
		if ws[n] != "House" && ws[n] != "Senate" {
			continue
		}
		if e, ok := g.gaz.Lookup(strings.Join(ws[:n], " ")); ok && e.Type == entities.ORG {
			return n
		}
		return 0
	}
	return 0
}
