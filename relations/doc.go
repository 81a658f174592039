// Package relations derives relations between canonical actors from their mentions.
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
// mentions with an empty Entity are ignored. A pair is unordered: an [Edge] always has
// Source < Target in byte-wise string order, and a pair is never formed by an actor with itself.
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
package relations
