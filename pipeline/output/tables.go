package output

import (
	"fmt"
	"slices"

	"github.com/geopol/geopol/reports/tabular"
)

// Column constructors, to keep the schemas below to one line per column.
func str(name, desc string) tabular.Column {
	return tabular.Column{Name: name, Type: tabular.String, Description: desc}
}
func integer(name, desc string) tabular.Column {
	return tabular.Column{Name: name, Type: tabular.Int64, Description: desc}
}

// number is a real number; nullable, since reports.FormatFloat writes NaN as an empty cell.
func number(name, desc string) tabular.Column {
	return tabular.Column{Name: name, Type: tabular.Float64, Nullable: true, Description: desc}
}

// date is a YYYY-MM-DD date, empty (null) when unknown.
func date(name, desc string) tabular.Column {
	return tabular.Column{Name: name, Type: tabular.Date, Nullable: true, Description: desc}
}

// Tables returns the schema of every CSV file a run may write, in the order of Files: the one
// description of each table's columns and types, from which the Parquet files (--format
// parquet) and datapackage.json are written. A table's name is its file's without ".csv". Codes
// (CAMEO event codes, ISO 3166 country codes, CAMEO sectors) are strings, so "043" stays "043";
// counts and offsets are integers; weights and scores real numbers; dates dates. Text columns
// are never null: an empty cell is the empty string.
//
// dyads.csv has its period column only with --dyad-period; a run's tables are the schema's
// columns that its CSV header has (Fit).
func Tables() []*tabular.Schema {
	doc := str("doc_id", "document id: the JSONL id, or the file's path relative to the directory read")
	return []*tabular.Schema{
		{Name: "documents", Title: "Documents", Description: "One row per input document, in input order.",
			PrimaryKey: []string{"doc_id"}, Columns: []tabular.Column{
				doc,
				str("source", "the document's source: the JSONL source field, else the name of the directory holding the file"),
				str("title", "the document's title (display text)"),
				date("date", "the document's date"),
				integer("bytes", "length of the text in bytes"),
				integer("tokens", "tokens"),
				integer("sentences", "sentences"),
				integer("entities", "actor mentions"),
				str("status", "ok, or error when the document could not be read or processed"),
				str("error", "why the document failed, or the warnings of one that did not"),
				str("countries", "ISO 3166-1 alpha-3 codes of the countries the document is about, most salient first, joined by |"),
				str("focus_country", "the most salient country (ISO 3166-1 alpha-3)"),
				str("dateline", "the place of the document's dateline as written"),
			}},
		{Name: "entities", Title: "Actors", Description: "One row per canonical actor.",
			PrimaryKey: []string{"entity"}, Columns: []tabular.Column{
				str("entity", "canonical actor id: ISO 3166-1 alpha-3 for countries, a short id for organizations, a normalized name otherwise"),
				str("label", "display name"),
				str("type", "PERSON, ORG, GPE, LOC or NORP"),
				str("country", "the country (ISO 3166-1 alpha-3) or organization the actor belongs to"),
				integer("mentions", "mentions in the corpus"),
				integer("documents", "documents mentioning the actor"),
				str("aliases", "surface forms, most frequent first, joined by |"),
				str("role", "the actor's most frequent CAMEO role over its mentions (GOV, MIL, ...)"),
				tabular.Column{Name: "geonames_id", Type: tabular.Int64, Nullable: true, Description: "GeoNames id of a place entity; empty for other actors"},
				number("lat", "latitude of a place entity; empty for other actors and places without coordinates"),
				number("lon", "longitude of a place entity"),
			}},
		{Name: "nodes", Title: "Network nodes", Description: "The co-occurrence network's actors (Gephi node table).",
			PrimaryKey: []string{"Id"}, Columns: []tabular.Column{
				str("Id", "canonical actor id"),
				str("Label", "display name"),
				str("Type", "PERSON, ORG, GPE, LOC or NORP"),
				str("Country", "the actor's country (ISO 3166-1 alpha-3)"),
				integer("Mentions", "mentions"),
				integer("Documents", "documents"),
				integer("Degree", "edges of the actor"),
				integer("WeightedDegree", "sum of the weights of its edges"),
				number("PageRank", "weighted PageRank"),
			}},
		{Name: "edges", Title: "Network edges", Description: "Undirected co-occurrence edges (Gephi edge table).",
			PrimaryKey: []string{"Source", "Target"}, Columns: []tabular.Column{
				str("Source", "actor id"),
				str("Target", "actor id"),
				str("Type", "Undirected"),
				integer("Weight", "windows (sentences, paragraphs or documents) in which both actors occur"),
				integer("Documents", "documents in which both occur"),
				number("PMI", "pointwise mutual information"),
				number("NPMI", "normalized PMI, in [-1, 1]"),
				number("Jaccard", "share of the windows mentioning either actor that mention both"),
				number("DisparityAlpha", "disparity-filter significance (smaller: more significant); empty when not computed"),
				number("HypergeomPValue", "one-sided hypergeometric p-value against independence; empty when not computed"),
			}},
		{Name: "relations", Title: "Events", Description: "One row per actor-relationship event, in input order.",
			Columns: []tabular.Column{
				doc,
				date("date", "the document's date"),
				integer("sentence", "0-based index of the sentence in the document"),
				str("source", "source actor code: actor id, followed by a CAMEO sector when the text gives one"),
				str("target", "target actor code"),
				str("event_code", "CAMEO event code, a string with its leading zero (\"043\")"),
				str("event_root", "CAMEO root code (\"04\")"),
				str("event_label", "the code's name in the CAMEO codebook"),
				integer("quad_class", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
				number("goldstein", "Goldstein scale weight, in [-10, 10]"),
				str("modality", "asserted, negated, reported, intended or hypothetical"),
				str("evidence", "the sentence, white space normalized"),
				integer("source_start", "UTF-8 byte offset of the source mention in the document text"),
				integer("source_end", "end of the source mention (exclusive)"),
				integer("target_start", "UTF-8 byte offset of the target mention"),
				integer("target_end", "end of the target mention (exclusive)"),
				str("event_id", "shared by the mentions of one event: the same date, source, target and code"),
				str("plover_event", "PLOVER event type"),
				str("plover_mode", "PLOVER mode"),
				str("plover_context", "PLOVER context"),
				number("confidence", "share of the coder's clues that hold, in [0, 1]"),
				str("source_country", "country (ISO 3166-1 alpha-3) or international organization of the source"),
				str("source_role", "CAMEO role of the source (GOV, MIL, ...)"),
				str("target_country", "country or international organization of the target"),
				str("target_role", "CAMEO role of the target"),
			}},
		{Name: "dyads", Title: "Dyads", Description: "Events per directed pair of actors and CAMEO root code.",
			Columns: []tabular.Column{
				str("source", "source actor code"),
				str("target", "target actor code"),
				str("event_root", "CAMEO root code"),
				integer("quad_class", "quad class of the root"),
				integer("events", "events"),
				integer("documents", "documents with such events"),
				number("goldstein_sum", "sum of the Goldstein weights"),
				number("goldstein_mean", "mean Goldstein weight"),
				date("first_date", "earliest dated event"),
				date("last_date", "latest dated event"),
				str("period", "the period (2024, 2024-Q1, 2024-03, 2024-03-10) with --dyad-period"),
				integer("distinct_events", "distinct events among the event mentions counted by events (one event_id each)"),
				integer("sources", "document sources reporting such events"),
				str("plover_event", "the PLOVER event type counted, with --ontology plover"),
				str("source_country", "country (ISO 3166-1 alpha-3) or international organization of the source, the most frequent over the row's events"),
				str("source_role", "CAMEO role of the source, the most frequent over the row's events (GOV, MIL, ...)"),
				str("target_country", "country or international organization of the target"),
				str("target_role", "CAMEO role of the target"),
			}},
		{Name: "topics", Title: "Topics", Description: "The top terms of every topic.",
			PrimaryKey: []string{"topic", "rank"}, Columns: []tabular.Column{
				integer("topic", "topic number, from 0"),
				integer("rank", "rank of the term in the topic, from 1"),
				str("term", "the term; actors are actor:ID"),
				number("weight", "the term's weight in the topic"),
				number("coherence", "NPMI coherence of the topic's top terms"),
				number("stability", "best-match cosine with the topic fitted from other seeds; empty when not measured"),
				str("label", "the topic's label: its first terms"),
			}},
		{Name: "doc_topics", Title: "Document topics",
			Description: "Topic weights of every document, in input order: the topics that account for at least the share of the document in summary.json's settings.extra.doc_topics_min_share (LSA: the squared weight; LDA: the weight).",
			PrimaryKey:  []string{"doc_id", "topic"}, Columns: []tabular.Column{
				doc,
				integer("topic", "topic number"),
				number("weight", "the topic's weight in the document"),
			}},
		{Name: "topics_time", Title: "Topics over time", Description: "Mean document weight of every topic per period.",
			PrimaryKey: []string{"topic", "period"}, Columns: []tabular.Column{
				integer("topic", "topic number"),
				str("period", "month (2024-03) or year (2024)"),
				number("weight", "mean weight of the topic in the period's documents"),
				integer("documents", "documents dated in the period"),
			}},
		{Name: "actor_topics", Title: "Actor topics", Description: "Topic profile of every actor found in at least two documents.",
			PrimaryKey: []string{"entity", "topic"}, Columns: []tabular.Column{
				str("entity", "actor id"),
				integer("topic", "topic number"),
				number("weight", "mean topic weight of the documents mentioning the actor, weighted by mentions"),
				integer("documents", "documents mentioning the actor"),
			}},
	}
}

// MentionsTable is the schema of mentions.parquet: mentions.jsonl as a table, one row per
// mention (documents without mentions have no row).
func MentionsTable() *tabular.Schema {
	opt := func(c tabular.Column) tabular.Column { c.Nullable = true; return c }
	return &tabular.Schema{Name: "mentions", Title: "Mentions",
		Description: "One row per actor mention, documents in input order, mentions in text order.",
		PrimaryKey:  []string{"doc_id", "mention"},
		Columns: []tabular.Column{
			str("doc_id", "document id, as in documents.csv"),
			integer("mention", "0-based index of the mention in its document"),
			integer("start", "UTF-8 byte offset of the mention in the document text"),
			integer("end", "end of the mention (exclusive)"),
			str("text", "the mention as written"),
			str("type", "PERSON, ORG, GPE, LOC or NORP"),
			str("entity", "canonical actor id"),
			str("country", "country (ISO 3166-1 alpha-3) or organization the actor belongs to"),
			str("role", "CAMEO role of a person or organization on the document's date (GOV, MIL, ...)"),
			tabular.Column{Name: "role_latest", Type: tabular.Bool, Description: "the document is undated and role is the latest known"},
			opt(integer("geonames_id", "GeoNames id of a place")),
			opt(tabular.Column{Name: "lat", Type: tabular.Float64, Description: "latitude of a place"}),
			opt(tabular.Column{Name: "lon", Type: tabular.Float64, Description: "longitude of a place"}),
			str("admin1", "first-level administrative division of a place"),
		}}
}

// Table returns the schema of the table of a CSV file name ("relations.csv"), or nil.
func Table(file string) *tabular.Schema {
	for _, t := range Tables() {
		if t.Name+".csv" == file {
			return t
		}
	}
	return nil
}

// Fit returns the schema of a table as its CSV file has it: the columns of s named by header,
// in the header's order. A header column that s does not describe is an error: every column
// of every file has a type.
func Fit(s *tabular.Schema, header []string) (*tabular.Schema, error) {
	out := *s
	out.Columns = make([]tabular.Column, 0, len(header))
	for _, h := range header {
		i := slices.IndexFunc(s.Columns, func(c tabular.Column) bool { return c.Name == h })
		if i < 0 {
			return nil, fmt.Errorf("output: %s.csv: column %q has no type in output.Tables", s.Name, h)
		}
		out.Columns = append(out.Columns, s.Columns[i])
	}
	return &out, nil
}
