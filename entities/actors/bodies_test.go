package actors_test

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestPeopleOfBodies checks the roles people take from the body they serve, on sentences of the
// kinds wire stories and speeches write: the officers of an exchange (business people), the head
// of a national agency written before the name (also when the recognizer took the title into the
// agency's name), the heads of intelligence the Phoenix dictionaries code SPY, a scholar with no
// country in a datelined story, an aide to another country's leader, a raider in a takeover story,
// an older name of a country; and the cases that must not change.
func TestPeopleOfBodies(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		name, date, text string
		want             []grounded
	}{
		// Exchanges: their officers are business people.
		{"exchange chairman", "1988-06-04",
			"NEW YORK, June 4 - Pacific Stock Exchange Chairman Harold Brenner said volume rose sharply in May.",
			[]grounded{{"Harold Brenner", "USA", "BUS"}}},
		{"board of trade president, abbreviation between", "1988-06-04",
			"CHICAGO, June 4 - Kansas City Board of Trade, KCBT, President Walter Strand said wheat futures would open later on Monday.",
			[]grounded{{"Walter Strand", "USA", "BUS"}}},
		{"the Board of Trade is a ministry", "1988-06-04",
			"LONDON, June 4 - The Board of Trade published new export figures on Friday. President Alan Cotter of the chamber of shipping said the figures were encouraging.",
			[]grounded{{"Alan Cotter", "GBR", "GOV"}}},
		// The head of a national agency before the name.
		{"agency director", "1988-06-04",
			"WASHINGTON, June 4 - FBI Director Harold Brenner said the bureau would hire more agents.",
			[]grounded{{"Harold Brenner", "USA", "GOV"}}},
		{"agency name and title in one span", "1988-06-04",
			"WASHINGTON, June 4 - Federal Bureau of Investigation Director Harold Brenner said the bureau would hire more agents.",
			[]grounded{{"Harold Brenner", "USA", "GOV"}}},
		{"an agent is no head", "1988-06-04",
			"WASHINGTON, June 4 - The bureau will hire more agents. FBI agent Tom Lane testified later.",
			[]grounded{{"Tom Lane", "", ""}}},
		// A Director of Central Intelligence, SPY in Phoenix, is a senior official.
		{"intelligence head by title", "1986-05-01",
			"WASHINGTON, May 1 - CIA Director William Casey told the Senate the agency needed more money.",
			[]grounded{{"William Casey", "USA", "GOV"}}},
		{"intelligence head by dictionary", "1986-05-01",
			"WASHINGTON, May 1 - William Casey told the Senate the agency needed more money.",
			[]grounded{{"William Casey", "USA", "GOV"}}},
		// A scholar quoted with no country: the dateline's.
		{"economist in a datelined story", "1988-06-04",
			"WASHINGTON, June 4 - Japan's trade surplus will keep growing this year, economist Paula Grant said.",
			[]grounded{{"Paula Grant", "USA", "EDU"}}},
		{"economist with a nationality", "1988-06-04",
			"WASHINGTON, June 4 - Japan's trade surplus will keep growing this year, Japanese economist Kenji Mori said.",
			[]grounded{{"Kenji Mori", "JPN", "EDU"}}},
		{"economist, no dateline", "1988-06-04",
			"Japan's trade surplus will keep growing this year, economist Paula Grant said.",
			[]grounded{{"Paula Grant", "", "EDU"}}},
		// An aide to a leader is of the leader's country; an ambassador to a country is not.
		{"aide to a leader", "1988-06-04",
			"PARIS, June 4 - The talks were attended by Jan Kowalski, an adviser to Polish leader Wojciech Jaruzelski, who arrived on Monday.",
			[]grounded{{"Jan Kowalski", "POL", "GOV"}}},
		{"ambassador to a country", "1988-06-04",
			"PARIS, June 4 - The talks were attended by Pierre Lenoir, the ambassador to Poland, and by Polish leader Wojciech Jaruzelski.",
			[]grounded{{"Pierre Lenoir", "", "GOV"}}},
		// A raider in a takeover story is a business person; "by" alone is not a bid.
		{"tender offer from", "1988-06-04",
			"DALLAS, June 4 - Wexford Foods Inc said its board is studying a tender offer for all its shares at 30 dlrs a share from Peter Hale.",
			[]grounded{{"Peter Hale", "USA", "BUS"}}},
		{"takeover attempt by", "1988-06-04",
			"DALLAS, June 4 - Wexford Foods Inc said it spent 40 mln dlrs fighting a takeover attempt by Peter Hale.",
			[]grounded{{"Peter Hale", "USA", "BUS"}}},
		{"by, no bid", "1988-06-04",
			"DALLAS, June 4 - Wexford Foods Inc said the plan was drafted by Peter Hale.",
			[]grounded{{"Peter Hale", "", ""}}},
		{"public figure in a takeover story", "1988-06-04",
			"WASHINGTON, June 4 - The takeover of Wexford Foods Inc was criticized by Ronald Reagan.",
			[]grounded{{"Ronald Reagan", "USA", "GOV"}}},
		// An older English name of a country.
		{"Surinam", "1988-06-04",
			"THE HAGUE, June 4 - Dutch aid to Surinam will resume next year, the ministry said.",
			[]grounded{{"Surinam", "SUR", ""}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		t.Run(tt.name, func(t *testing.T) { expect(t, ms, tt.want) })
	}
}

// TestUserSpyStays checks that a user dictionary's SPY is kept: only the built-in Phoenix records of
// intelligence heads are read as senior officials.
func TestUserSpyStays(t *testing.T) {
	d, err := actors.ReadDictionary(strings.NewReader("name,entity,type,country,role,from,to\nWilliam Casey,,PERSON,USA,SPY,,\n"), "user.csv")
	if err != nil {
		t.Fatal(err)
	}
	a, c, _ := chainWith(t, actors.Options{User: []*actors.Dictionary{d}})
	s := "WASHINGTON, May 1 - William Casey told the Senate the agency needed more money."
	ms := c.RecognizeDated(a.Analyze(s, nil), "1986-05-01")
	expect(t, ms, []grounded{{"William Casey", "USA", "SPY"}})
}
