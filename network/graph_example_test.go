package network_test

import (
	"fmt"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/text"
)

// A country network with its significance values and PageRank, from two dated documents.
func ExampleCooc_Graph() {
	// Each sentence mentions the actors listed; one sentence per window.
	doc := func(sentences ...[]string) ([]entities.Mention, []text.Sentence) {
		var ms []entities.Mention
		var ss []text.Sentence
		for i, actors := range sentences {
			ss = append(ss, text.Sentence{Start: 10 * i, End: 10*i + 10})
			for _, a := range actors {
				ms = append(ms, entities.Mention{Start: 10 * i, End: 10*i + 1, Entity: a, Sentence: i})
			}
		}
		return ms, ss
	}
	var c network.Cooc
	ms, ss := doc([]string{"IRN", "SAU", "CHN"}, []string{"IRN", "SAU"}, []string{"UN", "IRN"})
	c.Merge(network.CountDocDated(ms, ss, network.Sentence, "2023-03-10"))
	ms, ss = doc([]string{"IRN", "SAU"}, []string{"Tehran"}, nil)
	c.Merge(network.CountDocDated(ms, ss, network.Sentence, "2023-04-06"))

	// Countries only: "UN" is not a country, nor is "Tehran" (its country is IRN).
	countries, _ := network.ParseNodeTypes("countries")
	info := map[string][2]string{"IRN": {"GPE", "IRN"}, "SAU": {"GPE", "SAU"}, "CHN": {"GPE", "CHN"},
		"UN": {"ORG", ""}, "Tehran": {"GPE", "IRN"}}
	g := c.Graph(network.GraphOptions{
		Keep:     countries.Keep(func(id string) (string, string) { return info[id][0], info[id][1] }),
		Timeline: corpus.Month,
	})
	for _, n := range g.Nodes {
		fmt.Printf("%s mentions=%d degree=%d strength=%d pagerank=%.4f\n", n.ID, n.Mentions, n.Degree, n.Strength, n.PageRank)
	}
	for _, e := range g.Edges {
		fmt.Printf("%s-%s weight=%d npmi=%.4f alpha=%.4f p=%.4f timeline=%v\n",
			e.Source, e.Target, e.Weight, e.NPMI, e.Alpha, e.PValue, e.Timeline)
	}
	// N = 6 windows; IRN in 4, SAU in 3, CHN in 1. IRN-SAU: NPMI = ln(3·6/(4·3)) / ln(6/3) = 0.5850;
	// p = P(X >= 3) = C(4,3)/C(6,3) = 0.2; alpha = 1 - 3/4 at both ends. CHN-IRN: alpha at CHN
	// = 1 - 1/2, p = 1 - C(5,4)/C(6,4) = 2/3. PageRank: with x for IRN and SAU and y for CHN,
	// y = 0.05 + 0.85·2·x/4 and 2x + y = 1, so x = 0.95/2.425 = 0.3918 and y = 0.2165.

	// Output:
	// IRN mentions=4 degree=2 strength=4 pagerank=0.3918
	// SAU mentions=3 degree=2 strength=4 pagerank=0.3918
	// CHN mentions=1 degree=2 strength=2 pagerank=0.2165
	// IRN-SAU weight=3 npmi=0.5850 alpha=0.2500 p=0.2000 timeline=[{2023-03-01 2023-03-31 2} {2023-04-01 2023-04-30 1}]
	// CHN-IRN weight=1 npmi=0.2263 alpha=0.5000 p=0.6667 timeline=[{2023-03-01 2023-03-31 1}]
	// CHN-SAU weight=1 npmi=0.3869 alpha=0.5000 p=0.5000 timeline=[{2023-03-01 2023-03-31 1}]
}
