package reports

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/corpus"
)

// WriteMarkdown writes the report of [WriteHTML] as Markdown (GitHub-flavoured tables), for
// reading in a terminal, a code review or a wiki: the same sections and numbers, charts left out
// (topic weights over time and relations per period become tables), the network as its strongest
// links. The same d gives the same bytes.
func WriteMarkdown(w io.Writer, d *ReportData) error {
	if d == nil {
		return fmt.Errorf("reports: write report.md: no report data")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	m := &mdWriter{w: bw}
	m.report(d)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("reports: write report.md: %w", err)
	}
	return nil
}

// mdWriter writes Markdown to a bufio.Writer, whose errors are sticky and reported by Flush.
type mdWriter struct{ w *bufio.Writer }

func (m *mdWriter) p(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

// table writes a header row, the separator (numeric columns, named in num, right-aligned) and rows.
func (m *mdWriter) table(header []string, num map[int]bool, rows [][]string) {
	m.p("|")
	for _, h := range header {
		m.p(" %s |", mdCell(h))
	}
	m.p("\n|")
	for i := range header {
		if num[i] {
			m.p("---:|")
		} else {
			m.p("---|")
		}
	}
	m.p("\n")
	for _, r := range rows {
		m.p("|")
		for _, c := range r {
			m.p(" %s |", mdCell(c))
		}
		m.p("\n")
	}
	m.p("\n")
}

// mdCell makes s safe inside a Markdown table cell: one line, pipes and backslashes escaped, and
// the characters that start HTML or links escaped.
func mdCell(s string) string {
	s = oneLine(s)
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "<", `&lt;`, ">", `&gt;`, "[", `\[`, "]", `\]`, "`", "\\`", "*", `\*`, "_", `\_`)
	return r.Replace(s)
}

func (m *mdWriter) report(d *ReportData) {
	title := cmp.Or(d.Title, "geopol report")
	m.p("# %s\n\n", mdCell(title))
	m.overview(d)
	m.countries(d)
	m.actors(d)
	m.network(d)
	m.topics(d)
	m.relations(d)
	m.contexts(d)
	m.run(d)
}

func (m *mdWriter) overview(d *ReportData) {
	c := d.Corpus
	m.p("## Overview\n\n")
	dates := "undated"
	if c.FirstDate != "" {
		dates = c.FirstDate + " to " + c.LastDate
		if c.Undated > 0 {
			dates += fmt.Sprintf(" (%d undated)", c.Undated)
		}
	}
	m.table([]string{"", ""}, nil, [][]string{
		{"documents", fmt.Sprintf("%d (%d analysed, %d failed)", c.Documents, c.OK, c.Failed)},
		{"dates", dates},
		{"sources", itoa(len(c.Sources))},
		{"text", humanBytes(c.Bytes)},
		{"mentions", fmt.Sprintf("%d of %d actors", d.Summary.Mentions, d.Summary.Entities)},
		{"co-occurrence links", itoa(len(d.Network.Edges))},
		{"topics", itoa(len(d.Topics))},
		{"relation events", itoa(d.Relations.Events)},
	})
	if len(c.Sources) > 0 {
		m.p("### Sources\n\n")
		var rows [][]string
		for _, s := range c.Sources {
			rows = append(rows, []string{s.Source, itoa(s.Documents), humanBytes(s.Bytes)})
		}
		m.table([]string{"source", "documents", "size"}, map[int]bool{1: true, 2: true}, rows)
	}
	problems := func(title string, ps []DocProblem) {
		if len(ps) == 0 {
			return
		}
		m.p("### %s\n\n", title)
		for _, p := range ps {
			m.p("- `%s`: %s\n", strings.ReplaceAll(oneLine(p.DocID), "`", "'"), mdCell(p.Reason))
		}
		m.p("\n")
	}
	problems("Failed documents", c.Failures)
	problems("Flagged documents", c.Flagged)
	var sk []DocProblem
	for _, s := range c.Skipped {
		sk = append(sk, DocProblem{s.Path, s.Reason})
	}
	problems("Skipped files", sk)
}

func (m *mdWriter) countries(d *ReportData) {
	m.p("## Countries\n\n")
	top := slices.Clone(d.Map.Countries)
	slices.SortStableFunc(top, func(a, b CountryFigures) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ISO3, b.ISO3)
	})
	if len(top) == 0 || top[0].Mentions == 0 {
		m.p("No country was mentioned.\n\n")
		return
	}
	const most = 20
	m.p("The %d most mentioned countries of %d (mentions count the country and its people, organizations and places):\n\n",
		min(most, len(top)), len(top))
	var rows [][]string
	for _, c := range top[:min(most, len(top))] {
		rows = append(rows, []string{c.Name, c.ISO3, itoa(c.Mentions), itoa(c.Documents), itoa(c.Events),
			signed(c.Coop - c.Conflict), num(c.Goldstein, 1)})
	}
	m.table([]string{"country", "code", "mentions", "documents", "events", "cooperation − conflict", "Goldstein sum"},
		map[int]bool{2: true, 3: true, 4: true, 5: true, 6: true}, rows)
}

