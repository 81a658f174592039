package entities

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/text"
)

// SourcePlace is the Source of the place mentions that grounding adds: a dateline's place, a city
// before a state abbreviation or a country ("Springfield, Ill.", "Lugano, Switzerland") and the
// abbreviation itself.
const SourcePlace = "place"

// placeTable returns the embedded GeoNames table; a table that fails to load grounds nothing.
func placeTable() *places.Table {
	t, err := places.Default()
	if err != nil {
		return nil
	}
	return t
}

// grounder holds the state of grounding one document's places.
type grounder struct {
	d     *text.Doc
	g     *Gazetteer
	t     *places.Table
	ms    []Mention // sorted by Start, non-overlapping; grounding inserts its own mentions
	added []Mention // inserted mentions not yet merged into ms (see insert, flush)
	ctx   places.Context
	dl    dateline
	hasDL bool
	// pins holds, by mention start, a division or country the text pins the place to.
	pins map[int]places.Context
	// senses remembers the place chosen for a name key: one sense per document.
	senses map[string]places.Candidate
	// asDivision holds, by mention start, country mentions that a "City, Region" pattern shows to be
	// divisions of another country ("Atlanta, Georgia").
	asDivision map[int]bool
	// entries caches the gazetteer's entries of the document's names.
	entries map[string]gazEntry
	// votes holds the division each place name (by Key) votes for in ctx.Nearby.
	votes map[string]string
	// divisions memoizes foreignDivision.
	divisions []foreign
}

// gazEntry is a cached result of Gazetteer.Lookup.
type gazEntry struct {
	e  Entry
	ok bool
}

// lookup is gr.g.Lookup, once per distinct name of the document.
func (gr *grounder) lookup(name string) (Entry, bool) {
	if c, ok := gr.entries[name]; ok {
		return c.e, c.ok
	}
	e, ok := gr.g.Lookup(name)
	if gr.entries == nil {
		gr.entries = map[string]gazEntry{}
	}
	gr.entries[name] = gazEntry{e, ok}
	return e, ok
}

// groundPlaces resolves the place mentions of one document (sorted by Start, non-overlapping) to
// GeoNames places and adds the place mentions the recognizers missed; see the package comment,
// "Places". It returns the mentions sorted by Start.
func groundPlaces(d *text.Doc, g *Gazetteer, t *places.Table, ms []Mention) []Mention {
	if d == nil || t == nil || g == nil {
		return ms
	}
	gr := &grounder{d: d, g: g, t: t, ms: ms, pins: map[int]places.Context{}, senses: map[string]places.Candidate{},
		asDivision: map[int]bool{}}
	gr.ctx.Countries = map[string]float64{}
	gr.ctx.Divisions = map[string]bool{}
	gr.sharedWaters()
	gr.longerNames()
	gr.personsAsPlaces()
	gr.dl, gr.hasDL = findDateline(d.Text)
	gr.collectContext()
	gr.groundDateline()
	gr.flush()
	gr.patterns()
	gr.flush()
	gr.appositions()
	gr.relations()
	gr.groundUnambiguous()
	gr.collectNearby()
	gr.groundKnown()
	gr.groundOthers()
	gr.reconsider()
	gr.namedAfterPlaces()
	gr.spreadPinned()
	gr.countriesAsDivisions()
	return gr.ms
}

// insert adds a new mention; the caller has checked it overlaps none. New mentions wait in gr.added
// (sorted by Start) until flush merges them into gr.ms in one linear pass, so that a document with
// many "City, ST" patterns does not copy the rest of gr.ms for each of them; mentionAt and covered
// see both lists meanwhile.
func (gr *grounder) insert(m Mention) {
	n := len(gr.added)
	if n == 0 || gr.added[n-1].Start < m.Start {
		gr.added = append(gr.added, m) // the usual case: patterns are found left to right
		return
	}
	k := SearchStart(gr.added, m.Start)
	gr.added = slices.Insert(gr.added, k, m)
}

// flush merges the mentions insert gathered into gr.ms.
func (gr *grounder) flush() {
	if len(gr.added) == 0 {
		return
	}
	gr.ms = MergeMentions(gr.ms, gr.added)
	gr.added = gr.added[:0]
}

// at returns the mention of index k of mentionAt: gr.ms[k], or gr.added[k-len(gr.ms)].
func (gr *grounder) at(k int) *Mention {
	if k < len(gr.ms) {
		return &gr.ms[k]
	}
	return &gr.added[k-len(gr.ms)]
}

// countryOf returns the country a mention stands for or lies in (see mentionCountry).
func (gr *grounder) countryOf(m Mention) string { return mentionCountry(m, gr.g.IsCountry) }

// mentionCountry returns the country a mention stands for or lies in: its entity when that is a
// country (a country, a demonym, a capital or seat standing for its government), otherwise its
// Country. An organization whose entity merely looks like a country code ("AFG", a company) is not
// the country: an organization stands for a country only when the gazetteer gave it that Country.
func mentionCountry(m Mention, isCountry func(string) bool) string {
	if isCountry(m.Entity) && (m.Type != ORG || m.Country == m.Entity) {
		return m.Entity
	}
	if isISO3(m.Entity) && m.Country == "" {
		return ""
	}
	return m.Country
}

// collectContext weighs the countries the recognizers already placed the document in (a country
// name or a place in it 1, a demonym, person or organization 0.5) and notes the divisions named.
func (gr *grounder) collectContext() {
	for _, m := range gr.ms {
		c := gr.countryOf(m)
		if c == "" {
			continue
		}
		gr.ctx.Countries[c] += contextWeight(m)
		if m.Type == GPE && c == m.Country && !gr.g.IsCountry(m.Entity) {
			if e, ok := gr.lookup(m.Text); ok && e.Kind == KindRegion {
				if p, ok := gr.resolve(m.Text, places.Context{Country: c, Want: places.WantDivision}); ok {
					gr.ctx.Divisions[p.Country+"."+p.Admin1] = true
				}
			}
		}
	}
}

// contextWeight is the weight of a mention in the document's countries: 1 for a country or a
// place, 0.5 for a demonym, a person or an organization. The weights, and the other changes of
// ctx.Countries (+1 a place), are multiples of 1/2, so that their sums are exact in any order:
// places.Score and countriesAsDivisions add up the values of a map, in the order Go's map
// iteration gives, which differs from run to run (TestContextWeightsExact).
func contextWeight(m Mention) float64 {
	if m.Type == GPE || m.Type == LOC {
		return 1
	}
	return 0.5
}

// resolve chooses the place of a name under the hard constraints of pin and the document context.
// Without a pin, a name that is also an ordinary English word ("North", "Mobile") is not a place,
// and a generic name ("West Coast") or an alternate name of a little-known place (Prior below 5:
// "Argo" for Árgos) is one only in a country the document already names.
func (gr *grounder) resolve(name string, pin places.Context) (places.Candidate, bool) {
	if parts := FormerParts(pin.Country); len(parts) > 0 {
		// A state of the past ("KINSHASA, Zaire", "Split, Yugoslavia"): GeoNames places its towns
		// in the present-day countries on its territory; the most prominent match among them wins
		// (placesOnDate gives it the country of the document's date).
		var best places.Candidate
		found := false
		for _, c := range parts {
			p := pin
			p.Country = c
			if cand, ok := gr.resolvePinned(name, p); ok && (!found || places.Prior(cand) > places.Prior(best)) {
				best, found = cand, true
			}
		}
		return best, found
	}
	return gr.resolvePinned(name, pin)
}

// resolvePinned is resolve for a pin of a present-day country or division (or no pin).
func (gr *grounder) resolvePinned(name string, pin places.Context) (places.Candidate, bool) {
	cands, f := gr.t.Lookup(name)
	pinned := pin.Country != "" || pin.Division.Country != ""
	if len(cands) == 0 || f&places.Word != 0 && !pinned {
		return places.Candidate{}, false
	}
	ctx := gr.ctx
	ctx.Country, ctx.Division, ctx.Want, ctx.Capital = pin.Country, pin.Division, pin.Want, pin.Capital
	ctx.Own = gr.votes[places.Key(name)]
	p, ok := places.Choose(cands, &ctx)
	if !ok || pinned || gr.ctx.Countries[p.Country] > 0 || gr.ctx.Dateline == p.Country {
		return p, ok
	}
	if f&places.Generic != 0 || p.Alternate && places.Prior(p) < 5 {
		return places.Candidate{}, false
	}
	return p, true
}

// covered reports whether [start, end) overlaps a mention (of gr.ms or not yet flushed).
func (gr *grounder) covered(start, end int) bool {
	m := Mention{Start: start, End: end}
	return overlapsAny(gr.ms, m) || overlapsAny(gr.added, m)
}

// mentionAt returns the index of the first mention that overlaps [start, end), or -1; an index of
// len(gr.ms) or more is one of the mentions not yet flushed (see at).
func (gr *grounder) mentionAt(start, end int) int {
	k := overlapAt(gr.ms, start, end)
	j := overlapAt(gr.added, start, end)
	switch {
	case j < 0:
		return k
	case k < 0 || gr.added[j].Start < gr.ms[k].Start:
		return len(gr.ms) + j
	}
	return k
}

