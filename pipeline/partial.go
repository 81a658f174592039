package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"encoding/gob"
	"fmt"
	"slices"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/topics"
)

// ProcessDocument runs the per-document stages on d: boilerplate cleaning against stats (nil keeps
// every line), analysis, recognition, co-occurrence counting, event coding and the topic terms.
// It is a pure function of its arguments and the read-only models, safe for concurrent use; Run
// calls it on its worker pool and a distributed runner calls it on its workers. The result's
// aggregate parts are reached by adding it to a Partial.
func ProcessDocument(m *Models, stats *corpus.LineStats, o Options, d *corpus.Document) *DocResult {
	var cl corpus.Cleaner
	return processDoc(m, &cl, stats, o, d)
}

// Partial is the corpus-wide aggregate of a set of documents: the counts, the entity table, the
// co-occurrences, the dyads and the topic model's builder. Partials of disjoint sets of documents
// combine with Merge in any grouping and order; every document carries its input ordinal, so
// that Finish restores input order where it matters (the rows of the topic matrix, DocIDs). The
// single-machine Run adds every document to one Partial; a distributed runner builds one per
// shard and merges them.
type Partial struct {
	Counts
	Entities *entities.EntityTable
	Cooc     *network.Cooc
	Dyads    *events.Dyads
	// Topics holds the topic terms of the documents (nil when no topic model was asked for);
	// TopicOrd and TopicDates are the ordinal and date of each of its documents, in its order.
	Topics     *topics.Builder
	TopicOrd   []int64
	TopicDates []string
	// DocOrd and DocIDs are the ordinal and id of every document processed without error.
	DocOrd []int64
	DocIDs []string
}

// NewPartial returns an empty aggregate for a run with options o.
func NewPartial(o Options) *Partial {
	p := &Partial{Entities: entities.NewEntityTable(), Cooc: &network.Cooc{},
		Dyads: &events.Dyads{Period: o.DyadPeriod, Ontology: o.Ontology, KeepNegated: o.KeepNegated}}
	if wantTopics(o) {
		p.Topics = topics.NewBuilder()
	}
	return p
}

func wantTopics(o Options) bool { return o.Topics > 0 || len(o.TopicKs) > 0 }

// Add adds the result of one document, ord being its position in the input (0 for the first
// document read). It takes the aggregate parts out of r, which keeps the per-document fields. It
// returns the error of the co-occurrence merge (network.ErrTooManyActors past network.MaxActors
// actors), p's network then lacking r's document.
func (p *Partial) Add(ord int64, r *DocResult) error {
	d := r.Doc
	var err error
	p.Documents++
	if r.Err != nil {
		p.Failed++
	} else {
		p.Bytes += int64(len(d.Text))
		p.Tokens += r.Tokens
		p.Sentences += r.Sentences
		p.Mentions += len(r.Mentions)
		p.DocOrd = append(p.DocOrd, ord)
		p.DocIDs = append(p.DocIDs, d.ID)
		p.Entities.Add(r.Mentions)
		err = p.Cooc.Merge(r.cooc)
		p.Dyads.AddDoc(d.ID, d.Date, d.Source, r.Events)
		p.Events += len(r.Events)
		if p.Topics != nil {
			p.Topics.Add(d.ID, r.terms, r.actor)
			releaseTerms(r.terms) // Add keeps none of them (it interns copies)
			p.TopicOrd = append(p.TopicOrd, ord)
			p.TopicDates = append(p.TopicDates, d.Date)
		}
	}
	r.cooc, r.terms, r.actor = nil, nil, nil
	return err
}

// Merge adds the aggregate of o, a disjoint set of documents, to p. o is not modified.
func (p *Partial) Merge(o *Partial) error {
	if o == nil {
		return nil
	}
	if o == p {
		return fmt.Errorf("pipeline: merge a partial aggregate with itself")
	}
	if err := p.Cooc.Merge(o.Cooc); err != nil {
		return err // first, so that p is unchanged (network.ErrTooManyActors)
	}
	p.Counts.add(o.Counts)
	p.Entities.Merge(o.Entities)
	p.Dyads.Merge(o.Dyads)
	p.DocOrd = append(p.DocOrd, o.DocOrd...)
	p.DocIDs = append(p.DocIDs, o.DocIDs...)
	if o.Topics != nil {
		if p.Topics == nil {
			p.Topics = topics.NewBuilder()
		}
		if err := p.Topics.Merge(o.Topics); err != nil {
			return err
		}
		p.TopicOrd = append(p.TopicOrd, o.TopicOrd...)
		p.TopicDates = append(p.TopicDates, o.TopicDates...)
	}
	return nil
}