func (m *mdWriter) actors(d *ReportData) {
	m.p("## Actors\n\n")
	if len(d.ActorGroups) == 0 {
		m.p("No actors were found.\n\n")
		return
	}
	for _, g := range d.ActorGroups {
		m.p("### %s (top %d of %d)\n\n", typeName(g.Type), len(g.Actors), g.Total)
		var rows [][]string
		for _, a := range g.Actors {
			var ps []string
			for _, p := range a.Partners {
				ps = append(ps, fmt.Sprintf("%s (%d)", p.Label, p.Weight))
			}
			rows = append(rows, []string{a.Label, a.ID, cmp.Or(roleName(a.Role), a.Role), itoa(a.Mentions), itoa(a.Documents), itoa(a.Degree), strings.Join(ps, ", ")})
		}
		m.table([]string{"actor", "id", "role", "mentions", "documents", "links", "partners"},
			map[int]bool{3: true, 4: true, 5: true}, rows)
	}
}

func (m *mdWriter) network(d *ReportData) {
	m.p("## Network\n\n")
	if len(d.Network.Edges) == 0 {
		m.p("No network: no actor co-occurs with another.\n\n")
		return
	}
	edges := sortEdges(d.Network.Edges)
	lab := newLabeler(d.Names)
	const top = 25
	m.p("%d actors, %d links; the %d strongest (the full network is in nodes.csv, edges.csv and network.gexf):\n\n",
		len(d.Network.Nodes), len(edges), min(top, len(edges)))
	var rows [][]string
	for i, e := range edges {
		if i == top {
			break
		}
		rows = append(rows, []string{lab.label(e.Source), lab.label(e.Target),
			itoa(e.Weight), itoa(e.Documents), num(e.NPMI, 3)})
	}
	m.table([]string{"actor", "actor", "weight", "documents", "NPMI"}, map[int]bool{2: true, 3: true, 4: true}, rows)
}

func (m *mdWriter) topics(d *ReportData) {
	m.p("## Topics\n\n")
	if len(d.Topics) == 0 {
		m.p("No topics: the topic model was not fitted.\n\n")
		return
	}
	for _, t := range d.Topics {
		m.p("### Topic %d: %s\n\n", t.ID, mdCell(t.Label))
		if t.HasCoherence {
			m.p("Coherence %s.\n\n", num(t.Coherence, 3))
		}
		var rows [][]string
		for i, tt := range t.Terms {
			rows = append(rows, []string{itoa(i + 1), cmp.Or(tt.Label, tt.Term), tt.Term, num(tt.Weight, 3)})
		}
		m.table([]string{"rank", "term", "as indexed", "weight"}, map[int]bool{0: true, 3: true}, rows)
		if len(t.Timeline) > 0 {
			var per, wts, docs []string
			for _, p := range t.Timeline {
				per = append(per, p.Period)
				if p.Docs > 0 {
					wts = append(wts, num(p.Weight*100, 1)+"%")
				} else {
					wts = append(wts, "")
				}
				docs = append(docs, itoa(p.Docs))
			}
			unit := "period"
			if d.Granularity != corpus.AllTime {
				unit = d.Granularity.String()
			}
			m.p("Share of the documents' topic weight per %s:\n\n", unit)
			right := map[int]bool{}
			for i := range per {
				right[i+1] = true
			}
			m.table(append([]string{""}, per...), right, [][]string{append([]string{"share"}, wts...), append([]string{"documents"}, docs...)})
		}
		if len(t.TopDocs) > 0 {
			m.p("Top documents:\n\n")
			for _, td := range t.TopDocs {
				date := ""
				if td.Date != "" {
					date = td.Date + " "
				}
				m.p("1. %s%s (%s)\n", date, mdCell(cmp.Or(td.Title, td.DocID)), num(td.Weight, 3))
			}
			m.p("\n")
		}
	}
}

func (m *mdWriter) relations(d *ReportData) {
	r := d.Relations
	m.p("## Relations\n\n")
	if r.Events == 0 {
		m.p("No relations extracted.\n\n")
		return
	}
	m.p("%d events: %d verbal cooperation, %d material cooperation, %d verbal conflict, %d material conflict.\n\n",
		r.Events, r.Quad[0], r.Quad[1], r.Quad[2], r.Quad[3])
	if len(r.Pairs) > 0 {
		m.p("### Main pairs\n\n")
		var rows [][]string
		for _, p := range r.Pairs {
			rows = append(rows, []string{p.SourceLabel, p.TargetLabel, itoa(p.Events), itoa(p.Quad[0]), itoa(p.Quad[1]),
				itoa(p.Quad[2]), itoa(p.Quad[3]), num(p.GoldsteinMean, 2)})
		}
		m.table([]string{"source", "target", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "Goldstein mean"},
			map[int]bool{2: true, 3: true, 4: true, 5: true, 6: true, 7: true}, rows)
	}
	if len(r.Dyads) > 0 {
		const top = 50
		m.p("### Dyads\n\n")
		if len(r.Dyads) > top {
			m.p("The %d with the most events of %d (all in dyads.csv).\n\n", top, len(r.Dyads))
		}
		lab := newLabeler(d.Names)
		var rows [][]string
		for i, y := range r.Dyads {
			if i == top {
				break
			}
			rows = append(rows, []string{lab.label(y.Source), lab.label(y.Target), dyadTypeLabel(y), quadName(y.QuadClass - 1),
				itoa(y.Events), itoa(y.Documents), num(y.GoldsteinMean, 2), y.FirstDate, y.LastDate})
		}
		m.table([]string{"source", "target", "event type", "quad class", "events", "documents", "Goldstein mean", "first", "last"},
			map[int]bool{4: true, 5: true, 6: true}, rows)
		m.pairEvidence(r)
	}
}

