package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestLegislatorsAndAgencies checks the forms of legislators and agency heads that wire stories
// write: a party leader of a house ("Majority leader"), the party and state in parentheses after a
// congressman's name, an aide to a legislator (legislative staff), an adjective that opens an
// apposition, the chairman of a government agency of the curated organizations, a titled person
// and the country after "of" ("President X of Austria"); and the cases that
// must not change (a supreme leader, a company's chairman, an aide to a minister, a parenthesis that
// is no party and state).
func TestLegislatorsAndAgencies(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		name, date, text string
		want             []grounded
	}{
		{"house majority leader", "1988-06-04",
			"WASHINGTON, June 4 - House Majority leader Walter Brennan said the bill would pass next week.",
			[]grounded{{"Walter Brennan", "USA", "LEG"}}},
		{"senate minority whip", "1988-06-04",
			"WASHINGTON, June 4 - Senate Minority Whip Walter Brennan said the bill would fail.",
			[]grounded{{"Walter Brennan", "USA", "LEG"}}},
		{"supreme leader stays GOV", "1988-06-04",
			"TEHRAN, June 4 - Iran's Supreme Leader Ali Khamenei said the talks would go on.",
			[]grounded{{"Ali Khamenei", "IRN", "GOV"}}},
		{"party and state after a name", "1988-06-04",
			"WASHINGTON, June 4 - The bill was introduced by Walter Brennan (R-Nebr.), who said farmers needed help.",
			[]grounded{{"Walter Brennan", "USA", "LEG"}}},
		{"party and state with a two-word state", "1988-06-04",
			"WASHINGTON, June 4 - Walter Brennan (D-South Carolina) said farmers needed help.",
			[]grounded{{"Walter Brennan", "USA", "LEG"}}},
		{"a parenthesis that is no party", "1988-06-04",
			"WASHINGTON, June 4 - Walter Brennan (Reuters) said farmers needed help.",
			[]grounded{{"Walter Brennan", "", ""}}},
		{"a stock symbol is no party", "1988-06-04",
			"WASHINGTON, June 4 - Walter Brennan (B-52) said farmers needed help.",
			[]grounded{{"Walter Brennan", "", ""}}},
		{"aide to the majority leader", "1988-06-04",
			"WASHINGTON, June 4 - The bill will wait, said Paul Ostrow, legislative aide to the Majority leader.",
			[]grounded{{"Paul Ostrow", "USA", "LEG"}}},
		{"adjective opens an apposition", "1988-06-04",
			"WASHINGTON, June 4 - Paul Ostrow, economic adviser to the Senate Majority leader, said the bill would wait.",
			[]grounded{{"Paul Ostrow", "USA", "LEG"}}},
		{"aide to a minister stays GOV", "1988-06-04",
			"PARIS, June 4 - Jean Dufour, an aide to the French finance minister, said the plan would wait.",
			[]grounded{{"Jean Dufour", "FRA", "GOV"}}},
		{"agency chairman", "1988-06-04",
			"WASHINGTON, June 4 - Securities and Exchange Commission Chairman Walter Brennan said the rules would change.",
			[]grounded{{"Walter Brennan", "USA", "GOV"}}},
		// A titled person and the country named right after the name.
		{"title, name, of country", "2019-09-20",
			"We support the initiative of President Walter Brennan of Iceland for a cleaner ocean.",
			[]grounded{{"Walter Brennan", "ISL", "GOV"}}},
		{"of a body is no country", "2019-09-20",
			"We support the initiative of Minister Walter Brennan of the Ocean Institute for a cleaner ocean.",
			[]grounded{{"Walter Brennan", "", "GOV"}}},
		{"of a country with no title", "2019-09-20",
			"We read the poems of Walter Brennan of Iceland every year.",
			[]grounded{{"Walter Brennan", "", ""}}},
		// Not a government agency's head: the company whose name holds the title opens the story
		// after its dateline, and is of the dateline's country (2026-12-07, branch s14people; was
		// left unplaced before).
		{"company chairman is the lead company's", "1988-06-04",
			"WASHINGTON, June 4 - Wexford Foods Chairman Walter Brennan said the rules would change.",
			[]grounded{{"Walter Brennan", "USA", "BUS"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		t.Run(tt.name, func(t *testing.T) { expect(t, ms, tt.want) })
	}
}
