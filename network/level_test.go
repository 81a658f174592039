package network

import (
	"reflect"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

func TestParseLevel(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Level
		err  bool
	}{
		{"", ActorLevel, false}, {"actor", ActorLevel, false}, {" Country ", CountryLevel, false},
		{"countries", ActorLevel, true}, {"node", ActorLevel, true},
	} {
		got, err := ParseLevel(tt.in)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil {
			if back, _ := ParseLevel(got.String()); back != got {
				t.Errorf("%v does not read back", got)
			}
		}
	}
}

// TestCountryLevel counts one two-sentence document at both levels: at the country level a
// president, a capital and the country itself are one node, a UN official counts for the UN, and
// a group without a country is left out.
func TestCountryLevel(t *testing.T) {
	ms := []entities.Mention{
		{Start: 0, End: 5, Text: "Putin", Type: entities.PERSON, Entity: "Vladimir Putin", Country: "RUS", Role: "GOV", Sentence: 0},
		{Start: 10, End: 16, Text: "Moscow", Type: entities.GPE, Entity: "Moscow", Country: "RUS", GeonamesID: 524901, Sentence: 0},
		{Start: 20, End: 28, Text: "Guterres", Type: entities.PERSON, Entity: "António Guterres", Country: "UN", Role: "IGO", Sentence: 0},
		{Start: 30, End: 35, Text: "Arabs", Type: entities.NORP, Entity: "Arabs", Sentence: 0},
		{Start: 50, End: 56, Text: "Russia", Type: entities.GPE, Entity: "RUS", Sentence: 1},
		{Start: 60, End: 66, Text: "Kyiv", Type: entities.GPE, Entity: "UKR", Country: "UKR", Role: "GOV", Sentence: 1},
	}
	sents := []text.Sentence{{Start: 0, End: 40}, {Start: 41, End: 80}}
	isCountry := func(s string) bool { return s == "RUS" || s == "UKR" }

	if got := ActorLevel.Mentions(ms, isCountry); &got[0] != &ms[0] {
		t.Error("actor level: mentions copied")
	}
	rolled := CountryLevel.Mentions(ms, isCountry)
	var ids []string
	for _, m := range rolled {
		ids = append(ids, m.Entity)
	}
	if want := []string{"RUS", "RUS", "UN", "RUS", "UKR"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("country level entities %v, want %v", ids, want)
	}
	if ms[0].Entity != "Vladimir Putin" {
		t.Error("the input mentions were changed")
	}

	actor := CountDoc(ActorLevel.Mentions(ms, isCountry), sents, Sentence)
	country := CountDoc(rolled, sents, Sentence)
	if actor.NumNodes() != 6 || country.NumNodes() != 3 {
		t.Errorf("nodes: actor %d, country %d; want 6 and 3", actor.NumNodes(), country.NumNodes())
	}
	if n, _ := country.Node("RUS"); n.Mentions != 3 || n.Windows != 2 || n.Documents != 1 {
		t.Errorf("RUS at the country level: %+v, want 3 mentions in 2 windows", n)
	}
	edges := country.Edges(1)
	var pairs []string
	for _, e := range edges {
		pairs = append(pairs, e.Source+"-"+e.Target)
	}
	if want := []string{"RUS-UKR", "RUS-UN"}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("country edges %v, want %v", pairs, want)
	}
}
