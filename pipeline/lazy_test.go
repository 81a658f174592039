package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
)

// TestLazyTaggingChangesNothing checks that the per-document stages give the same mentions and events
// on a lazily tagged document (text.Analyzer.AnalyzeLazy, what processDoc uses) as on a fully
// tagged one, with the default chain and with every reference option, on UN speeches (or the
// embedded sample when ../shared is absent).
func TestLazyTaggingChangesNothing(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	chain, ok := m.Recognizer.(*entities.Chain)
	if !ok {
		t.Fatalf("default recognizer is %T, want *entities.Chain", m.Recognizer)
	}
	texts := lazyTestTexts(t, 120)
	for _, refs := range []bool{false, true} {
		c := *chain
		c.Pronouns, c.Descriptions, c.Agents = refs, refs, refs
		tagged, nEvents := 0, 0
		for _, s := range texts {
			eager := m.Analyzer.Analyze(s, nil)
			lazy := m.Analyzer.AnalyzeLazy(s, nil)
			wantM, gotM := c.Recognize(eager), c.Recognize(lazy)
			if !reflect.DeepEqual(gotM, wantM) {
				t.Fatalf("refs=%v: mentions differ on a lazily tagged document:\n got %v\nwant %v", refs, gotM, wantM)
			}
			wantE, gotE := events.ExtractEvents(eager, wantM), events.ExtractEvents(lazy, gotM)
			if !reflect.DeepEqual(gotE, wantE) {
				t.Fatalf("refs=%v: events differ on a lazily tagged document:\n got %v\nwant %v", refs, gotE, wantE)
			}
			nEvents += len(wantE)
			for _, tk := range lazy.Tokens {
				if tk.Tag != "" {
					tagged++
				}
			}
		}
		t.Logf("refs=%v: %d documents, %d events, %d tokens tagged lazily", refs, len(texts), nEvents, tagged)
		if nEvents == 0 {
			t.Errorf("no events: the comparison checked nothing")
		}
	}
}

func lazyTestTexts(t *testing.T, n int) []string {
	f, err := os.Open(ungdcPath)
	if err != nil {
		t.Logf("UN corpus absent (%v): using the embedded sample", err)
		var docs []string
		r := corpus.Reader{FS: corpus.Sample()}
		err := r.Read(t.Context(), []string{"."}, func(d *corpus.Document) error {
			if d.Err == nil {
				docs = append(docs, d.Text)
			}
			return nil
		})
		if err != nil || len(docs) == 0 {
			t.Fatalf("sample: %v", err)
		}
		return docs
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []string
	for sc.Scan() && len(out) < n {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		out = append(out, rec.Text)
	}
	return out
}
