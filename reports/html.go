package reports

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/reports/worldmap"
)

//go:embed templates/report.html.tmpl templates/report.css templates/report.js
var templateFS embed.FS

// The page's bounds: what it draws and lists at most, so that its size stays bounded on any corpus.
const (
	// DefaultNetworkActors and DefaultNetworkCountries are the nodes of the two network views.
	DefaultNetworkActors    = 60
	DefaultNetworkCountries = 40
	// MaxDyadRows is the most dyads the page lists (with their evidence); all are in dyads.csv.
	MaxDyadRows = 150
	// MaxPlaces is the most places drawn on the map, and MaxPlacePanels the most of them that
	// open their sentences on a click (the others show their name and count).
	MaxPlaces      = 150
	MaxPlacePanels = 60
	// tableRows is how many rows a long table shows before "show all".
	tableRows = 8
)

// WriteHTML writes report.html: one self-contained page (inline CSS, inline SVG, a little inline
// JavaScript, no external resource) that presents d to a reader. The same d gives the same bytes.
// What it draws and lists is capped (see [NetworkData], MaxDyadRows, MaxPlaces, and the evidence
// collector's PerKey), so that the page stays small on large corpora; the page says what it
// leaves out, and the files hold everything.
func WriteHTML(w io.Writer, d *ReportData) error {
	p, err := PrepareHTML(d)
	if err != nil {
		return err
	}
	return p.Write(w)
}

// HTMLPage is report.html prepared ahead of the topic model: [PrepareHTML] computes from a
// [ReportData] what the page shows besides the topics and the run's summary (the network views
// and their layout, the panels, the tables, the map), and [HTMLPage.Write] the rest, then writes
// the page. Between the two, the ReportData's Topics, TopicShares (see [ReportData.SetTopics])
// and Summary may be set; the Summary's settings must stay the same, and nothing else may
// change. WriteHTML(w, d) is PrepareHTML(d) then Write(w).
type HTMLPage struct {
	tmpl *template.Template
	v    *htmlView
	page *pageData
	lab  *labeler
}

// PrepareHTML computes the parts of report.html that read neither the topics of d nor its
// summary beyond the settings (see [HTMLPage]). It only reads d.
func PrepareHTML(d *ReportData) (*HTMLPage, error) {
	if d == nil {
		return nil, fmt.Errorf("reports: write report.html: no report data")
	}
	tmpl, err := parseTemplate()
	if err != nil {
		return nil, err
	}
	p, err := prepareHTMLView(d)
	if err != nil {
		return nil, err
	}
	p.tmpl = tmpl
	return p, nil
}

// Write completes the page with the topics and the summary its ReportData holds now, and writes
// it to w. It is called once.
func (p *HTMLPage) Write(w io.Writer) error {
	v, err := p.finish()
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := p.tmpl.ExecuteTemplate(bw, "report", v); err != nil {
		return fmt.Errorf("reports: write report.html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("reports: write report.html: %w", err)
	}
	return nil
}

// parseTemplate parses the page template with its helper functions.
func parseTemplate() (*template.Template, error) {
	src, err := templateFS.ReadFile("templates/report.html.tmpl")
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	t, err := template.New("report").Funcs(template.FuncMap{
		"int":       groupDigits,
		"f3":        func(x float64) string { return num(x, 3) },
		"f2":        func(x float64) string { return num(x, 2) },
		"f1":        func(x float64) string { return num(x, 1) },
		"bytes":     humanBytes,
		"seconds":   func(x float64) string { return num(x, 3) + " s" },
		"quadName":  func(q int) string { return quadName(q - 1) },
		"quadShort": func(q int) string { return quadShort(q - 1) },
		"typeClass": typeClass,
		"add1":      func(i int) int { return i + 1 },
		"signed":    signed,
		"plural":    plural,
		"collapse":  func(n int) bool { return n > tableRows },
		"hidden":    func(i int) bool { return i >= tableRows },
		"short":     func(s string) string { return s[:min(len(s), 12)] },
		"int64":     func(n int) int64 { return int64(n) },
	}).Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	return t, nil
}

// groupDigits writes n with thin spaces between groups of three digits: 12 345.
func groupDigits(n int) string {
	s := itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString("\u202f")
		}
		b.WriteRune(c)
	}
	return b.String()
}

