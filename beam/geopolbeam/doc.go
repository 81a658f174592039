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
//	Impulse ─ ParDo write (parts and aggregate as side inputs; one worker): concatenate the part
//	          files in shard order, pipeline.Finish (the topic fit), output.Writer.Finish.
//
// Element types have gob coders; pipeline.Partial and corpus.LineStats use their MarshalBinary.
package geopolbeam
