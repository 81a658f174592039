package actors

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/geopol/geopol/internal/gz"
)

//go:embed data/actors.tsv.gz
var phoenixTable string

//go:embed data/orgs.csv
var orgsCSV string

//go:embed data/offices.csv
var officesCSV string

// phoenixEnd is the date after which the Phoenix dictionaries know nothing: their last revisions
// are of early 2014, and a period they leave open may have ended since.
const phoenixEnd Date = 20140101

// Notice is the attribution the MIT licence of the Phoenix dictionaries asks for, printed by
// `geopol version`.
const Notice = "Actor table compiled from the Phoenix actor dictionaries of PETRARCH-2, Copyright (c) 2014 Open Event Data Alliance, MIT licence."

// Builtin is the built-in knowledge of actors: the curated office holders (data/offices.csv),
// curated national organizations (data/orgs.csv) and the compiled Phoenix dictionaries
// (data/actors.tsv.gz), in that order of precedence, and the CAMEO codes of geopol's organization
// ids.
type Builtin struct {
	// Offices holds the curated office holders: people with dated offices only, valid on the dates
	// of their offices. Former holds one record for each of them with the same names, for the
	// dates outside their offices: ELI of the country of their latest national office (CAMEO's
	// former officials) from the start of their first office, and before it that country with no
	// role; people whose offices are all in international organizations have none.
	Offices, Former *Dictionary
	// Dict holds the curated organizations, then the Phoenix records.
	Dict *Dictionary
	// CAMEO maps geopol organization ids to CAMEO codes ("UN" → "IGOUNO", "Hamas" → "PSEREBHMS");
	// ByCAMEO is the inverse.
	CAMEO, ByCAMEO map[string]string
	// curated is the number of records from data/orgs.csv, which come first in Dict.
	curated int
	// surnames indexes the curated office holders by the last word of their names ("MACRON"),
	// formerOf gives each holder's record in Former (-1 for none); see surnameHolder.
	surnames map[string][]int32
	formerOf []int32
	// nameFirst and nameRest hold the Keys of the first words, and of the other words, of the
	// names of people of two words or more: a span can only grow into a known name over them.
	nameFirst, nameRest map[string]bool
}

// Default returns the built-in dictionaries, decoded once per process.
func Default() (*Builtin, error) { return defaultBuiltin() }

var defaultBuiltin = sync.OnceValues(defaultBuiltinUncached)

func defaultBuiltinUncached() (*Builtin, error) {
	orgs, err := ReadCSV(strings.NewReader(orgsCSV), "orgs.csv")
	if err != nil {
		return nil, fmt.Errorf("actors: built-in organizations: %w", err)
	}
	text, err := gz.InflateString(phoenixTable) // in a buffer of its final size
	if err != nil {
		return nil, fmt.Errorf("actors: built-in table: actors: read table: %w", err)
	}
	t, err := readTable(text)
	if err != nil {
		return nil, fmt.Errorf("actors: built-in table: %w", err)
	}
	for i := range orgs {
		for k := range orgs[i].Ranges {
			orgs[i].Ranges[k].Entity, orgs[i].Ranges[k].Type = "", "" // ground, never rename
		}
	}
	orgs = splitShared(orgs)
	all := make([]Actor, 0, len(orgs)+len(t.Actors))
	all = append(append(all, orgs...), t.Actors...)
	offices, former, formerOf, err := readOffices(officesCSV, "offices.csv", t.Actors)
	if err != nil {
		return nil, fmt.Errorf("actors: built-in office holders: %w", err)
	}
	b := &Builtin{Offices: offices, Former: former, Dict: NewDictionary(all), CAMEO: t.IGO, ByCAMEO: t.CAMEOIGO,
		curated: len(orgs), surnames: surnameIndex(officesCSV, offices), formerOf: formerOf,
		nameFirst: map[string]bool{}, nameRest: map[string]bool{}}
	for _, d := range []*Dictionary{offices, b.Dict} {
		for i := range d.actors {
			if !d.actors[i].Person {
				continue
			}
			for _, n := range d.actors[i].Names {
				first, rest, ok := strings.Cut(n.Key, " ")
				if !ok {
					continue
				}
				b.nameFirst[first] = true
				for _, w := range strings.Fields(rest) {
					b.nameRest[w] = true
				}
			}
		}
	}
	return b, nil
}

// readOffices reads the curated table of office holders (CSV, ReadCSV's format), whose every row
// must be a PERSON with a country, a role and a start date, and returns it with the records of the
// same people as former officials (see Builtin.Former) and, for each holder, the index of its
// record in former (-1 for none). A person takes the other names of the
// records of known (the Phoenix people) that share one of its names and one of its countries ("ANGELA
// MERKEL" takes "MERKEL" and "CHANCELLOR MERKEL"), so that those names find the curated offices too.
func readOffices(src, name string, known []Actor) (offices, former *Dictionary, formerOf []int32, err error) {
	as, err := ReadCSV(strings.NewReader(src), name)
	if err != nil {
		return nil, nil, nil, err
	}
	fs := make([]Actor, 0, len(as))
	for i := range as {
		a := &as[i]
		if !a.Person {
			return nil, nil, nil, &ParseError{File: name, Line: a.Line, Err: fmt.Errorf("type of %q: want PERSON", a.Names[0].Key)}
		}
		for k := range a.Ranges {
			r := &a.Ranges[k]
			if r.Country == "" || r.Role == "" || r.From == 0 {
				return nil, nil, nil, &ParseError{File: name, Line: a.Line,
					Err: fmt.Errorf("%q: every office needs a country, a role and a start date", a.Names[0].Key)}
			}
			r.Entity, r.Type = "", "" // ground, never rename
		}
	}
	addKnownNames(as, known)
	formerOf = make([]int32, len(as))
	for i := range as {
		a := &as[i]
		formerOf[i] = -1
		last := -1
		var first Date
		for k, r := range a.Ranges {
			if r.Role != "IGO" && (last < 0 || r.From > a.Ranges[last].From) {
				last = k
			}
			if first == 0 || r.From < first {
				first = r.From
			}
		}
		if last >= 0 {
			// ELI from the first office on; before it a national of the country, with no role known
			// (Donald Trump in 2006 was no former official).
			c := a.Ranges[last].Country
			formerOf[i] = int32(len(fs))
			fs = append(fs, Actor{Names: a.Names, Person: true, File: a.File, Line: a.Line,
				Ranges: []Range{{From: first, Dated: true, Country: c, Role: "ELI"}, {Country: c}}})
		}
	}
	return NewDictionary(as), NewDictionary(fs), formerOf, nil
}

