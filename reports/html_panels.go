package reports

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/geopol/geopol/events"
)

// The page's panels: what the side drawer shows when the reader clicks an actor, a link, a
// country, a dyad or a pair. They are written once, as JSON in the page (pageData), and the
// script renders them; every text is escaped by the script (it sets textContent), and the JSON
// encoder escapes "<", ">" and "&", so no text can close the script element.

// panel is one drawer page.
type panel struct {
	// T is the title, S a line under it.
	T string `json:"t"`
	S string `json:"s,omitempty"`
	// F are facts: label and value.
	F [][2]string `json:"f,omitempty"`
	// L are lists of items that may open other panels.
	L []panelList `json:"l,omitempty"`
	// E are the evidence snippets (indices into pageData.Snips), N what the page says of them.
	E []int  `json:"e,omitempty"`
	N string `json:"n,omitempty"`
}

// panelList is a titled list: every item is its text, the key of the panel it opens ("" for
// none) and a figure.
type panelList struct {
	H string      `json:"h"`
	I [][3]string `json:"i"`
}

// jsnip is a snippet in the page: the document (index into Docs), the text as segments (a string,
// or [string, role] for a marked span: 1 actor, 2 source, 3 target, 4 verb) and a note.
type jsnip struct {
	D int    `json:"d"`
	X []any  `json:"x"`
	N string `json:"n,omitempty"`
}

// pageData is the JSON of the page.
type pageData struct {
	// Docs are the documents cited, as id, title, date and source; the page lists them in its
	// Documents section as #doc-N.
	Docs   [][4]string       `json:"docs"`
	Snips  []jsnip           `json:"snips"`
	Panels map[string]*panel `json:"panels"`
	// Periods are the time slider's periods.
	Periods []string `json:"periods,omitempty"`

	docIndex  map[string]int
	snipIndex map[string]int
	// docs are the run's document rows and docRow indexes them by id (an index, not a copy).
	docs   []DocumentRow
	docRow map[string]int32
}

func newPageData(docs []DocumentRow) *pageData {
	p := &pageData{Panels: map[string]*panel{}, docIndex: map[string]int{}, snipIndex: map[string]int{},
		docs: docs, docRow: make(map[string]int32, len(docs))}
	for i, d := range docs {
		p.docRow[d.DocID] = int32(i)
	}
	p.Docs = [][4]string{}
	p.Snips = []jsnip{}
	return p
}

// row returns the document row of id, or a zero row.
func (p *pageData) row(id string) DocumentRow {
	if i, ok := p.docRow[id]; ok {
		return p.docs[i]
	}
	return DocumentRow{}
}

// doc returns the page index of a document, citing it.
func (p *pageData) doc(id string) int {
	if i, ok := p.docIndex[id]; ok {
		return i
	}
	r := p.row(id)
	i := len(p.Docs)
	p.docIndex[id] = i
	p.Docs = append(p.Docs, [4]string{id, r.Title, cmp.Or(r.Date, ""), r.Source})
	return i
}

// snips adds snippets to the page and returns their indices.
func (p *pageData) snips(ss []Snippet) []int {
	var out []int
	for _, s := range ss {
		var key strings.Builder
		key.WriteString(s.DocID + "\x00" + itoa(s.Sentence) + "\x00" + s.Note + "\x00" + s.Text)
		for _, m := range s.Marks {
			key.WriteString(fmt.Sprintf("\x00%d:%d:%d", m.Start, m.End, m.Role))
		}
		if i, ok := p.snipIndex[key.String()]; ok {
			out = append(out, i)
			continue
		}
		js := jsnip{D: p.doc(s.DocID), N: s.Note}
		at := 0
		for _, m := range s.Marks {
			if m.Start < at || m.End > len(s.Text) || m.Start >= m.End {
				continue
			}
			if m.Start > at {
				js.X = append(js.X, s.Text[at:m.Start])
			}
			js.X = append(js.X, []any{s.Text[m.Start:m.End], int(m.Role)})
			at = m.End
		}
		if at < len(s.Text) {
			js.X = append(js.X, s.Text[at:])
		}
		i := len(p.Snips)
		p.Snips = append(p.Snips, js)
		p.snipIndex[key.String()] = i
		out = append(out, i)
	}
	return out
}

