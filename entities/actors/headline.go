package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Surnames in capitals: wire services write headlines and slugs in capitals ("YEUTTER WARNS ON
// FARM SUBSIDIES", "NAKASONE TO VISIT WASHINGTON IN MAY"), which a recognizer trained
// on mixed case misses or types as an organization.

// SourceCaps is the Source of a PERSON mention made of a surname in capitals (capsSurnames).
const SourceCaps = "caps"

// capsSurnames reads the lines of d that have no lower-case letter (a headline, a slug) for words
// that are the surname of exactly one person the document names in mixed case (the last word of a
// PERSON entity of two words or more, or a one-word PERSON entity; the first word for the office
// holders of countries that write the surname first is not read), and not the first word of an
// organization's name of several words the document writes in mixed case, nor a word that with the
// next one of the line is written in title case in the text ("KING WORLD": King World Productions,
// whose chairman is Roger King). A one-word ORG or PERSON mention
// of the word, or a GPE mention no gazetteer places, takes the person's type and entity; a word no
// mention covers becomes a PERSON mention of the person. A word of fewer than three letters is
// left alone. ms is sorted and without overlaps, and stays so.
func (g *Grounder) capsSurnames(d *text.Doc, ms []entities.Mention) []entities.Mention {
	var capsLines [][2]int
	for pos := 0; pos < len(d.Text); {
		end := strings.IndexByte(d.Text[pos:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += pos
		}
		if upperOnly(d.Text[pos:end]) {
			capsLines = append(capsLines, [2]int{pos, end})
		}
		pos = end + 1
	}
	if len(capsLines) == 0 {
		return ms
	}
	// surname Key → the person's entity; "" when several people share it.
	surnames := map[string]string{}
	for _, m := range ms {
		if m.Type != entities.PERSON || m.Source == SourceDictionary || m.Source == entities.SourcePronoun ||
			m.Source == entities.SourceDescription || m.Source == entities.SourceAgent || !hasLower(m.Entity) {
			continue
		}
		ws := strings.Fields(m.Entity)
		s := Key(ws[len(ws)-1])
		e, ok := surnames[s]
		switch {
		case !ok || e == m.Entity:
			surnames[s] = m.Entity
		case len(ws) == 1:
			// the surname alone ("Perle, 45,") of a person named in full: the same person
		case e != "" && !strings.Contains(e, " "):
			surnames[s] = m.Entity // the full name replaces the surname alone
		default:
			surnames[s] = ""
		}
	}
	if len(surnames) == 0 {
		return ms
	}
	// A word that starts the name of an organization the document names is the organization's
	// ("KING WORLD" for King World Productions, whose chairman is Roger King).
	for _, m := range ms {
		if f := strings.Fields(m.Text); len(f) > 1 && hasLower(m.Text) && m.Type != entities.PERSON {
			delete(surnames, Key(f[0]))
		}
	}
	company := map[string]bool{} // a person's entity → whether the document writes it as a company's name
	var added []entities.Mention
	for _, l := range capsLines {
		for p := l[0]; p < l[1]; {
			r, n := utf8.DecodeRuneInString(d.Text[p:])
			if !unicode.IsLetter(r) {
				p += n
				continue
			}
			q := p
			for q < l[1] {
				r, n := utf8.DecodeRuneInString(d.Text[q:])
				if !unicode.IsLetter(r) && r != '-' {
					break
				}
				q += n
			}
			w := strings.TrimRight(d.Text[p:q], "-")
			start, end := p, p+len(w)
			p = q
			if pre, rest, ok := strings.Cut(w, "-"); ok && capsPrefix(pre) {
				// "EX-REAGAN AIDE", "ANTI-MARCOS RALLY": the surname after the prefix.
				w = rest
				start += len(pre) + 1
			}
			if utf8.RuneCountInString(w) < 3 {
				continue
			}
			e := surnames[Key(w)]
			if e == "" || startsTitleBigram(d.Text, w, d.Text[end:l[1]]) || tickerAfter(d.Text[end:l[1]]) {
				continue
			}
			if co, ok := company[e]; !ok {
				co = companyName(d.Text, e)
				company[e] = co
				if co {
					continue
				}
			} else if co {
				continue
			}
			k := entities.SearchStart(ms, start)
			switch {
			case k < len(ms) && ms[k].Start == start && ms[k].End == end:
				m := &ms[k]
				if m.Source != SourceDictionary && (m.Type == entities.ORG || m.Type == entities.PERSON ||
					m.Type == entities.GPE && m.Country == "" && m.Source != entities.SourceGazetteer ||
					m.Type == entities.GPE && g.capsTitleBefore(d.Text[l[0]:start])) {
					m.Type, m.Entity, m.Country, m.Role = entities.PERSON, e, "", ""
				}
			case overlaps(ms, entities.Mention{Start: start, End: end}):
			default:
				added = append(added, entities.Mention{Start: start, End: end, Text: w, Type: entities.PERSON,
					Entity: e, Source: SourceCaps})
			}
		}
	}
	if len(added) > 0 {
		ms = append(ms, added...)
		slices.SortStableFunc(ms, func(a, b entities.Mention) int { return a.Start - b.Start })
		fillSentences(d, ms)
	}
	return ms
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// upperOnly reports whether s has an upper-case letter and no lower-case one: the test's hasUpper(s) &&
// !hasLower(s) in one pass that stops at the first lower-case letter (the second byte of most
// lines, where hasUpper read on to the first capital), with ASCII letters compared directly.
func upperOnly(s string) bool {
	up := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				return false
			}
			up = up || 'A' <= r && r <= 'Z'
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		up = up || unicode.IsUpper(r)
	}
	return up
}

// startsTitleBigram reports whether the capitals word w and the word that starts rest (after white
// space) are written in title case somewhere in text ("KING WORLD" and "King World Productions"):
// the word then starts a name of the body, not a surname.
func startsTitleBigram(text, w, rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	next := strings.TrimRightFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) })
	if next == "" {
		return false
	}
	return strings.Contains(text, titleCase(w)+" "+titleCase(next))
}

