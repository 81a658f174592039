package reports

import (
	"cmp"
	"io"
	"slices"
	"strings"
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
}

// WriteDocumentsCSV writes documents.csv: one row per document, in the order given.
func WriteDocumentsCSV(w io.Writer, rows []DocumentRow) error {
	t := newTable(w, "documents.csv",
		"doc_id", "source", "title", "date", "bytes", "tokens", "sentences", "entities", "status", "error")
	for _, r := range rows {
		status := r.Status
		if status == "" {
			status = StatusOK
			if r.Error != "" {
				status = StatusError
			}
		}
		t.row(r.DocID, r.Source, r.Title, r.Date, itoa(r.Bytes), itoa(r.Tokens), itoa(r.Sentences),
			itoa(r.Entities), status, r.Error)
	}
	return t.close()
}

// EntityRow is one row of entities.csv: a canonical actor of the corpus.
type EntityRow struct {
	// Entity is the canonical actor id; Label its display name.
	Entity, Label string
	// Type is the entity type (PERSON, ORG, GPE, LOC, NORP); Country an ISO3 code or "".
	Type, Country       string
	Mentions, Documents int
	// Aliases are the surface forms seen for the actor, written joined by "|" in the order given.
	Aliases []string
}

// WriteEntitiesCSV writes entities.csv, sorted by Mentions descending, then Entity ascending.
func WriteEntitiesCSV(w io.Writer, rows []EntityRow) error {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b EntityRow) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.Entity, b.Entity)
	})
	t := newTable(w, "entities.csv", "entity", "label", "type", "country", "mentions", "documents", "aliases")
	for _, r := range rows {
		t.row(r.Entity, r.Label, r.Type, r.Country, itoa(r.Mentions), itoa(r.Documents), strings.Join(r.Aliases, "|"))
	}
	return t.close()
}

// NodeRow is one actor of the co-occurrence network (nodes.csv, network.gexf).
type NodeRow struct {
	// ID is the canonical actor id; Label its display name (ID when empty).
	ID, Label           string
	Type, Country       string
	Mentions, Documents int
}

func (n NodeRow) label() string {
	if n.Label == "" {
		return n.ID
	}
	return n.Label
}

// EdgeRow is one undirected edge of the co-occurrence network (edges.csv, network.gexf).
type EdgeRow struct {
	Source, Target string
	// Weight is the number of windows in which both actors occur; Documents the number of documents.
	Weight, Documents int
	PMI, NPMI         float64
}

// sortNodes returns a copy of nodes sorted by Mentions descending, then ID ascending.
func sortNodes(nodes []NodeRow) []NodeRow {
	nodes = slices.Clone(nodes)
	slices.SortStableFunc(nodes, func(a, b NodeRow) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return nodes
}

// sortEdges returns a copy of edges sorted by Weight descending, then Source, then Target ascending.
func sortEdges(edges []EdgeRow) []EdgeRow {
	edges = slices.Clone(edges)
	slices.SortStableFunc(edges, func(a, b EdgeRow) int {
		if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Source, b.Source); r != 0 {
			return r
		}
		return cmp.Compare(a.Target, b.Target)
	})
	return edges
}

// WriteNodesCSV writes nodes.csv in the Gephi node-table layout, sorted by Mentions descending,
// then ID ascending. An empty Label is written as the ID.
func WriteNodesCSV(w io.Writer, nodes []NodeRow) error {
	t := newTable(w, "nodes.csv", "Id", "Label", "Type", "Country", "Mentions", "Documents")
	for _, n := range sortNodes(nodes) {
		t.row(n.ID, n.label(), n.Type, n.Country, itoa(n.Mentions), itoa(n.Documents))
	}
	return t.close()
}

