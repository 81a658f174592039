package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// refChecker is a checker whose shared corpora are an in-memory file system holding one wire story.
func refChecker(t *testing.T, text, date string) *checker {
	t.Helper()
	c := testChecker(t)
	line, err := json.Marshal(map[string]string{"id": "reuters-7", "date": date, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	c.corpora = &corpora{shared: fstest.MapFS{
		"data/gold/reuters_places_dev.jsonl": {Data: append(line, '\n')},
	}}
	return c
}

func TestReferenceDocument(t *testing.T) {
	text := "BAKER SAYS\nWASHINGTON, March 6 - Treasury Secretary James\nBaker said. Bakery prices rose, Baker said."
	c := refChecker(t, text, "1987-03-06")
	span := text
	src := "# g-2001\ndate: 1987-03-06\nref: reuters_places_dev.jsonl reuters-7 0-" +
		itoa(len(span)) + " " + spanHash(span) + "\n" +
		"@ BAKER|PERSON|USA|role=GOV|name=James Baker\n" +
		"@ James Baker|PERSON|USA|role=GOV\n" +
		"@ Baker|PERSON|USA|role=GOV\n"
	out, _, err := c.build(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var d doc
	if err := json.Unmarshal(bytes.TrimSpace(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Text != text || len(d.Mentions) != 3 {
		t.Fatalf("got %+v", d)
	}
	want := []string{"BAKER", "James\nBaker", "Baker"}
	for i, m := range d.Mentions {
		if d.Text[m.Start:m.End] != m.Text || m.Text != want[i] {
			t.Errorf("mention %d: span %d-%d holds %q, text %q, want %q", i, m.Start, m.End, d.Text[m.Start:m.End], m.Text, want[i])
		}
	}
	// "Bakery" is skipped (word boundary): the third mention is the last "Baker".
	if got := d.Mentions[2].Start; got != strings.LastIndex(text, "Baker") {
		t.Errorf("third mention at %d, want the last Baker at %d", got, strings.LastIndex(text, "Baker"))
	}
}

func TestReferenceDocumentErrors(t *testing.T) {
	text := "Prime Minister Bob Hawke said."
	c := refChecker(t, text, "1987-03-05")
	ref := "ref: reuters_places_dev.jsonl reuters-7 0-" + itoa(len(text)) + " " + spanHash(text)
	doc := func(date, ref, body string) string {
		return "# g-2001\ndate: " + date + "\n" + ref + "\n" + body + "\n"
	}
	ok := "@ Bob Hawke|PERSON|AUS|role=GOV"
	for _, tc := range []struct{ name, src, want string }{
		{"wrong date", doc("1987-03-06", ref, ok), "corpus document's is"},
		{"bad hash", doc("1987-03-05", strings.Replace(ref, spanHash(text), "000000000000", 1), ok), "span hash"},
		{"unknown corpus", doc("1987-03-05", strings.Replace(ref, "reuters_places_dev", "nope", 1), ok), "unknown corpus"},
		{"unknown document", doc("1987-03-05", strings.Replace(ref, "reuters-7", "reuters-8", 1), ok), "no document"},
		{"span too long", doc("1987-03-05", strings.Replace(ref, "0-"+itoa(len(text)), "0-999", 1), ok), "beyond"},
		{"text line", doc("1987-03-05", ref, "> "+text), "mention lines only"},
		{"absent surface", doc("1987-03-05", ref, "@ Keating|PERSON|AUS|role=GOV"), "does not occur"},
		{"out of order", doc("1987-03-05", ref, ok+"\n@ Prime Minister|PERSON|AUS|role=GOV"), "does not occur"},
		{"no mention", doc("1987-03-05", ref, ""), "no marked mention"},
		{"bad mention", doc("1987-03-05", ref, "@ Bob Hawke|PERSON|AUS"), "needs a role"},
	} {
		_, _, err := c.build(strings.NewReader(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	c.corpora = &corpora{}
	if _, _, err := c.build(strings.NewReader(doc("1987-03-05", ref, ok))); err == nil || !strings.Contains(err.Error(), "shared corpora") {
		t.Errorf("without corpora: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestRefSetsBuild builds every reference-document set from the shared corpora.
func TestRefSetsBuild(t *testing.T) {
	shared := filepath.Join(repoRoot, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "gold", "reuters_places_dev.jsonl")); err != nil {
		t.Skipf("shared corpora not present (%v); ../shared is read at test time only", err)
	}
	c, err := newChecker(filepath.Join(repoRoot, "entities", "data", "countries.tsv"), geonamesDir)
	if err != nil {
		t.Fatal(err)
	}
	c.corpora = &corpora{shared: os.DirFS(shared)}
	for _, p := range RefSets {
		src, err := os.ReadFile(filepath.Join(repoRoot, p))
		if err != nil {
			t.Fatal(err)
		}
		out, summary, err := c.build(bytes.NewReader(src))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(out) == 0 || !strings.Contains(summary, "person (dated)") {
			t.Errorf("%s: summary %q", p, summary)
		}
	}
}

func TestSampleExcerpts(t *testing.T) {
	story := "HAWKE WARNS OF WIDER DEFICIT\nCANBERRA, April 2 - Prime Minister Bob Hawke of Australia said the gap would widen. " +
		strings.Repeat("The budget will be tight this year. ", 20) + "More text follows here."
	s, e, ok := excerpt("reuters_places_dev.jsonl", story)
	if !ok || s != 0 || e < 600 || e > 1200 || story[e-1] != '.' {
		t.Errorf("wire excerpt %d-%d %v", s, e, ok)
	}
	if _, _, ok := excerpt("reuters_places_dev.jsonl", strings.Repeat("No titled name here. ", 40)); ok {
		t.Error("a story without a titled name was kept")
	}
	speech := "Thanks are due to the outgoing President. Secretary-General Ban Ki-moon has earned our gratitude. He leads us. Later text."
	s, e, ok = excerpt("ungdc_2010_2024.jsonl", speech)
	if !ok || speech[s:e] != "Secretary-General Ban Ki-moon has earned our gratitude. He leads us." {
		t.Errorf("speech excerpt %q %v", speech[s:e], ok)
	}
}
