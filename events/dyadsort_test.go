package events

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// SortDyadRows gives the order of slices.SortStableFunc with CompareDyadRows: on rows in random
// order with many ties (same counts and keys, told apart only by fields the order ignores), on
// rows already in order, and on empty and one-row input.
func TestSortDyadRowsIsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	for trial := range 200 {
		n := r.IntN(300)
		if trial < 2 {
			n = trial
		}
		rows := make([]DyadRow, n)
		for i := range rows {
			rows[i] = DyadRow{Source: pick("USA", "RUS", "CHN"), Target: pick("UKR", "IRN"),
				EventRoot: pick("04", "19", ""), PloverEvent: pick("", "CONSULT"), Period: pick("", "2024"),
				Events: r.IntN(4), Documents: i} // Documents tells equal rows apart
		}
		if trial%5 == 0 {
			slices.SortStableFunc(rows, CompareDyadRows)
		}
		want := slices.Clone(rows)
		slices.SortStableFunc(want, CompareDyadRows)
		got := slices.Clone(rows)
		SortDyadRows(got)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (%d rows): SortDyadRows differs from a stable sort", trial, n)
		}
	}
}