// surnameIndex maps the surname of each name of the office holders table src ("Emmanuel Macron" →
// "MACRON") to the records of offices that have that name, once each. The surname is the last word,
// after a generational suffix ("Ferdinand Marcos Jr." → "MARCOS") and without an Arabic article
// ("Abdel Fattah al-Sisi" → "SISI"), but the first word of a name whose last word joins two
// syllables with a hyphen and a lower-case letter, the Korean and Chinese order ("Moon Jae-in" →
// "MOON", "Tsai Ing-wen" → "TSAI"), and of the holders of countries that write names surname
// first (surnameFirst: "Xi Jinping" → "XI"). Names of one word and other surnames of two letters
// or fewer are left out. src was read once already, so it parses.
func surnameIndex(src string, offices *Dictionary) map[string][]int32 {
	cr := csv.NewReader(strings.NewReader(src))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	m := map[string][]int32{}
	for {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		var s string
		if len(rec) > 3 && surnameFirst(rec[3]) {
			if ws := strings.Fields(rec[0]); len(ws) >= 2 {
				s = Key(ws[0]) // "Xi Jinping", "Kim Jong Un", "Lee Hsien Loong"
			}
			if len(s) < 2 {
				continue
			}
		} else if s = Key(surnameOf(rec[0])); len(s) <= 2 {
			continue
		}
		for _, i := range offices.Lookup(Key(rec[0])) {
			if !slices.Contains(m[s], i) {
				m[s] = append(m[s], i)
			}
		}
	}
	return m
}

// surnameFirst reports whether the names of a country's office holders are written surname first
// in English ("Xi Jinping", "Kim Jong Un", "Hun Sen"): China, Taiwan, Hong Kong, Macau, both
// Koreas, Singapore and Cambodia. Their surnames of two letters count ("Xi", "Li").
func surnameFirst(country string) bool {
	switch country {
	case "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "SGP", "KHM":
		return true
	}
	return false
}

// surnameOf returns the surname of a name as written in the office holders table (see
// surnameIndex), "" for a name of one word.
func surnameOf(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 2 && nameSuffix(Key(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return ""
	}
	last := ws[len(ws)-1]
	if h := strings.IndexByte(last, '-'); h > 0 && h+1 < len(last) && 'a' <= last[h+1] && last[h+1] <= 'z' {
		return ws[0]
	}
	for _, art := range []string{"al-", "el-", "Al-", "El-"} {
		if rest, ok := strings.CutPrefix(last, art); ok && rest != "" {
			return rest
		}
	}
	return last
}

// nameSuffix reports whether a Key word is a generational suffix ("JR", "III").
func nameSuffix(w string) bool {
	switch w {
	case "JR", "SR", "II", "III", "IV":
		return true
	}
	return false
}

// addKnownNames gives each curated person the names of the records of known people that share one
// of its names and one of its countries. A name that another curated person has is not added.
func addKnownNames(as []Actor, known []Actor) {
	byKey := make(map[string]int, len(as))
	for i := range as {
		for _, n := range as[i].Names {
			byKey[n.Key] = i
		}
	}
	taken := make(map[string]bool, len(byKey))
	for k := range byKey {
		taken[k] = true
	}
	for _, p := range known {
		if !p.Person {
			continue
		}
		i := -1
		for _, n := range p.Names {
			if j, ok := byKey[n.Key]; ok && sharesCountry(&as[j], &p) {
				i = j
				break
			}
		}
		if i < 0 {
			continue
		}
		for _, n := range p.Names {
			if !taken[n.Key] {
				taken[n.Key] = true
				as[i].Names = append(as[i].Names, Name{Key: n.Key})
			}
		}
	}
}

// sharesCountry reports whether two records give a period of the same country.
func sharesCountry(a, b *Actor) bool {
	for _, r := range a.Ranges {
		for _, q := range b.Ranges {
			if r.Country != "" && r.Country == q.Country {
				return true
			}
		}
	}
	return false
}

// splitShared returns as one record per row the curated organizations whose rows give one name
// several countries with no dates ("Treasury": the United States', the United Kingdom's, ...), which
// ReadCSV joins into one record whose first row would always win: as records of their own, the
// document's countries tell them apart (see Grounder.pick). Other records are kept as they are.
func splitShared(as []Actor) []Actor {
	var out []Actor
	for _, a := range as {
		shared, countries := len(a.Ranges) > 1, 0
		for i, r := range a.Ranges {
			shared = shared && r.From == 0 && r.To == 0
			if i > 0 && r.Country != a.Ranges[i-1].Country {
				countries++
			}
		}
		shared = shared && countries > 0
		if !shared {
			out = append(out, a)
			continue
		}
		for _, r := range a.Ranges {
			b := a
			b.Ranges = []Range{r}
			out = append(out, b)
		}
	}
	return out
}
