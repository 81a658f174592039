package topics

import (
	"errors"
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestNormalizeToken(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Security", "security", true},
		{"IRAN", "iran", true},
		{"Iran's", "iran", true},
		{"Iran\u2019s", "iran", true},
		{"(sanctions),", "sanctions", true},
		{"self-determination", "self-determination", true},
		{"Côte", "côte", true},
		{"the", "", false},
		{"The", "", false},
		{"said", "", false},
		{"Mr", "", false},
		{"also", "", false},
		{"would", "", false},
		{"2015", "", false},
		{"1,000", "", false},
		{"G20", "", false},
		{"--", "", false},
		{"a", "", false},
		{"x.", "", false},
		{"", "", false},
		{"Sixty-ninth", "", false},
		{"seventieth", "", false},
		{"eighty-first", "", false},
		{"million", "", false},
		{"eighteen", "eighteen", true},
		{"fortress", "fortress", true},
		{"forty-something", "forty-something", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := NormalizeToken(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("NormalizeToken(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// allTerms keeps every term: no document frequency filter.
func allTerms() Options { return Options{MinDF: 1, MaxDFRatio: 1} }

func TestAddDropsStopWordsKeepsActors(t *testing.T) {
	b := NewBuilder()
	b.Add("d1", strings.Fields("The Security Council said on 12 May 2024 that Iran would also talk , Mr Smith said ."),
		[]string{"IRN", "UNSC", "IRN", " "})
	b.Add("d2", strings.Fields("Iran 's nuclear talks"), []string{"IRN"})
	m, err := b.Matrix(allTerms())
	if err != nil {
		t.Fatal(err)
	}
	// "May" goes with the modal "may".
	want := []string{"actor:IRN", "actor:UNSC", "council", "iran", "nuclear", "security", "smith", "talk", "talks"}
	if !slices.Equal(m.Terms, want) {
		t.Fatalf("terms = %q, want %q", m.Terms, want)
	}
	wantDF := []int{2, 1, 1, 2, 1, 1, 1, 1, 1}
	if !slices.Equal(m.DF, wantDF) {
		t.Errorf("df = %v, want %v", m.DF, wantDF)
	}
	// Row d1: actor:IRN counted twice, the other terms once.
	row := m.Indptr[0]
	if m.Ind[row] != 0 || m.Counts[row] != 2 {
		t.Errorf("d1 first entry = term %d count %d, want actor:IRN ×2", m.Ind[row], m.Counts[row])
	}
	if !slices.Equal(m.DocIDs, []string{"d1", "d2"}) {
		t.Errorf("doc ids = %q", m.DocIDs)
	}
}

func TestMatrixFilters(t *testing.T) {
	docs := [][]string{
		{"alpha", "beta", "gamma"},
		{"alpha", "beta", "delta"},
		{"alpha", "gamma", "delta"},
		{"alpha", "epsilon", "zeta"},
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"defaults", Options{}, []string{"beta", "delta", "gamma"}},
		{"all", allTerms(), []string{"alpha", "beta", "delta", "epsilon", "gamma", "zeta"}},
		{"maxdf 1", Options{MaxDFRatio: 1}, []string{"alpha", "beta", "delta", "gamma"}},
		{"maxvocab ties by term", Options{MaxDFRatio: 1, MaxVocab: 2}, []string{"alpha", "beta"}},
		{"mindf 3", Options{MinDF: 3, MaxDFRatio: 1}, []string{"alpha"}},
	}
	b := NewBuilder()
	for i, d := range docs {
		b.Add(string(rune('a'+i)), d, nil)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := b.Matrix(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(m.Terms, tt.want) {
				t.Errorf("terms = %q, want %q", m.Terms, tt.want)
			}
		})
	}
	if _, err := b.Matrix(Options{MinDF: 5}); !errors.Is(err, ErrEmptyVocabulary) {
		t.Errorf("MinDF 5: err = %v, want ErrEmptyVocabulary", err)
	}
}

func TestMergeEqualsOneBuilder(t *testing.T) {
	docs := plantedCorpus(7)
	whole := NewBuilder()
	for _, d := range docs {
		whole.Add(d.id, d.tokens, d.actors)
	}
	for _, split := range []int{0, 1, len(docs) / 3, len(docs) - 1, len(docs)} {
		left, right := NewBuilder(), NewBuilder()
		// Intern in a different order in the right shard: reversed tokens.
		for _, d := range docs[:split] {
			left.Add(d.id, d.tokens, d.actors)
		}
		for _, d := range docs[split:] {
			rev := slices.Clone(d.tokens)
			slices.Reverse(rev)
			right.Add(d.id, rev, d.actors)
		}
		if err := left.Merge(right); err != nil {
			t.Fatal(err)
		}
		want, err := whole.Matrix(Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := left.Matrix(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("split %d: merged matrix differs from one builder's", split)
		}
	}
	if err := whole.Merge(whole); err == nil {
		t.Error("merging a builder with itself: want an error")
	}
}

func TestMergeCommutesOnDF(t *testing.T) {
	docs := plantedCorpus(3)
	mk := func(ds []plantedDoc) *Builder {
		b := NewBuilder()
		for _, d := range ds {
			b.Add(d.id, d.tokens, d.actors)
		}
		return b
	}
	h := len(docs) / 2
	ab, ba := mk(docs[:h]), mk(docs[h:])
	if err := ab.Merge(mk(docs[h:])); err != nil {
		t.Fatal(err)
	}
	if err := ba.Merge(mk(docs[:h])); err != nil {
		t.Fatal(err)
	}
	m1, err1 := ab.Matrix(Options{})
	m2, err2 := ba.Matrix(Options{})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !slices.Equal(m1.Terms, m2.Terms) || !slices.Equal(m1.DF, m2.DF) {
		t.Error("vocabulary or document frequencies depend on merge order")
	}
}

func TestPhrases(t *testing.T) {
	docs := []string{
		"The Security Council met on climate change .",
		"Climate change and the Security Council",
		"the council of security experts",
		"no phrase here at all",
	}
	b := &Builder{Phrases: true}
	for i, d := range docs {
		b.Add(string(rune('a'+i)), strings.Fields(d), []string{"UN"})
	}
	m, err := b.Matrix(Options{MaxDFRatio: 1})
	if err != nil {
		t.Fatal(err)
	}
	// "council_security" is not formed: the dropped "of" between the words
	// breaks adjacency; "security_experts" occurs once (below MinDF).
	want := []string{"actor:UN", "change", "climate", "climate_change", "council", "security", "security_council"}
	if !slices.Equal(m.Terms, want) {
		t.Errorf("terms = %q, want %q", m.Terms, want)
	}
}

// FuzzNormalizeAgreesWithAdd checks that Add's fast path for ASCII tokens
// keeps and drops exactly what NormalizeToken does.
func FuzzNormalizeAgreesWithAdd(f *testing.F) {
	for _, s := range []string{"Security", "the", "MR", "Iran's", "x", "G20", "Côte", "self-rule"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		b := NewBuilder()
		b.Add("d", []string{tok}, nil)
		m, err := b.Matrix(allTerms())
		want, ok := NormalizeToken(tok)
		switch {
		case !ok && err == nil:
			t.Errorf("%q: NormalizeToken drops it, Add keeps %q", tok, m.Terms)
		case ok && (err != nil || len(m.Terms) != 1 || m.Terms[0] != want):
			t.Errorf("%q: NormalizeToken gives %q, Add %v (%v)", tok, want, m, err)
		}
	})
}

// TestLookupASCIIMatchesNormalize adds random words (mixed case, stop
// words, words longer than the cache's keys, words with other characters)
// and checks every document's terms against NormalizeToken, including
// after a Merge interns words the cache has seen.
func TestLookupASCIIMatchesNormalize(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	word := func() string {
		switch rng.IntN(10) {
		case 0:
			return []string{"The", "and", "OF", "nations", "Security", "a", "I"}[rng.IntN(7)]
		case 1:
			return "x-" + string(rune('a'+rng.IntN(26)))
		}
		n := 1 + rng.IntN(22)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + rng.IntN(4))
			if rng.IntN(5) == 0 {
				b[i] -= 'a' - 'A'
			}
		}
		return string(b)
	}
	var docs [][]string
	for range 300 {
		var toks []string
		for range 50 {
			toks = append(toks, word())
		}
		docs = append(docs, toks)
	}
	other := NewBuilder()
	for _, toks := range docs[:100] {
		other.Add("o", toks, nil)
	}
	b := NewBuilder()
	for i, toks := range docs {
		if i == 150 {
			if err := b.Merge(other); err != nil {
				t.Fatal(err)
			}
		}
		b.Add("d", toks, nil)
	}
	check := func(d docRow, toks []string) {
		t.Helper()
		want := map[string]int32{}
		for _, tok := range toks {
			if term, ok := NormalizeToken(tok); ok {
				want[term]++
			}
		}
		got := map[string]int32{}
		for k, id := range d.terms {
			got[b.terms[id]] = d.counts[k]
		}
		if !maps.Equal(got, want) {
			t.Fatalf("terms %v, want %v", got, want)
		}
	}
	for i, toks := range docs[:150] {
		check(b.docs[i], toks)
	}
	for i, toks := range docs[150:] {
		check(b.docs[250+i], toks)
	}
	for i, term := range b.terms {
		if b.ids[term] != int32(i) {
			t.Fatalf("ids[%q] = %d, want %d", term, b.ids[term], i)
		}
	}
}

// TestMatrixRowsSorted checks that Matrix sorts every row's columns, on
// rows long enough for its bitmap and short enough for its sort, and that
// the weights follow the documented formula.
func TestMatrixRowsSorted(t *testing.T) {
	b := randomCorpus(150, 400, 9)
	// Two documents of 5,000 distinct words widen the vocabulary so that
	// the last, short row takes the sorting path.
	var wide []string
	for i := range 5000 {
		wide = append(wide, string([]byte{'x', byte('a' + i/676), byte('a' + i/26%26), byte('a' + i%26)}))
	}
	b.Add("wide1", wide, nil)
	slices.Reverse(wide)
	b.Add("wide2", wide, nil)
	b.Add("short", []string{"wab", "waa", "wba"}, nil)
	m, err := b.Matrix(Options{MinDF: 1, MaxDFRatio: 1})
	if err != nil {
		t.Fatal(err)
	}
	n := float64(m.Rows)
	for i := range m.Rows {
		lo, hi := m.Indptr[i], m.Indptr[i+1]
		var ss float64
		raw := make([]float64, 0, hi-lo)
		for k := lo; k < hi; k++ {
			if k > lo && m.Ind[k] <= m.Ind[k-1] {
				t.Fatalf("row %d: columns not increasing: %v", i, m.Ind[lo:hi])
			}
			v := (1 + math.Log(float64(m.Counts[k]))) * math.Log((1+n)/(1+float64(m.DF[m.Ind[k]])))
			raw = append(raw, v)
			ss += v * v
		}
		for k := lo; k < hi; k++ {
			if want := raw[k-lo] / math.Sqrt(ss); math.Abs(m.Val[k]-want) > 1e-15 {
				t.Fatalf("row %d col %d: %g, want %g", i, m.Ind[k], m.Val[k], want)
			}
		}
	}
	if last := m.Indptr[m.Rows] - m.Indptr[m.Rows-1]; last != 3 {
		t.Errorf("short row has %d terms, want 3", last)
	}
}

// TestTakeMatrixEqualsMatrix checks that TakeMatrix builds the same matrix
// as Matrix and leaves the builder without documents.
func TestTakeMatrixEqualsMatrix(t *testing.T) {
	opts := Options{MinDF: 1, MaxDFRatio: 1}
	want, err := randomCorpus(120, 300, 4).Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	b := randomCorpus(120, 300, 4)
	got, err := b.TakeMatrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("TakeMatrix differs from Matrix")
	}
	if b.Docs() != 0 {
		t.Fatalf("builder still holds %d documents", b.Docs())
	}
}

