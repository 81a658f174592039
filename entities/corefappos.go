package entities

import (
	"strings"

	"github.com/geopol/geopol/text"
)

// appositionMaxOf is the number of tokens an "of" phrase after a title may have before the comma
// of an apposition ("the Minister of Foreign Affairs of Iraq, ...").
const appositionMaxOf = 8

// appositionPerson returns the person a title description at token j names in an apposition right
// after it: "the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari," and "the Defence
// Minister, General Ali Omar," are that person, whoever was introduced with the title before. The
// title may be followed by an "of" phrase of capitalized words (its office and country) and the
// name by honorifics; the name must be a person mention that starts right after them. persons is
// sorted by start. apposed reports a capitalized word at that place, a name even when no person
// mention starts there: the title is then that unknown person, not one named before.
func appositionPerson(d *text.Doc, persons []Mention, j int) (m Mention, ok, apposed bool) {
	k := j + 1
	if k < len(d.Tokens) && d.TokenText(k) == "of" {
		and := false
		for k < len(d.Tokens) && k <= j+appositionMaxOf {
			w := d.TokenText(k)
			if w == "," {
				break
			}
			if w != "of" && w != "the" && w != "and" && !startsUpper(w) {
				return Mention{}, false, false // "the Minister of Finance said ...": no apposition
			}
			if w == "and" {
				and = true
			} else if and && isTitleWord(w) {
				return Mention{}, false, false // "the King of Norway and the Danish Prime Minister, X": X is the other title's
			}
			k++
		}
	}
	if k >= len(d.Tokens) || d.TokenText(k) != "," {
		return Mention{}, false, false
	}
	k++
	for n := 0; k < len(d.Tokens) && n < 3 && appositionHonorific(d.TokenText(k)); n++ {
		k++
	}
	if k >= len(d.Tokens) {
		return Mention{}, false, false
	}
	at := d.Tokens[k].Start
	if p := SearchStart(persons, at); p < len(persons) && persons[p].Start == at {
		return persons[p], true, true
	}
	return Mention{}, false, k+1 < len(d.Tokens) && startsUpper(d.TokenText(k)) && startsUpper(d.TokenText(k+1)) &&
		!notNameStart(d.TokenText(k))
}

// nestedTitle reports whether the title description opening with "the" at token i is part of
// another title: after "of", "to" or "for" and a title ("the Special Envoy of the
// Secretary-General", "Special Representative of the Secretary-General", "Minister-in-Assistance to
// the President"). A name in apposition after it is the outer title's holder, not its own; "the
// General Assembly of the President" or "the Administration of the President" are no titles.
func nestedTitle(d *text.Doc, i int) bool {
	if i < 2 {
		return false
	}
	switch d.TokenText(i - 1) {
	case "of", "to", "for":
		return outerTitle(d.TokenText(i - 2))
	}
	return false
}

// outerTitle reports whether w is a title that an office of another title's holder may have: a
// title word, one joined by hyphens to others ("Minister-in-Assistance", "Vice-President") or a
// representative, adviser, coordinator or rapporteur.
func outerTitle(w string) bool {
	switch w {
	case "Representative", "Adviser", "Advisor", "Coordinator", "Rapporteur", "Envoy", "Representatives":
		return true
	}
	for _, p := range strings.Split(w, "-") {
		if startsUpper(p) && isTitleWord(p) {
			return true
		}
	}
	return false
}

// notNameStart reports whether w, a capitalized word after the comma of an apposition, cannot open
// a person's name: a possessive or a determiner ("Our Common Agenda"), a form of address
// ("Excellencies Heads of State").
func notNameStart(w string) bool {
	switch w {
	case "Our", "Your", "His", "Her", "Their", "My", "Its", "The", "This", "These", "Those", "A", "An",
		"Excellencies", "Ladies", "Distinguished", "Dear", "Colleagues", "All":
		return true
	}
	return false
}

// appositionHonorific reports whether w is an honorific or rank written before a name in an
// apposition: "HE Dr Ibrahim ...", "H.E. Mr ...", "General ...".
func appositionHonorific(w string) bool {
	switch w {
	case "HE", "H.E.", "H.E", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Professor",
		"Sheikh", "Sir", "Dame", "General", "Gen.", "Ambassador", "Excellency", "His", "Her":
		return true
	}
	return false
}

// afterScan is the number of person mentions after a title description that titledAfter looks at.
const afterScan = 256

// titledAfter returns the person introduced with the title mod (lower case, a title with its
// modifier: "foreign secretary") after byte pos, when every person so introduced there is the same
// one: "The Foreign Secretary joined ..." in the headline of a release whose text then names "The
// Foreign Secretary Boris Johnson". It looks at most at afterScan person mentions.
func titledAfter(s string, persons *finder, pos int, mod string) (Mention, bool) {
	var a Mention
	found := false
	ms := persons.ms
	for k, n := SearchStart(ms, pos), 0; k < len(ms) && n < afterScan; k, n = k+1, n+1 {
		m := ms[k]
		if !titledExactly(persons.titleBefore(s, m.Start), mod) {
			continue
		}
		if found && m.Entity != a.Entity {
			return Mention{}, false
		}
		a, found = m, true
	}
	return a, found
}

// titledExactly reports whether title, the title run written right before a name, is the title
// mod with nothing before it in its sentence but "the": "The Foreign Secretary Boris Johnson" (also
// after "Syria." ending the sentence before), not "Canadian Prime Minister Justin Trudeau" or "U.S.
// Secretary of State X" (other offices).
func titledExactly(title, mod string) bool {
	if title == mod {
		return true
	}
	pre, ok := strings.CutSuffix(title, " "+mod)
	if !ok {
		return false
	}
	ws := strings.Fields(pre)
	if n := len(ws); n > 0 && ws[n-1] == "the" {
		ws = ws[:n-1]
	}
	if len(ws) == 0 {
		return true
	}
	w := ws[len(ws)-1] // a sentence's last word, not an abbreviation ("u.s.")
	return len(w) > 2 && strings.Count(w, ".") == 1 && strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

// sameOffice reports whether the title whose head is token k is written with exactly the words of
// mod (lower case, a title with its modifier: "prime minister"), opens a sentence or follows "the"
// alone, and is joined to another title with a name ("The Prime Minister and President Anne
// Dubois"): one holder of two offices, the same office as the description's, not another holder.
// A capitalized word before it ("Iraqi Prime Minister"), a possessive ("our Prime Minister") or a
// coordinating "and" ("the Crown Prince and Prime Minister") mean another office or another holder.
func sameOffice(d *text.Doc, k int, mod string) bool {
	ws := strings.Fields(mod)
	if len(ws) < 2 || k+1 < len(ws) {
		return false
	}
	first := k + 1 - len(ws)
	for n, w := range ws {
		if !strings.EqualFold(d.TokenText(first+n), w) {
			return false
		}
	}
	if first > 0 {
		switch d.TokenText(first - 1) {
		case "The", "the", ".", "!", "?", ";", ":":
			if p := first - 2; p >= 0 && d.TokenText(first-1) == "the" && d.TokenText(p) == "and" {
				return false // "the Crown Prince and the Prime Minister": two holders
			}
		default:
			return false
		}
	}
	if k+1 >= len(d.Tokens) || d.TokenText(k+1) != "and" {
		return false
	}
	for t := k + 2; t < len(d.Tokens) && t <= k+5 && startsUpper(d.TokenText(t)); t++ {
		if isTitleWord(d.TokenText(t)) && followedByName(d, t) {
			return true
		}
	}
	return false
}
