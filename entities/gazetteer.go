package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

//go:generate go run ../tools/gazgen -countries ../../shared/data/reference/countries/countries.json -out data/countries.tsv

//go:embed data/countries.tsv
var countriesTSV string

// Kind says what a gazetteer entry names.
type Kind uint8

// Kinds of gazetteer entries.
const (
	KindCountry Kind = iota // a country name or short form: GPE, Entity = ISO3
	KindDemonym             // a demonym or adjectival: NORP, Entity = ISO3
	KindCapital             // a capital city: GPE, Entity = city, Country = ISO3 (ISO3 as subject of a verb)
	KindCity                // another city: GPE, Entity = city, Country = ISO3
	KindSeat                // a seat-of-government metonym ("Kremlin"): ORG, Entity = ISO3
	KindOrg                 // an organization: ORG, Entity = stable id
	KindRegion              // a region, sea or territory: LOC or GPE, Entity = its name
	KindGroup               // a people or group that is not a country ("Kurds"): NORP, Entity = its name
)

// Entry is what a gazetteer pattern resolves to.
type Entry struct {
	Type    string // PERSON, ORG, GPE, LOC or NORP
	Entity  string // canonical actor: ISO3, organization id or normalized name
	Country string // ISO3 of the country the actor belongs to, "" when none
	Kind    Kind
}

// Pattern is one surface form of a gazetteer entry.
type Pattern struct {
	// Text is the surface form as written in a careful text ("U.S.", "Côte d'Ivoire"). Case rules:
	// a pattern with no lower-case letter and at least two letters is an acronym and matches only as
	// written; any other pattern also matches its upper-case (headline) variants but never a form that
	// lowers one of its capitals.
	Text  string
	Entry Entry
}

// Gazetteer recognizes a fixed list of names (countries, demonyms, capitals and other cities,
// seat-of-government metonyms, regions, international and armed organizations) with a token trie.
// It is safe for concurrent use.
type Gazetteer struct {
	trie     *trie
	patterns []Pattern
	modes    []caseMode
	byKey    map[string][]int32 // normKey → pattern indexes, best first
	labels   map[string]string  // entity → display name
	// countries holds the ids of country entries (ISO3 codes of current and former states) that
	// are not three capital letters; iso3 holds those that are, one bit per code (see iso3Index).
	countries map[string]bool
	iso3      *[iso3Words]uint64
	// first marks the bytes a matching surface form can start with (first bytes of the patterns as
	// written and of their upper-case forms); tokens starting with other bytes are skipped.
	first [256]bool
	// firstRow gives each byte of first 1 + the index of its row in second, a set of the ASCII bytes
	// (lower case) that may follow it in a matching surface form: the second bytes of the keys
	// starting with it, or every byte when a key is shorter or goes on with white space, an
	// apostrophe or a non-ASCII byte.
	firstRow [256]uint16
	second   [][4]uint64
}

// DefaultGazetteer returns the built-in gazetteer: the embedded country table plus the curated
// additions and organizations of this package. It is built once per process.
func DefaultGazetteer() (*Gazetteer, error) { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	ps, labels, err := builtinPatterns()
	if err != nil {
		return nil, err
	}
	g, err := NewGazetteer(ps)
	if err != nil {
		return nil, err
	}
	for k, v := range labels {
		g.labels[k] = v
	}
	return g, nil
})

