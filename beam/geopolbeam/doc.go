// Package geopolbeam is geopol's analyze pipeline on Apache Beam: the same per-document stages
// (pipeline.ProcessDocument), the same mergeable aggregates (pipeline.Partial) and the same
// writers (pipeline/output) as `geopol analyze`, laid out as Beam transforms so that the runner
// (prism, direct, Dataflow, Flink, Spark) spreads the per-document work over its workers. Its
// output files equal those of `geopol analyze` with the same settings.
//
// The graph:
//
//	files (listed at construction by corpus.Reader.List, in Read's order)
//	  └─ ParDo read (per file) ──► documents, each with its input ordinal (file index << 32 | position)
//	       ├─ Combine lineStats ──► corpus.LineStats (side input: the cleaning's first pass)
//	       ├─ ParDo ids ─┬─ Combine renames ──► duplicate-id renames (side input)
//	       │             └─ Combine counts ───► documents per file (side input: ordinal → rank)
//	       └─ Reshuffle ─ ParDo process (models loaded once per worker process)
//	                        ├─► per-document records ─ ParDo shard (rank / ShardDocs) ─ GroupByKey
//	                        │     ─ ParDo writeParts: mentions and relations lines of consecutive
//	                        │       documents to part files; rows, relations and contexts returned
//	                        └─► per-document pipeline.Partial ─ Combine ──► the corpus aggregate
//	Impulse ─ ParDo vocabulary (aggregate as side input; one worker) ─┬─► topics.Vocabulary (side input)
//	                                                                  ├─► row shards ─ Reshuffle ─ ParDo tfidf
//	                                                                  └─► topics.Krylov state
//	  then, unrolled, per Gram product (topics.Products: PowerIters+2):
//	    ParDo over TF-IDF row shards ─ Combine sum (Aᵀ·A·X, or Aᵀ·X on the document side)
//	    ParDo over row shards (document side: A·(AᵀX) row blocks)
//	    Impulse ─ ParDo step (one worker): Krylov.Apply, orthonormalize the next block
//	  Impulse ─ ParDo ritz (one worker); row shards ─ Combine (document side: Aᵀ·Q·E); ParDo finish;
//	  row shards ─► document weights A·V (row blocks)
//	Impulse ─ ParDo write (parts, aggregate, SVD state and A·V blocks as side inputs; one worker):
//	          concatenate the part files in shard order, pipeline.Finish (the topic model assembled
//	          from the distributed SVD by topics.FitFactors; coherence and stability refits here),
//	          output.Writer.Finish.
//
// See topics.go for the SVD passes.
//
// Element types have gob coders; pipeline.Partial and corpus.LineStats use their MarshalBinary.
package geopolbeam
