package text

import (
	"slices"
	"testing"
)

// TestAnalyzeLazyTagsLikeAnalyze checks that lazily tagged sentences get the tags Analyze gives,
// whatever the order in which they are asked for, and that untouched sentences stay untagged.
func TestAnalyzeLazyTagsLikeAnalyze(t *testing.T) {
	a := mustAnalyzer(t)
	texts := []string{
		"Iran said on Monday it would respond. \"We will not yield,\" the minister said. Talks resume.",
		"",
		"One sentence without a full stop",
	}
	texts = append(texts, readUNGDCOptional(t, 5)...)
	for _, s := range texts {
		want := a.Analyze(s, nil)
		d := a.AnalyzeLazy(s, nil)
		if !slices.Equal(tokenSpans(d), tokenSpans(want)) || !slices.Equal(d.Sentences, want.Sentences) {
			t.Fatalf("tokens or sentences differ from Analyze")
		}
		for _, tk := range d.Tokens {
			if tk.Tag != "" {
				t.Fatalf("lazy document has a tag before any was asked for")
			}
		}
		// Ask for the last sentence's tags through Tag, then every other sentence backwards.
		if n := len(d.Tokens); n > 0 {
			if got := d.Tag(n - 1); got != want.Tokens[n-1].Tag {
				t.Errorf("Tag(last) = %q, want %q", got, want.Tokens[n-1].Tag)
			}
			if len(d.Sentences) > 1 && d.Tokens[d.Sentences[0].First].Tag != "" {
				t.Errorf("Tag of the last token tagged the first sentence too")
			}
		}
		for k := len(d.Sentences) - 1; k >= 0; k -= 2 {
			d.TagSentence(k)
		}
		d.TagAll()
		for i := range d.Tokens {
			if d.Tokens[i].Tag != want.Tokens[i].Tag {
				t.Fatalf("token %d %q: lazy tag %q, Analyze %q", i, d.TokenText(i), d.Tokens[i].Tag, want.Tokens[i].Tag)
			}
		}
	}
	// A Doc built by hand or by Segment is left alone.
	d := Segment("Iran said so.", nil)
	d.TagAll()
	if d.Tag(0) != "" {
		t.Errorf("Segment's Doc was tagged")
	}
}

func tokenSpans(d *Doc) []Span {
	out := make([]Span, len(d.Tokens))
	for i, tk := range d.Tokens {
		out[i] = Span{tk.Start, tk.End}
	}
	return out
}

// readUNGDCOptional returns up to n UN speeches, or none when the shared corpus is absent.
func readUNGDCOptional(t *testing.T, n int) []string {
	var out []string
	t.Run("ungdc", func(t *testing.T) { out = readUNGDC(t, n) })
	return out
}
