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
	maxWords int                  // the most words of a name
}

func newMatcher(d *Dictionary) *matcher {
	m := &matcher{byFirst: map[string][]pattern{}, byPrefix: map[string][]pattern{}}
	lens := map[int]bool{}
	for i := range d.actors {
		if d.actors[i].Agent {
			continue // agent phrases are title words, never marked
		}
		for _, n := range d.actors[i].Names {
			ws := strings.Fields(n.Key)
			if len(ws) == 0 {
				continue
			}
			p := pattern{actor: int32(i), words: ws, prefix: n.Prefix && len(ws[len(ws)-1]) >= 4, cased: n.Cased}
			m.byFirst[ws[0]] = append(m.byFirst[ws[0]], p)
			m.maxWords = max(m.maxWords, len(ws))
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

// span is a dictionary match: tokens first..last of record actor.
type span struct {
	first, last int
	actor       int32
}

// find returns the longest matches of the dictionary's names in d, left to right, without
// overlaps. The Keys of all tokens are written into one string; the words of the tokens after a
// token where a name starts are split from it only then.
func (m *matcher) find(d *text.Doc) []span {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	kb := make([]byte, 0, len(d.Text)+len(d.Text)/8)
	ends := make([]int32, len(d.Tokens)) // end of token i's Key in kb; it starts at ends[i-1]
	lower := make([]bool, len(d.Tokens))
	for i := range d.Tokens {
		t := d.TokenText(i)
		kb = appendKey(kb, t)
		ends[i] = int32(len(kb))
		lower[i] = strings.IndexFunc(t, unicode.IsUpper) < 0
	}
	keys := string(kb)
	keyOf := func(i int) string {
		a := int32(0)
		if i > 0 {
			a = ends[i-1]
		}
		return keys[a:ends[i]]
	}
	var out []span
	var ws []textWord
	for i := 0; i < len(d.Tokens); i++ {
		k := keyOf(i)
		first, _, multi := strings.Cut(k, " ")
		if first == "" {
			continue
		}
		cands := m.byFirst[first]
		prefix := false
		if len(cands) == 0 && len(m.prefixes) > 0 && !multi {
			for _, l := range m.prefixes {
				if l >= len(first) {
					break
				}
				if len(m.byPrefix[first[:l]]) > 0 {
					prefix = true
					break
				}
			}
		}
		if len(cands) == 0 && !prefix {
			continue
		}
		// The words of tokens i.. up to the longest name.
		ws = ws[:0]
		for j := i; j < len(d.Tokens) && len(ws) < m.maxWords; j++ {
			kj := keyOf(j)
			if kj == "" {
				ws = append(ws, textWord{tok: int32(j), first: true, last: true})
				continue
			}
			n := len(ws)
			for kj != "" {
				var w string
				w, kj, _ = strings.Cut(kj, " ")
				ws = append(ws, textWord{w: w, tok: int32(j), lower: lower[j]})
			}
			ws[n].first, ws[len(ws)-1].last = true, true
		}
		best, bestEnd := pattern{}, -1
		for _, p := range cands {
			if end, ok := p.matchAt(ws, 0); ok {
				best, bestEnd = p, end
				break
			}
		}
		if bestEnd < 0 && prefix {
			for _, l := range m.prefixes {
				if l >= len(first) {
					break
				}
				if ps := m.byPrefix[first[:l]]; len(ps) > 0 {
					if _, ok := ps[0].matchAt(ws, 0); ok {
						best, bestEnd = ps[0], 0
					}
				}
			}
		}
		if bestEnd < 0 {
			continue
		}
		out = append(out, span{first: i, last: int(ws[bestEnd].tok), actor: best.actor})
		i = int(ws[bestEnd].tok)
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