// humanBytes writes a byte count in B, kB, MB or GB (powers of 1000), with one decimal above 1 kB.
func humanBytes(n int64) string {
	switch {
	case n < 1000:
		return groupDigits(int(n)) + " B"
	case n < 1000*1000:
		return num(float64(n)/1e3, 1) + " kB"
	case n < 1000*1000*1000:
		return num(float64(n)/1e6, 1) + " MB"
	default:
		return num(float64(n)/1e9, 1) + " GB"
	}
}

// typeClass is the CSS class that colours an entity type.
func typeClass(t string) string {
	switch t {
	case "GPE":
		return "t-gpe"
	case "ORG":
		return "t-org"
	case "PERSON":
		return "t-person"
	case "NORP":
		return "t-norp"
	case "LOC":
		return "t-loc"
	}
	return "t-other"
}

// typeName is how the page names an entity type.
func typeName(t string) string {
	switch t {
	case "GPE":
		return "Countries and places"
	case "ORG":
		return "Organizations"
	case "PERSON":
		return "People"
	case "NORP":
		return "Groups and nationalities"
	case "LOC":
		return "Regions and features"
	case "":
		return "Untyped"
	}
	return t
}

// htmlView is what the template renders: the data plus everything computed for display.
type htmlView struct {
	Title    string
	D        *ReportData
	CSS      template.CSS
	JS       template.JS
	MapJS    template.JS
	Data     template.JS
	Glance   glance
	Map      mapView
	Actors   *netView
	Country  *netView
	Periods  []string
	Groups   []groupView
	Pairs    []pairView
	Dyads    []dyadView
	Topics   []topicView
	Shares   template.HTML
	Docs     []docView
	Run      [][2]string
	Inputs   []InputFile
	Tables   []DataVersion
	Stages   []stageView
	Settings [][2]string
	PerKey   int
}

type glance struct {
	Actors    []keyed
	Countries []keyed
	Links     []keyed
	Topics    []TopicSummary
	Coop      int // cooperation events (quad classes 1 and 2)
	Confl     int
}

// keyed is something the page names and the drawer can open.
type keyed struct {
	Label, Key string
	N          int
}

type groupView struct {
	ActorGroup
	Name   string
	Class  string
	Actors []actorView
}

type actorView struct {
	ActorSummary
	Key      string
	Code     string // the id, when it says more than the label
	RoleName string
	Partners []keyed
}

type mapView struct {
	SVG      template.HTML
	Controls template.HTML
	Style    template.CSS
	Top      []countryRow
	Places   int
	AllPlace int
}

type countryRow struct {
	CountryFigures
	Key     string
	Balance int // cooperation minus conflict
}

type topicView struct {
	TopicSummary
	Cloud   []cloudWord
	Against []string
	Line    template.HTML
	Colour  int
}

type cloudWord struct {
	Text  string
	Size  string // font size in em
	Actor bool
	Title string
}

type pairView struct {
	DyadSeries
	Key            string
	Chart, Balance template.HTML
	Coop, Conflict int
}

type dyadView struct {
	events.DyadRow
	SourceLabel, TargetLabel string
	TypeLabel                string
	Key                      string
}

type docView struct {
	N                          int
	DocID, Title, Date, Source string
	Countries                  string
}

type stageView struct {
	Name    string
	Seconds float64
}

