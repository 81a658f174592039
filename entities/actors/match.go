package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/geopol/geopol/text"
)

// pattern is one name of a dictionary record, for matching in text.
type pattern struct {
	actor  int32
	words  []string
	prefix bool // the last word may match a prefix of a text word
	cased  []bool
}

// matcher finds the names of a dictionary in tokenized text.
type matcher struct {
	byFirst  map[string][]pattern // first word → patterns, longest first
	byPrefix map[string][]pattern // one-word prefix patterns by their word
	prefixes []int                // the lengths of the byPrefix keys, ascending
}

func newMatcher(d *Dictionary) *matcher {
	m := &matcher{byFirst: map[string][]pattern{}, byPrefix: map[string][]pattern{}}
	lens := map[int]bool{}
	for i := range d.actors {
		for _, n := range d.actors[i].Names {
			ws := strings.Fields(n.Key)
			if len(ws) == 0 {
				continue
			}
			p := pattern{actor: int32(i), words: ws, prefix: n.Prefix && len(ws[len(ws)-1]) >= 4, cased: n.Cased}
			m.byFirst[ws[0]] = append(m.byFirst[ws[0]], p)
			if p.prefix && len(ws) == 1 {
				m.byPrefix[ws[0]] = append(m.byPrefix[ws[0]], p)
				lens[len(ws[0])] = true
			}
		}
	}
	for _, ps := range m.byFirst {
		slices.SortStableFunc(ps, func(a, b pattern) int { return cmp.Compare(len(b.words), len(a.words)) })
	}
	for l := range lens {
		m.prefixes = append(m.prefixes, l)
	}
	slices.Sort(m.prefixes)
	return m
}

// textWord is one Key word of a document, with the token it comes from.
type textWord struct {
	w           string
	tok         int32
	first, last bool // first and last word of its token
	lower       bool // the token is written all in lower case
}

// docWords splits the tokens of d into Key words.
func docWords(d *text.Doc) []textWord {
	ws := make([]textWord, 0, len(d.Tokens)+len(d.Tokens)/8)
	for i := range d.Tokens {
		t := d.TokenText(i)
		k := Key(t)
		if k == "" {
			ws = append(ws, textWord{w: "", tok: int32(i), first: true, last: true})
			continue
		}
		lower := strings.IndexFunc(t, unicode.IsUpper) < 0
		n := len(ws)
		for _, w := range strings.Split(k, " ") {
			ws = append(ws, textWord{w: w, tok: int32(i), lower: lower})
		}
		ws[n].first, ws[len(ws)-1].last = true, true
	}
	return ws
}

// span is a dictionary match: tokens First..Last of record Actor.
type span struct {
	first, last int
	actor       int32
}

// find returns the longest matches of the dictionary's names in ws, left to right, without overlaps.
func (m *matcher) find(ws []textWord) []span {
	var out []span
	for i := 0; i < len(ws); i++ {
		if !ws[i].first || ws[i].w == "" {
			continue
		}
		best, bestEnd := pattern{}, -1
		for _, p := range m.byFirst[ws[i].w] {
			if len(p.words) <= len(best.words) {
				break
			}
			if end, ok := p.matchAt(ws, i); ok {
				best, bestEnd = p, end
				break
			}
		}
		if bestEnd < 0 && len(m.prefixes) > 0 && ws[i].last {
			w := ws[i].w
			for _, l := range m.prefixes {
				if l >= len(w) {
					break
				}
				if ps := m.byPrefix[w[:l]]; len(ps) > 0 {
					if _, ok := ps[0].matchAt(ws, i); ok {
						best, bestEnd = ps[0], i
					}
				}
			}
		}
		if bestEnd < 0 {
			continue
		}
		out = append(out, span{first: int(ws[i].tok), last: int(ws[bestEnd].tok), actor: best.actor})
		i = bestEnd
	}
	return out
}

// matchAt reports whether p matches the words from i on, ending at a token end; it returns the index
// of the last word matched.
func (p pattern) matchAt(ws []textWord, i int) (int, bool) {
	if i+len(p.words) > len(ws) {
		return 0, false
	}
	for k, pw := range p.words {
		tw := ws[i+k]
		if k > 0 && tw.first && ws[i+k-1].tok+1 != tw.tok {
			return 0, false
		}
		if p.cased != nil && p.cased[k] && tw.lower {
			return 0, false
		}
		if tw.w == pw {
			continue
		}
		if k == len(p.words)-1 && p.prefix && strings.HasPrefix(tw.w, pw) {
			continue
		}
		return 0, false
	}
	end := i + len(p.words) - 1
	if !ws[end].last {
		return 0, false
	}
	return end, true
}
