package reports

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/text"
)

// fixtureReportInput is a small run with every case the report handles: a failed, a flagged and an
// undated document, actors of several types (one with HTML in its name), negative topic loadings,
// relations of the four quad classes, and a skipped file.
func fixtureReportInput() ReportInput {
	return ReportInput{
		Title: "Fixture <report>",
		Documents: []DocumentRow{
			{DocID: "a/1.txt", Source: "wire", Title: "Iran and the IAEA meet", Date: "2024-01-15", Bytes: 1200, Status: StatusOK},
			{DocID: "a/2.txt", Source: "wire", Title: "Talks in Geneva", Date: "2024-03-02", Bytes: 800, Status: StatusOK},
			{DocID: "b/3.html", Source: "post", Title: "Sanctions & strikes", Date: "2024-07-30", Bytes: 2000, Status: StatusOK, Error: "replaced invalid UTF-8"},
			{DocID: "b/4.html", Source: "post", Title: "", Date: "", Bytes: 500, Status: StatusOK},
			{DocID: "c/5.jsonl:3", Source: "", Bytes: 0, Status: StatusError, Error: "empty document"},
		},
		Entities: []entities.EntityRow{
			{Entity: "IRN", Label: "Iran", Type: "GPE", Country: "IRN", Mentions: 9, Documents: 4, Aliases: []string{"Iran", "Tehran"}},
			{Entity: "USA", Label: "United States", Type: "GPE", Country: "USA", Mentions: 7, Documents: 3, Aliases: []string{"U.S."}},
			{Entity: "ISR", Label: "Israel", Type: "GPE", Country: "ISR", Mentions: 3, Documents: 2},
			{Entity: "IAEA", Label: "International Atomic Energy Agency", Type: "ORG", Mentions: 5, Documents: 2, Aliases: []string{"IAEA"}},
			{Entity: "<b>Org</b>", Label: "<b>Org</b>", Type: "ORG", Mentions: 1, Documents: 1},
			{Entity: "Rafael Grossi", Label: "Rafael Grossi", Type: "PERSON", Country: "", Mentions: 4, Documents: 2, Role: "IGO"},
			{Entity: "Persian Gulf", Label: "Persian Gulf", Type: "LOC", Mentions: 1, Documents: 1},
		},
		Nodes: []NodeRow{
			{ID: "IRN", Label: "Iran", Type: "GPE", Country: "IRN", Mentions: 9, Documents: 4},
			{ID: "USA", Label: "United States", Type: "GPE", Country: "USA", Mentions: 7, Documents: 3},
			{ID: "ISR", Label: "Israel", Type: "GPE", Country: "ISR", Mentions: 3, Documents: 2},
			{ID: "IAEA", Label: "International Atomic Energy Agency", Type: "ORG", Mentions: 5, Documents: 2},
			{ID: "<b>Org</b>", Label: "<b>Org</b>", Type: "ORG", Mentions: 1, Documents: 1},
			{ID: "Rafael Grossi", Label: "Rafael Grossi", Type: "PERSON", Mentions: 4, Documents: 2},
			{ID: "Persian Gulf", Label: "Persian Gulf", Type: "LOC", Mentions: 1, Documents: 1},
		},
		Edges: []EdgeRow{
			{Source: "IAEA", Target: "IRN", Weight: 5, Documents: 2, NPMI: 0.61},
			{Source: "IRN", Target: "USA", Weight: 3, Documents: 2, NPMI: 0.2},
			{Source: "IAEA", Target: "Rafael Grossi", Weight: 4, Documents: 2, NPMI: 0.8},
			{Source: "IRN", Target: "ISR", Weight: 2, Documents: 1, NPMI: 0.35},
			{Source: "ISR", Target: "USA", Weight: 1, Documents: 1, NPMI: -0.1},
		},
		Topics: []TopicInfo{{ID: 0, Label: "actor:IRN, actor:IAEA, nuclear", Coherence: 0.42, HasCoherence: true}, {ID: 1}},
		TopicTerms: []TopicTermRow{
			{Topic: 1, Rank: 1, Term: "sanctions", Weight: 0.5},
			{Topic: 0, Rank: 2, Term: "actor:IAEA", Weight: 0.4},
			{Topic: 0, Rank: 1, Term: "actor:IRN", Weight: 0.6},
			{Topic: 0, Rank: 3, Term: "nuclear", Weight: 0.3},
			{Topic: 1, Rank: 2, Term: "actor:ISR", Weight: -0.25},
		},
		DocTopics: []DocTopicRow{
			{DocID: "a/1.txt", Topic: 0, Weight: 0.8}, {DocID: "a/1.txt", Topic: 1, Weight: -0.1},
			{DocID: "a/2.txt", Topic: 0, Weight: 0.4}, {DocID: "a/2.txt", Topic: 1, Weight: 0.2},
			{DocID: "b/3.html", Topic: 0, Weight: 0.1}, {DocID: "b/3.html", Topic: 1, Weight: 0.7},
			{DocID: "b/4.html", Topic: 0, Weight: 0.05}, {DocID: "b/4.html", Topic: 1, Weight: 0.3},
		},
		Relations: []RelationRow{
			{DocID: "a/1.txt", Date: "2024-01-15", Event: events.Event{Source: "IAEA", Target: "IRN", Root: "04", QuadClass: 1, Goldstein: 1}},
			{DocID: "a/2.txt", Date: "2024-03-02", Event: events.Event{Source: "IAEA", Target: "IRN", Root: "04", QuadClass: 1, Goldstein: 1}},
			{DocID: "a/2.txt", Date: "2024-03-02", Event: events.Event{Source: "IAEA", Target: "IRN", Root: "11", QuadClass: 3, Goldstein: -2}},
			{DocID: "b/3.html", Date: "2024-07-30", Event: events.Event{Source: "USA", Target: "IRN", Root: "17", QuadClass: 4, Goldstein: -7}},
			{DocID: "b/3.html", Date: "2024-07-30", Event: events.Event{Source: "IRN", Target: "ISR", Root: "19", QuadClass: 4, Goldstein: -10}},
			{DocID: "b/4.html", Date: "", Event: events.Event{Source: "USA", Target: "ISR", Root: "07", QuadClass: 2, Goldstein: 7}},
			{DocID: "b/4.html", Date: "", Event: events.Event{Source: "USA", Target: "ISR", Root: "99", QuadClass: 9, Goldstein: 0}},
		},
		Dyads: []events.DyadRow{
			{Source: "USA", Target: "IRN", EventRoot: "17", QuadClass: 4, Events: 1, Documents: 1, GoldsteinSum: -7, GoldsteinMean: -7, FirstDate: "2024-07-30", LastDate: "2024-07-30"},
			{Source: "IAEA", Target: "IRN", EventRoot: "04", QuadClass: 1, Events: 2, Documents: 2, GoldsteinSum: 2, GoldsteinMean: 1, FirstDate: "2024-01-15", LastDate: "2024-03-02"},
			{Source: "IAEA", Target: "IRN", EventRoot: "11", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -2, GoldsteinMean: -2, FirstDate: "2024-03-02", LastDate: "2024-03-02"},
		},
		Evidence: fixtureEvidence(),
		Summary: Summary{
			Documents: 5, Failed: 1, Bytes: 4500, Tokens: 700, Sentences: 40, Mentions: 30, Entities: 7, Edges: 5,
			Relations: 7, Topics: 2, ElapsedSeconds: 1.5, MBPerSecond: 0.003, DocsPerSecond: 3.333333,
			StageSeconds: map[string]float64{"topics": 0.25, "process": 1.0},
			Skipped:      []Skipped{{Path: "notes.pdf", Reason: "unsupported extension .pdf"}},
			Settings:     Settings{Version: "test", Workers: 2, Window: "sentence", MinWeight: 1, Topics: 2, Seed: 7, Extra: map[string]string{"clean": "true"}},
			Warnings:     []string{"failed: c/5.jsonl:3: empty document"},
		},
		ActorsPerType: 2,
	}
}

