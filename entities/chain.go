package entities

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/text"
)

// Recognizer finds entity mentions in an analysed document. Implementations return mentions whose
// Start and End are byte offsets into d.Text with Text == d.Text[Start:End]; they must be safe for
// concurrent use and must not modify d. Order, overlaps, Entity and Sentence need not be final: Chain
// takes care of them.
type Recognizer interface {
	Recognize(d *text.Doc) []Mention
}

// RecognizerFunc adapts a function to Recognizer.
type RecognizerFunc func(d *text.Doc) []Mention

// Recognize calls f(d).
func (f RecognizerFunc) Recognize(d *text.Doc) []Mention { return f(d) }

// Chain runs several recognizers and merges their mentions into one non-overlapping list:
//
//  1. Every mention is checked (offsets inside the text, a contract type) and trimmed: a leading
//     "the"/"The" and a trailing possessive are moved out of the span. Invalid mentions are dropped.
//  2. Overlaps are resolved greedily: longer spans first, then the earlier recognizer in Recognizers,
//     then the earlier start. A rule or model span that contains a gazetteer match therefore wins
//     ("Iranian Foreign Ministry" over "Iranian").
//  3. Canonical ids from the gazetteer win: a kept mention from another recognizer whose text is a
//     gazetteer name (of a compatible type) takes the gazetteer's Entity and Country; other entities
//     are normalized (NormalizeName, titles stripped for people); a kept mention with no Country takes
//     the country of the first country or demonym match it swallowed (model ORG "Iranian Foreign
//     Ministry" gets Country IRN).
//  4. Entities are resolved within the document (see Resolve), mentions sorted by Start and their
//     Sentence index filled.
//
// Chain is safe for concurrent use when its recognizers are.
type Chain struct {
	// Recognizers in priority order (earlier wins ties).
	Recognizers []Recognizer
	// Gazetteer canonicalizes names found by other recognizers; nil means DefaultGazetteer.
	Gazetteer *Gazetteer
}

// NewChain returns the default chain: rules, then the gazetteer, then model when it is not nil.
func NewChain(model Recognizer) (*Chain, error) {
	g, err := DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	rs := []Recognizer{&Rules{Gazetteer: g}, g}
	if model != nil {
		rs = append(rs, model)
	}
	return &Chain{Recognizers: rs, Gazetteer: g}, nil
}

// candidate is a mention with the rank of the recognizer that produced it.
type candidate struct {
	m    Mention
	rank int
}

// Recognize returns the merged, resolved mentions of d sorted by Start.
func (c *Chain) Recognize(d *text.Doc) []Mention {
	if d == nil {
		return nil
	}
	g := c.Gazetteer
	if g == nil {
		g, _ = DefaultGazetteer()
	}
	var cands []candidate
	scans := map[*Gazetteer][]hit{} // the gazetteer and the rules share one scan per gazetteer
	scan := func(g *Gazetteer) []hit {
		h, ok := scans[g]
		if !ok {
			h = g.scan(d)
			scans[g] = h
		}
		return h
	}
	for rank, r := range c.Recognizers {
		var ms []Mention
		switch r := r.(type) {
		case nil:
			continue
		case *Gazetteer:
			if r == nil {
				continue
			}
			ms = r.mentions(d, scan(r))
		case *Rules:
			if r == nil {
				continue
			}
			rg := r.Gazetteer
			if rg == nil {
				rg = g
			}
			if rg == nil {
				continue
			}
			ms = r.recognize(d, rg, scan(rg))
		default:
			ms = r.Recognize(d)
		}
		for _, m := range ms {
			if m, ok := clean(d.Text, m); ok {
				cands = append(cands, candidate{m: m, rank: rank})
			}
		}
	}
	cands = dropTitledSpans(cands)
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if n := cmp.Compare(b.m.End-b.m.Start, a.m.End-a.m.Start); n != 0 {
			return n
		}
		if n := cmp.Compare(a.rank, b.rank); n != 0 {
			return n
		}
		return cmp.Compare(a.m.Start, b.m.Start)
	})
	var kept []Mention
	var dropped []Mention
	for _, cd := range cands {
		if overlapsAny(kept, cd.m) {
			dropped = append(dropped, cd.m)
			continue
		}
		kept = insertSorted(kept, cd.m)
	}
	for i := range kept {
		m := &kept[i]
		ours := m.Source == SourceGazetteer || m.Source == SourceRule
		if !ours && g != nil {
			if e, ok := g.Lookup(m.Text); ok && typeCompatible(m.Type, e.Type) {
				m.Entity, m.Country = e.Entity, e.Country
				continue
			}
		}
		if m.Entity == "" || !ours {
			name := m.Entity
			if name == "" {
				name = m.Text
			}
			m.Entity = NormalizeName(name)
			if m.Type == PERSON {
				m.Entity = stripTitles(m.Entity)
			}
			if m.Entity == "" {
				m.Entity = NormalizeName(m.Text)
			}
		}
	}
	for _, dm := range dropped {
		if dm.Source != SourceGazetteer || !isISO3(dm.Entity) || (dm.Type != GPE && dm.Type != NORP) {
			continue
		}
		k, _ := slices.BinarySearchFunc(kept, dm.Start+1, func(m Mention, p int) int { return cmp.Compare(m.Start, p) })
		if k > 0 && kept[k-1].Start <= dm.Start && dm.End <= kept[k-1].End && kept[k-1].Country == "" &&
			kept[k-1].Type != GPE && kept[k-1].Type != NORP {
			kept[k-1].Country = dm.Entity
		}
	}
	kept = Resolve(kept)
	fillSentences(d, kept)
	return kept
}

