package text

import (
	"math"
	"math/bits"
)

// The weights of a feature that touches many classes are also kept as a dense row, one int32 per
// class (zero for the classes it has no weight for), so that predict adds them eight classes at a
// time (addRows48, AVX2 assembly on amd64) instead of one block entry at a time: the features of
// a word's context ("i-1 word", "i+1 suffix", ...) touch 16-40 of the 45 classes, and their
// entries were most of predict's instructions. Integer sums do not depend on the order of the
// additions, and a zero added to a class leaves it as it was, so the scores, and the tags, are the
// same; the classes a feature touched still come from its block (scores.touched), not from the
// row. The rows exist only where the kernels are built (denseKernel) and for a model of at most
// denseWidth classes (prose's has 45); elsewhere every feature is added from its block.

// denseMin is the number of block entries from which a feature gets a dense row: below it the
// block's entries cost about as many instructions as the look-up of the row and its additions.
const denseMin = 12

// denseWidth is the number of int32s of a dense row: six AVX2 vectors.
const denseWidth = 48

// predictFeats bounds the number of features predict adds to a word's initial scores.
const predictFeats = 10

// denseTable maps the ids of the features that have a dense row to the row's offset in rows.
type denseTable struct {
	slots []uint64 // feature id (low half) and row offset (high half); open addressing, linear probing, at most half full; id -1 marks an empty slot
	shift uint32   // 32 - log2(len(slots))
	rows  []int32  // the rows, denseWidth int32s each
}

// denseHash returns the first slot to probe for feature id in a table of 1<<(32-shift) slots.
func denseHash(id int32, shift uint32) uint32 { return uint32(id) * 0x9e3779b1 >> shift }

// buildDense returns the dense rows of m's features of denseMin entries or more, nil where there
// is no vector kernel or the model has more than denseWidth classes. The blocks of m.data follow
// one another from offset 0 (buildTagModel and mergeBlocks append them whole); a walk that does not
// end exactly at the end of data gives no table, and predict then adds every feature from its
// block.
func buildDense(m *tagModel) *denseTable {
	if !denseKernel || len(m.classes) == 0 || len(m.classes) > denseWidth {
		return nil
	}
	var ids []int32
	id := 0
	for id < len(m.data) {
		n := int(m.data[id])
		if n < 0 || id+3+n > len(m.data) {
			return nil
		}
		if n >= denseMin {
			ids = append(ids, int32(id))
		}
		id += 3 + n
	}
	if id != len(m.data) || len(ids)*denseWidth > math.MaxInt32 {
		return nil
	}
	size, shift := 16, uint32(28)
	for size < 2*len(ids) {
		size, shift = size*2, shift-1
	}
	t := &denseTable{slots: make([]uint64, size), shift: shift, rows: make([]int32, denseWidth*len(ids))}
	for i := range t.slots {
		t.slots[i] = uint64(uint32(0xffffffff)) // id -1
	}
	for r, id := range ids {
		row := t.rows[r*denseWidth : (r+1)*denseWidth]
		d := m.data[id:]
		for _, e := range d[3 : 3+int(d[0])] {
			c := int(e & (maxClasses - 1))
			if c >= denseWidth {
				return nil // not a class of the model: leave every feature to its block
			}
			row[c] += e >> 8
		}
		i := denseHash(id, shift)
		for int32(t.slots[i]) >= 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.slots[i] = uint64(uint32(id)) | uint64(r*denseWidth)<<32
	}
	return t
}

// row returns the offset in t.rows of the dense row of feature id (>= 0), -1 if it has none.
func (t *denseTable) row(id int32) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := denseHash(id, t.shift); ; i = (i + 1) & mask {
		s := t.slots[i&mask]
		if int32(s) == id {
			return int32(s >> 32)
		}
		if int32(s) < 0 {
			return -1
		}
	}
}

// addAll adds the weights of the features ids (-1 for none) to sc: the features with a dense row
// with one call of addRows48, the others from their blocks (add).
func (m *tagModel) addAll(sc *scores, ids *[predictFeats]int32) {
	t := m.dense
	if t == nil {
		for _, id := range ids {
			m.add(sc, id)
		}
		return
	}
	var rows [predictFeats]*int32
	nr := 0
	for _, id := range ids {
		if id < 0 {
			continue
		}
		d := m.data[id:]
		n := int(d[0])
		if n >= denseMin {
			if r := t.row(id); r >= 0 {
				sc.touched |= uint64(uint32(d[1])) | uint64(uint32(d[2]))<<32
				rows[nr] = &t.rows[r]
				nr++
				continue
			}
		}
		m.add(sc, id)
	}
	if nr > 0 {
		addRows48(&sc.sum, &rows, nr)
	}
}

// bestTouchedGo returns the first class, in class order, of the greatest sum among the classes of
// touched (not 0): predict's loop, and the reference of bestTouched.
func bestTouchedGo(sum *[maxClasses]int32, touched uint64) int {
	t := touched
	best := bits.TrailingZeros64(t)
	bv := sum[best&(maxClasses-1)]
	for t &= t - 1; t != 0; t &= t - 1 { // the other touched classes in class order
		ci := bits.TrailingZeros64(t) & (maxClasses - 1)
		if v := sum[ci]; v > bv {
			best, bv = ci, v
		}
	}
	return best
}
