package reports

import (
	"cmp"
	"iter"
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
	// Map is the figures per country and the places with coordinates, for the world map.
	Map MapData
	// TopicShares are the topics' shares of the documents' topic weight per period (see
	// [TopicSharePeriod]); empty without topics or dates.
	TopicShares []TopicSharePeriod
	// Documents are the rows of documents.csv, in input order: the evidence cites them.
	Documents []DocumentRow
	// Names are the actors' labels by canonical id.
	Names map[string]string
	// Evidence holds the sentences behind actors, links, countries and events; nil for none.
	// The writers only read it.
	Evidence *EvidenceCollector
	// Summary gives the settings, timings and warnings of the run.
	Summary Summary
}

// MapData is what the world map shows.
type MapData struct {
	// Countries are the countries with any figure, by code.
	Countries []CountryFigures
	// Places are the places with coordinates, most mentioned first.
	Places []PlaceCount
}

// CountryFigures are one country's figures.
type CountryFigures struct {
	ISO3, Name string
	// Mentions counts the mentions of the country and of its actors and places; Documents the
	// documents about it (documents.csv's countries).
	Mentions, Documents int
	// Events counts the events whose source or target is the country or one of its actors;
	// Coop those of cooperation (quad classes 1 and 2), Conflict of conflict (3 and 4);
	// Goldstein is the sum of their Goldstein weights.
	Events, Coop, Conflict int
	Goldstein              float64
	// Actors are its most mentioned actors and places other than itself (ids), most first.
	Actors []string
	// Evidence are sentences of its events, else sentences that name it.
	Evidence []Snippet
}

// TopicSharePeriod is the topics' shares in one period: the mean over the period's dated
// documents of each topic's share of the document's positive topic weight (negative LSA
// loadings count as 0), so that the shares of a period are non-negative and sum to 1 when the
// period has documents.
type TopicSharePeriod struct {
	Period string
	Docs   int
	// Shares are by topic, in the order of ReportData.Topics.
	Shares []float64
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
	// Role is the actor's most frequent CAMEO role (sector) code ("GOV"), "" when none.
	Role                string
	Mentions, Documents int
	Aliases             []string
	// Degree is the number of actors it co-occurs with; Strength the sum of those edge weights.
	Degree, Strength int
	// Partners are its strongest co-occurrence partners, heaviest first.
	Partners []Partner
	// Snippets are a few sentences that name it, from different documents, by date.
	Snippets []Snippet
}

