package network

import (
	"errors"
	"fmt"
	"math"
)

// MaxActors is the most distinct actors one [Cooc] holds. Actors are interned to uint32 indices
// (two to a pair key), and [Cooc.Graph] numbers the kept actors and PageRank's neighbours with
// int32, so the limit is that of int32. Merging or decoding an aggregate past it is an error
// ([ErrTooManyActors]); counting one document past it (impossible in practice) panics with it
// instead of wrapping an index around.
const MaxActors = math.MaxInt32

// ErrTooManyActors reports an aggregate of more than [MaxActors] actors.
var ErrTooManyActors = errors.New("network: more than MaxActors distinct actors")

// actorLimit is MaxActors; a test lowers it to reach the limit with a few actors.
var actorLimit = MaxActors

// checkActors returns ErrTooManyActors when n actors do not fit the indices of a Cooc.
func checkActors(n int) error {
	if n < 0 || n > actorLimit {
		return fmt.Errorf("%w (%d)", ErrTooManyActors, n)
	}
	return nil
}

// checkWire returns an error when the decoded aggregate w is not one MarshalBinary writes: columns
// of different lengths, an actor or date named twice, more than MaxActors actors, or a key whose actor or
// date index is out of range. UnmarshalBinary calls it before building anything from w, so that a
// corrupt or hostile input is an error rather than an index panic later, in Merge or Graph.
func checkWire(w *coocWire) error {
	n := len(w.Names)
	if err := checkActors(n); err != nil {
		return err
	}
	if len(w.Mentions) != n || len(w.Windows) != n || len(w.Docs) != n {
		return errors.New("network: decode co-occurrences: node columns of different lengths")
	}
	if len(w.PairWins) != len(w.PairKeys) || len(w.PairDocs) != len(w.PairKeys) {
		return errors.New("network: decode co-occurrences: pair columns of different lengths")
	}
	if len(w.NodeDateVals) != len(w.NodeDateKeys) ||
		len(w.PairDateDates) != len(w.PairDateKeys) || len(w.PairDateVals) != len(w.PairDateKeys) {
		return errors.New("network: decode co-occurrences: dated columns of different lengths")
	}
	seen := make(map[string]struct{}, n)
	for _, name := range w.Names {
		if _, dup := seen[name]; dup {
			return fmt.Errorf("network: decode co-occurrences: actor %q named twice", name)
		}
		seen[name] = struct{}{}
	}
	pairOK := func(k uint64) bool {
		a, b := k>>32, uint64(uint32(k))
		return a < b && b < uint64(n)
	}
	pairs := make(map[uint64]struct{}, len(w.PairKeys))
	for _, k := range w.PairKeys {
		if !pairOK(k) {
			return fmt.Errorf("network: decode co-occurrences: pair key %#x out of range", k)
		}
		if _, dup := pairs[k]; dup {
			return fmt.Errorf("network: decode co-occurrences: pair key %#x twice", k)
		}
		pairs[k] = struct{}{}
	}
	days := make(map[string]struct{}, len(w.Dates))
	for _, day := range w.Dates {
		if _, dup := days[day]; dup {
			return fmt.Errorf("network: decode co-occurrences: date %q named twice", day)
		}
		days[day] = struct{}{}
	}
	nd := uint64(len(w.Dates))
	nodeDates := make(map[uint64]struct{}, len(w.NodeDateKeys))
	for _, k := range w.NodeDateKeys {
		if k>>32 >= uint64(n) || uint64(uint32(k)) >= nd {
			return fmt.Errorf("network: decode co-occurrences: node date key %#x out of range", k)
		}
		if _, dup := nodeDates[k]; dup {
			return fmt.Errorf("network: decode co-occurrences: node date key %#x twice", k)
		}
		nodeDates[k] = struct{}{}
	}
	type pairDay struct {
		key uint64
		day uint32
	}
	pairDates := make(map[pairDay]struct{}, len(w.PairDateKeys))
	for i, k := range w.PairDateKeys {
		if !pairOK(k) || uint64(w.PairDateDates[i]) >= nd {
			return fmt.Errorf("network: decode co-occurrences: pair date key %#x out of range", k)
		}
		pd := pairDay{k, uint32(w.PairDateDates[i])}
		if _, dup := pairDates[pd]; dup {
			return fmt.Errorf("network: decode co-occurrences: pair date key %#x on date %d twice", k, pd.day)
		}
		pairDates[pd] = struct{}{}
	}
	return nil
}
