package eval

import (
	"strings"
	"testing"
)

func TestReadCountryDocs(t *testing.T) {
	in := `{"id": "a", "date": "1987-03-02", "text": "HOUSTON, March 2 - ...", "places": ["usa"]}

{"id": 7, "text": "x", "places": ["uk", "west-germany"]}
`
	docs, err := ReadCountryDocs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[0].Date != "1987-03-02" || docs[1].ID != "7" ||
		len(docs[1].Places) != 2 || docs[1].Places[1] != "west-germany" {
		t.Errorf("docs = %+v", docs)
	}
	for _, c := range []struct{ name, in, want string }{
		{"malformed", `{"id": "a", "text": }`, "line 1"},
		{"no id", "{\"id\": \"a\", \"places\": []}\n{\"text\": \"b\"}", "line 2: no id"},
		{"repeated id", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"a\"}", "line 3: id \"a\" repeats story 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCountryDocs(strings.NewReader(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// FuzzReadCountryDocs checks that the reader never panics and that what it accepts has unique,
// non-empty ids.
func FuzzReadCountryDocs(f *testing.F) {
	f.Add(`{"id": "a", "text": "t", "places": ["usa"]}`)
	f.Add("{\"id\": 1}\n\n{\"id\": \"2\", \"places\": null}")
	f.Add(`{"id": "", "text": ""}`)
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCountryDocs(strings.NewReader(s))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, d := range docs {
			if d.ID == "" || seen[d.ID] {
				t.Fatalf("accepted an empty or repeated id in %q", s)
			}
			seen[d.ID] = true
		}
	})
}

func TestEvaluateCountries(t *testing.T) {
	gold := []CountryDoc{
		{ID: "1", Places: []string{"usa"}},
		{ID: "2", Places: []string{"uk", "west-germany"}},
		{ID: "3", Places: []string{"ussr", "atlantis"}},
		{ID: "4", Places: nil},
		{ID: "5", Places: []string{"FRA"}},
	}
	pred := map[string][]string{
		"1": {"USA", "USA", "CAN"}, // right focus, one wrong country; the repeat is ignored
		"2": {"DEU"},               // right focus, misses GBR
		"3": {"RUS"},               // wrong (1987 labels say SUN)
		"4": {"JPN"},               // a country where gold has none
		// "5" has no prediction
	}
	names := map[string]string{"United Kingdom": "GBR", "UK": "GBR", "USA": "USA"}
	label := CountryLabels(func(n string) (string, bool) { c, ok := names[n]; return c, ok })
	rep, err := EvaluateCountries(gold, pred, label)
	if err != nil {
		t.Fatal(err)
	}
	// Pairs: TP USA, DEU; FP CAN, RUS, JPN; FN GBR, SUN, FRA.
	if rep.Micro.TP != 2 || rep.Micro.FP != 3 || rep.Micro.FN != 3 {
		t.Errorf("micro = %+v, want tp 2 fp 3 fn 3", rep.Micro)
	}
	if p, r := rep.Micro.Precision, rep.Micro.Recall; p != 0.4 || r != 0.4 || rep.Micro.F1 < 0.3999 || rep.Micro.F1 > 0.4001 {
		t.Errorf("precision %v recall %v f1 %v, want 0.4 each", p, r, rep.Micro.F1)
	}
	if rep.FocusCorrect != 2 || rep.FocusAccuracy != 0.5 {
		t.Errorf("focus %d (%v), want 2 of the 4 documents with gold countries", rep.FocusCorrect, rep.FocusAccuracy)
	}
	if len(rep.Unmapped) != 1 || rep.Unmapped[0] != "atlantis" {
		t.Errorf("unmapped = %v, want [atlantis]", rep.Unmapped)
	}
	if len(rep.MissingPredictions) != 1 || rep.MissingPredictions[0] != "5" {
		t.Errorf("missing = %v, want [5]", rep.MissingPredictions)
	}
	if len(rep.ByCountry) != 8 {
		t.Errorf("by country = %+v, want 8 countries", rep.ByCountry)
	}
	for _, c := range rep.ByCountry {
		if c.Country == "USA" && (c.TP != 1 || c.FP != 0 || c.FN != 0) {
			t.Errorf("USA = %+v", c)
		}
	}
	var b strings.Builder
	if err := rep.WriteText(&b, 3); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"documents 5", "tp 2 fp 3 fn 3", "atlantis", "1 gold documents had no prediction"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("text report lacks %q:\n%s", w, b.String())
		}
	}
	if strings.Count(b.String(), "\n") > 12 {
		t.Errorf("text report lists more than 3 countries:\n%s", b.String())
	}
	if _, err := EvaluateCountries(gold, map[string][]string{"9": {"USA"}}, label); err == nil {
		t.Error("a prediction for an unknown document was accepted")
	}
}

func TestCountryLabels(t *testing.T) {
	names := map[string]string{"Saudi Arabia": "SAU", "Hong Kong": "HKG", "New Zealand": "NZL"}
	label := CountryLabels(func(n string) (string, bool) { c, ok := names[n]; return c, ok })
	for in, want := range map[string]string{
		"usa": "USA", "uk": "GBR", "ussr": "SUN", "west-germany": "DEU", "east-germany": "DDR",
		"yugoslavia": "YUG", "zaire": "ZAR", "yemen-demo-republic": "YMD", "saudi-arabia": "SAU",
		"hong-kong": "HKG", "new-zealand": "NZL", "FRA": "FRA", "atlantis": "",
	} {
		got, ok := label(in)
		if ok != (want != "") || got != want {
			t.Errorf("label(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