// fixtureText is the text of fixture document a/1.txt: two sentences, with HTML in the second.
const fixtureText = "Officials in Tehran said the IAEA would return.\nThe United States & Iran met <b>again</b> in Vienna."

// fixtureDoc returns the sentences, mentions and events of fixtureText.
func fixtureDoc() ([]text.Span, []entities.Mention, []events.Event) {
	at := func(s string) text.Span {
		i := strings.Index(fixtureText, s)
		return text.Span{Start: i, End: i + len(s)}
	}
	nl := strings.IndexByte(fixtureText, '\n')
	sents := []text.Span{{Start: 0, End: nl}, {Start: nl + 1, End: len(fixtureText)}}
	m := func(s, typ, entity, country string, sent int) entities.Mention {
		sp := at(s)
		return entities.Mention{Start: sp.Start, End: sp.End, Text: s, Type: typ, Entity: entity, Country: country, Sentence: sent}
	}
	vienna := m("Vienna", "GPE", "Vienna", "AUT", 1)
	vienna.GeonamesID, vienna.Lat, vienna.Lon = 2761369, 48.21, 16.37
	ms := []entities.Mention{m("Tehran", "GPE", "IRN", "IRN", 0), m("IAEA", "ORG", "IAEA", "", 0),
		m("United States", "GPE", "USA", "USA", 1), m("Iran", "GPE", "IRN", "IRN", 1), vienna}
	evs := []events.Event{{Sentence: 0, Source: "IAEA", Target: "IRN", SourceMention: at("IAEA"), TargetMention: at("Tehran"),
		Verb: at("would return"), Code: "040", Root: "04", Label: "Consult", QuadClass: 1, Goldstein: 1, PloverEvent: "CONSULT"}}
	return sents, ms, evs
}

