package output

import (
	"bytes"
	"context"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
)

// TestDigestKeepsWhatCollectorKeeps checks that a collector fed its own Digest of each
// document (as Analyze does) keeps exactly what it keeps when fed DigestDocument's, on the
// sample corpus, with one, two and three sentences per key, and that Digest does leave items out.
func TestDigestKeepsWhatCollectorKeeps(t *testing.T) {
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	o := pipeline.Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 2, Seed: 1}
	var rs []*pipeline.DocResult
	if _, err := pipeline.Run(context.Background(), m, o, func(r *pipeline.DocResult) error {
		rs = append(rs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, per := range []int{1, 2, 3} {
		all, kept := reports.EvidenceCollector{PerKey: per}, reports.EvidenceCollector{PerKey: per}
		var nAll, nKept int
		for _, r := range rs {
			d := reports.DigestDocument(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
			k := kept.Digest(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
			nAll, nKept = nAll+len(d.Items), nKept+len(k.Items)
			all.Add(d)
			kept.Add(k)
		}
		a, err := all.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		b, err := kept.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("PerKey %d: the collector fed Digest keeps other evidence than the one fed DigestDocument", per)
		}
		if all.Keys() == 0 || nKept >= nAll {
			t.Errorf("PerKey %d: %d keys, Digest gave %d items of DigestDocument's %d: nothing left out", per, all.Keys(), nKept, nAll)
		}
	}
}
