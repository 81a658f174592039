package ner

import (
	"fmt"
	"strings"
)

// TokenSpan is an entity span over tokens: the tokens [Start, End) of a sentence, of type Type.
type TokenSpan struct {
	Start, End int
	Type       string
}

// Tag prefixes of the BILOU scheme: Begin, Inside, Last, Outside, Unit.
const (
	prefixB = "B-"
	prefixI = "I-"
	prefixL = "L-"
	prefixU = "U-"
	tagO    = "O"
)

// EncodeBILOU returns the BILOU labels of a sentence of n tokens with the given entity spans
// ("U-per" for a one-token span, "B-org", "I-org", "L-org" for longer ones, "O" outside).
// Spans must lie inside [0, n), be non-empty and not overlap.
func EncodeBILOU(n int, spans []TokenSpan) ([]string, error) {
	labels := make([]string, n)
	for i := range labels {
		labels[i] = tagO
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			return nil, fmt.Errorf("ner: span [%d,%d) out of range for %d tokens", s.Start, s.End, n)
		}
		if s.Type == "" || strings.Contains(s.Type, "-") {
			return nil, fmt.Errorf("ner: bad span type %q", s.Type)
		}
		for i := s.Start; i < s.End; i++ {
			if labels[i] != tagO {
				return nil, fmt.Errorf("ner: span [%d,%d) %s overlaps another span", s.Start, s.End, s.Type)
			}
		}
		if s.End-s.Start == 1 {
			labels[s.Start] = prefixU + s.Type
			continue
		}
		labels[s.Start] = prefixB + s.Type
		for i := s.Start + 1; i < s.End-1; i++ {
			labels[i] = prefixI + s.Type
		}
		labels[s.End-1] = prefixL + s.Type
	}
	return labels, nil
}

// splitLabel splits "B-org" into 'B' and "org"; "O" and malformed labels give 'O'.
func splitLabel(l string) (byte, string) {
	if len(l) < 3 || l[1] != '-' {
		return 'O', ""
	}
	switch l[0] {
	case 'B', 'I', 'L', 'U':
		return l[0], l[2:]
	}
	return 'O', ""
}

// tagSet is the label inventory of a model: tag 0 is O, then B, I, L, U for each type in order.
type tagSet struct {
	types  []string
	labels []string // labels[tag]
	// allowed[cur*n+prev] reports whether cur may follow prev; start[t] and end[t] whether a
	// sentence may begin or end with t.
	allowed    []bool
	start, end []bool
	// preds[cur] lists the tags allowed before cur, in increasing order.
	preds [][]uint8
	// predFlat holds the preds lists one after the other; those of cur are
	// predFlat[predOff[cur]:predOff[cur+1]].
	predFlat []uint8
	predOff  []int
	// closed lists the tags after which a span may open (O, L-x, U-x: the predecessors of O),
	// and opening the tags whose predecessors are exactly the closed tags (O, B-x, U-x); other
	// tags (I-x, L-x) are rest. Viterbi scores the closed × opening block in one tight loop.
	closed, opening, rest []uint8
}

// Tag kinds within a type's block of four.
const (
	kindB = iota
	kindI
	kindL
	kindU
)

func newTagSet(types []string) *tagSet {
	ts := &tagSet{types: types}
	n := 1 + 4*len(types)
	ts.labels = make([]string, n)
	ts.labels[0] = tagO
	for i, t := range types {
		ts.labels[1+4*i+kindB] = prefixB + t
		ts.labels[1+4*i+kindI] = prefixI + t
		ts.labels[1+4*i+kindL] = prefixL + t
		ts.labels[1+4*i+kindU] = prefixU + t
	}
	ts.allowed = make([]bool, n*n)
	ts.start = make([]bool, n)
	ts.end = make([]bool, n)
	for cur := range n {
		k, ty := ts.kind(cur)
		ts.start[cur] = cur == 0 || k == kindB || k == kindU
		ts.end[cur] = cur == 0 || k == kindL || k == kindU
		for prev := range n {
			pk, pty := ts.kind(prev)
			open := prev != 0 && (pk == kindB || pk == kindI) // prev leaves a span open
			var ok bool
			if open {
				ok = cur != 0 && (k == kindI || k == kindL) && ty == pty
			} else {
				ok = cur == 0 || k == kindB || k == kindU
			}
			ts.allowed[cur*n+prev] = ok
		}
	}
	ts.preds = make([][]uint8, n)
	for cur := range n {
		for prev := range n {
			if ts.allowed[cur*n+prev] {
				ts.preds[cur] = append(ts.preds[cur], uint8(prev))
			}
		}
	}
	ts.closed = ts.preds[0]
	for cur := range n {
		if string(ts.preds[cur]) == string(ts.closed) {
			ts.opening = append(ts.opening, uint8(cur))
		} else {
			ts.rest = append(ts.rest, uint8(cur))
		}
	}
	ts.predOff = make([]int, n+1)
	for cur := range n {
		ts.predFlat = append(ts.predFlat, ts.preds[cur]...)
		ts.predOff[cur+1] = len(ts.predFlat)
	}
	return ts
}

func (ts *tagSet) n() int { return len(ts.labels) }

// kind returns the BILU kind and the type index of a non-O tag.
func (ts *tagSet) kind(tag int) (int, int) {
	if tag == 0 {
		return -1, -1
	}
	return (tag - 1) % 4, (tag - 1) / 4
}

// index returns the tag of a label, or -1 if the label is not in the set. Labels of types
// outside the set map to O.
func (ts *tagSet) index(label string) int {
	p, t := splitLabel(label)
	if p == 'O' {
		if label == tagO || label == "" {
			return 0
		}
		return -1
	}
	for i, ty := range ts.types {
		if ty == t {
			k := kindU
			switch p {
			case 'B':
				k = kindB
			case 'I':
				k = kindI
			case 'L':
				k = kindL
			}
			return 1 + 4*i + k
		}
	}
	return 0
}
