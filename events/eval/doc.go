// Package eval scores the event coder of package events against gold annotations, as `geopol eval
// events` reports them. Every function reads its data from an io.Reader (the caller opens files)
// and codes the texts with the analyzer and recognizer it is given, as geopol does.
//
//   - ScoreGold: the project's event gold (testdata/gold/events.jsonl: one sentence a line, with
//     its events as source, target, code, root and modality); (source, target, root) triples and
//     (source, target) pairs are compared per sentence as sets. A record's "date" (the real-text
//     sets carry their document's) is the date it is recognized on, and a named person, company,
//     news medium or organ of a state is compared as the gold codes it: the office held on that
//     date (AUSGOV), the country's BUS or MED, the country and role of a ministry, central bank,
//     army, legislature, court, police or intelligence service (GBRGOV for the Bank of England).
//   - ScorePetrarch: PETRARCH's unit tests, with actor codes cut to their first three letters, each
//     sentence recognized on its record's date, and the tests' fictional actors recognized by a
//     chain grounded with their PETRARCH/TABARI actor dictionary (package entities/actors); an
//     actor whose mention has a Country is coded by it.
//   - ScoreCodebook: the root code of the main event (events.MainCode) of the CAMEO codebook's
//     example sentences.
//   - ScoreRE3D: re3d's directed relations between actors, mapped to CAMEO quad classes; an
//     event matches a relation when its source and target mentions overlap the relation's.
//
// Precision, recall and F1 are entities/eval.PRF's, and the lines are read with
// entities/eval.ReadJSONL, so the two evaluations count alike.
package eval
