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

	"github.com/geopol/geopol/events"
)

//go:embed templates/report.html.tmpl templates/report.css templates/report.js
var templateFS embed.FS

// WriteHTML writes report.html: one self-contained page (inline CSS, inline SVG, a little inline
// JavaScript, no external resource) that presents d to a reader. The same d gives the same bytes.
// Large networks are drawn capped (see [NetworkData]) so the page stays small and fast.
func WriteHTML(w io.Writer, d *ReportData) error {
	if d == nil {
		return fmt.Errorf("reports: write report.html: no report data")
	}
	tmpl, err := parseTemplate()
	if err != nil {
		return err
	}
	v, err := newHTMLView(d)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := tmpl.ExecuteTemplate(bw, "report", v); err != nil {
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
		"bytes":     humanBytes,
		"seconds":   func(x float64) string { return num(x, 3) + " s" },
		"quadName":  func(q int) string { return quadName(q - 1) },
		"typeClass": typeClass,
		"add1":      func(i int) int { return i + 1 },
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
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
		return "Countries and places (GPE)"
	case "ORG":
		return "Organizations (ORG)"
	case "PERSON":
		return "People (PERSON)"
	case "NORP":
		return "Groups and nationalities (NORP)"
	case "LOC":
		return "Regions and features (LOC)"
	case "":
		return "Untyped"
	}
	return t
}

// htmlView is what the template renders: the data plus everything computed for display.
type htmlView struct {
	Title      string
	D          *ReportData
	CSS        template.CSS
	JS         template.JS
	Glance     glance
	Groups     []groupView
	Net        networkView
	TopEdges   []edgeView
	Topics     []topicView
	Pairs      []pairView
	Dyads      []dyadView
	DyadsShown int
	Stages     []stageView
	Settings   [][2]string
}

type glance struct {
	Actors []actorView
	Links  []edgeView
	Topics []TopicSummary
	Coop   int // cooperation events (quad classes 1 and 2)
	Confl  int
}

type groupView struct {
	ActorGroup
	Name   string
	Class  string
	Actors []actorView
}

type actorView struct {
	ActorSummary
	Anchor   string
	Partners []partnerView
}

type partnerView struct {
	Partner
	Anchor string
}

type edgeView struct {
	Source, Target           string
	SourceLabel, TargetLabel string
	SourceAnchor, TargetAnc  string
	Weight, Documents        int
	NPMI                     float64
}

type topicView struct {
	TopicSummary
	Bars, Line template.HTML
}

type pairView struct {
	DyadSeries
	SourceAnchor, TargetAnchor string
	Chart, Balance             template.HTML
	Coop, Conflict             int
}

type dyadView struct {
	events.DyadRow
	SourceLabel, TargetLabel string
	RootLabel                string
}

type stageView struct {
	Name    string
	Seconds float64
}

