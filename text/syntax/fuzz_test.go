package syntax

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzAnalyze parses and analyses any text: no panic, every parse a tree, every span a token
// range of the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Russia and China vetoed the draft, a diplomat said.",
		"", "...", "If if if", "“Iran’s minister”, he said — not.", "a\u00a0b\nc\n\nd",
		strings.Repeat("and ", 50),
	} {
		f.Add(s)
	}
	a, m := mustModels(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := a.Analyze(s, nil)
		for k := range d.Sentences {
			an := m.Analyze(d, k)
			checkTree(t, an.Tree)
			checkSpans(t, d, an.Clauses)
		}
	})
}

// FuzzReadCoNLLU reads any bytes as CoNLL-U: no panic; what is read has words whose ranges are
// in their sentence text and whose heads are in range.
func FuzzReadCoNLLU(f *testing.F) {
	f.Add([]byte("# text = Iran left.\n1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"))
	f.Add([]byte("# text = don't\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n"))
	f.Add([]byte("1\tx\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ss, err := ReadCoNLLU(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, s := range ss {
			for _, w := range s.Words {
				if w.Start < 0 || w.Start > w.End || w.End > len(s.Text) {
					t.Fatalf("word %q at %d-%d of %q", w.Form, w.Start, w.End, s.Text)
				}
				if w.Head < 0 || w.Head > len(s.Words) {
					t.Fatalf("head %d of %d words", w.Head, len(s.Words))
				}
			}
		}
	})
}

// FuzzReadModel reads any bytes as a model: an error or a model, never a panic.
func FuzzReadModel(f *testing.F) {
	f.Add([]byte(modelMagic))
	f.Add([]byte(modelMagic + "\x04\x2c\x59\x6c\x01\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadModel(bytes.NewReader(b))
		if err == nil {
			m.Parse([]string{"Iran", "left"}, []string{"NNP", "VBD"})
		}
	})
}
