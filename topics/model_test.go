package topics

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/james-bowman/sparse"
)

// plantedDoc is one synthetic document.
type plantedDoc struct {
	id     string
	tokens []string
	actors []string
}

// plantedBlocks returns three disjoint vocabularies (nine words and an actor
// each) and how many documents draw from each; the sizes differ so the
// singular values, and hence the topic order, are distinct.
type plantedBlock struct {
	words []string
	actor string
	docs  int
}

func plantedBlocks() []plantedBlock {
	return []plantedBlock{
		{[]string{"climate", "warming", "emissions", "carbon", "adaptation", "sea", "temperature", "renewable", "glaciers"}, "TUV", 40},
		{[]string{"nuclear", "enrichment", "uranium", "proliferation", "warheads", "missile", "inspectors", "reactor", "centrifuges"}, "IRN", 30},
		{[]string{"tariffs", "exports", "imports", "trade", "customs", "markets", "investment", "commodity", "shipping"}, "CHN", 20},
	}
}

// plantedCorpus draws 30 topic words, adds six fillers found in every
// document (removed by MaxDFRatio) and the block's actor for each document,
// blocks interleaved, from a generator seeded with seed.
func plantedCorpus(seed uint64) []plantedDoc {
	rng := rand.New(rand.NewPCG(seed, 1))
	fillers := []string{"nations", "people", "world", "peace", "future", "development"}
	var docs []plantedDoc
	for i := 0; ; i++ {
		added := false
		for bi, blk := range plantedBlocks() {
			if i >= blk.docs {
				continue
			}
			added = true
			var toks []string
			for range 30 {
				toks = append(toks, blk.words[rng.IntN(len(blk.words))])
			}
			toks = append(toks, fillers...)
			rng.Shuffle(len(toks), func(a, b int) { toks[a], toks[b] = toks[b], toks[a] })
			docs = append(docs, plantedDoc{id: fmt.Sprintf("b%d-%02d", bi, i), tokens: toks, actors: []string{blk.actor}})
		}
		if !added {
			return docs
		}
	}
}