// fixtureEvidence is the evidence of fixture document a/1.txt.
func fixtureEvidence() *EvidenceCollector {
	sents, ms, evs := fixtureDoc()
	c := &EvidenceCollector{}
	c.Add(DigestDocument("a/1.txt", "2024-01-15", fixtureText, sents, ms, evs))
	return c
}

func TestBuildReport(t *testing.T) {
	d := BuildReport(fixtureReportInput())
	c := d.Corpus
	if c.Documents != 5 || c.OK != 4 || c.Failed != 1 || c.Undated != 2 || c.Bytes != 4500 {
		t.Errorf("corpus counts = %+v", c)
	}
	if c.FirstDate != "2024-01-15" || c.LastDate != "2024-07-30" {
		t.Errorf("dates %s – %s", c.FirstDate, c.LastDate)
	}
	wantSources := []SourceCount{{"post", 2, 2500}, {"wire", 2, 2000}, {"(none)", 1, 0}}
	if !slices.Equal(c.Sources, wantSources) {
		t.Errorf("sources = %v, want %v", c.Sources, wantSources)
	}
	if len(c.Failures) != 1 || c.Failures[0] != (DocProblem{"c/5.jsonl:3", "empty document"}) {
		t.Errorf("failures = %v", c.Failures)
	}
	if len(c.Flagged) != 1 || c.Flagged[0].DocID != "b/3.html" {
		t.Errorf("flagged = %v", c.Flagged)
	}
	if d.Granularity != corpus.Month {
		t.Errorf("granularity = %v", d.Granularity)
	}

	// Groups: GPE, ORG, PERSON, LOC in that order, two actors each at most.
	var groups []string
	for _, g := range d.ActorGroups {
		var ids []string
		for _, a := range g.Actors {
			ids = append(ids, a.ID)
		}
		groups = append(groups, fmt.Sprintf("%s %d %s", g.Type, g.Total, strings.Join(ids, ",")))
	}
	wantGroups := []string{"GPE 3 IRN,USA", "ORG 2 IAEA,<b>Org</b>", "PERSON 1 Rafael Grossi", "LOC 1 Persian Gulf"}
	if !slices.Equal(groups, wantGroups) {
		t.Errorf("groups = %q, want %q", groups, wantGroups)
	}
	irn := d.ActorGroups[0].Actors[0]
	if irn.Degree != 3 || irn.Strength != 10 {
		t.Errorf("IRN degree %d strength %d, want 3 and 10", irn.Degree, irn.Strength)
	}
	wantPartners := []Partner{{"IAEA", "International Atomic Energy Agency", 5}, {"USA", "United States", 3}, {"ISR", "Israel", 2}}
	if !slices.Equal(irn.Partners, wantPartners) {
		t.Errorf("IRN partners = %v", irn.Partners)
	}
	if len(irn.Snippets) != 1 || irn.Snippets[0].DocID != "a/1.txt" {
		t.Errorf("IRN snippets = %+v", irn.Snippets)
	}

	// Topics: ordered by id, labelled with actor names, documents by weight, monthly means.
	if len(d.Topics) != 2 {
		t.Fatalf("%d topics", len(d.Topics))
	}
	t0 := d.Topics[0]
	if t0.Label != "Iran, International Atomic Energy Agency, nuclear" || !t0.HasCoherence || t0.Coherence != 0.42 {
		t.Errorf("topic 0 = %q coherence %v", t0.Label, t0.Coherence)
	}
	if got := t0.Terms[0]; got != (TopicTerm{"actor:IRN", "Iran", 0.6}) {
		t.Errorf("topic 0 first term = %+v", got)
	}
	if len(t0.TopDocs) != 4 || t0.TopDocs[0].DocID != "a/1.txt" || t0.TopDocs[0].Title != "Iran and the IAEA meet" {
		t.Errorf("topic 0 docs = %+v", t0.TopDocs)
	}
	// Months 2024-01 to 2024-07: 7 periods of shares; undated b/4 is left out. January's document
	// weighs 0.8 on topic 0 and -0.1 on topic 1 (counted as 0): topic 0 has all of it. March's
	// weighs 0.4 and 0.2: two thirds and one third.
	if len(t0.Timeline) != 7 || len(d.TopicShares) != 7 {
		t.Fatalf("timeline = %+v, shares %+v", t0.Timeline, d.TopicShares)
	}
	for _, tt := range []struct {
		i    int
		want PeriodWeight
	}{{0, PeriodWeight{"2024-01", 1, 1}}, {1, PeriodWeight{"2024-02", 0, 0}}, {6, PeriodWeight{"2024-07", 0.125, 1}}} {
		if p := t0.Timeline[tt.i]; p.Period != tt.want.Period || math.Abs(p.Weight-tt.want.Weight) > 1e-12 || p.Docs != tt.want.Docs {
			t.Errorf("period %d = %+v, want %+v", tt.i, p, tt.want)
		}
	}
	if p := t0.Timeline[2]; math.Abs(p.Weight-2.0/3) > 1e-12 {
		t.Errorf("March share = %v, want 2/3", p.Weight)
	}
	for _, sp := range d.TopicShares {
		sum := 0.0
		for _, x := range sp.Shares {
			if x < 0 {
				t.Errorf("%s: negative share %v", sp.Period, x)
			}
			sum += x
		}
		if sp.Docs > 0 && math.Abs(sum-1) > 1e-12 || sp.Docs == 0 && sum != 0 {
			t.Errorf("%s: shares sum to %v over %d documents", sp.Period, sum, sp.Docs)
		}
	}
	if d.Topics[1].Label != "sanctions" {
		t.Errorf("topic 1 label = %q (negative terms left out)", d.Topics[1].Label)
	}

	// The map: Iran counts its own mentions (9), its events (as target of IAEA 3 times, of the
	// USA once, as source once) and their balance.
	var irnF CountryFigures
	for _, c := range d.Map.Countries {
		if c.ISO3 == "IRN" {
			irnF = c
		}
	}
	if irnF.Name != "Iran" || irnF.Mentions != 9 || irnF.Events != 5 || irnF.Coop != 2 || irnF.Conflict != 3 ||
		irnF.Goldstein != 1+1-2-7-10 {
		t.Errorf("Iran on the map = %+v", irnF)
	}
	if len(irnF.Evidence) != 1 || irnF.Evidence[0].Note == "" {
		t.Errorf("Iran's evidence = %+v, want its event's sentence first", irnF.Evidence)
	}
	if len(d.Map.Places) != 1 || d.Map.Places[0].Name != "Vienna" || d.Map.Places[0].Count != 1 {
		t.Errorf("places = %+v", d.Map.Places)
	}

	// Relations: quad class 9 is ignored; pairs by events.
	r := d.Relations
	if r.Events != 7 || r.Quad != [4]int{2, 1, 1, 2} {
		t.Errorf("events %d quad %v", r.Events, r.Quad)
	}
	if r.Dyads[0].Events != 2 || r.Dyads[0].EventRoot != "04" {
		t.Errorf("dyads not sorted: %+v", r.Dyads[0])
	}
	var pairs []string
	for _, p := range r.Pairs {
		pairs = append(pairs, fmt.Sprintf("%s>%s %d %v %.2f %d", p.Source, p.Target, p.Events, p.Quad, p.GoldsteinMean, len(p.Periods)))
	}
	want := []string{
		"IAEA>IRN 3 [2 0 1 0] 0.00 7",
		"IRN>ISR 1 [0 0 0 1] -10.00 7",
		"USA>IRN 1 [0 0 0 1] -7.00 7",
		"USA>ISR 1 [0 1 0 0] 7.00 7", // its only counted event is undated: all periods are zero
	}
	if !slices.Equal(pairs, want) {
		t.Errorf("pairs:\n%s\nwant:\n%s", strings.Join(pairs, "\n"), strings.Join(want, "\n"))
	}
	if got := r.Pairs[0].Periods[2]; got != (QuadPeriod{"2024-03", [4]int{1, 0, 1, 0}}) {
		t.Errorf("IAEA>IRN March = %+v", got)
	}
}

