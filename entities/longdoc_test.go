package entities

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus/synthetic"
	"github.com/geopol/geopol/corpus/synthetic/lineartest"
	"github.com/geopol/geopol/text"
)

// repeatTo repeats s until the result has at least n bytes.
func repeatTo(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }

// TestChainScalesLinearly is the regression test for the quadratic merge of issue 17 (one
// slices.Insert per mention): the chain's time per byte must not grow with the document.
func TestChainScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	c, err := NewChain(nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Pronouns, c.Descriptions = true, true
	shapes := map[string]string{
		"repeated sentence": "Iran and the United States held talks in Oman. ",
		"titles":            "President ",
		"people": "President John Smith met Prime Minister Ali Khan in Paris. He said the Agency would " +
			"meet. They agreed. We welcome it, said the Foreign Secretary. The regime rejected it. ",
		"alternating surnames": "Hassan Rouhani met Ali Rouhani. Rouhani said so. ",
	}
	for name, unit := range shapes {
		lineartest.Check(t, name, 1<<18, func(n int) {
			c.Recognize(text.Segment(repeatTo(unit, n), nil))
		})
	}
	lineartest.Check(t, "synthetic news", 1<<18, func(n int) {
		c.Recognize(text.Segment(synthetic.Text(n, synthetic.OneLine, 1), nil))
	})
}

// windowModel stands for a statistical model: every capitalized token not at a sentence start is a
// one-token ORG, and "Foreign Ministry" pairs a two-token one. It depends on the sentence only, as the
// model does.
func windowModel(d *text.Doc) []Mention {
	var out []Mention
	for _, s := range d.Sentences {
		for i := s.First + 1; i < s.Last; i++ {
			w := d.TokenText(i)
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			end := i
			if i+1 < s.Last && d.TokenText(i+1) == "Ministry" {
				end = i + 1
			}
			out = append(out, Mention{Start: d.Tokens[i].Start, End: d.Tokens[end].End,
				Text: d.Text[d.Tokens[i].Start:d.Tokens[end].End], Type: ORG, Source: "model"})
			i = end
		}
	}
	return out
}

// TestChainWindowsChangeNothing checks that recognizing a document window by window gives the
// mentions recognizing it whole gives, when the recognizers depend on the sentence only (the
// gazetteer, the rules and a sentence-level model).
func TestChainWindowsChangeNothing(t *testing.T) {
	whole, err := NewChain(RecognizerFunc(windowModel))
	if err != nil {
		t.Fatal(err)
	}
	whole.Pronouns, whole.Descriptions, whole.Agents = true, true, true
	for _, form := range []synthetic.Form{synthetic.Paragraphs, synthetic.OneLine, synthetic.Wrapped} {
		doc := synthetic.Text(200_000, form, 7)
		d := text.Segment(doc, nil)
		want := whole.Recognize(d)
		for _, size := range []int{1 << 10, 1 << 13, 1 << 16} {
			windowed := *whole
			windowed.window = size
			if n := len(windows(d, size)); n < 2 {
				t.Fatalf("%v, window %d: %d windows", form, size, n)
			}
			got := windowed.Recognize(text.Segment(doc, nil))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%v, window %d: %d mentions, want %d", form, size, len(got), len(want))
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("first difference at %d: %+v, want %+v", i, got[i], want[i])
						break
					}
				}
			}
			checkSpans(t, doc, got)
			checkSorted(t, got)
		}
	}
}

// TestWindowsCuts checks where windows cuts: runs of about the size asked for, ending after a
// terminal or at a paragraph, covering every sentence once in order.
func TestWindowsCuts(t *testing.T) {
	doc := synthetic.Text(100_000, synthetic.Wrapped, 3)
	d := text.Segment(doc, nil)
	ws := windows(d, 4096)
	if len(ws) < 10 {
		t.Fatalf("%d windows of 4 KB in 100 KB", len(ws))
	}
	next := 0
	for _, w := range ws {
		if w[0] != next || w[1] <= w[0] {
			t.Fatalf("windows %v do not cover the sentences in order", ws)
		}
		next = w[1]
		if w[1] < len(d.Sentences) {
			last := d.Sentences[w[1]-1]
			if n := last.End - d.Sentences[w[0]].Start; n < 4096 || n > 2*4096+1000 {
				t.Errorf("window %v: %d bytes", w, n)
			}
			if !terminal(d.TokenText(last.Last-1)) && d.Sentences[w[1]].Paragraph == last.Paragraph {
				t.Errorf("window %v ends inside a paragraph after %q", w, d.TokenText(last.Last-1))
			}
		}
	}
	if next != len(d.Sentences) {
		t.Fatalf("windows end at sentence %d of %d", next, len(d.Sentences))
	}
	if ws := windows(d, len(doc)); len(ws) != 1 {
		t.Errorf("a document no longer than the window: %v", ws)
	}
}

