package pipeline

import (
	"context"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/geopol/geopol/corpus"
)

// Run hands the documents of its first pass to the second when they fit its budget: the documents,
// their order, their warnings (a repeated id), the skipped files and the results are those of
// reading the corpus again (a budget of one byte), and of a budget that runs out half-way.
func TestRunKeepsFirstRead(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"a/one.txt":    {Data: []byte("Iran and Iraq signed a trade agreement in Baghdad on Monday.\n")},
		"a/skip.bin":   {Data: []byte{0, 1, 2}},
		"b/docs.jsonl": {Data: []byte(`{"id":"x","text":"France condemned the attack by Russia on Ukraine."}` + "\n" + `{"id":"x","text":"Germany met China in Berlin to discuss sanctions."}` + "\n" + `{"id":"y","text":` + "\n")},
		"b/notes.xyz":  {Data: []byte("not a corpus file")},
		"c/two.txt":    {Data: []byte("The United Nations urged Israel and Egypt to resume talks.\n\nReuters\n")},
	}
	type docSeen struct {
		ID       string
		Warnings []string
		Err      bool
		Mentions int
		Events   int
	}
	run := func(keep int) ([]docSeen, *Result) {
		o := Options{Paths: []string{"."}, FS: fsys, Workers: 2, Topics: 2, TopicStabilitySeeds: 1, keepBytes: keep}
		var seen []docSeen
		res, err := Run(context.Background(), m, o, func(r *DocResult) error {
			seen = append(seen, docSeen{r.Doc.ID, r.Doc.Warnings, r.Err != nil, len(r.Mentions), len(r.Events)})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return seen, res
	}
	want, wantRes := run(1) // over budget at once: the corpus is read again
	if len(want) != 5 || len(wantRes.Skipped) != 2 {
		t.Fatalf("re-read: %d documents, skipped %v; want 5 documents and 2 files skipped", len(want), wantRes.Skipped)
	}
	for _, keep := range []int{0, 80} { // the default budget, one that runs out after the first file
		got, res := run(keep)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("budget %d: documents %+v, want %+v", keep, got, want)
		}
		if !reflect.DeepEqual(res.Skipped, wantRes.Skipped) || !reflect.DeepEqual(res.DocIDs, wantRes.DocIDs) ||
			res.Counts != wantRes.Counts {
			t.Errorf("budget %d: skipped %v, ids %v, counts %+v; want %v, %v, %+v", keep, res.Skipped, res.DocIDs,
				res.Counts, wantRes.Skipped, wantRes.DocIDs, wantRes.Counts)
		}
	}
}

// keptRead replays documents and skipped files in reading order and releases them.
func TestKeptReadReplay(t *testing.T) {
	k := &keptRead{limit: 10}
	d1, d2 := &corpus.Document{ID: "a", Text: "abcd"}, &corpus.Document{ID: "b", Text: "efgh"}
	k.add(d1)
	k.skip("x.bin", "unsupported")
	k.add(d2)
	var order []string
	err := k.replay(context.Background(), func(p, why string) { order = append(order, "skip:"+p) },
		func(d *corpus.Document) error { order = append(order, d.ID); return nil })
	if err != nil || !reflect.DeepEqual(order, []string{"a", "skip:x.bin", "b"}) || k.items != nil {
		t.Errorf("replay: %v, %v, items left %v", order, err, k.items)
	}
	k = &keptRead{limit: 5}
	k.add(d1)
	k.add(d2)
	if !k.over || k.items != nil {
		t.Errorf("over the limit: over %v, items %v", k.over, k.items)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	k = &keptRead{limit: 10}
	k.add(d1)
	if err := k.replay(ctx, nil, func(*corpus.Document) error { return nil }); err == nil {
		t.Errorf("replay with a cancelled context: no error")
	}
}
