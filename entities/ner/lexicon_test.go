package ner

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"
)

// clusterCorpus is a small corpus in which capitals, weekdays and verbs each share contexts.
func clusterCorpus() [][]string {
	var out [][]string
	cities := []string{"Paris", "Berlin", "Rome", "Madrid", "Vienna", "Lisbon"}
	days := []string{"Monday", "Tuesday", "Friday", "Sunday", "Thursday", "Saturday"}
	verbs := []string{"visited", "left", "reached", "toured", "praised", "bombed"}
	for i := range 60 {
		c, d, v := cities[i%6], days[(i/6)%6], verbs[(i/3)%6]
		out = append(out,
			strings.Fields("officials "+v+" "+c+" on "+d+" ."),
			strings.Fields("the talks in "+c+" ended on "+d+" ."),
			strings.Fields("troops "+v+" the border on "+d+" ."),
		)
	}
	return out
}

func seqOf(sents [][]string) func(func([]string) bool) {
	return func(yield func([]string) bool) {
		for _, s := range sents {
			if !yield(s) {
				return
			}
		}
	}
}

func TestTrainClusters(t *testing.T) {
	opts := ClusterOptions{MinCount: 3, ContextWords: 20, Depth: 6}
	cl := TrainClusters(seqOf(clusterCorpus()), opts)
	for _, w := range []string{"Paris", "Monday", "visited", "the", "."} {
		if c, ok := cl[w]; !ok || c.Len == 0 || c.Len > 6 {
			t.Errorf("%s: cluster %v %v", w, c, ok)
		}
	}
	// Words of the same kind share a longer prefix with each other than with other kinds.
	common := func(a, b string) int {
		x, y := cl[a].String(), cl[b].String()
		n := 0
		for n < len(x) && n < len(y) && x[n] == y[n] {
			n++
		}
		return n
	}
	for _, tt := range [][3]string{{"Paris", "Lisbon", "Monday"}, {"Monday", "Friday", "Rome"}, {"Vienna", "Madrid", "toured"}} {
		if common(tt[0], tt[1]) <= common(tt[0], tt[2]) {
			t.Errorf("%s %s share %d bits, %s %s share %d: %v %v %v", tt[0], tt[1], common(tt[0], tt[1]),
				tt[0], tt[2], common(tt[0], tt[2]), cl[tt[0]], cl[tt[1]], cl[tt[2]])
		}
	}
	// Deterministic.
	again := TrainClusters(seqOf(clusterCorpus()), opts)
	for w, c := range cl {
		if again[w] != c {
			t.Fatalf("%s: %v then %v", w, c, again[w])
		}
	}
	if got := TrainClusters(seqOf(nil), opts); len(got) != 0 {
		t.Errorf("empty corpus: %d clusters", len(got))
	}
}

func TestClusterPrefix(t *testing.T) {
	c := Cluster{Bits: 0b101101, Len: 6}
	if c.String() != "101101" {
		t.Errorf("String = %q", c.String())
	}
	if got := c.prefix(4); got != 0b1011<<8|4 {
		t.Errorf("prefix(4) = %#x", got)
	}
	if got := c.prefix(10); got != 0b101101<<8|6 {
		t.Errorf("prefix(10) = %#x", got)
	}
}

func TestLexiconRoundTrip(t *testing.T) {
	lex := NewLexicon([]LexEntry{
		{Word: "Paris", Cluster: Cluster{Bits: 0b0110, Len: 4}, Gaz: 1 << 2},
		{Word: "Nations", Gaz: 1 << (5 + 1)},
		{Word: "Iranian", Cluster: Cluster{Bits: 1, Len: 1}, Gaz: 1<<4 | 1<<(5+4)},
		{Word: "Paris", Gaz: 1 << (5 + 2)}, // merged with the first
		{Word: "bad\tword"},                // dropped
	})
	if lex.Len() != 3 {
		t.Fatalf("Len = %d, want 3", lex.Len())
	}
	var buf bytes.Buffer
	if err := lex.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLexicon(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want := []LexEntry{
		{Word: "Iranian", Cluster: Cluster{Bits: 1, Len: 1}, Gaz: 1<<4 | 1<<9},
		{Word: "Nations", Gaz: 1 << 6},
		{Word: "Paris", Cluster: Cluster{Bits: 0b0110, Len: 4}, Gaz: 1<<2 | 1<<7},
	}
	if got := back.Entries(); !slices.Equal(got, want) {
		t.Errorf("read back %v, want %v", got, want)
	}
	if got := want[2].Gaz.String(); got != "Gg" {
		t.Errorf("flags %q, want Gg", got)
	}
	tab := newLexTable(back)
	if v := tab.get(hashString("Paris")); lexCluster(v) != want[2].Cluster || lexGaz(v) != uint64(want[2].Gaz) {
		t.Errorf("table value of Paris %#x", v)
	}
	if v := tab.get(hashString("paris")); v != 0 {
		t.Errorf("table value of paris %#x, want 0", v)
	}
	for _, bad := range []string{"w\t012\t", "w\t01\tX", "w\t01", "\t01\tG"} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(bad + "\n"))
		zw.Close()
		if _, err := ReadLexicon(&b); err == nil {
			t.Errorf("ReadLexicon(%q): no error", bad)
		}
	}
}