// NewGazetteer builds a gazetteer from patterns. When several patterns share a surface form, the
// earlier one wins. Patterns without text or with an unknown type are an error.
func NewGazetteer(patterns []Pattern) (*Gazetteer, error) {
	g := &Gazetteer{
		patterns:  slices.Clone(patterns),
		modes:     make([]caseMode, len(patterns)),
		byKey:     make(map[string][]int32, len(patterns)),
		labels:    map[string]string{},
		countries: map[string]bool{},
		iso3:      new([iso3Words]uint64),
	}
	keys := make([]string, len(patterns))
	order := make([]int32, 0, len(patterns))
	seen := make(map[string]bool, len(patterns))
	for i, p := range patterns {
		if strings.TrimSpace(p.Text) == "" {
			return nil, fmt.Errorf("entities: gazetteer pattern %d: empty text", i)
		}
		if !validType(p.Entry.Type) || p.Entry.Entity == "" {
			return nil, fmt.Errorf("entities: gazetteer pattern %q: bad type %q or empty entity", p.Text, p.Entry.Type)
		}
		if p.Entry.Kind == KindCountry {
			if k, ok := iso3Index(p.Entry.Entity); ok {
				g.iso3[k>>6] |= 1 << (k & 63)
			} else {
				g.countries[p.Entry.Entity] = true
			}
		}
		g.modes[i] = modeOf(p.Text)
		keys[i] = normKey(p.Text)
		exact := p.Text + "\x00" + string(rune('0'+g.modes[i]))
		if seen[exact] {
			continue
		}
		seen[exact] = true
		order = append(order, int32(i))
		g.byKey[keys[i]] = append(g.byKey[keys[i]], int32(i))
		t := strings.TrimSpace(p.Text)
		firsts := []byte{t[0]}
		if r, _ := utf8.DecodeRuneInString(t); r != utf8.RuneError {
			firsts = append(firsts, string(unicode.ToUpper(r))[0])
		}
		for _, b := range firsts {
			g.first[b] = true
			if g.firstRow[b] == 0 {
				g.second = append(g.second, [4]uint64{})
				g.firstRow[b] = uint16(len(g.second))
			}
			row := &g.second[g.firstRow[b]-1]
			k := keys[i]
			if len(k) < 2 || k[0] >= utf8.RuneSelf || k[1] >= utf8.RuneSelf || k[1] == ' ' || k[1] == '\'' {
				*row = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			} else {
				row[k[1]>>6] |= 1 << (k[1] & 63)
			}
		}
	}
	g.trie = buildTrie(keys, order)
	return g, nil
}

// validType reports whether t is one of the contract's entity types.
func validType(t string) bool {
	switch t {
	case PERSON, ORG, GPE, LOC, NORP:
		return true
	}
	return false
}

// modeOf is the case mode of a pattern: acronyms (no lower-case letter, two or more letters) match
// exactly.
func modeOf(s string) caseMode {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return caseName
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters >= 2 {
		return caseExact
	}
	return caseName
}

// Len returns the number of patterns.
func (g *Gazetteer) Len() int { return len(g.patterns) }

// Label returns a display name for a canonical entity id the gazetteer knows ("IRN" → "Iran",
// "UNSC" → "United Nations Security Council").
func (g *Gazetteer) Label(entity string) (string, bool) {
	l, ok := g.labels[entity]
	return l, ok
}

// IsCountry reports whether entity is the id of a country of the gazetteer: an ISO 3166-1 alpha-3
// code of a current or former state ("IRN", "SUN"), not an organization id of three letters ("WHO").
func (g *Gazetteer) IsCountry(entity string) bool {
	if k, ok := iso3Index(entity); ok {
		return g.iso3[k>>6]&(1<<(k&63)) != 0
	}
	return len(g.countries) > 0 && g.countries[entity]
}

// iso3Words is the number of 64-bit words of a set of three-capital codes.
const iso3Words = (26*26*26 + 63) / 64

// iso3Index numbers a code of three capital letters A-Z (0 to 26³-1); ok is false for other strings.
func iso3Index(s string) (int, bool) {
	if !isISO3(s) {
		return 0, false
	}
	return (int(s[0]-'A')*26+int(s[1]-'A'))*26 + int(s[2]-'A'), true
}

// Lookup finds the entry for a whole name, with the case rules of the matcher. A leading "the" and a
// trailing possessive are ignored ("the United States", "Iran's").
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	name = trimName(name)
	var buf [64]byte
	for _, pi := range g.byKey[string(appendNormKey(buf[:0], name))] {
		if caseOK(g.patterns[pi].Text, g.modes[pi], name) {
			return g.patterns[pi].Entry, true
		}
	}
	return Entry{}, false
}

// hit is one accepted gazetteer match.
type hit struct {
	start, end       int
	startTok, endTok int
	pat              int32
}

