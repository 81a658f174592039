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
// the same associative, commutative Merge. GraphOptions.Timeline (Day, Month or Year) then gives
// every node and edge a Timeline of [Spell]s, one per period with a positive count, which
// reports.WriteDynamicGEXF writes as GEXF spells and dynamic weights. Undated documents count in
// the totals and in no period.
//
// # Actor-relationship events
//
// [ExtractEvents] codes who did what to whom in one analysed document, with the default [Coder]
// ([NewCoder] makes others: a user's verb dictionary, generic agents, the dependency parser).
// Only sentences with two or more actors are looked at, and an actor must be grounded: a country,
// a demonym, a place of a country, an organization or person the gazetteer, the rules or a user
// dictionary know, a mention given a country; not a capitalized name nothing else supports (a
// letter of credit "LOC", a job title); generic agents ("rebels", "police") count when the sentence
// names their country, or always with CoderOptions.Agents.
//
// Clauses. The clause analysis finds, over the part-of-speech tags, every verb that is not an
// auxiliary and its auxiliary chain ("has not been", "is expected to"), its subject (the actor of
// the noun phrase before the chain, over adverbs, time adjuncts and appositives; through a
// prepositional phrase only when its head is a role noun: "a spokesman for the ministry"; the
// antecedent of "which", "who"; the subject shared by "and" with the predicate before), how it
// hangs on another verb (the infinitive of "urged Iran to", the clause of "demanded that", the
// clause reported by "said (that)" or by a parenthetical ", officials said", a participle
// adjunct, a reduced relative "civilians killed by troops", a purpose clause) and where its
// complement ends. One event is coded per clause, between the members of its source and target
// groups ("Russia and China vetoed" gives two).
//
// Codes. A verb's code comes from the verb pattern dictionary ([CAMEOVerbs], the CAMEO dictionary
// of the PETRARCH-2 coder compiled by tools/cameoverbs, or a user's [VerbDict]) and, with the
// built-in dictionary, from the package's lexicon of news phrasing: the most specific pattern
// matching the words after the verb in its complement wins ("imposed sanctions on"), a pattern of
// the dictionary written for the verb at hand before one of another verb of its block, else the
// verb's own code or its block's. A dictionary code "A:B" codes A from source to target and B back
// ("visited" 042 and "hosted" 043); ":B" only the act of the target on the source ("received a
// loan from the World Bank": the World Bank's 071 to the subject).
//
// Direction. The source is the subject, or the agent of a passive ("was attacked by Hamas"); the
// target is the actor a pattern names, else the direct object, else the object of a preposition of
// direction or partnership ("fired at", "sanctions on", "talks with", "aid to", "arms from"),
// else of another preposition, places last; the object of "by" after a noun is the agent of the
// act the object names ("condemned an attack by X": X). Joint acts ("met", "clashed", "signed an
// agreement with") go both ways; other reciprocal acts ("restored ties") go both ways only between
// the members of a compound subject; an exercise held near a country is a show of force (150).
//
// Modality and frames (see Coder.final): an appeal, demand, promise, refusal or threat about an
// act is coded by that act ("urged Iran to release the sailors" 0253, "refused to meet" 125,
// "threatened to impose sanctions" 1312, "X said Y must return Z" 1053); a refused commitment is
// a rejection ("will not accept refugees" 12x); an act its actor declares itself ready for, or a
// speaker's own future act, is an intent (03) or a threat (13). Other acts keep their code with a
// modality: Negated ("did not sign", "failed to conclude", kept out of [Dyads] by default),
// Hypothetical ("could", "if"), Intended ("will", "plans to"), Reported (inside what a speech verb
// reports, or with "according to"), Asserted. [Coder.MainCode] classifies a text's main event the
// way the CAMEO codebook codes a lead: there a future act is an intent or a threat too.
//
// Every event also carries its PLOVER event type, mode and context ([PLOVEROf], from the
// conversion table of the PLOVER manual compiled by tools/plovergen), a confidence (the share of
// five clues that hold: see Event.Confidence) and, through [EventID], an identifier shared by the
// mentions of one date, source, target and code. [Dyads] aggregates events per directed pair and
// CAMEO root or PLOVER type (optionally per day, month or year), counting mentions, distinct
// events, documents and sources, and merges like [Cooc]. EvalGoldEvents, EvalPetrarch,
// EvalCodebook, EvalPLOVER and EvalRE3D score the coder (see `geopol eval events`).
package relations
