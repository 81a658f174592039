// Package pipeline runs geopol's stages over a corpus: it reads documents (corpus), cleans and
// analyses each one (text), finds and resolves its actors (entities), counts co-occurrences
// (network), codes events (events) and collects terms for the topic model (topics), then builds
// the corpus-wide aggregates and fits the topic model.
//
// It holds orchestration only: which models to load (ModelOptions), one worker pool (Map) that
// keeps input order, bounded memory, context cancellation, and per-document errors that are
// recorded and reported rather than fatal. Per-document work (ProcessDocument) is a pure function
// of the document and the loaded models; every aggregate is merged in input order by one
// goroutine, so results are identical whatever the number of workers.
//
// The corpus-wide aggregates of a set of documents form a Partial: the counts, the entity table,
// the co-occurrences, the dyads and the topic model's builder. Partials of disjoint sets of
// documents merge in any grouping and order and encode with MarshalBinary, so shards of a corpus
// can be processed apart (geopol-beam does) and combined; Finish turns the merged Partial of the
// whole corpus into a Result.
//
// Boilerplate that repeats across the documents of one source can only be recognised after seeing
// the source's other documents, so Run reads the input twice: a cheap first pass counts line
// repetitions (corpus.LineStats), the second does the work. Standard input is buffered for that.
//
// The steps that cannot be split by document overlap where they can: models passed as Options.Load
// load while the first pass reads (and then the tables the stages would load on first use, while
// the first document's workers would wait), the first pass counts lines on a goroutine of its own
// while it parses the next documents, and Options.Alongside (geopol analyze: the network and
// entity files, and most of the report) runs while the topic model is fitted.
//
// The files of a run are written by the sub-package output.
package pipeline
