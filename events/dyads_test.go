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
		{Source: "USA", Target: "IRN", EventRoot: "16", QuadClass: 4, Events: 3, Documents: 3, GoldsteinSum: -24, GoldsteinMean: -8, FirstDate: "2024-01-15", LastDate: "2024-03-01", DistinctEvents: 3, Sources: 3},
		{Source: "IRN", Target: "USA", EventRoot: "11", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -2, GoldsteinMean: -2, FirstDate: "2024-03-01", LastDate: "2024-03-01", DistinctEvents: 1, Sources: 1},
		{Source: "USA", Target: "IRN", EventRoot: "13", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -5.8, GoldsteinMean: -5.8, FirstDate: "2024-03-01", LastDate: "2024-03-01", DistinctEvents: 1, Sources: 1},
		{Source: "USA", Target: "IRN", EventRoot: "19", QuadClass: 4, Events: 1, Documents: 1, GoldsteinSum: -10, GoldsteinMean: -10, FirstDate: "2024-01-15", LastDate: "2024-01-15", DistinctEvents: 1, Sources: 1},
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

// Wire copies of one event count once among the distinct events, once per source, and negated
// events stay out unless asked for.
func TestDyadsDistinctEventsAndSources(t *testing.T) {
	var ds Dyads
	neg := ev("TUR", "GRC", "057")
	neg.Modality = Negated
	ds.AddDoc("reuters-1", "2024-05-02", "Reuters", []Event{ev("RUS", "UKR", "195"), neg})
	ds.AddDoc("ap-7", "2024-05-02", "AP", []Event{ev("RUS", "UKR", "195")})           // the same event
	ds.AddDoc("reuters-2", "2024-05-02", "Reuters", []Event{ev("RUS", "UKR", "195")}) // a follow-up
	ds.AddDoc("ap-8", "2024-05-03", "AP", []Event{ev("RUS", "UKR", "195")})           // next day: another event
	rows := ds.Rows()
	if len(rows) != 1 {
		t.Fatalf("rows = %+v, want one (the negated event left out)", rows)
	}
	if r := rows[0]; r.Events != 4 || r.DistinctEvents != 2 || r.Documents != 4 || r.Sources != 2 {
		t.Errorf("events %d, distinct %d, documents %d, sources %d; want 4, 2, 4, 2", r.Events, r.DistinctEvents, r.Documents, r.Sources)
	}
	keep := Dyads{KeepNegated: true}
	keep.AddDoc("reuters-1", "2024-05-02", "Reuters", []Event{neg})
	if len(keep.Rows()) != 1 {
		t.Error("KeepNegated: the negated event is not counted")
	}
}

func TestDyadsPLOVER(t *testing.T) {
	ds := Dyads{Ontology: PLOVERTypes}
	e1, e2, e3 := ev("ISR", "PSE", "195"), ev("ISR", "PSE", "190"), ev("ISR", "PSE", "010")
	for _, e := range []*Event{&e1, &e2, &e3} {
		if p, ok := PLOVEROf(e.Code); ok {
			e.PloverEvent = p.Event
		}
	}
	ds.AddDoc("d", "2024-01-01", "", []Event{e1, e2, e3})
	rows := ds.Rows()
	if len(rows) != 1 || rows[0].PloverEvent != "ASSAULT" || rows[0].EventRoot != "" || rows[0].Events != 2 {
		t.Errorf("rows = %+v, want one ASSAULT row of 2 events (the statement has no PLOVER type)", rows)
	}
	var back Dyads
	b, err := ds.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Rows(), rows) || back.Ontology != PLOVERTypes {
		t.Errorf("codec round trip: %+v, want %+v", back.Rows(), rows)
	}
}

func TestEventID(t *testing.T) {
	a := EventID("2024-05-02", "RUS", "UKR", "195")
	if a != EventID("2024-05-02", "RUS", "UKR", "195") || len(a) != 18 || a[:2] != "ev" {
		t.Errorf("EventID = %q: want a stable ev + 16 hex digits", a)
	}
	for _, b := range []string{EventID("2024-05-03", "RUS", "UKR", "195"), EventID("2024-05-02", "UKR", "RUS", "195"),
		EventID("2024-05-02", "RUS", "UKR", "194"), EventID("2024-05-02", "RUSU", "KR", "195")} {
		if a == b {
			t.Errorf("EventID collides for different fields: %q", a)
		}
	}
}