// scan finds the longest gazetteer matches in d, left to right, without overlaps. Matches start at a
// token start or after a hyphen or slash inside a token, and end at a token end or before a hyphen,
// slash or possessive.
func (g *Gazetteer) scan(d *text.Doc) []hit {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	w := walker{t: g.trie, doc: d}
	var out []hit
	var buf [16]match
	s := d.Text
	last := 0
	for i, tk := range d.Tokens {
		if tk.Start < last || tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
			continue
		}
		pos := tk.Start
		for pos >= 0 {
			if pos >= last && g.mayStart(s, pos, tk.End) {
				if h, ok := g.best(w.longest(pos, i, buf[:0]), s); ok {
					h.startTok = i
					out = append(out, h)
					last = h.end
				}
			}
			pos = nextInnerStart(s, pos, tk.End, last)
		}
	}
	return out
}

// mayStart reports whether a match may start at byte pos of a token ending at end: the byte is a
// first byte of a pattern and the next one, when in the token and ASCII, may follow it (firstRow).
func (g *Gazetteer) mayStart(s string, pos, end int) bool {
	k := g.firstRow[s[pos]]
	if k == 0 {
		return false
	}
	if pos+1 >= end {
		return true
	}
	c := s[pos+1]
	if c >= utf8.RuneSelf {
		return true
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return g.second[k-1][c>>6]&(1<<(c&63)) != 0
}

// nextInnerStart returns the next start position after a hyphen or slash inside [pos, end) at or
// after last, or -1.
func nextInnerStart(s string, pos, end, last int) int {
	if last > pos {
		pos = last - 1
	}
	for p := pos + 1; p < end-1; p++ {
		if c := s[p]; c == '-' || c == '/' {
			return p + 1
		}
	}
	return -1
}

// best picks the longest candidate whose case agrees with one of its patterns.
func (g *Gazetteer) best(ms []match, s string) (hit, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		surf := s[m.start:m.end]
		for _, pi := range g.trie.terms[m.term] {
			if caseOK(g.patterns[pi].Text, g.modes[pi], surf) {
				return hit{start: m.start, end: m.end, endTok: m.endTok, pat: pi}, true
			}
		}
	}
	return hit{}, false
}

// Recognize returns the gazetteer mentions of d, sorted by Start, with Source "gazetteer". Capitals
// that are the subject of a verb ("Washington said", "Moscow has warned") resolve to their country.
func (g *Gazetteer) Recognize(d *text.Doc) []Mention { return g.mentions(d, g.scan(d)) }

// mentions turns the matches of d into mentions.
func (g *Gazetteer) mentions(d *text.Doc, hits []hit) []Mention {
	if len(hits) == 0 {
		return nil
	}
	ms := make([]Mention, 0, len(hits))
	for k, h := range hits {
		e := g.patterns[h.pat].Entry
		m := Mention{Start: h.start, End: h.end, Text: d.Text[h.start:h.end], Type: e.Type, Entity: e.Entity,
			Country: e.Country, Source: SourceGazetteer}
		if e.Kind == KindCapital && e.Country != "" && g.governmentAt(d, hits, k) {
			// "Washington said", "Moscow and Kyiv agreed": the capital stands for the government, as
			// CAMEO codes it (USAGOV).
			m.Entity, m.Role = e.Country, "GOV"
		}
		ms = append(ms, m)
	}
	fillSentences(d, ms)
	return ms
}

// Sources of mentions.
const (
	SourceGazetteer = "gazetteer"
	SourceRule      = "rule"
)