// checkSorted asserts that mentions are sorted and do not overlap.
func checkSorted(t *testing.T, ms []Mention) {
	t.Helper()
	for i, m := range ms {
		if i > 0 && ms[i-1].End > m.Start {
			t.Fatalf("mentions %d and %d overlap or are out of order: %+v %+v", i-1, i, ms[i-1], m)
		}
	}
}

// TestFinderMatchesScan compares the finder's indexed searches with a plain scan over random
// non-overlapping mentions and predicates.
func TestFinderMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		var ms []Mention
		pos := 0
		for range r.IntN(80) {
			pos += 1 + r.IntN(20)
			n := 1 + r.IntN(10)
			ms = append(ms, Mention{Start: pos, End: pos + n, Entity: fmt.Sprint(r.IntN(3)), Type: []string{PERSON, ORG, GPE}[r.IntN(3)]})
			pos += n
		}
		f := newFinder(ms)
		preds := map[string]func(Mention) bool{
			"any": anyMention,
			"org": func(m Mention) bool { return m.Type == ORG },
			"e2":  func(m Mention) bool { return m.Entity == "2" && m.Type == GPE },
		}
		for q := range 100 {
			p := r.IntN(pos + 10)
			for key, ok := range preds {
				got, gotOK := f.latest(p, key, ok)
				want, wantOK := scanLatest(ms, p, ok)
				if got != want || gotOK != wantOK {
					t.Fatalf("trial %d query %d latest(%d, %s) = %v %v, want %v %v", trial, q, p, key, got, gotOK, want, wantOK)
				}
				got, gotOK = f.first(p, key, ok)
				want, wantOK = scanFirst(ms, p, ok)
				if got != want || gotOK != wantOK {
					t.Fatalf("trial %d query %d first(%d, %s) = %v %v, want %v %v", trial, q, p, key, got, gotOK, want, wantOK)
				}
			}
			got, gotOK := f.onlyPersonBefore(p)
			want, wantOK := scanOnly(ms, p)
			if got != want || gotOK != wantOK {
				t.Fatalf("trial %d onlyPersonBefore(%d) = %v %v, want %v %v", trial, p, got, gotOK, want, wantOK)
			}
		}
	}
}

func scanLatest(ms []Mention, pos int, ok func(Mention) bool) (Mention, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].Start < pos && ms[k].End <= pos && ok(ms[k]) {
			return ms[k], true
		}
	}
	return Mention{}, false
}

func scanFirst(ms []Mention, pos int, ok func(Mention) bool) (Mention, bool) {
	for _, m := range ms {
		if m.Start >= pos && ok(m) {
			return m, true
		}
	}
	return Mention{}, false
}

func scanOnly(ms []Mention, pos int) (Mention, bool) {
	var a Mention
	found := false
	for _, m := range ms {
		if m.End > pos {
			break
		}
		if found && m.Entity != a.Entity {
			return Mention{}, false
		}
		a, found = m, true
	}
	return a, found
}

// TestTitleChainMatchesWalk compares titleChain with walking the run of titles from each token.
func TestTitleChainMatchesWalk(t *testing.T) {
	s := "Deputy Prime Minister President Secretary of State Gen. Lt. John Smith said President President " +
		"Minister of Foreign Affairs Mr . Ali Khan met Prime Minister and President Iran President."
	d := text.Segment(s, nil)
	g := mustGaz(t)
	x := indexHits(g, d, g.scan(d))
	var c titleChain
	for i := len(d.Tokens) - 1; i >= 0; i-- { // from the end, so that the memo is used out of order too
		want := i
		for want < len(d.Tokens) && titleLen(d, want) > 0 && !x.covered(want) {
			want += titleLen(d, want)
		}
		if got := c.end(d, x, i); got != want {
			t.Errorf("token %d %q: run ends at %d, want %d", i, d.TokenText(i), got, want)
		}
	}
}

// TestResolveAlternatingSurnames checks the binary search of Resolve against its rule: a surname
// takes the latest full name before it.
func TestResolveAlternatingSurnames(t *testing.T) {
	var ms []Mention
	pos := 0
	add := func(name string) {
		ms = append(ms, Mention{Start: pos, End: pos + len(name), Text: name, Type: PERSON})
		pos += len(name) + 5
	}
	var want []string
	for i := range 50 {
		full := []string{"Hassan Rouhani", "Ali Rouhani"}[i%2]
		add(full)
		add("Rouhani")
		want = append(want, full, full)
	}
	got := Resolve(slices.Clone(ms))
	for i, m := range got {
		if m.Entity != want[i] {
			t.Fatalf("mention %d %q: entity %q, want %q", i, m.Text, m.Entity, want[i])
		}
	}
}