func TestBuildReportEmpty(t *testing.T) {
	d := BuildReport(ReportInput{})
	if d.Corpus.Documents != 0 || len(d.ActorGroups) != 0 || len(d.Topics) != 0 || d.Relations.Events != 0 {
		t.Errorf("empty input gave %+v", d)
	}
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return WriteHTML(b, d) },
		func(b *bytes.Buffer) error { return WriteMarkdown(b, d) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "No relations extracted") {
			t.Error("empty report does not say there are no relations")
		}
	}
	if err := WriteHTML(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteHTML(nil) succeeded")
	}
	if err := WriteMarkdown(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteMarkdown(nil) succeeded")
	}
}

func TestGranularityAndPeriods(t *testing.T) {
	tests := []struct {
		first, last  string
		gran         corpus.Period
		date, period string
	}{
		{"2024-01-01", "2025-07-31", corpus.Month, "2024-05-09", "2024-05"},
		{"2023-03-10", "2025-07-02", corpus.Quarter, "2024-05-09", "2024-Q2"},
		{"2001-01-01", "2024-12-31", corpus.Year, "2024-05-09", "2024"},
		{"", "", corpus.Month, "2024-12-31", "2024-12"},
		{"bad", "2024-01-01", corpus.Month, "0999-01-05", "0999-01"},
	}
	for _, tt := range tests {
		t.Run(tt.first+"_"+tt.last, func(t *testing.T) {
			g := granularity(tt.first, tt.last)
			if g != tt.gran {
				t.Fatalf("granularity = %v, want %v", g, tt.gran)
			}
			p, ok := g.Index(tt.date)
			if !ok || g.Name(p) != tt.period {
				t.Errorf("period of %s = %q (%v), want %q", tt.date, g.Name(p), ok, tt.period)
			}
		})
	}
	for _, bad := range []string{"", "2024", "2024-13-01", "20x4-01-01", "2024/01/01"} {
		if _, ok := corpus.Month.Index(bad); ok {
			t.Errorf("Month.Index(%q) accepted", bad)
		}
	}
}

