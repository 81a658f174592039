package topics_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/geopol/geopol/topics"
)

func Example() {
	docs := []string{
		"Rising seas and carbon emissions threaten island nations.",
		"Carbon emissions must fall before the seas rise further.",
		"Island nations ask for climate finance as seas rise.",
		"Uranium enrichment and centrifuges worry the inspectors.",
		"The inspectors counted centrifuges at the enrichment plant.",
		"Enrichment of uranium resumed; inspectors were expelled.",
	}
	actors := [][]string{{"TUV"}, {"TUV"}, {"FJI"}, {"IRN"}, {"IRN", "IAEA"}, {"IRN"}}
	b := topics.NewBuilder()
	for i, d := range docs {
		b.Add(fmt.Sprintf("doc-%d", i+1), strings.Fields(d), actors[i])
	}
	model, err := b.Fit(context.Background(), topics.Options{K: 2, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range model.Topics {
		top := model.TopDocs(t.ID, 1)[0]
		fmt.Printf("topic %d: %s (top document %s)\n", t.ID, t.Label, top.DocID)
	}
	// Output:
	// topic 0: actor:IRN, enrichment, inspectors (top document doc-4)
	// topic 1: rise, island, nations (top document doc-1)
}
