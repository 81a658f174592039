// Package realref reads the event gold sets drawn from real text (testdata/gold/src/events_real.ref,
// the development set, and testdata/gold/src/events_real_heldout.ref, the held-out set) and turns
// them into event gold records that events/eval.ScoreGold scores.
//
// The shared corpora (Reuters 1987 wire stories, UN General Debate speeches, re3d documents) may not
// be copied into the repository, so each annotated sentence is stored as a reference: corpus file
// name, document id, byte span of the sentence in the document's text, and the first 12 hex digits of
// the SHA-256 of those bytes (which detects a changed corpus). The events follow
// testdata/gold/EVENTS_GUIDELINES.md:
//
//	# er-001
//	ref: reuters_places_dev.jsonl reuters-1234 310-472 1a2b3c4d5e6f
//	stratum: reuters/filtered
//	USA -> JPN | 163 | asserted | COERCE      // optional note
//	NONE                                      (instead of event lines: no event between actors)
//
// The fourth field is the PLOVER event type of the CAMEO code (CAMEO2PLOVER-2021.txt; "-" for the
// statement and appeal families, which PLOVER does not code); a deliberate departure from the table
// is written "!TYPE" and needs a note.
//
// Checker.ReadRef validates every block (ids er-NNN; corpus, span and hash syntax; stratum; actor
// ids, CAMEO codes of CAMEO.eventcodes.txt, modality, PLOVER type; source != target; no duplicate
// event; NONE not mixed with events; no sentence twice). Materialise looks each sentence up in its
// corpus, checks the hash and returns one Record per sentence in the format of
// testdata/gold/events.jsonl — {"id","text","events":[{"source","target","code","root","modality",
// "plover"}]} — plus provenance keys (corpus, doc, start, end, date, stratum); the text is the span
// with its white space collapsed. Build does both from the shared data directory given as an fs.FS
// (for instance os.DirFS("../shared")), reading the reference tables and corpora at the paths
// CorpusPath and the constants of this package name; Encode writes the records as JSONL, the bytes
// `go run ./tools/eventgoldref -ref FILE -o OUT` writes and
//
//	geopol eval events --kind gold --gold OUT
//
// scores. The package opens no file by path: the caller gives the readers and the file system.
package realref
