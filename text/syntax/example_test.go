package syntax_test

import (
	"fmt"
	"log"

	"github.com/geopol/geopol/text"
	"github.com/geopol/geopol/text/syntax"
)

func ExampleModel_Analyze() {
	a, err := text.NewAnalyzer()
	if err != nil {
		log.Fatal(err)
	}
	m, err := syntax.Default()
	if err != nil {
		log.Fatal(err)
	}
	doc := a.Analyze("Obama agreed to ease sanctions on Cuba, the White House said.", nil)
	span := func(s text.Span) string { return doc.Text[s.Start:s.End] }
	for _, c := range m.Analyze(doc, 0).Clauses {
		fmt.Printf("%s: reported %v", c.Lemma, c.Reported)
		for _, g := range c.Governors {
			fmt.Printf(", governed by %s", g.Lemma)
		}
		for _, s := range c.Subjects {
			fmt.Printf(", subject %q (%s)", span(s.Span), s.Via)
		}
		for _, o := range c.Objects {
			fmt.Printf(", object %q", span(o.Span))
			for _, x := range o.Mods {
				fmt.Printf(" %s %q", x.Prep, span(x.Span))
			}
		}
		for _, o := range c.Obliques {
			fmt.Printf(", %s %q", o.Prep, span(o.Span))
		}
		fmt.Println()
	}
	// Output:
	// agree: reported true, subject "Obama" (direct)
	// ease: reported true, governed by agree, subject "Obama" (control), object "sanctions" on "Cuba"
	// say: reported false, subject "the White House" (direct)
}
