package actors

import (
	"slices"
	"strings"
	"sync"

	"github.com/geopol/geopol/entities"
)

// A surname written alone of a person the Phoenix dictionaries know in office on the document's
// date ("Congress passed the bill Reagan had vetoed", "Reagan's communications chief" in 1987):
// the curated office holders (surnameHolder) cover the heads of state, government and diplomacy
// since 2000; the Phoenix records, by their dated codes, the office holders of earlier decades.

// phoenixSurnames indexes, once per Builtin, the people of the Phoenix records (Builtin.Dict) by the
// last word of each of their names of two words or more ("RONALD REAGAN" → "REAGAN"), and counts the
// records whose names start with each word (given names: "ALI", "MANUEL").
var phoenixSurnames sync.Map // *Builtin → *phoenixNames

type phoenixNames struct {
	bySurname map[string][]int32
	firsts    map[string]int32
}

func (b *Builtin) phoenixSurnameIndex() *phoenixNames {
	if v, ok := phoenixSurnames.Load(b); ok {
		return v.(*phoenixNames)
	}
	people := 0
	for i := b.curated; i < b.Dict.Len(); i++ {
		if b.Dict.Actor(i).Person {
			people++
		}
	}
	// Sized for a surname and a first name per person: the maps are not grown while filled.
	x := &phoenixNames{bySurname: make(map[string][]int32, people), firsts: make(map[string]int32, people)}
	for i := b.curated; i < b.Dict.Len(); i++ {
		a := b.Dict.Actor(i)
		if !a.Person {
			continue
		}
		var firsts []string
		for _, n := range a.Names {
			sp := strings.LastIndexByte(n.Key, ' ')
			if sp < 0 {
				continue
			}
			if f, _, _ := strings.Cut(n.Key, " "); !slices.Contains(firsts, f) {
				firsts = append(firsts, f)
				x.firsts[f]++
			}
			s := n.Key[sp+1:]
			if len(s) <= 2 || nameSuffix(s) {
				continue
			}
			if l := x.bySurname[s]; len(l) == 0 || l[len(l)-1] != int32(i) {
				x.bySurname[s] = append(l, int32(i))
			}
		}
	}
	v, _ := phoenixSurnames.LoadOrStore(b, x)
	return v.(*phoenixNames)
}

// givenName reports whether the Phoenix records start the names of more people with the word k than
// they end with it, two at least ("ALI", "MANUEL", "ANTONIO"): a given name written alone, no surname.
func (b *Builtin) givenName(k string) bool {
	x := b.phoenixSurnameIndex()
	f := x.firsts[k]
	return f >= 2 && int(f) >= len(x.bySurname[k])
}

// phoenixSurname grounds a surname written alone by the Phoenix people whose names end with it: of
// those holding a dated national office on day (a government, legislature, army or court: a
// dictionary's default code is no evidence of the day), the one of country when it is given, else
// the only one of a country the document names. ok is false when there is none or several.
func (b *Builtin) phoenixSurname(surname string, day Date, country string, named map[string]bool) (Range, bool) {
	if b == nil || b.Dict == nil || day == 0 || len(surname) <= 2 {
		return Range{}, false
	}
	var found Range
	n := 0
	for _, i := range b.phoenixSurnameIndex().bySurname[surname] {
		r, _, ok := b.Dict.Actor(int(i)).At(day)
		if !ok || !r.Dated || r.Country == "" {
			continue
		}
		switch r.Role {
		case "GOV", "LEG", "MIL", "JUD", "SPY":
		default:
			continue
		}
		if country != "" && r.Country != country || country == "" && !named[r.Country] {
			continue
		}
		if n > 0 && (r.Country != found.Country || r.Role != found.Role) {
			return Range{}, false // namesakes in office in the document's countries
		}
		found = r
		n++
	}
	if n != 1 {
		return Range{}, false
	}
	if found.Role == "SPY" {
		found.Role = "GOV" // as lookup treats the Phoenix heads of intelligence agencies
	}
	return Range{Country: found.Country, Role: found.Role}, true
}

// formerLeader grounds a surname written alone of a former curated office holder ("Biden said the
// United States ..." in 2025: USA ELI) when the holders of that surname out of office on day share
// one former record, no holder is in office that day, and no person of the Phoenix records has the
// surname in another country (a name the dictionaries know in one country only, not "Johnson" or
// "Brown"). surnameAlone asks, besides, for the country or the full name in the document.
func (b *Builtin) formerLeader(surname string, day Date, country string) (Range, bool) {
	if b == nil || day == 0 {
		return Range{}, false
	}
	idxs := b.surnames[surname]
	if len(idxs) == 0 {
		return Range{}, false
	}
	for _, i := range idxs {
		if _, _, ok := b.Offices.Actor(int(i)).At(day); ok {
			return Range{}, false // in office: surnameHolder's case
		}
	}
	former, ok := b.formerRecord(idxs, day)
	if !ok || former.Country == "" || country != "" && former.Country != country {
		return Range{}, false
	}
	for _, i := range b.phoenixSurnameIndex().bySurname[surname] {
		for _, r := range b.Dict.Actor(int(i)).Ranges {
			if r.Country != "" && r.Country != former.Country {
				return Range{}, false
			}
		}
	}
	return former, true
}