// overlapAt returns the index of the first mention of ms (sorted by Start, non-overlapping) that
// overlaps [start, end), or -1.
func overlapAt(ms []Mention, start, end int) int {
	k := SearchStart(ms, start)
	if k > 0 && ms[k-1].End > start {
		return k - 1
	}
	if k < len(ms) && ms[k].Start < end {
		return k
	}
	return -1
}

// patterns finds "City, Region" and "City, Country": a place followed by a comma and a state
// abbreviation ("Springfield, Ill.", "Ottawa, Ont."), a division of a country ("Paris, Texas") or a
// country ("Paris, France"). The region pins the city; an abbreviation becomes a GPE mention of its
// division; a capitalized name before the region that no recognizer marked becomes a place when the
// table has it there.
func (gr *grounder) patterns() {
	toks := gr.d.Tokens
	s := gr.d.Text
	for i := 1; i+1 < len(toks); i++ {
		if s[toks[i].Start:toks[i].End] != "," || toks[i].Start != toks[i-1].End || s[toks[i].End:toks[i+1].Start] != " " {
			continue
		}
		rs, re := toks[i+1].Start, toks[i+1].End
		region, isAbbrev := places.Abbreviation(s[rs:re], !gr.inDateline(rs))
		if isAbbrev && i+2 < len(toks) && toks[i+2].Start == re && s[toks[i+2].Start:toks[i+2].End] == "." {
			re++ // "Calif" "." as the tokenizer splits "Calif."
		}
		var pin places.Context
		var alt places.Context // a country's name that is also a division elsewhere: "Atlanta, Georgia"
		if isAbbrev {
			pin.Division = region
		} else if k := gr.mentionAt(rs, re); k >= 0 && gr.at(k).Start == rs && (gr.at(k).Type == GPE || gr.at(k).Type == LOC) {
			pin = gr.regionPin(*gr.at(k))
			if pin.Country != "" {
				if d, ok := gr.foreignDivision(*gr.at(k)); ok {
					alt.Division = places.Region{Country: d.Country, Admin1: d.Admin1}
				}
			}
			re = gr.at(k).End
		}
		if pin.Country == "" && pin.Division.Country == "" {
			continue // no region after the comma (alt is set only with pin.Country)
		}
		city := s[toks[max(gr.capitalRun(i-1), 0)].Start:toks[i-1].End]
		if k := gr.mentionAt(toks[i-1].End-1, toks[i-1].End); k >= 0 && gr.at(k).End == toks[i-1].End {
			city = gr.at(k).Text
		}
		if alt.Division.Country != "" {
			// The city decides: "Tbilisi, Georgia" is the country, "Atlanta, Georgia" the state.
			if _, ok := gr.resolve(city, pin); !ok {
				if _, ok := gr.resolve(city, alt); ok {
					pin = alt
					gr.asDivision[rs] = true
				}
			}
		} else if !isAbbrev && pin.Division.Country != "" {
			// "Seattle, Washington", "Albany, New York": the region is the division, not the city of
			// that name, when the city lies in it.
			if _, ok := gr.resolve(city, pin); ok {
				if k := gr.mentionAt(rs, re); k >= 0 && gr.at(k).GeonamesID == 0 {
					if d, ok := gr.t.DivisionByCode(pin.Division.Country, pin.Division.Admin1); ok {
						m := gr.at(k)
						m.Type, m.Entity, m.Country = GPE, gr.divisionEntity(d), d.Country
						setPlace(m, places.Candidate{Place: d}, "")
					}
				}
			}
		}
		// The city: the mention or capitalized run that ends at the comma.
		cityEnd := toks[i-1].End
		found := false
		if k := gr.mentionAt(cityEnd-1, cityEnd); k >= 0 && gr.at(k).End == cityEnd {
			m := gr.at(k)
			if m.Type != GPE && m.Type != LOC {
				if !isAbbrev || m.Source == SourceGazetteer || m.Source == SourceRule {
					continue
				}
				m.Type = GPE // a model ORG or PERSON before "Ill.": a place after all
			}
			if isAbbrev && gr.g.IsCountry(m.Entity) && m.Entity != region.Country {
				// A country's name before another country's division is a town there ("Lebanon,
				// Tenn."), when the table has one; the abbreviation is a division either way.
				if p, ok := gr.resolve(m.Text, pin); ok {
					m.Type, m.Entity, m.Country = GPE, gr.placeEntity(p), p.Country
					setPlace(m, p, gr.divisionName(p))
				}
			}
			gr.pins[m.Start] = pin
			found = true
		} else if st := gr.capitalRun(i - 1); st >= 0 {
			found = isAbbrev // "Ridgefield, N.J.": a place the table may not know
			if p, ok := gr.resolve(s[toks[st].Start:cityEnd], pin); ok && !gr.covered(toks[st].Start, cityEnd) {
				gr.insert(gr.placeMention(toks[st].Start, cityEnd, p, ""))
				found = true
			}
		}
		if !found || !isAbbrev {
			continue
		}
		gr.ctx.Divisions[region.Country+"."+region.Admin1] = true
		gr.addDivision(rs, re, region)
	}
}

// appositions pins a place to the country or division the words right after it name, as an
// apposition or a locative: "Santa Cruz, Bolivia's largest city", "Santiago, the Dominican
// Republic's second city", "Lagos on Portugal's Algarve coast", "Salem, in Tamil Nadu", "Hyderabad
// in Pakistan's Sindh province", "Lagos in Portugal". A country counts in the possessive or after
// "in" ("City, Country" is handled by patterns); a division after ", in" or ", on". A capital
// standing for its government ("the role of Washington in Iraq") is a country, not a place, and is
// not pinned. A place followed by the word for a division ("Córdoba province", "Washington state")
// is pinned to a division. A place the text already pins keeps its pin.
func (gr *grounder) appositions() {
	s := gr.d.Text
	for i := 0; i < len(gr.ms); i++ {
		m := gr.ms[i]
		if m.Type != GPE && m.Type != LOC {
			continue
		}
		if _, pinned := gr.pins[m.Start]; pinned {
			continue
		}
		if c, ok := gr.demonymApposition(i); ok {
			// "Mosul, the northern Iraqi city", "Macedonia, the northern Greek region": a country's
			// name so described is a region of the other country.
			if gr.g.IsCountry(m.Entity) {
				if c != m.Entity {
					gr.ms[i].Entity, gr.ms[i].Country, gr.ms[i].Role = NormalizeName(m.Text), c, ""
				}
				continue
			}
			gr.pins[m.Start] = places.Context{Country: c}
			continue
		}
		if gr.g.IsCountry(m.Entity) {
			continue
		}
		if _, ok := divisionStem(m.Text); ok || divisionWordAfter(s, m.End) {
			gr.pins[m.Start] = places.Context{Want: places.WantDivision}
			continue
		}
		if i+1 == len(gr.ms) {
			break
		}
		n := gr.ms[i+1]
		if n.Start <= m.End || n.Start-m.End > 10 {
			continue
		}
		gap := s[m.End:n.Start]
		comma, locative := false, false
		switch gap {
		case ", ", ", the ":
			comma = true
		case ", in ", ", on ", " in ", " on ", ", in the ", ", on the ":
			locative = true
			comma = gap[0] == ','
		default:
			continue
		}
		possessive := strings.HasPrefix(s[n.End:], "'s ") || strings.HasPrefix(s[n.End:], "’s ")
		switch {
		case n.Type == GPE && gr.g.IsCountry(n.Entity) && (possessive || locative && strings.HasSuffix(gap, "in ")):
			gr.pins[m.Start] = places.Context{Country: n.Entity}
		case comma && locative && !gr.g.IsCountry(n.Entity) && n.Type != PERSON && n.Type != NORP:
			// A division the model took for an organization still places the city ("Salem, in
			// Tamil Nadu").
			if pin := gr.regionPin(n); pin.Division.Country != "" {
				gr.pins[m.Start] = pin
			} else if name, ok := gr.leadingPlace(n.Text); ok && n.Country == "" {
				// "Panama City, on the Florida Panhandle": a region named after a division.
				if p, ok := gr.resolve(name, places.Context{Want: places.WantDivision}); ok {
					gr.pins[m.Start] = places.Context{Division: places.Region{Country: p.Country, Admin1: p.Admin1}}
				}
			}
		}
	}
}

// demonymApposition returns the country of an apposition that describes the place gr.ms[i] with a
// demonym and a word for a place: "Mosul, the northern Iraqi city", "Kandahar, the southern Afghan
// city", "Macedonia, the northern Greek region", "Tyre, a southern Lebanese port". Up to three
// lower-case words may come between the article and the demonym.
func (gr *grounder) demonymApposition(i int) (string, bool) {
	if i+1 >= len(gr.ms) {
		return "", false
	}
	m, n := gr.ms[i], gr.ms[i+1]
	if n.Type != NORP || !gr.g.IsCountry(n.Entity) || n.Start-m.End > 60 {
		return "", false
	}
	gap := gr.d.Text[m.End:n.Start]
	rest, ok := strings.CutPrefix(gap, ", ")
	if !ok {
		return "", false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 4 || rest[len(rest)-1] != ' ' {
		return "", false
	}
	switch ws[0] {
	case "the", "a", "an":
	default:
		return "", false
	}
	for _, w := range ws[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return "", false
		}
	}
	if !placeNounAfter(gr.d.Text, n.End) {
		return "", false
	}
	return n.Entity, true
}

