package prosener

import (
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/text"
)

func TestAlign(t *testing.T) {
	cases := []struct {
		text, ent string
		from      int
		s, e      int
		ok        bool
	}{
		{"Hassan  Rouhani met Merkel", "Hassan Rouhani", 0, 0, 15, true},
		{"Iranian Iran Iran", "Iran", 0, 8, 12, true}, // not inside "Iranian"
		{"Iran and Iran", "Iran", 5, 9, 13, true},
		{"no match here", "Paris", 0, 0, 0, false},
		{"the U.S. said", "U.S.", 0, 4, 8, true},
	}
	for _, c := range cases {
		s, e, ok := align(c.text, c.ent, c.from)
		if ok != c.ok || (ok && (s != c.s || e != c.e)) {
			t.Errorf("align(%q, %q, %d) = %d %d %v, want %d %d %v", c.text, c.ent, c.from, s, e, ok, c.s, c.e, c.ok)
		}
	}
}

func TestRecognizeOffsetsAndConcurrency(t *testing.T) {
	text := "German Chancellor Angela Merkel met President Barack Obama in Washington on Monday. " +
		"The United Nations said Iran had complied."
	r := New()
	var wg sync.WaitGroup
	results := make([]Result, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := r.Recognize(text)
			if err != nil {
				t.Error(err)
			}
			results[i] = res
		}()
	}
	wg.Wait()
	res := results[0]
	if len(res.Mentions) == 0 {
		t.Fatal("prose found nothing")
	}
	var names []string
	for _, m := range res.Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match text", m)
		}
		names = append(names, m.Text)
	}
	if !strings.Contains(strings.Join(names, "|"), "Merkel") {
		t.Errorf("expected Merkel among %q", names)
	}
	for i := 1; i < len(results); i++ {
		if len(results[i].Mentions) != len(res.Mentions) {
			t.Errorf("run %d found %d mentions, run 0 found %d", i, len(results[i].Mentions), len(res.Mentions))
		}
	}
}

// RecognizeDoc runs prose on the stretches of text the sentences cover: a name in dropped text
// (between the paragraphs) yields nothing, and every offset is into the whole document.
func TestRecognizeDocKeptText(t *testing.T) {
	txt := "Angela Merkel met Emmanuel Macron in Paris.\nMENU Barack Obama HOME\nVladimir Putin spoke in Moscow."
	second := strings.Index(txt, "Vladimir")
	d := &text.Doc{Text: txt, Sentences: []text.Sentence{
		{Start: 0, End: strings.Index(txt, "\n"), Paragraph: 0},
		{Start: second, End: len(txt), Paragraph: 1},
	}}
	if got := keptOf(d); len(got) != 2 || got[1].Start != second {
		t.Fatalf("keptOf = %v", got)
	}
	ms := New().RecognizeDoc(d)
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(txt) || txt[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v: text[%d:%d] = %q", m, m.Start, m.End, txt[max(m.Start, 0):min(m.End, len(txt))])
		}
		seen[m.Text] = true
	}
	if seen["Barack Obama"] {
		t.Error("a name in text no sentence covers was recognized")
	}
	if !seen["Vladimir Putin"] && !seen["Moscow"] {
		t.Errorf("nothing found in the second stretch: %+v", ms)
	}
}
