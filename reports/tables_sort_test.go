package reports

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// sortedRows sorts like slices.SortStableFunc (equal rows keep their order), returns a copy when it
// sorts, and returns its input, unchanged, when that is already sorted.
func TestSortedRows(t *testing.T) {
	type row struct{ key, seq int }
	byKey := func(a, b *row) int { return cmp.Compare(a.key, b.key) }
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		rows := make([]row, n)
		for i := range rows {
			rows[i] = row{key: r.IntN(10), seq: i}
		}
		in := slices.Clone(rows)
		want := slices.Clone(rows)
		slices.SortStableFunc(want, func(a, b row) int { return byKey(&a, &b) })
		got := sortedRows(rows, byKey)
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: got %v, want %v", n, got, want)
		}
		if !slices.Equal(rows, in) {
			t.Fatalf("n=%d: the input was changed", n)
		}
		again := sortedRows(got, byKey)
		if len(got) > 0 && &again[0] != &got[0] {
			t.Errorf("n=%d: sorted input was copied", n)
		}
		if cap(again) != len(again) {
			t.Errorf("n=%d: sorted input returned without clipping (cap %d, len %d)", n, cap(again), len(again))
		}
	}
}
