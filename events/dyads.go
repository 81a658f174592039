package events

import (
	"cmp"
	"math"
	"slices"

	"github.com/geopol/geopol/corpus"
)

// Dyads aggregates events per directed actor pair and CAMEO root code (and, optionally, per time
// period). It is mergeable: [Dyads.Merge] is associative and commutative, so per-shard aggregates
// can be combined in any order, and Goldstein sums are kept in integer tenths (CAMEO weights have
// one decimal) so the result does not depend on that order either. The zero value is an empty aggregate over all time.
//
// A Dyads is not safe for concurrent mutation.
type Dyads struct {
	// Period buckets events by the date passed to Add (day, month, quarter or year);
	// corpus.AllTime keeps one row per pair and root. Set it before the first Add; merged
	// aggregates must use the same Period.
	Period corpus.Period
	m      map[dyadKey]*dyadAgg
}

type dyadKey struct {
	source, target, root, bucket string
}

type dyadAgg struct {
	quad                int
	events              int
	docs                map[string]struct{}
	tenths              int64 // Goldstein sum in tenths: integer sums merge exactly in any order
	firstDate, lastDate string
}

// DyadRow is one row of the aggregate, and of dyads.csv: the events of one directed pair and CAMEO
// root code (in one period, when the aggregate has one).
type DyadRow struct {
	Source, Target, EventRoot    string
	QuadClass, Events, Documents int
	GoldsteinSum, GoldsteinMean  float64
	// FirstDate and LastDate are the earliest and latest dates passed to Add, "" when none had one.
	FirstDate, LastDate string
	// Period is the corpus.Period.Key of the period the row aggregates ("2024-03", "2024"); "" for
	// corpus.AllTime and for undated documents.
	Period string
}

// CompareDyadRows orders dyad rows by Events descending, then Source, Target, EventRoot and Period
// ascending: the order of [Dyads.Rows] and of dyads.csv.
func CompareDyadRows(x, y DyadRow) int {
	return cmp.Or(cmp.Compare(y.Events, x.Events), cmp.Compare(x.Source, y.Source),
		cmp.Compare(x.Target, y.Target), cmp.Compare(x.EventRoot, y.EventRoot), cmp.Compare(x.Period, y.Period))
}

// Add counts the events of one document. date is the document's date (YYYY-MM-DD, or "").
func (ds *Dyads) Add(docID, date string, evs []Event) {
	if ds.m == nil {
		ds.m = map[dyadKey]*dyadAgg{}
	}
	for _, e := range evs {
		k := dyadKey{e.Source, e.Target, e.Root, ds.Period.Key(date)}
		a := ds.m[k]
		if a == nil {
			a = &dyadAgg{quad: e.QuadClass, docs: map[string]struct{}{}}
			ds.m[k] = a
		}
		a.events++
		a.tenths += int64(math.Round(e.Goldstein * 10))
		a.docs[docID] = struct{}{}
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
			a = &dyadAgg{quad: b.quad, docs: map[string]struct{}{}}
			ds.m[k] = a
		}
		a.events += b.events
		a.tenths += b.tenths
		for d := range b.docs {
			a.docs[d] = struct{}{}
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
		rows = append(rows, DyadRow{
			Source: k.source, Target: k.target, EventRoot: k.root, Period: k.bucket,
			QuadClass: a.quad, Events: a.events, Documents: len(a.docs),
			GoldsteinSum: float64(a.tenths) / 10, GoldsteinMean: float64(a.tenths) / 10 / float64(a.events),
			FirstDate: a.firstDate, LastDate: a.lastDate,
		})
	}
	slices.SortFunc(rows, CompareDyadRows)
	return rows
}
