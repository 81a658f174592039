package events

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geopol/geopol/text"
)

// TestLowerWordsStayLower checks what lowerNounLemma and lowerPluralLemma assume of the words of
// lowerWord: strings.ToLower leaves them unchanged. strings.ToLower maps rune by rune (invalid
// bytes become U+FFFD), so it is enough that lowering every rune's lower case changes nothing.
func TestLowerWordsStayLower(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if l := lowerWord(string(r)); strings.ToLower(l) != l {
			t.Fatalf("rune %U: lowerWord gives %q, which strings.ToLower changes to %q", r, l, strings.ToLower(l))
		}
	}
	for _, w := range []string{"Ministers’", "\xff\xfeAB", "İSTANBUL", "ΣΟΦΙΑ", "Ǆemal", "Ⅻ"} {
		if l := lowerWord(w); strings.ToLower(l) != l {
			t.Errorf("%q: lowerWord gives %q, which strings.ToLower changes", w, l)
		}
	}
}

// TestLowerNounLemma compares lowerNounLemma with nounLemma and lowerVerbLemma with verbLemma on
// words in lower case, known to the dictionaries or not, plain and inflected.
func TestLowerNounLemma(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "s", "ss", "us", "ies", "rebels", "forces", "authorities", "navies", "buses", "gas",
		"status", "news", "ministers’", "minister's", "talks", "crisis", "İstanbul", "σοφίας"}
	for l := range c.known {
		words = append(words, l, l+"s", l+"es", l+"ed", l+"d", l+"ing", "re"+l+"ed", "re-"+l+"s")
	}
	for w := range c.verbs.irregular {
		words = append(words, w)
	}
	for _, w := range words {
		w = lowerWord(w)
		for _, known := range []map[string]bool{nil, c.known} {
			if got, want := lowerNounLemma(w, known), nounLemma(w, known); got != want {
				t.Errorf("lowerNounLemma(%q) = %q, nounLemma gives %q", w, got, want)
			}
			if got, want := lowerVerbLemma(w, known), verbLemma(w, known); got != want {
				t.Errorf("lowerVerbLemma(%q) = %q, verbLemma gives %q", w, got, want)
			}
		}
	}
}

// TestViewBuffersLower checks that viewBuffers.lower gives lowerWord of every token, on the sample
// corpus and on tokens with capitals, typographic apostrophes and non-ASCII letters, for one
// sentence after another with the same buffers.
func TestViewBuffersLower(t *testing.T) {
	var b viewBuffers
	check := func(d *text.Doc) {
		t.Helper()
		for _, s := range d.Sentences {
			got := b.lower(d, s)
			if len(got) != s.Last-s.First {
				t.Fatalf("%d words for %d tokens", len(got), s.Last-s.First)
			}
			for i, w := range got {
				if want := lowerWord(d.TokenText(s.First + i)); w != want {
					t.Fatalf("token %q: lower gives %q, lowerWord %q", d.TokenText(s.First+i), w, want)
				}
			}
		}
	}
	eachSampleText(t, func(_, txt string) {
		d, _ := analyze(t, txt)
		check(d)
	})
	// tokens made up of pieces of every kind, in sentences of random lengths
	pieces := []string{"the", "The", "U.S.", "MINISTER", "Minister’s", "’s", "İstanbul", "Côte", "d’Ivoire", "ΣΟΦΙΑ",
		"\xffX", "a-B", "2024", ",", "Kenya", "kenya's", "Al-Shabaab"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		d := &text.Doc{}
		var sb strings.Builder
		for range 1 + r.IntN(4) {
			first, start := len(d.Tokens), sb.Len()
			for range 1 + r.IntN(12) {
				w := pieces[r.IntN(len(pieces))]
				if r.IntN(3) == 0 {
					w += pieces[r.IntN(len(pieces))]
				}
				d.Tokens = append(d.Tokens, text.Token{Start: sb.Len(), End: sb.Len() + len(w)})
				sb.WriteString(w + " ")
			}
			st := text.Sentence{First: first, Last: len(d.Tokens), Start: start, End: sb.Len() - 1}
			if r.IntN(5) == 0 {
				st.End = d.Tokens[st.Last-1].End - 1 // a sentence that does not hold its last token
			}
			d.Sentences = append(d.Sentences, st)
		}
		d.Text = sb.String()
		check(d)
	}
}

