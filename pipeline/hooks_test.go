package pipeline

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/geopol/geopol/corpus"
)

// Run without models loads them with Options.Load (while it scans the corpus) and gives the same
// result; Alongside sees the aggregates before the topic model is fitted, and its error is Run's.
func TestRunLoadAndAlongside(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	base := Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 2, Topics: 3, TopicStabilitySeeds: 1}
	want, err := Run(context.Background(), m, base, nil)
	if err != nil {
		t.Fatal(err)
	}

	o := base
	loads := 0
	o.Load = func() (*Models, error) { loads++; return m, nil }
	var seen *Result
	o.Alongside = func(res *Result) error {
		if res.Entities == nil || res.Cooc == nil || res.Documents == 0 {
			t.Errorf("Alongside: aggregates not set: %+v", res.Counts)
		}
		seen = res
		return nil
	}
	got, err := Run(context.Background(), nil, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	if loads != 1 || seen != got {
		t.Fatalf("Load called %d times, Alongside saw %p, Run returned %p", loads, seen, got)
	}
	if got.Counts != want.Counts || !reflect.DeepEqual(got.DocIDs, want.DocIDs) ||
		!reflect.DeepEqual(got.Entities.Rows(), want.Entities.Rows()) || got.Topics == nil ||
		!reflect.DeepEqual(got.Topics.Topics, want.Topics.Topics) {
		t.Errorf("results differ with Load and Alongside: counts %+v, want %+v", got.Counts, want.Counts)
	}

	boom := errors.New("boom")
	o.Alongside = func(*Result) error { return boom }
	if _, err := Run(context.Background(), nil, o, nil); !errors.Is(err, boom) {
		t.Errorf("Alongside's error: got %v", err)
	}
	o.Alongside = func(*Result) error { panic("bang") }
	if _, err := Run(context.Background(), nil, o, nil); err == nil {
		t.Errorf("a panic in Alongside: no error")
	}
	o.Alongside = nil
	o.Load = func() (*Models, error) { return nil, boom }
	if _, err := Run(context.Background(), nil, o, nil); !errors.Is(err, boom) {
		t.Errorf("Load's error: got %v", err)
	}
	o.Load = nil
	if _, err := Run(context.Background(), nil, o, nil); err == nil {
		t.Errorf("no models and no Load: no error")
	}
}
