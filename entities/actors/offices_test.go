package actors_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
)

// TestOfficesByDate checks the curated office holders (data/offices.csv) on dates before, during,
// between and after their offices: in office they are GOV (IGO for an international organization)
// of their country; outside, ELI of the country of their latest national office; before the Phoenix
// dictionaries stop (2014), a date outside the curated offices still takes the Phoenix record.
func TestOfficesByDate(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       grounded
		latest     bool
	}{
		// Prime Minister of Finland from December 2019 to June 2023 (before: no office of the table).
		{"2018-06-01", "Sanna Marin spoke on Tuesday.", grounded{"Sanna Marin", "FIN", "ELI"}, false},
		{"2019-12-10", "Sanna Marin spoke on Tuesday.", grounded{"Sanna Marin", "FIN", "GOV"}, false},
		{"2021-06-01", "Sanna Marin spoke on Tuesday.", grounded{"Sanna Marin", "FIN", "GOV"}, false},
		{"2024-06-01", "Sanna Marin spoke on Tuesday.", grounded{"Sanna Marin", "FIN", "ELI"}, false},
		// Prime Minister of the Netherlands to July 2024, NATO Secretary General from October 2024.
		{"2015-06-01", "Mark Rutte spoke on Tuesday.", grounded{"Mark Rutte", "NLD", "GOV"}, false},
		{"2024-08-01", "Mark Rutte spoke on Tuesday.", grounded{"Mark Rutte", "NLD", "ELI"}, false},
		{"2025-03-01", "Mark Rutte spoke on Tuesday.", grounded{"Mark Rutte", "NATO", "IGO"}, false},
		{"", "Mark Rutte spoke on Tuesday.", grounded{"Mark Rutte", "NATO", "IGO"}, true},
		// Foreign Secretary 2016-2018, Prime Minister 2019-2022: ELI between and after.
		{"2017-06-01", "Boris Johnson spoke on Tuesday.", grounded{"Boris Johnson", "GBR", "GOV"}, false},
		{"2018-12-01", "Boris Johnson spoke on Tuesday.", grounded{"Boris Johnson", "GBR", "ELI"}, false},
		{"2020-12-01", "Boris Johnson spoke on Tuesday.", grounded{"Boris Johnson", "GBR", "GOV"}, false},
		{"2023-12-01", "Boris Johnson spoke on Tuesday.", grounded{"Boris Johnson", "GBR", "ELI"}, false},
		// Heads of government elected after the Phoenix dictionaries stopped.
		{"2023-03-01", "Rishi Sunak spoke on Tuesday.", grounded{"Rishi Sunak", "GBR", "GOV"}, false},
		{"2025-03-01", "Rishi Sunak spoke on Tuesday.", grounded{"Rishi Sunak", "GBR", "ELI"}, false},
		{"2025-03-01", "Keir Starmer spoke on Tuesday.", grounded{"Keir Starmer", "GBR", "GOV"}, false},
		{"2022-03-01", "Volodymyr Zelensky spoke on Tuesday.", grounded{"Volodymyr Zelensky", "UKR", "GOV"}, false},
		{"2024-02-01", "Javier Milei spoke on Tuesday.", grounded{"Javier Milei", "ARG", "GOV"}, false},
		{"", "Emmanuel Macron spoke on Tuesday.", grounded{"Emmanuel Macron", "FRA", "GOV"}, true},
		// A Phoenix period left open that has ended (Mario Draghi: ITA GOV from 2006 in Phoenix;
		// ECB President to October 2019, Prime Minister of Italy February 2021 to October 2022).
		{"2013-06-01", "Mario Draghi spoke on Tuesday.", grounded{"Mario Draghi", "ECB", "IGO"}, false},
		{"2020-06-01", "Mario Draghi spoke on Tuesday.", grounded{"Mario Draghi", "ITA", "ELI"}, false},
		{"2021-06-01", "Mario Draghi spoke on Tuesday.", grounded{"Mario Draghi", "ITA", "GOV"}, false},
		{"2023-06-01", "Mario Draghi spoke on Tuesday.", grounded{"Mario Draghi", "ITA", "ELI"}, false},
		// A name only Phoenix gives the person (a surname) finds the curated offices too.
		{"2010-06-01", "Merkel spoke on Tuesday.", grounded{"Merkel", "DEU", "GOV"}, false},
		{"2023-06-01", "Merkel spoke on Tuesday.", grounded{"Merkel", "DEU", "ELI"}, false},
		{"2016-06-01", "Hillary Clinton spoke on Tuesday.", grounded{"Hillary Clinton", "USA", "ELI"}, false},
		{"2011-06-01", "Hillary Clinton spoke on Tuesday.", grounded{"Hillary Clinton", "USA", "GOV"}, false},
		// International organizations, and a national office before 2014 that only Phoenix knows
		// (Christine Lagarde, French minister until 2011).
		{"2009-06-01", "Christine Lagarde spoke on Tuesday.", grounded{"Christine Lagarde", "FRA", "GOV"}, false},
		{"2015-06-01", "Christine Lagarde spoke on Tuesday.", grounded{"Christine Lagarde", "IMF", "IGO"}, false},
		{"2021-06-01", "Christine Lagarde spoke on Tuesday.", grounded{"Christine Lagarde", "ECB", "IGO"}, false},
		// A body of the EU with the EU's CAMEO code is the EU's (EUCOM in the table); the European
		// Council has no CAMEO code of its own and keeps its id.
		{"2016-06-01", "Jean-Claude Juncker spoke on Tuesday.", grounded{"Jean-Claude Juncker", "EU", "IGO"}, false},
		{"2010-06-01", "Jean-Claude Juncker spoke on Tuesday.", grounded{"Jean-Claude Juncker", "LUX", "GOV"}, false},
		{"2016-06-01", "Donald Tusk spoke on Tuesday.", grounded{"Donald Tusk", "EUCOUNCIL", "IGO"}, false},
		{"2024-06-01", "Donald Tusk spoke on Tuesday.", grounded{"Donald Tusk", "POL", "GOV"}, false},
		{"2018-06-01", "Tedros Adhanom Ghebreyesus spoke on Tuesday.", grounded{"Tedros Adhanom Ghebreyesus", "WHO", "IGO"}, false},
		{"2021-06-01", "António Guterres spoke on Tuesday.", grounded{"António Guterres", "UN", "IGO"}, false},
		{"2010-06-01", "António Guterres spoke on Tuesday.", grounded{"António Guterres", "UNHCR", "IGO"}, false},
		// Before the first office, with no role from Phoenix that day, ELI of the country, as the
		// Phoenix dictionaries code politicians before their dated offices (Donald Trump, President
		// from 2017, unknown to Phoenix; Keir Starmer, Prime Minister from 2024 and Leader of the
		// Opposition from 2020; Javier Milei, President from 2023; Volodymyr Zelensky, a candidate
		// in March 2019). The text's title, when there is one, beats it (TestPeopleRulesByContext).
		{"2006-04-01", "Donald Trump spoke on Tuesday.", grounded{"Donald Trump", "USA", "ELI"}, false},
		{"2016-06-01", "Keir Starmer spoke on Tuesday.", grounded{"Keir Starmer", "GBR", "ELI"}, false},
		{"2019-06-01", "Javier Milei spoke on Tuesday.", grounded{"Javier Milei", "ARG", "ELI"}, false},
		{"2019-03-20", "Volodymyr Zelensky spoke on Tuesday.", grounded{"Volodymyr Zelensky", "UKR", "ELI"}, false},
		{"2016-06-01", "Labour MP Keir Starmer spoke on Tuesday.", grounded{"Keir Starmer", "GBR", "LEG"}, false},
		{"2018-06-01", "Donald Trump spoke on Tuesday.", grounded{"Donald Trump", "USA", "GOV"}, false},
		{"2022-06-01", "Donald Trump spoke on Tuesday.", grounded{"Donald Trump", "USA", "ELI"}, false},
		// Central bank governors: Mark Carney at the Bank of Canada, the Bank of England, then
		// Prime Minister of Canada; Janet Yellen at the Federal Reserve, then the Treasury.
		{"2010-06-01", "Mark Carney spoke on Tuesday.", grounded{"Mark Carney", "CAN", "GOV"}, false},
		{"2016-06-01", "Mark Carney spoke on Tuesday.", grounded{"Mark Carney", "GBR", "GOV"}, false},
		{"2022-06-01", "Mark Carney spoke on Tuesday.", grounded{"Mark Carney", "CAN", "ELI"}, false},
		{"2019-06-01", "Janet Yellen spoke on Tuesday.", grounded{"Janet Yellen", "USA", "ELI"}, false},
		{"2022-06-01", "Janet Yellen spoke on Tuesday.", grounded{"Janet Yellen", "USA", "GOV"}, false},
		{"2016-06-01", "Haruhiko Kuroda spoke on Tuesday.", grounded{"Haruhiko Kuroda", "JPN", "GOV"}, false},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		var got *entities.Mention
		for i := range ms {
			if ms[i].Text == tt.want.text {
				got = &ms[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no mention %q in %+v", tt.date, tt.want.text, ms)
			continue
		}
		if got.Country != tt.want.country || got.Role != tt.want.role || got.RoleLatest != tt.latest {
			t.Errorf("%q on %q: %s %s latest=%v, want %s %s latest=%v", tt.want.text, tt.date,
				got.Country, got.Role, got.RoleLatest, tt.want.country, tt.want.role, tt.latest)
		}
	}
}

// TestOfficesUserWins checks that a user dictionary beats the curated office holders.
func TestOfficesUserWins(t *testing.T) {
	user, err := actors.ReadDictionary(strings.NewReader("Sanna Marin,,PERSON,XYZ,MIL,,\n"), "user.csv")
	if err != nil {
		t.Fatal(err)
	}
	a, c, _ := chainWith(t, actors.Options{User: []*actors.Dictionary{user}})
	s := "Sanna Marin spoke on Tuesday."
	ms := c.RecognizeDated(a.Analyze(s, nil), "2021-06-01")
	checkSpans(t, s, ms)
	expect(t, ms, []grounded{{"Sanna Marin", "XYZ", "MIL"}})
}

// TestOfficesTable checks the curated table as a whole: it parses, every office is of a country
// the gazetteer knows or of an international organization geopol has an id for, and no period ends
// before it starts or after the table's horizon.
func TestOfficesTable(t *testing.T) {
	b, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := entities.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	igos := map[string]bool{"UN": true, "UNHCR": true, "NATO": true, "EU": true, "EUCOM": true,
		"EUCOUNCIL": true, "IMF": true, "WORLDBANK": true, "ECB": true, "WTO": true, "WHO": true, "AU": true}
	if b.Offices.Len() < 500 || b.Former.Len() < 400 {
		t.Fatalf("offices: %d records, %d former", b.Offices.Len(), b.Former.Len())
	}
	for i := 0; i < b.Offices.Len(); i++ {
		p := b.Offices.Actor(i)
		if !p.Person || len(p.Names) == 0 || len(p.Ranges) == 0 {
			t.Errorf("line %d: %+v", p.Line, p)
			continue
		}
		unHead := slices.ContainsFunc(p.Ranges, func(r actors.Range) bool { return r.Country == "UN" && r.Role == "IGO" })
		for _, r := range p.Ranges {
			switch {
			case r.Role == "ELI" && !unHead:
				// ELI only for a former head of the UN out of office (README.md)
				t.Errorf("line %d %s: ELI without an office of the UN", p.Line, p.Names[0].Key)
			case !r.Dated || r.From == 0 || (r.To != 0 && r.To < r.From) || r.To > 20261231:
				t.Errorf("line %d %s: period %s to %s", p.Line, p.Names[0].Key, r.From, r.To)
			case r.Role == "IGO" && !igos[r.Country]:
				t.Errorf("line %d %s: IGO office of %q", p.Line, p.Names[0].Key, r.Country)
			case r.Role != "IGO" && !gaz.IsCountry(r.Country):
				t.Errorf("line %d %s: country %q unknown", p.Line, p.Names[0].Key, r.Country)
			case !slices.Contains([]string{"GOV", "IGO", "MIL", "REB", "OPP", "JUD", "ELI"}, r.Role):
				t.Errorf("line %d %s: role %q", p.Line, p.Names[0].Key, r.Role)
			}
		}
	}
	for i := 0; i < b.Former.Len(); i++ {
		p := b.Former.Actor(i)
		// ELI from the first office, the country alone before it.
		if len(p.Ranges) != 2 || !p.Ranges[0].Dated || p.Ranges[0].From == 0 || p.Ranges[0].To != 0 ||
			p.Ranges[0].Role != "ELI" || !gaz.IsCountry(p.Ranges[0].Country) ||
			p.Ranges[1] != (actors.Range{Country: p.Ranges[0].Country}) {
			t.Errorf("former record of line %d: %+v", p.Line, p.Ranges)
		}
	}
}
