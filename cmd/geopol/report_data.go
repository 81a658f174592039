package main

import (
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
)

// reportData assembles what report.html and report.md show from the result of a run and the rows
// already computed for the other files. ctxs holds the mentions in context collected while the
// documents streamed by (nil for none); rels and dyads are the relations.csv and dyads.csv rows
// (nil when events were not extracted).
func reportData(res *pipeline.Result, docRows []reports.DocumentRow, ents []reports.EntityRow,
	nodes []reports.NodeRow, edges []reports.EdgeRow, rels []reports.RelationRow, dyads []reports.DyadRow,
	ctxs *reports.ContextCollector, sum reports.Summary) *reports.ReportData {
	in := reports.ReportInput{
		Title:     "geopol report",
		Documents: docRows, Entities: ents, Nodes: nodes, Edges: edges,
		TopicTerms: topicRows(res), DocTopics: docTopicRows(res),
		Relations: rels, Dyads: dyads, Summary: sum,
	}
	if ctxs != nil {
		in.Contexts = ctxs.Contexts()
	}
	if res.Topics != nil {
		for _, t := range res.Topics.Topics {
			in.Topics = append(in.Topics, reports.TopicInfo{
				ID: t.ID, Label: t.Label, Coherence: t.Coherence, HasCoherence: true,
			})
		}
	}
	return reports.BuildReport(in)
}