func newHTMLView(d *ReportData) (*htmlView, error) {
	css, err := templateFS.ReadFile("templates/report.css")
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	js, err := templateFS.ReadFile("templates/report.js")
	if err != nil {
		return nil, fmt.Errorf("reports: report template: %w", err)
	}
	v := &htmlView{
		Title: cmp.Or(d.Title, "geopol report"),
		D:     d,
		CSS:   template.CSS(css), // trusted: our own embedded file
		JS:    template.JS(js),   // trusted: our own embedded file
	}
	labels := map[string]string{}
	for _, n := range d.Network.Nodes {
		labels[n.ID] = n.label()
	}
	anchors := map[string]string{}
	n := 0
	for _, g := range d.ActorGroups {
		for _, a := range g.Actors {
			if _, dup := anchors[a.ID]; !dup {
				anchors[a.ID] = "actor-" + itoa(n)
				n++
			}
			if a.Label != "" {
				labels[a.ID] = a.Label
			}
		}
	}
	label := func(id string) string { return cmp.Or(labels[id], id) }

	var all []actorView
	for _, g := range d.ActorGroups {
		gv := groupView{ActorGroup: g, Name: typeName(g.Type), Class: typeClass(g.Type)}
		for _, a := range g.Actors {
			av := actorView{ActorSummary: a, Anchor: anchors[a.ID]}
			for _, p := range a.Partners {
				av.Partners = append(av.Partners, partnerView{Partner: p, Anchor: anchors[p.ID]})
			}
			gv.Actors = append(gv.Actors, av)
			all = append(all, av)
		}
		v.Groups = append(v.Groups, gv)
	}
	slices.SortStableFunc(all, func(a, b actorView) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	v.Glance.Actors = all[:min(len(all), 8)]

	edges := sortEdges(d.Network.Edges)
	for i, e := range edges {
		if i == 15 {
			break
		}
		v.TopEdges = append(v.TopEdges, edgeView{
			Source: e.Source, Target: e.Target, SourceLabel: label(e.Source), TargetLabel: label(e.Target),
			SourceAnchor: anchors[e.Source], TargetAnc: anchors[e.Target],
			Weight: e.Weight, Documents: e.Documents, NPMI: e.NPMI,
		})
	}
	v.Glance.Links = v.TopEdges[:min(len(v.TopEdges), 5)]
	v.Glance.Topics = d.Topics[:min(len(d.Topics), 5)]
	v.Glance.Coop = d.Relations.Quad[0] + d.Relations.Quad[1]
	v.Glance.Confl = d.Relations.Quad[2] + d.Relations.Quad[3]

	v.Net = drawNetwork(d.Network, anchors)

	for _, t := range d.Topics {
		tv := topicView{TopicSummary: t,
			Bars: template.HTML(termBarsSVG(t.Terms, fmt.Sprintf("Terms of topic %d", t.ID))), // escaped in termBarsSVG
			Line: template.HTML(timelineSVG(t.Timeline, fmt.Sprintf("Weight of topic %d over time", t.ID))),
		}
		v.Topics = append(v.Topics, tv)
	}

	most := 1
	for _, p := range d.Relations.Pairs {
		most = max(most, p.Quad[0]+p.Quad[1], p.Quad[2]+p.Quad[3])
	}
	for _, p := range d.Relations.Pairs {
		v.Pairs = append(v.Pairs, pairView{
			DyadSeries: p, SourceAnchor: anchors[p.Source], TargetAnchor: anchors[p.Target],
			Chart:   template.HTML(quadSVG(p.Periods, p.SourceLabel+" → "+p.TargetLabel)),
			Balance: template.HTML(balanceSVG(p.Quad, most)),
			Coop:    p.Quad[0] + p.Quad[1], Conflict: p.Quad[2] + p.Quad[3],
		})
	}
	const maxDyads = 250
	for i, r := range d.Relations.Dyads {
		if i == maxDyads {
			break
		}
		dv := dyadView{DyadRow: r, SourceLabel: label(r.Source), TargetLabel: label(r.Target), RootLabel: cameoRootName(r.EventRoot)}
		if r.PloverEvent != "" {
			dv.RootLabel = r.PloverEvent // counted in PLOVER event types (--ontology plover)
		}
		v.Dyads = append(v.Dyads, dv)
	}
	v.DyadsShown = len(v.Dyads)

	v.Stages = stageRows(d.Summary)
	v.Settings = settingsRows(d.Summary.Settings)
	return v, nil
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

// networkView is the drawn network and what the page says about it.
type networkView struct {
	SVG               template.HTML
	Nodes, TotalNodes int
	Edges, TotalEdges int
	// Capped is set when some nodes or edges are not drawn.
	Capped     bool
	MaxWeight  int
	Types      []typeCount
	Iterations int
}

type typeCount struct {
	Type, Class string
	Count       int
}

// drawNetwork lays out and draws the heaviest part of the network as SVG.
func drawNetwork(nd NetworkData, anchors map[string]string) networkView {
	const W, H, pad = 1000.0, 640.0, 28.0
	maxNodes := orDefault(nd.MaxNodes, 300)
	maxEdges := orDefault(nd.MaxEdges, 2000)
	nLabels := orDefault(nd.Labels, 40)
	nv := networkView{TotalNodes: len(nd.Nodes), TotalEdges: len(nd.Edges)}
	if len(nd.Nodes) == 0 {
		return nv
	}
	type info struct{ degree, strength int }
	deg := map[string]*info{}
	for _, e := range nd.Edges {
		for _, id := range [2]string{e.Source, e.Target} {
			x := deg[id]
			if x == nil {
				x = &info{}
				deg[id] = x
			}
			x.degree++
			x.strength += e.Weight
		}
	}
	nodes := slices.Clone(nd.Nodes)
	strength := func(n NodeRow) int {
		if x := deg[n.ID]; x != nil {
			return x.strength
		}
		return 0
	}
	slices.SortStableFunc(nodes, func(a, b NodeRow) int {
		if r := cmp.Compare(strength(b), strength(a)); r != 0 {
			return r
		}
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	// Drop duplicate ids, keeping the first (heaviest).
	seen := map[string]int{}
	kept := nodes[:0]
	for _, n := range nodes {
		if _, dup := seen[n.ID]; dup {
			continue
		}
		seen[n.ID] = len(kept)
		kept = append(kept, n)
	}
	nodes = kept
	if len(nodes) > maxNodes {
		nodes = nodes[:maxNodes]
	}
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.ID] = i
	}
	var drawn []EdgeRow
	for _, e := range sortEdges(nd.Edges) {
		a, okA := index[e.Source]
		b, okB := index[e.Target]
		if !okA || !okB || a == b {
			continue
		}
		if len(drawn) == maxEdges {
			break
		}
		drawn = append(drawn, e)
	}
	nv.Nodes, nv.Edges = len(nodes), len(drawn)
	nv.Capped = nv.Nodes < nv.TotalNodes || nv.Edges < nv.TotalEdges
	le := make([]LayoutEdge, len(drawn))
	for i, e := range drawn {
		le[i] = LayoutEdge{A: index[e.Source], B: index[e.Target], Weight: float64(e.Weight)}
	}
	nv.Iterations = 300
	pos := ForceLayout(len(nodes), le, LayoutOptions{Seed: nd.Seed, Iterations: nv.Iterations})
	// Fill the drawing area, stretching one axis by at most 1.3 rather than distorting the layout.
	minX, minY, maxX, maxY := 1.0, 1.0, 0.0, 0.0
	for _, p := range pos {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	sx, sy := (W-2*pad)/max(maxX-minX, 1e-9), (H-2*pad)/max(maxY-minY, 1e-9)
	s := min(sx, sy)
	sx, sy = min(sx, 1.3*s), min(sy, 1.3*s)
	ox := (W - sx*(maxX-minX)) / 2
	oy := (H - sy*(maxY-minY)) / 2
	px := func(i int) float64 { return ox + (pos[i].X-minX)*sx }
	py := func(i int) float64 { return oy + (pos[i].Y-minY)*sy }

	maxS, maxW := 1, 1
	for _, n := range nodes {
		maxS = max(maxS, strength(n))
	}
	for _, e := range drawn {
		maxW = max(maxW, e.Weight)
	}
	nv.MaxWeight = maxW
	radius := func(n NodeRow) float64 { return 3.5 + 12*math.Sqrt(float64(strength(n))/float64(maxS)) }

	types := map[string]int{}
	for _, n := range nodes {
		types[n.Type]++
	}
	for t, c := range types {
		nv.Types = append(nv.Types, typeCount{Type: cmp.Or(t, "other"), Class: typeClass(t), Count: c})
	}
	slices.SortFunc(nv.Types, func(a, b typeCount) int {
		if r := cmp.Compare(typeRank(a.Type), typeRank(b.Type)); r != 0 {
			return r
		}
		return cmp.Compare(a.Type, b.Type)
	})

	var b strings.Builder
	b.Grow(300*len(nodes) + 120*len(drawn))
	b.WriteString(`<svg id="net" viewBox="0 0 1000 640" role="img" aria-label="Co-occurrence network" xmlns="http://www.w3.org/2000/svg">`)
	b.WriteString(`<rect class="bg" x="0" y="0" width="1000" height="640"/><g id="net-view"><g class="edges">`)
	// Light edges first so heavy ones are drawn on top.
	for i := len(drawn) - 1; i >= 0; i-- {
		e := drawn[i]
		s, t := index[e.Source], index[e.Target]
		f := float64(e.Weight) / float64(maxW)
		b.WriteString(`<line class="e" x1="` + num(px(s), 1) + `" y1="` + num(py(s), 1) + `" x2="` + num(px(t), 1) +
			`" y2="` + num(py(t), 1) + `" stroke-width="` + num(0.6+3.4*f, 2) + `" stroke-opacity="` +
			num(0.18+0.62*f, 2) + `" data-s="` + itoa(s) + `" data-t="` + itoa(t) + `" data-w="` + itoa(e.Weight) +
			`" data-d="` + itoa(e.Documents) + `" data-n="` + num(e.NPMI, 3) + `"/>`)
	}
	b.WriteString(`</g><g class="nodes">`)
	// Small nodes first so big ones are on top.
	for i := len(nodes) - 1; i >= 0; i-- {
		n := nodes[i]
		x := deg[n.ID]
		if x == nil {
			x = &info{}
		}
		b.WriteString(`<circle class="n ` + typeClass(n.Type) + `" cx="` + num(px(i), 1) + `" cy="` + num(py(i), 1) +
			`" r="` + num(radius(n), 1) + `" data-i="` + itoa(i) + `" data-id="` + esc(n.ID) + `" data-l="` +
			esc(n.label()) + `" data-type="` + esc(cmp.Or(n.Type, "other")) + `" data-m="` + itoa(n.Mentions) +
			`" data-docs="` + itoa(n.Documents) + `" data-k="` + itoa(x.degree) + `" data-st="` + itoa(x.strength) + `"`)
		if a := anchors[n.ID]; a != "" {
			b.WriteString(` data-ctx="` + a + `"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</g><g class="labels">`)
	// Labels for the heaviest nodes, skipping any that would overlap one already placed.
	type box struct{ x0, y0, x1, y1 float64 }
	var placed []box
	for i := 0; i < len(nodes) && len(placed) < nLabels; i++ {
		n := nodes[i]
		text := ellipsize(n.label(), 24)
		w := 6.6 * float64(len([]rune(text)))
		y := py(i) - radius(n) - 3
		bx := box{px(i) - w/2, y - 11, px(i) + w/2, y + 2}
		if slices.ContainsFunc(placed, func(o box) bool {
			return bx.x0 < o.x1 && o.x0 < bx.x1 && bx.y0 < o.y1 && o.y0 < bx.y1
		}) {
			continue
		}
		placed = append(placed, bx)
		b.WriteString(`<text class="nl" data-i="` + itoa(i) + `" x="` + num(px(i), 1) + `" y="` +
			num(y, 1) + `" text-anchor="middle">` + esc(text) + `</text>`)
	}
	b.WriteString(`</g></g></svg>`)
	nv.SVG = template.HTML(b.String()) // every text and attribute value is escaped above
	return nv
}
