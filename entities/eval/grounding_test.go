package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// gm builds a gold mention of the n-th occurrence (0-based) of surface in text.
func gm(t *testing.T, text, surface string, n int, m GroundingMention) GroundingMention {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], surface)
		if k < 0 {
			t.Fatalf("%q: occurrence %d of %q not found", text, n, surface)
		}
		if i == n {
			m.Start, m.End, m.Text = off+k, off+k+len(surface), surface
			return m
		}
		off += k + len(surface)
	}
}

func groundingJSONL(t *testing.T, docs ...any) string {
	t.Helper()
	var b bytes.Buffer
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// predSpan is a predicted mention in the extract format with grounding keys.
type predSpan struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Type       string `json:"type"`
	Entity     string `json:"entity,omitempty"`
	Country    string `json:"country,omitempty"`
	Role       string `json:"role,omitempty"`
	GeonamesID any    `json:"geonames_id,omitempty"`
	Admin1     string `json:"admin1,omitempty"`
}

type predDoc struct {
	ID       any        `json:"id"`
	Entities []predSpan `json:"entities"`
}

func ps(m GroundingMention, typ string) predSpan {
	return predSpan{Start: m.Start, End: m.End, Text: m.Text, Type: typ}
}

func TestScoreGrounding(t *testing.T) {
	t1 := "PARIS, Texas - Floods hit Paris. Washington said the Gulf was calm."
	paris1 := gm(t, t1, "PARIS", 0, GroundingMention{Type: "GPE", Country: "USA", GeonamesID: 4717560, Admin1: "TX", Name: "Paris"})
	texas := gm(t, t1, "Texas", 0, GroundingMention{Type: "GPE", Country: "USA", GeonamesID: 4736286, Admin1: "TX"})
	paris2 := gm(t, t1, "Paris", 0, GroundingMention{Type: "GPE", Country: "USA", GeonamesID: 4717560, Admin1: "TX", Name: "Paris"})
	wash := gm(t, t1, "Washington", 0, GroundingMention{Type: "GPE", Country: "USA", Role: "GOV", Name: "Washington"})
	gulf := gm(t, t1, "Gulf", 0, GroundingMention{Type: "LOC", Country: "", Name: "Gulf"})
	t2 := "Defence Minister Ana Ruiz met Obama."
	ruiz := gm(t, t2, "Ana Ruiz", 0, GroundingMention{Type: "PERSON", Country: "ESP", Role: "GOV"})
	obama := gm(t, t2, "Obama", 0, GroundingMention{Type: "PERSON", Country: "USA", Role: "ELI", Name: "Barack Obama"})
	t3 := "Putin spoke."
	putin := gm(t, t3, "Putin", 0, GroundingMention{Type: "PERSON", Country: "RUS", Role: "GOV"})
	gold := groundingJSONL(t,
		GroundingDoc{ID: "g-1", Date: "2024-05-03", Text: t1, Mentions: []GroundingMention{paris1, texas, paris2, wash, gulf}},
		GroundingDoc{ID: "g-2", Date: "2019-01-01", Text: t2, Mentions: []GroundingMention{ruiz, obama}},
		GroundingDoc{ID: "g-3", Date: "", Text: t3, Mentions: []GroundingMention{putin}},
	)

	// PARIS: exact, right (geonames id as a string, admin1 with a country prefix).
	p1 := ps(paris1, "GPE")
	p1.Country, p1.GeonamesID, p1.Admin1 = "USA", "4717560", "US.TX"
	// "PARIS, Texas" as one span: covers PARIS (no longer exact) and Texas under overlap matching.
	// Texas: no exact prediction; the long span overlaps it with the Paris id: country right, id wrong.
	long := predSpan{Start: paris1.Start, End: texas.End, Text: t1[paris1.Start:texas.End], Type: "GPE",
		Country: "USA", GeonamesID: 4717560, Admin1: "TX"}
	// Paris (second): France, wrong country and id.
	p2 := ps(paris2, "GPE")
	p2.Entity, p2.GeonamesID, p2.Admin1 = "FRA", 2988507, "A8" // country from the ISO3 entity
	// Washington: country from the entity, role GOV.
	pw := ps(wash, "GPE")
	pw.Entity, pw.Role = "USA", "GOV"
	// Gulf: a prediction with no country is right for a gold place of no country.
	pg := ps(gulf, "LOC")
	pg.Entity = "Persian Gulf"
	// Ruiz: role GOVMIL counts as GOV.
	pr := ps(ruiz, "PERSON")
	pr.Country, pr.Role = "ESP", "GOVMIL"
	// Obama: role GOV where the gold says ELI.
	po := ps(obama, "PERSON")
	po.Country, po.Role = "USA", "GOV"
	pred := groundingJSONL(t,
		predDoc{ID: "g-1", Entities: []predSpan{p1, long, p2, pw, pg}},
		predDoc{ID: "g-2", Entities: []predSpan{pr, po}},
		// g-3 has no prediction line: Putin is missing.
	)
	r, err := ScoreGrounding(strings.NewReader(gold), strings.NewReader(pred))
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 3 || r.GoldMentions != 8 {
		t.Fatalf("documents %d mentions %d, want 3 and 8", r.Documents, r.GoldMentions)
	}
	if len(r.MissingPredictions) != 1 || r.MissingPredictions[0] != "g-3" {
		t.Errorf("missing predictions %v, want [g-3]", r.MissingPredictions)
	}
	check := func(what string, c GroundingCount, correct, cases int) {
		t.Helper()
		if c.Correct != correct || c.Cases != cases {
			t.Errorf("%s: %d/%d, want %d/%d", what, c.Correct, c.Cases, correct, cases)
		}
		if cases > 0 && !near(c.Accuracy, float64(correct)/float64(cases)) {
			t.Errorf("%s: accuracy %v", what, c.Accuracy)
		}
	}
	// Exact: PARIS right; Texas missing; Paris wrong; Washington right; Gulf right; Ruiz right;
	// Obama country right, role wrong; Putin missing.
	ex := r.Exact.Total
	if ex.Mentions != 8 || ex.Found != 6 {
		t.Errorf("exact: found %d of %d, want 6 of 8", ex.Found, ex.Mentions)
	}
	check("exact country", ex.Country, 5, 8)
	check("exact geonames", ex.GeonamesID, 1, 3)
	check("exact admin1", ex.Admin1, 1, 3)
	check("exact role", ex.Role, 2, 4)
	check("exact all", ex.All, 4, 8)
	// Overlap adds Texas through the long span: country and admin1 right, id wrong.
	ov := r.Overlap.Total
	if ov.Found != 7 {
		t.Errorf("overlap: found %d, want 7", ov.Found)
	}
	check("overlap country", ov.Country, 6, 8)
	check("overlap geonames", ov.GeonamesID, 1, 3)
	check("overlap admin1", ov.Admin1, 2, 3)
	check("overlap all", ov.All, 4, 8)

	cat := r.Overlap.ByCategory
	check("place country", cat["place"].Country, 4, 5)
	check("ambiguous places", cat["place (ambiguous)"].All, 3, 4)
	check("control places", cat["place (control)"].All, 0, 1)
	check("dated people role", cat["person (dated)"].Role, 1, 2)
	check("undated people role", cat["person (undated)"].Role, 0, 1)
	check("people country", cat["person"].Country, 2, 3)
	check("Paris", r.Overlap.ByName["Paris"].GeonamesID, 1, 2)
	check("Gulf", r.Overlap.ByName["Gulf"].Country, 1, 1)
	if _, ok := r.Overlap.ByName["Texas"]; ok {
		t.Error("a mention without a name must not get a per-name score")
	}

	// Errors under overlap matching, in gold order.
	var got []string
	for _, e := range r.Errors {
		got = append(got, e.Doc+" "+e.Text+" "+e.Match+" "+e.Field+" "+e.Gold+">"+e.Predicted)
	}
	want := []string{
		"g-1 Texas overlap geonames_id 4736286>4717560",
		"g-1 Paris exact country USA>FRA",
		"g-1 Paris exact geonames_id 4717560>2988507",
		"g-1 Paris exact admin1 TX>A8",
		"g-2 Obama exact role ELI>GOV",
		"g-3 Putin missing mention Putin>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var out bytes.Buffer
	if err := r.WriteText(&out, -1); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"exact span:", "overlapping span:", "place (ambiguous)", "Paris", "g-3 0-5 \"Putin\" missing"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("text report lacks %q:\n%s", s, out.String())
		}
	}
}

