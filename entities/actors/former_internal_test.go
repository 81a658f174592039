package actors

import "testing"

// TestFormerAfter checks the record of a Phoenix person on a day after all of their dated periods:
// ELI of the country of the office that ended last (within four years, and up to the dictionaries'
// last revision), and nothing for a period still running, an
// undated default (PETRARCH's rule keeps it), a last period that is not a national office, or a
// day inside or before the periods.
func TestFormerAfter(t *testing.T) {
	spy := Actor{Person: true, Ranges: []Range{
		{From: 19310101, To: 19810128, Dated: true, Country: "USA", Role: "ELI"},
		{From: 19810128, To: 19870129, Dated: true, Country: "USA", Role: "SPY"},
	}}
	minister := Actor{Person: true, Ranges: []Range{
		{From: 19900101, To: 19940630, Dated: true, Country: "FRA", Role: "GOV"},
		{From: 19970601, To: 20020505, Dated: true, Country: "FRA", Role: "GOV"},
	}}
	withDefault := Actor{Person: true, Ranges: []Range{
		{From: 19900101, To: 19940630, Dated: true, Country: "DEU", Role: "GOV"},
		{Country: "DEU", Role: "LEG"},
	}}
	open := Actor{Person: true, Ranges: []Range{{From: 19900101, Dated: true, Country: "ITA", Role: "GOV"}}}
	business := Actor{Person: true, Ranges: []Range{{From: 19900101, To: 19950101, Dated: true, Country: "JPN", Role: "BUS"}}}
	lastELI := Actor{Person: true, Ranges: []Range{
		{From: 19850204, To: 19870227, Dated: true, Country: "USA", Role: "GOV"},
		{From: 19870227, To: 20030101, Dated: true, Country: "USA", Role: "ELI"},
	}}
	late := Actor{Person: true, Ranges: []Range{{From: 20090201, To: 20120731, Dated: true, Country: "SVK", Role: "GOV"}}}
	org := Actor{Ranges: []Range{{From: 19900101, To: 19950101, Dated: true, Country: "GBR", Role: "GOV"}}}
	for _, tt := range []struct {
		name    string
		a       Actor
		day     Date
		country string
		ok      bool
	}{
		{"after a spy chief's office", spy, 19870303, "USA", true},
		{"after a minister's second office", minister, 20040101, "FRA", true},
		{"more than four years after the office", minister, 20100101, "", false},
		{"after the dictionaries' last revision", late, 20150101, "", false},
		{"on the last day of office", spy, 19870129, "", false},
		{"between two offices", minister, 19960101, "", false},
		{"before any office", minister, 19800101, "", false},
		{"an undated default", withDefault, 20100101, "", false},
		{"an open period", open, 20100101, "", false},
		{"a company's office", business, 20100101, "", false},
		{"already a former official", lastELI, 20100101, "", false},
		{"not a person", org, 20100101, "", false},
		{"no date", spy, 0, "", false},
	} {
		r, ok := tt.a.formerAfter(tt.day)
		if ok != tt.ok || ok && (r.Country != tt.country || r.Role != "ELI") {
			t.Errorf("%s: %+v %v, want %s ELI %v", tt.name, r, ok, tt.country, tt.ok)
		}
	}
}