// json encodes the page data. encoding/json escapes <, > and & in strings, so the result can sit
// inside a script element.
func (p *pageData) json() (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	if err := enc.Encode(p); err != nil {
		return "", fmt.Errorf("reports: write report.html: %w", err)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// evidenceNote says how many sentences a panel shows of how many there are.
func evidenceNote(shown, total int, what string) string {
	switch {
	case shown == 0:
		return "No sentence kept for this " + what + "."
	case total > shown:
		return fmt.Sprintf("%d of %s sentences, sampled across documents (one per document), by date.", shown, groupDigits(total))
	default:
		return fmt.Sprintf("%d %s, by date.", shown, plural(shown, "sentence", "sentences"))
	}
}

// panelBuilder builds the panels of a page from the report's data.
type panelBuilder struct {
	d        *ReportData
	lab      *labeler
	page     *pageData
	nodes    map[string]NodeRow
	ents     map[string]ActorSummary
	partners map[string][]Partner // by actor, heaviest first (all edges)
	countryF map[string]CountryFigures
	dyadsOf  map[string][]int // dyad rows (indices into shown dyads) by actor code and country
	dyads    []dyadView
	// the panels that exist, for items to link to
	has func(key string) bool
}

func (b *panelBuilder) link(text, key, fig string) [3]string {
	if !b.has(key) {
		key = ""
	}
	return [3]string{text, key, fig}
}

// actorPanel is the panel of an actor: who it is, its figures, partners and events, and
// sentences that name it.
func (b *panelBuilder) actorPanel(id string) *panel {
	p := &panel{T: b.lab.label(id)}
	n, okN := b.nodes[id]
	a, okA := b.ents[id]
	var sub []string
	if id != p.T {
		sub = append(sub, id)
	}
	typ := cmp.Or(a.Type, n.Type)
	if typ != "" {
		sub = append(sub, typeWord(typ))
	}
	if c := cmp.Or(a.Country, n.Country); c != "" && c != id {
		sub = append(sub, cmp.Or(b.lab.country(c), c))
	}
	if a.Role != "" {
		sub = append(sub, cmp.Or(roleName(a.Role), a.Role))
	}
	p.S = strings.Join(sub, " · ")
	mentions, docs := a.Mentions, a.Documents
	if !okA && okN {
		mentions, docs = n.Mentions, n.Documents
	}
	if okA || okN {
		p.F = append(p.F, [2]string{"mentions", groupDigits(mentions)}, [2]string{"documents", groupDigits(docs)})
	}
	if okN {
		p.F = append(p.F, [2]string{"linked actors", groupDigits(n.Degree)}, [2]string{"PageRank", num(n.PageRank, 4)})
	}
	if len(a.Aliases) > 0 {
		p.F = append(p.F, [2]string{"written as", strings.Join(a.Aliases[:min(len(a.Aliases), 6)], ", ")})
	}
	if ps := b.partners[id]; len(ps) > 0 {
		l := panelList{H: "Mentioned with"}
		for _, q := range ps[:min(len(ps), 8)] {
			k := "e:" + min(id, q.ID) + "|" + max(id, q.ID)
			if !b.has(k) {
				k = "a:" + q.ID
			}
			l.I = append(l.I, b.link(b.lab.label(q.ID), k, groupDigits(q.Weight)))
		}
		p.L = append(p.L, l)
	}
	b.addDyads(p, b.dyadsOf[id], "Events")
	ss := byDate(b.d.Evidence.Snippets(EvidenceKey{Kind: EvidenceActor, A: id}))
	p.E = b.page.snips(ss)
	p.N = evidenceNote(len(ss), max(docs, len(ss)), "actor")
	if len(ss) > 0 {
		p.N = fmt.Sprintf("%d %s that name it, from different documents, sampled across the corpus, by date.",
			len(ss), plural(len(ss), "sentence", "sentences"))
	}
	return p
}

// mentionsOf returns an actor's mentions.
func (b *panelBuilder) mentionsOf(id string) int {
	if a, ok := b.ents[id]; ok {
		return a.Mentions
	}
	return b.nodes[id].Mentions
}

// addDyads lists dyads (indices into b.dyads), most events first.
func (b *panelBuilder) addDyads(p *panel, idx []int, title string) {
	if len(idx) == 0 {
		return
	}
	l := panelList{H: title}
	for _, i := range idx[:min(len(idx), 8)] {
		y := b.dyads[i]
		l.I = append(l.I, b.link(y.SourceLabel+" → "+y.TargetLabel+": "+y.TypeLabel, y.Key, groupDigits(y.Events)))
	}
	p.L = append(p.L, l)
}

// linkPanel is the panel of a drawn co-occurrence link between two actors.
func (b *panelBuilder) linkPanel(v *netView, e netEdge) *panel {
	x, y := v.nodes[e.A], v.nodes[e.B]
	p := &panel{T: x.Label + " – " + y.Label, S: "mentioned in the same " + cmp.Or(b.d.Summary.Settings.Window, "window")}
	window := cmp.Or(b.d.Summary.Settings.Window, "window")
	p.F = [][2]string{{"together in", groupDigits(e.Weight) + " " + plural(e.Weight, window, window+"s")},
		{"documents", groupDigits(e.Documents)}}
	if !math.IsNaN(e.NPMI) {
		p.F = append(p.F, [2]string{"NPMI", num(e.NPMI, 3)})
	}
	p.F = append(p.F, [2]string{"disparity alpha", FormatProb(e.Alpha)})
	p.L = []panelList{{H: "Actors", I: [][3]string{b.link(x.Label, x.Key, ""), b.link(y.Label, y.Key, "")}}}
	kind := EvidenceLink
	if v.Unit == "countries" {
		kind = EvidenceCountryLink
		p.S = "their actors and places mentioned in the same sentence"
		p.F = [][2]string{{"together in", groupDigits(e.Weight) + " " + plural(e.Weight, window, window+"s") + " (summed over their actors)"},
			{"disparity alpha", FormatProb(e.Alpha)}}
		p.L[0].H = "Countries"
	}
	a, c := min(x.ID, y.ID), max(x.ID, y.ID)
	ss := byDate(b.d.Evidence.Snippets(EvidenceKey{Kind: kind, A: a, B: c}))
	p.E = b.page.snips(ss)
	p.N = evidenceNote(len(ss), max(e.Documents, len(ss)), "link")
	return p
}

// countryPanel is the panel of a country: its figures, actors, partners, events and evidence.
func (b *panelBuilder) countryPanel(iso string, cv *netView) *panel {
	f := b.countryF[iso]
	p := &panel{T: cmp.Or(f.Name, b.lab.label(iso)), S: iso + " · country"}
	p.F = [][2]string{{"mentions", groupDigits(f.Mentions) + " (with its actors and places)"},
		{"documents about it", groupDigits(f.Documents)}}
	if f.Events > 0 {
		p.F = append(p.F, [2]string{"events", groupDigits(f.Events)},
			[2]string{"cooperation − conflict", fmt.Sprintf("%s − %s = %s", groupDigits(f.Coop), groupDigits(f.Conflict), signed(f.Coop-f.Conflict))},
			[2]string{"Goldstein sum", num(f.Goldstein, 1)})
	}
	if len(f.Actors) > 0 {
		l := panelList{H: "Its actors and places"}
		for _, id := range f.Actors {
			l.I = append(l.I, b.link(b.lab.label(id), "a:"+id, groupDigits(b.mentionsOf(id))))
		}
		p.L = append(p.L, l)
	}
	if cv != nil {
		type partner struct {
			key, label string
			w          int
		}
		var ps []partner
		for _, e := range cv.edges {
			x, y := cv.nodes[e.A], cv.nodes[e.B]
			switch iso {
			case x.ID:
				ps = append(ps, partner{e.Key, y.Label, e.Weight})
			case y.ID:
				ps = append(ps, partner{e.Key, x.Label, e.Weight})
			}
		}
		if len(ps) > 0 {
			l := panelList{H: "Linked countries (drawn)"}
			for _, q := range ps[:min(len(ps), 8)] {
				l.I = append(l.I, b.link(q.label, q.key, groupDigits(q.w)))
			}
			p.L = append(p.L, l)
		}
	}
	b.addDyads(p, b.dyadsOf["n:"+iso], "Events")
	p.E = b.page.snips(byDate(f.Evidence))
	switch {
	case len(f.Evidence) == 0:
		p.N = "No sentence kept for this country."
	case f.Events > 0:
		p.N = "Sentences of its events (then sentences that name it), sampled across documents, by date."
	default:
		p.N = "Sentences that name it or its actors and places, sampled across documents, by date."
	}
	return p
}

// dyadPanel is the panel of a dyad row: events of one type from one actor to another.
func (b *panelBuilder) dyadPanel(y dyadView) *panel {
	p := &panel{T: y.SourceLabel + " → " + y.TargetLabel, S: y.TypeLabel + " · " + quadName(y.QuadClass-1)}
	p.F = [][2]string{{"events", groupDigits(y.Events)}, {"documents", groupDigits(y.Documents)},
		{"Goldstein mean", num(y.GoldsteinMean, 2)}}
	if y.FirstDate != "" {
		p.F = append(p.F, [2]string{"dates", y.FirstDate + " to " + y.LastDate})
	}
	p.L = []panelList{{H: "Actors", I: [][3]string{b.link(y.SourceLabel, "a:"+y.Source, y.Source), b.link(y.TargetLabel, "a:"+y.Target, y.Target)}}}
	k := EvidenceKey{Kind: EvidenceEvent, A: y.Source, B: y.Target, C: y.EventRoot}
	if y.PloverEvent != "" {
		k = EvidenceKey{Kind: EvidencePlover, A: y.Source, B: y.Target, C: y.PloverEvent}
	}
	ss := byDate(b.d.Evidence.Snippets(k))
	p.E = b.page.snips(ss)
	p.N = evidenceNote(len(ss), max(y.Documents, len(ss)), "dyad")
	return p
}

// pairPanel is the panel of one of the main pairs.
func (b *panelBuilder) pairPanel(s DyadSeries) *panel {
	p := &panel{T: s.SourceLabel + " → " + s.TargetLabel, S: "all events from the first to the second"}
	p.F = [][2]string{{"events", groupDigits(s.Events)},
		{"cooperation", groupDigits(s.Quad[0]+s.Quad[1]) + fmt.Sprintf(" (verbal %d, material %d)", s.Quad[0], s.Quad[1])},
		{"conflict", groupDigits(s.Quad[2]+s.Quad[3]) + fmt.Sprintf(" (verbal %d, material %d)", s.Quad[2], s.Quad[3])},
		{"Goldstein mean", num(s.GoldsteinMean, 2)}}
	p.L = []panelList{{H: "Actors", I: [][3]string{b.link(s.SourceLabel, "a:"+s.Source, s.Source), b.link(s.TargetLabel, "a:"+s.Target, s.Target)}}}
	b.addDyads(p, b.dyadsOf["p:"+s.Source+"|"+s.Target], "By event type")
	p.E = b.page.snips(s.Evidence)
	p.N = evidenceNote(len(s.Evidence), s.Events, "pair")
	return p
}

// signed writes n with its sign: "+3", "−2", "0".
func signed(n int) string {
	switch {
	case n > 0:
		return "+" + groupDigits(n)
	case n < 0:
		return "−" + groupDigits(-n)
	}
	return "0"
}

// typeWord names an entity type in a few words.
func typeWord(t string) string {
	switch t {
	case "GPE":
		return "country or place"
	case "ORG":
		return "organization"
	case "PERSON":
		return "person"
	case "NORP":
		return "group or nationality"
	case "LOC":
		return "region or feature"
	}
	return t
}

// dyadTypeLabel names the event type of a dyad row: its CAMEO root and name.
func dyadTypeLabel(r events.DyadRow) string {
	if r.PloverEvent != "" {
		return ploverName(r.PloverEvent) + " (PLOVER)"
	}
	if n := cameoRootName(r.EventRoot); n != "" {
		return n + " (" + r.EventRoot + ")"
	}
	return cmp.Or(r.EventRoot, "event")
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
