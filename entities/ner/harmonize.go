package ner

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Harmonize is the document-level consistency pass over the mentions a model found in d:
//
//  1. A one-word mention that is the surname of a person named in full earlier in the document
//     ("Merkel" after "Angela Merkel") becomes a PERSON whose Entity is the full name, unless
//     the surname belongs to two different people there.
//  2. Every mention of the same surface string takes the type most of them have (ties go to
//     the first mention's type).
//  3. Other occurrences of a recognized surface string (capitalized, token-aligned, inside a
//     sentence and not overlapping a mention) become mentions too, as do later occurrences of
//     the surnames of step 1.
//
// The result is sorted by position. ms is not modified.
func Harmonize(d *text.Doc, ms []entities.Mention) []entities.Mention {
	return harmonize(d, slices.Clone(ms))
}

// harmonize is Harmonize on mentions the caller gives up: it works in ms, which the result may
// share. (Recognize gives it the slice it has just built, which saves a copy per document.)
func harmonize(d *text.Doc, out []entities.Mention) []entities.Mention {
	if d == nil || len(out) == 0 {
		return out
	}
	if !slices.IsSortedFunc(out, entities.ByPosition) {
		slices.SortStableFunc(out, entities.ByPosition)
	}
	// 1. Surnames.
	type alias struct {
		full      string
		at        int // byte offset after which the alias applies
		ambiguous bool
	}
	// The normalized surface of every mention, which steps 1 and 2 look up (they change types and
	// entities, never texts).
	keys := make([]string, len(out))
	for i := range out {
		keys[i] = NormalizeSurface(out[i].Text)
	}
	surnames := map[string]*alias{}
	for i := range out {
		m := &out[i]
		if m.Type == entities.PERSON {
			if sp := strings.LastIndexByte(m.Entity, ' '); sp >= 0 {
				sur := m.Entity[sp+1:]
				if a, ok := surnames[sur]; !ok {
					surnames[sur] = &alias{full: m.Entity, at: m.End}
				} else if a.full != m.Entity && !strings.HasSuffix(a.full, " "+m.Entity) && !strings.HasSuffix(m.Entity, " "+a.full) {
					a.ambiguous = true
				}
				continue
			}
		}
		if a, ok := surnames[keys[i]]; ok && !a.ambiguous && m.Start >= a.at {
			m.Type, m.Entity = entities.PERSON, a.full
		}
	}
	// 2. Majority type per surface.
	type typeCount struct {
		typ string
		n   int
	}
	// A surface's mentions have one or two types but rarely more: the counts are a short list in
	// the tally itself rather than a map per surface.
	type tally struct {
		counts []typeCount // in order of first occurrence
		buf    [2]typeCount
		first  string
		major  string // the majority type, once computed
	}
	tallies := map[string]*tally{}
	for i, m := range out {
		t, ok := tallies[keys[i]]
		if !ok {
			t = &tally{first: m.Type}
			t.counts = t.buf[:0]
			tallies[keys[i]] = t
		}
		k := 0
		for k < len(t.counts) && t.counts[k].typ != m.Type {
			k++
		}
		if k == len(t.counts) {
			t.counts = append(t.counts, typeCount{typ: m.Type})
		}
		t.counts[k].n++
	}
	majority := func(k string) string {
		t := tallies[k]
		if t.major != "" {
			return t.major
		}
		best := t.first
		if len(t.counts) > 1 { // a single type is the first mention's
			// In type order, a count above the best so far wins: ties go to the first mention's
			// type, then to the first type in order.
			slices.SortFunc(t.counts, func(a, b typeCount) int { return strings.Compare(a.typ, b.typ) })
			bestN := 0
			for _, c := range t.counts {
				if c.typ == best {
					bestN = c.n
				}
			}
			for _, c := range t.counts {
				if c.n > bestN {
					best, bestN = c.typ, c.n
				}
			}
		}
		t.major = best
		return best
	}
	for i := range out {
		m := &out[i]
		if typ := majority(keys[i]); typ != m.Type {
			m.Type = typ
			m.Entity = EntityName(typ, m.Text)
		}
	}
	// 3. Propagation to unrecognized occurrences.
	var extra []cand
	for _, sur := range slices.Sorted(maps.Keys(surnames)) {
		if a := surnames[sur]; !a.ambiguous {
			extra = append(extra, cand{toks: []string{sur}, typ: entities.PERSON, entity: a.full, after: a.at})
		}
	}
	return propagateKeys(d, out, keys, extra, maxScan)
}

