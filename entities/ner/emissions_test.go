package ner

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geopol/geopol/text"
)

// referenceEmissions computes the emission scores of a sentence the way training does: every
// feature key of every token (appendFeatures, with all hashes computed and the lexicon looked up
// per token), each looked up on its own, its row added to the token's scores. Inference
// (Model.emissions) caches word scores, gathers keys and looks them up in batches; its scores
// must be exactly these.
func referenceEmissions(m *Model, words, pos []string) []int32 {
	nt := m.tags.n()
	if !m.usePOS {
		pos = nil
	}
	infos := analyzeSentence(words, pos, nil, true)
	var lexv []uint32
	if len(m.lex.keys) > 0 {
		for j := range infos {
			lexv = append(lexv, m.lex.get(infos[j].exact))
		}
		for k := range padding {
			lexv[k], lexv[len(lexv)-1-k] = 0, 0
		}
	}
	emit := make([]int32, len(words)*nt)
	var feats []uint64
	for i := range words {
		feats = appendFeatures(feats[:0], infos, lexv, i, m.usePOS)
		for _, k := range feats {
			r := m.table.get(k)
			if r < 0 {
				continue
			}
			for t, v := range m.w[int(r)*nt : int(r)*nt+nt] {
				emit[i*nt+t] += int32(v)
			}
		}
	}
	return emit
}

// emissionCases returns sentences for the emission tests: short edge cases (no word, one word,
// words sharing a cache slot's neighbours, non-ASCII and empty words) and, when ../shared is
// present, the sentences of the first UN speeches.
func emissionCases(t *testing.T, docs int) [][]string {
	cases := [][]string{
		{},
		{"Paris"},
		{"the", "the"},
		{"Mr.", "Ban", "Ki-moon", "met", "President", "Xi", "Jinping", "in", "Beijing", "."},
		{"", "São", "Tomé", "and", "Príncipe", "’s", "1,200", "km", "U.S.", "NATO-led", "."},
		strings.Fields(strings.Repeat("the United Nations and the African Union ", 40)),
	}
	cases = append(cases, slotSharers(t)...)
	if _, err := os.Stat(ungdcPath); err != nil {
		t.Logf("UN corpus not available (%v): edge cases only", err)
		return cases
	}
	for _, tx := range loadUNDocs(t, docs) {
		d := text.Segment(tx, nil)
		for _, s := range d.Sentences {
			var words []string
			for _, tok := range d.Tokens[s.First:s.Last] {
				words = append(words, d.Text[tok.Start:tok.End])
			}
			cases = append(cases, words)
		}
	}
	return cases
}

// TestEmissionsMatchReference checks that inference's emission scores equal, integer for
// integer, those of the training-time feature extraction, with one scratch space reused over all
// sentences (so that word-cache hits, evictions and batch buffers carried over are exercised).
func TestEmissionsMatchReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := m.getScratch()
	defer m.putScratch(s)
	n := 0
	for _, words := range emissionCases(t, 40) {
		m.emissions(words, nil, s)
		want := referenceEmissions(m, words, nil)
		if !slices.Equal(s.emit, want) {
			t.Fatalf("sentence %q: emission scores differ from the reference", strings.Join(words, " "))
		}
		n += len(words)
	}
	if n == 0 {
		t.Fatal("no token scored")
	}
}

// TestFeatTableLookups checks the model's feature table: every key of the model finds its row,
// through get and through addRows, and keys not in the model (random ones, which the filter
// mostly rejects, and the keys of the model with one bit flipped) find none.
func TestFeatTableLookups(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	present := map[uint64]bool{}
	for r, k := range m.keys {
		present[k] = true
		if got := m.table.get(k); got != int32(r) {
			t.Fatalf("key %#x: row %d, want %d", k, got, r)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var absent []uint64
	for len(absent) < 200000 {
		k := rng.Uint64()
		if len(absent)%2 == 1 {
			k = m.keys[rng.IntN(len(m.keys))] ^ 1<<rng.IntN(64)
		}
		if k != 0 && !present[k] {
			absent = append(absent, k)
		}
	}
	passed := 0
	for j, k := range absent {
		if got := m.table.get(k); got != -1 {
			t.Fatalf("absent key %#x: row %d", k, got)
		}
		w, bits := m.table.bloomWord(k)
		if j%2 == 0 && m.table.bloom[w]&bits == bits {
			passed++
		}
	}
	// The filter is what makes misses cheap: with about 16 bits and three bits per key, under
	// 2% of random absent keys pass it (about 0.5% are expected).
	if passed > len(absent)/2/50 {
		t.Errorf("%d of %d random absent keys pass the filter", passed, len(absent)/2)
	}

	// addRows over a mix of present and absent keys, against get key by key.
	nt := m.tags.n()
	var keys []uint64
	for j := range 5000 {
		k := absent[rng.IntN(len(absent))]
		if j%3 == 0 {
			k = m.keys[rng.IntN(len(m.keys))]
		}
		keys = append(keys, k)
	}
	want := make([]int32, nt)
	for _, k := range keys {
		if r := m.table.get(k); r >= 0 {
			for t, v := range m.w[int(r)*nt : int(r)*nt+nt] {
				want[t] += int32(v)
			}
		}
	}
	got := make([]int32, nt)
	m.addRows(got, keys)
	if !slices.Equal(got, want) {
		t.Errorf("addRows: %v, want %v", got, want)
	}
}

// slotSharers returns sentences in which words that share a slot of the word cache follow one
// another within a window, so that each lookup evicts a vector the window still needs.
func slotSharers(t *testing.T) [][]string {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := m.getScratch()
	defer m.putScratch(s)
	bySlot := map[int]string{}
	var out [][]string
	for k := 0; len(out) < 3; k++ {
		w := "Word" + strconv.Itoa(k)
		var ti tokInfo
		hashToken(w, "", &ti)
		i := s.words1.index(ti.exact)
		if v, ok := bySlot[i]; ok {
			out = append(out, []string{v, w, v, "of", w, "and", v}, []string{"in", v, w}, []string{w, "the", "the", "the", v})
			continue
		}
		bySlot[i] = w
	}
	return out
}