// prepareHTMLView computes the view of d but for its topics, the documents they cite, the page's
// data and the summary (HTMLPage.finish).
func prepareHTMLView(d *ReportData) (*HTMLPage, error) {
	css, err := templateFS.ReadFile("templates/report.css")
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	js, err := templateFS.ReadFile("templates/report.js")
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	v := &htmlView{
		Title:  cmp.Or(d.Title, "geopol report"),
		D:      d,
		CSS:    template.CSS(string(css) + worldmap.Style), // trusted: our own embedded files
		JS:     template.JS(js),                            // trusted: our own embedded file
		MapJS:  template.JS(worldmap.Script),               // trusted: the map package's embedded file
		PerKey: orDefault(d.Evidence.perKey(), 3),
	}
	names := d.Names
	if names == nil {
		names = map[string]string{}
		for _, n := range d.Network.Nodes {
			if n.Label != "" {
				names[n.ID] = n.Label
			}
		}
		for _, g := range d.ActorGroups {
			for _, a := range g.Actors {
				names[a.ID] = a.Label
			}
		}
	}
	lab := newLabeler(names)
	page := newPageData(d.Documents)

	// The network views and the time slider.
	var spells [][]network.Spell
	for _, e := range d.Network.Edges {
		spells = append(spells, e.Timeline)
	}
	for _, n := range d.Network.Nodes {
		spells = append(spells, n.Timeline)
	}
	periods, bucket := timelineBuckets(d.Corpus, d.Granularity, spells)
	hasTimeline := false
	for _, ss := range spells {
		if len(ss) > 0 {
			hasTimeline = true
			break
		}
	}
	if !hasTimeline {
		periods, bucket = nil, nil
	}
	nActors := orDefault(d.Network.MaxNodes, DefaultNetworkActors)
	nEdges := orDefault(d.Network.MaxEdges, 3*nActors)
	// The two views only read d and lab: the country view is drawn on a goroutine of its own.
	var av, cv netView
	var drawn sync.WaitGroup
	drawn.Go(func() {
		cv = buildCountryView(d.Network, lab, bucket, DefaultNetworkCountries, 3*DefaultNetworkCountries)
		cv.render(d.Network.Seed)
	})
	av = buildActorView(d.Network, lab, bucket, nActors, nEdges)
	av.render(d.Network.Seed)
	drawn.Wait()
	if av.Nodes > 0 {
		v.Actors = &av
	}
	if cv.Nodes > 0 {
		v.Country = &cv
	}
	v.Periods = periods
	page.Periods = periods

	// Actors.
	ents := map[string]ActorSummary{}
	for _, g := range d.ActorGroups {
		for _, a := range g.Actors {
			if _, dup := ents[a.ID]; !dup {
				ents[a.ID] = a
			}
		}
	}
	nodes := make(map[string]NodeRow, len(d.Network.Nodes))
	for _, n := range d.Network.Nodes {
		if _, dup := nodes[n.ID]; !dup {
			nodes[n.ID] = n
		}
	}

	// Dyads, with their panel keys.
	for i, r := range d.Relations.Dyads {
		if i == MaxDyadRows {
			break
		}
		v.Dyads = append(v.Dyads, dyadView{DyadRow: r, SourceLabel: lab.label(r.Source), TargetLabel: lab.label(r.Target),
			TypeLabel: dyadTypeLabel(r), Key: "d:" + r.Source + "|" + r.Target + "|" + cmp.Or(r.EventRoot, r.PloverEvent) + "|" + r.Period})
	}

	// Which panels exist: every actor listed or drawn, every country with figures, every link
	// drawn, every dyad listed and every main pair.
	keys := map[string]bool{}
	for id := range ents {
		keys["a:"+id] = true
	}
	for _, n := range av.nodes {
		keys[n.Key] = true
	}
	for _, e := range av.edges {
		keys[e.Key] = true
	}
	for _, e := range cv.edges {
		keys[e.Key] = true
	}
	countryF := map[string]CountryFigures{}
	for _, f := range d.Map.Countries {
		countryF[f.ISO3] = f
		keys["n:"+f.ISO3] = true
	}
	for _, n := range cv.nodes {
		if _, ok := countryF[n.ID]; !ok {
			countryF[n.ID] = CountryFigures{ISO3: n.ID, Name: lab.country(n.ID), Mentions: n.Mentions}
			keys["n:"+n.ID] = true
		}
	}
	places := d.Map.Places[:min(len(d.Map.Places), MaxPlaces)]
	for _, p := range places[:min(len(places), MaxPlacePanels)] {
		keys["a:"+p.Name] = true
	}
	for _, y := range v.Dyads {
		keys[y.Key] = true
	}
	for _, p := range d.Relations.Pairs {
		keys["p:"+p.Source+"|"+p.Target] = true
	}

	// Partners of every actor with a panel, from the whole network.
	partners := map[string][]Partner{}
	for _, e := range d.Network.Edges {
		if keys["a:"+e.Source] {
			partners[e.Source] = append(partners[e.Source], Partner{ID: e.Target, Weight: e.Weight})
		}
		if keys["a:"+e.Target] {
			partners[e.Target] = append(partners[e.Target], Partner{ID: e.Source, Weight: e.Weight})
		}
	}
	for id, ps := range partners {
		slices.SortFunc(ps, func(a, b Partner) int {
			if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
				return r
			}
			return cmp.Compare(a.ID, b.ID)
		})
		partners[id] = ps[:min(len(ps), 8)]
	}
	// Dyads by actor, by country and by pair.
	actorCountry := map[string]string{}
	for _, n := range d.Network.Nodes {
		if c := nodeCountry(n, lab); c != "" {
			actorCountry[n.ID] = c
		}
	}
	dyadsOf := map[string][]int{}
	for i, y := range v.Dyads {
		dyadsOf[y.Source] = append(dyadsOf[y.Source], i)
		if y.Target != y.Source {
			dyadsOf[y.Target] = append(dyadsOf[y.Target], i)
		}
		cs, ct := lab.countryOf(y.Source, actorCountry), lab.countryOf(y.Target, actorCountry)
		if cs != "" {
			dyadsOf["n:"+cs] = append(dyadsOf["n:"+cs], i)
		}
		if ct != "" && ct != cs {
			dyadsOf["n:"+ct] = append(dyadsOf["n:"+ct], i)
		}
		pk := "p:" + y.Source + "|" + y.Target
		dyadsOf[pk] = append(dyadsOf[pk], i)
	}

	pb := &panelBuilder{d: d, lab: lab, page: page, nodes: nodes, ents: ents, partners: partners,
		countryF: countryF, dyadsOf: dyadsOf, dyads: v.Dyads, has: func(k string) bool { return keys[k] }}
	for _, k := range sortedKeys(keys) {
		kind, rest, _ := strings.Cut(k, ":")
		switch kind {
		case "a":
			page.Panels[k] = pb.actorPanel(rest)
		case "n":
			page.Panels[k] = pb.countryPanel(rest, &cv)
		}
	}
	for _, nv := range []*netView{&av, &cv} {
		for _, e := range nv.edges {
			page.Panels[e.Key] = pb.linkPanel(nv, e)
		}
	}
	for _, y := range v.Dyads {
		page.Panels[y.Key] = pb.dyadPanel(y)
	}
	for _, p := range d.Relations.Pairs {
		page.Panels["p:"+p.Source+"|"+p.Target] = pb.pairPanel(p)
	}

	// Actor tables.
	for _, g := range d.ActorGroups {
		gv := groupView{ActorGroup: g, Name: typeName(g.Type), Class: typeClass(g.Type)}
		for _, a := range g.Actors {
			av := actorView{ActorSummary: a, Key: "a:" + a.ID, RoleName: roleName(a.Role)}
			av.Label = lab.label(a.ID)
			if av.Label != a.ID && lab.country(a.ID) == "" {
				av.Code = a.ID
			}
			for _, p := range a.Partners {
				k := "e:" + min(a.ID, p.ID) + "|" + max(a.ID, p.ID)
				if !keys[k] {
					k = "a:" + p.ID
				}
				if !keys[k] {
					k = ""
				}
				av.Partners = append(av.Partners, keyed{Label: lab.shortLabel(p.ID), Key: k, N: p.Weight})
			}
			gv.Actors = append(gv.Actors, av)
		}
		v.Groups = append(v.Groups, gv)
	}

	// At a glance.
	type top struct {
		id string
		n  int
	}
	var tops []top
	for _, n := range d.Network.Nodes {
		if isActorNode(n, lab) {
			tops = append(tops, top{n.ID, n.Mentions})
		}
	}
	if len(tops) == 0 {
		for id, a := range ents {
			tops = append(tops, top{id, a.Mentions})
		}
	}
	slices.SortFunc(tops, func(a, b top) int {
		if r := cmp.Compare(b.n, a.n); r != 0 {
			return r
		}
		return cmp.Compare(a.id, b.id)
	})
	for _, t := range tops[:min(len(tops), 8)] {
		v.Glance.Actors = append(v.Glance.Actors, keyed{Label: lab.label(t.id), Key: keyIf(keys, "a:"+t.id), N: t.n})
	}
	for _, e := range av.edges[:min(len(av.edges), 5)] {
		v.Glance.Links = append(v.Glance.Links, keyed{Label: av.nodes[e.A].Label + " – " + av.nodes[e.B].Label, Key: e.Key, N: e.Weight})
	}
	v.Glance.Coop = d.Relations.Quad[0] + d.Relations.Quad[1]
	v.Glance.Confl = d.Relations.Quad[2] + d.Relations.Quad[3]

	// The map.
	if err := v.buildMap(d, places, keys); err != nil {
		return nil, err
	}
	for _, r := range v.Map.Top[:min(len(v.Map.Top), 6)] {
		v.Glance.Countries = append(v.Glance.Countries, keyed{Label: r.Name, Key: r.Key, N: r.Mentions})
	}

	// Pairs.
	most := 1
	for _, p := range d.Relations.Pairs {
		most = max(most, p.Quad[0]+p.Quad[1], p.Quad[2]+p.Quad[3])
	}
	for _, p := range d.Relations.Pairs {
		v.Pairs = append(v.Pairs, pairView{
			DyadSeries: p, Key: "p:" + p.Source + "|" + p.Target,
			Chart:   template.HTML(quadSVG(p.Periods, p.SourceLabel+" → "+p.TargetLabel)),
			Balance: template.HTML(balanceSVG(p.Quad, most)),
			Coop:    p.Quad[0] + p.Quad[1], Conflict: p.Quad[2] + p.Quad[3],
		})
	}
	return &HTMLPage{v: v, page: page, lab: lab}, nil
}