// cand is a token sequence to look for in step 3 of Harmonize.
type cand struct {
	toks   []string
	typ    string
	entity string
	after  int // only at byte offsets >= after
}

func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func propagate(d *text.Doc, ms []entities.Mention, extra []cand) []entities.Mention {
	return propagateScan(d, ms, extra, maxScan)
}

// propagateScan is propagate with the number of candidates sharing a first word up to which they are
// tried one by one (above it, they are looked up by their words: same result, less time).
func propagateScan(d *text.Doc, ms []entities.Mention, extra []cand, scan int) []entities.Mention {
	return propagateKeys(d, ms, nil, extra, scan)
}

// propagateKeys is propagateScan given the normalized surfaces of ms (keys[i] is
// NormalizeSurface(ms[i].Text)), which Harmonize has made already; keys nil: none given.
func propagateKeys(d *text.Doc, ms []entities.Mention, keys []string, extra []cand, scan int) []entities.Mention {
	toks := d.Tokens
	covered := make([]bool, len(toks))
	tokAt := func(off int) int { return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off }) }
	byFirst := map[string][]cand{}
	seen := map[string]bool{}
	for mi, m := range ms {
		a := tokAt(m.Start)
		b := a
		for b < len(toks) && toks[b].End <= m.End {
			covered[b] = true
			b++
		}
		if a >= b || toks[a].Start != m.Start || toks[b-1].End != m.End || !upperInitial(m.Text) {
			continue
		}
		var key string
		if keys != nil {
			key = keys[mi]
		} else {
			key = NormalizeSurface(m.Text)
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		c := cand{toks: make([]string, 0, b-a), typ: m.Type, entity: m.Entity}
		for i := a; i < b; i++ {
			c.toks = append(c.toks, d.Text[toks[i].Start:toks[i].End])
		}
		byFirst[c.toks[0]] = append(byFirst[c.toks[0]], c)
	}
	for _, c := range extra {
		if !seen[c.toks[0]] {
			byFirst[c.toks[0]] = append(byFirst[c.toks[0]], c)
		}
	}
	if len(byFirst) == 0 {
		return ms
	}
	for k := range byFirst { // longest candidates first, then by surface, for determinism
		slices.SortFunc(byFirst[k], func(x, y cand) int {
			return cmp.Or(cmp.Compare(len(y.toks), len(x.toks)), slices.Compare(x.toks, y.toks))
		})
	}
	sentOf := func(tok int) int {
		i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Last > tok })
		if i == len(d.Sentences) {
			return -1
		}
		return i
	}
	// The first bytes of the candidates' first words: a token that starts with another byte (most
	// tokens: candidates are mostly capitalized) has no candidate, without a map lookup.
	var firsts [4]uint64
	for k := range byFirst {
		if k != "" {
			firsts[k[0]>>6] |= 1 << (k[0] & 63)
		}
	}
	added := false
	n0 := len(ms)
	indexes := map[string]*candIndex{}
	for i := 0; i < len(toks); i++ {
		tok := &toks[i]
		if covered[i] || !validSpan(d.Text, tok.Start, tok.End) {
			continue
		}
		w := d.Text[tok.Start:tok.End]
		if w != "" && firsts[w[0]>>6]&(1<<(w[0]&63)) == 0 {
			continue
		}
		cs := byFirst[w]
		if len(cs) == 0 {
			continue
		}
		si := sentOf(i)
		if len(d.Sentences) == 0 {
			si = 0
		}
		if si < 0 {
			continue
		}
		last := len(toks)
		if len(d.Sentences) > 0 {
			last = min(last, d.Sentences[si].Last)
		}
		var c cand
		found := false
		if len(cs) <= scan {
			for _, x := range cs {
				if fitsAt(d, covered, i, last, x) {
					c, found = x, true
					break
				}
			}
		} else {
			// Many candidates share this first word: look up the ones whose words are those of the
			// text, longest first, instead of trying them all.
			ix := indexes[cs[0].toks[0]]
			if ix == nil {
				ix = newCandIndex(cs)
				indexes[cs[0].toks[0]] = ix
			}
			c, found = ix.find(d, covered, i, last)
		}
		if found {
			start, end := toks[i].Start, toks[i+len(c.toks)-1].End
			ms = append(ms, entities.Mention{
				Start: start, End: end, Text: d.Text[start:end], Type: c.typ,
				Entity: c.entity, Sentence: si, Source: Source,
			})
			for j := range c.toks {
				covered[i+j] = true
			}
			i += len(c.toks) - 1
			added = true
		}
	}
	if added {
		// The new mentions were appended in text order after the sorted ones: merge the two runs
		// (what a stable sort of the whole would give, in linear time).
		ms = entities.MergeMentions(ms[:n0], ms[n0:])
	}
	return ms
}

