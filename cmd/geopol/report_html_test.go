package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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

// unDemoCorpus is the UN General Debate demo corpus (296 speeches of 20 countries) of the shared
// data, from this package's directory.
const unDemoCorpus = "../../../shared/data/corpora/ungdc_demo_20countries.jsonl"

// Bounds of the report's second edition, checked in the browser at 1,400 px wide.
const (
	maxPageHeight  = 12000 // px, on the sample and the UN demo corpus
	minCountryPath = 150   // country shapes on the map
)

// TestReportHTMLInBrowser runs analyze on the embedded sample corpus and on the UN demo corpus
// (../shared; its subtest skips when absent), loads each report.html in headless Chromium at
// 1,400 px wide (internal/browsertest) and checks what a reader would meet: the script ran
// without error or console message; the world map has at least 150 country shapes, some shaded,
// and a click on the most mentioned country opens its sentences; a click on a link of the drawn
// network, and on a dyad, opens at least one evidence sentence with its spans marked; no two
// drawn network labels overlap, over all periods of the time slider; long tables collapse and
// "show all" and the filter box work; a click on a sortable header sorts it; the page refers to
// nothing outside itself and is at most 12,000 px tall. It logs the figures and saves
// screenshots to browsertest.ArtifactsDir; with GEOPOL_DOCS_IMAGES=DIR it also writes the
// README's images there:
//
//	GEOPOL_DOCS_IMAGES=$PWD/docs go test ./cmd/geopol -run TestReportHTMLInBrowser
func TestReportHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.Start(t)
	dir := browsertest.ArtifactsDir(t)
	docs := os.Getenv("GEOPOL_DOCS_IMAGES")
	pages := []struct {
		name  string
		input []string // analyze's paths; none for the embedded sample
	}{
		{"report-sample", nil},
		{"report-un-demo", []string{unDemoCorpus}},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			for _, in := range pg.input {
				if _, err := os.Stat(in); err != nil {
					t.Skipf("shared corpus absent (%v): this page needs ../shared/data/corpora", err)
				}
			}
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"analyze", "-o", out, "--quiet"}, pg.input...)
			if code, _, stderr := run(t, "", args...); code != 0 {
				t.Fatalf("geopol %s: exit %d: %s", strings.Join(args, " "), code, stderr)
			}
			html, err := os.ReadFile(filepath.Join(out, "report.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, pg.name+".html")
			if err := os.WriteFile(page, html, 0o644); err != nil {
				t.Fatal(err)
			}
			p := b.Open(page, 1400, 1000)
			checkReportPage(t, p)
			if h := p.Height(); h > maxPageHeight {
				t.Errorf("page %d px tall at 1,400 px wide, want at most %d", h, maxPageHeight)
			} else {
				t.Logf("%s: page %d px tall at 1,400 px wide", pg.name, h)
			}
			p.Screenshot(pg.name)
			if docs != "" {
				writeDocImages(t, b.Open(page, 1400, 1000), docs, pg.name)
			}
			if errs := p.ConsoleErrors(); len(errs) > 0 {
				t.Errorf("console errors after the clicks: %v", errs)
			}
		})
	}
}

