package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

// chromiumPath is where the project's CI installs headless Chromium (apt-get install chromium).
const chromiumPath = "/usr/bin/chromium"

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
	ctxs := &reports.ContextCollector{}
	res, err := pipeline.Run(context.Background(), models, opts, func(r *pipeline.DocResult) error {
		docRows = append(docRows, output.DocumentRow(r))
		md := output.MentionDoc(r)
		ctxs.Add(r.Doc.ID, r.Doc.Date, r.Doc.Text, md.Entities)
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
	return output.ReportData(res, docRows, ents, nodes, edges, nil, nil, ctxs.Contexts(), sum)
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

// artifactsDir is where the browser test leaves its pages and screenshots: $GEOPOL_ARTIFACTS when
// set, else a temporary directory.
func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GEOPOL_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// chromium returns the browser to run, or skips the test when it is missing (fails instead when
// GEOPOL_REQUIRE_BROWSER=1).
func chromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		msg := "headless Chromium not found at " + chromiumPath + " (apt-get install chromium); browser test skipped"
		if os.Getenv("GEOPOL_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + " but GEOPOL_REQUIRE_BROWSER=1")
		}
		t.Skip(msg)
	}
	return chromiumPath
}

// runChromium runs headless Chromium on a local page with the given extra arguments and returns
// its standard output.
func runChromium(t *testing.T, bin, page string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			t.Fatalf("chromium timed out on %s", page)
		}
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Uncaught") {
		t.Errorf("JavaScript error in %s:\n%s", page, stderr.String())
	}
	return stdout.Bytes()
}

// domStats is what the test counts in the page as the browser left it.
type domStats struct {
	ready, errors string
	netCircles    int // circle.n inside svg#net
	netLines      int // line.e inside svg#net
	topicBars     int // rect.bar in the topics section
	dyadRows      int // rows of table#dyads
	sortableTH    int // th given a tabindex by the sortable-table script
	contexts      int // mark elements (highlighted mentions)
	externalRefs  []string
}

func countDOM(t *testing.T, dom []byte) domStats {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatalf("parse dumped DOM: %v", err)
	}
	var s domStats
	attr := func(n *html.Node, key string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val, true
			}
		}
		return "", false
	}
	hasClass := func(n *html.Node, c string) bool {
		v, _ := attr(n, "class")
		return strings.Contains(" "+v+" ", " "+c+" ")
	}
	var walk func(n *html.Node, inNet, inTopics, inDyads bool)
	walk = func(n *html.Node, inNet, inTopics, inDyads bool) {
		if n.Type == html.ElementNode {
			id, _ := attr(n, "id")
			switch {
			case n.Data == "body":
				s.ready, _ = attr(n, "data-ready")
				s.errors, _ = attr(n, "data-errors")
			case n.Data == "svg" && id == "net":
				inNet = true
			case n.Data == "section" && id == "topics":
				inTopics = true
			case n.Data == "table" && id == "dyads":
				inDyads = true
			case n.Data == "circle" && inNet && hasClass(n, "n"):
				s.netCircles++
			case n.Data == "line" && inNet && hasClass(n, "e"):
				s.netLines++
			case n.Data == "rect" && inTopics && hasClass(n, "bar"):
				s.topicBars++
			case n.Data == "tr" && inDyads && n.Parent != nil && n.Parent.Data == "tbody":
				s.dyadRows++
			case n.Data == "th":
				if _, ok := attr(n, "tabindex"); ok {
					s.sortableTH++
				}
			case n.Data == "mark":
				s.contexts++
			}
			for _, k := range []string{"src", "href"} {
				if v, ok := attr(n, k); ok && !strings.HasPrefix(v, "#") {
					s.externalRefs = append(s.externalRefs, n.Data+" "+k+"="+v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inNet, inTopics, inDyads)
		}
	}
	walk(doc, false, false, false)
	return s
}

// TestReportHTMLInBrowser renders report.html for the sample corpus (and a variant with synthetic
// relations), loads both in headless Chromium and checks that the script ran without error and
// that the network, topic and relation sections have content; it saves screenshots.
func TestReportHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromium(t)
	dir := artifactsDir(t)
	d := sampleReportData(t)
	pages := []struct {
		name         string
		data         *reports.ReportData
		wantDyadRows bool
	}{
		{"report", d, d.Relations.Events > 0},
		{"report-relations", withSyntheticRelations(d), true},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := reports.WriteHTML(&buf, p.data); err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, p.name+".html")
			if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			s := countDOM(t, runChromium(t, bin, page, "--dump-dom"))
			t.Logf("%s: %+v", p.name, s)
			if s.ready != "1" {
				t.Errorf("data-ready = %q: the page script did not finish", s.ready)
			}
			if s.errors != "0" {
				t.Errorf("data-errors = %q: the page script raised errors", s.errors)
			}
			if s.netCircles == 0 || s.netLines == 0 {
				t.Errorf("network drawn with %d nodes and %d edges", s.netCircles, s.netLines)
			}
			if s.topicBars == 0 {
				t.Error("no topic bars")
			}
			if s.contexts == 0 {
				t.Error("no mention in context")
			}
			if s.sortableTH == 0 {
				t.Error("no sortable table header was set up")
			}
			if p.wantDyadRows && s.dyadRows == 0 {
				t.Error("dyad table empty or missing")
			}
			if len(s.externalRefs) > 0 {
				t.Errorf("page refers to outside resources: %v", s.externalRefs)
			}
			shot := filepath.Join(dir, p.name+".png")
			runChromium(t, bin, page, "--screenshot="+shot, "--window-size=1400,2000")
			if fi, err := os.Stat(shot); err != nil || fi.Size() < 10_000 {
				t.Errorf("screenshot %s missing or blank: %v", shot, err)
			}
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
