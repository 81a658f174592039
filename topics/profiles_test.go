package topics

import (
	"context"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/geopol/geopol/corpus"
)

func TestOverTime(t *testing.T) {
	m := &Model{
		DocIDs: []string{"a", "b", "c", "d", "e", "f"},
		Topics: []Topic{{ID: 0}, {ID: 1}},
		DocTopics: [][]float64{
			{0.5, -0.1},
			{0.25, 0.3},
			{1, 0},
			{0.2, 0.2},
			{9, 9}, // undated
			{0.4, 0.6},
		},
	}
	dates := []string{"2021-03-01", "2021-03-15", "2020-12-31T23:00:00Z", "2021-07-04", "", "2020-12-05"}
	years := m.OverTime(dates, corpus.Year)
	want := []Series{
		{0, []PeriodWeight{{"2020", (1 + 0.4) / 2, 2}, {"2021", (0.5 + 0.25 + 0.2) / 3, 3}}},
		{1, []PeriodWeight{{"2020", (0 + 0.6) / 2, 2}, {"2021", (-0.1 + 0.3 + 0.2) / 3, 3}}},
	}
	if !seriesClose(years, want) {
		t.Errorf("year: %+v, want %+v", years, want)
	}
	months := m.OverTime(dates, corpus.Month)
	want = []Series{
		{0, []PeriodWeight{{"2020-12", 0.7, 2}, {"2021-03", 0.375, 2}, {"2021-07", 0.2, 1}}},
		{1, []PeriodWeight{{"2020-12", 0.3, 2}, {"2021-03", 0.1, 2}, {"2021-07", 0.2, 1}}},
	}
	if !seriesClose(months, want) {
		t.Errorf("month: %+v, want %+v", months, want)
	}
	quarters := m.OverTime(dates, corpus.Quarter)
	want = []Series{
		{0, []PeriodWeight{{"2020-Q4", 0.7, 2}, {"2021-Q1", 0.375, 2}, {"2021-Q3", 0.2, 1}}},
		{1, []PeriodWeight{{"2020-Q4", 0.3, 2}, {"2021-Q1", 0.1, 2}, {"2021-Q3", 0.2, 1}}},
	}
	if !seriesClose(quarters, want) {
		t.Errorf("quarter: %+v, want %+v", quarters, want)
	}
	if m.OverTime(dates, corpus.AllTime) != nil || m.OverTime(dates[:3], corpus.Year) != nil {
		t.Error("no period or bad dates length: want nil")
	}
	if got := m.OverTime(make([]string, 6), corpus.Year); len(got) != 2 || len(got[0].Points) != 0 {
		t.Errorf("no dates: %+v, want two empty series", got)
	}
}

func seriesClose(a, b []Series) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Topic != b[i].Topic || len(a[i].Points) != len(b[i].Points) {
			return false
		}
		for j, p := range a[i].Points {
			q := b[i].Points[j]
			if p.Period != q.Period || p.Documents != q.Documents || math.Abs(p.Weight-q.Weight) > 1e-15 {
				return false
			}
		}
	}
	return true
}

func TestActorProfiles(t *testing.T) {
	b := NewBuilder()
	docs := []struct {
		toks   []string
		actors []string
	}{
		{[]string{"nuclear", "uranium", "enrichment"}, []string{"IRN", "IRN", "UN"}},
		{[]string{"nuclear", "uranium", "reactor"}, []string{"IRN", "UN"}},
		{[]string{"trade", "tariffs", "exports"}, []string{"CHN", "UN"}},
		{[]string{"trade", "tariffs", "markets"}, []string{"CHN", "CHN", "CHN", "UN", "IRN"}},
		{[]string{"climate", "warming"}, []string{"UN"}},
	}
	for i, d := range docs {
		b.Add(string(rune('a'+i)), d.toks, d.actors)
	}
	opts := Options{K: 2, Seed: 1}
	m, err := b.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Actors, []string{"CHN", "IRN", "UN"}) {
		t.Fatalf("actors %q", m.Actors)
	}
	if slices.Contains(m.Terms, ActorPrefix+"UN") {
		t.Fatal("actor:UN is in every document and should be filtered from the vocabulary")
	}
	model, err := FitMatrix(context.Background(), m, opts)
	if err != nil {
		t.Fatal(err)
	}
	w := model.DocTopics
	prof := model.ActorProfiles(m, 1)
	want := []ActorProfile{
		{"CHN", 2, 4, []float64{(w[2][0] + 3*w[3][0]) / 4, (w[2][1] + 3*w[3][1]) / 4}},
		{"IRN", 3, 4, []float64{(2*w[0][0] + w[1][0] + w[3][0]) / 4, (2*w[0][1] + w[1][1] + w[3][1]) / 4}},
		{"UN", 5, 5, []float64{(w[0][0] + w[1][0] + w[2][0] + w[3][0] + w[4][0]) / 5, (w[0][1] + w[1][1] + w[2][1] + w[3][1] + w[4][1]) / 5}},
	}
	if len(prof) != len(want) {
		t.Fatalf("profiles %+v", prof)
	}
	for i := range want {
		p, q := prof[i], want[i]
		if p.Entity != q.Entity || p.Documents != q.Documents || p.Mentions != q.Mentions {
			t.Errorf("profile %d: %+v, want %+v", i, p, q)
		}
		for k := range q.Weights {
			if math.Abs(p.Weights[k]-q.Weights[k]) > 1e-15 {
				t.Errorf("%s topic %d: %.17g, want %.17g", p.Entity, k, p.Weights[k], q.Weights[k])
			}
		}
	}
	if got := model.ActorProfiles(m, 3); len(got) != 2 || got[0].Entity != "IRN" || got[1].Entity != "UN" {
		t.Errorf("minDocs 3: %+v", got)
	}
	if model.ActorProfiles(nil, 1) != nil {
		t.Error("nil matrix: want nil")
	}
}