func TestForceLayout(t *testing.T) {
	edges := []LayoutEdge{{0, 1, 3}, {1, 2, 1}, {2, 0, 2}, {3, 4, 1}, {0, 9, 1}, {5, 5, 1}, {6, 7, 0}}
	a := ForceLayout(8, edges, LayoutOptions{Seed: 1})
	b := ForceLayout(8, edges, LayoutOptions{Seed: 1})
	c := ForceLayout(8, edges, LayoutOptions{Seed: 2})
	if !slices.Equal(a, b) {
		t.Error("same seed, different layout")
	}
	if slices.Equal(a, c) {
		t.Error("different seeds, same layout")
	}
	for i, p := range a {
		if p.X < 0 || p.X > 1 || p.Y < 0 || p.Y > 1 {
			t.Errorf("node %d at %v, outside the unit square", i, p)
		}
		for j := range i {
			if dx, dy := p.X-a[j].X, p.Y-a[j].Y; dx*dx+dy*dy < 1e-6 {
				t.Errorf("nodes %d and %d overlap at %v", i, j, p)
			}
		}
	}
	// Linked nodes end up closer than unlinked ones: the triangle is tighter than the drawing.
	d := func(i, j int) float64 { dx, dy := a[i].X-a[j].X, a[i].Y-a[j].Y; return dx*dx + dy*dy }
	if d(0, 1) > d(0, 7) || d(3, 4) > d(0, 5) {
		t.Errorf("linked nodes far apart: d01=%.3f d07=%.3f d34=%.3f d05=%.3f", d(0, 1), d(0, 7), d(3, 4), d(0, 5))
	}
	if got := ForceLayout(0, nil, LayoutOptions{}); got != nil {
		t.Errorf("empty layout = %v", got)
	}
	if got := ForceLayout(1, nil, LayoutOptions{}); len(got) != 1 || got[0] != (LayoutPoint{0.5, 0.5}) {
		t.Errorf("one node at %v", got)
	}
	comp := components(8, edges)
	wantComp := [][]int{{0, 1, 2}, {3, 4}, {5}, {6}, {7}}
	if fmt.Sprint(comp) != fmt.Sprint(wantComp) {
		t.Errorf("components = %v, want %v", comp, wantComp)
	}
}