// governmentAt reports whether the capital of hits[k] stands for its country's government
// (testdata/gold/GUIDELINES.md, rule 8):
//
//   - it is the subject of a verb (actsAsGovernment), alone or in a coordination of places
//     ("Moscow and Pyongyang denied", "Seoul and Tokyo would share");
//   - it follows "officials in", "the government in" and the like ("officials in New Delhi said");
//   - it is the object of a verb of diplomacy ("urged Baghdad", "accused Kigali", "thanked
//     Washington", "calls on Pyongyang"), the agent of a passive ("accepted by Beirut"), the partner of
//     a relation ("coordinate closely with Seoul", "talks between Kinshasa and", "ties with Beijing") or
//     the holder of a position ("the views of Khartoum", "the instructions of Washington").
//
// Elsewhere ("talks in Vienna", "travelled to Cairo", "strikes near Damascus") it is a place.
func (g *Gazetteer) governmentAt(d *text.Doc, hits []hit, k int) bool {
	place := func(j int) bool {
		if j < 0 || j >= len(hits) {
			return false
		}
		switch g.patterns[hits[j].pat].Entry.Kind {
		case KindCapital, KindCountry, KindCity:
			return true
		}
		return false
	}
	conj := func(w string) bool { return w == "and" || w == "," || w == "or" }
	// Back to the first conjunct, then its left context.
	first := k
	for steps := 0; steps < 4 && first > 0; steps++ {
		p := hits[first].startTok - 1
		if p < 1 || !conj(d.TokenText(p)) || !place(first-1) {
			break
		}
		q := p - 1
		if d.TokenText(p) == "and" && d.TokenText(q) == "," {
			q--
		}
		if hits[first-1].endTok != q || hits[first-1].end != d.Tokens[q].End {
			break
		}
		first--
	}
	// A place after a preposition is no subject ("the talks in Baghdad were", "the mayor of Kabul
	// said"): only its left context can make it a government ("officials in Baghdad").
	if !prepositionBefore(d, hits[first].startTok) {
		// Forward through a coordination to the verb.
		for j, steps := k, 0; steps < 4; steps++ {
			h := hits[j]
			if actsAsGovernment(d, h.endTok, h.end) {
				return true
			}
			n := h.endTok + 1
			if h.end != d.Tokens[h.endTok].End || n >= len(d.Tokens) || !conj(d.TokenText(n)) {
				break
			}
			if n+1 < len(d.Tokens) && d.TokenText(n) == "," && d.TokenText(n+1) == "and" {
				n++
			}
			if !place(j+1) || hits[j+1].startTok != n+1 {
				break
			}
			j++
		}
	}
	return governedBy(d, hits[first].startTok)
}

// prepositionBefore reports whether token i follows a preposition.
func prepositionBefore(d *text.Doc, i int) bool {
	if i < 1 {
		return false
	}
	switch strings.ToLower(d.TokenText(i - 1)) {
	case "in", "at", "near", "from", "to", "into", "inside", "outside", "around", "across", "of", "on",
		"over", "toward", "towards", "via", "through", "for", "with", "by", "between", "than", "under",
		"beyond", "within":
		return true
	}
	return false
}

// governedBy reports whether the words before token i make the place starting there a government:
// see governmentAt.
func governedBy(d *text.Doc, i int) bool {
	if i < 1 {
		return false
	}
	lower := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.ToLower(d.TokenText(k))
	}
	p, pp := lower(i-1), lower(i-2)
	switch p {
	case "in":
		switch pp {
		case "officials", "government", "authorities", "leadership", "leaders", "regime", "junta",
			"administration", "diplomats", "policymakers", "lawmakers":
			return true
		}
		return false
	case "with":
		switch pp {
		case "coordinate", "coordinated", "cooperate", "cooperated", "closely", "ties", "relations", "talks",
			"treaty", "agreement", "deal", "dialogue", "negotiations", "alliance", "partnership", "cooperation",
			"relationship", "rift", "dispute", "tensions", "standoff", "spat", "sides", "sided", "engagement",
			"engage", "negotiate", "negotiating", "together":
			return true
		}
		return false
	case "between":
		switch pp {
		case "talks", "relations", "ties", "tensions", "negotiations", "dialogue", "rift", "dispute",
			"agreement", "deal", "rapprochement", "mediate", "mediating", "mediation", "rivalry", "standoff":
			return true
		}
		return false
	case "on":
		switch pp {
		case "call", "calls", "called", "calling", "pressure", "pressed", "rely", "relies", "relied", "urged":
			return true
		}
		return false
	case "of":
		switch pp {
		case "views", "instructions", "demands", "position", "request", "decision", "policy", "policies",
			"claims", "interests", "behest", "approval", "consent", "stance", "allies", "ally", "critics":
			return true
		}
		return false
	case "by":
		return i >= 2 && d.Tag(i-2) == "VBN"
	case "from":
		switch pp {
		case "delegation", "delegations", "envoy", "envoys", "officials", "diplomats", "pressure", "demands",
			"request", "requests", "message", "messages", "assurances", "guarantees":
			return true
		}
		return false
	}
	if t := d.Tag(i - 1); t != "" && !strings.HasPrefix(t, "VB") {
		return false
	}
	for _, stem := range []string{"accus", "urg", "thank", "support", "backed", "backing", "backs", "critici",
		"condemn", "warn", "told", "tell", "ask", "press", "blam", "sanction", "prais", "invit", "congratulat",
		"brief", "inform", "notif", "reassur", "recogni", "lobb", "courted", "courting", "engag", "persuad",
		"convinc", "commend", "applaud", "rebuk", "chastis", "summon", "join", "assur", "reject", "defied",
		"defy", "defies"} {
		if strings.HasPrefix(p, stem) {
			return true
		}
	}
	return false
}

