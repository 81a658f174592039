package reports

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
)

// ReportData is everything report.html ([WriteHTML]) and report.md ([WriteMarkdown]) show. It is
// plain data: [BuildReport] fills it from the rows the other writers take, and tests may build it
// by hand. The writers never modify it. Zero limits take the defaults documented on each field.
type ReportData struct {
	// Title heads the page; "geopol report" when empty.
	Title string
	// Corpus is what was read.
	Corpus CorpusOverview
	// ActorGroups are the top actors of each entity type, in the order shown.
	ActorGroups []ActorGroup
	// Network is the co-occurrence graph, drawn capped (see NetworkData).
	Network NetworkData
	// Topics are the LSA topics, strongest first; empty when none were fitted.
	Topics []TopicSummary
	// Granularity is the period of the time series: corpus.Month, corpus.Quarter or corpus.Year.
	Granularity corpus.Period
	// Relations are the actor-relationship events, aggregated; empty when none were extracted.
	Relations RelationsData
	// Summary gives the settings, timings and warnings of the run.
	Summary Summary
}

// CorpusOverview describes the documents of a run.
type CorpusOverview struct {
	// Documents counts every document read; OK those analysed; Failed those that could not be read.
	Documents, OK, Failed int
	// FirstDate and LastDate bound the document dates (YYYY-MM-DD), "" when no document has one;
	// Undated counts the documents without a date.
	FirstDate, LastDate string
	Undated             int
	// Bytes is the total size of the document texts.
	Bytes int64
	// Sources are the document counts per source, most documents first.
	Sources []SourceCount
	// Failures are the documents that could not be read or parsed, with the reason; Flagged the
	// analysed documents that carry a warning (replaced invalid UTF-8, ...).
	Failures, Flagged []DocProblem
	// Skipped are the input files that were not read.
	Skipped []Skipped
}

// SourceCount is the number of documents and bytes of one source.
type SourceCount struct {
	Source    string
	Documents int
	Bytes     int64
}

// DocProblem is a document and what went wrong with it.
type DocProblem struct {
	DocID, Reason string
}

// ActorGroup is the top actors of one entity type.
type ActorGroup struct {
	// Type is the entity type (GPE, ORG, PERSON, NORP, LOC, ...); Total the number of actors of
	// that type in the corpus, of which Actors are the most mentioned.
	Type   string
	Total  int
	Actors []ActorSummary
}

// ActorSummary is one actor as the report shows it.
type ActorSummary struct {
	ID, Label, Type, Country string
	Mentions, Documents      int
	Aliases                  []string
	// Degree is the number of actors it co-occurs with; Strength the sum of those edge weights.
	Degree, Strength int
	// Partners are its strongest co-occurrence partners, heaviest first.
	Partners []Partner
	// Contexts are a few of its mentions in context, in corpus order.
	Contexts []MentionContext
}

// Partner is an actor that co-occurs with another, and how often.
type Partner struct {
	ID, Label string
	Weight    int
}

// MentionContext is one mention of an actor with the text around it: Before + Mention + After is
// a contiguous stretch of the document, with line breaks turned into spaces and "…" marking a cut.
type MentionContext struct {
	DocID, Date            string
	Before, Mention, After string
}

// NetworkData is the co-occurrence network and how much of it to draw.
type NetworkData struct {
	Nodes []NodeRow
	Edges []EdgeRow
	// MaxNodes caps the nodes drawn (the heaviest by weighted degree; 300 when 0) and MaxEdges the
	// edges drawn between them (the heaviest; 2000 when 0). The page says what was left out.
	MaxNodes, MaxEdges int
	// Labels is how many of the drawn nodes carry a visible label (the heaviest; 40 when 0).
	Labels int
	// Seed seeds the layout; the same data and seed give the same drawing.
	Seed int64
}