// wordAfter returns the letters of the word that follows byte p after one space ("" when s[p] is no
// space).
func wordAfter(s string, p int) string {
	if p >= len(s) || s[p] != ' ' {
		return ""
	}
	w := s[p+1:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	return w
}

// placeNounAfter reports whether the word after byte p is a common noun for a place ("city",
// "region", "port").
func placeNounAfter(s string, p int) bool {
	switch wordAfter(s, p) {
	case "city", "town", "village", "port", "capital", "region", "province", "state", "district",
		"island", "enclave", "oasis", "resort", "county", "territory", "border", "frontier", "stronghold",
		"municipality", "suburb", "governorate", "prefecture", "harbour", "harbor":
		return true
	}
	return false
}

// divisionWordAfter reports whether the word after byte p names a kind of first-order division
// ("Córdoba province", "Washington state", "Niger State", "Kurdistan region").
func divisionWordAfter(s string, p int) bool {
	switch wordAfter(s, p) {
	case "province", "Province", "state", "State", "region", "Region", "governorate", "Governorate",
		"oblast", "Oblast", "prefecture", "Prefecture", "department", "Department":
		return true
	}
	return false
}

// divisionStem returns the name of the division a mention names with the word for a division
// ("Niger" of "Niger State", "Mexico" of "State of Mexico", "Sindh" of "Sindh province").
func divisionStem(name string) (string, bool) {
	for _, pre := range []string{"State of ", "Province of ", "state of ", "province of "} {
		if rest, ok := strings.CutPrefix(name, pre); ok && rest != "" {
			return rest, true
		}
	}
	k := strings.LastIndexByte(name, ' ')
	if k <= 0 || !divisionWordAfter(name, k) {
		return "", false
	}
	return name[:k], true
}

// addDivision makes [start, end), an abbreviation, a GPE mention of its division: a new mention, or
// the mention a recognizer made of exactly that span ("N.J." with no country); a mention that
// overlaps it otherwise is left alone.
func (gr *grounder) addDivision(start, end int, r places.Region) {
	p, ok := gr.t.DivisionByCode(r.Country, r.Admin1)
	if !ok {
		return
	}
	if k := gr.mentionAt(start, end); k >= 0 {
		m := gr.at(k)
		exact := m.End == end || m.End == end-1 && gr.d.Text[end-1] == '.' // the model's "W.Va" of "W.Va."
		if m.Start == start && exact && m.Source != SourceGazetteer && m.Source != SourceRule {
			m.Type, m.Entity, m.Country = GPE, gr.divisionEntity(p), p.Country
			setPlace(m, places.Candidate{Place: p}, "")
		}
		return
	}
	gr.insert(gr.placeMention(start, end, places.Candidate{Place: p}, gr.divisionEntity(p)))
}

// regionPin returns what a region mention after "City," pins the city to: its country when it is a
// country, its division when the table has a division of that name (in its country when the
// mention has one) and, for a mention with no country, no city of that name is a better choice.
func (gr *grounder) regionPin(m Mention) places.Context {
	var pin places.Context
	if gr.g.IsCountry(m.Entity) {
		if m.Type == GPE {
			pin.Country = m.Entity
		}
		return pin
	}
	cands, f := gr.t.Lookup(m.Text)
	if len(cands) == 0 || f&places.Word != 0 {
		return pin
	}
	ctx := gr.ctx
	ctx.Country, ctx.Want = m.Country, places.WantDivision
	p, ok := places.Choose(cands, &ctx)
	if !ok {
		return pin
	}
	if m.Country == "" {
		// A name that is rather a city than a division is the next item of a list ("Atlanta,
		// Savannah and Athens": Savannah is also a region of Ghana).
		ctx.Want = places.WantCity
		if c, ok := places.Choose(cands, &ctx); ok && places.Score(c, &ctx) > places.Score(p, &ctx) {
			return pin
		}
	}
	pin.Division = places.Region{Country: p.Country, Admin1: p.Admin1}
	return pin
}

// inDateline reports whether byte p lies in the document's dateline.
func (gr *grounder) inDateline(p int) bool {
	return gr.hasDL && gr.dl.start <= p && (p < gr.dl.end || (gr.dl.regionEnd >= 0 && p < gr.dl.regionEnd))
}

// capitalRun returns the first token of the run of capitalized words that ends at token j (at most
// four words separated by single spaces), or -1.
func (gr *grounder) capitalRun(j int) int {
	toks := gr.d.Tokens
	s := gr.d.Text
	st := -1
	for k := j; k >= 0 && k > j-4; k-- {
		w := s[toks[k].Start:toks[k].End]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		if k < j && s[toks[k].End:toks[k+1].Start] != " " {
			break
		}
		st = k
	}
	return st
}

// foreignDivision returns the first-order division of another country that a country mention's name
// also names ("Georgia", a state of the United States), if any.
func (gr *grounder) foreignDivision(m Mention) (places.Candidate, bool) {
	if !gr.g.IsCountry(m.Entity) || m.Type != GPE {
		return places.Candidate{}, false
	}
	if e, ok := gr.lookup(m.Text); !ok || e.Kind != KindCountry {
		return places.Candidate{}, false
	}
	for _, f := range gr.divisions { // a document names few countries, often many times
		if f.text == m.Text && f.entity == m.Entity {
			return f.c, f.c.ID != 0
		}
	}
	f := foreign{text: m.Text, entity: m.Entity}
	if known, _ := gr.t.Known(m.Text); known {
		cands, _ := gr.t.Lookup(m.Text)
		for _, c := range cands {
			if c.IsDivision() && !c.Alternate && c.Country != m.Entity {
				f.c = c
				break
			}
		}
	}
	gr.divisions = append(gr.divisions, f)
	return f.c, f.c.ID != 0
}

// foreign is a memo of foreignDivision: the division (zero when none) a country's name text, of
// entity, also names.
type foreign struct {
	text, entity string
	c            places.Candidate
}

// countriesAsDivisions makes a country's name a division of another country ("Georgia" the state)
// where a "City, Region" pattern says so, or where, once the other places are grounded, the document
// is mostly about the division's country (at least half of its country weight, leaving out the
// name's own mentions) and nothing else in it names the country ("Georgian", "Tbilisi").
func (gr *grounder) countriesAsDivisions() {
	var weights map[string]float64 // the document's countries after grounding, computed when needed
	for i := range gr.ms {
		m := &gr.ms[i]
		d, ok := gr.foreignDivision(*m)
		if !ok {
			continue
		}
		if countryWordBefore(gr.d.Text, m.Start) {
			continue // "the Caucasus nation of Georgia"
		}
		if !gr.asDivision[m.Start] {
			if weights == nil {
				weights = map[string]float64{}
				for _, x := range gr.ms {
					if c := gr.countryOf(x); c != "" {
						weights[c] += contextWeight(x)
					}
				}
			}
			key := places.Key(m.Text)
			own, total := 0.0, 0.0
			for _, x := range gr.ms {
				if gr.countryOf(x) == m.Entity && places.Key(x.Text) == key {
					own += contextWeight(x)
				}
			}
			for _, w := range weights {
				total += w
			}
			if weights[m.Entity] > own || total-own <= 0 || weights[d.Country] < 0.5*(total-own) {
				continue
			}
		}
		m.Entity, m.Country = gr.divisionEntity(d.Place), d.Country
		setPlace(m, d, "")
	}
}

// countryWordBefore reports whether the words before byte p call what follows a country: "the
// nation of", "the country of", "the republic of", "the former Soviet republic of".
func countryWordBefore(s string, p int) bool {
	before := strings.ToLower(s[max(0, p-20):p])
	for _, w := range []string{"nation of ", "country of ", "republic of ", "kingdom of ", "state of "} {
		if strings.HasSuffix(before, w) {
			return !strings.HasSuffix(before, "u.s. state of ") && !strings.HasSuffix(before, "us state of ") &&
				!strings.HasSuffix(before, "american state of ") && !strings.HasSuffix(before, "the state of ")
		}
	}
	return false
}

// groundDateline makes the dateline's place a GPE mention grounded in its place (the recognizers
// often miss a city in capitals, "HOUSTON", or take it for a person) and notes the dateline's
// country. A dateline whose city the table does not know still gives its region ("RIDGEFIELD,
// N.J.").
func (gr *grounder) groundDateline() {
	if !gr.hasDL {
		return
	}
	s := gr.d.Text
	name := s[gr.dl.start:gr.dl.end]
	var pin places.Context
	var region places.Region
	if gr.dl.regionStart >= 0 {
		reg := s[gr.dl.regionStart:gr.dl.regionEnd]
		if r, ok := places.Abbreviation(reg, false); ok {
			pin.Division, region = r, r
		} else if e, ok := gr.lookup(reg); ok && e.Kind == KindCountry {
			pin.Country = e.Entity
		} else if p, f, ok := gr.t.Resolve(reg, &places.Context{Want: places.WantDivision}); ok && f&places.Word == 0 {
			pin.Division = places.Region{Country: p.Country, Admin1: p.Admin1}
		}
	}
	agrees := func(c string) bool {
		return c != "" && (pin.Country == "" || pin.Country == c) && (pin.Division.Country == "" || pin.Division.Country == c)
	}
	k := gr.mentionAt(gr.dl.start, gr.dl.end)
	if k >= 0 {
		m := gr.ms[k]
		if m.Start == gr.dl.start && m.End == gr.dl.end && (m.Type == GPE || m.Type == LOC) && agrees(gr.countryOf(m)) {
			gr.pins[m.Start] = pin
			gr.ctx.Dateline = gr.countryOf(m)
			return // a country ("BAHRAIN") or a place the gazetteer knows
		}
		if m.Start < gr.dl.start && m.End > gr.dl.start {
			// A name run on from the headline ("PRINCE PRODUCTIONS ... LOSS\nNEW"): cut it at the line break.
			nl := strings.LastIndexByte(s[m.Start:gr.dl.start], '\n')
			if nl < 0 {
				return
			}
			end := m.Start + len(strings.TrimRight(s[m.Start:m.Start+nl], " \t\r"))
			if end <= m.Start {
				gr.ms = slices.Delete(gr.ms, k, k+1)
			} else {
				gr.ms[k].End, gr.ms[k].Text, gr.ms[k].Entity = end, s[m.Start:end], NormalizeName(s[m.Start:end])
			}
			k = gr.mentionAt(gr.dl.start, gr.dl.end)
		}
		if k >= 0 && (gr.ms[k].Start < gr.dl.start || gr.ms[k].End > gr.dl.end) {
			return // a longer name the dateline is part of
		}
	}
	if e, ok := gr.lookup(name); ok && e.Kind == KindCountry && k < 0 {
		return // a country the gazetteer did not mark: leave it
	}
	p, ok := gr.resolve(name, pin)
	if !ok {
		if region.Country != "" {
			gr.ctx.Dateline = region.Country
			gr.ctx.Countries[region.Country]++
			gr.addDivision(gr.dl.regionStart, gr.dl.regionEnd, region)
		} else if pin.Country != "" {
			gr.ctx.Dateline = pin.Country
		}
		return
	}
	if k >= 0 {
		gr.ms = slices.Delete(gr.ms, k, k+1) // what the recognizers made of it ("NEW YORK" as a person)
	}
	entity := ""
	if e, ok := gr.lookup(name); ok && (e.Kind == KindCapital || e.Kind == KindCity) && e.Country == p.Country {
		entity = e.Entity
	}
	gr.insert(gr.placeMention(gr.dl.start, gr.dl.end, p, entity))
	gr.ctx.Dateline = p.Country
	gr.ctx.Countries[p.Country]++
}

// groundKnown attaches GeoNames places to the gazetteer's cities, capitals and divisions, whose
// country is known.
func (gr *grounder) groundKnown() {
	for i := range gr.ms {
		m := &gr.ms[i]
		if gr.locatedGovernment(*m) {
			// "officials in Georgetown said": the government, and the city it sits in.
			if p, ok := gr.resolve(m.Text, places.Context{Country: m.Entity, Want: places.WantCity, Capital: true}); ok {
				setPlace(m, p, gr.divisionName(p))
			}
			continue
		}
		if (m.Type != GPE && m.Type != LOC) || m.Country == "" || gr.g.IsCountry(m.Entity) || m.GeonamesID != 0 {
			continue
		}
		e, ok := gr.lookup(m.Text)
		if !ok || e.Country != m.Country {
			continue
		}
		if pin, ok := gr.pins[m.Start]; ok && (pin.Country != "" && pin.Country != m.Country ||
			pin.Division.Country != "" && pin.Division.Country != m.Country) {
			// "Paris, Texas", "SAN JOSE, Calif.": the text pins the name elsewhere than the gazetteer.
			if p, ok := gr.resolve(m.Text, pin); ok {
				m.Country = p.Country
				m.Entity = gr.placeEntity(p)
				setPlace(m, p, gr.divisionName(p))
			}
			continue
		}
		if gr.pins[m.Start].Want == places.WantDivision && e.Kind != KindRegion {
			// "Córdoba province": the division, not the gazetteer's city.
			if p, ok := gr.resolve(m.Text, places.Context{Country: m.Country, Want: places.WantDivision}); ok {
				m.Entity = gr.divisionEntity(p.Place)
				setPlace(m, p, "")
				continue
			}
		}
		pin := places.Context{Country: m.Country, Division: gr.pins[m.Start].Division}
		switch e.Kind {
		case KindCapital:
			pin.Capital, pin.Want = true, places.WantCity
		case KindCity:
			pin.Want = places.WantCity
		case KindRegion:
			pin.Want = places.WantDivision
		default:
			continue
		}
		p, ok := gr.resolve(m.Text, pin)
		if !ok {
			continue
		}
		if e.Kind != KindRegion && pin.Division.Country == "" {
			// The gazetteer lists one place of the name; the document may mean another ("Victoria"
			// in a story about Australia, "Kingston" in one about Ontario, "Tripoli" in one about
			// Lebanon). The mention's own vote for the gazetteer's country does not count.
			gr.ctx.Countries[m.Country] -= contextWeight(*m)
			q, ok := gr.resolve(m.Text, places.Context{})
			better := ok && q.Country != p.Country && gr.score(m.Text, q) > gr.score(m.Text, p)+pin0(e.Kind)
			gr.ctx.Countries[m.Country] += contextWeight(*m)
			if better {
				m.Country = q.Country
				m.Entity = gr.placeEntity(q)
				setPlace(m, q, gr.divisionName(q))
				continue
			}
		}
		setPlace(m, p, gr.divisionName(p))
	}
}

// locatedGovernment reports whether m is a capital the gazetteer took for its government after a
// locative preposition ("officials in Georgetown said", "lawmakers in Belgrade passed", "a
// delegation from Kabul"): the text names the government by where it sits, so the mention is both
// the government and the city.
func (gr *grounder) locatedGovernment(m Mention) bool {
	if m.Type != GPE || m.Role != "GOV" || m.GeonamesID != 0 || !gr.g.IsCountry(m.Entity) || m.Source != SourceGazetteer {
		return false
	}
	e, ok := gr.lookup(m.Text)
	if !ok || e.Kind != KindCapital || e.Country != m.Entity {
		return false
	}
	before := strings.TrimRight(gr.d.Text[max(0, m.Start-6):m.Start], " ")
	return strings.HasSuffix(before, " in") || strings.HasSuffix(before, " from")
}

// score is the score of a candidate of a name in the document's context.
func (gr *grounder) score(name string, c places.Candidate) float64 {
	ctx := gr.ctx
	ctx.Own = gr.votes[places.Key(name)]
	return places.Score(c, &ctx)
}

// collectNearby notes, for each place name of the document whose place stands out (NearbyVote), the
// division it lies in (ctx.Nearby), as CLIFF-CLAVIN and Mordecai use the divisions of a document's
// other places: "Athens" with Atlanta and Savannah is the one in Georgia, "Cambridge" with Boston the
// one in Massachusetts. Countries, names that are ordinary words or generic, and a name's later
// mentions do not vote; each name votes once.
func (gr *grounder) collectNearby() {
	for _, m := range gr.ms {
		if m.Type != GPE && m.Type != LOC || gr.g.IsCountry(m.Entity) {
			continue
		}
		k := places.Key(m.Text)
		if _, seen := gr.votes[k]; seen {
			continue
		}
		if gr.votes == nil {
			gr.votes = map[string]string{}
		}
		gr.votes[k] = ""
		cands, f := gr.t.Lookup(m.Text)
		if len(cands) == 0 || f&(places.Word|places.Generic) != 0 {
			continue
		}
		ctx := gr.ctx
		if pin, ok := gr.pins[m.Start]; ok {
			ctx.Country, ctx.Division = pin.Country, pin.Division
		}
		if m.GeonamesID != 0 {
			// Already grounded (a dateline, "City, ST"): it votes for its own division.
			for _, c := range cands {
				if c.ID == m.GeonamesID {
					cands = []places.Candidate{c}
					break
				}
			}
		}
		if div, ok := places.NearbyVote(cands, &ctx); ok {
			gr.votes[k] = div
			if gr.ctx.Nearby == nil {
				gr.ctx.Nearby = map[string]int{}
			}
			gr.ctx.Nearby[div]++
		}
	}
}

// pin0 is the margin by which another place must beat the gazetteer's to replace it: the
// gazetteer's capitals are what news means by the name unless the document says otherwise.
func pin0(k Kind) float64 {
	if k == KindCapital {
		return 1
	}
	return 0.5
}

// groundUnambiguous resolves, before the gazetteer's places, the GPE mentions with no country yet
// that the text pins ("Springfield, Ill.") or whose name can only be in one country ("Sindh",
// "Karachi", "Toronto"): they join the context, so that they help choose among the places of the
// ambiguous names ("Hyderabad", and "London" in a story that names Toronto), as CLIFF-CLAVIN's passes
// do.
func (gr *grounder) groundUnambiguous() {
	for i := range gr.ms {
		m := &gr.ms[i]
		if !gr.needsPlace(m) {
			continue
		}
		if _, pinned := gr.pins[m.Start]; !pinned && !gr.oneCountry(m.Text) {
			continue
		}
		if p, ok := gr.groundOther(m); ok {
			gr.ctx.Countries[p.Country] += contextWeight(*m)
			if p.IsDivision() {
				gr.ctx.Divisions[p.Country+"."+p.Admin1] = true
			}
		}
	}
}

// needsPlace reports whether m is a GPE mention with no country that the gazetteer does not list
// (a region, group or organization of the gazetteer is not a GeoNames place).
func (gr *grounder) needsPlace(m *Mention) bool {
	if m.Type != GPE || m.Country != "" || isISO3(m.Entity) || m.GeonamesID != 0 {
		return false
	}
	_, ok := gr.lookup(m.Text)
	return !ok
}

// groundOthers resolves the remaining GPE mentions that have no country (cities the gazetteer does
// not list: "Bonn", "Frankfurt") with the document's context, and the gazetteer's regions that have
// no country but are divisions of several countries ("Punjab") when the document names one of those
// countries.
func (gr *grounder) groundOthers() {
	for i := range gr.ms {
		m := &gr.ms[i]
		if gr.needsPlace(m) {
			gr.groundOther(m)
			continue
		}
		if m.Type != GPE || m.Country != "" || m.GeonamesID != 0 {
			continue
		}
		if e, ok := gr.lookup(m.Text); !ok || e.Kind != KindRegion || e.Country != "" {
			continue
		}
		if p, ok := gr.resolve(m.Text, places.Context{Want: places.WantDivision}); ok && gr.ctx.Countries[p.Country] > 0 {
			m.Country = p.Country
			setPlace(m, p, "")
		}
	}
}

// oneCountry reports whether every place of a name is in one country.
func (gr *grounder) oneCountry(name string) bool {
	cands, _ := gr.t.Lookup(name)
	for _, c := range cands {
		if c.Country != cands[0].Country {
			return false
		}
	}
	return len(cands) > 0
}

// groundOther resolves one mention with no country and sets its place.
func (gr *grounder) groundOther(m *Mention) (places.Candidate, bool) {
	pin, pinned := gr.pins[m.Start]
	key := places.Key(m.Text)
	p, ok := gr.senses[key]
	if !ok || pinned {
		if stem, ok := divisionStem(m.Text); ok && pin.Want == places.WantDivision {
			if p, ok := gr.resolve(stem, pin); ok { // "Niger State", "State of Mexico"
				m.Country, m.Entity = p.Country, gr.placeEntity(p)
				setPlace(m, p, "")
				return p, true
			}
		}
		p, ok = gr.resolve(m.Text, pin)
		if !ok && pin.Want == places.WantDivision && pin.Country == "" && pin.Division.Country == "" {
			p, ok = gr.resolve(m.Text, places.Context{}) // "X state" where no division is called X
		}
		if !ok {
			return p, false
		}
		if !pinned {
			gr.senses[key] = p
		}
	}
	m.Country = p.Country
	m.Entity = gr.placeEntity(p)
	setPlace(m, p, gr.divisionName(p))
	return p, true
}

// placeMention returns a GPE mention of the place p over [start, end).
func (gr *grounder) placeMention(start, end int, p places.Candidate, entity string) Mention {
	m := Mention{Start: start, End: end, Text: gr.d.Text[start:end], Type: GPE, Country: p.Country, Source: SourcePlace}
	if entity == "" {
		entity = gr.placeEntity(p)
	}
	m.Entity = entity
	setPlace(&m, p, gr.divisionName(p))
	return m
}

// placeEntity is the canonical name of a GeoNames place: its GeoNames name when it is the place that
// name denotes without context ("Paris" is the one in France), otherwise the name with its division
// or, for places with no division, its country code ("Paris, Texas", "Tripoli, Liban-Nord").
func (gr *grounder) placeEntity(p places.Candidate) string {
	if p.IsDivision() {
		return gr.divisionEntity(p.Place)
	}
	cands, _ := gr.t.Lookup(p.Name)
	if best, ok := places.Choose(cands, nil); ok && best.ID == p.ID {
		return p.Name
	}
	if dn := gr.divisionName(p); dn != "" && dn != p.Name {
		return p.Name + ", " + dn
	}
	return p.Name + ", " + p.Country
}

// divisionEntity is the canonical name of a division: its GeoNames name, unless the gazetteer uses
// that name for a city ("Washington", "New York"), in which case a US state is "Washington State"
// and other divisions carry their country's code ("Mexico City" aside, "Distrito Federal, MEX").
func (gr *grounder) divisionEntity(d places.Place) string {
	if e, ok := gr.lookup(d.Name); ok && (e.Kind == KindCapital || e.Kind == KindCity) {
		if d.Country == "USA" {
			return d.Name + " State"
		}
		return d.Name + ", " + d.Country
	}
	return d.Name
}

// divisionName returns the name of the division a place lies in ("" for a division itself).
func (gr *grounder) divisionName(p places.Candidate) string {
	if p.IsDivision() {
		return ""
	}
	if dv, ok := gr.t.Division(p.Place); ok {
		return dv.Name
	}
	return ""
}

// setPlace copies the GeoNames fields of p to m.
func setPlace(m *Mention, p places.Candidate, division string) {
	m.GeonamesID = p.ID
	m.Lat, m.Lon = p.Lat, p.Lon
	m.Admin1 = division
	if p.IsDivision() {
		m.Admin1 = p.Name
	}
}

// spreadPinned gives the other mentions of a name the place the text pinned one of them to (one
// sense per document): after "PARIS, Texas (AP) —" or "Paris, Texas", a later "Paris" is the same
// town, though the gazetteer and the population prior would make it France's capital, and a one-word
// "person" of the model named so is that place too, unless a person of the document bears the name
// as a surname. A name pinned to two different places keeps each mention's own.
func (gr *grounder) spreadPinned() {
	type sense struct {
		m     Mention
		clash bool
	}
	var senses map[string]*sense
	for _, m := range gr.ms {
		if m.GeonamesID == 0 || m.Type != GPE && m.Type != LOC {
			continue
		}
		pin, pinned := gr.pins[m.Start]
		dateline := gr.hasDL && m.Start == gr.dl.start && m.End == gr.dl.end && gr.dl.regionStart >= 0
		if !dateline && (!pinned || pin.Country == "" && pin.Division.Country == "") {
			continue
		}
		if senses == nil {
			senses = map[string]*sense{}
		}
		k := places.Key(m.Text)
		if s, ok := senses[k]; ok {
			s.clash = s.clash || s.m.GeonamesID != m.GeonamesID
			continue
		}
		senses[k] = &sense{m: m}
	}
	if senses == nil {
		return
	}
	defer func() {
		for k, s := range senses {
			if !s.clash && s.m.Start == gr.dl.start && gr.hasDL {
				gr.repeatDateline(k, s.m)
			}
		}
		gr.flush()
	}()
	var surnames map[string]bool // last words of the document's names of several words
	for i := range gr.ms {
		m := &gr.ms[i]
		person := m.Type == PERSON && m.Source != SourceGazetteer && m.Source != SourceRule && !strings.Contains(m.Text, " ")
		if m.Type != GPE && m.Type != LOC && !person {
			continue
		}
		s, ok := senses[places.Key(m.Text)]
		if !ok || s.clash || m.GeonamesID == s.m.GeonamesID {
			continue
		}
		if _, pinned := gr.pins[m.Start]; pinned {
			continue
		}
		if person {
			// The model's one-word "person" named like the place the dateline or a "City, ST"
			// pinned ("TOLEDO, Ohio (AP) — Residents of Toledo ...") is that place, unless a
			// person of the document has that surname ("Alejandro Toledo").
			if surnames == nil {
				surnames = map[string]bool{}
				for _, x := range gr.ms {
					if x.Type == PERSON {
						if k := strings.LastIndexByte(x.Text, ' '); k > 0 {
							surnames[places.Key(x.Text[k+1:])] = true
						}
					}
				}
			}
			if surnames[places.Key(m.Text)] {
				continue
			}
			m.Type, m.Role = s.m.Type, ""
		}
		m.Country, m.Entity = s.m.Country, s.m.Entity
		m.GeonamesID, m.Lat, m.Lon, m.Admin1 = s.m.GeonamesID, s.m.Lat, s.m.Lon, s.m.Admin1
	}
}

// placesOnDate gives the places of a document dated date (YYYY-MM-DD; "" leaves them) the country
// they were in on that date (PlaceCountryOnDate): "BELGRADE" in 1988 is in YUG, "Leningrad" in 1987
// in SUN, "Aden" in 1988 in YMD, "Juba" in 2010 in SDN. Only mentions grounded in a GeoNames place are
// changed; a country's own name keeps its code (the gazetteer's former states have their own names).
func placesOnDate(t *places.Table, ms []Mention, date string) {
	if len(date) < 10 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.GeonamesID == 0 || m.Type != GPE && m.Type != LOC || m.Country == "" || m.Entity == m.Country {
			continue
		}
		code := ""
		if m.Country == "YEM" && t != nil && m.Admin1 != "" {
			if c, _, ok := t.Resolve(m.Admin1, &places.Context{Country: m.Country, Want: places.WantDivision}); ok {
				code = c.Admin1
			}
		}
		m.Country = PlaceCountryOnDate(m.Country, code, date)
	}
}

