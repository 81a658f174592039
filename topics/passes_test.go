package topics

import (
	"reflect"
	"testing"
)

// TestBuilderBinaryRoundTrip checks that a decoded builder is the builder: the same matrix, and
// the same after more documents are added to both or both are merged into a third.
func TestBuilderBinaryRoundTrip(t *testing.T) {
	docs := [][]string{
		{"Iran", "and", "Saudi", "Arabia", "restored", "ties", "in", "Beijing"},
		{"The", "talks", "in", "Beijing", "restored", "trust", "between", "Riyadh", "and", "Tehran"},
		{"Sanctions", "on", "Iran", "were", "debated", "in", "the", "council"},
	}
	b := NewBuilder()
	for i, d := range docs[:2] {
		b.Add(string(rune('a'+i)), d, []string{"IRN"})
	}
	raw, err := b.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var c Builder
	if err := c.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	for _, x := range []*Builder{b, &c} {
		x.Add("c", docs[2], []string{"IRN", "SAU"})
	}
	opts := allTerms()
	mb, err := b.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	mc, err := c.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(mb, mc) {
		t.Errorf("decoded builder gives another matrix:\n got %+v\nwant %+v", mc, mb)
	}
	if mb.Rows != 3 || len(mb.Terms) < 10 {
		t.Fatalf("matrix %d×%d, want 3 documents and at least 10 terms", mb.Rows, len(mb.Terms))
	}
}

// TestBuilderReorder checks that Reorder puts documents where asked, and refuses what is not a
// permutation.
func TestBuilderReorder(t *testing.T) {
	b := NewBuilder()
	for _, id := range []string{"x", "y", "z"} {
		b.Add(id, []string{"summit", "talks", id + "word"}, nil)
	}
	if err := b.Reorder([]int{2, 0, 1}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range b.Docs() {
		got = append(got, b.DocID(i))
	}
	if want := []string{"y", "z", "x"}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	for _, bad := range [][]int{{0, 1}, {0, 0, 1}, {0, 1, 3}} {
		if err := b.Reorder(bad); err == nil {
			t.Errorf("Reorder(%v) accepted", bad)
		}
	}
}
