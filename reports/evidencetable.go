package reports

// keyTable finds the candidates of a document's keys (digest.cands) by key: an open-addressing
// table of candidate indexes plus one (0: an empty slot), probed linearly from the key's
// keyState. It replaces a map from EvidenceKey, which hashed the key's three strings again for
// every offer and a second time to insert a new key; the state it probes with is the one keyHash
// continues with the document id, so a new key's rank costs only the id's bytes more.
type keyTable struct {
	slots []int32
	used  int
}

// find returns the index in cands of the candidate of key k, whose keyState is st, or -1 and the
// slot where insert puts it.
func (t *keyTable) find(cands []candidate, k EvidenceKey, st uint64) (slot int, i int32) {
	if len(t.slots) == 0 {
		t.slots = make([]int32, 64)
	}
	mask := len(t.slots) - 1
	for j := int(mix64(st)) & mask; ; j = (j + 1) & mask {
		e := t.slots[j]
		if e == 0 {
			return j, -1
		}
		if c := &cands[e-1]; c.state == st && c.key == k {
			return j, e - 1
		}
	}
}

// insert puts the last candidate of cands, new, at slot (from find), growing the table when it
// is half full.
func (t *keyTable) insert(cands []candidate, slot int) {
	n := int32(len(cands))
	t.slots[slot] = n
	cands[n-1].slot = int32(slot)
	t.used++
	if 2*t.used > len(t.slots) {
		t.grow(cands)
	}
}

// grow doubles the table and puts every candidate of cands back in it.
func (t *keyTable) grow(cands []candidate) {
	t.slots = make([]int32, 2*len(t.slots))
	mask := len(t.slots) - 1
	for i := range cands {
		j := int(mix64(cands[i].state)) & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = int32(i) + 1
		cands[i].slot = int32(j)
	}
}

// empty removes the candidates of cands, every key of the table, keeping its memory: only their
// slots are cleared, so that a large document does not make every later one clear a large table.
func (t *keyTable) empty(cands []candidate) {
	for i := range cands {
		t.slots[cands[i].slot] = 0
	}
	t.used = 0
}