// sharedWaters makes a country's name followed by "River" or "Basin", or after "River", one LOC
// mention of the water with no country ("Niger River", "Congo Basin", "River Niger"), where the
// recognizers marked the country alone (and perhaps the word as a name of its own): such waters run
// through or along several countries (see sharedWater).
func (gr *grounder) sharedWaters() {
	s := gr.d.Text
	for i := 0; i < len(gr.ms); i++ {
		m := &gr.ms[i]
		if m.Type != GPE {
			continue
		}
		after := m.End+1 < len(s) && s[m.End] == ' ' && (s[m.End+1]|0x20 == 'r' || s[m.End+1]|0x20 == 'b')
		if !after && (m.Start < 6 || s[m.Start-1] != ' ' || s[m.Start-6] != 'R') {
			continue // no "River" or "Basin" after, no "River" before
		}
		if !gr.g.IsCountry(m.Entity) || m.Country != m.Entity {
			continue
		}
		start, end := m.Start, m.End
		if w, ok := waterWordAt(s, m.End+1); ok && m.End < len(s) && s[m.End] == ' ' {
			end = m.End + 1 + len(w)
		} else if riverBefore(s, m.Start) {
			start = m.Start - len("River ")
		} else {
			continue
		}
		// Drop what the recognizers made of the word ("River" as an organization).
		lo, hi := i, i+1
		for lo > 0 && gr.ms[lo-1].End > start {
			lo--
		}
		for hi < len(gr.ms) && gr.ms[hi].Start < end {
			hi++
		}
		if lo < i && gr.ms[lo].Start < start || hi > i+1 && gr.ms[hi-1].End > end {
			continue // a longer name that takes in the water's: leave it
		}
		w := Mention{Start: start, End: end, Text: s[start:end], Type: LOC, Entity: NormalizeName(s[start:end]),
			Source: SourcePlace}
		gr.ms = slices.Replace(gr.ms, lo, hi, w)
		i = lo
	}
}