// TestAddActorTermsCached checks that actor ids given with surrounding space, or after the
// builder was merged into or decoded, count as the same trimmed term: Add caches each actor
// id's term id, and the cache must agree with the vocabulary whatever happened to the builder.
func TestAddActorTermsCached(t *testing.T) {
	docs := []struct {
		id     string
		actors []string
	}{
		{"d1", []string{"IRN", " IRN", "IRN ", "", "\t", "UNSC"}},
		{"d2", []string{"UNSC", "USA", " USA "}},
		{"d3", []string{"IRN", "USA"}},
	}
	counts := func(b *Builder) map[string]int32 {
		out := map[string]int32{}
		for _, d := range b.docs {
			for i, id := range d.terms {
				out[d.id+" "+b.terms[id]] += d.counts[i]
			}
		}
		return out
	}
	want := map[string]int32{"d1 actor:IRN": 3, "d1 actor:UNSC": 1, "d2 actor:UNSC": 1, "d2 actor:USA": 2,
		"d3 actor:IRN": 1, "d3 actor:USA": 1}

	b := NewBuilder()
	for _, d := range docs {
		b.Add(d.id, nil, d.actors)
	}
	if got := counts(b); !maps.Equal(got, want) {
		t.Errorf("counts = %v, want %v", got, want)
	}

	// Merged: the receiving builder interns other's terms, then adds with its own cache.
	first, rest := NewBuilder(), NewBuilder()
	first.Add(docs[0].id, nil, docs[0].actors)
	for _, d := range docs[1:2] {
		rest.Add(d.id, nil, d.actors)
	}
	if err := first.Merge(rest); err != nil {
		t.Fatal(err)
	}
	first.Add(docs[2].id, nil, docs[2].actors)
	if got := counts(first); !maps.Equal(got, want) {
		t.Errorf("after Merge, counts = %v, want %v", got, want)
	}

	// Decoded: the cache of the encoded builder is not carried over, the vocabulary is.
	data, err := first.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var dec Builder
	if err := dec.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	dec.Add("d4", nil, []string{" IRN", "USA"})
	want["d4 actor:IRN"], want["d4 actor:USA"] = 1, 1
	if got := counts(&dec); !maps.Equal(got, want) {
		t.Errorf("after UnmarshalBinary, counts = %v, want %v", got, want)
	}
	if n := dec.df[dec.ids["actor:IRN"]]; n != 3 {
		t.Errorf("df of actor:IRN = %d, want 3", n)
	}
}