// finish completes the view with what prepareHTMLView left out: the topics (their word clouds
// and shares over time), the documents cited (the panels' first, then the topics'), the page's
// data and the summary.
func (p *HTMLPage) finish() (*htmlView, error) {
	v, page, lab := p.v, p.page, p.lab
	d := v.D
	v.Glance.Topics = d.Topics[:min(len(d.Topics), 5)]

	// Topics: word clouds and the shares over time.
	for i, t := range d.Topics {
		tv := topicView{TopicSummary: t, Colour: i % 10,
			Line: template.HTML(shareLineSVG(t.Timeline, fmt.Sprintf("Share of topic %d over time", t.ID), i%10))}
		tv.Cloud, tv.Against = cloud(t.Terms)
		v.Topics = append(v.Topics, tv)
	}
	v.Shares = template.HTML(sharesSVG(d.TopicShares, d.Topics)) // escaped in sharesSVG

	// The documents cited, in input order.
	for _, t := range d.Topics {
		for _, td := range t.TopDocs {
			page.doc(td.DocID)
		}
	}
	for i, doc := range page.Docs {
		r := page.row(doc[0])
		var cs []string
		for _, c := range r.Countries[:min(len(r.Countries), 4)] {
			cs = append(cs, cmp.Or(lab.country(c), c))
		}
		v.Docs = append(v.Docs, docView{N: i, DocID: doc[0], Title: doc[1], Date: doc[2], Source: doc[3], Countries: strings.Join(cs, ", ")})
	}
	// In input order: by the index of pageData's document index.
	slices.SortStableFunc(v.Docs, func(a, b docView) int { return cmp.Compare(page.docRow[a.DocID], page.docRow[b.DocID]) })

	data, err := page.json()
	if err != nil {
		return nil, err
	}
	v.Data = template.JS(data) // encoding/json escapes <, > and &: it cannot close the script element

	v.Stages = stageRows(d.Summary)
	v.Settings = settingsRows(d.Summary.Settings)
	v.Run, v.Inputs, v.Tables = runRows(d.Summary.Run)
	return v, nil
}

