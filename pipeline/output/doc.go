// Package output writes the files of an analyze run: the per-document files (mentions.jsonl,
// relations.csv, documents.csv) from the documents' results in input order, and the corpus-wide
// files (entities, network, topics, dyads, summary, report) from the run's Result. `geopol
// analyze` and the Beam pipeline (module geopol/beam) both write through it, so that their files
// are the same.
//
// A run writes through a Writer: NewWriter starts the files that stream, Add takes every
// document's Record (RecordOf) in input order, or AddPart a shard of consecutive documents
// prepared apart with WritePart, and Finish writes the corpus-wide files from the run's
// pipeline.Result. WriteAggregates writes those that do not depend on the topic model, and builds
// the report but for its topics and summary (reports.BuildReportBase, reports.PrepareHTML); it may
// run before the model is fitted (Analyze runs it as pipeline.Options.Alongside), and Finish calls
// it when it has not run. Finish then writes the topic files and datapackage.json while it
// completes and writes the report. Analyze is the whole single-machine run (a Run: options, configuration, models,
// a callback per document).
//
// # Memory and order
//
// The per-document files stream to disk as documents are added; of every document and relation
// the Writer keeps until Finish only what the report shows, compact (its strings interned as
// int32 indexes), so a run of millions of documents holds a few hundred bytes per document.
// doc_topics.csv streams from the topic model and lists only the topics that account for at least
// Config.DocTopicsMin of a document (WriteDocTopics). Finish writes the topic files, then the
// Parquet files (Config.Parquet: every CSV table parsed with its schema, so the two hold the same
// rows, and mentions.parquet from mentions.jsonl), datapackage.json (the schema of every table file
// written, Tables and MentionsTable), the report, and last summary.json: its elapsed time and peak
// memory are those of the whole run.
//
// # Settings
//
// Flags are a run's settings as the command line gives them, shared by the two front doors: geopol
// (cobra and pflag) and geopol-beam (Go's flag package) bind them with the same Bind methods, so the
// flags have the same names, defaults and help in both, and Flags.Options turns them into the
// pipeline.Options and the Config of the run, checked: a flag that cannot be used is a *FlagError,
// which both commands report as a usage error (exit 2). summary.json records the settings
// Options derives.
//
// # Files
//
// This package is where geopol's output files are created: every file is written under a
// temporary name in the output directory (".NAME.tmp*") and renamed to its name once complete
// and synced (atomic.go: AtomicFile, WriteFileAtomic), so a reader never sees a partial file
// and a failed run leaves the earlier file, if any, in place. The names of the files are listed
// once (files.go: the constants and Files), and PrepareDir readies the output directory, with
// --force removing the files of an earlier run; geopol and geopol-beam both call it. The writers
// of package reports only ever see an io.Writer.
package output
