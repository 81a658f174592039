package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

// Sentences written for these tests in the style of conflict wire copy. The towns are ones the
// gazetteer does not list, grounded through GeoNames only.

// A place only GeoNames grounds is its country when it is struck, shelled or taken (the object of
// a force verb, of "at"/"on"/"against" after a force noun, or of "the siege of"); a place where
// something happens, or one visited, stays out. The test chain has no statistical recognizer, so
// the town's mention is added as the recognizer and GeoNames would give it.
func TestPlacesStruck(t *testing.T) {
	for _, tc := range []struct {
		name, text, town, country string
		want                      []string
	}{
		{"fired-at", "Houthi rebels fired missiles at Jizan.", "Jizan", "SAU", []string{"Houthis>SAU:194/asserted"}},
		{"town-of", "Nigerian jets bombed the town of Gwoza.", "Gwoza", "NGA", []string{"NGAMIL>NGA:195/asserted"}},
		{"captured", "Al-Shabaab fighters captured the town of Beledweyne.", "Beledweyne", "SOM", []string{"Al-Shabaab>SOM:192/asserted"}},
		{"locative", "Fighting continued in Gwoza.", "Gwoza", "NGA", nil},
		{"near", "Nigerian jets bombed targets near Gwoza.", "Gwoza", "NGA", nil},
		{"visited", "The Nigerian army visited Gwoza.", "Gwoza", "NGA", nil},
		{"source", "Gwoza welcomed the Nigerian army.", "Gwoza", "NGA", nil},
	} {
		d, ms := analyze(t, tc.text)
		at := strings.Index(tc.text, tc.town)
		ms = slices.DeleteFunc(ms, func(m entities.Mention) bool { return m.Start < at+len(tc.town) && at < m.End })
		ms = append(ms, entities.Mention{Start: at, End: at + len(tc.town), Text: tc.town, Type: entities.GPE,
			Entity: tc.town, Country: tc.country, GeonamesID: 1})
		slices.SortFunc(ms, func(a, b entities.Mention) int { return a.Start - b.Start })
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q\n got  %v\n want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestPlaceArgument(t *testing.T) {
	town := entities.Mention{Type: entities.GPE, Entity: "Placeville", Country: "XYZ", GeonamesID: 42}
	listed := town
	listed.Source = entities.SourceGazetteer
	noCountry := town
	noCountry.Country = ""
	region := town
	region.Type = entities.LOC
	person := town
	person.Type = entities.PERSON
	for _, tc := range []struct {
		name     string
		sentence string // the place is the word "Placeville"
		m        entities.Mention
		want     bool
	}{
		{"object", "jets shelled Placeville", town, true},
		{"article", "troops stormed the Placeville", town, true},
		{"town-of", "rebels seized the town of Placeville", town, true},
		{"modified-town-of", "rebels seized the northern town of Placeville", town, true},
		{"region", "drones struck Placeville", region, true},
		{"at", "militants fired two rockets at Placeville", town, true},
		{"on", "the air force launched strikes on Placeville", town, true},
		{"siege-of", "the siege of Placeville", town, true},
		{"in", "fighting raged in Placeville", town, false},
		{"near", "jets struck positions near Placeville", town, false},
		{"to", "the minister travelled to Placeville", town, false},
		{"subject", "Placeville shelled the border", town, false},
		{"far-noun", "rockets were stored , and then sent at Placeville", town, false},
		{"of-not-place", "rebels seized the leader of Placeville", town, false},
		{"gazetteer", "jets shelled Placeville", listed, false},
		{"no-country", "jets shelled Placeville", noCountry, false},
		{"person", "jets shelled Placeville", person, false},
	} {
		words := strings.Fields(strings.ToLower(tc.sentence))
		a := slices.Index(words, "placeville")
		if got := placeArgument(tc.m, words, a); got != tc.want {
			t.Errorf("%s: placeArgument(%q) = %v, want %v", tc.name, tc.sentence, got, tc.want)
		}
	}
}