// TopicSummary is one topic as the report shows it.
type TopicSummary struct {
	ID    int
	Label string
	// Coherence is the topic's coherence when HasCoherence is set.
	Coherence    float64
	HasCoherence bool
	// Terms are the topic's terms, by rank.
	Terms []TopicTerm
	// TopDocs are the documents that load most on the topic, heaviest first.
	TopDocs []TopicDoc
	// Timeline is the mean document weight per period, periods in order with none left out.
	Timeline []PeriodWeight
}

// TopicTerm is a term of a topic; Label is what to show for it ("Iran" for "actor:IRN"), "" to
// show Term.
type TopicTerm struct {
	Term, Label string
	Weight      float64
}

// TopicDoc is a document that loads on a topic.
type TopicDoc struct {
	DocID, Title, Date string
	Weight             float64
}

// PeriodWeight is the mean weight of a topic over the Docs dated documents of one period.
type PeriodWeight struct {
	Period string
	Weight float64
	Docs   int
}

// RelationsData is the actor-relationship events of a run, aggregated for reading.
type RelationsData struct {
	// Events is the number of events; Quad their number per quad class (index 0 is class 1).
	Events int
	Quad   [4]int
	// Dyads are the rows of dyads.csv, most events first.
	Dyads []events.DyadRow
	// Pairs are the directed pairs with the most events, with their events over time.
	Pairs []DyadSeries
}

// DyadSeries is the events of one directed pair of actors over time, by quad class.
type DyadSeries struct {
	Source, Target, SourceLabel, TargetLabel string
	Events                                   int
	// Quad counts the events per quad class (index 0 is class 1, verbal cooperation).
	Quad [4]int
	// GoldsteinMean is the mean Goldstein score of the events.
	GoldsteinMean float64
	// Periods are the counts per period, in order with none left out; events without a date are
	// counted in Quad only.
	Periods []QuadPeriod
}

// QuadPeriod counts events per quad class in one period.
type QuadPeriod struct {
	Period string
	Counts [4]int
}

// ReportInput is what [BuildReport] builds a [ReportData] from: the rows of the other outputs.
type ReportInput struct {
	Title      string
	Documents  []DocumentRow
	Entities   []entities.EntityRow
	Nodes      []NodeRow
	Edges      []EdgeRow
	Topics     []TopicInfo
	TopicTerms []TopicTermRow
	DocTopics  []DocTopicRow
	Relations  []RelationRow
	Dyads      []events.DyadRow
	// Contexts are mentions in context by actor id (see [ContextCollector]).
	Contexts map[string][]MentionContext
	Summary  Summary

	// ActorsPerType is how many actors each group shows (12 when 0); Partners how many partners
	// each actor lists (3 when 0); TopDocs how many documents each topic lists (5 when 0); Pairs
	// how many directed pairs get a time series (8 when 0).
	ActorsPerType, Partners, TopDocs, Pairs int
}

// TopicInfo is what the topic model knows of a topic beyond its terms. Label is used only for a
// topic without terms; otherwise the report labels a topic with its first three terms, actors by
// their names.
type TopicInfo struct {
	ID           int
	Label        string
	Coherence    float64
	HasCoherence bool
}

// typeRank orders actor groups: GPE, ORG, PERSON, NORP, LOC, then other types.
func typeRank(t string) int {
	switch t {
	case "GPE":
		return 0
	case "ORG":
		return 1
	case "PERSON":
		return 2
	case "NORP":
		return 3
	case "LOC":
		return 4
	}
	return 5
}

