package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// mayBeName reports whether token k holds a capital letter or a non-ASCII byte and is neither a
// sentence's first function word nor the pronoun "I" inside a sentence; a token outside the text
// (a caller's bad offsets) may be one.
func mayBeName(d *text.Doc, k int, sentenceFirst bool) bool {
	tok := d.Tokens[k]
	if !validSpan(d.Text, tok.Start, tok.End) {
		return true
	}
	w := d.Text[tok.Start:tok.End]
	if sentenceFirst && sentenceStarter(w) {
		return false
	}
	if w == "I" && !sentenceFirst {
		return false // the pronoun: 2% of the words that opened windows on the UN speeches
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// nameWindowsRef is nameWindows with mayBeName asked for every token.
func nameWindowsRef(d *text.Doc, first, last int) [][2]int {
	var dst [][2]int
	for k := first; k < last; k++ {
		if !mayBeName(d, k, k == first) {
			continue
		}
		a, b := max(first, k-windowMargin), min(last, k+windowMargin+1)
		if n := len(dst); n > 0 && a <= dst[n-1][1] {
			dst[n-1][1] = b
		} else {
			dst = append(dst, [2]int{a, b})
		}
	}
	return dst
}

// TestMayBeNameAt compares mayBeNameAt (one eight-byte load for short words) with mayBeName, the
// byte by byte form, and nameWindows (which skips lower-case words with that load written out)
// with nameWindowsRef, for every token and every sentence, on every token of the first 100 UN speeches (as a sentence's first token and
// not), on random words of 0 to 12 bytes over capitals, lower-case letters, the bytes next to
// 'A' and 'Z' ('@', '[', '`', '{'), digits, punctuation and non-ASCII runes, placed at the end of
// the text (fewer than eight bytes after them) and inside it, and on offsets outside the text.
func TestMayBeNameAt(t *testing.T) {
	windows := func(d *text.Doc, first, last int) {
		t.Helper()
		if got, want := nameWindows(d, first, last, nil), nameWindowsRef(d, first, last); !slices.Equal(got, want) {
			t.Fatalf("nameWindows of tokens %d to %d of %q: %v, want %v", first, last, d.Text, got, want)
		}
	}
	check := func(d *text.Doc, k int) {
		t.Helper()
		windows(d, k, k+1)
		for _, first := range []bool{false, true} {
			tok := d.Tokens[k]
			want := mayBeName(d, k, first)
			if got := mayBeNameAt(d.Text, tok.Start, tok.End, first); got != want {
				t.Fatalf("token %d %q of %q (sentence first %v): %v, want %v", k, d.Text[max(0, min(tok.Start, len(d.Text))):max(0, min(tok.End, len(d.Text)))], d.Text, first, got, want)
			}
		}
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	tokens := 0
	for _, tx := range loadUNDocs(t, 100) {
		d := a.Analyze(tx, nil)
		for k := range d.Tokens {
			check(d, k)
		}
		for _, sent := range d.Sentences {
			windows(d, sent.First, sent.Last)
		}
		tokens += len(d.Tokens)
	}
	t.Logf("%d UN tokens", tokens)
	alphabet := []rune("AZaz@[`{09 .-'\u00e9\u00c9\u4eacI")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(13) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		w := b.String()
		if rng.IntN(5) == 0 {
			w = []string{"The", "I", "We", "Now", "In"}[rng.IntN(5)]
		}
		pad := strings.Repeat("x ", rng.IntN(6))
		for _, s := range []string{w, pad + w, pad + w + pad, "a " + w + " b"} {
			start := strings.Index(s, w)
			d := &text.Doc{Text: s, Tokens: []text.Token{{Start: start, End: start + len(w)}}}
			check(d, 0)
		}
	}
	bad := &text.Doc{Text: "Paris is", Tokens: []text.Token{{Start: 3, End: 12}, {Start: -1, End: 2}, {Start: 5, End: 4}}}
	for k := range bad.Tokens {
		check(bad, k)
	}
}