// TestTrainWithLexicon checks that lexicon features generalize: a city never seen in training
// gets its type from the cluster it shares with the training cities, and the lexicon survives
// Marshal and Load.
func TestTrainWithLexicon(t *testing.T) {
	cities := Cluster{Bits: 0b1010, Len: 4}
	lex := NewLexicon([]LexEntry{
		{Word: "Paris", Cluster: cities}, {Word: "London", Cluster: cities}, {Word: "Berlin", Cluster: cities},
		{Word: "Rome", Cluster: cities}, {Word: "Quito", Cluster: cities},
		{Word: "John", Cluster: Cluster{Bits: 0b0111, Len: 4}}, {Word: "Mary", Cluster: Cluster{Bits: 0b0111, Len: 4}},
	})
	m, err := Train(tinySet(), TrainOptions{Epochs: 10, Seed: 3, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Officials in Quito met the Italian envoy .")
	if got := strings.Join(m.TagTokens(words, nil), " "); got != "O O U-geo O O U-gpe O O" {
		t.Errorf("with lexicon: %q", got)
	}
	var buf bytes.Buffer
	if err := m.Marshal(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m2.lexicon.Entries(), lex.Entries()) {
		t.Errorf("lexicon after Load: %v", m2.lexicon.Entries())
	}
	for _, s := range append(tinySet(), Sentence{Words: words}) {
		if a, b := m.TagTokens(s.Words, nil), m2.TagTokens(s.Words, nil); !slices.Equal(a, b) {
			t.Errorf("%v: trained %v, loaded %v", s.Words, a, b)
		}
	}
}

// TestLoadVersion1 checks that model files of format 1 (no lexicon section) still load: a
// lexicon-less model is written, rewritten as version 1 and loaded back.
func TestLoadVersion1(t *testing.T) {
	m, err := Train(tinySet(), TrainOptions{Epochs: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Marshal(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if raw[len(magic)] != fileVersion || raw[len(raw)-1] != 0 {
		t.Fatalf("unexpected layout: version byte %d, last byte %d", raw[len(magic)], raw[len(raw)-1])
	}
	v1 := slices.Clone(raw[:len(raw)-1]) // no lexicon count
	v1[len(magic)] = 1
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(v1)
	zw.Close()
	m1, err := Load(&z)
	if err != nil {
		t.Fatalf("Load(version 1): %v", err)
	}
	words := strings.Fields("John Smith visited Paris .")
	if a, b := m.TagTokens(words, nil), m1.TagTokens(words, nil); !slices.Equal(a, b) {
		t.Errorf("version 1 model tags %v, want %v", b, a)
	}
	// A version 2 file whose lexicon words are not increasing is rejected.
	lm, err := Train(tinySet(), TrainOptions{Epochs: 3, Seed: 1, Lexicon: NewLexicon([]LexEntry{
		{Word: "Aaa", Cluster: Cluster{Bits: 1, Len: 1}}, {Word: "Bbb", Cluster: Cluster{Bits: 0, Len: 1}}})})
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := lm.Marshal(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err = gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err = io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(raw, []byte("Bbb"))
	if i < 0 {
		t.Fatal("lexicon word not found in the model file")
	}
	bad := slices.Clone(raw)
	copy(bad[i:], "Aaa")
	z.Reset()
	zw = gzip.NewWriter(&z)
	zw.Write(bad)
	zw.Close()
	if _, err := Load(&z); err == nil {
		t.Error("Load with repeated lexicon words: no error")
	}
}
