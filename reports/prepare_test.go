package reports

import (
	"bytes"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/network"
)

// timedReportInput is the fixture run with timelines on its network (monthly spells, one node
// and one edge undated) and actors that roll into countries, so that the page has a time slider
// and both network views.
func timedReportInput() ReportInput {
	in := fixtureReportInput()
	months := []string{"2024-01", "2024-03", "2024-07"}
	spell := func(i, n int) []network.Spell {
		var ss []network.Spell
		for k := range n {
			m := months[(i+k)%len(months)]
			ss = append(ss, network.Spell{Start: m + "-01", End: m + "-28", Count: k + 1})
		}
		return ss
	}
	for i := range in.Nodes {
		in.Nodes[i].PageRank = 0.3 - 0.03*float64(i)
		if i != 2 {
			in.Nodes[i].Timeline = spell(i, 1+i%3)
		}
	}
	for i := range in.Edges {
		if i != 1 {
			in.Edges[i].Timeline = spell(i, 1+i%2)
		}
	}
	return in
}

// TestPrepareHTMLBeforeTopics builds the report in two steps, as analyze does while the topic
// model is fitted: the base and the page from an input without topics and with a summary that
// holds only the settings and the skipped files, then the topics and the whole summary. The page
// must be the one WriteHTML writes of the whole report, and so must the Markdown.
func TestPrepareHTMLBeforeTopics(t *testing.T) {
	for name, full := range map[string]ReportInput{"fixture": fixtureReportInput(), "timed": timedReportInput()} {
		t.Run(name, func(t *testing.T) {
			var want, wantMD bytes.Buffer
			if err := WriteHTML(&want, BuildReport(full)); err != nil {
				t.Fatal(err)
			}
			if err := WriteMarkdown(&wantMD, BuildReport(full)); err != nil {
				t.Fatal(err)
			}

			early := full
			early.Topics, early.TopicTerms, early.DocTopics, early.DocTopicSeq = nil, nil, nil, nil
			early.Summary = Summary{Settings: full.Summary.Settings, Skipped: full.Summary.Skipped}
			d := BuildReportBase(early)
			if len(d.Topics) != 0 || len(d.TopicShares) != 0 {
				t.Fatalf("the base has topics: %d, %d shares", len(d.Topics), len(d.TopicShares))
			}
			page, err := PrepareHTML(d)
			if err != nil {
				t.Fatal(err)
			}
			d.SetTopics(full)
			d.Summary = full.Summary
			if len(d.Topics) == 0 {
				t.Fatal("SetTopics set no topic")
			}
			var got, gotMD bytes.Buffer
			if err := page.Write(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("the page prepared before the topics differs from WriteHTML's (%d and %d bytes)", got.Len(), want.Len())
			}
			if err := WriteMarkdown(&gotMD, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(gotMD.Bytes(), wantMD.Bytes()) {
				t.Error("the Markdown of the report built in two steps differs")
			}
		})
	}
}

// TestTimelineBucketsParseOnce checks the slider periods of timelineBuckets against the period
// of each spell computed directly, at the corpus's granularity and when the spells are coarser.
func TestTimelineBucketsParseOnce(t *testing.T) {
	c := CorpusOverview{FirstDate: "2023-11-20", LastDate: "2024-08-02"}
	monthly := [][]network.Spell{
		{{Start: "2024-01-01", End: "2024-01-31", Count: 2}, {Start: "2024-03-01", End: "2024-03-31", Count: 1}},
		{{Start: "2024-01-01", End: "2024-01-31", Count: 5}},
		nil,
		{{Start: "2023-11-01", End: "2023-11-30", Count: 1}, {Start: "2024-08-01", End: "2024-08-31", Count: 4}},
	}
	quarterly := [][]network.Spell{
		{{Start: "2024-01-01", End: "2024-03-31", Count: 2}},
		{{Start: "2023-10-01", End: "2023-12-31", Count: 1}, {Start: "2024-07-01", End: "2024-09-30", Count: 3}},
	}
	for _, tc := range []struct {
		name   string
		spells [][]network.Spell
		g      corpus.Period
		n      int
	}{{"monthly", monthly, corpus.Month, 10}, {"quarterly", quarterly, corpus.Quarter, 4}} {
		names, bucket := timelineBuckets(c, corpus.Month, tc.spells)
		if len(names) != tc.n || bucket == nil {
			t.Fatalf("%s: %d periods %v, want %d", tc.name, len(names), names, tc.n)
		}
		first, _ := tc.g.Index(c.FirstDate)
		for _, ss := range tc.spells {
			for _, s := range ss {
				p, _ := tc.g.Index(s.Start)
				got, ok := bucket(s)
				if !ok || got != p-first || names[got] != tc.g.Name(p) {
					t.Errorf("%s: spell %v in period %d (%v), want %d (%s)", tc.name, s, got, ok, p-first, tc.g.Name(p))
				}
			}
		}
		// A spell the function was not given is still placed, and one outside the corpus is not.
		if got, ok := bucket(network.Spell{Start: "2024-05-01", End: "2024-05-31"}); !ok || names[got] != tc.g.Name(mustIndex(t, tc.g, "2024-05-01")) {
			t.Errorf("%s: an unseen spell in period %d (%v)", tc.name, got, ok)
		}
		if _, ok := bucket(network.Spell{Start: "2026-05-01", End: "2026-05-31"}); ok {
			t.Errorf("%s: a spell after the corpus has a period", tc.name)
		}
	}
}

func mustIndex(t *testing.T, g corpus.Period, date string) int {
	t.Helper()
	p, ok := g.Index(date)
	if !ok {
		t.Fatalf("no period for %s", date)
	}
	return p
}