// waterWordAt returns the word at byte p when it is "River" or "Basin" (or in lower case) and ends
// a word.
func waterWordAt(s string, p int) (string, bool) {
	if p > len(s) {
		return "", false
	}
	for _, w := range []string{"River", "river", "Basin", "basin"} {
		if strings.HasPrefix(s[p:], w) && (p+len(w) == len(s) || !isWordByte(s[p+len(w)])) {
			return w, true
		}
	}
	return "", false
}

// riverBefore reports whether the word "River" ends one space before byte p ("River Niger").
func riverBefore(s string, p int) bool {
	k := p - len("River ")
	return k >= 0 && s[k:p] == "River " && (k == 0 || !isWordByte(s[k-1]))
}

// isWordByte reports whether b is an ASCII letter or digit or a byte of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// repeatDateline marks the later uses of the dateline's place name that no recognizer marked ("A
// Cambridge start-up" after "CAMBRIDGE, England -") as mentions of the dateline's place: one sense
// per document. A use is a capitalized run of the name's words, not followed by another capitalized
// word (a longer name: "Cambridge Analytica") nor preceded by one inside a sentence, and not the
// surname of a person of the document. Names that are ordinary words are left alone.
func (gr *grounder) repeatDateline(key string, pm Mention) {
	if _, f := gr.t.Known(pm.Text); f&(places.Word|places.Person|places.Generic) != 0 {
		return
	}
	toks := gr.d.Tokens
	s := gr.d.Text
	n := len(strings.Fields(pm.Text))
	upper := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(s[toks[k].Start:toks[k].End])
		return unicode.IsUpper(r)
	}
	first := pm.Text
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	for k := 0; k+n <= len(toks); k++ {
		start, end := toks[k].Start, toks[k+n-1].End
		if start < pm.End || !upper(k) {
			continue
		}
		if tok := s[start:toks[k].End]; !strings.EqualFold(tok, first) && isASCII(tok) && isASCII(first) {
			continue // cheaply not the name (Key also folds diacritics: "ZURICH", "Zürich")
		}
		if places.Key(s[start:end]) != key || gr.covered(start, end) {
			continue
		}
		if k+n < len(toks) && upper(k+n) && s[end:toks[k+n].Start] == " " {
			continue
		}
		if k > 0 && upper(k-1) && !functionWord(s[toks[k-1].Start:toks[k-1].End]) && !gr.sentenceStart(k-1) &&
			s[toks[k-1].End:start] == " " {
			continue
		}
		if gr.surname(key) {
			return
		}
		m := pm
		m.Start, m.End, m.Text, m.Source = start, end, s[start:end], SourcePlace
		gr.insert(m)
	}
}

