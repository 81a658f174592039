package main

import (
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

// reportData assembles what report.html and report.md show (output.ReportData); ctxs holds the
// mentions in context collected while the documents streamed by (nil for none).
func reportData(res *pipeline.Result, docRows []reports.DocumentRow, ents []entities.EntityRow,
	nodes []reports.NodeRow, edges []reports.EdgeRow, rels []reports.RelationRow, dyads []events.DyadRow,
	ctxs *reports.ContextCollector, sum reports.Summary) *reports.ReportData {
	var c map[string][]reports.MentionContext
	if ctxs != nil {
		c = ctxs.Contexts()
	}
	return output.ReportData(res, docRows, ents, nodes, edges, rels, dyads, c, sum)
}
