package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkDoc asserts the invariants every Doc must satisfy: tokens are sorted, non-empty, disjoint,
// in bounds, on rune boundaries, free of white space and inside the kept spans; sentences partition
// the tokens in order, cover exactly their tokens, stay inside one kept span, and number paragraphs
// densely from 0.
func checkDoc(t *testing.T, d *Doc, kept []Span) {
	t.Helper()
	text := d.Text
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	inKept := func(s, e int) int {
		if kept == nil {
			return 0
		}
		for k, sp := range kept {
			if sp.Start <= s && e <= sp.End {
				return k
			}
		}
		return -1
	}
	prevEnd := 0
	for i, tok := range d.Tokens {
		if tok.Start < prevEnd || tok.Start >= tok.End || tok.End > len(text) {
			t.Fatalf("token %d [%d,%d) after %d: not sorted, empty or out of bounds (len %d)", i, tok.Start, tok.End, prevEnd, len(text))
		}
		if !boundary[tok.Start] || !boundary[tok.End] {
			t.Fatalf("token %d [%d,%d) %q splits a rune", i, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if strings.IndexFunc(text[tok.Start:tok.End], unicode.IsSpace) >= 0 {
			t.Fatalf("token %d %q contains white space", i, text[tok.Start:tok.End])
		}
		if inKept(tok.Start, tok.End) < 0 {
			t.Fatalf("token %d [%d,%d) outside the kept spans %v", i, tok.Start, tok.End, kept)
		}
		prevEnd = tok.End
	}
	next, para := 0, 0
	for i, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d): want to start at %d and be non-empty", i, s.First, s.Last, next)
		}
		if s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d [%d,%d) does not cover its tokens", i, s.Start, s.End)
		}
		if inKept(s.Start, s.End) < 0 {
			t.Fatalf("sentence %d [%d,%d) crosses a kept-span boundary %v", i, s.Start, s.End, kept)
		}
		if (i == 0 && s.Paragraph != 0) || (i > 0 && s.Paragraph != para && s.Paragraph != para+1) {
			t.Fatalf("sentence %d paragraph %d after %d", i, s.Paragraph, para)
		}
		para = s.Paragraph
		next = s.Last
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences end at token %d of %d", next, len(d.Tokens))
	}
}

func TestAnalyze(t *testing.T) {
	a := mustAnalyzer(t)
	text := "U.S. President Joe Biden met Chinese leader Xi Jinping in Bali on Monday. “We talked,” he said."
	d := a.Analyze(text, nil)
	checkDoc(t, d, nil)
	want := []struct{ tok, tag string }{
		{"U.S.", "NNP"}, {"President", "NNP"}, {"Joe", "NNP"}, {"Biden", "NNP"}, {"met", "VBD"},
		{"Chinese", "JJ"}, {"leader", "NN"}, {"Xi", "NNP"}, {"Jinping", "NNP"}, {"in", "IN"},
		{"Bali", "NNP"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."},
		{"“", "``"}, {"We", "PRP"}, {"talked", "VBD"}, {",", ","}, {"”", "''"}, {"he", "PRP"}, {"said", "VBD"}, {".", "."},
	}
	if len(d.Tokens) != len(want) {
		t.Fatalf("got %d tokens %q, want %d", len(d.Tokens), tokenTexts(text, d.Tokens), len(want))
	}
	for i, w := range want {
		if got := d.TokenText(i); got != w.tok || d.Tokens[i].Tag != w.tag {
			t.Errorf("token %d = %q/%s, want %q/%s", i, got, d.Tokens[i].Tag, w.tok, w.tag)
		}
	}
	if len(d.Sentences) != 2 || d.Sentences[1].First != 14 {
		t.Errorf("sentences %q", sentenceTexts(d))
	}
}

func TestSegmentLeavesTagsEmpty(t *testing.T) {
	d := Segment("Peace talks resumed in Geneva.", nil)
	for i, tok := range d.Tokens {
		if tok.Tag != "" {
			t.Errorf("token %d tagged %q by Segment", i, tok.Tag)
		}
	}
}

func TestTagWordQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`He said "yes" and " no " then`, "He said `` yes '' and `` no '' then"},
		{"‘Hi’ — ok…", "` Hi ' -- ok ..."},
		{"Iran’s isn’t", "Iran 's is n't"},
	}
	for _, tt := range tests {
		d := Segment(tt.in, nil)
		var words []string
		for _, s := range sentenceWords(d) {
			words = append(words, s...)
		}
		if got := strings.Join(words, " "); got != tt.want {
			t.Errorf("tagger words of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeUNGDCInvariants(t *testing.T) {
	a := mustAnalyzer(t)
	for _, text := range readUNGDC(t, 20) {
		d := a.Analyze(text, nil)
		checkDoc(t, d, nil)
		for i, tok := range d.Tokens {
			if tok.Tag == "" {
				t.Fatalf("token %d %q untagged", i, d.TokenText(i))
			}
		}
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := mustAnalyzer(t)
	text := strings.Repeat("The Security Council met on Monday. Russia's envoy didn't attend.\n\n", 20)
	want := a.Analyze(text, nil)
	done := make(chan *Doc, 4)
	for range 4 {
		go func() { done <- a.Analyze(text, nil) }()
	}
	for range 4 {
		got := <-done
		for i := range want.Tokens {
			if got.Tokens[i] != want.Tokens[i] {
				t.Fatalf("token %d differs across goroutines: %v vs %v", i, got.Tokens[i], want.Tokens[i])
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"", "U.S. President Joe Biden met Xi.", "“Stop!” he said.\n\nGen. Smith's dog won't go.",
		"Iran Rejects Sanctions\nTehran said no...", "和平。战争！", "a\xffb \xe6\x9d c", "$1,000.50 (about) — now",
		"'s n't '' `` -- ...", "\u200b\u00a0\u2029x\u2028y",
	}
	for i, s := range seeds {
		f.Add(s, i-2, 2*i+3)
	}
	a := mustAnalyzer(f)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		var kept []Span
		if s >= 0 {
			kept = []Span{{s % (len(text) + 1), e}, {e, e + len(text)/2}}
		}
		d := a.Analyze(text, kept)
		norm := normalizeSpans(text, kept)
		if kept == nil {
			norm = nil
		}
		checkDoc(t, d, norm)
		for i, tok := range d.Tokens {
			if tok.Tag == "" {
				t.Fatalf("token %d %q untagged", i, d.TokenText(i))
			}
		}
	})
}