func TestChartsSVG(t *testing.T) {
	shares := sharesSVG([]TopicSharePeriod{{"2024-01", 2, []float64{0.75, 0.25}}, {"2024-02", 0, []float64{0, 0}},
		{"2024-03", 1, []float64{0, 1}}}, []TopicSummary{{ID: 0, Label: "a"}, {ID: 1, Label: "b <c>"}})
	for _, want := range []string{
		// Three columns of 377.3 px from x=40 over a plot 180 px tall from y=8: topic 0 fills 3/4 of
		// January, topic 1 the rest and all of March; February, without documents, stays blank.
		`<path class="s0" d="M40.0,53.0H417.3V188.0H40.0Z"/>`,
		`<path class="s1" d="M40.0,8.0H417.3V53.0H40.0ZM794.7,8.0H1172.0V188.0H794.7Z"/>`,
		`<title>2024-01 (2 documents)` + "\n" + `#0 a: 75%` + "\n" + `#1 b &lt;c&gt;: 25%</title>`,
	} {
		if !strings.Contains(shares, want) {
			t.Errorf("shares lack %s:\n%s", want, shares)
		}
	}
	if n := strings.Count(shares, `class="hov"`); n != 2 {
		t.Errorf("%d period tooltips, want 2 (February has no documents)", n)
	}
	spark := shareLineSVG([]PeriodWeight{{"2024-01", 0.5, 2}, {"2024-02", 0, 0}, {"2024-03", 0.25, 1}}, "t", 3)
	// Two areas from zero (February has no documents), never below the axis at y=40.
	if !strings.Contains(spark, `<path class="s3" d="M30.0,40.0L30.0,4.0L30.0,40.0ZM296.0,40.0L296.0,22.0L296.0,40.0Z"/>`) {
		t.Errorf("spark areas:\n%s", spark)
	}
	quad := quadSVG([]QuadPeriod{{"2024-01", [4]int{1, 1, 0, 2}}}, "t")
	if n := strings.Count(quad, `<rect class="q q`); n != 3 {
		t.Errorf("%d stacked rects, want 3", n)
	}
	tests := []struct {
		n, most int
		want    []int
	}{
		{0, 5, nil},
		{3, 5, []int{0, 1, 2}},
		{11, 5, []int{0, 3, 6, 10}},
		{10, 5, []int{0, 3, 6, 9}},
		{30, 5, []int{0, 8, 16, 29}},
	}
	for _, tt := range tests {
		if got := xTicks(tt.n, tt.most); !slices.Equal(got, tt.want) {
			t.Errorf("xTicks(%d, %d) = %v, want %v", tt.n, tt.most, got, tt.want)
		}
	}
	nums := []struct {
		x    float64
		dec  int
		want string
	}{{-0.0001, 2, "0.00"}, {1.005, 1, "1.0"}, {-2.5, 1, "-2.5"}, {math.Inf(1), 1, "0.0"}}
	for _, tt := range nums {
		if got := num(tt.x, tt.dec); got != tt.want {
			t.Errorf("num(%v, %d) = %q, want %q", tt.x, tt.dec, got, tt.want)
		}
	}
}

