package network

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// tinyDoc is a four-sentence, two-paragraph document:
//
//	paragraph 0: S0 "USA ... IRN ... USA"   S1 "USA"
//	paragraph 1: S2 "IRN ... RUS"           S3 (no actor; one unresolved mention)
//
// Only sentence indices and paragraphs matter for counting; offsets are consistent but arbitrary.
func tinyDoc() ([]entities.Mention, []text.Sentence) {
	sents := []text.Sentence{
		{Start: 0, End: 10, Paragraph: 0},
		{Start: 10, End: 20, Paragraph: 0},
		{Start: 20, End: 30, Paragraph: 1},
		{Start: 30, End: 40, Paragraph: 1},
	}
	ms := []entities.Mention{
		{Start: 0, End: 1, Entity: "USA", Sentence: 0},
		{Start: 2, End: 3, Entity: "IRN", Sentence: 0},
		{Start: 4, End: 5, Entity: "USA", Sentence: 0},
		{Start: 11, End: 12, Entity: "USA", Sentence: 1},
		{Start: 21, End: 22, Entity: "IRN", Sentence: 2},
		{Start: 23, End: 24, Entity: "RUS", Sentence: 2},
		{Start: 31, End: 32, Entity: "", Sentence: 3}, // unresolved: ignored
	}
	return ms, sents
}