func orDefault(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// BuildReport assembles the report of a run from its rows. It copies what it keeps and never
// modifies in.
func BuildReport(in ReportInput) *ReportData {
	d := &ReportData{Title: in.Title, Summary: in.Summary}
	d.Corpus = corpusOverview(in.Documents, in.Summary)
	d.Granularity = granularity(d.Corpus.FirstDate, d.Corpus.LastDate)
	d.ActorGroups = actorGroups(in)
	d.Network = NetworkData{Nodes: slices.Clone(in.Nodes), Edges: slices.Clone(in.Edges), Seed: in.Summary.Settings.Seed}
	d.Topics = topicSummaries(in, d.Corpus, d.Granularity)
	d.Relations = relationsData(in, d.Corpus, d.Granularity)
	return d
}

func corpusOverview(docs []DocumentRow, sum Summary) CorpusOverview {
	c := CorpusOverview{Documents: len(docs), Skipped: slices.Clone(sum.Skipped)}
	bySource := map[string]*SourceCount{}
	for _, r := range docs {
		failed := r.Status == StatusError || (r.Status == "" && r.Error != "")
		switch {
		case failed:
			c.Failed++
			c.Failures = append(c.Failures, DocProblem{r.DocID, r.Error})
		default:
			c.OK++
			if r.Error != "" {
				c.Flagged = append(c.Flagged, DocProblem{r.DocID, r.Error})
			}
		}
		c.Bytes += int64(r.Bytes)
		if r.Date == "" {
			c.Undated++
		} else {
			if c.FirstDate == "" || r.Date < c.FirstDate {
				c.FirstDate = r.Date
			}
			if r.Date > c.LastDate {
				c.LastDate = r.Date
			}
		}
		src := r.Source
		if src == "" {
			src = "(none)"
		}
		s := bySource[src]
		if s == nil {
			s = &SourceCount{Source: src}
			bySource[src] = s
		}
		s.Documents++
		s.Bytes += int64(r.Bytes)
	}
	for _, s := range bySource {
		c.Sources = append(c.Sources, *s)
	}
	slices.SortFunc(c.Sources, func(a, b SourceCount) int {
		if r := cmp.Compare(b.Documents, a.Documents); r != 0 {
			return r
		}
		return cmp.Compare(a.Source, b.Source)
	})
	return c
}

func actorGroups(in ReportInput) []ActorGroup {
	perType := orDefault(in.ActorsPerType, 12)
	nPartners := orDefault(in.Partners, 3)
	labels := make(map[string]string, len(in.Entities))
	for _, e := range in.Entities {
		labels[e.Entity] = e.Label
	}
	for _, n := range in.Nodes {
		if _, ok := labels[n.ID]; !ok {
			labels[n.ID] = n.Label
		}
	}
	type adj struct{ degree, strength int }
	deg := map[string]*adj{}
	neighbours := map[string][]Partner{}
	for _, e := range in.Edges {
		for _, p := range [2][2]string{{e.Source, e.Target}, {e.Target, e.Source}} {
			a := deg[p[0]]
			if a == nil {
				a = &adj{}
				deg[p[0]] = a
			}
			a.degree++
			a.strength += e.Weight
			neighbours[p[0]] = append(neighbours[p[0]], Partner{ID: p[1], Label: labelOr(labels, p[1]), Weight: e.Weight})
		}
	}

	ents := slices.Clone(in.Entities)
	slices.SortStableFunc(ents, func(a, b entities.EntityRow) int {
		if r := cmp.Compare(typeRank(a.Type), typeRank(b.Type)); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Type, b.Type); r != 0 {
			return r
		}
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		if r := cmp.Compare(b.Documents, a.Documents); r != 0 {
			return r
		}
		return cmp.Compare(a.Entity, b.Entity)
	})
	var groups []ActorGroup
	for _, e := range ents {
		if len(groups) == 0 || groups[len(groups)-1].Type != e.Type {
			groups = append(groups, ActorGroup{Type: e.Type})
		}
		g := &groups[len(groups)-1]
		g.Total++
		if len(g.Actors) >= perType {
			continue
		}
		a := ActorSummary{
			ID: e.Entity, Label: labelOr(labels, e.Entity), Type: e.Type, Country: e.Country,
			Mentions: e.Mentions, Documents: e.Documents, Aliases: slices.Clone(e.Aliases),
			Contexts: slices.Clone(in.Contexts[e.Entity]),
		}
		if x := deg[e.Entity]; x != nil {
			a.Degree, a.Strength = x.degree, x.strength
		}
		ps := slices.Clone(neighbours[e.Entity])
		slices.SortFunc(ps, func(a, b Partner) int {
			if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
				return r
			}
			return cmp.Compare(a.ID, b.ID)
		})
		if len(ps) > nPartners {
			ps = ps[:nPartners]
		}
		a.Partners = ps
		g.Actors = append(g.Actors, a)
	}
	return groups
}

