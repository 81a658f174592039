package text

import (
	"slices"
	"strings"
	"testing"
)

// TestReleaseReuse analyses texts one after another, releasing each Doc once read, and checks that
// every Doc has the tokens, sentences and tags of a fresh analysis: a text shorter than the one
// before (whose tokens, tags and tagged sentences are left in the released arrays) gets none of
// them, and a longer one is not cut short.
func TestReleaseReuse(t *testing.T) {
	a := mustAnalyzer(t)
	long := strings.Repeat("The minister of Iran met officials in Geneva on Monday. \"We will talk,\" he said.\n\n", 40)
	texts := []string{
		long,
		"Talks resume.",
		"",
		long + "France and Germany signed an accord.",
		"One sentence without a full stop",
		long[:300],
	}
	texts = append(texts, readUNGDCOptional(t, 4)...)
	// The fresh analyses are made first: made in the loop, they would take the released arrays.
	halves := func(s string) []Span { return []Span{{0, len(s) / 2}, {len(s) / 2, len(s)}} }
	wants, halfWants := make([]*Doc, len(texts)), make([]*Doc, len(texts))
	for i, s := range texts {
		wants[i], halfWants[i] = a.Analyze(s, nil), a.Analyze(s, halves(s))
	}
	for round := range 3 {
		for i, s := range texts {
			want := wants[i]
			var d *Doc
			switch round {
			case 0:
				d = Segment(s, nil)
			case 1:
				d = a.AnalyzeLazy(s, nil)
				for _, tk := range d.Tokens {
					if tk.Tag != "" {
						t.Fatalf("round %d, text %d: a lazily analysed token has a tag before any was asked for", round, i)
					}
				}
				if len(d.Sentences) > 1 {
					d.TagSentence(len(d.Sentences) - 1) // leave the others untagged
				}
				d.TagAll()
			default:
				d, want = a.Analyze(s, halves(s)), halfWants[i]
			}
			if round == 0 {
				if !slices.Equal(tokenSpans(d), tokenSpans(want)) {
					t.Fatalf("round %d, text %d: tokens differ from a fresh analysis", round, i)
				}
			} else if !slices.Equal(d.Tokens, want.Tokens) {
				t.Fatalf("round %d, text %d: tokens or tags differ from a fresh analysis", round, i)
			}
			if !slices.Equal(d.Sentences, want.Sentences) {
				t.Fatalf("round %d, text %d: sentences differ from a fresh analysis", round, i)
			}
			d.Release()
			if d.Tokens != nil || d.Sentences != nil || d.lazy != nil || d.bufs != nil {
				t.Fatalf("round %d, text %d: Release left the Doc's slices in place", round, i)
			}
			d.Release() // a second Release does nothing
		}
	}
	// A Doc made otherwise keeps its slices.
	d := &Doc{Text: "a b", Tokens: []Token{{0, 1, ""}, {2, 3, ""}}}
	d.Release()
	if len(d.Tokens) != 2 {
		t.Fatalf("Release of a Doc not made by Segment dropped its tokens")
	}
}

// TestReleaseReusesArrays checks that a Segment after a Release fills the released arrays when they
// are large enough (the pool may drop them, as under the race detector: then nothing is checked).
func TestReleaseReusesArrays(t *testing.T) {
	s := strings.Repeat("Iran and Iraq talked. ", 50)
	d := Segment(s, nil)
	p := &d.Tokens[:1][0]
	d.Release()
	e := Segment(s[:len(s)/2], nil)
	if &e.Tokens[:1][0] != p {
		t.Skip("the pool dropped the released arrays")
	}
	if want := Segment(s[:len(s)/2], nil); !slices.Equal(e.Tokens, want.Tokens) || !slices.Equal(e.Sentences, want.Sentences) {
		t.Fatalf("a Segment into released arrays differs from a fresh one")
	}
}
