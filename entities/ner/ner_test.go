package ner

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestEncodeBILOU(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		spans []TokenSpan
		want  string
	}{
		{"empty", 3, nil, "O O O"},
		{"unit", 3, []TokenSpan{{1, 2, "geo"}}, "O U-geo O"},
		{"multi", 5, []TokenSpan{{0, 3, "per"}, {4, 5, "org"}}, "B-per I-per L-per O U-org"},
		{"pair", 2, []TokenSpan{{0, 2, "org"}}, "B-org L-org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeBILOU(tt.n, tt.spans)
			if err != nil {
				t.Fatal(err)
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("EncodeBILOU = %q, want %q", s, tt.want)
			}
		})
	}
	for _, bad := range [][]TokenSpan{{{0, 4, "per"}}, {{1, 1, "per"}}, {{0, 2, "per"}, {1, 3, "org"}}, {{0, 1, ""}}} {
		if _, err := EncodeBILOU(3, bad); err == nil {
			t.Errorf("EncodeBILOU(3, %v): no error", bad)
		}
	}
}

func TestDecodeBILOULenient(t *testing.T) {
	tests := []struct {
		labels string
		want   []TokenSpan
	}{
		{"B-per I-per", []TokenSpan{{0, 2, "per"}}},
		{"I-org L-org O", []TokenSpan{{0, 2, "org"}}},
		{"B-per B-org L-org", []TokenSpan{{0, 1, "per"}, {1, 3, "org"}}},
		{"B-per L-org", []TokenSpan{{0, 1, "per"}, {1, 2, "org"}}},
		{"O junk U-geo", []TokenSpan{{2, 3, "geo"}}},
	}
	for _, tt := range tests {
		if got := DecodeBILOU(strings.Fields(tt.labels)); !slices.Equal(got, tt.want) {
			t.Errorf("DecodeBILOU(%q) = %v, want %v", tt.labels, got, tt.want)
		}
	}
}

// randomSpans returns non-overlapping random spans over n tokens.
func randomSpans(r *rand.Rand, n int, types []string) []TokenSpan {
	var spans []TokenSpan
	for i := 0; i < n; {
		if r.IntN(3) == 0 {
			l := 1 + r.IntN(min(4, n-i))
			spans = append(spans, TokenSpan{i, i + l, types[r.IntN(len(types))]})
			i += l
		}
		i++
	}
	return spans
}

func TestBILOURoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	types := []string{"geo", "gpe", "org", "per"}
	for range 2000 {
		n := r.IntN(30)
		spans := randomSpans(r, n, types)
		labels, err := EncodeBILOU(n, spans)
		if err != nil {
			t.Fatalf("EncodeBILOU(%d, %v): %v", n, spans, err)
		}
		if got := DecodeBILOU(labels); !slices.Equal(got, spans) {
			t.Fatalf("round trip of %v via %v gave %v", spans, labels, got)
		}
	}
}

// validSequence reports whether tags form a valid BILOU sequence under ts.
func validSequence(ts *tagSet, tags []int) bool {
	if len(tags) == 0 {
		return true
	}
	n := ts.n()
	if !ts.start[tags[0]] || !ts.end[tags[len(tags)-1]] {
		return false
	}
	for i := 1; i < len(tags); i++ {
		if !ts.allowed[tags[i]*n+tags[i-1]] {
			return false
		}
	}
	return true
}

func checkViterbiValid(t *testing.T, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 1))
	ts := newTagSet([]string{"a", "b", "c", "d"})
	nt := ts.n()
	rnd := func(k int, scale int32) []int32 {
		v := make([]int32, k)
		for i := range v {
			v[i] = r.Int32N(2*scale+1) - scale
		}
		return v
	}
	s := &scratch{}
	for range 200 {
		n := r.IntN(25)
		emit := rnd(n*nt, 1000)
		trans, startW, endW := rnd(nt*nt, 3000), rnd(nt, 3000), rnd(nt, 3000)
		tags := viterbi(ts, emit, trans, startW, endW, n, s)
		if len(tags) != n || !validSequence(ts, tags) {
			labels := make([]string, len(tags))
			for i, tg := range tags {
				labels[i] = ts.labels[tg]
			}
			t.Fatalf("seed %d: invalid sequence %v", seed, labels)
		}
	}
}

func TestViterbiValidProperty(t *testing.T) {
	for seed := range uint64(20) {
		checkViterbiValid(t, seed)
	}
}

