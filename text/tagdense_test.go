package text

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestAddRows48 checks addRows48 (the AVX2 kernel where it is built) against int32 additions lane
// by lane, with sums that wrap around and every number of rows up to predictFeats, and that it
// leaves the lanes past denseWidth alone.
func TestAddRows48(t *testing.T) {
	if !denseKernel {
		t.Log("no vector kernel here: the Go loop is checked")
	}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n <= predictFeats; n++ {
		for range 50 {
			var sum, want [maxClasses]int32
			for i := range sum {
				sum[i] = int32(r.Uint32())
			}
			want = sum
			var rows [predictFeats]*int32
			for k := range n {
				row := make([]int32, denseWidth)
				for i := range row {
					switch r.IntN(4) {
					case 0:
						row[i] = math.MaxInt32
					case 1:
						row[i] = math.MinInt32
					default:
						row[i] = int32(r.Uint32())
					}
					want[i] += row[i]
				}
				rows[k] = &row[0]
			}
			addRows48(&sum, &rows, n)
			if sum != want {
				t.Fatalf("%d rows: addRows48 differs from lane-by-lane addition", n)
			}
		}
	}
}

// TestDenseRows checks the model's dense rows: the features with one are those of denseMin entries
// or more (where there is a vector kernel), and addAll, on every feature alone and on random sets
// of features as predict passes them, gives the same scores and touched classes as add on each.
func TestDenseRows(t *testing.T) {
	m := mustAnalyzer(t).model
	if !denseKernel {
		if m.dense != nil {
			t.Fatal("dense rows without a vector kernel")
		}
		return
	}
	if m.dense == nil {
		t.Fatal("no dense rows")
	}
	r := rand.New(rand.NewPCG(1, 2))
	start := func() scores {
		var sc scores
		for i := range sc.sum {
			sc.sum[i] = int32(r.Uint32() >> 8)
		}
		sc.touched = r.Uint64()
		return sc
	}
	check := func(ids [predictFeats]int32) {
		t.Helper()
		a := start()
		b := a
		for _, id := range ids {
			m.add(&a, id)
		}
		m.addAll(&b, &ids)
		if a != b {
			t.Fatalf("features %v: addAll differs from add", ids)
		}
	}
	var all []int32
	rows := 0
	for id := 0; id < len(m.data); id += 3 + int(m.data[id]) {
		n := int(m.data[id])
		if has := m.dense.row(int32(id)) >= 0; has != (n >= denseMin) {
			t.Fatalf("feature %d of %d entries: dense row %v", id, n, has)
		}
		if n >= denseMin {
			rows++
		}
		all = append(all, int32(id))
		ids := [predictFeats]int32{int32(id), -1, -1, -1, -1, -1, -1, -1, -1, -1}
		check(ids)
	}
	if rows != len(m.dense.rows)/denseWidth || rows == 0 {
		t.Errorf("%d features of %d entries or more, %d dense rows", rows, denseMin, len(m.dense.rows)/denseWidth)
	}
	for range 20000 {
		var ids [predictFeats]int32
		for k := range ids {
			ids[k] = -1
			if r.IntN(4) > 0 {
				ids[k] = all[r.IntN(len(all))]
			}
		}
		check(ids)
	}
	if m.dense.row(1) >= 0 { // inside the first block
		t.Error("a dense row for an id that is no feature")
	}
}

// TestDenseTagsSame tags UN General Debate text and hand-written sentences with the dense rows
// and without them (every feature from its block): the tags are the same.
func TestDenseTagsSame(t *testing.T) {
	m := builtModel(t) // this test's own: its rows are dropped below
	if m.dense == nil {
		t.Skip("no dense rows here")
	}
	var sentences [][]string
	for _, s := range handSentences {
		sentences = append(sentences, strings.Fields(s))
	}
	for _, text := range readUNGDC(t, 5) {
		sentences = append(sentences, sentenceWords(Segment(text, nil))...)
	}
	got := make([][]string, len(sentences))
	for i, ws := range sentences {
		got[i] = m.tagWords(ws, nil)
	}
	m.dense = nil
	for i, ws := range sentences {
		if want := m.tagWords(ws, nil); !slices.Equal(got[i], want) {
			t.Fatalf("%q: tags %v with dense rows, %v without", ws, got[i], want)
		}
	}
}

// TestBestTouched checks bestTouched (the AVX2 kernel where it is built) against predict's loop
// over the touched classes: ties (the first class wins), sums at the least int32 (an untouched class
// stands in the maximum with that value), one touched class, every vector count.
func TestBestTouched(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for vecs := 1; vecs <= maxClasses/8; vecs++ {
		for k := range 2000 {
			var sum [maxClasses]int32
			for i := range sum {
				switch r.IntN(5) {
				case 0:
					sum[i] = math.MinInt32
				case 1:
					sum[i] = int32(r.IntN(3)) // ties
				case 2:
					sum[i] = math.MaxInt32
				default:
					sum[i] = int32(r.Uint32())
				}
			}
			touched := r.Uint64()
			switch k % 4 {
			case 0:
				touched = 1 << r.IntN(8*vecs) // one class
			case 1:
				touched &= r.Uint64() & r.Uint64() // few classes
			}
			if 8*vecs < 64 {
				touched &= 1<<(8*vecs) - 1
			}
			if touched == 0 {
				continue
			}
			if k%7 == 0 { // every touched class at the least int32
				for c := range sum {
					if touched>>c&1 != 0 {
						sum[c] = math.MinInt32
					}
				}
			}
			if got, want := bestTouched(&sum, touched, vecs), bestTouchedGo(&sum, touched); got != want {
				t.Fatalf("vecs %d, touched %#x: bestTouched %d, the loop %d", vecs, touched, got, want)
			}
		}
	}
}
