package reports

import (
	"cmp"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
)

// Document statuses in documents.csv.
const (
	// StatusOK marks a document that was analysed.
	StatusOK = "ok"
	// StatusError marks a document that could not be read or parsed.
	StatusError = "error"
)

// DocumentRow is one row of documents.csv.
type DocumentRow struct {
	DocID, Source, Title string
	// Date is YYYY-MM-DD, or "" when unknown.
	Date                               string
	Bytes, Tokens, Sentences, Entities int
	// Status is StatusOK or StatusError; when empty it is written as StatusError if Error is set
	// and StatusOK otherwise.
	Status string
	// Error is the reason a document failed, "" otherwise.
	Error string
	// Countries are the countries the document is about, most salient first (written joined by
	// "|"); FocusCountry the most salient; Dateline the place of its dateline as written ("HOUSTON").
	Countries    []string
	FocusCountry string
	Dateline     string
}

// WriteDocumentsCSV writes documents.csv: one row per document, in the order given.
func WriteDocumentsCSV(w io.Writer, rows []DocumentRow) error {
	dw := NewDocumentsWriter(w)
	for _, r := range rows {
		dw.Write(r)
	}
	return dw.Close()
}

// DocumentsWriter writes documents.csv one row at a time, for streaming output: the header
// first, then each row as it is written. Write errors are reported by Close.
type DocumentsWriter struct{ t *table }

// NewDocumentsWriter writes the header of documents.csv to w.
func NewDocumentsWriter(w io.Writer) *DocumentsWriter {
	return &DocumentsWriter{newTable(w, "documents.csv", []string{
		"doc_id", "source", "title", "date", "bytes", "tokens", "sentences", "entities", "status", "error",
		"countries", "focus_country", "dateline"}, "source", "title", "error", "dateline")}
}

// Write writes one row.
func (dw *DocumentsWriter) Write(r DocumentRow) {
	status := r.Status
	if status == "" {
		status = StatusOK
		if r.Error != "" {
			status = StatusError
		}
	}
	dw.t.row(r.DocID, r.Source, r.Title, r.Date, itoa(r.Bytes), itoa(r.Tokens), itoa(r.Sentences),
		itoa(r.Entities), status, r.Error, strings.Join(r.Countries, "|"), r.FocusCountry, r.Dateline)
}

// Close flushes the rows and returns the first write error.
func (dw *DocumentsWriter) Close() error { return dw.t.close() }

// WriteEntitiesCSV writes entities.csv, sorted by Mentions descending, then Entity ascending. The
// geonames_id, lat and lon cells are empty for actors that are not GeoNames places, and lat and
// lon for places without coordinates (first-order divisions).
func WriteEntitiesCSV(w io.Writer, rows []entities.EntityRow) error {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, entities.CompareEntityRows)
	t := newTable(w, "entities.csv", []string{"entity", "label", "type", "country", "mentions", "documents", "aliases", "role",
		"geonames_id", "lat", "lon"}, "label", "aliases")
	for _, r := range rows {
		id, lat, lon := "", "", ""
		if r.GeonamesID != 0 { // a place of the GeoNames table; empty cells for other actors
			id = itoa(r.GeonamesID)
			if r.Lat != 0 || r.Lon != 0 { // divisions have no coordinates
				lat, lon = FormatFloat(r.Lat), FormatFloat(r.Lon)
			}
		}
		t.row(r.Entity, r.Label, r.Type, r.Country, itoa(r.Mentions), itoa(r.Documents), strings.Join(r.Aliases, "|"), r.Role,
			id, lat, lon)
	}
	return t.close()
}

// NodeRow is one actor of the co-occurrence network (nodes.csv, network.gexf, network.graphml).
type NodeRow struct {
	// ID is the canonical actor id; Label its display name (ID when empty).
	ID, Label           string
	Type, Country       string
	Mentions, Documents int
	// Degree is the number of edges of the actor in the network; WeightedDegree (strength) the
	// sum of their weights.
	Degree, WeightedDegree int
	// PageRank is the actor's weighted PageRank in the network.
	PageRank float64
	// Timeline is the actor's mentions per period, for [WriteDynamicGEXF]; other writers ignore it.
	Timeline []network.Spell
}