// partialWire is the encoded form of a Partial.
type partialWire struct {
	Counts
	Entities, Cooc, Dyads, TopicsData []byte
	HasTopics                         bool
	TopicOrd                          []int64
	TopicDates                        []string
	DocOrd                            []int64
	DocIDs                            []string
}

// MarshalBinary encodes the aggregate (gob), for the shuffle of a distributed run.
func (p *Partial) MarshalBinary() ([]byte, error) {
	w := partialWire{Counts: p.Counts, TopicOrd: p.TopicOrd, TopicDates: p.TopicDates, DocOrd: p.DocOrd, DocIDs: p.DocIDs}
	var err error
	if w.Entities, err = p.Entities.MarshalBinary(); err != nil {
		return nil, err
	}
	if w.Cooc, err = p.Cooc.MarshalBinary(); err != nil {
		return nil, err
	}
	if w.Dyads, err = p.Dyads.MarshalBinary(); err != nil {
		return nil, err
	}
	if p.Topics != nil {
		w.HasTopics = true
		if w.TopicsData, err = p.Topics.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("pipeline: encode partial aggregate: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces p with the aggregate encoded by MarshalBinary.
func (p *Partial) UnmarshalBinary(b []byte) error {
	var w partialWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("pipeline: decode partial aggregate: %w", err)
	}
	*p = Partial{Counts: w.Counts, TopicOrd: w.TopicOrd, TopicDates: w.TopicDates, DocOrd: w.DocOrd, DocIDs: w.DocIDs,
		Entities: &entities.EntityTable{}, Cooc: &network.Cooc{}, Dyads: &events.Dyads{}}
	if err := p.Entities.UnmarshalBinary(w.Entities); err != nil {
		return err
	}
	if err := p.Cooc.UnmarshalBinary(w.Cooc); err != nil {
		return err
	}
	if err := p.Dyads.UnmarshalBinary(w.Dyads); err != nil {
		return err
	}
	if w.HasTopics {
		p.Topics = &topics.Builder{}
		if err := p.Topics.UnmarshalBinary(w.TopicsData); err != nil {
			return err
		}
	}
	return nil
}

// Finish fills res from the merged aggregate p of the whole corpus: the counts, the entity table,
// co-occurrences and dyads, and the topic model (fitted here, on one machine, when o asks for one;
// its failure is recorded in res.TopicsErr, not returned). p's documents are put back in input
// order first. p must not be used afterwards.
func Finish(ctx context.Context, p *Partial, o Options, res *Result) error {
	if res.Timings == nil {
		res.Timings = map[string]time.Duration{}
	}
	res.Counts.add(p.Counts)
	res.Entities, res.Cooc, res.Dyads = p.Entities, p.Cooc, p.Dyads
	res.DocIDs = inOrder(p.DocOrd, p.DocIDs)
	alongside := make(chan error, 1)
	if o.Alongside != nil {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					alongside <- fmt.Errorf("pipeline: %v", r)
				}
			}()
			alongside <- o.Alongside(res)
		}()
	} else {
		alongside <- nil
	}
	if err := fitFinish(ctx, p, o, res); err != nil {
		<-alongside
		return err
	}
	return <-alongside
}

// fitFinish fits the topic model of p, if it has one, into res.
func fitFinish(ctx context.Context, p *Partial, o Options, res *Result) error {
	if p.Topics == nil {
		return nil
	}
	t0 := time.Now()
	dates := p.TopicDates
	if !slices.IsSorted(p.TopicOrd) {
		// Documents added out of input order (the shards of a distributed run): restore it. A
		// single-machine run adds them in order, and is spared the copies.
		perm := orderOf(p.TopicOrd)
		if err := p.Topics.Reorder(perm); err != nil {
			return err
		}
		dates = make([]string, len(p.TopicDates))
		for i, at := range perm {
			dates[at] = p.TopicDates[i]
		}
	}
	b := p.Topics
	p.Topics = nil
	if err := fitTopics(ctx, b, dates, o, res); err != nil {
		res.TopicsErr = err
		res.Topics = nil
	}
	res.Timings["topics"] = time.Since(t0)
	return nil
}

// orderOf returns, for every element of ords, its position once ords is sorted.
func orderOf(ords []int64) []int {
	idx := make([]int, len(ords))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(ords[a], ords[b]) })
	perm := make([]int, len(ords))
	for at, i := range idx {
		perm[i] = at
	}
	return perm
}

// inOrder returns vals sorted by their ordinals: vals itself when they are.
func inOrder(ords []int64, vals []string) []string {
	if slices.IsSorted(ords) {
		return vals
	}
	out := make([]string, len(vals))
	for i, at := range orderOf(ords) {
		out[at] = vals[i]
	}
	return out
}
