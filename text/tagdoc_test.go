package text

import "testing"

// TestTagDocMatchesTag checks that tagging whole documents (Analyze, whose per-document word cache
// spans sentences) gives every token the tag that tagging its sentence alone (Tag, checked against
// prose's scoring by TestTagEquivalenceUNGDC) gives it, on UN General Debate speeches.
func TestTagDocMatchesTag(t *testing.T) {
	texts := readUNGDC(t, 20)
	a := mustAnalyzer(t)
	tokens, diffs := 0, 0
	for _, text := range texts {
		d := a.Analyze(text, nil)
		for k, words := range sentenceWords(d) {
			want := a.Tag(words)
			s := d.Sentences[k]
			for i := range words {
				tokens++
				if got := d.Tokens[s.First+i].Tag; got != want[i] {
					diffs++
					if diffs <= 10 {
						t.Errorf("token %q of %q: Analyze %q, Tag %q", words[i], words, got, want[i])
					}
				}
			}
		}
	}
	if tokens < 20000 {
		t.Errorf("only %d tokens compared", tokens)
	}
	t.Logf("%d tokens, %d differences", tokens, diffs)
}