// TestLowerASCII compares lowerASCII with a byte-by-byte definition on random strings of every
// length up to 40 bytes, ASCII only or with bytes past ASCII, and with strings.ToLower on the ASCII
// ones.
func TestLowerASCII(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := range 41 {
		for range 200 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(r.IntN(128))
			}
			for range r.IntN(3) {
				if n > 0 {
					b[r.IntN(n)] = byte(128 + r.IntN(128))
				}
			}
			want := append([]byte(nil), b...)
			var wantHigh []int
			for i, c := range want {
				if c >= 128 {
					wantHigh = append(wantHigh, i)
				} else if 'A' <= c && c <= 'Z' {
					want[i] = c + 32
				}
			}
			got := append([]byte(nil), b...)
			high := lowerASCII(got, nil)
			if string(got) != string(want) || !slices.Equal(high, wantHigh) {
				t.Fatalf("lowerASCII(%q) = %q, %v; want %q, %v", b, got, high, want, wantHigh)
			}
			if len(high) == 0 && string(got) != strings.ToLower(string(b)) {
				t.Fatalf("lowerASCII(%q) = %q; strings.ToLower gives %q", b, got, strings.ToLower(string(b)))
			}
		}
	}
}

// TestTokenRange compares tokenRange, which searches the tokens when their starts and ends are in
// order, with a scan of every token, on tokens in order and out of order and on spans that cover
// whole tokens, parts of them, gaps and nothing.
func TestTokenRange(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 500 {
		d := &text.Doc{Text: strings.Repeat("x", 300)}
		at := 0
		for range 1 + r.IntN(20) {
			at += r.IntN(3)
			n := r.IntN(6) // empty tokens too
			d.Tokens = append(d.Tokens, text.Token{Start: at, End: at + n})
			at += n
		}
		if trial%4 == 0 { // out of order
			i, j := r.IntN(len(d.Tokens)), r.IntN(len(d.Tokens))
			d.Tokens[i], d.Tokens[j] = d.Tokens[j], d.Tokens[i]
		}
		s := text.Sentence{First: 0, Last: len(d.Tokens), Start: 0, End: at}
		d.Sentences = []text.Sentence{s}
		var b viewBuffers
		v := b.viewIrreg(d, s, nil, nil)
		for range 50 {
			a := r.IntN(at + 3)
			sp := text.Span{Start: a, End: a + r.IntN(15)}
			wa, wb := -1, -1
			for i, tk := range d.Tokens {
				if tk.End > sp.Start && tk.Start < sp.End {
					if wa < 0 {
						wa = i
					}
					wb = i + 1
				}
			}
			ga, gb, ok := v.tokenRange(sp)
			if ga != wa || gb != wb || ok != (wa >= 0) {
				t.Fatalf("trial %d, tokens %v, span %v: tokenRange = %d, %d, %v; a scan gives %d, %d", trial, d.Tokens, sp, ga, gb, ok, wa, wb)
			}
		}
	}
}

// TestWordTable checks that the word table of the embedded dictionary gives every word its id of
// VerbDict.wordIDs, and no id to other words: the words with a letter changed, cut, lengthened or
// in capitals, and the empty word; and that a nil table holds nothing.
func TestWordTable(t *testing.T) {
	c, err := defaultCoder()
	if err != nil {
		t.Fatal(err)
	}
	tab := c.verbs.words
	if tab.size() != len(c.verbs.wordIDs) || len(c.verbs.wordIDs) == 0 {
		t.Fatalf("table of %d words for %d word ids", tab.size(), len(c.verbs.wordIDs))
	}
	for w, want := range c.verbs.wordIDs {
		if got, ok := tab.get(w); !ok || got != want {
			t.Fatalf("get(%q) = %d, %v; want %d", w, got, ok, want)
		}
		others := []string{w + "x", strings.ToUpper(w), "x" + w}
		if len(w) > 1 {
			others = append(others, w[:len(w)-1], w[:len(w)-1]+string(w[len(w)-1]^1))
		}
		for _, o := range others {
			k, in := c.verbs.wordIDs[o]
			if got, ok := tab.get(o); ok != in || ok && got != k || !ok && got != -1 {
				t.Fatalf("get(%q) = %d, %v; the ids give %d, %v", o, got, ok, k, in)
			}
		}
	}
	if _, in := c.verbs.wordIDs[""]; in {
		t.Error("the empty word has an id")
	}
	if _, ok := tab.get(""); ok {
		t.Error("get(\"\") finds an id")
	}
	var nilTab *wordTable
	if _, ok := nilTab.get("attack"); ok || nilTab.size() != 0 {
		t.Error("a nil table holds words")
	}
}
