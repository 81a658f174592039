// Package reports writes the files of an analysis: CSV tables, JSON Lines, GEXF and JSON.
//
// Every writer takes rows and an [io.Writer] and writes bytes: the package never opens, creates or
// renames a file (pipeline/output does, atomically) and knows nothing of the pipeline that
// produced the rows. The rows are the stage packages' own data types where a file holds them as
// they are, and types of this package where a file's rows are assembled from several.
//
// # Formats
//
// The column sets are those of the project contract:
//
//	documents.csv   doc_id,source,title,date,bytes,tokens,sentences,entities,status,error,countries,focus_country,dateline
//	mentions.jsonl  {"id":...,"entities":[{"start","end","text","type","entity"[,"country","role","role_latest","geonames_id","lat","lon","admin1"]}]}
//	                (entities.MentionDoc, a line; entities.Mention, a mention)
//	entities.csv    entity,label,type,country,mentions,documents,aliases,role,geonames_id,lat,lon
//	                (entities.EntityRow)
//	nodes.csv       Id,Label,Type,Country,Mentions,Documents,Degree,WeightedDegree,PageRank
//	edges.csv       Source,Target,Type,Weight,Documents,PMI,NPMI,Jaccard,DisparityAlpha,HypergeomPValue
//	network.gexf    GEXF 1.3, static ([WriteGEXF])
//	network_dynamic.gexf  GEXF 1.3, dynamic: per-period spells and weights ([WriteDynamicGEXF])
//	network.graphml GraphML with a key per attribute ([WriteGraphML])
//	relations.csv   doc_id,date,sentence,source,target,event_code,event_root,event_label,quad_class,
//	                goldstein,modality,evidence,source_start,source_end,target_start,target_end,
//	                event_id,plover_event,plover_mode,plover_context,confidence,
//	                source_country,source_role,target_country,target_role
//	                (RelationRow: an events.Event of a document)
//	dyads.csv       source,target,event_root,quad_class,events,documents,goldstein_sum,
//	                goldstein_mean,first_date,last_date[,period],distinct_events,sources,
//	                plover_event,source_country,source_role,target_country,target_role
//	                (events.DyadRow)
//	topics.csv      topic,rank,term,weight,coherence,stability,label
//	doc_topics.csv  doc_id,topic,weight
//	topics_time.csv topic,period,weight,documents
//	actor_topics.csv entity,topic,weight,documents
//	summary.json    see [Summary]
//
// # Conventions
//
// CSV files follow RFC 4180 as implemented by encoding/csv: UTF-8, comma-separated, a header row,
// fields quoted when they contain a comma, a quote, a line break or leading space, and records ended
// by a single "\n" (the encoding/csv default; readers of RFC 4180 accept it). Inside a field, "\r\n"
// is written as "\n", which is what a CSV reader returns for it anyway.
//
// To keep spreadsheets from running cell contents as formulas, a cell that starts with '=', '+',
// '-' or '@' and is not a decimal number is written with a leading apostrophe: "=cmd" becomes
// "'=cmd" and "-foo" becomes "'-foo", while "-3.5" and "+1e3" are kept.
//
// Floating-point values are written with exactly six digits after the decimal point
// (strconv.FormatFloat(x, 'f', 6, 64)); negative zero is written as "0.000000", and NaN and
// infinities, which the pipeline never produces on purpose, as an empty cell. The exception is
// probabilities that can be far smaller than 1e-6 (the DisparityAlpha and HypergeomPValue columns
// of edges.csv): they are written with six significant digits ([FormatProb]: "0.25", "3.5e-09").
//
// [NetworkRows] maps a network.Graph (the filtered co-occurrence network with its measures,
// significance and PageRank) and the entity table onto the rows of the network writers. In summary.json
// floats are rounded to six decimals and NaN and infinities written as 0.
//
// Output is deterministic: the writers of nodes, edges and entities sort a copy of their rows
// (by weight or mentions descending, then by id ascending); documents, mentions, relations, topics
// and document topics are written in the order given, which the pipeline keeps equal to input
// order. JSON is written without HTML escaping, so "<", ">" and "&" appear as themselves.
//
// # The report page
//
// [WriteHTML] writes report.html, one self-contained page for a person to read, and
// [WriteMarkdown] the same report as Markdown. Both take a [ReportData], which [BuildReport] makes
// from the rows of the other files plus the evidence collected while the documents stream by:
// [DigestDocument] picks, in one document, a sentence for every actor, pair of actors, country,
// pair of countries and event type between two actors, and counts the places with coordinates;
// an [EvidenceCollector] keeps, for every key, the sentences of the PerKey documents of smallest
// rank (a hash of the key and the document id), a uniform sample of the documents that does not
// depend on their order, so shards of a corpus can be collected apart and merged (geopol-beam
// does). Sentences are whole, cut around their marks at word boundaries with "…" only when
// longer than [MaxSnippetBytes].
//
// A run can build most of the report before its topic model is fitted: [BuildReportBase] is
// [BuildReport] without the topics, and [PrepareHTML] computes the page but for the topics and
// the summary (the network views and their layout, the panels, the tables, the map, drawn
// concurrently where they are independent); [ReportData.SetTopics] and [HTMLPage.Write] then add
// the rest. The bytes are those of WriteHTML of the whole report.
//
// The page is html/template over an embedded template (templates/), with its CSS and a small
// hand-written script inline and every chart inline SVG: it loads nothing, so it works offline
// from file://. In order it shows the overview; the world map (package worldmap) with countries
// shaded by a measure the reader picks and the most mentioned places as dots; the network as two
// views, the backbone (disparity filter, [BackboneLevel]) of the [DefaultNetworkActors]
// countries, organizations and people of highest PageRank, and of the [DefaultNetworkCountries]
// countries with people, organizations and places rolled into them, labels placed in Go only
// where they collide with no other label or circle, and a period slider when documents are
// dated; actors by type with their partners; relations (quad-class counts, the main pairs over
// time, the [MaxDyadRows] largest dyads); topics as words sized by weight and their shares over
// time (non-negative: each document's positive topic weight split among its topics); the
// documents quoted; and the run's settings, timings and provenance ([RunInfo]). Every code is
// labelled: countries by name, CAMEO roles as sectors ("Palestine · civilians"), event types by
// their CAMEO or PLOVER name. Long tables show their first rows with "show all" and a filter
// box. A click on a country, a link, an actor, a dyad or a pair opens a drawer with its figures
// and its sentences, the source, target and verb marked, each citing its document's title and
// date and linking to its row in the Documents section. The page data the drawer reads is one
// JSON block (encoding/json escapes <, > and &, so it cannot close its script element). When the
// script has run, <body> carries data-ready="1" and data-errors (uncaught errors seen), for tests.
//
// The charts are written by hand (svgchart.go) rather than with gonum.org/v1/plot's SVG backend.
// That backend does render deterministically, but it positions text with the metrics of the
// Liberation fonts while the browser draws the page's own fonts, it cannot carry per-mark
// tooltips or CSS classes (so no hover details and no colours shared with the page), it wraps
// each chart in a full SVG document with a flipped coordinate system, and it would add some ten
// modules (fonts, PDF, LaTeX, image) to the build for bar and line charts of a few dozen marks.
//
// The network views are laid out in Go by [ForceLayout] (Fruchterman–Reingold, seeded, a fixed
// number of steps), the page saying how much of the network they show; the whole network is in
// nodes.csv, edges.csv and the GEXF files. Numbers are written with fixed decimals, so the same
// data and seed give the same bytes; report.html includes the run's timings from [Summary], like
// summary.json.
package reports
