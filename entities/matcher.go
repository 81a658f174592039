package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// caseMode says how the letter case of a surface form must agree with its pattern.
type caseMode uint8

const (
	// caseName accepts the pattern as written and case variants that keep every capital letter of the
	// pattern ("IRAN" and "Iran" for "Iran", never "iran"); lower-case pattern letters may be either case.
	caseName caseMode = iota
	// caseExact accepts only the pattern as written (acronyms: "US" but not "us", "WHO" but not "Who").
	caseExact
)

// trie is a byte trie over normalized pattern keys (see normKey). The root and the nodes with more
// than denseEdges edges have a dense table; other nodes keep their edges sorted in one shared slice,
// which keeps the structure compact and the walk free of map look-ups.
type trie struct {
	root  [256]int32
	nodes []tnode
	edges []tedge
	dense [][256]int32 // the dense tables of nodes with many edges (tnode.dense)
	terms [][]int32    // per terminal: pattern indexes, best first
}

// denseEdges is the number of edges above which a node has a dense table.
const denseEdges = 8

type tnode struct {
	lo, hi int32 // edges[lo:hi]
	term   int32 // index into terms, or -1
	dense  int32 // 1 + index into dense, or 0
}

type tedge struct {
	b     byte
	child int32
}

// buildTrie builds the trie of keys; keys[i] belongs to pattern i. Patterns sharing a key keep the
// order of order (a permutation of pattern indexes, best first).
func buildTrie(keys []string, order []int32) *trie {
	type bnode struct {
		kids map[byte]int32
		term []int32
	}
	bn := []bnode{{kids: map[byte]int32{}}}
	for _, pi := range order {
		k := keys[pi]
		if k == "" {
			continue
		}
		n := int32(0)
		for i := 0; i < len(k); i++ {
			c, ok := bn[n].kids[k[i]]
			if !ok {
				c = int32(len(bn))
				bn = append(bn, bnode{kids: map[byte]int32{}})
				bn[n].kids[k[i]] = c
			}
			n = c
		}
		bn[n].term = append(bn[n].term, pi)
	}
	t := &trie{nodes: make([]tnode, len(bn))}
	for i, b := range bn {
		nd := tnode{lo: int32(len(t.edges)), term: -1}
		bs := make([]byte, 0, len(b.kids))
		for c := range b.kids {
			bs = append(bs, c)
		}
		slices.Sort(bs)
		for _, c := range bs {
			t.edges = append(t.edges, tedge{b: c, child: b.kids[c]})
			if i == 0 {
				t.root[c] = b.kids[c]
			}
		}
		nd.hi = int32(len(t.edges))
		if i > 0 && nd.hi-nd.lo > denseEdges {
			var tab [256]int32
			for _, e := range t.edges[nd.lo:nd.hi] {
				tab[e.b] = e.child
			}
			t.dense = append(t.dense, tab)
			nd.dense = int32(len(t.dense))
		}
		if len(b.term) > 0 {
			nd.term = int32(len(t.terms))
			t.terms = append(t.terms, b.term)
		}
		t.nodes[i] = nd
	}
	return t
}

// step follows the edge labelled c from node n; it returns 0 when there is none (node 0, the root,
// is never a child).
func (t *trie) step(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	nd := &t.nodes[n]
	if nd.dense > 0 {
		return t.dense[nd.dense-1][c]
	}
	for _, e := range t.edges[nd.lo:nd.hi] {
		if e.b == c {
			return e.child
		}
		if e.b > c {
			return 0
		}
	}
	return 0
}

// normKey is the trie key of a pattern: lower case, runs of white space as one space, typographic
// apostrophes as "'".
func normKey(s string) string { return string(appendNormKey(nil, s)) }

// appendNormKey appends normKey(s) to b.
func appendNormKey(b []byte, s string) []byte {
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, foldRune(r))
	}
	return b
}

// foldRune lower-cases r and maps typographic apostrophes to "'".
func foldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

// match is one trie match: the byte span and the terminal it reached.
type match struct {
	start, end int
	term       int32
	endTok     int // index of the token that contains end-1
}

// walker runs the trie over a document's tokens.
type walker struct {
	t   *trie
	doc *text.Doc
}

