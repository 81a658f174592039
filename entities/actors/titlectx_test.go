package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestTitleContext checks the context rules of titlectx.go on sentences of the kinds found in wire
// stories and speeches: a title wrapped onto the line before the name, a current office written
// before a former one, a company's bare "President", an office left on the day in a relative
// clause, "the Republic" and "Parliament" inside a title, the President of an assembly
// congratulated on an election; and cases that must not change.
func TestTitleContext(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		name, date, text string
		want             []grounded
	}{
		// A title wrapped onto the line before the name (the line reads as a title-case headline).
		{"wrapped committee chairman", "1987-03-03",
			"WASHINGTON, May 5 - Senate Finance Committee\nChairman Lloyd Bentsen told bankers the trade bill could pass by summer.",
			[]grounded{{"Lloyd Bentsen", "USA", "LEG"}}},
		{"wrapped senate chairman", "1987-04-09",
			"WASHINGTON, April 9 - Senate Agriculture Committee\nChairman Patrick Leahy said the farm bill would wait until May.",
			[]grounded{{"Patrick Leahy", "USA", "LEG"}}},
		{"unwrapped control", "1987-03-03",
			"WASHINGTON, May 5 - Senate Finance Committee Chairman Lloyd Bentsen told bankers the trade bill could pass by summer.",
			[]grounded{{"Lloyd Bentsen", "USA", "LEG"}}},
		// A current office before a comma, a former one right before the name.
		{"speaker, former president", "2021-09-15",
			"A bomb hidden on a motorbike wounded the Maldives' Speaker of Parliament, former President Mohamed Nasheed, outside his home.",
			[]grounded{{"Mohamed Nasheed", "MDV", "LEG"}}},
		{"minister, former prime minister", "1995-06-10",
			"The talks were led by Israel's Foreign Minister, former Prime Minister Shimon Peres, who flew in on Friday.",
			[]grounded{{"Shimon Peres", "ISR", "GOV"}}},
		{"former alone", "2021-09-15",
			"Former President Mohamed Nasheed returned to Male on Sunday after treatment abroad.",
			[]grounded{{"Mohamed Nasheed", "MDV", "ELI"}}},
		// A company's bare "President" in a story about a company.
		{"airline president", "1987-03-19",
			"ZURICH, March 19 - Swissair <SWSZ.Z> said its net profit fell in 1986.\n    President Robert Staubli told reporters fuel costs would decide this year's result.",
			[]grounded{{"Robert Staubli", "CHE", "BUS"}}},
		{"bank board president", "1987-03-03",
			"BRUSSELS, March 3 - Banque Bruxelles Lambert <BBLB.B> won approval to raise its capital.\n    Board President Jacques Thierry said no further issue was planned.",
			[]grounded{{"Jacques Thierry", "BEL", "BUS"}}},
		{"company with legal form", "1987-05-04",
			"DETROIT, May 4 - Kelsey Hayes Co said sales rose six pct in the quarter. President Walter Mersky said orders from carmakers held up.",
			[]grounded{{"Walter Mersky", "USA", "BUS"}}},
		{"head of state in a company story", "1987-03-20",
			"WASHINGTON, March 20 - Chrysler Corp <C> said it would appeal the ruling. President Reagan said trade law should be enforced.",
			[]grounded{{"Reagan", "USA", "GOV"}}},
		{"head of state, no company", "1987-03-16",
			"QUITO, March 16 - President Leon Febres Cordero said Ecuador would pay its debts once exports recover.",
			[]grounded{{"Leon Febres Cordero", "ECU", "GOV"}}},
		// An office left on the day, in a relative clause.
		{"who resigned from his post", "1987-03-18",
			"BRASILIA, March 18 - Joao Sayad, who resigned yesterday from his post as Planning Minister, will represent Brazil in Brussels, officials said.",
			[]grounded{{"Joao Sayad", "BRA", "GOV"}}},
		{"who stepped down as", "1987-06-02",
			"LIMA, June 2 - Luis Alva Castro, who stepped down on Monday as Economy Minister, said Peru would keep its debt ceiling.",
			[]grounded{{"Luis Alva Castro", "PER", "GOV"}}},
		// "the Republic" and "Parliament" inside a title.
		{"president of the republic", "2012-09-15",
			"Lawmakers in Mogadishu chose as President\nof the Republic, Dr. Hassan Sheikh Mohamud, a former university dean.",
			[]grounded{{"Hassan Sheikh Mohamud", "SOM", "GOV"}}},
		// The President of an assembly congratulated on an election.
		{"assembly president on his election", "2010-09-15",
			"Allow me first to congratulate President Joseph Deiss on his election and to wish him a fruitful session.",
			[]grounded{{"Joseph Deiss", "UN", "IGO"}}},
		{"assembly president, assembly named", "2010-09-15",
			"We congratulate President Joseph Deiss on his election to the presidency of this Assembly.",
			[]grounded{{"Joseph Deiss", "UN", "IGO"}}},
		{"head of state on his election", "2013-09-15",
			"We congratulate President Ibrahim Boubacar Keita on his election and wish Mali lasting peace.",
			[]grounded{{"Ibrahim Boubacar Keita", "MLI", "GOV"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		t.Run(tt.name, func(t *testing.T) { expect(t, ms, tt.want) })
	}
}