func FuzzViterbiValid(f *testing.F) {
	f.Add(uint64(1))
	f.Add(uint64(99))
	f.Fuzz(func(t *testing.T, seed uint64) { checkViterbiValid(t, seed) })
}

// tinySet is a hand-made training set.
func tinySet() []Sentence {
	mk := func(s string, spans ...TokenSpan) Sentence {
		return Sentence{Words: strings.Fields(s), Spans: spans}
	}
	return []Sentence{
		mk("John Smith visited Paris .", TokenSpan{0, 2, "per"}, TokenSpan{3, 4, "geo"}),
		mk("Mary Jones left London on Monday .", TokenSpan{0, 2, "per"}, TokenSpan{3, 4, "geo"}),
		mk("The French army entered Berlin .", TokenSpan{1, 2, "gpe"}, TokenSpan{4, 5, "geo"}),
		mk("Acme Corp hired Anna Lee .", TokenSpan{0, 2, "org"}, TokenSpan{3, 5, "per"}),
		mk("It rained in the morning ."),
		mk("Officials in Rome met the Italian envoy .", TokenSpan{2, 3, "geo"}, TokenSpan{5, 6, "gpe"}),
	}
}

func TestTrainTiny(t *testing.T) {
	m, err := Train(tinySet(), TrainOptions{Epochs: 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Types(); !slices.Equal(got, []string{"geo", "gpe", "org", "per"}) {
		t.Errorf("Types = %v", got)
	}
	tests := []struct{ words, want string }{
		{"John Smith visited Paris .", "B-per L-per O U-geo O"},
		{"Mary Jones left London on Monday .", "B-per L-per O U-geo O O O"},
		{"The French army entered Berlin .", "O U-gpe O O U-geo O"},
		{"Acme Corp hired Anna Lee .", "B-org L-org O B-per L-per O"},
		{"It rained in the morning .", "O O O O O O"},
		{"Officials in Rome met the Italian envoy .", "O O U-geo O O U-gpe O O"},
	}
	for _, tt := range tests {
		got := strings.Join(m.TagTokens(strings.Fields(tt.words), nil), " ")
		if got != tt.want {
			t.Errorf("TagTokens(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	// The same data, options and seed give the same model.
	m2, err := Train(tinySet(), TrainOptions{Epochs: 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 bytes.Buffer
	if err := m.Marshal(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Marshal(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("training twice with the same seed gave different models")
	}
}

func TestTrainPrune(t *testing.T) {
	full, err := Train(tinySet(), TrainOptions{Epochs: 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	pruned, err := Train(tinySet(), TrainOptions{Epochs: 10, Seed: 3, Prune: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	if pruned.Features() >= full.Features() || pruned.Features() == 0 {
		t.Errorf("pruning kept %d of %d feature rows", pruned.Features(), full.Features())
	}
	// Every kept row has a weight of at least 0.3 of the largest one, in absolute value.
	nt := pruned.tags.n()
	for r := range pruned.Features() {
		keep := false
		for _, v := range pruned.w[r*nt : (r+1)*nt] {
			keep = keep || int(v) >= 9831 || -int(v) >= 9831
		}
		if !keep {
			t.Fatalf("row %d kept below the prune fraction: %v", r, pruned.w[r*nt:(r+1)*nt])
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train(nil): no error")
	}
	bad := []Sentence{{Words: []string{"a"}, Spans: []TokenSpan{{0, 2, "per"}}}}
	if _, err := Train(bad, TrainOptions{}); err == nil {
		t.Error("Train with a span out of range: no error")
	}
	if _, err := Train(tinySet(), TrainOptions{UsePOS: true}); err == nil {
		t.Error("Train with UsePOS and no tags: no error")
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	m, err := Train(tinySet(), TrainOptions{Epochs: 5, Seed: 1, UpperCopies: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Marshal(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	m2, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || !slices.Equal(m2.w, m.w) || !slices.Equal(m2.trans, m.trans) {
		t.Fatalf("loaded model differs: %d vs %d features", m2.Features(), m.Features())
	}
	for _, s := range append(tinySet(), Sentence{Words: strings.Fields("PARIS and Anna Smith met in Berlin")}) {
		a, b := m.TagTokens(s.Words, nil), m2.TagTokens(s.Words, nil)
		if !slices.Equal(a, b) {
			t.Errorf("%v: trained %v, loaded %v", s.Words, a, b)
		}
	}
	// Corrupt or truncated files give errors, not panics.
	for _, bad := range [][]byte{nil, []byte("not gzip"), data[:len(data)/2]} {
		if _, err := Load(bytes.NewReader(bad)); err == nil {
			t.Errorf("Load(%d bytes of junk): no error", len(bad))
		}
	}
}

func FuzzLoad(f *testing.F) {
	m, err := Train(tinySet(), TrainOptions{Epochs: 2})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Marshal(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	lm, err := Train(tinySet(), TrainOptions{Epochs: 2, Lexicon: NewLexicon([]LexEntry{
		{Word: "Paris", Cluster: Cluster{Bits: 5, Len: 3}, Gaz: 1 << 2}, {Word: "John", Gaz: 1}})})
	if err != nil {
		f.Fatal(err)
	}
	buf.Reset()
	if err := lm.Marshal(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		tags := m.TagTokens([]string{"John", "Smith", "visited", "Paris", "."}, nil)
		if len(tags) != 5 {
			t.Fatalf("got %d tags", len(tags))
		}
	})
}

// DecodeBILOU returns the entity spans of a BILOU label sequence, in order. It is lenient with
// invalid sequences (as a greedy tagger could produce): a B or I not closed by an L of the same
// type is closed where the run of that type ends, and a stray I or L starts a span.
func DecodeBILOU(labels []string) []TokenSpan {
	var spans []TokenSpan
	start, typ := -1, ""
	closeAt := func(end int) {
		if start >= 0 {
			spans = append(spans, TokenSpan{Start: start, End: end, Type: typ})
			start, typ = -1, ""
		}
	}
	for i, l := range labels {
		p, t := splitLabel(l)
		switch p {
		case 'U':
			closeAt(i)
			spans = append(spans, TokenSpan{Start: i, End: i + 1, Type: t})
		case 'B':
			closeAt(i)
			start, typ = i, t
		case 'I', 'L':
			if start >= 0 && typ != t {
				closeAt(i)
			}
			if start < 0 {
				start, typ = i, t
			}
			if p == 'L' {
				closeAt(i + 1)
			}
		default:
			closeAt(i)
		}
	}
	closeAt(len(labels))
	return spans
}

// TestDecoderVarints checks the decoder's one- and two-byte shortcuts against encoding/binary:
// every int16 and every uint16 written as a varint reads back, and every sequence of one and two
// bytes (non-minimal and unfinished ones included) reads as binary.Varint and binary.Uvarint
// read it, with the same error.
func TestDecoderVarints(t *testing.T) {
	var buf [binary.MaxVarintLen64]byte
	for v := math.MinInt16; v <= math.MaxInt16; v++ {
		d := &decoder{b: buf[:binary.PutVarint(buf[:], int64(v))]}
		if got := d.int16(); got != int16(v) || d.err != nil || len(d.b) != 0 {
			t.Fatalf("int16 of %d: %d, %v, %d bytes left", v, got, d.err, len(d.b))
		}
		u := uint64(v - math.MinInt16)
		d = &decoder{b: buf[:binary.PutUvarint(buf[:], u)]}
		if got := d.uvarint(); got != u || d.err != nil || len(d.b) != 0 {
			t.Fatalf("uvarint of %d: %d, %v, %d bytes left", u, got, d.err, len(d.b))
		}
	}
	for n := 1; n <= 2; n++ {
		for x := range 1 << (8 * n) {
			b := []byte{byte(x), byte(x >> 8)}[:n]
			d := &decoder{b: b}
			got := d.int16()
			v, k := binary.Varint(b)
			want, wantErr := int16(v), k <= 0 || v < math.MinInt16 || v > math.MaxInt16
			if wantErr {
				want = 0
			}
			if got != want || (d.err != nil) != wantErr || !wantErr && len(d.b) != n-k {
				t.Fatalf("int16 of % x: %d, %v; want %d (error %v)", b, got, d.err, want, wantErr)
			}
			d = &decoder{b: b}
			gotU := d.uvarint()
			u, k := binary.Uvarint(b)
			if k <= 0 {
				u = 0
			}
			if gotU != u || (d.err != nil) != (k <= 0) || k > 0 && len(d.b) != n-k {
				t.Fatalf("uvarint of % x: %d, %v; want %d (n %d)", b, gotU, d.err, u, k)
			}
		}
	}
}
