package entities

import "github.com/geopol/geopol/text"

// SearchStart returns the index of the first mention of ms (sorted by Start) whose Start is at
// least p, len(ms) when there is none: the index slices.BinarySearchFunc returns for a comparison
// by Start. It reads each probed Start in place, where a comparison function would take a copy of
// the mention.
func SearchStart(ms []Mention, p int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].Start < p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// searchEnd is SearchStart by End: the index of the first mention of ms (sorted by End) whose End
// is at least p.
func searchEnd(ms []Mention, p int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].End < p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// sentenceAt finds the sentence of d that contains byte offset p, as [slices.BinarySearchFunc]
// does with a comparison that puts a sentence ending at or before p below p and one starting after
// p above it: its index and true, or, when p is in no sentence, the index of the first sentence
// after it and false.
func sentenceAt(d *text.Doc, p int) (int, bool) {
	ss := d.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ss[h].End <= p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(ss) && ss[lo].Start <= p
}
