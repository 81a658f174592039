package events

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/geopol/geopol/corpus"
)

// Ontology is the event ontology dyads are counted in.
type Ontology int

// Ontologies for [Dyads.Ontology].
const (
	// CAMEO counts per CAMEO root code (the zero value).
	CAMEO Ontology = iota
	// PLOVERTypes counts per PLOVER event type ([PLOVEROf]); events without one (statements) are
	// not counted.
	PLOVERTypes
)

// ParseOntology reads "cameo" or "plover".
func ParseOntology(s string) (Ontology, error) {
	switch s {
	case "cameo", "":
		return CAMEO, nil
	case "plover":
		return PLOVERTypes, nil
	}
	return CAMEO, fmt.Errorf("events: ontology must be cameo or plover, got %q", s)
}

// String returns "cameo" or "plover".
func (o Ontology) String() string {
	if o == PLOVERTypes {
		return "plover"
	}
	return "cameo"
}

// Dyads aggregates events per directed actor pair and CAMEO root code or PLOVER event type (and,
// optionally, per time period). Each row counts the event mentions (Events, as in GDELT's
// NumMentions), the distinct events among them (DistinctEvents: mentions with the same
// [EventID] are one event, so wire copies and follow-ups count once), the documents and the
// distinct document sources (GDELT's NumArticles and NumSources). Negated events ("did not
// sign") are left out unless KeepNegated is set.
//
// It is mergeable: [Dyads.Merge] is associative and commutative, so per-shard aggregates can be
// combined in any order, and Goldstein sums are kept in integer tenths (CAMEO weights have one
// decimal) so the result does not depend on that order either. The zero value is an empty
// aggregate over all time, in CAMEO roots.
//
// A Dyads is not safe for concurrent mutation.
type Dyads struct {
	// Period buckets events by the date passed to Add (day, month, quarter or year);
	// corpus.AllTime keeps one row per pair and root. Set it before the first Add; merged
	// aggregates must use the same Period.
	Period corpus.Period
	// Ontology chooses what a row counts: CAMEO roots or PLOVER types. Set it before the first Add.
	Ontology Ontology
	// KeepNegated counts negated events too.
	KeepNegated bool
	m           map[dyadKey]*dyadAgg
}

type dyadKey struct {
	source, target, root, bucket string
}

type dyadAgg struct {
	quad                int
	events              int
	docs                map[string]struct{}
	ids                 map[string]struct{} // event identifiers (EventID)
	sources             map[string]struct{} // document sources
	tenths              int64               // Goldstein sum in tenths: integer sums merge exactly in any order
	firstDate, lastDate string
	sides               map[[2]Side]int // (source side, target side) → events
}

func newDyadAgg(quad int) *dyadAgg {
	return &dyadAgg{quad: quad, docs: map[string]struct{}{}, ids: map[string]struct{}{}, sources: map[string]struct{}{},
		sides: map[[2]Side]int{}}
}

// DyadRow is one row of the aggregate, and of dyads.csv: the events of one directed pair and CAMEO
// root code or PLOVER type (in one period, when the aggregate has one).
type DyadRow struct {
	// EventRoot is the CAMEO root of the row, PloverEvent its PLOVER type; one of them is "",
	// by the aggregate's Ontology.
	Source, Target, EventRoot    string
	QuadClass, Events, Documents int
	GoldsteinSum, GoldsteinMean  float64
	// FirstDate and LastDate are the earliest and latest dates passed to Add, "" when none had one.
	FirstDate, LastDate string
	// Period is the corpus.Period.Key of the period the row aggregates ("2024-03", "2024"); "" for
	// corpus.AllTime and for undated documents.
	Period string
	// DistinctEvents is the number of distinct events among the Events mentions; Sources the
	// number of distinct document sources (a document without one counts as its own source).
	DistinctEvents, Sources int
	// PloverEvent is the PLOVER event type the row aggregates when the aggregate counts them
	// (EventRoot is then "").
	PloverEvent string
	// SourceSide and TargetSide are the country and role of the pair's source and target: the
	// most frequent combination over the row's events (Event.SourceSide, Event.TargetSide; ties
	// to the smallest, comparing source country, role, then target country, role).
	SourceSide, TargetSide Side
}

// CompareDyadRows orders dyad rows by Events descending, then Source, Target, EventRoot,
// PloverEvent and Period ascending: the order of [Dyads.Rows] and of dyads.csv.
func CompareDyadRows(x, y DyadRow) int { return compareDyadRows(&x, &y) }

// compareDyadRows is CompareDyadRows on pointers: a DyadRow is large, and a sort that passes rows
// by value copies two of them for every comparison.
func compareDyadRows(x, y *DyadRow) int {
	return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.Source, y.Source),
		cmp.Compare(x.Target, y.Target), cmp.Compare(x.EventRoot, y.EventRoot), cmp.Compare(x.PloverEvent, y.PloverEvent),
		cmp.Compare(x.Period, y.Period))
}

