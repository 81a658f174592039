package network

import (
	"bytes"
	"encoding/gob"
	"errors"
	"math"
	"testing"
)

// TestCheckActors checks the limit at its boundary: MaxActors actors fit the int32 positions of
// Graph and PageRank, one more does not.
func TestCheckActors(t *testing.T) {
	if MaxActors != math.MaxInt32 || actorLimit != MaxActors {
		t.Fatalf("MaxActors = %d, limit %d: want the int32 limit", MaxActors, actorLimit)
	}
	for _, n := range []int{0, 1, MaxActors - 1, MaxActors} {
		if err := checkActors(n); err != nil {
			t.Errorf("checkActors(%d) = %v, want nil", n, err)
		}
	}
	for _, n := range []int{-1, MaxActors + 1, math.MaxUint32, math.MaxInt} {
		if err := checkActors(n); !errors.Is(err, ErrTooManyActors) {
			t.Errorf("checkActors(%d) = %v, want ErrTooManyActors", n, err)
		}
	}
	// The largest index is MaxActors-1, which int32 holds.
	if int64(int32(MaxActors-1)) != MaxActors-1 {
		t.Error("the last actor's position does not fit int32")
	}
}

// TestInternPanicsPastLimit checks that a Cooc holding the most actors it may refuses another
// instead of wrapping its index around, with the limit lowered to three actors (a Cooc of
// MaxActors actors would take tens of gigabytes).
func TestInternPanicsPastLimit(t *testing.T) {
	defer func(l int) { actorLimit = l }(actorLimit)
	actorLimit = 3
	c := &Cooc{}
	for _, id := range []string{"A", "B", "C", "A"} {
		c.intern(id)
	}
	if c.NumNodes() != 3 {
		t.Fatalf("%d actors, want 3", c.NumNodes())
	}
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, ErrTooManyActors) {
			t.Fatalf("intern past the limit: recovered %v, want ErrTooManyActors", r)
		}
		if c.NumNodes() != 3 {
			t.Errorf("%d actors after the refusal, want 3", c.NumNodes())
		}
	}()
	c.intern("D")
	t.Fatal("intern past the limit did not panic")
}

// TestUnmarshalRejectsCorrupt checks that UnmarshalBinary returns an error, and leaves the
// receiver alone, for encodings MarshalBinary cannot write, instead of panicking then or later in
// Graph; and that what it writes still decodes.
func TestUnmarshalRejectsCorrupt(t *testing.T) {
	ms, sents := tinyDoc()
	doc := CountDocDated(ms, sents, Sentence, "2024-03-01")
	var agg Cooc
	agg.Merge(doc)
	agg.Merge(CountDocDated(ms, sents, Sentence, "2024-03-02"))
	good, err := agg.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var base coocWire
	if err := gob.NewDecoder(bytes.NewReader(good)).Decode(&base); err != nil {
		t.Fatal(err)
	}
	if len(base.Names) != 3 || len(base.PairKeys) < 2 || len(base.Dates) != 2 || len(base.NodeDateKeys) < 2 || len(base.PairDateKeys) < 2 {
		t.Fatalf("fixture: %d names, %d pairs, %d dates, %d node dates, %d pair dates",
			len(base.Names), len(base.PairKeys), len(base.Dates), len(base.NodeDateKeys), len(base.PairDateKeys))
	}
	clone := func() coocWire {
		w := base
		w.Names = append([]string(nil), base.Names...)
		w.Mentions = append([]int(nil), base.Mentions...)
		w.PairKeys = append([]uint64(nil), base.PairKeys...)
		w.PairDocs = append([]int(nil), base.PairDocs...)
		w.Dates = append([]string(nil), base.Dates...)
		w.NodeDateKeys = append([]uint64(nil), base.NodeDateKeys...)
		w.PairDateKeys = append([]uint64(nil), base.PairDateKeys...)
		w.PairDateDates = append([]uint32(nil), base.PairDateDates...)
		return w
	}
	cases := map[string]func(w *coocWire){
		"short node column":       func(w *coocWire) { w.Mentions = w.Mentions[:2] },
		"short pair column":       func(w *coocWire) { w.PairDocs = w.PairDocs[:len(w.PairDocs)-1] },
		"actor named twice":       func(w *coocWire) { w.Names[2] = w.Names[0] },
		"pair past the actors":    func(w *coocWire) { w.PairKeys[0] = 1<<32 | 3 },
		"pair of one actor":       func(w *coocWire) { w.PairKeys[0] = 1<<32 | 1 },
		"pair in the wrong order": func(w *coocWire) { w.PairKeys[0] = 2<<32 | 1 },
		"date named twice":        func(w *coocWire) { w.Dates[1] = w.Dates[0] },
		"node date past dates":    func(w *coocWire) { w.NodeDateKeys[0] = 2 },       // actor 0, date 2
		"node date past actors":   func(w *coocWire) { w.NodeDateKeys[0] = 3 << 32 }, // actor 3, date 0
		"pair date past dates":    func(w *coocWire) { w.PairDateDates[0] = 2 },
		"pair date past actors":   func(w *coocWire) { w.PairDateKeys[0] = 3 }, // actors 0 and 3
		"pair key twice":          func(w *coocWire) { w.PairKeys[1] = w.PairKeys[0] },
		"node date key twice":     func(w *coocWire) { w.NodeDateKeys[1] = w.NodeDateKeys[0] },
		"pair date key twice": func(w *coocWire) {
			w.PairDateKeys[1], w.PairDateDates[1] = w.PairDateKeys[0], w.PairDateDates[0]
		},
	}
	for name, corrupt := range cases {
		w := clone()
		corrupt(&w)
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
			t.Fatal(err)
		}
		c := CountDoc(ms, sents, Sentence)
		before := c.NumNodes()
		if err := c.UnmarshalBinary(buf.Bytes()); err == nil {
			t.Errorf("%s: decoded without error", name)
		} else if c.NumNodes() != before {
			t.Errorf("%s: the receiver changed on error", name)
		}
	}
	var dec Cooc
	if err := dec.UnmarshalBinary(good); err != nil {
		t.Fatalf("a valid encoding: %v", err)
	}
	if dec.NumNodes() != 3 || dec.NumPairs() != agg.NumPairs() {
		t.Errorf("a valid encoding decodes to %d actors, %d pairs", dec.NumNodes(), dec.NumPairs())
	}
}

// TestMergeRefusesPastLimit checks that Merge returns ErrTooManyActors, and leaves the receiver
// unchanged, when the union of two aggregates would hold more actors than the limit (lowered to
// three), and that a merge within the limit, shared actors counted once, succeeds.
func TestMergeRefusesPastLimit(t *testing.T) {
	defer func(l int) { actorLimit = l }(actorLimit)
	actorLimit = 3
	doc := func(ids ...string) *Cooc {
		c := &Cooc{}
		for _, id := range ids {
			c.intern(id)
		}
		return c
	}
	c := doc("A", "B")
	if err := c.Merge(doc("B", "C")); err != nil {
		t.Fatalf("A,B + B,C (three actors): %v", err)
	}
	err := c.Merge(doc("C", "D"))
	if !errors.Is(err, ErrTooManyActors) {
		t.Fatalf("A,B,C + C,D: error %v, want ErrTooManyActors", err)
	}
	if c.NumNodes() != 3 {
		t.Errorf("%d actors after the refused merge, want 3", c.NumNodes())
	}
	if _, ok := c.Node("D"); ok {
		t.Error("the refused merge added D")
	}
}