func labelOr(labels map[string]string, id string) string {
	if l := labels[id]; l != "" {
		return l
	}
	return id
}

// granularity picks the period of the time series from the span of the dates: months up to a
// year and a half, quarters up to eight years, years beyond.
func granularity(first, last string) corpus.Period {
	m1, ok1 := corpus.Month.Index(first)
	m2, ok2 := corpus.Month.Index(last)
	if !ok1 || !ok2 {
		return corpus.Month
	}
	switch span := m2 - m1; {
	case span <= 18:
		return corpus.Month
	case span <= 96:
		return corpus.Quarter
	default:
		return corpus.Year
	}
}

// periodRange returns the period numbers of the corpus from its first to its last date.
func periodRange(c CorpusOverview, gran corpus.Period) (first, last int, ok bool) {
	first, ok1 := gran.Index(c.FirstDate)
	last, ok2 := gran.Index(c.LastDate)
	if !ok1 || !ok2 || last < first || last-first > 2000 {
		return 0, 0, false
	}
	return first, last, true
}

func topicSummaries(in ReportInput, c CorpusOverview, gran corpus.Period) []TopicSummary {
	nDocs := orDefault(in.TopDocs, 5)
	byID := map[int]*TopicSummary{}
	var order []int
	get := func(id int) *TopicSummary {
		if t := byID[id]; t != nil {
			return t
		}
		t := &TopicSummary{ID: id}
		byID[id] = t
		order = append(order, id)
		return t
	}
	for _, ti := range in.Topics {
		t := get(ti.ID)
		t.Label, t.Coherence, t.HasCoherence = ti.Label, ti.Coherence, ti.HasCoherence
	}
	labels := make(map[string]string, len(in.Entities))
	for _, e := range in.Entities {
		labels[e.Entity] = e.Label
	}
	terms := slices.Clone(in.TopicTerms)
	slices.SortStableFunc(terms, func(a, b TopicTermRow) int {
		if r := cmp.Compare(a.Topic, b.Topic); r != 0 {
			return r
		}
		return cmp.Compare(a.Rank, b.Rank)
	})
	for _, r := range terms {
		t := get(r.Topic)
		tt := TopicTerm{Term: r.Term, Weight: r.Weight}
		if id, ok := strings.CutPrefix(r.Term, "actor:"); ok {
			tt.Label = labelOr(labels, id)
		}
		t.Terms = append(t.Terms, tt)
	}
	docs := make(map[string]DocumentRow, len(in.Documents))
	for _, r := range in.Documents {
		docs[r.DocID] = r
	}
	first, last, timed := periodRange(c, gran)
	type acc struct {
		sum []float64
		n   []int
	}
	series := map[int]*acc{}
	for _, r := range in.DocTopics {
		t := get(r.Topic)
		doc := docs[r.DocID]
		t.TopDocs = append(t.TopDocs, TopicDoc{DocID: r.DocID, Title: doc.Title, Date: doc.Date, Weight: r.Weight})
		if !timed {
			continue
		}
		p, ok := gran.Index(doc.Date)
		if !ok || p < first || p > last {
			continue
		}
		a := series[r.Topic]
		if a == nil {
			a = &acc{sum: make([]float64, last-first+1), n: make([]int, last-first+1)}
			series[r.Topic] = a
		}
		a.sum[p-first] += r.Weight
		a.n[p-first]++
	}
	slices.Sort(order)
	out := make([]TopicSummary, 0, len(order))
	for _, id := range order {
		t := byID[id]
		slices.SortStableFunc(t.TopDocs, func(a, b TopicDoc) int {
			if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
				return r
			}
			return cmp.Compare(a.DocID, b.DocID)
		})
		if len(t.TopDocs) > nDocs {
			t.TopDocs = t.TopDocs[:nDocs]
		}
		t.TopDocs = slices.Clip(t.TopDocs)
		if a := series[id]; a != nil {
			for i := range a.sum {
				pw := PeriodWeight{Period: gran.Name(first + i), Docs: a.n[i]}
				if a.n[i] > 0 {
					pw.Weight = a.sum[i] / float64(a.n[i])
				}
				t.Timeline = append(t.Timeline, pw)
			}
		}
		if len(t.Terms) > 0 {
			// The first three terms, actors by name: "Iran, IAEA, enrichment".
			var names []string
			for _, tt := range t.Terms[:min(3, len(t.Terms))] {
				names = append(names, cmp.Or(tt.Label, tt.Term))
			}
			t.Label = strings.Join(names, ", ")
		}
		out = append(out, *t)
	}
	return out
}

