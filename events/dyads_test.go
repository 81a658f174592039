package events

import (
	"reflect"
	"testing"

	"github.com/geopol/geopol/corpus"
)

func ev(src, tgt, code string) Event {
	cb, _ := Codebook()
	c, _ := cb.Lookup(code)
	return Event{Source: src, Target: tgt, Code: c.Code, Root: c.Root, QuadClass: c.QuadClass, Goldstein: c.Goldstein}
}

func TestDyads(t *testing.T) {
	var ds Dyads
	ds.Add("d1", "2024-03-01", []Event{ev("USA", "IRN", "163"), ev("USA", "IRN", "1312"), ev("IRN", "USA", "111")})
	ds.Add("d2", "2024-01-15", []Event{ev("USA", "IRN", "163"), ev("USA", "IRN", "190")})
	ds.Add("d3", "", []Event{ev("USA", "IRN", "163")})
	want := []DyadRow{
		{Source: "USA", Target: "IRN", EventRoot: "16", QuadClass: 4, Events: 3, Documents: 3, GoldsteinSum: -24, GoldsteinMean: -8, FirstDate: "2024-01-15", LastDate: "2024-03-01"},
		{Source: "IRN", Target: "USA", EventRoot: "11", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -2, GoldsteinMean: -2, FirstDate: "2024-03-01", LastDate: "2024-03-01"},
		{Source: "USA", Target: "IRN", EventRoot: "13", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -5.8, GoldsteinMean: -5.8, FirstDate: "2024-03-01", LastDate: "2024-03-01"},
		{Source: "USA", Target: "IRN", EventRoot: "19", QuadClass: 4, Events: 1, Documents: 1, GoldsteinSum: -10, GoldsteinMean: -10, FirstDate: "2024-01-15", LastDate: "2024-01-15"},
	}
	if got := ds.Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("Rows:\n got  %+v\n want %+v", got, want)
	}
}

// Merging per-document aggregates in any order gives the same rows as adding everything to one.
func TestDyadsMerge(t *testing.T) {
	docs := []struct {
		id, date string
		evs      []Event
	}{
		{"a", "2023-12-31", []Event{ev("RUS", "UKR", "194"), ev("RUS", "UKR", "195")}},
		{"b", "2024-01-01", []Event{ev("RUS", "UKR", "194"), ev("UKR", "RUS", "0874")}},
		{"c", "2024-02-10", []Event{ev("RUS", "UKR", "0871"), ev("UKR", "RUS", "0871")}},
		{"a", "2023-12-31", []Event{ev("RUS", "UKR", "190")}}, // same document again
	}
	for _, period := range []corpus.Period{corpus.AllTime, corpus.Day, corpus.Month, corpus.Quarter, corpus.Year} {
		one := Dyads{Period: period}
		for _, d := range docs {
			one.Add(d.id, d.date, d.evs)
		}
		fwd, rev := Dyads{Period: period}, Dyads{Period: period}
		for i := range docs {
			p := Dyads{Period: period}
			p.Add(docs[i].id, docs[i].date, docs[i].evs)
			fwd.Merge(&p)
			q := Dyads{Period: period}
			q.Add(docs[len(docs)-1-i].id, docs[len(docs)-1-i].date, docs[len(docs)-1-i].evs)
			rev.Merge(&q)
		}
		if !reflect.DeepEqual(one.Rows(), fwd.Rows()) || !reflect.DeepEqual(fwd.Rows(), rev.Rows()) {
			t.Errorf("period %d: merge differs:\n one %+v\n fwd %+v\n rev %+v", period, one.Rows(), fwd.Rows(), rev.Rows())
		}
	}
	var m Dyads
	m.Add("a", "2024-01-01", []Event{ev("RUS", "UKR", "194")})
	m.Merge(nil)
	m.Merge(&Dyads{})
	if m.Len() != 1 {
		t.Errorf("Len = %d, want 1", m.Len())
	}
}

func TestDyadsPeriod(t *testing.T) {
	tests := []struct {
		p    corpus.Period
		want []string
	}{
		{corpus.AllTime, []string{""}},
		{corpus.Year, []string{"2024", "2023"}},                   // 3 events in 2024 sort before the 1 of 2023
		{corpus.Month, []string{"2024-01", "2023-12", "2024-02"}}, // then by bucket
		{corpus.Quarter, []string{"2024-Q1", "2023-Q4"}},
		{corpus.Day, []string{"", "2023-12-31", "2024-01-01", "2024-01-02", "2024-02-10"}},
	}
	for _, tt := range tests {
		ds := Dyads{Period: tt.p}
		for _, date := range []string{"2023-12-31", "2024-01-01", "2024-01-02", "2024-02-10"} {
			ds.Add(date, date, []Event{ev("RUS", "UKR", "194")})
		}
		if tt.p == corpus.Day {
			ds.Add("x", "", []Event{ev("RUS", "UKR", "194")})
		}
		var got []string
		for _, r := range ds.Rows() {
			got = append(got, r.Period)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("period %d: buckets %v, want %v", tt.p, got, tt.want)
		}
	}
}