// surnameAlone grounds a person the document names by one word only that no rule of the text or
// lookup of the dictionaries grounded: the Phoenix office holder of that surname in a country
// named in the person's sentence or the one before or of the dateline (phoenixSurname), else a
// former curated office holder (formerLeader) when the document names that holder's country (a
// country, demonym or place mention, or the dateline) or the holder's full name before (a surname
// is many people's: "Harper hit a home run", "Cameron's new film"); not when a curated holder of
// that surname takes up an office within a year after the date (officeAhead), nor when the
// document names a company with the word (companyWord: "Baker" of "Baker International Corp
// <BKO>"). A word that starts other people's names in the dictionaries (a given name: "Ali",
// "Manuel") and one written after a determiner ("this Hall") are no surname, nor is a name followed
// by an apposition with no office word ("Ivanov, a taxi driver,": plainApposition).
func (g *Grounder) surnameAlone(v *docView, p *person, day Date) (Range, bool) {
	e := stripLowerTitles(p.entity)
	if day == 0 || g.builtin == nil || e == "" || strings.Contains(e, " ") {
		return Range{}, false
	}
	k := Key(e)
	if g.builtin.givenName(k) {
		return Range{}, false
	}
	for _, i := range p.idxs {
		if t := v.tokenAt(v.ms[i].Start); t > 0 {
			switch w, _ := lowerWord(v.d, t-1); w {
			case "the", "this", "these", "a", "an":
				return Range{}, false
			}
		}
	}
	if g.builtin.officeAhead(k, day) || v.companyWord(e) || v.plainApposition(p) {
		return Range{}, false
	}
	near := map[string]bool{}
	for _, c := range v.countriesNear(p.idxs[0]) {
		near[c] = true
	}
	if c := v.datelinePlace(); c != "" {
		near[c] = true
	}
	if r, ok := g.builtin.phoenixSurname(k, day, "", near); ok {
		return r, true
	}
	r, ok := g.builtin.formerLeader(k, day, "")
	if !ok || !near[r.Country] && !v.countryInDocument(r.Country) && !v.holderNamedBefore(k, p.idxs[0]) {
		return Range{}, false
	}
	return r, true
}

// countryInDocument reports whether the document names country c: a country or demonym mention of
// it, or a place mention grounded to it ("Auckland"). A former leader's surname alone is read as
// the leader only then ("Morrison's novels" names no country: no former prime minister).
func (v *docView) countryInDocument(c string) bool {
	if v.namedCountries()[c] {
		return true
	}
	for _, m := range v.ms {
		if (m.Type == entities.GPE || m.Type == entities.LOC) && m.Country == c {
			return true
		}
	}
	return false
}

// holderNamedBefore reports whether a PERSON mention of two words or more that is a name of a
// curated office holder whose surname is k starts before mention mi ("Scott Morrison said ... Later
// Morrison ..."): the surname alone is then that holder.
func (v *docView) holderNamedBefore(k string, mi int) bool {
	b := v.g.builtin
	for _, m := range v.ms[:mi] {
		if m.Type != entities.PERSON || !strings.ContainsAny(strings.TrimSpace(m.Text), " \n") {
			continue
		}
		full := Key(m.Text)
		for _, i := range b.surnames[k] {
			if slices.ContainsFunc(b.Offices.Actor(int(i)).Names, func(n Name) bool { return n.Key == full }) {
				return true
			}
		}
	}
	return false
}

// plainApposition reports whether a mention of a person is followed by an apposition that starts
// with an article and holds no office word up to the next comma or the sentence's end ("Ivanov, a
// taxi driver, said", "Rajoy, the striker, was transferred"): the apposition tells who the person
// is, and a namesake in office is not that person.
func (v *docView) plainApposition(p *person) bool {
	d := v.d
	for _, mi := range p.idxs {
		last := v.tokenEndingAt(v.ms[mi].End)
		if last < 0 || last+2 >= len(d.Tokens) || d.TokenText(last+1) != "," {
			continue
		}
		switch w, _ := lowerWord(d, last+2); w {
		case "a", "an", "the":
		default:
			continue
		}
		office := false
		prev := ""
	words:
		for j := last + 3; j < len(d.Tokens) && j < last+12; j++ {
			w, _ := lowerWord(d, j)
			switch w {
			case ",", ";", ".", ":", "(", ")":
				break words
			}
			if _, gen := genericHead(w); gen || headRole(w, prev) != "" || v.g.agentWord(prev, w) != "" {
				office = true
				break
			}
			prev = w
		}
		if !office {
			return true
		}
	}
	return false
}

// officeAhead reports whether a curated office holder whose surname is k takes up an office within a
// year after day: a speech or story then names the incoming holder ("the election of Mr. X to the
// Assembly presidency"), whom the rules of the text ground, not the former official.
func (b *Builtin) officeAhead(k string, day Date) bool {
	limit := day + 10000 // the same day of the next year, as Dates write years
	for _, i := range b.surnames[k] {
		for _, r := range b.Offices.Actor(int(i)).Ranges {
			if r.Dated && r.From > day && r.From <= limit {
				return true
			}
		}
	}
	return false
}

// companyWord reports whether the document names an organization whose name starts with the word w
// ("Baker International Corp"), or writes w, in any case, with a stock symbol in angle brackets
// after it within three words ("BAKER INT'L <BKO>"): a one-word PERSON mention of w is then the
// company, no person's surname.
func (v *docView) companyWord(w string) bool {
	k := Key(w)
	for _, m := range v.ms {
		if m.Type == entities.ORG {
			if f, _, _ := strings.Cut(strings.TrimSpace(m.Text), " "); Key(f) == k {
				return true
			}
		}
	}
	t := v.d.Text
	up := strings.ToUpper(w)
	for _, form := range []string{w, up} {
		for i := strings.Index(t, form); i >= 0; {
			rest := t[i+len(form):]
			if j := strings.IndexByte(rest, '<'); j >= 0 && j <= 24 && len(strings.Fields(rest[:j])) <= 2 && !strings.ContainsAny(rest[:j], ".,;\n") {
				return true
			}
			n := strings.Index(rest, form)
			if n < 0 {
				break
			}
			i += len(form) + n
		}
	}
	return false
}
