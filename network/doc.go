// Package network builds the co-occurrence network of the actors of a corpus: who is mentioned
// with whom, how often, how significantly, and when.
//
// # Co-occurrence networks
//
// Two actors co-occur when mentions of both fall in the same window of a document. The window is
// a sentence (the default), a paragraph, or the whole document; see [Window]. [CountDoc] counts one
// document and returns a [Cooc]; the corpus-wide aggregate is built by merging the per-document
// aggregates with [Cooc.Merge], which is associative and commutative, so partial aggregates can be
// computed on separate workers or machines, in any order, and combined.
//
// Actors are identified by the canonical entity id of their mentions (entities.Mention.Entity);
// mentions with an empty Entity are ignored. At the country [Level] ([Level.Mentions]) each mention
// counts for its country instead (entities.Mention.Country: a person's, an organization's, a
// city's), an international organization and its officials for the organization, and mentions
// without a country are left out, so the same counts give the network of countries. A pair is
// unordered: an [Edge] always has Source < Target in byte-wise string order, and a pair is never
// formed by an actor with itself.
//
// For every actor a Cooc keeps the number of mentions, the number of windows in which it is
// mentioned and the number of documents in which it is mentioned ([Node]). For every pair it keeps
// the number of windows in which both are mentioned (the edge weight) and the number of documents in
// which they co-occur at least once ([Edge]). It also keeps N, the total number of windows counted,
// including windows without any mention: every sentence for [Sentence], every paragraph for
// [Paragraph], one per document for [Document].
//
// # Association measures
//
// With window-level probabilities p(x) = n(x)/N and p(x,y) = n(x,y)/N, where n(x) is the number of
// windows mentioning x and n(x,y) the number mentioning both:
//
//	PMI(x,y)     = ln( p(x,y) / (p(x) p(y)) ) = ln( n(x,y) N / (n(x) n(y)) )
//	NPMI(x,y)    = PMI(x,y) / -ln p(x,y),  and NPMI = 1 when p(x,y) = 1
//	Jaccard(x,y) = n(x,y) / (n(x) + n(y) - n(x,y))
//
// Logarithms are natural. NPMI lies in [-1, 1]; because an edge exists only when n(x,y) >= 1, PMI
// and NPMI are always finite, and NPMI > -1. When p(x,y) = 1 (both actors in every window) the
// formula is 0/0; the limit convention of Bouma (2009), "Normalized (pointwise) mutual information
// in collocation extraction", gives 1 (perfect co-occurrence), which is what [Cooc.Edges] reports.
//
// # Networks
//
// [Cooc.Graph] turns an aggregate into a [Graph] ready to be written (reports.NetworkRows maps it
// onto the rows of nodes.csv, edges.csv, network.gexf and network.graphml). [GraphOptions] select
// the actors ([GraphOptions.Keep]; [ParseNodeTypes] builds one from entity types, with "countries"
// for the actors that are their own ISO3 country code) and the edges (MinWeight, MinDocs, and two
// significance filters), and the graph gets, per actor, degree, strength (weighted degree) and
// weighted PageRank, and per edge, besides Weight, Documents, PMI, NPMI and Jaccard:
//
//   - Alpha, the disparity filter of Serrano, Boguñá and Vespignani (2009): at an endpoint of
//     degree k and strength s, an edge of weight w has alpha = (1 - w/s)^(k-1), the probability
//     that a random split of s into k parts gives a part at least as large; the edge's Alpha is the
//     smaller of its two endpoint values, and GraphOptions.Backbone keeps the edges with
//     Alpha < level (the multiscale backbone). See [DisparityAlpha].
//   - PValue, a one-sided hypergeometric test of the co-occurrence against independence: with N
//     windows, x in n(x), y in n(y), the probability of at least n(x,y) shared windows if the
//     windows of y were drawn at random. GraphOptions.MaxPValue keeps the edges below a level. See
//     [HypergeomPValue].
//
// PageRank follows gonum's network.PageRank model for weighted graphs (each undirected edge in
// both directions, damping [DefaultDamping], uniform teleport, walkers at isolated actors jumping
// uniformly) but is computed here by power iteration from the uniform vector in a fixed order, to
// [PageRankTolerance], so it is bit-for-bit reproducible; gonum's implementation starts from a
// random vector. The tests check it against gonum and against the closed form of a star.
//
// # Timelines
//
// [CountDocDated] counts a document like [CountDoc] and also keeps its counts under the document's
// date; merged aggregates keep per-date counts for every actor (mentions) and pair (windows), by
// the same associative, commutative Merge. GraphOptions.Timeline (a corpus.Period: day, month, quarter or year) then gives
// every node and edge a Timeline of [Spell]s, one per period with a positive count, which
// reports.WriteDynamicGEXF writes as GEXF spells and dynamic weights. Undated documents count in
// the totals and in no period.
package network