func relationsData(in ReportInput, c CorpusOverview, gran corpus.Period) RelationsData {
	nPairs := orDefault(in.Pairs, 8)
	rd := RelationsData{Events: len(in.Relations), Dyads: slices.Clone(in.Dyads)}
	slices.SortStableFunc(rd.Dyads, events.CompareDyadRows)
	labels := make(map[string]string, len(in.Entities))
	for _, e := range in.Entities {
		labels[e.Entity] = e.Label
	}
	type key struct{ s, t string }
	type acc struct {
		series    DyadSeries
		goldstein float64
		periods   map[int]*[4]int
	}
	pairs := map[key]*acc{}
	for _, r := range in.Relations {
		q := r.QuadClass - 1
		if q < 0 || q > 3 {
			continue
		}
		rd.Quad[q]++
		k := key{r.Source, r.Target}
		a := pairs[k]
		if a == nil {
			a = &acc{series: DyadSeries{Source: r.Source, Target: r.Target,
				SourceLabel: labelOr(labels, r.Source), TargetLabel: labelOr(labels, r.Target)},
				periods: map[int]*[4]int{}}
			pairs[k] = a
		}
		a.series.Events++
		a.series.Quad[q]++
		a.goldstein += r.Goldstein
		if p, ok := gran.Index(r.Date); ok {
			cnt := a.periods[p]
			if cnt == nil {
				cnt = &[4]int{}
				a.periods[p] = cnt
			}
			cnt[q]++
		}
	}
	all := make([]*acc, 0, len(pairs))
	for _, a := range pairs {
		all = append(all, a)
	}
	slices.SortFunc(all, func(a, b *acc) int {
		if r := cmp.Compare(b.series.Events, a.series.Events); r != 0 {
			return r
		}
		if r := cmp.Compare(a.series.Source, b.series.Source); r != 0 {
			return r
		}
		return cmp.Compare(a.series.Target, b.series.Target)
	})
	if len(all) > nPairs {
		all = all[:nPairs]
	}
	first, last, timed := periodRange(c, gran)
	for _, a := range all {
		s := a.series
		s.GoldsteinMean = a.goldstein / float64(s.Events)
		// Events may be dated outside the documents' range (a relation's own date): widen.
		lo, hi, ok := first, last, timed
		for p := range a.periods {
			if !ok {
				lo, hi, ok = p, p, true
			}
			lo, hi = min(lo, p), max(hi, p)
		}
		if ok && hi-lo <= 2000 {
			for p := lo; p <= hi; p++ {
				qp := QuadPeriod{Period: gran.Name(p)}
				if cnt := a.periods[p]; cnt != nil {
					qp.Counts = *cnt
				}
				s.Periods = append(s.Periods, qp)
			}
		}
		rd.Pairs = append(rd.Pairs, s)
	}
	return rd
}
