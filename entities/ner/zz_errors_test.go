package ner

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZErrors(t *testing.T) {
	if os.Getenv("NER_ERRORS") == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/data/train/gmb_sentences.jsonl")
	sents, _ := ReadGMB(f)
	_, test := SplitHeldOut(sents, 0.1)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range test[:600] {
		pred := m.Spans(s.Words, nil)
		g := map[TokenSpan]bool{}
		for _, x := range s.Spans {
			g[x] = true
		}
		p := map[TokenSpan]bool{}
		for _, x := range pred {
			p[x] = true
		}
		var b strings.Builder
		for _, x := range s.Spans {
			if !p[x] {
				fmt.Fprintf(&b, " MISS[%s %s]", x.Type, strings.Join(s.Words[x.Start:x.End], " "))
			}
		}
		for _, x := range pred {
			if !g[x] {
				fmt.Fprintf(&b, " FP[%s %s]", x.Type, strings.Join(s.Words[x.Start:x.End], " "))
			}
		}
		if b.Len() > 0 && n < 60 {
			n++
			fmt.Println(strings.Join(s.Words, " "))
			fmt.Println("   ", b.String())
		}
	}
}