// Partner is an actor that co-occurs with another, and how often.
type Partner struct {
	ID, Label string
	Weight    int
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
	// Timeline is the topic's share per period (see [TopicSharePeriod]), periods in order with
	// none left out.
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

// PeriodWeight is the mean share of a topic over the Docs dated documents of one period.
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
	// Evidence are sentences of its events, by date.
	Evidence []Snippet
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
	// DocTopicSeq, when set, yields the doc_topics rows instead of DocTopics, so that a corpus of
	// millions of documents need not hold them all at once.
	DocTopicSeq iter.Seq[DocTopicRow]
	Relations   []RelationRow
	Dyads       []events.DyadRow
	// Evidence holds the sentences behind actors, links, countries and events (see
	// [EvidenceCollector]); nil for none.
	Evidence *EvidenceCollector
	Summary  Summary

	// ActorsPerType is how many actors each group shows (25 when 0); Partners how many partners
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

// BuildReport assembles the report of a run from its rows. It never modifies in; the report shares
// in.Documents and copies the other rows it keeps. It is [BuildReportBase] then
// [ReportData.SetTopics].
func BuildReport(in ReportInput) *ReportData {
	d := BuildReportBase(in)
	d.SetTopics(in)
	return d
}

// BuildReportBase is [BuildReport] without the topics: it reads none of in's topic fields
// (Topics, TopicTerms, DocTopics, DocTopicSeq) and leaves the report's Topics and TopicShares
// empty, for [ReportData.SetTopics] to fill. Of in.Summary it reads the settings and the
// skipped files only; the Summary it keeps may be replaced before the report is written. So the
// rest of the report can be built while the topic model is fitted.
func BuildReportBase(in ReportInput) *ReportData {
	// Documents is shared, not copied (a corpus of a million documents would hold it twice); the
	// report only reads it.
	d := &ReportData{Title: in.Title, Summary: in.Summary, Evidence: in.Evidence,
		Documents: in.Documents, Names: map[string]string{}}
	for _, n := range in.Nodes {
		if n.Label != "" {
			d.Names[n.ID] = n.Label
		}
	}
	for _, e := range in.Entities {
		if e.Label != "" {
			d.Names[e.Entity] = e.Label
		}
	}
	lab := newLabeler(d.Names)
	d.Corpus = corpusOverview(in.Documents, in.Summary)
	d.Granularity = granularity(d.Corpus.FirstDate, d.Corpus.LastDate)
	d.ActorGroups = actorGroups(in)
	d.Network = NetworkData{Nodes: slices.Clone(in.Nodes), Edges: slices.Clone(in.Edges), Seed: in.Summary.Settings.Seed}
	d.Relations = relationsData(in, d.Corpus, d.Granularity, lab)
	d.Map = mapData(in, lab)
	return d
}

// SetTopics sets the report's Topics and TopicShares from the topic fields of in (Topics,
// TopicTerms, DocTopics or DocTopicSeq, TopDocs), labelling actor terms from in.Entities and
// dating the documents from in.Documents: in must be the input the report was built from, with
// its topic fields set.
func (d *ReportData) SetTopics(in ReportInput) {
	d.Topics, d.TopicShares = topicSummaries(in, d.Corpus, d.Granularity)
}

// byDate returns a copy of snippets sorted by date, then document and sentence (undated last).
func byDate(ss []Snippet) []Snippet {
	out := slices.Clone(ss)
	slices.SortStableFunc(out, func(a, b Snippet) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		if r := cmp.Compare(a.Date, b.Date); r != 0 {
			return r
		}
		if r := cmp.Compare(a.DocID, b.DocID); r != 0 {
			return r
		}
		return cmp.Compare(a.Sentence, b.Sentence)
	})
	return out
}

// unionSnippets returns the n snippets of smallest rank among several keys' snippets, one per
// document and sentence: the evidence of a union of keys.
func unionSnippets(lists [][]Snippet, n int) []Snippet {
	var all []Snippet
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortFunc(all, func(a, b Snippet) int { return compareSnippets(&a, &b) })
	type docSent struct {
		doc string
		s   int
	}
	seen := map[docSent]bool{}
	var out []Snippet
	for _, s := range all {
		k := docSent{s.DocID, s.Sentence}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
		if len(out) == n {
			break
		}
	}
	return out
}