// pairEvidence writes the sentences of the main pairs' events.
func (m *mdWriter) pairEvidence(r RelationsData) {
	found := false
	for _, p := range r.Pairs {
		if len(p.Evidence) == 0 {
			continue
		}
		if !found {
			m.p("### Evidence of the main pairs\n\n")
			found = true
		}
		m.p("**%s → %s**\n\n", mdCell(p.SourceLabel), mdCell(p.TargetLabel))
		for _, s := range p.Evidence {
			note := ""
			if s.Note != "" {
				note = mdCell(s.Note) + ": "
			}
			m.p("- %s%s — %s\n", note, snippetMD(s), mdCell(cite(s)))
		}
		m.p("\n")
	}
}

func (m *mdWriter) contexts(d *ReportData) {
	m.p("## Actors in context\n\n")
	found := false
	for _, g := range d.ActorGroups {
		for _, a := range g.Actors {
			if len(a.Snippets) == 0 {
				continue
			}
			found = true
			m.p("### %s (%s)\n\n", mdCell(a.Label), mdCell(a.ID))
			for _, s := range a.Snippets {
				m.p("- %s — %s\n", snippetMD(s), mdCell(cite(s)))
			}
			m.p("\n")
		}
	}
	if !found {
		m.p("No context recorded.\n\n")
	}
}

// cite is a snippet's source: "2024-01-15, doc-id" or "doc-id".
func cite(s Snippet) string {
	if s.Date != "" {
		return s.Date + ", " + s.DocID
	}
	return s.DocID
}

// snippetMD writes a snippet on one line with its actors in bold and its action in italics.
func snippetMD(s Snippet) string {
	var b strings.Builder
	at := 0
	for _, mk := range s.Marks {
		if mk.Start < at || mk.End > len(s.Text) {
			continue
		}
		b.WriteString(mdCell(s.Text[at:mk.Start]))
		em := "**"
		if mk.Role == MarkVerb {
			em = "*" // the action in italics, the actors in bold
		}
		b.WriteString(em + mdCell(s.Text[mk.Start:mk.End]) + em)
		at = mk.End
	}
	b.WriteString(mdCell(s.Text[at:]))
	return b.String()
}

func (m *mdWriter) run(d *ReportData) {
	s := d.Summary
	m.p("## Run\n\n")
	facts, inputs, tables := runRows(s.Run)
	if len(facts) > 0 {
		var rows [][]string
		for _, f := range facts {
			rows = append(rows, []string{f[0], f[1]})
		}
		m.table([]string{"provenance", ""}, nil, rows)
	}
	if len(inputs) > 0 {
		var rows [][]string
		for _, in := range inputs {
			kind := in.Kind
			if in.Files > 0 {
				kind += fmt.Sprintf(", %d files", in.Files)
			}
			rows = append(rows, []string{in.Path, kind, humanBytes(in.Bytes), in.SHA256})
		}
		m.table([]string{"input", "kind", "size", "SHA-256"}, map[int]bool{2: true}, rows)
	}
	if len(tables) > 0 {
		var rows [][]string
		for _, t := range tables {
			rows = append(rows, []string{t.Name, humanBytes(int64(t.Bytes)), t.SHA256})
		}
		m.table([]string{"embedded model or table", "size", "SHA-256"}, map[int]bool{1: true}, rows)
	}
	var rows [][]string
	for _, kv := range settingsRows(s.Settings) {
		rows = append(rows, []string{kv[0], kv[1]})
	}
	m.table([]string{"setting", "value"}, nil, rows)
	rows = [][]string{{"elapsed", num(s.ElapsedSeconds, 3) + " s"}}
	for _, st := range stageRows(s) {
		rows = append(rows, []string{st.Name, num(st.Seconds, 3) + " s"})
	}
	rows = append(rows, []string{"throughput", num(s.MBPerSecond, 2) + " MB/s, " + num(s.DocsPerSecond, 2) + " documents/s"})
	m.table([]string{"timing", "value"}, nil, rows)
	if len(s.Warnings) > 0 {
		m.p("### Warnings\n\n")
		for _, w := range s.Warnings {
			m.p("- %s\n", mdCell(w))
		}
		m.p("\n")
	}
}