// TestActorOncePerDocument checks the weighting of repeated terms: an
// actor term counts once per document by default, a word 1 + ln c.
func TestActorOncePerDocument(t *testing.T) {
	b := NewBuilder()
	b.Add("a", []string{"nuclear", "nuclear", "nuclear", "talks"}, []string{"IRN", "IRN", "IRN"})
	b.Add("b", []string{"trade"}, []string{"CHN"})
	val := func(o Options, term string) float64 {
		m, err := b.Matrix(o)
		if err != nil {
			t.Fatal(err)
		}
		j, ok := slices.BinarySearch(m.Terms, term)
		if !ok {
			t.Fatalf("no term %s", term)
		}
		for k := m.Indptr[0]; k < m.Indptr[1]; k++ {
			if int(m.Ind[k]) == j {
				return m.Val[k]
			}
		}
		t.Fatalf("term %s not in doc a", term)
		return 0
	}
	for _, tc := range []struct {
		name               string
		opts               Options
		actorTF, nuclearTF float64
	}{
		{"default", Options{MinDF: 1, MaxDFRatio: 1}, 1, 1 + math.Log(3)},
		{"linear", Options{MinDF: 1, MaxDFRatio: 1, LinearTF: true}, 1, 3},
		{"mentions", Options{MinDF: 1, MaxDFRatio: 1, ActorMentions: true}, 1 + math.Log(3), 1 + math.Log(3)},
		{"linear mentions", Options{MinDF: 1, MaxDFRatio: 1, LinearTF: true, ActorMentions: true}, 3, 3},
	} {
		// All three terms of doc a have the same idf, so the ratios of
		// their weights are the ratios of their tf.
		talks := val(tc.opts, "talks")
		if r := val(tc.opts, ActorPrefix+"IRN") / talks; math.Abs(r-tc.actorTF) > 1e-12 {
			t.Errorf("%s: actor tf %.6f, want %.6f", tc.name, r, tc.actorTF)
		}
		if r := val(tc.opts, "nuclear") / talks; math.Abs(r-tc.nuclearTF) > 1e-12 {
			t.Errorf("%s: word tf %.6f, want %.6f", tc.name, r, tc.nuclearTF)
		}
	}
	m, _ := b.Matrix(Options{MinDF: 1, MaxDFRatio: 1})
	if !reflect.DeepEqual(m.ActorCounts, []int32{3, 1}) || !slices.Equal(m.ActorIndptr, []int{0, 1, 2}) {
		t.Errorf("actor incidence %v %v", m.ActorIndptr, m.ActorCounts)
	}
}

func TestTopActorsPlanted(t *testing.T) {
	model := fitPlanted(t, 11, Options{K: 3, Seed: 5})
	for i, blk := range plantedBlocks() {
		got := model.TopActors(i, 5)
		if len(got) != 1 || got[0].Term != blk.actor || got[0].Weight < 0.1 {
			t.Errorf("topic %d actors %+v, want only %s", i, got, blk.actor)
		}
		if !reflect.DeepEqual(model.Topics[i].Actors, got) {
			t.Errorf("topic %d: Topic.Actors %+v, TopActors %+v", i, model.Topics[i].Actors, got)
		}
	}
	if model.TopActors(3, 5) != nil || model.TopActors(-1, 5) != nil {
		t.Error("out of range: want nil")
	}
}

func TestAutoPeriod(t *testing.T) {
	for _, tc := range []struct {
		dates []string
		want  corpus.Period
	}{
		{nil, corpus.Year},
		{[]string{"", "bad"}, corpus.Year},
		{[]string{"2023-03-01", "", "2024-01-01"}, corpus.Month},
		{[]string{"2024-12-31"}, corpus.Month},
		{[]string{"2010-09-23", "2024-09-24"}, corpus.Year},
		{[]string{"2022-01-01", "2024-01-01"}, corpus.Year},
	} {
		if got := AutoPeriod(tc.dates); got != tc.want {
			t.Errorf("AutoPeriod(%q) = %v, want %v", tc.dates, got, tc.want)
		}
	}
}