// functionWord reports whether w is an article, preposition or conjunction, which may be
// capitalized at the start of a sentence or a headline ("A Cambridge start-up", "In Houston").
func functionWord(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "in", "at", "from", "to", "near", "outside", "of", "for", "and", "but", "as",
		"by", "on", "with", "across", "around", "inside":
		return true
	}
	return false
}

// sentenceStart reports whether token k begins a sentence of the document.
func (gr *grounder) sentenceStart(k int) bool {
	ss := gr.d.Sentences
	_, found := slices.BinarySearchFunc(ss, k, func(x text.Sentence, k int) int { return cmp.Compare(x.First, k) })
	return found || k == 0
}

// surname reports whether a person of the document has a name of several words whose last word has
// the key k.
func (gr *grounder) surname(k string) bool {
	for _, x := range gr.ms {
		if x.Type == PERSON {
			if i := strings.LastIndexByte(x.Text, ' '); i > 0 && places.Key(x.Text[i+1:]) == k {
				return true
			}
		}
	}
	return false
}

// Spatial relations between two places written one after the other: "Kotri near Hyderabad", "London,
// about two hours' drive southwest of Toronto", "Paris, a city in Lamar County about 100 miles
// northeast of Dallas", "Cambridge, a suburb of Boston".
var (
	// nearRE is the gap of a symmetric relation: the two places are close to each other.
	nearRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^,? (?:just )?(?:near|outside|close to|not far from|on the outskirts of|across the (?:river|border|bay) from) (?:the )?$`)
	})
	// locatedRE is the gap of a relation that places the first place by the second: inside it
	// ("a city in"), near it, or at a distance from it ("about 100 miles northeast of", "50 km (30
	// miles) west of", "two hours' drive from").
	locatedRE = sync.OnceValue(func() *regexp.Regexp {
		noun := `(?:city|town|village|suburb|port|district|county|community|municipality|area|borough|township|capital|seat)`
		desc := `(?:, (?:an? |the )(?:[a-z-]+ ){0,3}` + noun + ` (?:in|near|outside|of|on the outskirts of) (?:the )?(?:[A-Z][A-Za-z-]* ){0,3}?)?`
		num := `(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|some)`
		unit := `(?:miles?|mi|km|kms|kilometres?|kilometers?|hours?|hours'|hour's|minutes?|minutes'|minute's)`
		dir := `(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|inland|upstream|downstream|up the coast|down the coast) )?`
		dist := `,? (?:(?:about|some|roughly|around|nearly|almost|just|only|more than|less than|over|under) )?` + num + `[ -]` + unit +
			`(?: \([^()]{1,25}\))?(?: (?:drive|walk|ride|flight|journey|by road|by car))? ` + dir + `(?:of|from) (?:the )?`
		return regexp.MustCompile(`^(?:` + desc + `(?:` + dist + `)?|` + dist + `)$`)
	})
)

// mayBeNear reports whether gap has a word every match of nearRE has (cheaper than the pattern).
func mayBeNear(gap string) bool {
	return strings.Contains(gap, "near") || strings.Contains(gap, "outside") || strings.Contains(gap, "close to") ||
		strings.Contains(gap, "not far") || strings.Contains(gap, "outskirts") || strings.Contains(gap, "across the")
}

// mayBeLocated reports whether gap has what every match of locatedRE has: an apposition's article
// or a unit of distance (cheaper than the pattern).
func mayBeLocated(gap string) bool {
	return strings.HasPrefix(gap, ", a ") || strings.HasPrefix(gap, ", an ") || strings.HasPrefix(gap, ", the ") ||
		strings.Contains(gap, "mile") || strings.Contains(gap, "km") || strings.Contains(gap, "kilomet") ||
		strings.Contains(gap, "hour") || strings.Contains(gap, "minute") || strings.Contains(gap, " mi ")
}

// relations pins places to the country of another place the text relates them to, as CLIFF-CLAVIN
// and Mordecai read nearby places: "the Kotri Barrage near Hyderabad" (Kotri is only in Pakistan, so
// Hyderabad is the one in Sindh), "London, about two hours' drive southwest of Toronto" (Ontario's),
// "Paris, a city in Lamar County about 100 miles northeast of Dallas" (Texas's; the county, which the
// table does not know, passes Dallas's country on). A place located by another ("X, N miles west of
// Y", "X, a town in Y", "X near Y") takes the second's country when that one is sure (a country, or
// a name whose places are all in one country) and the first is not; a place near another also gives
// it its country the other way round. A capital the gazetteer took for its government is a place when
// the relation puts it in another country ("Officials in Paris, ... northeast of Dallas"). A name the
// text already pins keeps its pin.
func (gr *grounder) relations() {
	s := gr.d.Text
	var inherited map[int]string // by start: the country a place the table does not know passes on
	for i := len(gr.ms) - 1; i > 0; i-- {
		a := &gr.ms[i]
		if !placeLike(*a) {
			continue
		}
		j := i - 1
		for j >= 0 && !placeLike(gr.ms[j]) && gr.ms[j].End > a.Start-120 {
			j--
		}
		if j < 0 {
			break
		}
		p := &gr.ms[j]
		if a.Start-p.End > 120 || a.Start < p.End || strings.ContainsAny(s[p.End:a.Start], ".;:!?\n") {
			continue
		}
		gap := s[p.End:a.Start]
		near := mayBeNear(gap) && nearRE().MatchString(gap)
		if !near && (!mayBeLocated(gap) || !locatedRE().MatchString(gap)) {
			continue
		}
		ca, sa := gr.sureCountry(*a)
		if c, ok := inherited[a.Start]; ok && !sa {
			ca, sa = c, true
		}
		cp, sp := gr.sureCountry(*p)
		switch {
		case sa && !sp:
			if gr.hasPlaces(*p) {
				gr.pinTo(p, ca)
			} else if cp == "" {
				if inherited == nil {
					inherited = map[int]string{}
				}
				inherited[p.Start] = ca
			}
		case near && sp && !sa && gr.hasPlaces(*a):
			gr.pinTo(a, cp)
		}
	}
}

// placeLike reports whether m may be a place of a spatial relation: a GPE or LOC mention, or a
// place of a name of its own ("Kotri Barrage").
func placeLike(m Mention) bool {
	return m.Type == GPE || m.Type == LOC
}

// placeName is the name the place table may know a place mention by: its text, or the place its
// name starts with when the rest is a name of its own ("Kotri" of "Kotri Barrage", "Manchester" of
// "Manchester Arena").
func (gr *grounder) placeName(m Mention) string {
	if known, _ := gr.t.Known(m.Text); known {
		return m.Text
	}
	if n, ok := gr.leadingPlace(m.Text); ok {
		return n
	}
	return m.Text
}

// leadingPlace returns the place name a name of several capitalized words starts with, when the
// table knows it and it is no ordinary word and the rest is capitalized words ("Kotri Barrage",
// "Manchester Arena", "Florida Panhandle").
func (gr *grounder) leadingPlace(name string) (string, bool) {
	// Candidate heads end at the spaces of name, longest first, at most three words.
	end := len(name)
	for words := 0; ; words++ {
		k := strings.LastIndexAny(name[:end], " \n\t")
		if k <= 0 {
			return "", false
		}
		r, _ := utf8.DecodeRuneInString(name[k+1:])
		if !unicode.IsUpper(r) {
			return "", false // the rest must be capitalized words
		}
		if words == 0 && (strings.HasPrefix(name[k+1:], "County") || strings.HasPrefix(name[k+1:], "Parish")) {
			return "", false // "Lamar County" is not at Lamar
		}
		end = k
		head := strings.TrimSpace(name[:k])
		if strings.Count(head, " ")+strings.Count(head, "\n") > 2 {
			continue
		}
		if known, f := gr.t.Known(head); known && f&(places.Word|places.Generic|places.Person) == 0 {
			return head, true
		}
	}
}

// hasPlaces reports whether the table knows places by m's name.
func (gr *grounder) hasPlaces(m Mention) bool {
	known, _ := gr.t.Known(gr.placeName(m))
	return known
}

// sureCountry returns the country a place mention is in without doubt: a country's own name, or a
// name whose places in the table are all in one country ("Dallas", "Toronto", "Kotri Barrage"). A
// capital standing for its government is sure only where the table has no other place of its name.
func (gr *grounder) sureCountry(m Mention) (string, bool) {
	if gr.g.IsCountry(m.Entity) && m.Country == m.Entity && m.Role == "" {
		if e, ok := gr.lookup(m.Text); ok && e.Kind == KindCountry {
			return m.Entity, true
		}
	}
	name := gr.placeName(m)
	cands, f := gr.t.Lookup(name)
	if len(cands) == 0 || f&(places.Word|places.Generic) != 0 {
		return "", false
	}
	if !gr.oneCountry(name) {
		return "", false
	}
	return cands[0].Country, true
}

// pinTo pins the place mention m to country c, unless the text pins it already; a capital the
// gazetteer took for its government becomes a place to be grounded when c is another country.
func (gr *grounder) pinTo(m *Mention, c string) {
	if _, pinned := gr.pins[m.Start]; pinned {
		return
	}
	cands, _ := gr.t.Lookup(gr.placeName(*m))
	found := false
	for _, x := range cands {
		if x.Country == c {
			found = true
			break
		}
	}
	if !found {
		return
	}
	gr.pins[m.Start] = places.Context{Country: c}
	if gr.g.IsCountry(m.Entity) && m.Entity != c {
		if e, ok := gr.lookup(m.Text); ok && e.Kind != KindCountry {
			m.Entity, m.Country, m.Role = NormalizeName(m.Text), "", ""
			m.Source = SourcePlace
			if p, ok := gr.resolve(m.Text, places.Context{Country: c}); ok {
				m.Country, m.Entity = p.Country, gr.placeEntity(p)
				setPlace(m, p, gr.divisionName(p))
			}
		}
	}
}

// namedAfterPlaces grounds names that start with a place and go on with a name of their own, where
// neither the gazetteer nor the table knows the whole: a GPE or LOC mention ("Manchester Arena",
// "Kotri Barrage", "Florida Panhandle") is at that place; an organization with no country ("Ohio
// State University", "University of Missouri", "Bank of Scotland") takes the place's country and
// division but no GeoNames id (it is an actor, not a place). An organization of a US state named
// with a state's name that is also a country's ("Georgia National Guard", "Georgia State Patrol")
// is the state's (see usStateBody).
func (gr *grounder) namedAfterPlaces() {
	for i := range gr.ms {
		m := &gr.ms[i]
		if m.Type != GPE && m.Type != LOC && m.Type != ORG || m.GeonamesID != 0 ||
			strings.IndexByte(m.Text, ' ') < 0 && strings.IndexByte(m.Text, '\n') < 0 {
			continue
		}
		switch m.Type {
		case GPE, LOC:
			if m.Country != "" || gr.g.IsCountry(m.Entity) || sharedWater(*m) {
				continue
			}
			if _, ok := gr.lookup(m.Text); ok {
				continue
			}
			if known, _ := gr.t.Known(m.Text); known {
				continue
			}
			name, ok := gr.leadingPlace(m.Text)
			if !ok {
				continue
			}
			pin, pinned := gr.pins[m.Start]
			if p, ok := gr.resolve(name, pin); ok && (pinned || gr.oneCountry(name) || gr.ctx.Countries[p.Country] > 0) {
				m.Country = p.Country
				setPlace(m, p, gr.divisionName(p))
			}
		case ORG:
			if d, ok := gr.usStateBody(*m); ok {
				m.Country, m.Admin1 = d.Country, d.Name
				continue
			}
			if m.Country != "" || isISO3(m.Entity) || m.Source == SourceGazetteer || m.Source == SourceRule {
				continue
			}
			name, ok := gr.leadingPlace(m.Text)
			if !ok {
				name, ok = gr.placeAfterOf(m.Text)
			}
			if !ok {
				continue
			}
			if p, ok := gr.resolve(name, places.Context{}); ok && gr.ctx.Countries[p.Country] > 0 {
				m.Country, m.Admin1 = p.Country, gr.divisionName(p)
				if p.IsDivision() {
					m.Admin1 = p.Name
				}
			}
		}
	}
}

// placeAfterOf returns the place that ends an organization's name after "of" ("University of
// Missouri", "Bank of Scotland"), when the table knows it and it is no ordinary word.
func (gr *grounder) placeAfterOf(name string) (string, bool) {
	k := strings.LastIndex(name, " of ")
	if k <= 0 {
		return "", false
	}
	rest := name[k+4:]
	if rest == "" || strings.Count(rest, " ") > 2 {
		return "", false
	}
	if known, f := gr.t.Known(rest); known && f&(places.Word|places.Generic|places.Person) == 0 {
		return rest, true
	}
	return "", false
}

// usStateBody returns the US state an organization belongs to when its name is a state's name
// followed by the name of a body only US states have ("National Guard", "State Patrol", "Highway
// Patrol", "State University", "General Assembly", "Bureau of Investigation"): "Georgia National
// Guard" is the state's, though Georgia is also a country.
func (gr *grounder) usStateBody(m Mention) (places.Place, bool) {
	switch m.Text[strings.LastIndexByte(m.Text, ' ')+1:] { // the last word of every body below
	case "Guard", "Police", "Patrol", "University", "Assembly", "Legislature", "Senate", "Investigation",
		"Transportation", "Commission":
	default:
		return places.Place{}, false
	}
	for _, body := range []string{" National Guard", " State Police", " State Patrol", " Highway Patrol",
		" State University", " General Assembly", " State Legislature", " State Senate", " Bureau of Investigation",
		" Department of Transportation", " Public Service Commission"} {
		k := strings.Index(m.Text, body)
		if k <= 0 {
			continue
		}
		cands, _ := gr.t.Lookup(strings.TrimSuffix(m.Text[:k], " State")) // "Ohio State Highway Patrol"
		for _, c := range cands {
			if c.IsDivision() && c.Country == "USA" && !c.Alternate {
				return c.Place, true
			}
		}
	}
	return places.Place{}, false
}

// nearKm is the distance within which another place of the document supports a candidate (the
// reach of a metropolitan area: Alexandria and Arlington, Virginia, from Washington; Birmingham from
// Montgomery, Alabama).
const nearKm = 150

// reconsider is a second pass over the grounded cities that the text does not pin, once every
// place of the document has been grounded (CLIFF-CLAVIN and Mordecai also weigh each place with
// all the others): each is chosen again among its name's places with the countries of the whole
// document (its own name's mentions left out) and one point more for a candidate within nearKm of
// another place of the document (spatial minimality: "Commuters from Alexandria and Arlington
// faced delays on the Metro into Washington" are in Virginia, "tours that stop in Birmingham,
// Montgomery and Selma" in Alabama). A city of the gazetteer changes only when another place beats
// it by the margin of pin0; the dateline's place and the gazetteer's capitals stay ("went to Ottawa"
// in a story datelined in Illinois).
func (gr *grounder) reconsider() {
	// The mentions that may change: grounded cities the text does not pin whose name has other cities.
	type item struct {
		i      int
		margin float64
		cands  []places.Candidate
	}
	var todo []item
	for i := range gr.ms {
		m := &gr.ms[i]
		if m.Type != GPE && m.Type != LOC || m.GeonamesID == 0 || m.Lat == 0 && m.Lon == 0 || gr.g.IsCountry(m.Entity) {
			continue
		}
		if pin, ok := gr.pins[m.Start]; ok && (pin.Country != "" || pin.Division.Country != "") || gr.hasDL && m.Start == gr.dl.start {
			continue
		}
		margin := 0.0
		if e, ok := gr.lookup(m.Text); ok {
			if e.Kind != KindCity || e.Country != m.Country {
				continue // a capital is what news means unless the text pins it
			}
			margin = pin0(e.Kind)
		}
		cands, f := gr.t.Lookup(m.Text)
		if f&(places.Word|places.Generic) != 0 {
			continue
		}
		cities := 0
		for _, c := range cands {
			if !c.IsDivision() {
				cities++
			}
		}
		if cities > 1 {
			todo = append(todo, item{i, margin, cands})
		}
	}
	if len(todo) == 0 {
		return
	}
	type point struct {
		key      string
		lat, lon float64
	}
	type cell struct{ lat, lon int }
	cellOf := func(lat, lon float64) cell { return cell{int(math.Floor(lat / 2)), int(math.Floor(lon / 2))} }
	grid := map[cell][]point{} // distinct grounded places by cell of 2 degrees (> nearKm)
	seen := map[point]bool{}
	weights := map[string]float64{}
	own := map[string]map[string]float64{} // by name key: the country weights of the name's mentions
	keys := make([]string, len(gr.ms))
	for i, m := range gr.ms {
		c := gr.countryOf(m)
		if c != "" {
			weights[c] += contextWeight(m)
		}
		if m.Type != GPE && m.Type != LOC {
			continue
		}
		keys[i] = places.Key(m.Text)
		if c != "" {
			if own[keys[i]] == nil {
				own[keys[i]] = map[string]float64{}
			}
			own[keys[i]][c] += contextWeight(m)
		}
		if p := (point{keys[i], m.Lat, m.Lon}); m.GeonamesID != 0 && (m.Lat != 0 || m.Lon != 0) && !seen[p] {
			seen[p] = true
			c := cellOf(m.Lat, m.Lon)
			grid[c] = append(grid[c], p)
		}
	}
	near := func(key string, c places.Candidate) float64 {
		if c.Lat == 0 && c.Lon == 0 {
			return 0
		}
		at := cellOf(c.Lat, c.Lon)
		for dl := -1; dl <= 1; dl++ {
			for dn := -1; dn <= 1; dn++ {
				for _, p := range grid[cell{at.lat + dl, at.lon + dn}] {
					if p.key != key && distanceKm(c.Lat, c.Lon, p.lat, p.lon) <= nearKm {
						return 1
					}
				}
			}
		}
		return 0
	}
	type choice struct {
		key string
		cur int
	}
	done := map[choice]places.Candidate{} // one decision per name and current place
	for _, it := range todo {
		m := &gr.ms[it.i]
		key := keys[it.i]
		best, ok := done[choice{key, m.GeonamesID}]
		if !ok {
			best = gr.rechoose(m.GeonamesID, key, it.cands, it.margin, weights, own[key], near)
			done[choice{key, m.GeonamesID}] = best
		}
		if best.ID == 0 || best.ID == m.GeonamesID {
			continue
		}
		m.Country, m.Entity = best.Country, gr.placeEntity(best)
		setPlace(m, best, gr.divisionName(best))
	}
}

// rechoose is reconsider's choice for a mention of name key grounded in place cur: the city of
// cands of best score in the whole document's countries (weights less the name's own, own) plus
// near, where cur keeps its place unless beaten by more than margin. It returns the zero Candidate
// when cur is not among cands.
func (gr *grounder) rechoose(cur int, key string, cands []places.Candidate, margin float64, weights, own map[string]float64,
	near func(string, places.Candidate) float64) places.Candidate {
	var c0 places.Candidate
	for _, c := range cands {
		if c.ID == cur {
			c0 = c
			break
		}
	}
	if c0.ID == 0 {
		return places.Candidate{}
	}
	ctx := gr.ctx
	ctx.Countries = make(map[string]float64, len(weights))
	for c, w := range weights {
		ctx.Countries[c] = w - own[c]
	}
	ctx.Own = gr.votes[key]
	best, bs := c0, places.Score(c0, &ctx)+near(key, c0)+margin
	for _, c := range cands {
		if c.IsDivision() || c.ID == c0.ID {
			continue
		}
		if s := places.Score(c, &ctx) + near(key, c); s > bs {
			best, bs = c, s
		}
	}
	return best
}

// distanceKm is the great-circle distance between two points given in degrees.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// personsAsPlaces makes a one-word person of the statistical model a place where it is coordinated
// with a place mention ("from Alexandria and Arlington", "Birmingham, Montgomery and Selma") and
// the table has a place of its name in a country where the coordinated place's name has one too,
// unless a person of the document has that surname.
func (gr *grounder) personsAsPlaces() {
	s := gr.d.Text
	for i := range gr.ms {
		m := &gr.ms[i]
		if m.Type != PERSON || m.Source == SourceGazetteer || m.Source == SourceRule || strings.Contains(m.Text, " ") ||
			m.Country != "" {
			continue
		}
		var other *Mention
		if i > 0 && coordinationGap(s[gr.ms[i-1].End:m.Start]) {
			other = &gr.ms[i-1]
		} else if i+1 < len(gr.ms) && coordinationGap(s[m.End:gr.ms[i+1].Start]) {
			other = &gr.ms[i+1]
		}
		if other == nil || other.Type != GPE || gr.g.IsCountry(other.Entity) {
			continue
		}
		cands, _ := gr.t.Lookup(m.Text)
		if len(cands) == 0 {
			continue
		}
		ocands, _ := gr.t.Lookup(other.Text)
		shared := false
		for _, c := range cands {
			for _, o := range ocands {
				if c.Country == o.Country {
					shared = true
				}
			}
		}
		if !shared || gr.surname(places.Key(m.Text)) {
			continue
		}
		m.Type, m.Entity, m.Role = GPE, NormalizeName(m.Text), ""
	}
}

// coordinationGap reports whether the text between two names coordinates them: ", ", " and ",
// ", and ", " or ".
func coordinationGap(g string) bool {
	switch g {
	case ", ", " and ", ", and ", " or ", ", or ":
		return true
	}
	return false
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// longerNames extends a place mention over the particle and the river or region that complete its
// name when the table knows the longer name: "Frankfurt an der Oder" (not Frankfurt am Main),
// "Newcastle upon Tyne", "Kingston upon Hull", "Halle an der Saale", "Châlons-en-Champagne" written
// with spaces. The text after the mention must be free.
func (gr *grounder) longerNames() {
	s := gr.d.Text
	for i := range gr.ms {
		m := &gr.ms[i]
		if m.Type != GPE || gr.g.IsCountry(m.Entity) || m.End >= len(s) || s[m.End] != ' ' {
			continue
		}
		rest := s[m.End+1:]
		part := ""
		for _, p := range []string{"an der ", "am ", "upon ", "on ", "ob der ", "in der ", "im ", "sur ", "en "} {
			if strings.HasPrefix(rest, p) {
				part = p
				break
			}
		}
		if part == "" {
			continue
		}
		w := rest[len(part):]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if k < 0 {
			k = len(w)
		}
		end := m.End + 1 + len(part) + k
		if i+1 < len(gr.ms) && gr.ms[i+1].Start < end {
			continue
		}
		if known, _ := gr.t.Known(s[m.Start:end]); !known {
			continue
		}
		m.End, m.Text = end, s[m.Start:end]
		m.Entity, m.Country, m.Role, m.GeonamesID, m.Admin1, m.Lat, m.Lon = NormalizeName(m.Text), "", "", 0, "", 0, 0
		m.Source = SourcePlace
	}
}