// tickerAfter reports whether rest, the text of a capitals line after a word, starts with a stock
// symbol in angle brackets, after an optional possessive ("FIRESTONE <FIR> TO CLOSE ...", "HECK'S
// <HEX> SAYS ..."): the word names a listed company, not a person.
func tickerAfter(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'S"), "'s")
	return strings.HasPrefix(strings.TrimLeft(rest, " \t"), "<")
}

// companyName reports whether the document writes name, which the recognizer took for a person's,
// as the name of a company: it ends with a company's legal form ("Systems Inc"), or one of its
// occurrences is followed, within three capitalized words (after a possessive for a one-word name),
// by a legal form or a stock symbol ("Guilford Mills Inc", "Moody's Investors Service Inc", "Kodak
// <EK>"), or follows
// a legal form written before the name ("AB Volvo", "NV Nederlandse Gasunie").
func companyName(text, name string) bool {
	if companySuffix(name) {
		return true
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(name)
		if !wordBounded(text, i, from) {
			continue
		}
		if before := strings.Fields(text[max(0, i-8):i]); len(before) > 0 && legalForm(before[len(before)-1]) {
			return true
		}
		rest := text[from:min(len(text), from+60)]
		if !strings.Contains(name, " ") {
			// "Moody's Investors Service Inc"; not a person's full name ("George Soros's Quantum
			// Fund NV" names his fund).
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "'S")
		}
		for k, w := range strings.Fields(rest) {
			if k == 3 {
				break
			}
			if strings.HasPrefix(w, "<") || legalForm(strings.TrimRight(w, ",;:)")) {
				return true
			}
			if w == "and" || w == "&" {
				continue // "Merrill Lynch and Co"
			}
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:") {
				break // the name ends here
			}
		}
	}
	return false
}

// wordBounded reports whether text[i:j] neither starts nor ends inside a word.
func wordBounded(text string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// headlineTitleCountry returns the country that a line of d written in capitals (a headline) gives
// the title word written right before person mention k: "U.S. ECONOMIST CALLS BRAZIL DEBT REQUEST
// MODEST" and "economist Martin Feldstein" make him American. The word must name an office or a
// profession (headRole) and follow a country or demonym mention of the capitals line, one country
// only; "" otherwise.
func (v *docView) headlineTitleCountry(k int) string {
	d := v.d
	first := v.tokenAt(v.ms[k].Start)
	if first <= 0 {
		return ""
	}
	w, lower := lowerWord(d, first-1)
	if !lower || headRole(w, "") == "" {
		return ""
	}
	found := ""
	for _, m := range v.ms {
		if m.Type != entities.GPE && m.Type != entities.NORP || !v.g.isCountry(m.Entity) || !capsLineAt(d.Text, m.Start) {
			continue
		}
		j := v.tokenEndingAt(m.End)
		if j < 0 || j+1 >= len(d.Tokens) || d.TokenText(j+1) != strings.ToUpper(w) {
			continue
		}
		if found != "" && found != m.Entity {
			return ""
		}
		found = m.Entity
	}
	return found
}

// capsLineAt reports whether the line of s holding byte p has upper-case letters and no lower-case
// ones.
func capsLineAt(s string, p int) bool {
	start := strings.LastIndexByte(s[:p], '\n') + 1
	end := strings.IndexByte(s[p:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += p
	}
	return upperOnly(s[start:end])
}

// capsPrefix reports whether a capitals word before a hyphen is a prefix a headline may put before
// a surname ("EX-REAGAN AIDE", "ANTI-MARCOS", "PRO-AQUINO").
func capsPrefix(w string) bool {
	switch w {
	case "EX", "ANTI", "PRO":
		return true
	}
	return false
}

// capsTitleBefore reports whether the capitals text of a headline before a word ends with the head
// of a title ("AIDE", "MINISTER", "CHIEF"), so that the word is a person's surname even when it is
// also a place's name ("EX-CARTER AIDE JORDAN SIGNS ..." of a story on Hamilton Jordan).
func (g *Grounder) capsTitleBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	if headRole(w, "") != "" {
		return true
	}
	_, ok := genericHead(w)
	return ok
}