func keyIf(keys map[string]bool, k string) string {
	if keys[k] {
		return k
	}
	return ""
}

// buildMap draws the world map: countries shaded by the reader's measure, places as dots.
func (v *htmlView) buildMap(d *ReportData, places []PlaceCount, keys map[string]bool) error {
	m, err := worldmap.New(820)
	if err != nil {
		return fmt.Errorf("reports: world map: %w", err)
	}
	values := func(f func(CountryFigures) (float64, bool)) map[string]float64 {
		out := map[string]float64{}
		for _, c := range d.Map.Countries {
			if x, ok := f(c); ok {
				out[c.ISO3] = x
			}
		}
		return out
	}
	md := worldmap.Data{ID: "worldmap", Title: "Countries shaded by the corpus's figures", PlaceUnit: "mentions"}
	md.Measures = append(md.Measures,
		worldmap.Measure{Key: "mentions", Label: "Mentions", Scale: worldmap.Sequential,
			Values: values(func(c CountryFigures) (float64, bool) { return float64(c.Mentions), c.Mentions > 0 })},
		worldmap.Measure{Key: "documents", Label: "Documents about it", Scale: worldmap.Sequential,
			Values: values(func(c CountryFigures) (float64, bool) { return float64(c.Documents), c.Documents > 0 })})
	if d.Relations.Events > 0 {
		md.Measures = append(md.Measures,
			worldmap.Measure{Key: "events", Label: "Events", Scale: worldmap.Sequential,
				Values: values(func(c CountryFigures) (float64, bool) { return float64(c.Events), c.Events > 0 })},
			worldmap.Measure{Key: "coop-conflict", Label: "Cooperation − conflict", Scale: worldmap.Diverging,
				Values: values(func(c CountryFigures) (float64, bool) { return float64(c.Coop - c.Conflict), c.Events > 0 })},
			worldmap.Measure{Key: "goldstein", Label: "Goldstein sum", Scale: worldmap.Diverging, Decimals: 1,
				Values: values(func(c CountryFigures) (float64, bool) { return c.Goldstein, c.Events > 0 })})
	}
	for _, p := range places {
		pl := worldmap.Place{Name: p.Name, Lon: p.Lon, Lat: p.Lat, Count: p.Count}
		if keys["a:"+p.Name] {
			pl.ID = "a:" + p.Name
		}
		md.Places = append(md.Places, pl)
	}
	svg, err := m.SVG(md)
	if err != nil {
		return fmt.Errorf("reports: world map: %w", err)
	}
	var ctl strings.Builder
	if err := worldmap.WriteControls(&ctl, md); err != nil {
		return fmt.Errorf("reports: world map: %w", err)
	}
	v.Map.SVG = template.HTML(svg)               // the map package escapes every name
	v.Map.Controls = template.HTML(ctl.String()) // idem
	v.Map.Places, v.Map.AllPlace = len(places), len(d.Map.Places)
	top := slices.Clone(d.Map.Countries)
	slices.SortStableFunc(top, func(a, b CountryFigures) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ISO3, b.ISO3)
	})
	for _, c := range top {
		if c.Mentions == 0 {
			break
		}
		v.Map.Top = append(v.Map.Top, countryRow{CountryFigures: c, Key: "n:" + c.ISO3, Balance: c.Coop - c.Conflict})
	}
	return nil
}

