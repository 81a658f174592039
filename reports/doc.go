// Package reports writes the files of an analysis: CSV tables, JSON Lines, GEXF and JSON.
//
// Every writer takes plain row structs defined here and an [io.Writer]; the package knows
// nothing about the pipeline that produced the rows. The only functions that touch the file
// system, [WriteFileAtomic], [PrepareOutDir] and [Dir], live in atomic.go.
//
// # Formats
//
// The column sets are those of the project contract:
//
//	documents.csv   doc_id,source,title,date,bytes,tokens,sentences,entities,status,error
//	mentions.jsonl  {"id":...,"entities":[{"start","end","text","type","entity"[,"country"]}]}
//	entities.csv    entity,label,type,country,mentions,documents,aliases
//	nodes.csv       Id,Label,Type,Country,Mentions,Documents
//	edges.csv       Source,Target,Type,Weight,Documents,PMI,NPMI
//	network.gexf    GEXF 1.3
//	relations.csv   doc_id,date,sentence,source,target,event_code,event_root,event_label,quad_class,
//	                goldstein,modality,evidence,source_start,source_end,target_start,target_end
//	dyads.csv       source,target,event_root,quad_class,events,documents,goldstein_sum,
//	                goldstein_mean,first_date,last_date
//	topics.csv      topic,rank,term,weight
//	doc_topics.csv  doc_id,topic,weight
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
// infinities, which the pipeline never produces on purpose, as an empty cell. In summary.json
// floats are rounded to six decimals and NaN and infinities written as 0.
//
// Output is deterministic: the writers of nodes, edges and entities sort a copy of their rows
// (by weight or mentions descending, then by id ascending); documents, mentions, relations, topics
// and document topics are written in the order given, which the pipeline keeps equal to input
// order. JSON is written without HTML escaping, so "<", ">" and "&" appear as themselves.
package reports
