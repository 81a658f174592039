// Package eval scores predicted entity mentions against gold annotations, the way `geopol eval` reports
// them: precision, recall and F1 per type and micro-averaged, for exact spans (strict) and for overlapping
// spans (overlap), and the accuracy of the canonical actor where the gold gives one.
//
// Matching is one-to-one: under strict matching a prediction matches the gold mention with the same
// start, end and type; under overlap matching each gold mention is paired with at most one prediction of
// the same type whose span shares at least one byte with it, largest overlap first (ties: earliest gold,
// then earliest prediction), so one long prediction cannot count for two gold mentions.
//
// Gold sets differ in their label sets (re3d has Nationality and Money, GMB has tim, OntoNotes has NORP):
// Options.Map renames types on both sides before scoring ("GPE=LOC", or "*=ACTOR" for every type), and
// Options.Types keeps only the listed types (after mapping); mentions of other types are ignored on both
// sides rather than counted as errors.
//
// Gold and prediction files are JSON Lines in the extract format (entities.MentionDoc; gold lines
// carry the text): ReadDocs reads them, through ReadJSONL, the reader of every gold file of the
// project (it reports a malformed line by its number). PRF is the one computation of precision,
// recall and F1 from counts, shared with the NER model's and the event coder's evaluations.
package eval