// WriteEdgesCSV writes edges.csv in the Gephi edge-table layout (Type is always "Undirected"),
// sorted by Weight descending, then Source, then Target ascending.
func WriteEdgesCSV(w io.Writer, edges []EdgeRow) error {
	t := newTable(w, "edges.csv", "Source", "Target", "Type", "Weight", "Documents", "PMI", "NPMI")
	for _, e := range sortEdges(edges) {
		t.row(e.Source, e.Target, "Undirected", itoa(e.Weight), itoa(e.Documents), FormatFloat(e.PMI), FormatFloat(e.NPMI))
	}
	return t.close()
}

// TopicTermRow is one row of topics.csv: the term at 1-based Rank of topic Topic.
type TopicTermRow struct {
	Topic, Rank int
	Term        string
	Weight      float64
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
	t := newTable(w, "topics.csv", "topic", "rank", "term", "weight")
	for _, r := range rows {
		t.row(itoa(r.Topic), itoa(r.Rank), r.Term, FormatFloat(r.Weight))
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
	t := newTable(w, "doc_topics.csv", "doc_id", "topic", "weight")
	for _, r := range rows {
		t.row(r.DocID, itoa(r.Topic), FormatFloat(r.Weight))
	}
	return t.close()
}

// RelationRow is one actor-relationship event of relations.csv. The four offsets are UTF-8 byte
// offsets of the source and target mentions in the document text.
type RelationRow struct {
	DocID, Date string
	// Sentence is the index of the sentence in the document.
	Sentence       int
	Source, Target string
	// EventCode and EventRoot are CAMEO codes kept as strings ("010", not 10).
	EventCode, EventRoot, EventLabel string
	// QuadClass is 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
	QuadClass int
	// Goldstein is the Goldstein scale value in [-10, +10].
	Goldstein float64
	// Modality qualifies the event (e.g. asserted, negated, hypothetical); Evidence is the text it rests on.
	Modality, Evidence                             string
	SourceStart, SourceEnd, TargetStart, TargetEnd int
}

// WriteRelationsCSV writes relations.csv in the order given.
func WriteRelationsCSV(w io.Writer, rows []RelationRow) error {
	t := newTable(w, "relations.csv", "doc_id", "date", "sentence", "source", "target", "event_code",
		"event_root", "event_label", "quad_class", "goldstein", "modality", "evidence",
		"source_start", "source_end", "target_start", "target_end")
	for _, r := range rows {
		t.row(r.DocID, r.Date, itoa(r.Sentence), r.Source, r.Target, r.EventCode, r.EventRoot, r.EventLabel,
			itoa(r.QuadClass), FormatFloat(r.Goldstein), r.Modality, r.Evidence,
			itoa(r.SourceStart), itoa(r.SourceEnd), itoa(r.TargetStart), itoa(r.TargetEnd))
	}
	return t.close()
}

// DyadRow is one row of dyads.csv: the events of one directed pair and CAMEO root code.
type DyadRow struct {
	Source, Target, EventRoot    string
	QuadClass, Events, Documents int
	GoldsteinSum, GoldsteinMean  float64
	// FirstDate and LastDate are YYYY-MM-DD, or "" when no event had a date.
	FirstDate, LastDate string
}

// WriteDyadsCSV writes dyads.csv, sorted by Events descending, then Source, Target and EventRoot
// ascending.
func WriteDyadsCSV(w io.Writer, rows []DyadRow) error {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b DyadRow) int {
		if r := cmp.Compare(b.Events, a.Events); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Source, b.Source); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Target, b.Target); r != 0 {
			return r
		}
		return cmp.Compare(a.EventRoot, b.EventRoot)
	})
	t := newTable(w, "dyads.csv", "source", "target", "event_root", "quad_class", "events", "documents",
		"goldstein_sum", "goldstein_mean", "first_date", "last_date")
	for _, r := range rows {
		t.row(r.Source, r.Target, r.EventRoot, itoa(r.QuadClass), itoa(r.Events), itoa(r.Documents),
			FormatFloat(r.GoldsteinSum), FormatFloat(r.GoldsteinMean), r.FirstDate, r.LastDate)
	}
	return t.close()
}
