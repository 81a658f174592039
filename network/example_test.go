package network_test

import (
	"fmt"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/text"
)

// Two documents counted separately and merged, as shards would be.
func ExampleCountDoc() {
	// Document 1: "Tehran rejected the U.S. offer. Moscow backed Iran."
	sents1 := []text.Sentence{{Start: 0, End: 31}, {Start: 32, End: 51}}
	doc1 := []entities.Mention{
		{Start: 0, End: 6, Text: "Tehran", Entity: "IRN", Sentence: 0},
		{Start: 20, End: 24, Text: "U.S.", Entity: "USA", Sentence: 0},
		{Start: 32, End: 38, Text: "Moscow", Entity: "RUS", Sentence: 1},
		{Start: 46, End: 50, Text: "Iran", Entity: "IRN", Sentence: 1},
	}
	// Document 2: "Washington and Tehran met. Beijing stayed silent."
	sents2 := []text.Sentence{{Start: 0, End: 26}, {Start: 27, End: 49}}
	doc2 := []entities.Mention{
		{Start: 0, End: 10, Text: "Washington", Entity: "USA", Sentence: 0},
		{Start: 15, End: 21, Text: "Tehran", Entity: "IRN", Sentence: 0},
		{Start: 27, End: 34, Text: "Beijing", Entity: "CHN", Sentence: 1},
	}

	var total network.Cooc
	total.Merge(network.CountDoc(doc1, sents1, network.Sentence))
	total.Merge(network.CountDoc(doc2, sents2, network.Sentence))

	fmt.Println("windows:", total.Windows(), "documents:", total.Documents())
	for _, e := range total.Edges(1) {
		fmt.Printf("%s-%s weight=%d docs=%d pmi=%.4f npmi=%.4f\n", e.Source, e.Target, e.Weight, e.Documents, e.PMI, e.NPMI)
	}
	// N = 4 sentences; IRN is in 3, USA in 2, RUS in 1.
	// IRN-USA: PMI = ln(2·4/(3·2)) = ln(4/3), NPMI = ln(4/3)/ln(4/2).
	// IRN-RUS: PMI = ln(1·4/(3·1)) = ln(4/3), NPMI = ln(4/3)/ln(4/1).

	// Output:
	// windows: 4 documents: 2
	// IRN-USA weight=2 docs=2 pmi=0.2877 npmi=0.4150
	// IRN-RUS weight=1 docs=1 pmi=0.2877 npmi=0.2075
}
