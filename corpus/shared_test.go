package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// sharedData returns the path of a file under ../shared/data (relative to the repository root), or skips
// the test when the shared folder is absent.
func sharedData(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available (%v): this test needs ../shared/data/%s", err, rel)
	}
	return p
}

// TestSharedCorpora reads clean corpora (UN speeches, Wikinews and re3d documents, none of them scraped
// with navigation) and checks that every document reads without error, that the spans property holds,
// and that the cleaner drops no text line from them: measured 2026-11-26, all three lose only blank
// lines at the start or end of a document.
func TestSharedCorpora(t *testing.T) {
	for _, rel := range []string{"corpora/ungdc_demo_20countries.jsonl", "gold/gum_news.jsonl", "gold/re3d_dev.jsonl"} {
		t.Run(filepath.Base(rel), func(t *testing.T) {
			p := sharedData(t, rel)
			var docs []*Document
			var stats LineStats
			err := (&Reader{}).Read(context.Background(), []string{p}, func(d *Document) error {
				if d.Err != nil {
					t.Errorf("%s: %v", d.ID, d.Err)
				}
				if !utf8.ValidString(d.Text) {
					t.Errorf("%s: invalid UTF-8", d.ID)
				}
				stats.Add(d)
				docs = append(docs, d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) == 0 {
				t.Fatal("no documents")
			}
			c := &Cleaner{}
			for _, d := range docs {
				for _, l := range c.Dropped(d, &stats) {
					if l.Rule != RuleBlank {
						t.Errorf("%s: dropped %q (%s)", d.ID, d.Text[l.Span.Start:l.Span.End], l.Rule)
					}
				}
				c.Clean(d, &stats)
				checkSpans(t, d)
			}
		})
	}
}
