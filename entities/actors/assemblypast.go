package actors

import (
	"cmp"
	"strconv"
	"strings"
)

// Former presiding officers of the UN General Assembly in speeches (issue 15). A speech thanks
// the President of the session that ended as often as it congratulates the new one, and names the
// ended session by its number rather than as "the previous session": "I thank Mr. X, President of
// the General Assembly at its seventieth session" in a speech of the seventy-first. Such a
// President is a former official on the speech's date: ELI of the country the curated office
// holders give him after his term (data/offices.csv), not the Assembly's.

// sessionOrdinal returns the number of a session named by an ordinal word ("seventieth",
// "seventy-first", "sixty-ninth", "70th"), 0 when w is none.
func sessionOrdinal(w string) int {
	w = strings.ToLower(w)
	if n := len(w); n > 2 {
		switch w[n-2:] {
		case "th", "st", "nd", "rd":
			if v, err := strconv.Atoi(w[:n-2]); err == nil && v > 0 {
				return v
			}
		}
	}
	if v := unitOrdinal(w); v > 0 {
		return v
	}
	if v := tensOrdinal(w); v > 0 {
		return v
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	t, u := tensCardinal(tens), unitOrdinal(unit)
	if t == 0 || u == 0 || u > 9 {
		return 0
	}
	return t + u
}

func unitOrdinal(w string) int {
	switch w {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	}
	return 0
}

func tensOrdinal(w string) int {
	switch w {
	case "twentieth":
		return 20
	case "thirtieth":
		return 30
	case "fortieth":
		return 40
	case "fiftieth":
		return 50
	case "sixtieth":
		return 60
	case "seventieth":
		return 70
	case "eightieth":
		return 80
	case "ninetieth":
		return 90
	}
	return 0
}

func tensCardinal(w string) int {
	switch w {
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

// assemblySession returns the number of the General Assembly's regular session in course on day:
// the first opened in 1946, and each opens in the middle of September (the session of 2016 from
// 13 September on is the seventy-first); 0 for an undated document.
func assemblySession(day Date) int {
	if day == 0 {
		return 0
	}
	n := day.Year() - 1945
	if day.Month() < 9 || day.Month() == 9 && day.Day() < 12 {
		n--
	}
	return n
}

// pastSession reports whether, in the sentence of mention k, the words after the name name a
// session of the Assembly that had ended on day, as the session the person presided over: "X,
// President of the General Assembly at its seventieth session", "X, President of the sixty-ninth
// session". The ordinal must be followed by "session" within two words, come within twelve words
// of the name, with no other person's mention between, and be one of the ten sessions before the
// one in course ("the first session" is another body's).
func (v *docView) pastSession(k int, day Date) bool {
	cur := assemblySession(day)
	if cur == 0 || v.d == nil {
		return false
	}
	d := v.d
	m := v.ms[k]
	last := v.tokenEndingAt(m.End)
	if last < 0 || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[m.Sentence]
	for i, steps := last+1, 0; i < len(d.Tokens) && d.Tokens[i].End <= s.End && steps < 12; i, steps = i+1, steps+1 {
		if mi := v.mentionAt(i); mi >= 0 && mi != k && v.ms[mi].Type == v.ms[k].Type {
			return false
		}
		w, _ := lowerWord(d, i)
		n := sessionOrdinal(w)
		if n == 0 {
			continue
		}
		if n < 10 && i > 0 {
			// "sixty-\nseventh": the tens written before a line break (lowerWord drops the hyphen).
			pw, _ := lowerWord(d, i-1)
			n += tensCardinal(pw)
		}
		for j := i + 1; j <= i+2 && j < len(d.Tokens) && d.Tokens[j].End <= s.End; j++ {
			if nw, _ := lowerWord(d, j); nw == "session" {
				// One of the last ten sessions: not the first session of another body.
				return n < cur && n >= cur-10
			}
		}
	}
	return false
}

// nationality returns the country of person p on day as a former President of the Assembly: a
// national office the curated office holders give that day, with its role (a foreign minister who
// presided over the Assembly on leave stays GOV), else their former record (ELI); else the one country of the national offices
// of the person's Phoenix records, with the role of the record's office that covers the day (a
// minister still in office is GOV; an open-ended record covers no day after phoenixEnd), else ELI ("Joseph Deiss", a Swiss minister until 2006, in
// 2011). "" when none or several: the caller then keeps its own answer.
func (g *Grounder) nationality(p *person, day Date) (country, role string) {
	if g.builtin == nil || g.builtin.Offices == nil || day == 0 {
		return "", ""
	}
	national := func(c string) bool {
		return c != "" && !strings.HasPrefix(g.cameoOf(c), "IGO") && !g.curatedIGO(c)
	}
	keys := personKeys(stripLowerTitles(p.entity))
	for _, k := range keys {
		// A national office held on the day beside the presidency (a foreign minister on leave).
		for _, i := range g.builtin.Offices.Lookup(k) {
			for _, r := range g.builtin.Offices.Actor(int(i)).Ranges {
				if r.Dated && r.contains(day) && national(r.Country) {
					return r.Country, cmp.Or(r.Role, "ELI")
				}
			}
		}
	}
	for _, k := range keys {
		for _, i := range g.builtin.Former.Lookup(k) {
			if r, _, ok := g.builtin.Former.Actor(int(i)).At(day); ok && national(r.Country) {
				return r.Country, cmp.Or(r.Role, "ELI")
			}
		}
	}
	for _, k := range keys {
		if !strings.Contains(k, " ") {
			continue // a surname alone is no evidence of a nationality
		}
		current := ""
		for _, i := range g.builtin.Dict.Lookup(k) {
			a := g.builtin.Dict.Actor(int(i))
			if !a.Person {
				continue
			}
			for _, r := range a.Ranges {
				if !national(r.Country) {
					continue
				}
				if country != "" && country != r.Country {
					return "", ""
				}
				country = r.Country
				if r.Dated && r.contains(day) && (r.To != 0 || day <= phoenixEnd) && current == "" {
					// A national office the record dates over the day: still held ("Sam
					// Kutesa", Uganda's foreign minister from 2005 through his presidency and after).
					// An open-ended record is no evidence after the dictionaries' last revision
					// (phoenixEnd): "TZA:GOV@20110101-" for a minister who left the cabinet in 2014
					// leaves her ELI in 2016, her former office.
					current = r.Role
				}
			}
		}
		if country != "" {
			return country, cmp.Or(current, "ELI")
		}
	}
	return "", ""
}

// outgoingWords reports whether the words around mention k call the person the Assembly's previous
// President: a title before the name with "previous", "outgoing", "former" or "immediate past"
// before "President" ("the previous President, Mr. X"), or an apposition right after it ("X, the
// outgoing President, ..."). assemblyTurn reads "outgoing" and "predecessor" before the name.
func (v *docView) outgoingWords(k int) bool {
	d := v.d
	if d == nil {
		return false
	}
	m := v.ms[k]
	first, last := v.tokenAt(m.Start), v.tokenEndingAt(m.End)
	if first < 0 || last < 0 || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[m.Sentence]
	past := func(w string) bool {
		switch w {
		case "previous", "outgoing", "former", "past", "immediate", "immediate-past", "preceding":
			return true
		}
		return false
	}
	// Before the name: back over forms of address to "President", then its modifier.
	for i, steps := first-1, 0; i >= 1 && d.Tokens[i].Start >= s.Start && steps < 8; i, steps = i-1, steps+1 {
		w, _ := lowerWord(d, i)
		pw, _ := lowerWord(d, i-1)
		if w == "president" {
			return past(pw)
		}
		if !v.g.speakerWord(pw, w) {
			break
		}
	}
	// After it: ", the outgoing President".
	i := last + 1
	if i >= len(d.Tokens) || d.TokenText(i) != "," {
		return false
	}
	for i++; i < len(d.Tokens) && d.Tokens[i].End <= s.End && i <= last+5; i++ {
		w, _ := lowerWord(d, i)
		switch {
		case w == "the" || w == "our" || w == "his" || w == "her":
		case past(w):
			if i+1 < len(d.Tokens) {
				if nw, _ := lowerWord(d, i+1); nw == "president" || past(nw) && i+2 < len(d.Tokens) && d.TokenText(i+2) == "President" {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// servesOn reports whether the curated office holders give person p an office of an international
// organization on day that lasts more than a month after it: "the outgoing Secretary-General, Mr.
// X" three months before his term ends still holds the office; an outgoing President of the
// Assembly, whose term ends within days of the speeches, does not.
func (g *Grounder) servesOn(p *person, day Date) bool {
	if g.builtin == nil || g.builtin.Offices == nil || day == 0 {
		return false
	}
	for _, k := range personKeys(stripLowerTitles(p.entity)) {
		for _, i := range g.builtin.Offices.Lookup(k) {
			for _, r := range g.builtin.Offices.Actor(int(i)).Ranges {
				if r.Dated && r.contains(day) && r.Role == "IGO" && (r.To == 0 || r.To > day+100) {
					return true
				}
			}
		}
	}
	return false
}