func TestCountDocWindows(t *testing.T) {
	ms, sents := tinyDoc()
	tests := []struct {
		w       Window
		n       int
		windows map[string]int // actor → windows mentioning it
		edges   []Edge         // Source, Target, Weight, Documents only
	}{
		{
			// Four sentence windows; USA in S0,S1; IRN in S0,S2; RUS in S2.
			w: Sentence, n: 4,
			windows: map[string]int{"USA": 2, "IRN": 2, "RUS": 1},
			edges: []Edge{
				{Source: "IRN", Target: "RUS", Weight: 1, Documents: 1},
				{Source: "IRN", Target: "USA", Weight: 1, Documents: 1},
			},
		},
		{
			// Two paragraph windows; USA in P0; IRN in P0,P1; RUS in P1.
			w: Paragraph, n: 2,
			windows: map[string]int{"USA": 1, "IRN": 2, "RUS": 1},
			edges: []Edge{
				{Source: "IRN", Target: "RUS", Weight: 1, Documents: 1},
				{Source: "IRN", Target: "USA", Weight: 1, Documents: 1},
			},
		},
		{
			// One document window holding all three actors: three pairs.
			w: Document, n: 1,
			windows: map[string]int{"USA": 1, "IRN": 1, "RUS": 1},
			edges: []Edge{
				{Source: "IRN", Target: "RUS", Weight: 1, Documents: 1},
				{Source: "IRN", Target: "USA", Weight: 1, Documents: 1},
				{Source: "RUS", Target: "USA", Weight: 1, Documents: 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.w.String(), func(t *testing.T) {
			c := CountDoc(ms, sents, tt.w)
			if c.Windows() != tt.n {
				t.Errorf("Windows() = %d, want %d", c.Windows(), tt.n)
			}
			if c.Documents() != 1 {
				t.Errorf("Documents() = %d, want 1", c.Documents())
			}
			wantMentions := map[string]int{"USA": 3, "IRN": 2, "RUS": 1}
			if c.NumNodes() != len(wantMentions) {
				t.Errorf("NumNodes() = %d, want %d", c.NumNodes(), len(wantMentions))
			}
			for id, want := range tt.windows {
				n, ok := c.Node(id)
				if !ok {
					t.Fatalf("Node(%q) missing", id)
				}
				if n.Windows != want || n.Mentions != wantMentions[id] || n.Documents != 1 {
					t.Errorf("Node(%q) = %+v, want Windows %d, Mentions %d, Documents 1", id, n, want, wantMentions[id])
				}
			}
			got := c.Edges(0)
			for i := range got {
				got[i].PMI, got[i].NPMI, got[i].Jaccard = 0, 0, 0
			}
			if !reflect.DeepEqual(got, tt.edges) {
				t.Errorf("Edges(0) =\n%+v\nwant\n%+v", got, tt.edges)
			}
		})
	}
}

func TestEdgesMeasures(t *testing.T) {
	const eps = 1e-12
	ms, sents := tinyDoc()
	type measures struct{ pmi, npmi, jaccard float64 }
	tests := []struct {
		w    Window
		want map[[2]string]measures
	}{
		{
			// N = 4, n(USA) = 2, n(IRN) = 2, n(RUS) = 1.
			// IRN–RUS: n = 1. PMI = ln(1·4/(2·1)) = ln 2 = 0.693147;
			//   NPMI = ln 2 / -ln(1/4) = ln 2 / (2 ln 2) = 0.5; Jaccard = 1/(2+1-1) = 0.5.
			// IRN–USA: n = 1. PMI = ln(1·4/(2·2)) = ln 1 = 0; NPMI = 0; Jaccard = 1/(2+2-1) = 1/3.
			w: Sentence,
			want: map[[2]string]measures{
				{"IRN", "RUS"}: {math.Ln2, 0.5, 0.5},
				{"IRN", "USA"}: {0, 0, 1.0 / 3},
			},
		},
		{
			// N = 2, n(USA) = 1, n(IRN) = 2, n(RUS) = 1.
			// IRN–RUS and IRN–USA: n = 1. PMI = ln(1·2/(2·1)) = 0; NPMI = 0/ln 2 = 0; Jaccard = 1/(2+1-1) = 0.5.
			w: Paragraph,
			want: map[[2]string]measures{
				{"IRN", "RUS"}: {0, 0, 0.5},
				{"IRN", "USA"}: {0, 0, 0.5},
			},
		},
		{
			// N = 1: every pair is in every window, p(x,y) = 1. PMI = ln(1·1/(1·1)) = 0, NPMI = 1 by
			// convention, Jaccard = 1/(1+1-1) = 1.
			w: Document,
			want: map[[2]string]measures{
				{"IRN", "RUS"}: {0, 1, 1},
				{"IRN", "USA"}: {0, 1, 1},
				{"RUS", "USA"}: {0, 1, 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.w.String(), func(t *testing.T) {
			edges := CountDoc(ms, sents, tt.w).Edges(1)
			if len(edges) != len(tt.want) {
				t.Fatalf("got %d edges, want %d: %+v", len(edges), len(tt.want), edges)
			}
			for _, e := range edges {
				want, ok := tt.want[[2]string{e.Source, e.Target}]
				if !ok {
					t.Fatalf("unexpected edge %s–%s", e.Source, e.Target)
				}
				if math.Abs(e.PMI-want.pmi) > eps || math.Abs(e.NPMI-want.npmi) > eps || math.Abs(e.Jaccard-want.jaccard) > eps {
					t.Errorf("%s–%s: PMI %v NPMI %v Jaccard %v, want %v %v %v",
						e.Source, e.Target, e.PMI, e.NPMI, e.Jaccard, want.pmi, want.npmi, want.jaccard)
				}
			}
		})
	}
}

func TestMeasureFunctions(t *testing.T) {
	const eps = 1e-6
	tests := []struct {
		name               string
		nxy, nx, ny, n     int
		pmi, npmi, jaccard float64
	}{
		// Negative association: ln(2·4/(3·3)) = ln(8/9) = -0.117783; -ln(2/4) = 0.693147;
		// NPMI = -0.117783/0.693147 = -0.169925; Jaccard = 2/(3+3-2) = 0.5.
		{"negative", 2, 3, 3, 4, -0.117783, -0.169925, 0.5},
		// Perfect association in 1 of 10 windows: PMI = ln(1·10/(1·1)) = ln 10 = 2.302585; NPMI = 1.
		{"perfect rare", 1, 1, 1, 10, 2.302585, 1, 1},
		// Everything everywhere: p(x,y) = 1, PMI = 0, NPMI = 1 by convention.
		{"all windows", 5, 5, 5, 5, 0, 1, 1},
		// Independence: p(x,y) = p(x)p(y) = 1/4 with n = 4: PMI = ln(1·4/(2·2)) = 0.
		{"independent", 1, 2, 2, 4, 0, 0, 1.0 / 3},
		// Undefined inputs give 0, never NaN or ±Inf.
		{"zero pair", 0, 2, 2, 4, 0, 0, 0},
		{"zero windows", 1, 1, 1, 0, 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PMI(tt.nxy, tt.nx, tt.ny, tt.n); math.Abs(got-tt.pmi) > eps {
				t.Errorf("PMI = %v, want %v", got, tt.pmi)
			}
			if got := NPMI(tt.nxy, tt.nx, tt.ny, tt.n); math.Abs(got-tt.npmi) > eps {
				t.Errorf("NPMI = %v, want %v", got, tt.npmi)
			}
			if got := Jaccard(tt.nxy, tt.nx, tt.ny); math.Abs(got-tt.jaccard) > eps {
				t.Errorf("Jaccard = %v, want %v", got, tt.jaccard)
			}
		})
	}
}

func TestCountDocMentionPlacement(t *testing.T) {
	sents := []text.Sentence{
		{Start: 0, End: 10, Paragraph: 0},
		{Start: 10, End: 20, Paragraph: 1},
	}
	tests := []struct {
		name  string
		ms    []entities.Mention
		sents []text.Sentence
		w     Window
		n     int
		edges int
	}{
		{
			// Sentence index out of range: placed by offset 12 into S1, together with B.
			name: "bad index placed by offset",
			ms: []entities.Mention{
				{Start: 12, End: 13, Entity: "A", Sentence: 99},
				{Start: 14, End: 15, Entity: "B", Sentence: 1},
			},
			sents: sents, w: Sentence, n: 2, edges: 1,
		},
		{
			// Negative index, offset before any sentence: placed into S0, apart from B.
			name: "negative index",
			ms: []entities.Mention{
				{Start: 0, End: 1, Entity: "A", Sentence: -1},
				{Start: 14, End: 15, Entity: "B", Sentence: 1},
			},
			sents: sents, w: Sentence, n: 2, edges: 0,
		},
		{
			// No sentences: the Sentence field numbers the windows; two distinct windows.
			name: "no sentences, sentence window",
			ms: []entities.Mention{
				{Entity: "A", Sentence: 3},
				{Entity: "B", Sentence: 7},
				{Entity: "C", Sentence: 7},
			},
			w: Sentence, n: 2, edges: 1,
		},
		{
			// No sentences: the document is one paragraph.
			name: "no sentences, paragraph window",
			ms: []entities.Mention{
				{Entity: "A", Sentence: 3},
				{Entity: "B", Sentence: 7},
			},
			w: Paragraph, n: 1, edges: 1,
		},
		{
			// A document without mentions still contributes its windows to N.
			name: "no mentions", sents: sents, w: Paragraph, n: 2, edges: 0,
		},
		{
			name: "nothing", w: Document, n: 1, edges: 0,
		},
		{
			// The same actor twice in a window makes no self-pair.
			name: "no self pairs",
			ms: []entities.Mention{
				{Entity: "A", Sentence: 0},
				{Entity: "A", Sentence: 0},
			},
			sents: sents, w: Sentence, n: 2, edges: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CountDoc(tt.ms, tt.sents, tt.w)
			if c.Windows() != tt.n {
				t.Errorf("Windows() = %d, want %d", c.Windows(), tt.n)
			}
			if got := len(c.Edges(0)); got != tt.edges {
				t.Errorf("len(Edges) = %d, want %d", got, tt.edges)
			}
		})
	}
}

func TestEdgesMinWeightAndOrder(t *testing.T) {
	// Three one-sentence documents: A–B twice, A–C once, B–C once.
	var c Cooc
	for _, ids := range [][]string{{"B", "A"}, {"A", "B", "C"}, {"C"}} {
		var ms []entities.Mention
		for _, id := range ids {
			ms = append(ms, entities.Mention{Entity: id})
		}
		c.Merge(CountDoc(ms, []text.Sentence{{}}, Sentence))
	}
	tests := []struct {
		min  int
		want []string
	}{
		{0, []string{"A-B:2", "A-C:1", "B-C:1"}},
		{1, []string{"A-B:2", "A-C:1", "B-C:1"}},
		{2, []string{"A-B:2"}},
		{3, []string{}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.min), func(t *testing.T) {
			got := []string{}
			for _, e := range c.Edges(tt.min) {
				got = append(got, fmt.Sprintf("%s-%s:%d", e.Source, e.Target, e.Weight))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Edges(%d) = %v, want %v", tt.min, got, tt.want)
			}
		})
	}
	wantNodes := []Node{
		{ID: "A", Mentions: 2, Windows: 2, Documents: 2},
		{ID: "B", Mentions: 2, Windows: 2, Documents: 2},
		{ID: "C", Mentions: 2, Windows: 2, Documents: 2},
	}
	if got := c.Nodes(); !reflect.DeepEqual(got, wantNodes) {
		t.Errorf("Nodes() = %+v, want %+v", got, wantNodes)
	}
	if c.Windows() != 3 || c.Documents() != 3 {
		t.Errorf("Windows, Documents = %d, %d, want 3, 3", c.Windows(), c.Documents())
	}
}

// snapshot is everything observable about a Cooc, independent of its internal id order.
type snapshot struct {
	Nodes    []Node
	Edges    []Edge
	N, Docs  int
	NumPairs int
}

func snap(c *Cooc) snapshot {
	return snapshot{Nodes: c.Nodes(), Edges: c.Edges(0), N: c.Windows(), Docs: c.Documents(), NumPairs: c.NumPairs()}
}

// randomDocs returns n random documents over a small actor vocabulary.
// shardedMerge deals docs, shuffled by r, into n shards, merges each shard, then combines the
// shards right to left into a fresh aggregate (associativity and commutativity of Merge).
func shardedMerge(r *rand.Rand, docs []*Cooc, n int) *Cooc {
	perm := r.Perm(len(docs))
	shards := make([]Cooc, n)
	for i, p := range perm {
		shards[i%len(shards)].Merge(docs[p])
	}
	var c Cooc
	for i := len(shards) - 1; i >= 0; i-- {
		c.Merge(&shards[i])
	}
	return &c
}

func randomDocs(r *rand.Rand, n int) []*Cooc {
	actors := []string{"USA", "IRN", "RUS", "CHN", "UN", "NATO", "EU", "ISR", "PSE", "George W. Bush"}
	out := make([]*Cooc, n)
	for d := range out {
		nsent := 1 + r.IntN(8)
		sents := make([]text.Sentence, nsent)
		para := 0
		for i := range sents {
			if r.IntN(3) == 0 {
				para++
			}
			sents[i] = text.Sentence{Start: i * 100, End: i*100 + 100, Paragraph: para}
		}
		ms := make([]entities.Mention, r.IntN(12))
		for i := range ms {
			s := r.IntN(nsent)
			ms[i] = entities.Mention{Start: s*100 + 1, End: s*100 + 2, Entity: actors[r.IntN(len(actors))], Sentence: s}
		}
		out[d] = CountDoc(ms, sents, Paragraph)
	}
	return out
}

func TestMergeOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	docs := randomDocs(r, 40)

	// Left fold in input order.
	var want Cooc
	for _, d := range docs {
		want.Merge(d)
	}
	ws := snap(&want)
	if ws.Docs != 40 || len(ws.Edges) == 0 {
		t.Fatalf("degenerate reference: %d docs, %d edges", ws.Docs, len(ws.Edges))
	}

	t.Run("reverse", func(t *testing.T) {
		var c Cooc
		for i := len(docs) - 1; i >= 0; i-- {
			c.Merge(docs[i])
		}
		if got := snap(&c); !reflect.DeepEqual(got, ws) {
			t.Errorf("reverse order differs")
		}
	})
	t.Run("shuffled shards", func(t *testing.T) {
		for trial := range 5 {
			c := shardedMerge(r, docs, 1+trial)
			if got := snap(c); !reflect.DeepEqual(got, ws) {
				t.Errorf("trial %d: sharded merge differs", trial)
			}
		}
	})
	t.Run("associative", func(t *testing.T) {
		a, b, cc := docs[0], docs[1], docs[2]
		var ab, left Cooc // (a+b)+c
		ab.Merge(a)
		ab.Merge(b)
		left.Merge(&ab)
		left.Merge(cc)
		var bc, right Cooc // a+(b+c)
		bc.Merge(b)
		bc.Merge(cc)
		right.Merge(a)
		right.Merge(&bc)
		if !reflect.DeepEqual(snap(&left), snap(&right)) {
			t.Errorf("(a+b)+c != a+(b+c)")
		}
	})
	t.Run("nil and empty are identities", func(t *testing.T) {
		var c Cooc
		c.Merge(&want)
		c.Merge(nil)
		c.Merge(&Cooc{})
		if got := snap(&c); !reflect.DeepEqual(got, ws) {
			t.Errorf("merging nil or empty changed the aggregate")
		}
	})
	t.Run("self merge doubles", func(t *testing.T) {
		var c Cooc
		c.Merge(&want)
		c.Merge(&c)
		if c.Windows() != 2*want.Windows() || c.Documents() != 80 {
			t.Errorf("self merge: N %d docs %d", c.Windows(), c.Documents())
		}
		for _, n := range c.Nodes() {
			w, _ := want.Node(n.ID)
			if n.Mentions != 2*w.Mentions || n.Windows != 2*w.Windows || n.Documents != 2*w.Documents {
				t.Errorf("self merge: node %+v, from %+v", n, w)
			}
		}
	})
}