// innerEnd reports whether a match may end at byte p inside token text tok[... p ... end): before a
// hyphen or slash ("U.S.-led", "Iranian-backed") or before a possessive ending ("Iran's").
func innerEnd(s string, p, end int) bool {
	switch s[p] {
	case '-', '/':
		return true
	case '\'':
		return end-p == 1 || (end-p == 2 && (s[p+1] == 's' || s[p+1] == 'S'))
	case 0xE2: // ’
		if strings.HasPrefix(s[p:end], "’") {
			n := end - p - len("’")
			return n == 0 || (n == 1 && (s[end-1] == 's' || s[end-1] == 'S'))
		}
	}
	return false
}

// gapSep classifies the text between two tokens: 0 adjacent, 1 white space (one key space), -1 other
// text or a paragraph break (a match may not cross it).
func gapSep(s string) int {
	if s == "" {
		return 0
	}
	nl := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r':
		case '\n':
			nl++
			if nl > 1 {
				return -1
			}
		default:
			if s[i] >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					continue
				}
			}
			return -1
		}
	}
	return 1
}

// longest walks the trie from byte position start inside token tok and appends to buf every position
// where a pattern ends on an allowed boundary, shortest first.
func (w *walker) longest(start, tok int, buf []match) []match {
	t := w.t
	s := w.doc.Text
	toks := w.doc.Tokens
	n := int32(0)
	p := start
	var rb [utf8.UTFMax]byte
	for {
		end := toks[tok].End
		for p < end {
			if p > start && t.nodes[n].term >= 0 && innerEnd(s, p, end) {
				buf = append(buf, match{start: start, end: p, term: t.nodes[n].term, endTok: tok})
			}
			c := s[p]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if n = t.step(n, c); n == 0 {
					return buf
				}
				p++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[p:])
			k := utf8.EncodeRune(rb[:], foldRune(r))
			for i := 0; i < k; i++ {
				if n = t.step(n, rb[i]); n == 0 {
					return buf
				}
			}
			p += size
		}
		if t.nodes[n].term >= 0 {
			buf = append(buf, match{start: start, end: end, term: t.nodes[n].term, endTok: tok})
		}
		tok++
		if tok >= len(toks) {
			return buf
		}
		switch gapSep(s[end:toks[tok].Start]) {
		case -1:
			return buf
		case 1:
			if n = t.step(n, ' '); n == 0 {
				return buf
			}
		}
		p = toks[tok].Start
	}
}

// asciiSpace reports whether the ASCII byte c is white space (unicode.IsSpace).
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// caseOK reports whether surface agrees with pattern under mode. Both are known to be equal after
// normKey, except that white space in surface may be any run (or absent between adjacent tokens).
func caseOK(pattern string, mode caseMode, surface string) bool {
	if pattern == surface {
		return true
	}
	i, j := 0, 0
	for i < len(pattern) && j < len(surface) {
		pc, sc := pattern[i], surface[j]
		if pc >= utf8.RuneSelf || sc >= utf8.RuneSelf {
			return caseOKRunes(pattern[i:], mode, surface[j:])
		}
		// Two ASCII bytes: the rules of caseOKRunes, with the ASCII white space and capitals.
		switch {
		case asciiSpace(pc):
			i++
			continue
		case asciiSpace(sc):
			j++
			continue
		}
		i++
		j++
		if pc == sc {
			continue
		}
		if mode == caseExact || 'A' <= pc && pc <= 'Z' && (sc < 'A' || sc > 'Z') {
			return false
		}
	}
	return true
}

// caseOKRunes is caseOK rune by rune.
func caseOKRunes(pattern string, mode caseMode, surface string) bool {
	i, j := 0, 0
	for i < len(pattern) && j < len(surface) {
		pr, ps := utf8.DecodeRuneInString(pattern[i:])
		sr, ss := utf8.DecodeRuneInString(surface[j:])
		if unicode.IsSpace(pr) {
			i += ps
			continue
		}
		if unicode.IsSpace(sr) {
			j += ss
			continue
		}
		i += ps
		j += ss
		if pr == sr {
			continue
		}
		if foldRune(pr) == '\'' && foldRune(sr) == '\'' {
			continue
		}
		if mode == caseExact {
			return false
		}
		if unicode.IsUpper(pr) && !unicode.IsUpper(sr) {
			return false
		}
	}
	return true
}