func TestWriteHTMLGolden(t *testing.T) {
	d := BuildReport(fixtureReportInput())
	var a, b bytes.Buffer
	if err := WriteHTML(&a, d); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two renderings of the same data differ")
	}
	golden(t, "report.html.golden", a.Bytes())

	page := a.String()
	for _, bad := range []string{"<b>Org</b>", "http://", "https://", "<link", "src="} {
		if strings.Contains(page, bad) && !(bad == "http://" && strings.Count(page, bad) == strings.Count(page, "http://www.w3.org/2000/svg")) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{
		"&lt;b&gt;Org&lt;/b&gt;",
		"<title>Fixture &lt;report&gt;</title>",
		// The evidence, as JSON the script renders: HTML in the text escaped for the script element.
		`"x":["The ",["United States",1]," \u0026 ",["Iran",1]," met \u003cb\u003eagain\u003c/b\u003e in Vienna."]`,
		`["IAEA",2]," ",["would return",4],"."`,
		`<svg id="net-actors"`, `<svg id="net-countries"`, `<svg id="worldmap"`,
		`data-key="e:IAEA|IRN"`,
		`id="dyads"`,
		"notes.pdf",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestWriteMarkdownGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, BuildReport(fixtureReportInput())); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.md.golden", b.Bytes())
	md := b.String()
	for _, want := range []string{
		"| Iran | IRN |  | 9 | 4 | 3 | International Atomic Energy Agency (5), United States (3), Israel (2) |",
		"| &lt;b&gt;Org&lt;/b&gt; |",
		"- The United States & **Iran** met &lt;b&gt;again&lt;/b&gt; in Vienna. — 2024-01-15, a/1.txt",
		"- 040 Consult: Officials in **Tehran** said the **IAEA** *would return*. — 2024-01-15, a/1.txt",
		"| International Atomic Energy Agency | Iran | Consult (04) | verbal cooperation | 2 | 2 | 1.00 | 2024-01-15 | 2024-03-02 |",
		"| Iran | IRN | 9 | 0 | 5 | −1 | -17.0 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestMDCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a|b", `a\|b`},
		{"two\nlines", "two lines"},
		{"<script>", "&lt;script&gt;"},
		{"[x](http://y)", `\[x\](http://y)`},
		{"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
	}
	for _, tt := range tests {
		if got := mdCell(tt.in); got != tt.want {
			t.Errorf("mdCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// syntheticNetwork is a network of n nodes and m edges with skewed weights, for size tests.
func syntheticNetwork(n, m int) NetworkData {
	nd := NetworkData{Seed: 1}
	types := []string{"GPE", "ORG", "PERSON", "NORP", "LOC"}
	for i := range n {
		nd.Nodes = append(nd.Nodes, NodeRow{ID: fmt.Sprintf("actor-%04d", i), Label: fmt.Sprintf("Actor %d", i),
			Type: types[i%len(types)], Mentions: 1 + n/(i+1), Documents: 1})
	}
	x := uint64(88172645463325252)
	for range m {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a, b := int(x%uint64(n)), int((x>>20)%uint64(n))
		if a == b {
			b = (b + 1) % n
		}
		nd.Edges = append(nd.Edges, EdgeRow{Source: nd.Nodes[a].ID, Target: nd.Nodes[b].ID,
			Weight: 1 + int(x>>40)%7*int(x>>50)%5, Documents: 1})
	}
	return nd
}

func TestWriteHTMLLargeNetwork(t *testing.T) {
	d := BuildReport(ReportInput{})
	d.Network = syntheticNetwork(5000, 20000)
	start := time.Now()
	var b bytes.Buffer
	if err := WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	t.Logf("5000 nodes, 20000 edges: %v, %d bytes", elapsed, b.Len())
	if elapsed > 2*time.Second && !raceEnabled {
		t.Errorf("WriteHTML took %v, want < 2s", elapsed)
	}
	if b.Len() > 1_000_000 {
		t.Errorf("page is %d bytes, want at most 1 MB", b.Len())
	}
	page := b.String()
	// Of the 5000 nodes, the ORG and PERSON ones are actors; the view draws at most 60 of them
	// and at most 3 edges a node.
	if n := strings.Count(page, `<circle class="n `); n == 0 || n > DefaultNetworkActors {
		t.Errorf("%d nodes drawn, want 1 to %d", n, DefaultNetworkActors)
	}
	if n := strings.Count(page, `<line class="e"`); n == 0 || n > 3*DefaultNetworkActors {
		t.Errorf("%d edges drawn, want 1 to %d", n, 3*DefaultNetworkActors)
	}
	if !strings.Contains(page, "(of 2\u202f000)") {
		t.Error("page does not say how many actors the view chose from")
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	d := BuildReport(ReportInput{})
	d.Network = syntheticNetwork(5000, 20000)
	for b.Loop() {
		if err := WriteHTML(&bytes.Buffer{}, d); err != nil {
			b.Fatal(err)
		}
	}
}