func (n NodeRow) label() string {
	if n.Label == "" {
		return n.ID
	}
	return n.Label
}

// EdgeRow is one undirected edge of the co-occurrence network (edges.csv, network.gexf,
// network.graphml).
type EdgeRow struct {
	Source, Target string
	// Weight is the number of windows in which both actors occur; Documents the number of documents.
	Weight, Documents int
	PMI, NPMI         float64
	// Jaccard is the share of the windows mentioning either actor that mention both.
	Jaccard float64
	// Alpha is the edge's disparity-filter significance and PValue its hypergeometric p-value
	// against independence (network.GraphEdge); the smaller, the more significant. nil means
	// not computed, written as an empty cell (left out of GEXF and GraphML), never as 0, which
	// would read as highly significant.
	Alpha, PValue *float64
	// Timeline is the edge's weight per period, for [WriteDynamicGEXF]; other writers ignore it.
	Timeline []network.Spell
}

// sortNodes returns nodes sorted by Mentions descending, then ID ascending: nodes itself when it is
// already in that order (callers only read the result), else a sorted copy.
func sortNodes(nodes []NodeRow) []NodeRow {
	return sortedRows(nodes, func(a, b *NodeRow) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// sortEdges returns edges sorted by Weight descending, then Source, then Target ascending: edges
// itself when it is already in that order (callers only read the result), else a sorted copy.
func sortEdges(edges []EdgeRow) []EdgeRow {
	return sortedRows(edges, func(a, b *EdgeRow) int {
		if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Source, b.Source); r != 0 {
			return r
		}
		return cmp.Compare(a.Target, b.Target)
	})
}

// sortedRows returns rows stably sorted by cmp: rows itself (clipped) when already sorted, which the
// pipeline's rows are, each network writer sorting them again; else a copy, sorted by index so
// that each row (over 100 bytes for an edge) is moved once.
func sortedRows[T any](rows []T, cmp func(a, b *T) int) []T {
	sorted := true
	for i := 1; i < len(rows) && sorted; i++ {
		sorted = cmp(&rows[i-1], &rows[i]) <= 0
	}
	if sorted {
		return slices.Clip(rows)
	}
	idx := make([]int32, len(rows))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return cmp(&rows[a], &rows[b]) })
	out := make([]T, len(rows))
	for i, k := range idx {
		out[i] = rows[k]
	}
	return out
}

// WriteNodesCSV writes nodes.csv in the Gephi node-table layout, sorted by Mentions descending,
// then ID ascending: Id,Label,Type,Country,Mentions,Documents,Degree,WeightedDegree,PageRank. An
// empty Label is written as the ID.
func WriteNodesCSV(w io.Writer, nodes []NodeRow) error {
	t := newTable(w, "nodes.csv", []string{"Id", "Label", "Type", "Country", "Mentions", "Documents",
		"Degree", "WeightedDegree", "PageRank"}, "Label")
	for _, n := range sortNodes(nodes) {
		t.row(n.ID, n.label(), n.Type, n.Country, itoa(n.Mentions), itoa(n.Documents),
			itoa(n.Degree), itoa(n.WeightedDegree), FormatFloat(n.PageRank))
	}
	return t.close()
}

