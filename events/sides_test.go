package events

import (
	"reflect"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

func TestSideOf(t *testing.T) {
	isCountry := func(s string) bool { return s == "IRQ" || s == "USA" || s == "CHN" || s == "UKR" }
	tests := []struct {
		name string
		code string
		m    *entities.Mention
		want Side
	}{
		{"country", "IRQ", &entities.Mention{Entity: "IRQ", Country: "IRQ", Type: entities.GPE}, Side{"IRQ", ""}},
		{"country without its country field", "IRQ", &entities.Mention{Entity: "IRQ", Type: entities.GPE}, Side{"IRQ", ""}},
		{"capital for its government", "USA", &entities.Mention{Entity: "USA", Country: "USA", Role: "GOV", Type: entities.GPE}, Side{"USA", "GOV"}},
		{"role noun in the code", "IRQMIL", &entities.Mention{Entity: "IRQ", Country: "IRQ", Type: entities.NORP}, Side{"IRQ", "MIL"}},
		{"person with a dated role", "Volodymyr Zelensky", &entities.Mention{Entity: "Volodymyr Zelensky", Country: "UKR", Role: "GOV", Type: entities.PERSON}, Side{"UKR", "GOV"}},
		{"person absorbed into a country code", "CHNGOV", &entities.Mention{Entity: "Xi Jinping", Country: "CHN", Type: entities.PERSON}, Side{"CHN", "GOV"}},
		{"city as its country", "USA", &entities.Mention{Entity: "Washington", Country: "USA", Type: entities.GPE}, Side{"USA", ""}},
		{"international organization", "UN", &entities.Mention{Entity: "UN", Country: "UN", Role: "IGO", Type: entities.ORG}, Side{"UN", "IGO"}},
		{"generic agent", "REB", &entities.Mention{Entity: "REB", Role: "REB", Type: entities.NORP}, Side{"", "REB"}},
		{"unnamed agent", "REB", nil, Side{"", "REB"}},
		{"unnamed agent of a country", "IRQMIL", nil, Side{"IRQ", "MIL"}},
		{"unknown name", "Gondor", nil, Side{}},
		{"name without country", "Arabs", &entities.Mention{Entity: "Arabs", Type: entities.NORP}, Side{}},
		// the coalition against the Islamic State has one side whichever mention names it
		{"coalition org", campaignCoalitionCode, &entities.Mention{Entity: "USA Coalition", Type: entities.ORG, Country: "USA", Role: "GOV"}, Side{}},
		{"coalition led", campaignCoalitionCode, &entities.Mention{Entity: "USA", Type: entities.GPE, Country: "USA"}, Side{}},
	}
	for _, tt := range tests {
		if got := sideOf(tt.code, tt.m, isCountry); got != tt.want {
			t.Errorf("%s: sideOf(%q) = %+v, want %+v", tt.name, tt.code, got, tt.want)
		}
	}
}

// The coder fills the sides from the document's mentions: the gazetteer's metonymic capital
// ("Washington said") is the US government, a demonym with a role noun the role, a person the
// country and role the actor grounder gave the mention.
func TestExtractFillsSides(t *testing.T) {
	tests := []struct {
		text     string
		src, tgt Side
	}{
		{"Washington imposed sanctions on Iran on Monday.", Side{"USA", "GOV"}, Side{"IRN", ""}},
		{"Iraqi troops attacked rebels in Mosul on Monday.", Side{"IRQ", "MIL"}, Side{"IRQ", "REB"}},
		{"Japan imposed sanctions on North Korea.", Side{"JPN", ""}, Side{"PRK", ""}},
	}
	for _, tt := range tests {
		d, ms := analyze(t, tt.text)
		evs := ExtractEvents(d, ms)
		if len(evs) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		if e := evs[0]; e.SourceSide != tt.src || e.TargetSide != tt.tgt {
			t.Errorf("%q: %s sides %+v → %+v, want %+v → %+v (mentions %+v)", tt.text, brief(e), e.SourceSide, e.TargetSide, tt.src, tt.tgt, ms)
		}
	}
	// A person grounded by the actor dictionaries (as entities/actors does in the pipeline).
	d, ms := analyze(t, "Obama agreed to ease sanctions on Cuba.")
	found := false
	for i := range ms {
		if ms[i].Text == "Obama" {
			ms[i].Entity, ms[i].Type, ms[i].Country, ms[i].Role = "Barack Obama", entities.PERSON, "USA", "GOV"
			found = true
		}
	}
	if !found {
		ms = append([]entities.Mention{{Start: 0, End: 5, Text: "Obama", Type: entities.PERSON, Entity: "Barack Obama", Country: "USA", Role: "GOV"}}, ms...)
	}
	evs := ExtractEvents(d, ms)
	if len(evs) == 0 {
		t.Fatal("Obama ... Cuba: no event")
	}
	if e := evs[0]; e.SourceSide != (Side{"USA", "GOV"}) || e.TargetSide != (Side{"CUB", ""}) {
		t.Errorf("Obama ... Cuba: %s sides %+v → %+v", brief(e), e.SourceSide, e.TargetSide)
	}
}

func TestDyadSides(t *testing.T) {
	ev := func(src, tgt string, s, g Side) Event {
		return Event{Source: src, Target: tgt, Code: "042", Root: "04", QuadClass: 1, Modality: Asserted, SourceSide: s, TargetSide: g}
	}
	gov, none := Side{"UKR", "GOV"}, Side{"UKR", ""}
	var a, b Dyads
	a.Add("d1", "2024-01-01", []Event{ev("Volodymyr Zelensky", "POL", gov, Side{"POL", ""})})
	b.Add("d2", "2024-01-02", []Event{ev("Volodymyr Zelensky", "POL", gov, Side{"POL", ""})})
	b.Add("d3", "2024-01-03", []Event{ev("Volodymyr Zelensky", "POL", none, Side{"POL", ""})})
	a.Merge(&b)
	rows := a.Rows()
	if len(rows) != 1 || rows[0].SourceSide != gov || rows[0].TargetSide != (Side{"POL", ""}) {
		t.Fatalf("rows = %+v, want one with the majority sides UKR GOV → POL", rows)
	}
	// A tie goes to the smallest: "" before "GOV".
	var c Dyads
	c.Add("d1", "", []Event{ev("X", "Y", gov, Side{}), ev("X", "Y", none, Side{})})
	if r := c.Rows(); r[0].SourceSide != none {
		t.Errorf("tie: %+v, want %+v", r[0].SourceSide, none)
	}
	bin, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Dyads
	if err := back.UnmarshalBinary(bin); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Rows(), rows) {
		t.Errorf("after encoding: %+v, want %+v", back.Rows(), rows)
	}
}

func TestMentionAt(t *testing.T) {
	ms := []entities.Mention{{Start: 0, End: 4, Entity: "A"}, {Start: 5, End: 9, Entity: ""}, {Start: 5, End: 12, Entity: "B"}}
	if m := mentionAt(ms, true, text.Span{Start: 5, End: 12}); m == nil || m.Entity != "B" {
		t.Errorf("sorted: %+v", m)
	}
	if m := mentionAt(ms, true, text.Span{Start: 5, End: 9}); m != nil {
		t.Errorf("mention without entity found: %+v", m)
	}
	rev := []entities.Mention{ms[2], ms[0]}
	if m := mentionAt(rev, false, text.Span{Start: 0, End: 4}); m == nil || m.Entity != "A" {
		t.Errorf("unsorted: %+v", m)
	}
}