// fitsAt reports whether candidate c occurs at token i (before token last), on tokens not covered
// by a mention, and at or after c.after.
func fitsAt(d *text.Doc, covered []bool, i, last int, c cand) bool {
	toks := d.Tokens
	if toks[i].Start < c.after || i+len(c.toks) > last {
		return false
	}
	for j, w := range c.toks {
		t := toks[i+j]
		if covered[i+j] || !validSpan(d.Text, t.Start, t.End) || d.Text[t.Start:t.End] != w {
			return false
		}
	}
	return true
}

// maxScan is the number of candidates sharing a first word above which propagate looks them up by
// their words rather than trying each one at every occurrence of that word.
const maxScan = 8

// candIndex indexes candidates that share their first word (sorted longest first, then by words) by
// length and by a hash of their words.
type candIndex struct {
	cs     []cand
	lens   []int            // the distinct lengths, longest first
	byHash map[uint64][]int // hash of the words → indexes into cs, in cs order
}

func newCandIndex(cs []cand) *candIndex {
	ix := &candIndex{cs: cs, byHash: map[uint64][]int{}}
	for k, c := range cs {
		if n := len(ix.lens); n == 0 || ix.lens[n-1] != len(c.toks) {
			ix.lens = append(ix.lens, len(c.toks))
		}
		h := wordsHash(len(c.toks), func(j int) string { return c.toks[j] })
		ix.byHash[h] = append(ix.byHash[h], k)
	}
	return ix
}

// find returns the first candidate, in cs order, that fits at token i: for each length, longest
// first, only the candidates whose words hash like the text's are tried.
func (ix *candIndex) find(d *text.Doc, covered []bool, i, last int) (cand, bool) {
	toks := d.Tokens
	for _, n := range ix.lens {
		if i+n > last {
			continue
		}
		ok := true
		for j := i; j < i+n; j++ {
			if !validSpan(d.Text, toks[j].Start, toks[j].End) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		h := wordsHash(n, func(j int) string { return d.Text[toks[i+j].Start:toks[i+j].End] })
		for _, k := range ix.byHash[h] {
			if c := ix.cs[k]; len(c.toks) == n && fitsAt(d, covered, i, last, c) {
				return c, true
			}
		}
	}
	return cand{}, false
}

// wordsHash hashes n words (FNV-1a, with a separator byte after each word).
func wordsHash(n int, word func(int) string) uint64 {
	h := uint64(14695981039346656037)
	for j := range n {
		w := word(j)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211
	}
	return h
}
