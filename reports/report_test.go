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
			{Entity: "Rafael Grossi", Label: "Rafael Grossi", Type: "PERSON", Country: "", Mentions: 4, Documents: 2},
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
		Contexts: map[string][]MentionContext{
			"IRN":  {{DocID: "a/1.txt", Date: "2024-01-15", Before: "Officials in ", Mention: "Tehran", After: " said <nothing> & more…"}},
			"IAEA": {{DocID: "a/2.txt", Date: "2024-03-02", Before: "…the ", Mention: "IAEA", After: " board met."}},
		},
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
	if len(irn.Contexts) != 1 || irn.Contexts[0].Mention != "Tehran" {
		t.Errorf("IRN contexts = %v", irn.Contexts)
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
	// Months 2024-01 to 2024-07: 7 periods; March holds one document of weight 0.4; undated b/4 is left out.
	if len(t0.Timeline) != 7 {
		t.Fatalf("timeline = %+v", t0.Timeline)
	}
	if p := t0.Timeline[2]; p != (PeriodWeight{"2024-03", 0.4, 1}) {
		t.Errorf("March = %+v", p)
	}
	if p := t0.Timeline[1]; p != (PeriodWeight{"2024-02", 0, 0}) {
		t.Errorf("February = %+v", p)
	}
	if d.Topics[1].Label != "sanctions, Israel" {
		t.Errorf("topic 1 label = %q", d.Topics[1].Label)
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

func TestContextCollector(t *testing.T) {
	text := "Navigation | Home\nOfficials in Tehran said on Monday that talks with the IAEA would resume in Vienna next week, after months of delay.\nMore stories"
	m := func(s string, entity string) entities.Mention {
		i := strings.Index(text, s)
		return entities.Mention{Start: i, End: i + len(s), Text: s, Entity: entity}
	}
	tests := []struct {
		name     string
		width    int
		mentions []entities.Mention
		want     map[string]MentionContext
	}{
		{"line bounds", 200, []entities.Mention{m("Tehran", "IRN")}, map[string]MentionContext{
			"IRN": {DocID: "d", Date: "2024-01-02", Before: "Officials in ", Mention: "Tehran",
				After: " said on Monday that talks with the IAEA would resume in Vienna next week, after months of delay."}}},
		{"width cuts at words", 20, []entities.Mention{m("IAEA", "IAEA")}, map[string]MentionContext{
			"IAEA": {DocID: "d", Date: "2024-01-02", Before: "…talks with the ", Mention: "IAEA", After: " would resume in…"}}},
		{"one per document", 200, []entities.Mention{m("Tehran", "IRN"), m("Vienna", "IRN")}, map[string]MentionContext{
			"IRN": {DocID: "d", Date: "2024-01-02", Before: "Officials in ", Mention: "Tehran",
				After: " said on Monday that talks with the IAEA would resume in Vienna next week, after months of delay."}}},
		{"bad offsets ignored", 200, []entities.Mention{{Start: 5, End: 3, Entity: "X"}, {Start: -1, End: 2, Entity: "Y"},
			{Start: 0, End: len(text) + 1, Entity: "Z"}, {Start: 0, End: 4}}, map[string]MentionContext{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &ContextCollector{Width: tt.width}
			c.Add("d", "2024-01-02", text, tt.mentions)
			got := c.Contexts()
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for id, w := range tt.want {
				if len(got[id]) != 1 || got[id][0] != w {
					t.Errorf("%s: got %+v\nwant %+v", id, got[id], w)
				}
			}
		})
	}

	// PerActor caps the contexts; later documents add to earlier ones in order.
	c := &ContextCollector{PerActor: 2}
	for i := range 4 {
		c.Add(fmt.Sprintf("doc%d", i), "", "Iran", []entities.Mention{{Start: 0, End: 4, Entity: "IRN"}})
	}
	got := c.Contexts()["IRN"]
	if len(got) != 2 || got[0].DocID != "doc0" || got[1].DocID != "doc1" {
		t.Errorf("PerActor 2 kept %+v", got)
	}

	// A cut never splits a UTF-8 character, and offsets inside one are refused.
	c = &ContextCollector{Width: 3}
	s := "ééé Iran ééé"
	c.Add("u", "", s, []entities.Mention{{Start: 7, End: 11, Entity: "IRN"}, {Start: 1, End: 3, Entity: "BAD"}})
	for _, ctx := range c.Contexts()["IRN"] {
		for _, part := range []string{ctx.Before, ctx.After} {
			if !strings.HasPrefix(part, "…") && !strings.HasSuffix(part, "…") && part != "" && part != " " {
				t.Errorf("part %q not cut", part)
			}
		}
	}
	if _, ok := c.Contexts()["BAD"]; ok {
		t.Error("mention starting inside a character was kept")
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
	bars := termBarsSVG([]TopicTerm{{"actor:IRN", "Iran", 0.6}, {"sanctions", "", -0.2}}, "t")
	for _, want := range []string{
		// Domain [-0.2, 0.6] over 204 px: zero at 132+51 = 183.
		`<rect class="bar actor" x="183.0" y="4.0" width="153.0" height="13"/>`,
		`<rect class="bar" x="132.0" y="21.0" width="51.0" height="13"/>`,
		`<title>Iran (actor:IRN): 0.600</title>`,
		`<text class="val" x="340.0" y="31.0">-0.200</text>`,
	} {
		if !strings.Contains(bars, want) {
			t.Errorf("bars lack %s:\n%s", want, bars)
		}
	}
	line := timelineSVG([]PeriodWeight{{"2024-01", 0.5, 2}, {"2024-02", 0, 0}, {"2024-03", -0.5, 1}}, "t")
	// Two dots joined over February, which has no documents; y from 8 (0.5) to 106 (-0.5).
	if n := strings.Count(line, `<circle class="dot"`); n != 2 {
		t.Errorf("%d dots", n)
	}
	if !strings.Contains(line, `<path class="series" d="M42.0,8.0L372.0,106.0"/>`) {
		t.Errorf("line does not join January to March:\n%s", line)
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
		`<mark>Tehran</mark> said &lt;nothing&gt; &amp; more…`,
		"Showing <b>7</b> of 7 actors and <b>5</b> of 5 links.",
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
		"| Iran | IRN | 9 | 4 | 3 | International Atomic Energy Agency (5), United States (3), Israel (2) |",
		"| &lt;b&gt;Org&lt;/b&gt; |",
		"- Officials in **Tehran** said &lt;nothing&gt; & more… — 2024-01-15, a/1.txt",
		"| IAEA | IRN | 04 Consult | verbal cooperation | 2 | 2 | 1.00 | 2024-01-15 | 2024-03-02 |",
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
	if b.Len() > 1_500_000 {
		t.Errorf("page is %d bytes, want at most 1.5 MB", b.Len())
	}
	page := b.String()
	if n := strings.Count(page, `<circle class="n `); n != 300 {
		t.Errorf("%d nodes drawn, want 300", n)
	}
	if n := strings.Count(page, `<line class="e"`); n == 0 || n > 2000 {
		t.Errorf("%d edges drawn, want 1 to 2000", n)
	}
	if !strings.Contains(page, "Showing <b>300</b> of 5\u202f000 actors") {
		t.Error("page does not say how much of the network it shows")
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