// typeCompatible reports whether a gazetteer entry of type gaz may canonicalize a mention the
// recognizer typed as typ: same type, or places and organizations, which annotators often swap for
// countries acting as agents ("Syria has accused Israel").
func typeCompatible(typ, gaz string) bool {
	if typ == gaz {
		return true
	}
	switch typ {
	case GPE, LOC, ORG:
		return gaz == GPE || gaz == LOC || gaz == ORG
	}
	return false
}

// clean validates m against text and moves a leading determiner and a trailing possessive out of its
// span.
func clean(s string, m Mention) (Mention, bool) {
	if m.Start < 0 || m.End > len(s) || m.Start >= m.End || !validType(m.Type) {
		return m, false
	}
	t := s[m.Start:m.End]
	for _, p := range []string{"the ", "The ", "THE "} {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			m.Start += len(p)
			t = t[len(p):]
			break
		}
	}
	if tt := trimPossessive(t); len(tt) < len(t) {
		m.End -= len(t) - len(tt)
		t = tt
	}
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\n' || t[0] == '\t') {
		m.Start++
		t = t[1:]
	}
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\n' || t[len(t)-1] == '\t') {
		m.End--
		t = t[:len(t)-1]
	}
	if t == "" {
		return m, false
	}
	m.Text = t
	return m, true
}

// overlapsAny reports whether m overlaps a mention of sorted.
func overlapsAny(sorted []Mention, m Mention) bool {
	k, _ := slices.BinarySearchFunc(sorted, m.Start, func(x Mention, p int) int { return cmp.Compare(x.Start, p) })
	if k < len(sorted) && sorted[k].Start < m.End {
		return true
	}
	return k > 0 && sorted[k-1].End > m.Start
}

// insertSorted inserts m into ms keeping it sorted by Start.
func insertSorted(ms []Mention, m Mention) []Mention {
	k, _ := slices.BinarySearchFunc(ms, m.Start, func(x Mention, p int) int { return cmp.Compare(x.Start, p) })
	return slices.Insert(ms, k, m)
}

// isISO3 reports whether s looks like an ISO 3166-1 alpha-3 code.
func isISO3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// dropTitledSpans removes model mentions that swallowed a title: a mention from a recognizer other than
// the gazetteer and the rules that contains, and ends with, a PERSON the rules found after a title
// ("Secretary General Jens Stoltenberg" typed ORG, "Arab League Secretary-General Ahmed Aboul Gheit").
// The rules know where the title ends; the longer span would otherwise win the overlap.
func dropTitledSpans(cands []candidate) []candidate {
	var titled []Mention
	for _, c := range cands {
		if c.m.Source == SourceRule && c.m.Type == PERSON {
			titled = append(titled, c.m)
		}
	}
	if len(titled) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		drop := false
		if c.m.Source != SourceRule && c.m.Source != SourceGazetteer {
			for _, t := range titled {
				if t.End == c.m.End && t.Start > c.m.Start {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}