// mapData computes every country's figures: mentions of it and its actors, documents about it,
// events it takes part in, and its evidence.
func mapData(in ReportInput, lab *labeler) MapData {
	figs := map[string]*CountryFigures{}
	get := func(iso string) *CountryFigures {
		f := figs[iso]
		if f == nil {
			f = &CountryFigures{ISO3: iso, Name: lab.country(iso)}
			figs[iso] = f
		}
		return f
	}
	actorCountry := map[string]string{}
	type member struct {
		id       string
		mentions int
	}
	members := map[string][]member{}
	for _, e := range in.Entities {
		c := e.Country
		if isCountryCode(e.Entity) && lab.country(e.Entity) != "" && (c == "" || c == e.Entity) {
			c = e.Entity
		}
		if lab.country(c) == "" {
			continue
		}
		actorCountry[e.Entity] = c
		get(c).Mentions += e.Mentions
		if e.Entity != c {
			members[c] = append(members[c], member{e.Entity, e.Mentions})
		}
	}
	for _, r := range in.Documents {
		for _, c := range r.Countries {
			if lab.country(c) != "" {
				get(c).Documents++
			}
		}
	}
	for _, r := range in.Relations {
		cs, ct := lab.countryOf(r.Source, actorCountry), lab.countryOf(r.Target, actorCountry)
		for i, c := range [2]string{cs, ct} {
			if c == "" || (i == 1 && c == cs) {
				continue
			}
			f := get(c)
			f.Events++
			switch r.QuadClass {
			case 1, 2:
				f.Coop++
			case 3, 4:
				f.Conflict++
			}
			f.Goldstein += r.Goldstein
		}
	}
	// The evidence of a country: sentences of its events, then sentences that name it.
	evLists := map[string][][]Snippet{}
	if in.Evidence != nil {
		in.Evidence.Each(EvidenceEvent, func(k EvidenceKey, ss []Snippet) {
			cs, ct := lab.countryOf(k.A, actorCountry), lab.countryOf(k.B, actorCountry)
			if cs != "" {
				evLists[cs] = append(evLists[cs], ss)
			}
			if ct != "" && ct != cs {
				evLists[ct] = append(evLists[ct], ss)
			}
		})
	}
	const perCountry = 3
	var md MapData
	for _, f := range figs {
		ms := members[f.ISO3]
		slices.SortFunc(ms, func(a, b member) int {
			if r := cmp.Compare(b.mentions, a.mentions); r != 0 {
				return r
			}
			return cmp.Compare(a.id, b.id)
		})
		for _, m := range ms[:min(len(ms), 6)] {
			f.Actors = append(f.Actors, m.id)
		}
		ev := unionSnippets(evLists[f.ISO3], perCountry)
		if len(ev) < perCountry {
			// Then sentences that name it, other than those of its events.
			seen := map[string]bool{}
			for _, s := range ev {
				seen[s.DocID+"\x00"+itoa(s.Sentence)] = true
			}
			for _, s := range in.Evidence.Snippets(EvidenceKey{Kind: EvidenceCountry, A: f.ISO3}) {
				if len(ev) < perCountry && !seen[s.DocID+"\x00"+itoa(s.Sentence)] {
					ev = append(ev, s)
				}
			}
		}
		f.Evidence = ev
		md.Countries = append(md.Countries, *f)
	}
	slices.SortFunc(md.Countries, func(a, b CountryFigures) int { return cmp.Compare(a.ISO3, b.ISO3) })
	if in.Evidence != nil {
		md.Places = in.Evidence.Places()
	}
	return md
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
	perType := orDefault(in.ActorsPerType, 25)
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
			Mentions: e.Mentions, Documents: e.Documents, Aliases: slices.Clone(e.Aliases), Role: e.Role,
			Snippets: byDate(in.Evidence.Snippets(EvidenceKey{Kind: EvidenceActor, A: e.Entity})),
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

// docTopicRows yields in.DocTopicSeq, or the rows of in.DocTopics.
func (in *ReportInput) docTopicRows() iter.Seq[DocTopicRow] {
	if in.DocTopicSeq != nil {
		return in.DocTopicSeq
	}
	return slices.Values(in.DocTopics)
}

func topicSummaries(in ReportInput, c CorpusOverview, gran corpus.Period) ([]TopicSummary, []TopicSharePeriod) {
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
	docs := make(map[string]int32, len(in.Documents)) // an index: a copy of every row would double them
	for i, r := range in.Documents {
		docs[r.DocID] = int32(i)
	}
	docOf := func(id string) DocumentRow {
		if i, ok := docs[id]; ok {
			return in.Documents[i]
		}
		return DocumentRow{}
	}
	// better orders the top documents: weight descending, then id ascending.
	better := func(a, b TopicDoc) int {
		if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
			return r
		}
		return cmp.Compare(a.DocID, b.DocID)
	}
	// Every document's positive topic weight, for its shares, by the document's index in
	// in.Documents (slices, not maps keyed by id: a million documents).
	positive := make([]float64, len(in.Documents))
	for r := range in.docTopicRows() {
		get(r.Topic)
		if i, ok := docs[r.DocID]; ok && r.Weight > 0 {
			positive[i] += r.Weight
		}
	}
	slices.Sort(order)
	index := make(map[int]int, len(order))
	for i, id := range order {
		index[id] = i
	}
	first, last, timed := periodRange(c, gran)
	var shares []TopicSharePeriod
	if timed && len(order) > 0 {
		shares = make([]TopicSharePeriod, last-first+1)
		for i := range shares {
			shares[i] = TopicSharePeriod{Period: gran.Name(first + i), Shares: make([]float64, len(order))}
		}
	}
	counted := make([]bool, len(in.Documents))
	for r := range in.docTopicRows() {
		t := get(r.Topic)
		doc := docOf(r.DocID)
		// Only the nDocs best are kept, in order, however many documents there are.
		td := TopicDoc{DocID: r.DocID, Title: doc.Title, Date: doc.Date, Weight: r.Weight}
		if at, _ := slices.BinarySearchFunc(t.TopDocs, td, better); at < nDocs {
			t.TopDocs = slices.Insert(t.TopDocs, at, td)
			if len(t.TopDocs) > nDocs {
				t.TopDocs = t.TopDocs[:nDocs]
			}
		}
		di, known := docs[r.DocID]
		if shares == nil || !known || positive[di] <= 0 {
			continue
		}
		p, ok := gran.Index(doc.Date)
		if !ok || p < first || p > last {
			continue
		}
		sp := &shares[p-first]
		if !counted[di] {
			counted[di] = true
			sp.Docs++
		}
		if r.Weight > 0 {
			sp.Shares[index[r.Topic]] += r.Weight / positive[di]
		}
	}
	for i := range shares {
		if n := shares[i].Docs; n > 0 {
			for j := range shares[i].Shares {
				shares[i].Shares[j] /= float64(n)
			}
		}
	}
	out := make([]TopicSummary, 0, len(order))
	for ti, id := range order {
		t := byID[id]
		t.TopDocs = slices.Clip(t.TopDocs)
		for _, sp := range shares {
			t.Timeline = append(t.Timeline, PeriodWeight{Period: sp.Period, Weight: sp.Shares[ti], Docs: sp.Docs})
		}
		if len(t.Terms) > 0 {
			// The first three terms of positive weight, actors by name: "Iran, IAEA, enrichment".
			var names []string
			for _, tt := range t.Terms {
				if tt.Weight > 0 && len(names) < 3 {
					names = append(names, cmp.Or(tt.Label, tt.Term))
				}
			}
			if len(names) == 0 {
				for _, tt := range t.Terms[:min(3, len(t.Terms))] {
					names = append(names, cmp.Or(tt.Label, tt.Term))
				}
			}
			t.Label = strings.Join(names, ", ")
		}
		out = append(out, *t)
	}
	return out, shares
}

func relationsData(in ReportInput, c CorpusOverview, gran corpus.Period, lab *labeler) RelationsData {
	nPairs := orDefault(in.Pairs, 8)
	rd := RelationsData{Events: len(in.Relations), Dyads: slices.Clone(in.Dyads)}
	events.SortDyadRows(rd.Dyads)
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
				SourceLabel: lab.label(r.Source), TargetLabel: lab.label(r.Target)},
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
	evidence := map[key][][]Snippet{}
	in.Evidence.Each(EvidenceEvent, func(k EvidenceKey, ss []Snippet) {
		evidence[key{k.A, k.B}] = append(evidence[key{k.A, k.B}], ss)
	})
	for _, a := range all {
		s := a.series
		s.Evidence = byDate(unionSnippets(evidence[key{s.Source, s.Target}], 3))
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
