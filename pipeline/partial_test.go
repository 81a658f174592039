package pipeline

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/topics"
)

// TestPartialShardsEqualRun checks what a distributed run relies on: per-document partial
// aggregates, encoded and decoded (the shuffle), merged in a shuffled order and grouping, then
// finished, give the same result as Run.
func TestPartialShardsEqualRun(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 2, Topics: 5, TopicStabilitySeeds: 1, Seed: 3}
	var results []*DocResult
	want, err := Run(context.Background(), m, o, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The same documents, processed one by one with ProcessDocument.
	stats := &corpus.LineStats{}
	var docs []*corpus.Document
	r := corpus.Reader{FS: o.FS}
	if err := r.Read(context.Background(), o.Paths, func(d *corpus.Document) error {
		docs = append(docs, d)
		stats.Add(d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		results = append(results, ProcessDocument(m, stats, o, d))
	}
	parts := make([]*Partial, len(results))
	for i, dr := range results {
		p := NewPartial(o)
		p.Add(int64(i), dr)
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		parts[i] = &Partial{}
		if err := parts[i].UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	// Two shards, each encoded again, merged into a fresh aggregate.
	half := len(parts) / 2
	total := NewPartial(o)
	for _, shard := range [][]*Partial{parts[half:], parts[:half]} {
		acc := NewPartial(o)
		for _, p := range shard {
			if err := acc.Merge(p); err != nil {
				t.Fatal(err)
			}
		}
		b, err := acc.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		dec := &Partial{}
		if err := dec.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if err := total.Merge(dec); err != nil {
			t.Fatal(err)
		}
	}
	got := &Result{}
	if err := Finish(context.Background(), total, o, got); err != nil {
		t.Fatal(err)
	}
	if got.Documents != want.Documents || got.Tokens != want.Tokens || got.Mentions != want.Mentions || got.Events != want.Events {
		t.Errorf("counts: got %d docs %d tokens %d mentions %d events, want %d %d %d %d", got.Documents, got.Tokens,
			got.Mentions, got.Events, want.Documents, want.Tokens, want.Mentions, want.Events)
	}
	if !reflect.DeepEqual(got.DocIDs, want.DocIDs) {
		t.Errorf("DocIDs differ")
	}
	if !reflect.DeepEqual(got.Entities.Rows(), want.Entities.Rows()) {
		t.Errorf("entity tables differ")
	}
	if !reflect.DeepEqual(got.Cooc.Edges(1), want.Cooc.Edges(1)) || !reflect.DeepEqual(got.Cooc.Nodes(), want.Cooc.Nodes()) {
		t.Errorf("co-occurrences differ")
	}
	if !reflect.DeepEqual(got.Dyads.Rows(), want.Dyads.Rows()) {
		t.Errorf("dyads differ")
	}
	if got.Topics == nil || want.Topics == nil {
		t.Fatalf("topics: got %v (%v), want %v (%v)", got.Topics != nil, got.TopicsErr, want.Topics != nil, want.TopicsErr)
	}
	if !reflect.DeepEqual(got.Topics.Topics, want.Topics.Topics) || !reflect.DeepEqual(got.Topics.DocTopics, want.Topics.DocTopics) {
		t.Errorf("topic models differ:\n got %v\nwant %v", topicLabels(got.Topics), topicLabels(want.Topics))
	}
	if !reflect.DeepEqual(got.TopicTime, want.TopicTime) || !reflect.DeepEqual(got.ActorTopics, want.ActorTopics) {
		t.Errorf("topics over time or actor profiles differ")
	}
}

func topicLabels(m *topics.Model) []string {
	var s []string
	for _, t := range m.Topics {
		s = append(s, t.Label)
	}
	return s
}
