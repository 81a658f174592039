package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus/synthetic"
	"github.com/geopol/geopol/corpus/synthetic/lineartest"
	"github.com/geopol/geopol/internal/proc"
)

// TestWindowView checks Doc.Window: same text, the window's tokens (shared with the document),
// sentences counted from the window's first token, and lazy tags that are the document's.
func TestWindowView(t *testing.T) {
	a := mustAnalyzer(t)
	s := synthetic.Text(20_000, synthetic.Paragraphs, 5)
	want := a.Analyze(s, nil)
	d := a.AnalyzeLazy(s, nil)
	n := len(d.Sentences)
	if n < 20 {
		t.Fatalf("%d sentences", n)
	}
	for _, r := range [][2]int{{0, n}, {0, 1}, {3, 9}, {n - 4, n}, {5, 5}} {
		w := d.Window(r[0], r[1])
		if w.Text != s || len(w.Sentences) != r[1]-r[0] {
			t.Fatalf("Window%v: %d sentences", r, len(w.Sentences))
		}
		for k, ws := range w.Sentences {
			ds := d.Sentences[r[0]+k]
			if ws.Start != ds.Start || ws.End != ds.End || ws.Paragraph != ds.Paragraph || ws.Last-ws.First != ds.Last-ds.First {
				t.Fatalf("Window%v sentence %d = %+v, document's %+v", r, k, ws, ds)
			}
			for i := ws.First; i < ws.Last; i++ {
				if w.Tokens[i] != d.Tokens[ds.First+i-ws.First] {
					t.Fatalf("Window%v token %d differs", r, i)
				}
			}
		}
	}
	// Tags asked through a window are the document's, and land in the document.
	w := d.Window(3, 9)
	for i := len(w.Tokens) - 1; i >= 0; i -= 3 {
		if got, wantTag := w.Tag(i), want.Tokens[w.Sentences[0].First+d.Sentences[3].First+i].Tag; got != wantTag {
			t.Fatalf("window token %d %q: tag %q, Analyze %q", i, w.TokenText(i), got, wantTag)
		}
	}
	w.TagAll()
	for i, tk := range d.Tokens {
		in := i >= d.Sentences[3].First && i < d.Sentences[8].Last
		if in && tk.Tag != want.Tokens[i].Tag {
			t.Fatalf("token %d: tag %q after TagAll on the window, want %q", i, tk.Tag, want.Tokens[i].Tag)
		}
		if !in && tk.Tag != "" {
			t.Fatalf("token %d outside the window was tagged", i)
		}
	}
	d.TagAll()
	for i := range d.Tokens {
		if d.Tokens[i].Tag != want.Tokens[i].Tag {
			t.Fatalf("token %d: %q, want %q", i, d.Tokens[i].Tag, want.Tokens[i].Tag)
		}
	}
	// A window of a document that is not lazy shares its tags.
	if w := want.Window(1, 2); w.Tag(0) != want.Tokens[want.Sentences[1].First].Tag {
		t.Error("window of a tagged document lost its tags")
	}
}

// TestLongSentencesAreCut: a run of text without sentence boundaries is cut into sentences of at
// most maxSentenceTokens tokens, preferably after a comma or at a line break, and no token is lost.
func TestLongSentencesAreCut(t *testing.T) {
	cases := map[string]string{
		"words":      strings.Repeat("Iran and the United States held talks in Oman ", 10000),
		"commas":     strings.Repeat("Iran and the United States held talks, in Oman ", 10000),
		"lines":      strings.Repeat("iran and the united states held talks\nin oman ", 10000),
		"one token":  strings.Repeat("x", 100_000),
		"table rows": strings.Repeat("1987 1,234 5,678 +12 pct\n", 20000),
	}
	for name, s := range cases {
		d := Segment(s, nil)
		next := 0
		for k, sent := range d.Sentences {
			if n := sent.Last - sent.First; n > maxSentenceTokens || n == 0 {
				t.Fatalf("%s: sentence %d has %d tokens", name, k, n)
			}
			if sent.First != next {
				t.Fatalf("%s: sentence %d starts at token %d, want %d", name, k, sent.First, next)
			}
			next = sent.Last
			if k+1 < len(d.Sentences) && sent.Last-sent.First < maxSentenceTokens {
				last := d.TokenText(sent.Last - 1)
				nl := newlines(s[d.Tokens[sent.Last-1].End:d.Tokens[sent.Last].Start]) > 0
				if last != "," && !nl && name != "one token" {
					t.Fatalf("%s: sentence %d cut after %q, not at a comma or line break", name, k, last)
				}
			}
		}
		if next != len(d.Tokens) {
			t.Fatalf("%s: sentences end at token %d of %d", name, next, len(d.Tokens))
		}
	}
	// Real sentences are far shorter: the UN speeches are not cut at all (their longest sentence
	// has 268 tokens).
	for _, s := range readUNGDCOptional(t, 50) {
		for _, sent := range Segment(s, nil).Sentences {
			if sent.Last-sent.First >= maxSentenceTokens*3/4 {
				t.Errorf("a UN sentence of %d tokens", sent.Last-sent.First)
			}
		}
	}
}

// TestSegmentScalesLinearly: tokenizing, splitting and tagging a long document costs the same per
// byte whatever its length and layout.
func TestSegmentScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	a := mustAnalyzer(t)
	for _, f := range []synthetic.Form{synthetic.Paragraphs, synthetic.OneLine, synthetic.Wrapped} {
		lineartest.Check(t, f.String(), 1<<18, func(n int) {
			a.Analyze(synthetic.Text(n, f, 1), nil)
		})
	}
	lineartest.Check(t, "no punctuation", 1<<18, func(n int) {
		a.Analyze(strings.Repeat("Iran and the United States held talks in Oman ", n/46), nil)
	})
}

// BenchmarkLongDocument analyses one long document of 1, 4 and 16 MB (synthetic news, one line and
// paragraphs): the time per byte must not grow with the length.
func BenchmarkLongDocument(b *testing.B) {
	a := mustAnalyzer(b)
	for _, f := range []synthetic.Form{synthetic.OneLine, synthetic.Paragraphs} {
		for _, mb := range []int{1, 4, 16} {
			s := synthetic.Text(mb<<20, f, 1)
			b.Run(fmt.Sprintf("%s/%dMB", f, mb), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				cpu0 := proc.CPUTime()
				for b.Loop() {
					a.AnalyzeLazy(s, nil).TagAll()
				}
				reportDocs(b, 1, int64(len(s)), cpu0)
			})
		}
	}
}

func TestWindowPanicsOnBadRange(t *testing.T) {
	d := Segment("One. Two. Three.", nil)
	for _, r := range [][2]int{{-1, 1}, {2, 1}, {0, 4}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Window%v did not panic", r)
				}
			}()
			d.Window(r[0], r[1])
		}()
	}
	if w := d.Window(1, 1); len(w.Tokens) != 0 || len(w.Sentences) != 0 || !slices.Equal(d.Sentences[:1], Segment("One. Two. Three.", nil).Sentences[:1]) {
		t.Error("empty window")
	}
}
