// Package pipeline runs geopol's stages over a corpus: it reads documents (corpus), cleans and analyses
// each one (text), finds and resolves its actors (entities), counts co-occurrences (relations) and
// collects terms for the topic model (topics), then builds the corpus-wide aggregates.
//
// It holds orchestration only: one worker pool (Map) that keeps input order, bounded memory, context
// cancellation, and per-document errors that are recorded and reported rather than fatal. Per-document
// work is a pure function of the document and the loaded models; every aggregate is merged in input order
// by one goroutine, so results are identical whatever the number of workers.
//
// Boilerplate that repeats across the documents of one source can only be recognised after seeing the
// source's other documents, so Run reads the input twice: a cheap first pass counts line repetitions
// (corpus.LineStats), the second does the work. Standard input is buffered for that.
//
// The steps that cannot be split by document overlap where they can: models passed as Options.Load
// load while the first pass reads, and Options.Alongside (geopol analyze: the network and entity
// files) runs while the topic model is fitted.
package pipeline
