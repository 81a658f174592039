package ner_test

import (
	"fmt"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/text"
)

// A Model is an entities.Recognizer, so it can join an entities.Chain.
var _ entities.Recognizer = (*ner.Model)(nil)

func ExampleModel_Recognize() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := a.Analyze("Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin. Merkel praised him.", nil)
	for _, mt := range m.Recognize(d) {
		fmt.Printf("%d-%d %s %s (%s)\n", mt.Start, mt.End, mt.Type, mt.Text, mt.Entity)
	}
	// Output:
	// 0-7 NORP Iranian (Iranian)
	// 8-32 PERSON President Hassan Rouhani (Hassan Rouhani)
	// 37-43 NORP German (German)
	// 44-68 PERSON Chancellor Angela Merkel (Angela Merkel)
	// 72-78 GPE Berlin (Berlin)
	// 80-86 PERSON Merkel (Angela Merkel)
}

func ExampleModel_TagTokens() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("NATO troops entered Kabul on Monday .")
	fmt.Println(strings.Join(m.TagTokens(words, nil), " "))
	// Output:
	// U-org O O U-geo O O O
}