// actsAsGovernment reports whether the place ending at byte end (inside token endTok) is the subject
// of a verb: the next token is a finite verb or modal (VBD, VBZ, VBP, MD), or "has"/"have"/"had"
// followed by a past participle. Without POS tags a short list of reporting and action verbs is used.
func actsAsGovernment(d *text.Doc, endTok, end int) bool {
	if end < d.Tokens[endTok].End { // "Washington's" or "Moscow-backed": not a subject
		return false
	}
	j := endTok + 1
	if j >= len(d.Tokens) || gapSep(d.Text[d.Tokens[endTok].End:d.Tokens[j].Start]) < 0 {
		return false
	}
	w := strings.ToLower(d.TokenText(j))
	tag := d.Tag(j)
	if w == "has" || w == "have" || w == "had" {
		if j+1 < len(d.Tokens) {
			t2 := d.Tag(j + 1)
			if t2 == "VBN" || (t2 == "" && govVerb(strings.ToLower(d.TokenText(j+1)))) {
				return true
			}
		}
		return false
	}
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "":
		return govVerb(w)
	}
	switch w { // reporting verbs the tagger may miss in headlines ("Seoul says")
	case "says", "said", "warns", "warned", "accuses", "accused", "denies", "denied", "rejects", "rejected",
		"urges", "urged", "insists", "insisted", "vows", "vowed":
		return true
	}
	return false
}

// govVerb reports whether w (lower case) is a verb whose subject is a government; it is used when
// tokens carry no POS tags.
func govVerb(w string) bool {
	switch w {
	case "said", "says", "say", "warned", "warns", "rejected", "rejects", "accused", "accuses", "announced",
		"announces", "denied", "denies", "urged", "urges", "insisted", "insists", "responded", "threatened",
		"threatens", "demanded", "demands", "agreed", "agrees", "signed", "condemned", "condemns", "welcomed",
		"welcomes", "wants", "will", "would", "could", "can", "may", "must", "should", "is", "was", "has", "had",
		"claimed", "claims", "imposed", "sent", "launched", "recalled", "expelled", "sanctioned", "called",
		"calls", "blamed", "blames", "offered", "refused", "refuses", "supports", "supported", "opposes",
		"opposed", "believes", "hopes", "fears":
		return true
	}
	return false
}

// fillSentences sets Mention.Sentence to the index of the sentence containing each mention's start.
func fillSentences(d *text.Doc, ms []Mention) {
	if len(d.Sentences) == 0 {
		return
	}
	for i := range ms {
		k, found := sentenceAt(d, ms[i].Start)
		if !found && k > 0 {
			k-- // in a gap between sentences: the previous one
		}
		if k >= len(d.Sentences) {
			k = len(d.Sentences) - 1
		}
		ms[i].Sentence = k
	}
}

// trimName strips white space, a leading determiner and a trailing possessive from a name.
func trimName(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The ", "THE "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = strings.TrimSpace(s[:len(s)-len(suf)])
			break
		}
	}
	return s
}