// checkReportPage checks a loaded report.html (see TestReportHTMLInBrowser).
func checkReportPage(t *testing.T, p *browsertest.Page) {
	t.Helper()
	if got := browsertest.Eval[string](p, `document.body.getAttribute("data-ready")`); got != "1" {
		t.Errorf("data-ready = %q: the page script did not finish", got)
	}
	if got := browsertest.Eval[string](p, `document.body.getAttribute("data-errors")`); got != "0" {
		t.Errorf("data-errors = %q: the page script raised errors", got)
	}
	if errs := p.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
	if refs := browsertest.Eval[[]string](p, `Array.prototype.map.call(
	    document.querySelectorAll("[src], [href]"), function(e){ return e.getAttribute("src") || e.getAttribute("href"); })
	    .filter(function(u){ return u.charAt(0) !== "#"; })`); len(refs) > 0 {
		t.Errorf("page refers to outside resources: %v", refs)
	}
	// The map comes first after the overview.
	if got := browsertest.Eval[string](p, `document.querySelector("#overview").nextElementSibling.id`); got != "map" {
		t.Errorf("the section after the overview is %q, want the map", got)
	}
	shapes := p.Count("svg.worldmap .countries path.c[data-iso]")
	if shapes < minCountryPath {
		t.Errorf("%d country shapes on the map, want at least %d", shapes, minCountryPath)
	}
	// Shading: country shapes whose computed fill is not the map's no-data grey.
	shaded := browsertest.Eval[int](p, `Array.prototype.filter.call(document.querySelectorAll("svg.worldmap .countries path.c[data-iso]"),
	  function(e){ return getComputedStyle(e).fill !== "rgb(220, 220, 216)"; }).length`)
	if shaded == 0 {
		t.Error("no country shaded on the map")
	}
	places := p.Count("svg.worldmap circle.place[data-name]")
	// Switching the measure changes the shading.
	if p.Count(`button[data-measure="documents"]`) > 0 {
		p.Click(`button[data-measure="documents"]`)
		if got := browsertest.Eval[string](p, `document.getElementById("worldmap").getAttribute("data-measure")`); got != "documents" {
			t.Errorf("data-measure = %q after a click on the documents button", got)
		}
		p.Click(`button[data-measure="mentions"]`)
	}

	// A click on the most mentioned country opens its panel with sentences.
	top := browsertest.Eval[string](p, `(document.querySelector("#map .map-side tbody tr[data-key]")||{getAttribute:function(){return ""}}).getAttribute("data-key")`)
	if iso, ok := strings.CutPrefix(top, "n:"); !ok {
		t.Errorf("no country listed beside the map (first key %q)", top)
	} else {
		// A country too small to click on the map (Palestine) has a round marker.
		sel := `svg.worldmap path.c[data-iso="` + iso + `"]`
		if marker := `svg.worldmap .tiny circle.c[data-iso="` + iso + `"]`; p.Count(marker) > 0 {
			sel = marker
		}
		p.Click(sel)
		checkDrawer(t, p, "map country "+iso, 0)
	}

	// The network: two views, labels that never overlap, edges that open their sentences.
	nodes, edges := p.Count("svg#net-actors circle.n"), p.Count("svg#net-actors line.e")
	if nodes == 0 || edges == 0 {
		t.Errorf("actor network drawn with %d nodes and %d edges", nodes, edges)
	}
	if p.Count("svg#net-countries circle.n") == 0 {
		t.Error("no country view of the network")
	}
	labels := p.TextBoxes("svg.net text")
	if len(labels) == 0 {
		t.Error("no network label drawn")
	}
	if ov := browsertest.Overlaps(labels, 1); len(ov) > 0 {
		t.Errorf("%d pairs of overlapping network labels, e.g. %+v", len(ov), ov[0])
	}
	periods := browsertest.Eval[int](p, `document.getElementById("period") ? +document.getElementById("period").max : 0`)
	for k := 1; k <= periods; k++ {
		browsertest.Eval[bool](p, `(function(){var s=document.getElementById("period");s.value="`+itoa(k)+`";s.dispatchEvent(new Event("input"));return true})()`)
		if ov := browsertest.Overlaps(p.TextBoxes("svg.net text"), 1); len(ov) > 0 {
			t.Errorf("period %d: %d pairs of overlapping network labels, e.g. %+v", k, len(ov), ov[0])
		}
	}
	if periods > 0 {
		browsertest.Eval[bool](p, `(function(){var s=document.getElementById("period");s.value="0";s.dispatchEvent(new Event("input"));return true})()`)
	}
	// Click the first link whose middle is not covered by a circle or another link.
	if !browsertest.Eval[bool](p, `(function(){
	  var ls = document.querySelectorAll("svg#net-actors line.eh");
	  for (var i = 0; i < ls.length; i++) {
	    var l = ls[i];
	    l.scrollIntoView({block: "center", behavior: "instant"});
	    var r = l.getBoundingClientRect();
	    if (document.elementFromPoint(r.left + r.width/2, r.top + r.height/2) === l) { l.setAttribute("data-test-edge", "1"); return true; }
	  }
	  return false; })()`) {
		t.Error("no link of the actor network can be clicked")
	} else {
		p.Click(`svg#net-actors line.eh[data-test-edge]`)
		checkDrawer(t, p, "network link", 0)
	}

	// Dyads, when events were coded: a click on the first row shows sentences with the source,
	// target and verb marked.
	if p.Count("table#dyads tbody tr") > 0 {
		p.Click("table#dyads tbody tr[data-key] td")
		checkDrawer(t, p, "dyad", 3)
	}

	// Long tables collapse; "show all" and the filter box work.
	if p.Count(".tbl.short") == 0 {
		t.Error("no table collapsed to its first rows")
	} else {
		visible := `Array.prototype.filter.call(document.querySelectorAll(".tbl[data-test-tbl] tbody tr"), function(r){ return r.offsetParent !== null; }).length`
		browsertest.Eval[bool](p, `(document.querySelector(".tbl.short").setAttribute("data-test-tbl", "1"), true)`)
		before := browsertest.Eval[int](p, visible)
		p.Click(".tbl[data-test-tbl] button.tbl-more")
		after := browsertest.Eval[int](p, visible)
		if after <= before {
			t.Errorf("show all: %d rows visible before, %d after", before, after)
		}
		if p.Count(".tbl[data-test-tbl] input[type=search]") > 0 {
			first := browsertest.Eval[string](p, `document.querySelector(".tbl[data-test-tbl] tbody tr td").textContent`)
			browsertest.Eval[bool](p, `(function(){var i=document.querySelector(".tbl[data-test-tbl] input[type=search]");i.value=`+jsQuote(first)+`;i.dispatchEvent(new Event("input"));return true})()`)
			if n := browsertest.Eval[int](p, visible); n == 0 || n >= after {
				t.Errorf("filter %q: %d rows visible of %d", first, n, after)
			}
		}
	}
	// A click on a sortable header sorts its column.
	if p.Count("table.sortable th[tabindex]") == 0 {
		t.Error("no sortable table header was set up")
	} else {
		p.Click("#actors table.sortable th[tabindex]")
		if got := browsertest.Eval[string](p, `document.querySelector("#actors table.sortable th[tabindex]").getAttribute("aria-sort") || ""`); got == "" {
			t.Error("a click on a sortable header set no aria-sort")
		}
	}
	// Topics: words sized by weight; shares over time never below the axis.
	if p.Count("#topics .cloud span") == 0 {
		t.Error("no topic words")
	}
	// Provenance.
	if p.Count("#run table.kv tr") == 0 || !strings.Contains(p.Text("#run"), "SHA-256") {
		t.Error("the Run section lacks the provenance")
	}
	t.Logf("map: %d country shapes, %d shaded, %d places; network: %d actors, %d links, %d labels, %d periods",
		shapes, shaded, places, nodes, edges, len(labels), periods)
}

