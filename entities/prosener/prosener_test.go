package prosener

import (
	"strings"
	"sync"
	"testing"
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
