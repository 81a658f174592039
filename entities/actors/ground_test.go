package actors_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/text"
)

// models are the analyzer and the default chain (statistical model included), loaded once.
var models = sync.OnceValues(func() (*text.Analyzer, error) { return text.NewAnalyzer() })

// chainWith returns the default chain grounded by a Grounder built with o.
func chainWith(t testing.TB, o actors.Options) (*text.Analyzer, *entities.Chain, *actors.Grounder) {
	t.Helper()
	a, err := models()
	if err != nil {
		t.Fatal(err)
	}
	nm, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := entities.NewChain(nm)
	if err != nil {
		t.Fatal(err)
	}
	g, err := actors.New(o)
	if err != nil {
		t.Fatal(err)
	}
	c.Grounder = g
	return a, c, g
}

// grounded is what a test expects of the mention of a name.
type grounded struct {
	text, country, role string
}

// checkSpans checks the offset property of every mention.
func checkSpans(t *testing.T, s string, ms []entities.Mention) {
	t.Helper()
	for i, m := range ms {
		if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v: text[start:end] = %q", m, s[max(0, m.Start):min(len(s), m.End)])
		}
		if i > 0 && ms[i-1].End > m.Start {
			t.Errorf("mentions overlap: %+v and %+v", ms[i-1], m)
		}
	}
}

// expect checks the mentions of the given names (the first mention of each text, or all of them
// when all is set).
func expect(t *testing.T, ms []entities.Mention, want []grounded) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, m := range ms {
			if m.Text != w.text {
				continue
			}
			found = true
			if m.Country != w.country || m.Role != w.role {
				t.Errorf("%q: country %q role %q, want %q %q (%+v)", w.text, m.Country, m.Role, w.country, w.role, m)
			}
		}
		if !found {
			var got []string
			for _, m := range ms {
				got = append(got, m.Text+"/"+m.Type)
			}
			t.Errorf("no mention %q among %v", w.text, got)
		}
	}
}

// TestRolesByDate checks that people whose office changed get the role of the document's date from
// the dictionary (heads of state and government before, during and after office), and the latest
// one, flagged, on an undated document. Dates and offices from the Phoenix dictionary's ranges.
func TestRolesByDate(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
		latest     bool
	}{
		{"1995-06-01", "Vladimir Putin visited the port.", []grounded{{"Vladimir Putin", "RUS", "ELI"}}, false},
		{"2005-06-01", "Vladimir Putin visited the port.", []grounded{{"Vladimir Putin", "RUS", "GOV"}}, false},
		{"2010-06-01", "Vladimir Putin visited the port.", []grounded{{"Vladimir Putin", "RUS", "GOV"}}, false},
		{"", "Vladimir Putin visited the port.", []grounded{{"Vladimir Putin", "RUS", "GOV"}}, true},
		// Undated: the latest role, a former Secretary-General of his country since 2017
		// (data/offices.csv).
		{"", "Ban Ki-moon spoke in New York.", []grounded{{"Ban Ki-moon", "KOR", "ELI"}}, true},
		{"1990-01-01", "Hamid Karzai spoke in Kabul.", []grounded{{"Hamid Karzai", "AFG", "ELI"}}, false},
		{"2005-01-01", "Hamid Karzai spoke in Kabul.", []grounded{{"Hamid Karzai", "AFG", "GOV"}}, false},
		{"2009-06-01", "Dmitry Medvedev spoke in Moscow.", []grounded{{"Dmitry Medvedev", "RUS", "GOV"}}, false},
		{"2010-06-01", "Ban Ki-moon spoke in New York.", []grounded{{"Ban Ki-moon", "UN", "IGO"}}, false},
		{"2005-06-01", "Ban Ki-moon spoke in Seoul.", []grounded{{"Ban Ki-moon", "KOR", "GOV"}}, false},
		{"2000-06-01", "Kofi Annan spoke in New York.", []grounded{{"Kofi Annan", "UN", "IGO"}}, false},
		// The joint envoy of the UN and the Arab League for Syria from February to August 2012.
		{"2012-06-01", "Kofi Annan spoke in Geneva.", []grounded{{"Kofi Annan", "UN", "IGO"}}, false},
		{"2013-06-01", "Kofi Annan spoke in Geneva.", []grounded{{"Kofi Annan", "GHA", "ELI"}}, false},
		{"2000-06-01", "Jens Stoltenberg spoke in Oslo.", []grounded{{"Jens Stoltenberg", "NOR", "GOV"}}, false},
		{"2012-06-01", "Barack Obama spoke in Ohio.", []grounded{{"Barack Obama", "USA", "GOV"}}, false},
		{"1995-06-01", "Bill Clinton spoke in Ohio.", []grounded{{"Bill Clinton", "USA", "GOV"}}, false},
		{"2005-06-01", "Bill Clinton spoke in Ohio.", []grounded{{"Bill Clinton", "USA", "ELI"}}, false},
		{"2008-06-01", "Hosni Mubarak spoke in Cairo.", []grounded{{"Hosni Mubarak", "EGY", "GOV"}}, false},
		{"2013-06-01", "Hosni Mubarak appeared in court.", []grounded{{"Hosni Mubarak", "EGY", "ELI"}}, false},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
		for _, m := range ms {
			if m.Text == tt.want[0].text && m.RoleLatest != tt.latest {
				t.Errorf("%s on %q: RoleLatest = %v, want %v", m.Text, tt.date, m.RoleLatest, tt.latest)
			}
		}
	}
}