// WriteEdgesCSV writes edges.csv in the Gephi edge-table layout, sorted by Weight descending, then
// Source, then Target ascending:
// Source,Target,Type,Weight,Documents,PMI,NPMI,Jaccard,DisparityAlpha,HypergeomPValue. Type is
// always "Undirected". The two significance columns are probabilities that can be far below
// 1e-6, so they are written with six significant digits ([FormatProb]) instead of six decimals,
// and are empty when not computed (nil).
func WriteEdgesCSV(w io.Writer, edges []EdgeRow) error {
	t := newTable(w, "edges.csv", []string{"Source", "Target", "Type", "Weight", "Documents", "PMI", "NPMI",
		"Jaccard", "DisparityAlpha", "HypergeomPValue"})
	for _, e := range sortEdges(edges) {
		t.row(e.Source, e.Target, "Undirected", itoa(e.Weight), itoa(e.Documents), FormatFloat(e.PMI), FormatFloat(e.NPMI),
			FormatFloat(e.Jaccard), formatOptProb(e.Alpha), formatOptProb(e.PValue))
	}
	return t.close()
}

// TopicTermRow is one row of topics.csv: the term at 1-based Rank of topic Topic, with the topic's
// NPMI coherence, its stability across seeds (NaN when not measured: written empty) and its label.
type TopicTermRow struct {
	Topic, Rank int
	Term        string
	Weight      float64
	Coherence   float64
	Stability   float64
	Label       string
}

// WriteTopicsCSV writes topics.csv, sorted by Topic, then Rank ascending.
func WriteTopicsCSV(w io.Writer, rows []TopicTermRow) error {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b TopicTermRow) int {
		if r := cmp.Compare(a.Topic, b.Topic); r != 0 {
			return r
		}
		return cmp.Compare(a.Rank, b.Rank)
	})
	t := newTable(w, "topics.csv", []string{"topic", "rank", "term", "weight", "coherence", "stability", "label"},
		"term", "label")
	for _, r := range rows {
		t.row(itoa(r.Topic), itoa(r.Rank), r.Term, FormatFloat(r.Weight), FormatFloat(r.Coherence),
			FormatFloat(r.Stability), r.Label)
	}
	return t.close()
}

// TopicTimeRow is one row of topics_time.csv: the mean weight of topic Topic over the Documents
// documents dated in Period ("2024" or "2024-03").
type TopicTimeRow struct {
	Topic     int
	Period    string
	Weight    float64
	Documents int
}

// WriteTopicTimeCSV writes topics_time.csv in the order given (topic, then period ascending).
func WriteTopicTimeCSV(w io.Writer, rows []TopicTimeRow) error {
	t := newTable(w, "topics_time.csv", []string{"topic", "period", "weight", "documents"})
	for _, r := range rows {
		t.row(itoa(r.Topic), r.Period, FormatFloat(r.Weight), itoa(r.Documents))
	}
	return t.close()
}

// ActorTopicRow is one row of actor_topics.csv: the mean weight on topic Topic of the Documents
// documents that mention actor Entity, weighted by mentions.
type ActorTopicRow struct {
	Entity    string
	Topic     int
	Weight    float64
	Documents int
}

// WriteActorTopicsCSV writes actor_topics.csv in the order given (entity, then topic ascending).
func WriteActorTopicsCSV(w io.Writer, rows []ActorTopicRow) error {
	t := newTable(w, "actor_topics.csv", []string{"entity", "topic", "weight", "documents"})
	for _, r := range rows {
		t.row(r.Entity, itoa(r.Topic), FormatFloat(r.Weight), itoa(r.Documents))
	}
	return t.close()
}

// DocTopicRow is one row of doc_topics.csv: the weight of topic Topic in document DocID.
type DocTopicRow struct {
	DocID  string
	Topic  int
	Weight float64
}

// WriteDocTopicsCSV writes doc_topics.csv in the order given (documents in input order).
func WriteDocTopicsCSV(w io.Writer, rows []DocTopicRow) error {
	dw := NewDocTopicsWriter(w)
	for _, r := range rows {
		dw.Write(r)
	}
	return dw.Close()
}

// DocTopicsWriter writes doc_topics.csv one row at a time: the header first, then each row as
// it is written. Write errors are reported by Close.
type DocTopicsWriter struct{ t *table }

// NewDocTopicsWriter writes the header of doc_topics.csv to w.
func NewDocTopicsWriter(w io.Writer) *DocTopicsWriter {
	return &DocTopicsWriter{newTable(w, "doc_topics.csv", []string{"doc_id", "topic", "weight"})}
}