func TestParseWindow(t *testing.T) {
	tests := []struct {
		in      string
		want    Window
		wantErr bool
	}{
		{"", Sentence, false},
		{"sentence", Sentence, false},
		{" Paragraph ", Paragraph, false},
		{"DOCUMENT", Document, false},
		{"page", Sentence, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseWindow(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseWindow(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err == nil && got.String() != map[Window]string{Sentence: "sentence", Paragraph: "paragraph", Document: "document"}[got] {
				t.Errorf("String() = %q", got.String())
			}
		})
	}
	if got := Window(7).String(); got != "Window(7)" {
		t.Errorf("Window(7).String() = %q", got)
	}
}

func BenchmarkCountDoc(b *testing.B) {
	// A 40-sentence news-like document with 3 mentions per sentence over 30 actors.
	const nsent, per = 40, 3
	sents := make([]text.Sentence, nsent)
	var ms []entities.Mention
	for i := range sents {
		sents[i] = text.Sentence{Start: i * 120, End: i*120 + 120, Paragraph: i / 4}
		for j := range per {
			ms = append(ms, entities.Mention{Start: i*120 + j*10, End: i*120 + j*10 + 5,
				Entity: fmt.Sprintf("A%02d", (i*7+j*11)%30), Sentence: i})
		}
	}
	for _, w := range []Window{Sentence, Paragraph, Document} {
		b.Run(w.String(), func(b *testing.B) {
			for b.Loop() {
				CountDoc(ms, sents, w)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

func BenchmarkMerge(b *testing.B) {
	docs := randomDocs(rand.New(rand.NewPCG(3, 4)), 1000)
	for b.Loop() {
		var c Cooc
		for _, d := range docs {
			c.Merge(d)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkEdges(b *testing.B) {
	var c Cooc
	for _, d := range randomDocs(rand.New(rand.NewPCG(5, 6)), 1000) {
		c.Merge(d)
	}
	for b.Loop() {
		c.Edges(1)
	}
}
