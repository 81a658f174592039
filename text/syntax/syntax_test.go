package syntax

import (
	"compress/gzip"
	"os"
	"testing"

	"github.com/geopol/geopol/text"
)

func mustModels(t testing.TB) (*text.Analyzer, *Model) {
	t.Helper()
	a, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if p := os.Getenv("SYNTAX_MODEL"); p != "" {
		m, err = readModelFile(p) // a model under evaluation instead of the embedded one
	}
	if err != nil {
		t.Fatal(err)
	}
	return a, m
}

// TestSpansAreText checks the offset property: every span of every clause is a byte range of the
// document whose text is what the tokens say.
func TestSpansAreText(t *testing.T) {
	a, m := mustModels(t)
	doc := "Obama agreed to ease sanctions on Cuba. Russia and China vetoed the resolution, a senior diplomat said.\n\n“Iran’s foreign minister met his Syrian counterpart in Damascus,” the agency reported."
	d := a.Analyze(doc, nil)
	n := 0
	for k := range d.Sentences {
		an := m.Analyze(d, k)
		for _, c := range an.Clauses {
			for _, list := range [][]Arg{c.Subjects, c.Objects, c.IndirectObjects, c.Obliques, c.Agents, c.Speakers} {
				for _, x := range list {
					checkArg(t, d, x)
					n++
				}
			}
		}
	}
	if n < 6 {
		t.Errorf("only %d arguments found", n)
	}
}

func checkArg(t *testing.T, d *text.Doc, x Arg) {
	t.Helper()
	for _, sp := range []text.Span{x.Span, x.Phrase} {
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(d.Text) {
			t.Fatalf("span %v outside the text", sp)
		}
	}
	h := d.Tokens[x.Head]
	if h.Start < x.Span.Start || h.End > x.Span.End || x.Span.Start < x.Phrase.Start || x.Span.End > x.Phrase.End {
		t.Errorf("head %v, span %v, phrase %v not nested", h, x.Span, x.Phrase)
	}
	for _, y := range x.Mods {
		checkArg(t, d, y)
	}
}

func readModelFile(p string) (*Model, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return ReadModel(zr)
}
