package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/internal/browsertest"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

// sampleReportData runs the pipeline on the embedded sample corpus the way analyze does and
// builds the report data with output.ReportData. Timings are left at zero so the page is a function of
// the corpus alone.
func sampleReportData(t *testing.T) *reports.ReportData {
	t.Helper()
	models, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	paths, fsys := source(nil)
	opts := pipeline.Options{Paths: paths, FS: fsys, Workers: 2, Window: network.Sentence, Topics: 10, Seed: 1}
	var docRows []reports.DocumentRow
	ev := &reports.EvidenceCollector{}
	res, err := pipeline.Run(context.Background(), models, opts, func(r *pipeline.DocResult) error {
		docRows = append(docRows, output.DocumentRow(r))
		ev.Add(reports.DigestDocument(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ents := output.EntityRows(res, models.Gazetteer)
	nodes, edges := output.NetworkRows(res, ents, network.GraphOptions{MinWeight: 1}, network.NodeTypes{})
	sum := reports.Summary{
		Documents: res.Documents, Failed: res.Failed, Bytes: res.Bytes, Tokens: res.Tokens,
		Sentences: res.Sentences, Mentions: res.Mentions, Entities: res.Entities.Len(), Edges: len(edges),
		Settings: reports.Settings{Version: version, Workers: 2, Window: "sentence", MinWeight: 1, Topics: 10, Seed: 1},
	}
	return output.ReportData(res, docRows, ents, nodes, edges, nil, nil, ev, sum)
}

// withSyntheticRelations adds made-up events between the heaviest co-occurring pairs, for the
// relations section to have something to draw until the events stage feeds the report. Each pair
// gets events of all four quad classes on the dates of the corpus.
func withSyntheticRelations(d *reports.ReportData) *reports.ReportData {
	if d.Relations.Events > 0 {
		return d
	}
	in := reports.ReportInput{Title: d.Title + " (synthetic relations)", Summary: d.Summary,
		// Two documents spanning the corpus dates give the relations the corpus's periods.
		Documents: []reports.DocumentRow{{DocID: "first", Date: d.Corpus.FirstDate}, {DocID: "last", Date: d.Corpus.LastDate}}}
	// Rebuild from the data's own rows: the report keeps what BuildReport needs.
	in.Nodes, in.Edges = d.Network.Nodes, d.Network.Edges
	for _, g := range d.ActorGroups {
		for _, a := range g.Actors {
			in.Entities = append(in.Entities, entities.EntityRow{Entity: a.ID, Label: a.Label, Type: a.Type,
				Country: a.Country, Mentions: a.Mentions, Documents: a.Documents, Aliases: a.Aliases})
		}
	}
	dates := []string{"2023-03-10", "2023-11-15", "2024-04-15", "2024-08-20", "2025-05-11"}
	roots := []struct {
		root string
		quad int
		g    float64
	}{{"04", 1, 1}, {"06", 2, 6}, {"11", 3, -2}, {"19", 4, -10}}
	for i, e := range d.Network.Edges[:min(6, len(d.Network.Edges))] {
		for j := range 3 + i%3 {
			r := roots[(i+j)%4]
			in.Relations = append(in.Relations, reports.RelationRow{DocID: "synthetic", Date: dates[(i+j)%len(dates)], Event: events.Event{Source: e.Source, Target: e.Target, Root: r.root, Code: r.root + "0", QuadClass: r.quad, Goldstein: r.g}})
		}
	}
	type key struct{ s, t, root string }
	agg := map[key]*events.DyadRow{}
	var order []key
	for _, r := range in.Relations {
		k := key{r.Source, r.Target, r.Root}
		y := agg[k]
		if y == nil {
			y = &events.DyadRow{Source: r.Source, Target: r.Target, EventRoot: r.Root, QuadClass: r.QuadClass,
				Documents: 1, FirstDate: r.Date, LastDate: r.Date}
			agg[k] = y
			order = append(order, k)
		}
		y.Events++
		y.GoldsteinSum += r.Goldstein
		y.GoldsteinMean = y.GoldsteinSum / float64(y.Events)
		y.FirstDate, y.LastDate = min(y.FirstDate, r.Date), max(y.LastDate, r.Date)
	}
	for _, k := range order {
		in.Dyads = append(in.Dyads, *agg[k])
	}
	nd := reports.BuildReport(in)
	// Keep everything else as it was.
	nd.Corpus, nd.Topics, nd.Granularity, nd.ActorGroups = d.Corpus, d.Topics, d.Granularity, d.ActorGroups
	return nd
}

// TestReportHTMLInBrowser renders report.html for the sample corpus (and a variant with synthetic
// relations), loads both in headless Chromium at 1,400 px wide (internal/browsertest) and checks
// that the script ran without error or console message, that the network, topic and relation
// sections have content, that a click on a sortable column header sorts it, and that the page
// refers to nothing outside itself; it logs the page height and the overlapping network labels
// (the report's second edition will bound both) and saves screenshots.
func TestReportHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.Start(t)
	dir := browsertest.ArtifactsDir(t)
	d := sampleReportData(t)
	pages := []struct {
		name         string
		data         *reports.ReportData
		wantDyadRows bool
	}{
		{"report", d, d.Relations.Events > 0},
		{"report-relations", withSyntheticRelations(d), true},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := reports.WriteHTML(&buf, pg.data); err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, pg.name+".html")
			if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			p := b.Open(page, 1400, 1000)
			if got := browsertest.Eval[string](p, `document.body.getAttribute("data-ready")`); got != "1" {
				t.Errorf("data-ready = %q: the page script did not finish", got)
			}
			if got := browsertest.Eval[string](p, `document.body.getAttribute("data-errors")`); got != "0" {
				t.Errorf("data-errors = %q: the page script raised errors", got)
			}
			if errs := p.ConsoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
			circles, lines := p.Count("svg#net circle.n"), p.Count("svg#net line.e")
			if circles == 0 || lines == 0 {
				t.Errorf("network drawn with %d nodes and %d edges", circles, lines)
			}
			if p.Count("section#topics rect.bar") == 0 {
				t.Error("no topic bars")
			}
			if p.Count("mark") == 0 {
				t.Error("no mention in context")
			}
			if pg.wantDyadRows && p.Count("table#dyads > tbody > tr") == 0 {
				t.Error("dyad table empty or missing")
			}
			// A click on a sortable header sorts its column.
			if p.Count("table.sortable th[tabindex]") == 0 {
				t.Error("no sortable table header was set up")
			} else {
				p.Click("table.sortable th[tabindex]")
				if got := browsertest.Eval[string](p, `document.querySelector("table.sortable th[tabindex]").getAttribute("aria-sort") || ""`); got == "" {
					t.Error("a click on a sortable header set no aria-sort")
				}
			}
			if refs := browsertest.Eval[[]string](p, `Array.prototype.map.call(
			    document.querySelectorAll("[src], [href]"), function(e){ return e.getAttribute("src") || e.getAttribute("href"); })
			    .filter(function(u){ return u.charAt(0) !== "#"; })`); len(refs) > 0 {
				t.Errorf("page refers to outside resources: %v", refs)
			}
			overlaps := browsertest.Overlaps(p.TextBoxes("svg#net text"), 1)
			t.Logf("%s: %d network nodes, %d edges, %d overlapping label pairs, page %d px tall at 1,400 px",
				pg.name, circles, lines, len(overlaps), p.Height())
			p.Screenshot(pg.name)
		})
	}
}

// TestReportHTMLSampleDeterministic renders the sample report twice and wants the same bytes.
func TestReportHTMLSampleDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	var a, b bytes.Buffer
	if err := reports.WriteHTML(&a, sampleReportData(t)); err != nil {
		t.Fatal(err)
	}
	if err := reports.WriteHTML(&b, sampleReportData(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("report.html differs between two runs on the same corpus")
	}
	var md bytes.Buffer
	if err := reports.WriteMarkdown(&md, sampleReportData(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Actors", "| Russia | RUS |", "## Topics", "No relations extracted."} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
}
