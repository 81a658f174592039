package syntax

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root
// placed after the last token (Ballesteros and Nivre 2013):
//
//	SHIFT      move the first buffer item b0 onto the stack
//	LEFT(l)    make b0 the head of the stack top s0 with relation l, pop s0
//	RIGHT(l)   make s1 (the item under s0) the head of s0 with relation l, pop s0
//
// The buffer is always a suffix of the sentence followed by the root, so it is held as the index
// b of its first item. LEFT onto the root is allowed only when the stack holds one item, with
// relation root, which gives every parse exactly one root; a sentence of n tokens takes exactly
// 2n transitions.

// Classes: 0 is SHIFT, 1+l is LEFT(l), 1+numLabels+l is RIGHT(l).
const (
	classShift = 0
	numClasses = 1 + 2*int(numLabels)
)

func leftClass(l Label) int  { return 1 + int(l) }
func rightClass(l Label) int { return 1 + int(numLabels) + int(l) }

// classMove splits a class into its move (0 shift, 1 left, 2 right) and relation.
func classMove(c int) (int, Label) {
	switch {
	case c == classShift:
		return 0, 0
	case c <= int(numLabels):
		return 1, Label(c - 1)
	default:
		return 2, Label(c - 1 - int(numLabels))
	}
}

// none marks a missing position or child.
const none = -1

// state is a parser configuration over n tokens; the root is item n.
type state struct {
	n     int
	stack []int32
	b     int
	head  []int32 // predicted head, none while unattached; n for the root
	label []Label
	// Children, for features: the two leftmost left children, the two rightmost right children
	// and the sets of their relations (bit l set when a child has relation l).
	l1, l2, r1, r2 []int32
	lset, rset     []uint64
}

// reset prepares s for a sentence of n tokens, reusing its buffers.
func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	s.head = fill32(s.head, n+1, none)
	s.label = fillT(s.label, n+1, Dep)
	s.l1 = fill32(s.l1, n+1, none)
	s.l2 = fill32(s.l2, n+1, none)
	s.r1 = fill32(s.r1, n+1, none)
	s.r2 = fill32(s.r2, n+1, none)
	s.lset = fillT(s.lset, n+1, 0)
	s.rset = fillT(s.rset, n+1, 0)
}

func fill32(x []int32, n int, v int32) []int32 {
	if cap(x) < n {
		x = make([]int32, n)
	}
	x = x[:n]
	for i := range x {
		x[i] = v
	}
	return x
}

func fillT[T any](x []T, n int, v T) []T {
	if cap(x) < n {
		x = make([]T, n)
	}
	x = x[:n]
	for i := range x {
		x[i] = v
	}
	return x
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

// top returns the k-th stack item from the top (0 is s0), or none.
func (s *state) top(k int) int {
	if k < len(s.stack) {
		return int(s.stack[len(s.stack)-1-k])
	}
	return none
}

// valid reports whether class c may be applied.
func (s *state) valid(c int) bool {
	m, l := classMove(c)
	switch m {
	case 0:
		return s.b < s.n
	case 1:
		if len(s.stack) == 0 {
			return false
		}
		if s.b == s.n {
			return len(s.stack) == 1 && l == Root
		}
		return l != Root
	default:
		return len(s.stack) >= 2 && l != Root
	}
}

// apply performs class c, which must be valid.
func (s *state) apply(c int) {
	m, l := classMove(c)
	switch m {
	case 0:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case 1:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(int32(s.b), d, l)
	default:
		d := s.stack[len(s.stack)-1]
		h := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(h, d, l)
	}
}

func (s *state) attach(h, d int32, l Label) {
	s.head[d] = h
	s.label[d] = l
	if d < h {
		// left children arrive from the nearest to the farthest
		s.l2[h] = s.l1[h]
		s.l1[h] = d
		s.lset[h] |= 1 << l
	} else {
		s.r2[h] = s.r1[h]
		s.r1[h] = d
		s.rset[h] |= 1 << l
	}
}

// costs sets cost[c] for every valid class c to the number of gold arcs that applying c makes
// unreachable (the dynamic oracle of Goldberg and Nivre 2013 for arc-hybrid, exact for
// projective gold trees), and to -1 for invalid classes. gh is the gold head (n for the root),
// gl the gold relation; onStack marks the stack items.
func (s *state) costs(gh []int32, gl []Label, onStack []bool, cost []int) {
	for c := range cost {
		cost[c] = -1
	}
	s0, s1 := s.top(0), s.top(1)
	if s.b < s.n {
		// SHIFT loses b0's dependents on the stack and a head below s0.
		c := 0
		for _, k := range s.stack {
			if int(gh[k]) == s.b {
				c++
			}
		}
		if h := int(gh[s.b]); h < s.b && onStack[h] && h != s0 {
			c++
		} else if h == s.n && len(s.stack) > 0 {
			// the root word can take the root as its head only from the bottom of the stack
			c++
		}
		cost[classShift] = c
	}
	if s0 == none {
		return
	}
	deps := 0 // s0's dependents still in the buffer
	for d := s.b; d < s.n; d++ {
		if int(gh[d]) == s0 {
			deps++
		}
	}
	h := int(gh[s0])
	// The root can still become s0's head only if s0 is alone on the stack.
	rootReachable := h == s.n && len(s.stack) == 1
	// LEFT: head b0.
	for l := Label(0); l < numLabels; l++ {
		c := leftClass(l)
		if !s.valid(c) {
			continue
		}
		k := deps
		if h == s1 || h > s.b && (h < s.n || rootReachable) {
			k++
		}
		if h == s.b && gl[s0] != l {
			k++
		}
		cost[c] = k
	}
	if s1 == none {
		return
	}
	for l := Label(0); l < numLabels; l++ {
		c := rightClass(l)
		if !s.valid(c) {
			continue
		}
		k := deps
		if h >= s.b && h < s.n {
			k++
		}
		if h == s1 && gl[s0] != l {
			k++
		}
		cost[c] = k
	}
}