// checkDrawer wants the evidence drawer open with at least one sentence, citing its document,
// and at least minMarks kinds of marked spans among source, target and verb (0: any mark).
func checkDrawer(t *testing.T, p *browsertest.Page, what string, minMarks int) {
	t.Helper()
	if browsertest.Eval[bool](p, `document.getElementById("drawer").hidden`) {
		t.Errorf("%s: the click opened no panel", what)
		return
	}
	title := p.Text("#dr-title")
	snips := p.Count("#drawer .snip")
	if snips == 0 {
		t.Errorf("%s (%s): no evidence sentence", what, title)
		p.Click("#dr-close")
		return
	}
	if n := p.Count("#drawer .snip mark"); n == 0 {
		t.Errorf("%s (%s): no span marked in %d sentences", what, title, snips)
	}
	if n := p.Count("#drawer .snip cite a.doc-link"); n != snips {
		t.Errorf("%s (%s): %d of %d sentences link to their document", what, title, n, snips)
	}
	if minMarks > 0 {
		kinds := 0
		for _, r := range []string{"m2", "m3", "m4"} {
			if p.Count("#drawer .snip mark."+r) > 0 {
				kinds++
			}
		}
		if kinds < minMarks {
			t.Errorf("%s (%s): %d of source, target and verb marked, want %d", what, title, kinds, minMarks)
		}
	}
	t.Logf("%s: %q, %d evidence sentences", what, title, snips)
	p.Click("#dr-close")
}

// writeDocImages writes the README's images of a freshly loaded report page into dir: the
// overview and a link's evidence of the sample, the map and the network of the UN demo.
func writeDocImages(t *testing.T, p *browsertest.Page, dir, name string) {
	t.Helper()
	shots := map[string][]string{
		"report-sample":  {"#overview", "report-overview.png"},
		"report-un-demo": {"#map", "report-map.png", "#network", "report-network.png"},
	}[name]
	// The sticky header would cover the top of sections scrolled under it.
	browsertest.Eval[bool](p, `(document.querySelector("header.top").style.position = "static", true)`)
	for i := 0; i+1 < len(shots); i += 2 {
		n := p.ScreenshotElement(shots[i], 0.6, filepath.Join(dir, shots[i+1]))
		t.Logf("%s: %d bytes", shots[i+1], n)
	}
	if name == "report-sample" {
		// The strongest link of the overview's list, as a reader would click it.
		p.Click(`#overview .glance a[href="#network"][data-key]`)
		n := p.ScreenshotElement("#drawer", 0.8, filepath.Join(dir, "report-evidence.png"))
		t.Logf("report-evidence.png: %d bytes", n)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// jsQuote quotes s as a JavaScript string literal.
func jsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
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