// SortDyadRows sorts rows by [CompareDyadRows], keeping the order of rows that compare equal: the
// result of slices.SortStableFunc(rows, CompareDyadRows). It sorts the rows' positions and moves each
// row once, and returns at once when rows are already in order (rows from [Dyads.Rows] are).
func SortDyadRows(rows []DyadRow) {
	sorted := true
	for i := 1; i < len(rows) && sorted; i++ {
		sorted = compareDyadRows(&rows[i-1], &rows[i]) <= 0
	}
	if sorted {
		return
	}
	idx := make([]int32, len(rows))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return compareDyadRows(&rows[a], &rows[b]) })
	out := make([]DyadRow, len(rows))
	for i, j := range idx {
		out[i] = rows[j]
	}
	copy(rows, out)
}

// Add counts the events of one document. date is the document's date (YYYY-MM-DD, or "").
func (ds *Dyads) Add(docID, date string, evs []Event) { ds.AddDoc(docID, date, "", evs) }

// AddDoc counts the events of one document; source is the document's source (outlet), "" for
// none (the document then counts as its own source).
func (ds *Dyads) AddDoc(docID, date, source string, evs []Event) {
	if ds.m == nil {
		ds.m = map[dyadKey]*dyadAgg{}
	}
	if source == "" {
		source = "doc:" + docID
	}
	for _, e := range evs {
		if e.Modality == Negated && !ds.KeepNegated {
			continue
		}
		key := e.Root
		if ds.Ontology == PLOVERTypes {
			if key = e.PloverEvent; key == "" {
				continue
			}
		}
		k := dyadKey{e.Source, e.Target, key, ds.Period.Key(date)}
		a := ds.m[k]
		if a == nil {
			a = newDyadAgg(e.QuadClass)
			// Clone: an actor code may be a substring of a document's text (an ungrounded name),
			// which the counts, kept for the whole corpus, would otherwise keep whole.
			k.source, k.target = strings.Clone(k.source), strings.Clone(k.target)
			ds.m[k] = a
		}
		a.events++
		a.tenths += int64(math.Round(e.Goldstein * 10))
		a.docs[docID] = struct{}{}
		a.ids[EventID(date, e.Source, e.Target, e.Code)] = struct{}{}
		a.sources[source] = struct{}{}
		a.sides[[2]Side{e.SourceSide, e.TargetSide}]++
		a.addDates(date, date)
	}
}

func (a *dyadAgg) addDates(first, last string) {
	if first != "" && (a.firstDate == "" || first < a.firstDate) {
		a.firstDate = first
	}
	if last != "" && last > a.lastDate {
		a.lastDate = last
	}
}

// Merge adds the counts of o into ds. Documents are counted once even when both hold them.
func (ds *Dyads) Merge(o *Dyads) {
	if o == nil || len(o.m) == 0 {
		return
	}
	if ds.m == nil {
		ds.m = map[dyadKey]*dyadAgg{}
	}
	for k, b := range o.m {
		a := ds.m[k]
		if a == nil {
			a = newDyadAgg(b.quad)
			ds.m[k] = a
		}
		a.events += b.events
		a.tenths += b.tenths
		for d := range b.docs {
			a.docs[d] = struct{}{}
		}
		for d := range b.ids {
			a.ids[d] = struct{}{}
		}
		for d := range b.sources {
			a.sources[d] = struct{}{}
		}
		for k, n := range b.sides {
			a.sides[k] += n
		}
		a.addDates(b.firstDate, b.lastDate)
	}
}

// Len returns the number of rows.
func (ds *Dyads) Len() int { return len(ds.m) }

// Rows returns the aggregate sorted by [CompareDyadRows].
func (ds *Dyads) Rows() []DyadRow {
	rows := make([]DyadRow, 0, len(ds.m))
	for k, a := range ds.m {
		r := DyadRow{
			Source: k.source, Target: k.target, EventRoot: k.root, Period: k.bucket,
			QuadClass: a.quad, Events: a.events, Documents: len(a.docs),
			GoldsteinSum: float64(a.tenths) / 10, GoldsteinMean: float64(a.tenths) / 10 / float64(a.events),
			FirstDate: a.firstDate, LastDate: a.lastDate, DistinctEvents: len(a.ids), Sources: len(a.sources),
		}
		if ds.Ontology == PLOVERTypes {
			r.EventRoot, r.PloverEvent = "", k.root
		}
		r.SourceSide, r.TargetSide = a.side()
		rows = append(rows, r)
	}
	SortDyadRows(rows) // the keys are distinct, so a stable order is the only order
	return rows
}

// side returns the most frequent (source, target) side pair of the row, ties to the smallest.
func (a *dyadAgg) side() (src, tgt Side) {
	var best [2]Side
	bn := 0
	for k, n := range a.sides {
		if n > bn || n == bn && compareSides(k, best) < 0 {
			best, bn = k, n
		}
	}
	return best[0], best[1]
}

func compareSides(a, b [2]Side) int {
	return cmp.Or(cmp.Compare(a[0].Country, b[0].Country), cmp.Compare(a[0].Role, b[0].Role),
		cmp.Compare(a[1].Country, b[1].Country), cmp.Compare(a[1].Role, b[1].Role))
}