// TestTextEvidence checks titles and appositions, their propagation to later mentions of the same
// person, and that the text beats the dictionary.
func TestTextEvidence(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		{"2005-03-01", "Russian President Vladimir Putin met officials. Putin said the talks went well.",
			[]grounded{{"Vladimir Putin", "RUS", "GOV"}, {"Putin", "RUS", "GOV"}}},
		{"2016-05-01", "Iran's foreign minister, Javad Zarif, met his counterparts in Vienna.",
			[]grounded{{"Javad Zarif", "IRN", "GOV"}}},
		{"2016-05-01", "Talks resumed on Monday. Mohammad Javad Zarif, Iran's foreign minister, said the deal was good.",
			[]grounded{{"Mohammad Javad Zarif", "IRN", "GOV"}}},
		{"2016-05-01", "The head of the Iraqi army, General Ahmed Ali, said troops were ready.",
			[]grounded{{"Ahmed Ali", "IRQ", "MIL"}}},
		{"1987-05-01", "BELGRADE, May 1 - Yugoslavia will repay its debts, Prime Minister Branko Mikulic said. Mikulic spoke to parliament.",
			[]grounded{{"Branko Mikulic", "YUG", "GOV"}, {"Mikulic", "YUG", "GOV"}}},
		// The text beats the dictionary, which has Karzai in office in 2005.
		{"2005-01-01", "Former President Hamid Karzai spoke in Kabul.", []grounded{{"Hamid Karzai", "AFG", "ELI"}}},
		{"2005-01-01", "Hamid Karzai, the former president, spoke in Kabul.", []grounded{{"Hamid Karzai", "AFG", "ELI"}}},
		{"2005-06-01", "Former President Bill Clinton met donors. Clinton said the fund would grow.",
			[]grounded{{"Bill Clinton", "USA", "ELI"}, {"Clinton", "USA", "ELI"}}},
		{"2010-01-01", "Ban Ki-moon, the UN secretary-general, said the talks would go on.",
			[]grounded{{"Ban Ki-moon", "UN", "IGO"}}},
		{"2012-01-01", "Senator John Cornyn of Texas issued a statement.", []grounded{{"John Cornyn", "", "LEG"}}},
		// UN General Debate conventions: a title broken across a line, an office of the UN, a
		// profession after an office, and the speaker's country not given to the dignitaries thanked.
		{"2010-09-15", "We are grateful to Secretary-\nGeneral Ban Ki-moon and his staff.", []grounded{{"Ban Ki-moon", "UN", "IGO"}}},
		// The dictionary has Guterres as a former Portuguese prime minister; the title and the UN
		// named before make him the UN's.
		{"2019-09-25", "The United Nations has a duty here. We commend Secretary-General António Guterres on his leadership.",
			[]grounded{{"António Guterres", "UN", "IGO"}}},
		{"2001-06-01", "António Guterres spoke in Lisbon.", []grounded{{"António Guterres", "PRT", "GOV"}}},
		{"2010-09-15", "Three years ago, the President of Ecuador, the economist Rafael Correa, launched the initiative.",
			[]grounded{{"Rafael Correa", "ECU", "GOV"}}},
		{"2011-09-15", "Mexico has always supported the Mexican proposals of Mexico. Mexico is proud.\n\n" +
			"These are difficult times for all. I congratulate Ambassador Nassir Abdulaziz Al-Nasser on his election.",
			// Not Mexico's: the President of the Assembly of that session (offices.csv).
			[]grounded{{"Nassir Abdulaziz Al-Nasser", "UN", "IGO"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
	}
}

// TestOrganizations checks national bodies, seats of government, news agencies, central banks and
// international organizations.
func TestOrganizations(t *testing.T) {
	a, c, g := chainWith(t, actors.Options{})
	s := "The Foreign Ministry of Iran, the Pentagon and the Bundesbank commented, the news agency Tanjug reported. " +
		"The UN and Hamas were not available. The Iraqi Army moved north."
	d := a.Analyze(s, nil)
	ms := c.RecognizeDated(d, "1987-05-01")
	checkSpans(t, s, ms)
	expect(t, ms, []grounded{
		{"Foreign Ministry of Iran", "IRN", "GOV"}, {"Pentagon", "USA", "MIL"}, {"Bundesbank", "DEU", "GOV"},
		{"Tanjug", "YUG", "MED"}, {"UN", "UN", "IGO"}, {"Hamas", "PSE", "REB"}, {"Iraqi Army", "IRQ", "MIL"},
	})
	for _, m := range ms {
		switch m.Text {
		case "UN":
			if code := g.CAMEOCode(m); code != "IGOUNO" {
				t.Errorf("CAMEOCode(UN) = %q, want IGOUNO", code)
			}
		case "Pentagon":
			if code := g.CAMEOCode(m); code != "USAMIL" {
				t.Errorf("CAMEOCode(Pentagon) = %q, want USAMIL", code)
			}
		}
	}
	// Tanjug after Yugoslavia: Serbia's.
	ms = c.RecognizeDated(a.Analyze("The news agency Tanjug reported.", nil), "2010-01-01")
	expect(t, ms, []grounded{{"Tanjug", "SRB", "MED"}})
}

// TestUserDictionaries checks that user entries (CSV and PETRARCH) are marked, win over the built-in
// ones and are dated, and that ignored names are not marked.
func TestUserDictionaries(t *testing.T) {
	csvDict, err := actors.ReadDictionary(strings.NewReader(
		"name,entity,type,country,role,from,to\n"+
			"Vladimir Putin,Putin V.,PERSON,XYZ,MIL,,\n"+
			"Frodo Baggins,,PERSON,HOB,GOV,1995-06-01,1999-08-15\n"+
			"Frodo Baggins,,PERSON,HOB,ELI,1999-08-16,\n"), "user.csv")
	if err != nil {
		t.Fatal(err)
	}
	petr, err := actors.ReadDictionary(strings.NewReader("GONDOR_ [GON]\n+MINAS_TIRITH\nARGENTIN [ARG]\n"), "user.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ig, err := actors.ReadIgnore(strings.NewReader("Iran\n"), "ignore.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, c, _ := chainWith(t, actors.Options{User: []*actors.Dictionary{csvDict, petr}, Ignore: ig})
	s := "Vladimir Putin met Frodo Baggins in Minas Tirith; Gondor and the Argentine envoy watched. Iran objected."
	for _, tt := range []struct {
		date string
		want []grounded
	}{
		{"2005-01-01", []grounded{{"Vladimir Putin", "XYZ", "MIL"}, {"Frodo Baggins", "HOB", "ELI"}, {"Minas Tirith", "GON", ""},
			{"Gondor", "GON", ""}, {"Argentine", "ARG", "GOV"}}}, // "the Argentine envoy": ARGGOV
		{"1997-01-01", []grounded{{"Frodo Baggins", "HOB", "GOV"}}},
	} {
		ms := c.RecognizeDated(a.Analyze(s, nil), tt.date)
		checkSpans(t, s, ms)
		expect(t, ms, tt.want)
		for _, m := range ms {
			if m.Text == "Iran" {
				t.Errorf("ignored name marked: %+v", m)
			}
			if m.Text == "Vladimir Putin" && (m.Entity != "Putin V." || m.Source != actors.SourceDictionary) {
				t.Errorf("user entry: %+v", m)
			}
			if m.Text == "Minas Tirith" && m.Entity != "GON" {
				t.Errorf("synonym entity = %q, want GON", m.Entity)
			}
		}
	}
	// The case of a CSV name counts: "frodo baggins" in lower case is not the capitalized name.
	ms := c.RecognizeDated(a.Analyze("we met frodo baggins there.", nil), "2005-01-01")
	for _, m := range ms {
		if m.Source == actors.SourceDictionary {
			t.Errorf("lower-case text matched a capitalized CSV name: %+v", m)
		}
	}
}

// TestEvalPetrarchFloor measures the agreement of geopol's mention countries with the actor codes
// of the PETRARCH unit tests (the alignment is EvalPetrarch's), with the test's own dictionaries.
func TestEvalPetrarchFloor(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "events")
	tests := filepath.Join(dir, "petrarch_unittests.jsonl")
	f, err := os.Open(tests)
	if err != nil {
		t.Skipf("shared evaluation data absent (../shared/data is read at test time only): %v", err)
	}
	defer f.Close()
	var user []*actors.Dictionary
	for _, name := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt"} {
		df, err := os.Open(filepath.Join(dir, "dictionaries", name))
		if err != nil {
			t.Skip(err)
		}
		d, err := actors.ReadDictionary(df, name)
		df.Close()
		if err != nil {
			t.Fatal(err)
		}
		user = append(user, d)
	}
	a, c, g := chainWith(t, actors.Options{User: user})
	res, err := g.EvalPetrarch(f, func(s, date string) []entities.Mention { return c.RecognizeDated(a.Analyze(s, nil), date) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PETRARCH unit tests: %d sentences; country agreement %.4f (%d/%d), role agreement %.4f (%d/%d); %d expected codes without a country left out",
		res.Sentences, res.CountryRate(), res.CountryAgree, res.Actors, res.RoleRate(), res.RoleAgree, res.WithRole, res.NoCountry)
	// Measured 2026-12-06 on ../shared/data/events/petrarch_unittests.jsonl with PETR.Validate.actors.txt
	// and PETR.Validate.agents.txt: country 0.9794 (666/680), role 0.4308 (56/130); role 0.8923
	// (116/130) once countries named with a group or an office took its role (branch s3people).
	// Issue target 0.90.
	if res.CountryRate() < 0.97 {
		t.Errorf("country agreement %.4f below floor 0.97", res.CountryRate())
	}
	if res.RoleRate() < 0.89 {
		t.Errorf("role agreement %.4f below floor 0.89", res.RoleRate())
	}
}

// TestPeopleRulesByContext checks the rules that give a person's role and country from the context
// on a dated document: a surname alone (an office holder in office that day, or out of office when
// the document names the country), the current occupation in a relative clause, a ruling officer,
// opposition politicians and candidates, and heads of unions. Names are invented where the rule
// does not depend on the table.
func TestPeopleRulesByContext(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		// Surnames alone.
		{"2023-04-15", "Macron signed the pension law on Saturday, officials said.",
			[]grounded{{"Macron", "FRA", "GOV"}}},
		{"2010-04-15", "Lee said on Friday that South Korea would respond calmly.",
			[]grounded{{"Lee", "KOR", "GOV"}}},
		{"2024-03-12", "Ardern said on Tuesday that New Zealand had been right to close its borders.",
			[]grounded{{"Ardern", "NZL", "ELI"}}},
		// A former holder is that holder only when the document names the country (or the full
		// name): a sentence that names none stays ungrounded, whatever namesakes the dictionaries
		// have ("Ardern", "Johnson").
		{"2024-03-12", "Ardern said on Tuesday that she would write a memoir.",
			[]grounded{}},
		{"2023-03-12", "Johnson said on Tuesday that he would write a memoir.",
			[]grounded{}},
		{"1990-03-12", "Ardern said on Tuesday that New Zealand would win.",
			[]grounded{}},
		{"2020-05-19", "Abbas said on Tuesday that the Palestinians were no longer bound by the accords.",
			[]grounded{{"Abbas", "PSE", "GOV"}}},
		// A current occupation after a former office.
		{"2021-12-20", "Prosecutors charged Ivan Petrenko, the former president who now leads the opposition Solidarity party, with treason.",
			[]grounded{{"Ivan Petrenko", "", "OPP"}}},
		{"2018-06-20", "Ravi Menon, the former ambassador who now heads corporate affairs at Menon Industries, spoke in Delhi.",
			[]grounded{{"Ravi Menon", "", "BUS"}}},
		{"2021-12-20", "Ivan Petrenko, who heads the miners' union, called a strike.",
			[]grounded{{"Ivan Petrenko", "", "LAB"}}},
		// American cabinet titles.
		{"2014-02-07", "Assistant Secretary of State Maria Lund apologised on Friday.",
			[]grounded{{"Maria Lund", "USA", "GOV"}}},
		// Officers who rule, opposition politicians.
		{"1984-04-25", "Nigeria's military ruler, Major General Abu Bello, said the currency would change.",
			[]grounded{{"Abu Bello", "NGA", "GOV"}}},
		{"2023-09-22", "Guinea's junta leader, Colonel Sekou Camara, spoke at the United Nations.",
			[]grounded{{"Sekou Camara", "GIN", "GOV"}}},
		{"2020-08-20", "Russian opposition politician Ivan Sokolov was taken to hospital.",
			[]grounded{{"Ivan Sokolov", "RUS", "OPP"}}},
		{"2014-12-11", "Opposition candidate Musa Bello said he would win.",
			[]grounded{{"Musa Bello", "", "OPP"}}},
		{"1987-08-20", "Themba Nkosi, the general secretary of the National Union of Mineworkers, said the strike would go on.",
			[]grounded{{"Themba Nkosi", "", "LAB"}}},
		// Nouns that describe the body an office heads.
		{"1980-04-19", "Police arrested Paulo Ramos, the leader of the metalworkers' union, on Saturday.",
			[]grounded{{"Paulo Ramos", "", "LAB"}}},
		{"2015-04-19", "Ali Reza, chairman of the steel company, said on Saturday that output would rise.",
			[]grounded{{"Ali Reza", "", "BUS"}}},
		{"2015-04-19", "Ali Reza, the head of the country's nuclear agency, said on Saturday that output would rise.",
			[]grounded{}},
		// A home or a constituency after "from".
		{"2023-10-20", "Jim Jordan, a Republican congressman from Ohio, lost a third vote for speaker on Friday.",
			[]grounded{{"Jim Jordan", "USA", "LEG"}}},
		{"2023-10-20", "Ravi Kumar, a senator from Texas, met officials in Mexico.",
			[]grounded{{"Ravi Kumar", "USA", "LEG"}}},
		{"2011-03-02", "Pedro Alvarez, a diplomat from Mexico, met officials in Ohio.",
			[]grounded{{"Pedro Alvarez", "MEX", "GOV"}}},
		// A title a recognizer took for an organization's name.
		{"2020-08-25", "Acting Homeland Security Secretary Jane Roe visited the border wall in Arizona on Tuesday.",
			[]grounded{{"Jane Roe", "USA", "GOV"}}},
		// The title and the name as the dictionaries write them: Jordan's king in 2019, Saudi
		// Arabia's having died in 2015.
		{"2019-01-09", "King Abdullah met the U.S. secretary of state in Amman on Tuesday to discuss Syria.",
			[]grounded{{"Abdullah", "JOR", "GOV"}}},
		{"2008-01-09", "President Karzai met the U.S. secretary of state on Tuesday.",
			[]grounded{{"Karzai", "AFG", "GOV"}}},
		// An office taken up or left on the day ("sworn in as", "resigned as", "became"); a past
		// "served as" is no evidence of the day.
		{"2011-05-02", "Ivan Petrenko was sworn in as Ukraine's president on Monday.",
			[]grounded{{"Ivan Petrenko", "UKR", "GOV"}}},
		{"2016-08-30", "Emmanuel Macron resigned as economy minister on Tuesday.",
			[]grounded{{"Emmanuel Macron", "FRA", "GOV"}}},
		{"2015-05-29", "Musa Bello became Nigeria's president on Friday.",
			[]grounded{{"Musa Bello", "NGA", "GOV"}}},
		{"2015-05-29", "Musa Bello was named foreign minister of Nigeria on Friday.",
			[]grounded{{"Musa Bello", "NGA", "GOV"}}},
		{"2015-05-29", "Musa Bello, who served as foreign minister, spoke on Friday.",
			[]grounded{}},
		{"2015-05-29", "Musa Bello is Nigeria's foreign minister.",
			[]grounded{{"Musa Bello", "NGA", "GOV"}}},
		{"2015-05-29", "Musa Bello remains the army chief of Nigeria.",
			[]grounded{{"Musa Bello", "NGA", "MIL"}}},
		{"2015-05-29", "Musa Bello serves as ambassador of Nigeria to Ghana.",
			[]grounded{{"Musa Bello", "NGA", "GOV"}}},
		{"2015-05-29", "Musa Bello is expected to speak in Nigeria.",
			[]grounded{}},
		// The state of the date: the dictionaries write RUS for Soviet leaders.
		{"1989-11-10", "Mikhail Gorbachev welcomed the opening of the Berlin Wall.",
			[]grounded{{"Mikhail Gorbachev", "SUN", "GOV"}}},
		{"1995-11-10", "Mikhail Gorbachev said he would run for president.",
			[]grounded{{"Mikhail Gorbachev", "RUS", "ELI"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		if len(tt.want) == 0 {
			for _, m := range ms {
				if m.Type == entities.PERSON && m.Country != "" {
					t.Errorf("%q on %s: %q grounded in %q, want no country", tt.text, tt.date, m.Text, m.Country)
				}
			}
			continue
		}
		expect(t, ms, tt.want)
	}
}

// TestCountryAgents checks that a country named with a noun of a group or an office takes that
// noun's role, as CAMEO codes such actors ("the Australian government" AUSGOV), and only then.
func TestCountryAgents(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	type want struct{ text, role string }
	tests := []struct {
		date, text string
		want       []want // the country mentions, in order
	}{
		{"1995-01-01", "The Canadian government plans to resume normal trade relations with Cuba.",
			[]want{{"Canadian", "GOV"}, {"Cuba", ""}}},
		{"1995-01-04", "Turkish police detained Turkish students in Ankara on Monday.",
			[]want{{"Turkish", "COP"}, {"Turkish", "EDU"}, {"Ankara", ""}}},
		{"1995-01-04", "Egyptian police questioned Egyptian students in Cairo yesterday.",
			[]want{{"Egyptian", "COP"}, {"Egyptian", "EDU"}, {"Cairo", ""}}},
		{"2014-03-01", "Soldiers from Ukraine have cordoned off the roads leading into the town.",
			[]want{{"Ukraine", "MIL"}}},
		{"2014-03-01", "Lawmakers in France and Germany welcomed the agreement.",
			[]want{{"France", "LEG"}, {"Germany", "LEG"}}},
		{"2014-03-01", "The ambassadors of France, Germany and Italy met the minister.",
			[]want{{"France", "GOV"}, {"Germany", "GOV"}, {"Italy", "GOV"}}},
		{"2014-03-01", "The government of Kenya said on Monday that the talks had failed.",
			[]want{{"Kenya", "GOV"}}},
		{"2014-03-01", "A senior Iranian official said on Saturday that the talks would go on.",
			[]want{{"Iranian", "GOV"}}},
		{"2014-03-01", "Chinese state media reported the launch.",
			[]want{{"Chinese", "MED"}}},
		{"2014-03-01", "Former Egyptian security officials met on Sunday.",
			[]want{{"Egyptian", "ELI"}}},
		{"2014-03-01", "Israel's army said it had struck targets in Gaza.",
			[]want{{"Israel", "MIL"}, {"Gaza", ""}}},
		// Not agents: a person's title, a place, foreign troops in a country, no group noun.
		{"2014-03-01", "Russian President Vladimir Putin met German Chancellor Angela Merkel.",
			[]want{{"Russian", ""}, {"German", ""}}},
		{"2014-03-01", "The Syrian border was closed on Monday.",
			[]want{{"Syrian", ""}}},
		{"2014-03-01", "U.S. troops in Iraq came under fire.",
			[]want{{"U.S.", "MIL"}, {"Iraq", ""}}},
		{"2014-03-01", "Iran's nuclear programme was discussed in Vienna.",
			[]want{{"Iran", ""}, {"Vienna", ""}}},
	}
	for _, tt := range tests {
		ms := c.RecognizeDated(a.Analyze(tt.text, nil), tt.date)
		checkSpans(t, tt.text, ms)
		var got []want
		for _, m := range ms {
			if m.Type == entities.GPE || m.Type == entities.NORP {
				got = append(got, want{m.Text, m.Role})
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: country mentions %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %q role %q, want %q", tt.text, got[i].text, got[i].role, tt.want[i].role)
			}
		}
	}
}

// TestGovernmentAgencies checks national bodies named without their country (data/orgs.csv: US
// federal departments and agencies by their usual and short names, "the Treasury" of the countries
// with one, told apart by the document's countries), the department and ministry names that make a
// national body GOV, and an international agreement's full name as one organization mention.
func TestGovernmentAgencies(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		name, text, date string
		want             []grounded
	}{
		{"US agencies by name and acronym",
			"WASHINGTON, April 6 - The Commodity Credit Corporation (CCC) will guarantee credit for sales of corn to Algeria, the Agriculture Department said. " +
				"The CCC also approved sorghum sales to Mexico.", "1987-04-06",
			[]grounded{{"Commodity Credit Corporation", "USA", "GOV"}, {"CCC", "USA", "GOV"}, {"Agriculture Department", "USA", "GOV"}}},
		{"the Treasury in a US story",
			"The United States will sell 9 billion dlrs of notes next week, the Treasury said. Treasury officials expect strong demand.", "1987-05-01",
			[]grounded{{"Treasury", "USA", "GOV"}}},
		{"the Treasury in a British story",
			"Britain's public sector borrowing fell in March, the Treasury said, and the Bank of England left rates unchanged.", "1987-04-15",
			[]grounded{{"Treasury", "GBR", "GOV"}}},
		{"aid and trade agencies",
			"The U.S. Agency for International Development pledged food aid to Ethiopia, while USTR officials met Japanese negotiators.", "2005-03-01",
			[]grounded{{"U.S. Agency for International Development", "USA", "GOV"}}},
		{"a ministry of another country",
			"The French Industry Ministry said Renault would cut jobs. Brazil's Planning Ministry disagreed, the Mines Ministry said nothing, " +
				"and the Los Angeles Police Department made no comment.", "1987-06-01",
			[]grounded{{"Industry Ministry", "FRA", "GOV"}, {"Planning Ministry", "BRA", "GOV"}, {"Mines Ministry", "", "GOV"}}},
		{"GATT is one organization mention",
			"Brazil asked the General Agreement on Tariffs and Trade to examine the U.S. sanctions.", "1987-11-20",
			[]grounded{{"General Agreement on Tariffs and Trade", "", "IGO"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := c.RecognizeDated(a.Analyze(tc.text, nil), tc.date)
			checkSpans(t, tc.text, ms)
			expect(t, ms, tc.want)
			for _, m := range ms {
				if m.Text == "Agreement" {
					t.Errorf("false actor %+v", m)
				}
			}
		})
	}
}

// TestInternationalOrganizationsIGO checks that every international organization of the gazetteer
// (entities/data/orgs.tsv, the part before its humanitarian and rights organizations), named by its
// first form, is grounded with role IGO: by its CAMEO code from the Phoenix dictionaries, else by
// data/orgs.csv.
func TestInternationalOrganizationsIGO(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "data", "orgs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	a, c, _ := chainWith(t, actors.Options{})
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "# Humanitarian") {
			break
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") || f[0] == "id" {
			continue
		}
		form, _, _ := strings.Cut(f[3], "|")
		s := "Officials of the " + form + " met on Monday."
		ms := c.RecognizeDated(a.Analyze(s, nil), "2015-06-01")
		checkSpans(t, s, ms)
		n++
		found := false
		for _, m := range ms {
			if m.Entity == f[0] {
				found = true
				if m.Role != "IGO" {
					t.Errorf("%s (%q): role %q, want IGO", f[0], form, m.Role)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention in %q", f[0], s)
		}
	}
	if n < 80 {
		t.Errorf("read %d organizations from orgs.tsv, want its whole international part", n)
	}
}

// TestNonAlignedMovementIsNotNamibia checks that the Non-Aligned Movement and Namibia are two actors:
// the movement's id (CAMEO's NON) is no country's ISO3 code, so a sentence naming both keeps them
// apart, and the movement is an IGO without a country.
func TestNonAlignedMovementIsNotNamibia(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	for _, s := range []string{
		"Namibia told the summit of the Non-Aligned Movement in Tehran that it would host the next one.",
		"The Movement of Non-Aligned Countries welcomed Namibia's offer.",
		"Windhoek said the Non-Aligned Movement had backed Namibia since 1979.",
	} {
		ms := c.RecognizeDated(a.Analyze(s, nil), "2012-08-30")
		checkSpans(t, s, ms)
		var nam, non int
		for _, m := range ms {
			switch m.Entity {
			case "NAM":
				nam++
				if strings.Contains(m.Text, "Aligned") {
					t.Errorf("%q: %q grounded as Namibia", s, m.Text)
				}
			case "NON":
				non++
				if m.Role != "IGO" || m.Country != "" {
					t.Errorf("%q: %q role %q country %q, want IGO and no country", s, m.Text, m.Role, m.Country)
				}
			}
		}
		if nam == 0 || non == 0 {
			t.Errorf("%q: %d Namibia and %d Non-Aligned Movement mentions, want both: %+v", s, nam, non, ms)
		}
	}
}

// TestRapidSupportForcesByDate checks that Sudan's Rapid Support Forces are its military until the
// war they began against the army on 15 April 2023, and rebels from that day: a sentence that sets
// them against the army is not coded as the army against itself.
func TestRapidSupportForcesByDate(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	for _, tc := range []struct{ date, role string }{
		{"2019-06-03", "MIL"},
		{"2023-04-14", "MIL"},
		{"2023-04-15", "REB"},
		{"2024-11-20", "REB"},
		{"", "REB"},
	} {
		s := "Fighters of the Rapid Support Forces entered the town after clashes with the army."
		ms := c.RecognizeDated(a.Analyze(s, nil), tc.date)
		checkSpans(t, s, ms)
		found := false
		for _, m := range ms {
			if m.Entity == "Rapid Support Forces" {
				found = true
				if m.Country != "SDN" || m.Role != tc.role {
					t.Errorf("%s: %s %s, want SDN %s", tc.date, m.Country, m.Role, tc.role)
				}
			}
		}
		if !found {
			t.Errorf("%s: no Rapid Support Forces mention: %+v", tc.date, ms)
		}
	}
}