// cloud returns a topic's terms of positive weight as words sized by weight (area proportional
// to weight relative to the topic's heaviest term), in rank order, and its negative terms.
func cloud(terms []TopicTerm) ([]cloudWord, []string) {
	most := 0.0
	for _, t := range terms {
		most = max(most, t.Weight)
	}
	var words []cloudWord
	var against []string
	for _, t := range terms {
		text := cmp.Or(t.Label, t.Term)
		if len(words) == 12 && t.Weight > 0 {
			continue // the cloud shows the twelve heaviest terms
		}
		if t.Weight <= 0 || most <= 0 {
			if t.Weight < 0 {
				against = append(against, text)
			}
			continue
		}
		size := 0.78 + 0.72*math.Sqrt(t.Weight/most)
		words = append(words, cloudWord{Text: text, Size: num(size, 2), Actor: t.Label != "",
			Title: text + ": weight " + num(t.Weight, 3)})
	}
	return words, against
}

// stageRows lists the stage timings of a run by stage name.
func stageRows(s Summary) []stageView {
	rows := make([]stageView, 0, len(s.StageSeconds))
	for name, sec := range s.StageSeconds {
		rows = append(rows, stageView{name, sec})
	}
	slices.SortFunc(rows, func(a, b stageView) int { return cmp.Compare(a.Name, b.Name) })
	return rows
}