// Write writes one row.
func (dw *DocTopicsWriter) Write(r DocTopicRow) {
	dw.t.row(r.DocID, itoa(r.Topic), FormatFloat(r.Weight))
}

// Close flushes the rows and returns the first write error.
func (dw *DocTopicsWriter) Close() error { return dw.t.close() }

// RelationRow is one row of relations.csv: an actor-relationship event of a document. The four
// offsets written are the UTF-8 byte spans of the event's source and target mentions in the
// document text; the verb span is not written.
type RelationRow struct {
	DocID, Date string
	events.Event
	// EventID is shared by the mentions of one event: events.EventID of the document's date and the
	// event's source, target and code.
	EventID string
}

// RelationsWriter writes relations.csv one row at a time, for streaming output: the header first,
// then each row as it is written. Write errors are reported by Close.
type RelationsWriter struct{ t *table }

// NewRelationsWriter writes the header of relations.csv to w.
func NewRelationsWriter(w io.Writer) *RelationsWriter {
	return &RelationsWriter{newTable(w, "relations.csv", []string{"doc_id", "date", "sentence", "source", "target", "event_code",
		"event_root", "event_label", "quad_class", "goldstein", "modality", "evidence",
		"source_start", "source_end", "target_start", "target_end",
		"event_id", "plover_event", "plover_mode", "plover_context", "confidence",
		"source_country", "source_role", "target_country", "target_role"}, "event_label", "evidence")}
}

// Write writes one row.
func (rw *RelationsWriter) Write(r RelationRow) {
	rw.t.row(r.DocID, r.Date, itoa(r.Sentence), r.Source, r.Target, r.Code, r.Root, r.Label,
		itoa(r.QuadClass), FormatFloat(r.Goldstein), r.Modality, r.Evidence,
		itoa(r.SourceMention.Start), itoa(r.SourceMention.End), itoa(r.TargetMention.Start), itoa(r.TargetMention.End),
		r.EventID, r.PloverEvent, r.PloverMode, r.PloverContext, FormatFloat(r.Confidence),
		r.SourceSide.Country, r.SourceSide.Role, r.TargetSide.Country, r.TargetSide.Role)
}

// Close flushes the rows and returns the first write error.
func (rw *RelationsWriter) Close() error { return rw.t.close() }

// WriteDyadsCSV writes dyads.csv, sorted by events.CompareDyadRows (Events descending, then
// Source, Target, EventRoot, PloverEvent and Period ascending). When any row has a Period, a period
// column is added after last_date; distinct_events, sources, plover_event and the countries and
// roles of the pair (source_country, source_role, target_country, target_role) come last.
func WriteDyadsCSV(w io.Writer, rows []events.DyadRow) error {
	rows = slices.Clone(rows)
	events.SortDyadRows(rows)
	header := []string{"source", "target", "event_root", "quad_class", "events", "documents",
		"goldstein_sum", "goldstein_mean", "first_date", "last_date"}
	periods := slices.ContainsFunc(rows, func(r events.DyadRow) bool { return r.Period != "" })
	if periods {
		header = append(header, "period")
	}
	header = append(header, "distinct_events", "sources", "plover_event",
		"source_country", "source_role", "target_country", "target_role")
	t := newTable(w, "dyads.csv", header)
	for _, r := range rows {
		cells := []string{r.Source, r.Target, r.EventRoot, itoa(r.QuadClass), itoa(r.Events), itoa(r.Documents),
			FormatFloat(r.GoldsteinSum), FormatFloat(r.GoldsteinMean), r.FirstDate, r.LastDate}
		if periods {
			cells = append(cells, r.Period)
		}
		cells = append(cells, itoa(r.DistinctEvents), itoa(r.Sources), r.PloverEvent,
			r.SourceSide.Country, r.SourceSide.Role, r.TargetSide.Country, r.TargetSide.Role)
		t.row(cells...)
	}
	return t.close()
}
