package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/geopol/geopol/corpus"
)

// expectation is one article of testdata/sample_expected.json: the actors its body names, and the
// actors that appear only in its navigation, teasers of other stories, sponsor lines and footers.
type expectation struct {
	Body        []string `json:"body_actors"`
	Boilerplate []string `json:"boilerplate_actors"`
}

// TestSampleCorpusActorsArticleByArticle runs the whole per-document path on the embedded sample
// corpus and checks, article by article, that every actor of the body is found and resolved (countries
// to ISO3) and that no actor of the boilerplate is.
func TestSampleCorpusActorsArticleByArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/sample_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Documents map[string]expectation `json:"documents"`
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	_, err = Run(context.Background(), m, Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 2},
		func(r *DocResult) error {
			id := r.Doc.ID
			e, ok := exp.Documents[id]
			if !ok {
				t.Errorf("document %q is not in sample_expected.json", id)
				return nil
			}
			seen[id] = true
			if r.Err != nil {
				t.Errorf("%s: %v", id, r.Err)
				return nil
			}
			found := map[string]bool{}
			for _, mm := range r.Mentions {
				found[mm.Entity] = true
				if r.Doc.Text[mm.Start:mm.End] != mm.Text {
					t.Errorf("%s: mention %+v does not match the text", id, mm)
				}
			}
			var missing, leaked []string
			for _, a := range e.Body {
				if !found[a] {
					missing = append(missing, a)
				}
			}
			for _, a := range e.Boilerplate {
				if found[a] {
					leaked = append(leaked, a)
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s: body actors not found: %q", id, missing)
			}
			if len(leaked) > 0 {
				t.Errorf("%s: boilerplate actors found: %q", id, leaked)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	var unseen []string
	for id := range exp.Documents {
		if !seen[id] {
			unseen = append(unseen, id)
		}
	}
	sort.Strings(unseen)
	if len(unseen) > 0 {
		t.Errorf("documents of sample_expected.json not read: %q", unseen)
	}
	if len(exp.Documents) < 30 {
		t.Errorf("sample corpus has %d documents, want 30 or more", len(exp.Documents))
	}
}
