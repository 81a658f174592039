package main

import (
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/places"
)

// TestAdmin1Code checks the division code the grounding scorer reads off a predicted mention: the
// code of its GeoNames place's row when it has one (also where the division table no longer has
// that code: Luxembourg City's district "03", Singapore's "00"), else the code of the division its
// Admin1 names in its country.
func TestAdmin1Code(t *testing.T) {
	pt, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		m    entities.Mention
		want string
	}{
		{entities.Mention{Text: "Luxembourg City", Country: "LUX", GeonamesID: 2960316}, "03"},
		{entities.Mention{Text: "Singapore", Country: "SGP", GeonamesID: 1880252}, "00"},
		{entities.Mention{Text: "Houston", Country: "USA", GeonamesID: 4699066, Admin1: "Texas"}, "TX"},
		{entities.Mention{Text: "Belgrade", Country: "YUG", GeonamesID: 792680, Admin1: "Central Serbia"}, "SE"},
		{entities.Mention{Text: "Texas", Country: "USA", Admin1: "Texas"}, "TX"},
		{entities.Mention{Text: "Georgia National Guard", Country: "USA", Admin1: "Georgia"}, "GA"},
		{entities.Mention{Text: "Lamar County", Country: "USA"}, ""},
		{entities.Mention{Text: "Sindh", Country: "IND", Admin1: "Sindh"}, ""}, // not a division of India
	} {
		if got := admin1Code(pt, c.m); got != c.want {
			t.Errorf("admin1Code(%q %s %d %q) = %q, want %q", c.m.Text, c.m.Country, c.m.GeonamesID, c.m.Admin1, got, c.want)
		}
	}
}