func fitPlanted(t *testing.T, seed uint64, opts Options) *Model {
	t.Helper()
	b := NewBuilder()
	for _, d := range plantedCorpus(seed) {
		b.Add(d.id, d.tokens, d.actors)
	}
	model, err := b.Fit(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return model
}

func TestPlantedTopics(t *testing.T) {
	model := fitPlanted(t, 11, Options{K: 3, Seed: 5})
	if len(model.Topics) != 3 {
		t.Fatalf("topics = %d, want 3", len(model.Topics))
	}
	for ti, tp := range model.Topics {
		blk := plantedBlocks()[ti]
		want := append(slices.Clone(blk.words), ActorPrefix+blk.actor)
		slices.Sort(want)
		var got []string
		for _, tw := range tp.Terms {
			got = append(got, tw.Term)
			if tw.Weight <= 0.05 {
				t.Errorf("topic %d: %s weight %.3f, want > 0.05", ti, tw.Term, tw.Weight)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("topic %d terms = %q, want block %d %q", ti, got, ti, want)
		}
		if tp.Coherence < 0.9 {
			t.Errorf("topic %d coherence = %.3f, want ≥ 0.9 for a planted block", ti, tp.Coherence)
		}
		if ti > 0 && tp.SingularValue >= model.Topics[ti-1].SingularValue {
			t.Errorf("singular values not decreasing: %v", tp.SingularValue)
		}
		prefix := fmt.Sprintf("b%d-", ti)
		for _, d := range model.TopDocs(ti, blk.docs) {
			if d.DocID[:3] != prefix || d.Weight <= 0 {
				t.Errorf("topic %d top doc %s weight %.3f, want a %s document", ti, d.DocID, d.Weight, prefix)
			}
		}
	}
	// A document loads only on its own block's topic.
	for i, id := range model.DocIDs {
		own := int(id[1] - '0')
		for ti, w := range model.DocTopics[i] {
			if ti != own && math.Abs(w) > 1e-9 {
				t.Errorf("doc %s weight %.3g on topic %d", id, w, ti)
			}
		}
	}
}

func TestDeterminismAcrossWorkers(t *testing.T) {
	base := fitPlanted(t, 3, Options{K: 3, Seed: 9, Workers: 1})
	for _, w := range []int{2, 3, 4, 16} {
		got := fitPlanted(t, 3, Options{K: 3, Seed: 9, Workers: w})
		if !reflect.DeepEqual(got, base) {
			t.Errorf("Workers=%d: model differs from Workers=1", w)
		}
	}
}

func TestSeedChangesBitsNotTopics(t *testing.T) {
	a := fitPlanted(t, 3, Options{K: 3, Seed: 1})
	b := fitPlanted(t, 3, Options{K: 3, Seed: 2})
	for i := range a.Topics {
		sa, sb := a.Topics[i].SingularValue, b.Topics[i].SingularValue
		if math.Abs(sa-sb) > 1e-9*sa {
			t.Errorf("σ%d: seed 1 %.12f, seed 2 %.12f", i, sa, sb)
		}
		if a.Topics[i].Label != b.Topics[i].Label {
			t.Errorf("topic %d label: seed 1 %q, seed 2 %q", i, a.Topics[i].Label, b.Topics[i].Label)
		}
	}
}

func TestDeterminismAcrossWorkersUN(t *testing.T) {
	sp := loadSpeeches(t, "ungdc_demo_20countries.jsonl", 100)
	m, err := buildSpeeches(sp).Matrix(Options{})
	if err != nil {
		t.Fatal(err)
	}
	one, err := FitMatrix(context.Background(), m, Options{Seed: 42, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	four, err := FitMatrix(context.Background(), m, Options{Seed: 42, Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one, four) {
		t.Error("UN demo corpus: Workers=4 model differs from Workers=1")
	}
}

// randomCorpus is a Zipf-like synthetic corpus for comparisons that must
// run without ../shared.
func randomCorpus(docs, vocab int, seed uint64) *Builder {
	rng := rand.New(rand.NewPCG(seed, 2))
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(vocab-1))
	b := NewBuilder()
	for d := range docs {
		var toks []string
		for range 80 + rng.IntN(80) {
			toks = append(toks, fmt.Sprintf("w%c%c", 'a'+rune(zipf.Uint64()%26), 'a'+rune(zipf.Uint64()/26%26)))
		}
		b.Add(fmt.Sprint(d), toks, nil)
	}
	return b
}

func TestSingularValuesMatchExactSVD(t *testing.T) {
	tests := []struct {
		name  string
		vocab Options
		build func(t *testing.T) *Builder
	}{
		{"zipf synthetic", Options{}, func(t *testing.T) *Builder { return randomCorpus(120, 600, 1) }},
		// Raw counts give a steeper spectrum than the default sublinear tf
		// (relative errors 1.4e-5 and 2.0e-3 with the earlier subspace
		// iteration; these 60 documents now take the exact path).
		{"UN demo first 60 linear tf", Options{MaxVocab: 2000, LinearTF: true}, func(t *testing.T) *Builder {
			return buildSpeeches(loadSpeeches(t, "ungdc_demo_20countries.jsonl", 60))
		}},
		{"UN demo first 60", Options{MaxVocab: 2000}, func(t *testing.T) *Builder {
			return buildSpeeches(loadSpeeches(t, "ungdc_demo_20countries.jsonl", 60))
		}},
		// The cases above are small enough for the whole space (see
		// randomizedSVD) but the Zipf one; this one exercises the block
		// Krylov path on speeches (measured 2026-11-26: 9e-6).
		{"UN demo first 250", Options{MaxVocab: 3000}, func(t *testing.T) *Builder {
			return buildSpeeches(loadSpeeches(t, "ungdc_demo_20countries.jsonl", 250))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.build(t).Matrix(tt.vocab)
			if err != nil {
				t.Fatal(err)
			}
			model, err := FitMatrix(context.Background(), m, tt.vocab)
			if err != nil {
				t.Fatal(err)
			}
			exact, err := nlpTruncatedSVD(m.CSR().T(), len(model.Topics))
			if err != nil {
				t.Fatal(err)
			}
			if len(model.Topics) != DefaultK || len(exact) != DefaultK {
				t.Fatalf("got %d topics, nlp %d values; want %d", len(model.Topics), len(exact), DefaultK)
			}
			worst := 0.0
			for i, tp := range model.Topics {
				rel := math.Abs(tp.SingularValue-exact[i]) / exact[i]
				if rel > 0.01 {
					t.Errorf("σ%d = %.6f, nlp exact %.6f (rel. error %.2g > 1%%)", i, tp.SingularValue, exact[i], rel)
				}
				worst = max(worst, rel)
			}
			t.Logf("%d×%d matrix: largest relative error of the %d singular values %.2g", m.Rows, m.Cols, len(exact), worst)
		})
	}
}

// TestTFIDFMatchesNLP checks the weights against james-bowman/nlp's
// TfidfTransformer: on the raw counts with LinearTF, and on counts damped
// to 1 + ln c by default (sublinear tf is the same transformer applied to
// damped counts).
func TestTFIDFMatchesNLP(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		tf   func(c int32) float64
	}{
		{"linear", Options{LinearTF: true}, func(c int32) float64 { return float64(c) }},
		{"sublinear", Options{}, func(c int32) float64 { return 1 + math.Log(float64(c)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := randomCorpus(40, 200, 4)
			m, err := b.Matrix(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			counts := sparse.NewDOK(m.Cols, m.Rows)
			repeated := 0
			for i := range m.Rows {
				for k := m.Indptr[i]; k < m.Indptr[i+1]; k++ {
					counts.Set(int(m.Ind[k]), i, tc.tf(m.Counts[k]))
					if m.Counts[k] > 1 {
						repeated++
					}
				}
			}
			if repeated == 0 {
				t.Fatal("no count above 1: the test would not tell linear from sublinear")
			}
			w, err := nlpTFIDF(counts)
			if err != nil {
				t.Fatal(err)
			}
			ours := m.CSR()
			for i := range m.Rows {
				var ss float64
				for j := range m.Cols {
					ss += w.At(j, i) * w.At(j, i)
				}
				norm := math.Sqrt(ss)
				for j := range m.Cols {
					want := w.At(j, i) / norm
					got := ours.At(i, j)
					if math.Abs(got-want) > 1e-12 {
						t.Fatalf("doc %d term %s: tf-idf %.15g, nlp %.15g", i, m.Terms[j], got, want)
					}
				}
			}
		})
	}
}

func TestNPMICoherence(t *testing.T) {
	b := NewBuilder()
	b.Add("1", []string{"alpha", "beta"}, nil)
	b.Add("2", []string{"alpha", "beta"}, nil)
	b.Add("3", []string{"gamma", "delta"}, nil)
	b.Add("4", []string{"delta", "alpha"}, nil)
	m, err := b.Matrix(allTerms())
	if err != nil {
		t.Fatal(err)
	}
	tw := func(terms ...string) []TermWeight {
		var out []TermWeight
		for _, s := range terms {
			out = append(out, TermWeight{Term: s})
		}
		return out
	}
	// p(alpha)=3/4, p(beta)=1/2, p(delta)=1/2, p(gamma)=1/4.
	tests := []struct {
		terms []string
		want  float64
	}{
		{[]string{"alpha", "beta"}, math.Log((0.5)/(0.75*0.5)) / -math.Log(0.5)},
		{[]string{"beta", "gamma"}, -1},
		{[]string{"gamma", "delta"}, math.Log(0.25/(0.25*0.5)) / -math.Log(0.25)},
		{[]string{"alpha", "beta", "gamma"}, (math.Log((0.5)/(0.75*0.5))/-math.Log(0.5) - 2) / 3},
		{[]string{"alpha"}, 0},
	}
	for _, tt := range tests {
		if got := npmiCoherence(m, tw(tt.terms...)); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("NPMI%v = %.15g, want %.15g", tt.terms, got, tt.want)
		}
	}
}

func TestTopDocsOrder(t *testing.T) {
	m := &Model{Topics: make([]Topic, 2), DocIDs: []string{"c", "a", "b", "d"},
		DocTopics: [][]float64{{0.5, 0}, {0.5, 1}, {0.9, 0}, {-0.2, 0}}}
	got := m.TopDocs(0, 3)
	want := []DocWeight{{2, "b", 0.9}, {1, "a", 0.5}, {0, "c", 0.5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TopDocs = %v, want %v", got, want)
	}
	if m.TopDocs(2, 3) != nil || m.TopDocs(-1, 3) != nil {
		t.Error("TopDocs out of range: want nil")
	}
}

func TestFitTooSmall(t *testing.T) {
	b := NewBuilder()
	b.Add("only", []string{"alpha", "beta"}, nil)
	if _, err := b.Fit(context.Background(), allTerms()); err == nil {
		t.Error("one document: want an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := randomCorpus(20, 50, 1).Fit(ctx, Options{}); err == nil {
		t.Error("cancelled context: want an error")
	}
}

func TestTopTerms(t *testing.T) {
	terms := []string{"a", "b", "c", "d", "e"}
	v := &dense{r: 5, c: 2, data: []float64{
		0.1, 0,
		0.5, 0,
		0.5, 0,
		-0.9, 0,
		0.7, 0,
	}}
	tests := []struct {
		n    int
		want []TermWeight
	}{
		{3, []TermWeight{{"e", 0.7}, {"b", 0.5}, {"c", 0.5}}},
		{2, []TermWeight{{"e", 0.7}, {"b", 0.5}}},
		{9, []TermWeight{{"e", 0.7}, {"b", 0.5}, {"c", 0.5}, {"a", 0.1}, {"d", -0.9}}},
	}
	for _, tt := range tests {
		if got := topTerms(terms, v, 0, tt.n); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("topTerms(n=%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
	// All-zero column: ties by term.
	if got := topTerms(terms, v, 1, 2); !reflect.DeepEqual(got, []TermWeight{{"a", 0}, {"b", 0}}) {
		t.Errorf("zero column = %v", got)
	}
}

func TestEmptyDocumentsGetZeroWeights(t *testing.T) {
	b := NewBuilder()
	b.Add("empty-0", []string{"the", "of", "2024"}, nil)
	for _, d := range plantedCorpus(5) {
		b.Add(d.id, d.tokens, d.actors)
	}
	b.Add("empty-1", nil, nil)
	model, err := b.Fit(context.Background(), Options{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, len(model.DocIDs) - 1} {
		for ti, w := range model.DocTopics[i] {
			if w != 0 {
				t.Errorf("%s: weight %g on topic %d, want 0", model.DocIDs[i], w, ti)
			}
		}
	}
}

// TestNPMICoherencesOnePass checks the one-pass coherence of several term
// lists, sharing terms, against a direct count per list.
func TestNPMICoherencesOnePass(t *testing.T) {
	m, err := randomCorpus(200, 300, 4).Matrix(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(4, 4))
	var lists [][]TermWeight
	for range 12 {
		var l []TermWeight
		for _, j := range rng.Perm(m.Cols)[:2+rng.IntN(9)] {
			l = append(l, TermWeight{Term: m.Terms[j%20]}) // overlapping lists
		}
		l = slices.CompactFunc(l, func(a, b TermWeight) bool { return a.Term == b.Term })
		lists = append(lists, l)
	}
	got := npmiCoherences(m, lists)
	for i, l := range lists {
		n := float64(m.Rows)
		in := func(row int, term string) bool {
			j, _ := slices.BinarySearch(m.Terms, term)
			_, ok := slices.BinarySearch(m.Ind[m.Indptr[row]:m.Indptr[row+1]], int32(j))
			return ok
		}
		var sum float64
		pairs := 0
		for a := range l {
			for b := a + 1; b < len(l); b++ {
				var ca, cb, co int
				for r := range m.Rows {
					ia, ib := in(r, l[a].Term), in(r, l[b].Term)
					if ia {
						ca++
					}
					if ib {
						cb++
					}
					if ia && ib {
						co++
					}
				}
				pairs++
				switch {
				case co == 0:
					sum--
				case co == m.Rows:
					sum++
				default:
					pab := float64(co) / n
					pa, pb := float64(ca)/n, float64(cb)/n
					sum += math.Log(pab/(pa*pb)) / -math.Log(pab)
				}
			}
		}
		want := 0.0
		if pairs > 0 {
			want = sum / float64(pairs)
		}
		if got[i] != want {
			t.Errorf("list %d: one pass %.17g, direct %.17g", i, got[i], want)
		}
	}
}

// TestDeterminismAcrossWorkersKrylov covers the block Krylov path on both
// sides (the planted corpus is small enough for the exact path).
func TestDeterminismAcrossWorkersKrylov(t *testing.T) {
	for _, c := range []struct{ docs, vocab int }{{600, 300}, {150, 600}} {
		m, err := randomCorpus(c.docs, c.vocab, 5).Matrix(Options{})
		if err != nil {
			t.Fatal(err)
		}
		base, err := FitMatrix(context.Background(), m, Options{K: 12, Seed: 3, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []int{2, 3, 8} {
			got, err := FitMatrix(context.Background(), m, Options{K: 12, Seed: 3, Workers: w})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, base) {
				t.Errorf("%d×%d: Workers=%d model differs from Workers=1", m.Rows, m.Cols, w)
			}
		}
	}
}

// npmiCoherence is npmiCoherences of one term list.
func npmiCoherence(m *Matrix, terms []TermWeight) float64 {
	return npmiCoherences(m, [][]TermWeight{terms})[0]
}