func TestGroundingFindPrefersLargestOverlap(t *testing.T) {
	g := GroundingMention{Start: 10, End: 20}
	preds := []GroundedSpan{{Start: 0, End: 12, Country: "A"}, {Start: 12, End: 25, Country: "B"}, {Start: 15, End: 18, Country: "C"}}
	e, o, kind := groundingFind(g, preds)
	if e != nil || o == nil || o.Country != "B" || kind != "overlap" {
		t.Fatalf("got %v %v %s, want the prediction overlapping 8 bytes", e, o, kind)
	}
	if _, o, kind := groundingFind(g, []GroundedSpan{{Start: 20, End: 30}}); o != nil || kind != "missing" {
		t.Fatalf("touching spans must not match: %v %s", o, kind)
	}
}

func TestReadGroundingGoldErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"bad json", "{\"id\":\n", "line 1"},
		{"no id", `{"text":"a","mentions":[]}` + "\n", "no id"},
		{"bad span", `{"id":"g-1","text":"Paris","mentions":[{"start":0,"end":4,"text":"Paris"}]}` + "\n", "does not hold"},
		{"span past end", `{"id":"g-1","text":"Paris","mentions":[{"start":0,"end":9,"text":"Paris"}]}` + "\n", "does not hold"},
		{"duplicate", `{"id":"g-1","text":"a","mentions":[]}` + "\n" + `{"id":"g-1","text":"b","mentions":[]}` + "\n", "line 2: duplicate"},
	} {
		_, err := ReadGroundingGold(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	_, err := ReadGroundedDocs(strings.NewReader(`{"id":1,"entities":[{"start":0,"end":1,"geonames_id":"x"}]}` + "\n"))
	if err == nil || !strings.Contains(err.Error(), "geonames_id") {
		t.Errorf("bad geonames_id: error %v", err)
	}
	p, err := ReadGroundedDocs(strings.NewReader(`{"id":7,"entities":[{"start":0,"end":1,"geonames_id":null}]}` + "\n"))
	if err != nil || len(p["7"]) != 1 || p["7"][0].GeonamesID != 0 {
		t.Errorf("numeric id and null geonames_id: %v %v", p, err)
	}
}

// TestGroundingGoldFile reads the project's grounding gold and scores it against itself: every
// field must then be right, which checks that the file parses and that the scorer reads it whole.
func TestGroundingGoldFile(t *testing.T) {
	b, err := os.ReadFile("../../testdata/gold/grounding.jsonl")
	if err != nil {
		t.Skipf("grounding gold not present: %v", err)
	}
	docs, err := ReadGroundingGold(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string][]GroundedSpan{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			pred[d.ID] = append(pred[d.ID], GroundedSpan{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type,
				Country: m.Country, Role: m.Role, GeonamesID: m.GeonamesID, Admin1: m.Admin1})
		}
	}
	r := ScoreGroundingDocs(docs, pred)
	if r.GoldMentions < 150 || r.Exact.Total.All.Correct != r.GoldMentions || len(r.Errors) != 0 {
		t.Fatalf("self-score: %d of %d right, %d errors", r.Exact.Total.All.Correct, r.GoldMentions, len(r.Errors))
	}
}

func FuzzReadGroundingGold(f *testing.F) {
	f.Add([]byte(`{"id":"g-1","date":"2024-01-01","text":"Paris, Texas","mentions":[{"start":0,"end":5,"text":"Paris","type":"GPE","country":"USA","geonames_id":4717560,"admin1":"TX","note":""}]}` + "\n"))
	f.Add([]byte("{\"id\":\"x\",\"text\":\"\",\"mentions\":[{\"start\":-1,\"end\":2}]}\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, err := ReadGroundingGold(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, m := range d.Mentions {
				if d.Text[m.Start:m.End] != m.Text {
					t.Fatalf("accepted a bad span %+v", m)
				}
			}
		}
		_ = ScoreGroundingDocs(docs, nil)
	})
}
