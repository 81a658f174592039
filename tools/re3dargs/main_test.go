package main

import (
	"testing"

	"github.com/geopol/geopol/entities"
)

func TestKindOf(t *testing.T) {
	d := &doc{Text: "Rebels in Aleppo shelled the army of Freedonia with mortars."}
	d.Entities = append(d.Entities, struct {
		span
		Re3dType string `json:"re3d_type"`
	}{span{10, 16, "Aleppo"}, "Location"}, struct {
		span
		Re3dType string `json:"re3d_type"`
	}{span{50, 57, "mortars"}, "Weapon"})
	ms := []entities.Mention{{Start: 37, End: 46, Text: "Freedonia", Type: entities.GPE, Entity: "FRE"}}
	for _, c := range []struct {
		sp   span
		want string
		ok   bool
	}{
		{span{0, 6, "Rebels"}, "agent noun", true},
		{span{10, 16, "Aleppo"}, "place", false},
		{span{50, 57, "mortars"}, "Weapon", false},
		{span{37, 46, "Freedonia"}, "common noun", false}, // no gold entity there
		{span{0, 4, "They"}, "pronoun", false},
	} {
		if k := kindOf(d, ms, c.sp); k != c.want || eligible(k) != c.ok {
			t.Errorf("%q: kind %q eligible %v, want %q %v", c.sp.Text, k, eligible(k), c.want, c.ok)
		}
	}
	if !countryAt(ms, span{37, 46, "Freedonia"}) || countryAt(ms, span{0, 6, "Rebels"}) {
		t.Error("countryAt: Freedonia is a country, Rebels not")
	}
}