// TestASCIIKey checks asciiKey against the byte-at-a-time rule (lowerLetter on each byte, packed
// little-endian and zero-padded) for every length from 2 to asciiMaxLen, on letters of both cases
// and the bytes around the letter ranges ('@', '[', '`', '{'), NUL, digits, a hyphen and bytes of
// multi-byte UTF-8 characters, at every position.
func TestASCIIKey(t *testing.T) {
	ref := func(tok string) (k [2]uint64, ok bool) {
		for i := 0; i < len(tok); i++ {
			c, ok := lowerLetter(tok[i])
			if !ok {
				return [2]uint64{}, false
			}
			k[i>>3] |= uint64(c) << (8 * (i & 7))
		}
		return k, true
	}
	odd := []byte{'@', '[', '`', '{', 0, '0', '9', '-', 0xc3, 0xa9, 0x80, 0xff, 'A' | 0x80, 'z' | 0x80}
	rng := rand.New(rand.NewPCG(11, 3))
	for n := 2; n <= asciiMaxLen; n++ {
		for trial := range 400 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte('a' + rng.IntN(26))
				if rng.IntN(2) == 0 {
					b[i] -= 'a' - 'A'
				}
			}
			switch trial % 4 {
			case 1: // one odd byte somewhere
				b[rng.IntN(n)] = odd[rng.IntN(len(odd))]
			case 2: // the letter range's ends
				b[rng.IntN(n)] = "aAzZ"[rng.IntN(4)]
			case 3: // an odd byte at the first or last position
				b[(n-1)*rng.IntN(2)] = odd[rng.IntN(len(odd))]
			}
			tok := string(b)
			want, wantOK := ref(tok)
			k0, k1, ok := asciiKey(tok)
			if ok != wantOK || k0 != want[0] || k1 != want[1] {
				t.Fatalf("asciiKey(%q) = %#x %#x %v, want %#x %#x %v", tok, k0, k1, ok, want[0], want[1], wantOK)
			}
		}
	}
}
