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
		for k < len(d.Tokens) && k <= j+appositionMaxOf {
			w := d.TokenText(k)
			if w == "," {
				break
			}
			if w != "of" && w != "the" && w != "and" && !startsUpper(w) {
				return Mention{}, false, false // "the Minister of Finance said ...": no apposition
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
	return Mention{}, false, k+1 < len(d.Tokens) && startsUpper(d.TokenText(k)) && startsUpper(d.TokenText(k+1))
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
		if !strings.HasSuffix(persons.titleBefore(s, m.Start), mod) {
			continue
		}
		if found && m.Entity != a.Entity {
			return Mention{}, false
		}
		a, found = m, true
	}
	return a, found
}

// sameOffice reports whether the title whose head is token k is written with exactly the words of
// mod (lower case, a title with its modifier: "prime minister") and nothing before them that
// names another office: no capitalized word other than "The" ("Iraqi Prime Minister", "U.S.
// Secretary of State" are other offices), no possessive. A title with a modifier names one office
// in a document; written so again, unqualified, it is the same office, not another holder.
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
	if first == 0 {
		return true
	}
	p := d.TokenText(first - 1)
	return p == "The" || p == "the" || !startsUpper(p) && p != "'s" && p != "’s" && p != "of"
}
