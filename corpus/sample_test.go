package corpus

import (
	"context"
	"strings"
	"testing"
)

// TestSample reads the embedded sample corpus (see SAMPLE.md) and cleans it: every document reads, has a
// title and a date, and the scraped pages (meridian-wire, harbor-post: navigation, teasers, footers) keep
// their article from the headline on and nothing of the boilerplate around it.
func TestSample(t *testing.T) {
	var docs []*Document
	var stats LineStats
	var skipped []string
	r := &Reader{FS: Sample(), OnSkip: func(p, _ string) { skipped = append(skipped, p) }}
	if err := r.Read(context.Background(), []string{"."}, func(d *Document) error {
		docs = append(docs, d)
		stats.Add(d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 35 || len(skipped) != 0 {
		t.Fatalf("got %d documents (want 35), skipped %q", len(docs), skipped)
	}
	boiler := []string{"Skip to content", "Sign in", "Most read", "Related stories", "More from", "More>>",
		"Read more", "©", "Sponsored", "Newsletter", "Privacy Policy", "Share", "Advertisement", "Home"}
	scraped := 0
	for _, d := range docs {
		if d.Err != nil || len(d.Warnings) != 0 {
			t.Errorf("%s: Err %v, Warnings %q", d.ID, d.Err, d.Warnings)
		}
		(&Cleaner{}).Clean(d, &stats)
		checkSpans(t, d)
		if d.Title == "" || len(d.Date) != 10 {
			t.Errorf("%s: Title %q Date %q", d.ID, d.Title, d.Date)
		}
		if d.Source != "meridian-wire" && d.Source != "harbor-post" {
			continue
		}
		scraped++
		kept := keptText(d)
		if !strings.HasPrefix(kept, d.Title+"\n") {
			t.Errorf("%s: kept text does not start with the title %q:\n%s", d.ID, d.Title, kept)
		}
		for _, b := range boiler {
			if strings.Contains(kept, b) {
				t.Errorf("%s: kept text contains boilerplate %q", d.ID, b)
			}
		}
		if len(kept) < len(d.Text)/3 {
			t.Errorf("%s: only %d of %d bytes kept", d.ID, len(kept), len(d.Text))
		}
	}
	if scraped != 14 {
		t.Errorf("%d scraped documents, want 14", scraped)
	}
}