// settingsRows lists the settings of a run as name/value pairs, extras sorted by name.
func settingsRows(s Settings) [][2]string {
	rows := [][2]string{
		{"version", s.Version},
		{"workers", itoa(s.Workers)},
		{"window", s.Window},
		{"min weight", itoa(s.MinWeight)},
		{"topics (k)", itoa(s.Topics)},
		{"seed", fmt.Sprint(s.Seed)},
	}
	keys := make([]string, 0, len(s.Extra))
	for k := range s.Extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		rows = append(rows, [2]string{k, s.Extra[k]})
	}
	return rows
}

// cameoRootName names a CAMEO root code ("01" to "20"), from the CAMEO codebook (Schrodt,
// "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook", version 1.1b3, 2012).
func cameoRootName(root string) string {
	switch root {
	case "01":
		return "Make public statement"
	case "02":
		return "Appeal"
	case "03":
		return "Express intent to cooperate"
	case "04":
		return "Consult"
	case "05":
		return "Engage in diplomatic cooperation"
	case "06":
		return "Engage in material cooperation"
	case "07":
		return "Provide aid"
	case "08":
		return "Yield"
	case "09":
		return "Investigate"
	case "10":
		return "Demand"
	case "11":
		return "Disapprove"
	case "12":
		return "Reject"
	case "13":
		return "Threaten"
	case "14":
		return "Protest"
	case "15":
		return "Exhibit force posture"
	case "16":
		return "Reduce relations"
	case "17":
		return "Coerce"
	case "18":
		return "Assault"
	case "19":
		return "Fight"
	case "20":
		return "Use unconventional mass violence"
	}
	return ""
}

// quadShort names quad class q+1 (q from 0 to 3) in a few letters.
func quadShort(q int) string {
	switch q {
	case 0:
		return "verbal coop."
	case 1:
		return "material coop."
	case 2:
		return "verbal confl."
	case 3:
		return "material confl."
	}
	return "?"
}
