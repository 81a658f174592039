package actors_test

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/text"
)

// TestWireConventions checks people in wire stories: surnames in a capitals headline are the
// person the story names ("BAKER DENIES ...", "MIYAZAWA SAYS ..."), a surname that is also a place
// is the person when the document places nothing else in that place's country ("Roger Douglas ...
// Douglas said", Douglas being the Isle of Man's capital), and a Spanish name written with both
// surnames is found under the given name and paternal surname.
func TestWireConventions(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		{"1987-04-08", "BAKER REJECTS TALK OF CURRENCY BAND\nPARIS, April 8 - U.S. Treasury Secretary James Baker told\nreporters on Wednesday that the talks had fixed no band for the dollar.",
			[]grounded{{"BAKER", "USA", "GOV"}, {"James Baker", "USA", "GOV"}}},
		{"1987-04-02", "MIYAZAWA DEFENDS BUDGET PLAN\nTOKYO, April 2 - Finance Minister Kiichi Miyazawa told\nparliament the budget would pass without changes.",
			[]grounded{{"MIYAZAWA", "JPN", "GOV"}, {"Kiichi Miyazawa", "JPN", "GOV"}}},
		{"1987-05-12", "HAWKE CALLS FOR WAGE RESTRAINT\nCANBERRA, May 12 - Australian Prime Minister Bob Hawke asked unions to accept smaller pay rises.",
			[]grounded{{"HAWKE", "AUS", "GOV"}}},
		{"1987-06-02", "WELLINGTON, June 2 - The budget will return to surplus next year, Finance Minister Roger Douglas predicted.\n    Douglas told a business lunch that spending cuts were working.",
			[]grounded{{"Douglas", "NZL", "GOV"}}},
		{"2015-09-28", "We commend President Raúl Castro Ruz for the talks.",
			[]grounded{{"Raúl Castro Ruz", "CUB", "GOV"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
	}
	// Not changed: a capitals word that is no surname of the story's people, a headline surname two
	// people share, and a capital city that the story places other things in.
	for _, tt := range []struct{ date, text, word, typ string }{
		{"1987-05-06", "SOROS BUYS INTO KING WORLD\nNEW YORK, May 6 - Investor George Soros bought shares of King World Productions Inc, which Roger King heads.", "KING", ""},
		{"1987-03-02", "DOLE SPEAKS\nWASHINGTON, March 2 - Senator Bob Dole and Transportation Secretary Elizabeth Dole spoke in Kansas.", "DOLE", ""},
		{"2019-05-01", "Lawmakers in Douglas debated the budget of the Isle of Man on Tuesday, and Chief Minister Howard Quayle said it was sound. Quayle spoke in Douglas.", "Douglas", entities.GPE},
	} {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		for _, m := range ms {
			if m.Text == tt.word && (tt.typ == "" && m.Type == entities.PERSON || tt.typ != "" && m.Type != tt.typ) {
				t.Errorf("%q in %q: %+v", tt.word, tt.text, m)
			}
		}
	}
}

// TestTitleForms checks title forms of wire stories: an office after "the government of" and the
// like is the person's ("The government of Prime Minister Branko Mikulic"), a state before a title
// the recognizer took in with it ("Wisconsin Governor Tommy Thompson"), Treasurer as an office
// (Australia's and New Zealand's finance ministers), investors and lobbyists as business people,
// the president of a company the story names with its legal form as business, and the country of
// the dateline for an office holder of a story that names no other country.
func TestTitleForms(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		date, text string
		want       []grounded
	}{
		{"1987-04-14", "BELGRADE, April 14 - Yugoslav workers staged new strikes.\n    The government of Prime Minister Branko Mikulic has\npromised to review the wage freeze.",
			[]grounded{{"Branko Mikulic", "YUG", "GOV"}}},
		{"2019-06-01", "The spokesman of President Volodymyr Zelenskiy said the talks would go on.",
			[]grounded{{"Volodymyr Zelenskiy", "UKR", "GOV"}}},
		{"1987-05-20", "KENOSHA, Wis., May 20 - Union leaders met on Tuesday with Wisconsin Governor Tommy Thompson to discuss the plant.",
			[]grounded{{"Tommy Thompson", "USA", "GOV"}}},
		{"1987-08-18", "CANBERRA, Aug 18 - Prime Minister Bob Hawke said on Tuesday that\nTreasurer Paul Keating would bring down a tight budget.",
			[]grounded{{"Bob Hawke", "AUS", "GOV"}, {"Paul Keating", "AUS", "GOV"}}},
		{"1987-05-06", "NEW YORK, May 6 - The New York investor Carl Icahn told regulators\nthat he now owns 12 pct of the airline.",
			[]grounded{{"Carl Icahn", "USA", "BUS"}}},
		{"1987-01-27", "KENOSHA, Wis., Jan 27 - American Motors Corp said it will shut the old plant.\n    \"The decision was painful,\" American\nMotors president Joseph Cappy told reporters.",
			[]grounded{{"Joseph Cappy", "USA", "BUS"}}},
		{"1987-05-04", "BONN, May 4 - The government plans to sell its remaining shares in Lufthansa AG.\n    Finance Minister Gerhard Stoltenberg told parliament the timing was still open.",
			[]grounded{{"Gerhard Stoltenberg", "DEU", "GOV"}}},
	}
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, tt.want)
	}
	// Of several countries named around a minister whose title names none, the dateline's: a wire
	// story gives the nationality of other countries' officials.
	checkDated(t, a, c, []datedCase{
		{"1987-06-22", "LONDON, June 22 - Britain will press Japan to open its securities markets.\n    Talks begin next week, Corporate Affairs Minister Alan Ridley told reporters.", grounded{"Alan Ridley", "GBR", "GOV"}},
		{"1987-05-02", "TOKYO, May 2 - Japan and the United States opened talks on chips on Saturday, and Trade Minister Kenji Mori said a deal was near.", grounded{"Kenji Mori", "JPN", "GOV"}},
		{"2012-06-01", "SANTIAGO, June 1 - Chilean President Sebastian Pinera said copper output would grow.", grounded{"Sebastian Pinera", "CHL", "GOV"}},
	})
	// Not changed: a minister in a story whose countries around him do not include the dateline's,
	// and a foreign minister (who deals with other countries) get no country from the dateline.
	checkDated(t, a, c, []datedCase{
		{"1987-05-02", "TOKYO, May 2 - The United States and Britain agreed on rules for banks, and Trade Minister Kenji Mori welcomed the deal.", grounded{"Kenji Mori", "", "GOV"}},
		{"1987-05-02", "LONDON, May 2 - Britain and Japan agreed on rules for banks, and Foreign Minister Kenji Mori welcomed the deal.", grounded{"Kenji Mori", "", "GOV"}},
		// A visitor: the story is about another country, named first.
		{"1987-03-04", "CHICAGO, March 4 - South Korea's exports to the U.S. should slow this year as the country imports more from American firms, Trade Minister Kim Sung-ho said.", grounded{"Kim Sung-ho", "", "GOV"}},
	})
}

// TestWrappedNames checks a name broken across the lines of a hard-wrapped wire story, its later
// surname mentions and its surname in a capitals headline, and a former official written "ex-".
func TestWrappedNames(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	text := "PERLE QUITTING PENTAGON POST\nWASHINGTON, March 11 - Richard\nPerle, the assistant defense secretary, announced on Thursday that he will step down next month.\n    Perle, 45, plans to write, and aides said Perle would stay an adviser."
	d := a.Analyze(text, nil)
	ms := c.RecognizeDated(d, "1987-03-12")
	checkSpans(t, text, ms)
	n := 0
	for _, m := range ms {
		if m.Type == entities.PERSON {
			n++
			if m.Entity != "Richard Perle" || m.Country != "USA" || m.Role != "GOV" {
				t.Errorf("%+v: want Richard Perle USA GOV", m)
			}
		}
	}
	if n != 4 { // the headline, the wrapped name, "Perle, 45," and "said Perle"
		t.Errorf("%d PERSON mentions, want 4", n)
	}
	// The joined span leaves out the title words, as the entity does.
	for _, tt := range []struct{ date, text, want string }{
		{"1987-03-12", text, "Richard\nPerle"},
		{"1987-05-14", "WASHINGTON, May 14 - Assistant Treasury Secretary David\nMulford told bankers that new loans to Mexico were needed.", "David\nMulford"},
		{"1987-06-30", "TOKYO, June 30 - Finance Minister Kiichi\nMiyazawa will attend the Venice summit, officials said.", "Kiichi\nMiyazawa"},
	} {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		found := false
		for _, m := range ms {
			if m.Type == entities.PERSON && strings.Contains(m.Text, "\n") {
				found = true
				if m.Text != tt.want {
					t.Errorf("wrapped name %q, want %q", m.Text, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no wrapped name in %q: %+v", tt.text, ms)
		}
	}
	// Two names on two lines of a list stay two people.
	text = "The new directors are:\nAnne Porter\nThomas Reilly"
	d = a.Analyze(text, nil)
	for _, m := range c.RecognizeDated(d, "1987-03-03") {
		if strings.Contains(m.Text, "\n") {
			t.Errorf("list of names joined: %+v", m)
		}
	}
	text = "WASHINGTON, Feb 4 - Friends of ex-CIA chief William Casey said he was recovering from surgery."
	d = a.Analyze(text, nil)
	expect(t, c.RecognizeDated(d, "1987-03-03"), []grounded{{"William Casey", "USA", "ELI"}})
}

// TestEntertainers checks that an entertainer named by the occupation is ELI (Phoenix's ACTOR
// [~ELI]): a comedian before he ran for office, an actor, a singer, a "noted film maker" (adjectives
// of renown may stand before the occupation), and on a wire story without another country the
// dateline's country.
func TestEntertainers(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2016-12-28", "The Ukrainian comedian Volodymyr Zelensky said on Wednesday that a second season was being filmed.", grounded{"Volodymyr Zelensky", "UKR", "ELI"}},
		{"2008-02-01", "American actor George Clooney urged the Security Council to act on Darfur.", grounded{"George Clooney", "USA", "ELI"}},
		{"2005-07-02", "Irish singer Bob Geldof opened the Live 8 concert in London.", grounded{"Bob Geldof", "IRL", "ELI"}},
		{"1987-05-02", "LOS ANGELES, Calif., May 2 - The studio said the noted film\nmaker Oliver Stone would direct the war drama.", grounded{"Oliver Stone", "USA", "ELI"}},
		{"2012-01-16", "The acclaimed American actress Meryl Streep won a Golden Globe on Sunday.", grounded{"Meryl Streep", "USA", "ELI"}},
	})
	// "Actors" of a political process are its parties, not entertainers; houses are buildings.
	for _, tx := range []string{
		"Many family houses in Azerbaijan were burned during the occupation.",
		"Our volunteers rebuilt 150 houses in the Syrian town of Maaloula last year.",
		"We welcome the accord reached by the political actors in Togo last year.",
		"All Libyan actors must now return to the negotiating table.",
		"We encourage the civil society actors in Guinea to stay engaged.",
		"The Congolese actors have a duty to keep the truce.",
	} {
		d := a.Analyze(tx, nil)
		ms := c.RecognizeDated(d, "2011-09-22")
		checkSpans(t, tx, ms)
		for _, m := range ms {
			if m.Role == "ELI" || m.Role == "LEG" {
				t.Errorf("the actors of a process are not entertainers, houses not legislatures: %+v in %q", m, tx)
			}
		}
	}
}

// TestCommissionHeads checks that the head of a state commission named in an apposition is GOV.
func TestCommissionHeads(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-06-08", "MANILA, June 8 - Teresa Villanueva, chairman of the Presidential Commission on Good Government since May, said more assets had been frozen.", grounded{"Teresa Villanueva", "PHL", "GOV"}},
		{"2022-08-15", "NAIROBI, Aug 15 - Wafula Chebukati, chairman of the Independent Electoral and Boundaries Commission, declared the results of the presidential election.", grounded{"Wafula Chebukati", "KEN", "GOV"}},
	})
}

// TestCurrentOccupation checks that "who is now" and an occupation beat a former office, on the
// same mention or a later one, and that a clause without "now" does not beat a title.
func TestCurrentOccupation(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1988-01-20", "WASHINGTON, Jan 20 - Former White House aide Thomas Kendall joined the campaign on Monday.\n    Kendall, who is now a Washington lobbyist, ran the press office for six years.", grounded{"Thomas Kendall", "USA", "BUS"}},
		{"2015-03-01", "Nigerian President Goodluck Jonathan, who is a former zoology lecturer, spoke in Abuja.", grounded{"Goodluck Jonathan", "NGA", "GOV"}},
		{"2010-06-01", "Former senator John Smith, who is currently the opposition leader in the state, spoke.", grounded{"John Smith", "", "OPP"}},
	})
}

// TestViceMinisters checks long ministerial titles with a vice-minister and a portfolio of
// international affairs or commerce.
func TestViceMinisters(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1988-04-13", "South Korean vice-minister of finance for international affairs\nChoi Jong-ku met the bankers in Seoul on Wednesday.", grounded{"Choi Jong-ku", "KOR", "GOV"}},
		{"2019-02-15", "Chinese vice-minister of commerce for international trade Wang Shouwen said the talks had made progress.", grounded{"Wang Shouwen", "CHN", "GOV"}},
	})
}

// TestElectionAs checks the office of an international body a speaker congratulates someone on
// ("on your election as President of the General Assembly"), which beats the person's title, and
// that a state's president-elect congratulated on the election does not take the office.
func TestElectionAs(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2024-09-24", "Allow me, first, to salute Ambassador Yang on your election as President of the General Assembly.", grounded{"Yang", "UN", "IGO"}},
		{"2016-09-20", "Our delegation greets Mr. Peter Thomson, on his election as President of the General Assembly.", grounded{"Peter Thomson", "UN", "IGO"}},
	})
	text := "We congratulate Senator Jane Doe on her election as President of Ruritania."
	d := a.Analyze(text, nil)
	found := false
	for _, m := range c.RecognizeDated(d, "2018-10-30") {
		if m.Text == "Jane Doe" {
			found = true
			if m.Role != "LEG" {
				t.Errorf("president-elect: %+v, want the title's LEG", m)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Jane Doe in %q", text)
	}
}

// TestAmongLawmakers checks "X was among the lawmakers who ...": one of them, LEG, over the
// dictionary's role for someone out of government.
func TestAmongLawmakers(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2019-03-13", "Boris Johnson was among the MPs who voted against the withdrawal agreement in the British parliament on Tuesday.", grounded{"Boris Johnson", "GBR", "LEG"}},
		{"2019-01-16", "Jacob Rees-Mogg was among the British lawmakers who voted against the deal.", grounded{"Jacob Rees-Mogg", "GBR", "LEG"}},
	})
}

// TestCompanyOffices checks a company's offices in a story about a company: a bare "Chairman" before
// the name, a company's name before the title, "continues as chairman and chief executive officer";
// and that a chairman in a story that names no company is not made a business person.
func TestCompanyOffices(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-05-11", "AKRON, Ohio, May 11 - Firestone Tire and Rubber Co said first-quarter profit rose 12 pct.\n    Chairman John Nevin said the tire market had improved.", grounded{"John Nevin", "USA", "BUS"}},
		{"1987-04-27", "MINNEAPOLIS, April 27 - Honeywell Inc named a new president on Monday.\n    Honeywell Chairman Edson Spencer said the change had long been planned.", grounded{"Edson Spencer", "USA", "BUS"}},
		{"1987-05-05", "ST. LOUIS, May 5 - Ralston Purina Co said it had appointed a new president.\n    William Stiritz continues as chairman and chief executive officer, the company added.", grounded{"William Stiritz", "USA", "BUS"}},
		{"1987-06-01", "BOSTON, June 1 - Gillette Co promoted Alfred Zeien to vice chairman on Monday.\n    Colman Mockler continues as chairman and chief executive\nofficer and Zeien continues as president, a spokesman said.", grounded{"Colman Mockler", "USA", "BUS"}},
	})
	// Not a company's office: a party chairman in a story that names no company, and the chairman
	// of a legislature's committee, a party or a state body in a story that names one.
	for _, tt := range []struct{ date, text string }{
		{"2019-06-01", "PYONGYANG, June 1 - Chairman Kim Jong Un inspected a missile launch, state media said."},
		{"1987-03-02", "WASHINGTON, March 2 - Chase Manhattan Corp lobbied against the measure.\n    Committee chairman William Proxmire, D-Wis, predicted it would pass."},
		{"1987-03-02", "WASHINGTON, March 2 - Chase Manhattan Corp lobbied against the measure.\n    Senate Banking Committee chairman William Proxmire expects it to pass."},
		{"1987-03-09", "LONDON, March 9 - Rolls-Royce Plc said it would hire 500 workers.\n    Labour Party chairman Neil Kinnock welcomed the news."},
		{"2005-04-11", "HANOI, April 11 - Vietnam Airlines Corp said it would buy ten aircraft.\n    National Assembly chairman Nguyen Van An approved the plan."},
	} {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		for _, m := range ms {
			if m.Type == entities.PERSON && m.Role == "BUS" && !strings.HasSuffix(m.Text, "Plc") && !strings.HasSuffix(m.Text, "Corp") && !strings.HasSuffix(m.Text, "Inc") {
				t.Errorf("not a company's office: %+v in %q", m, tt.text)
			}
		}
	}
}

// TestLegislativeCommittees checks titles of the chairs of legislative committees and of a house of a
// legislature.
func TestLegislativeCommittees(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-04-09", "WASHINGTON, April 9 - Senators debated the spending outline drafted by Senate Budget Committee\nChairman Lawton Chiles, a Florida Democrat.", grounded{"Lawton Chiles", "USA", "LEG"}},
		{"1991-10-11", "WASHINGTON, Oct 11 - Senate Judiciary Committee Chairman Joseph Biden said the hearings would resume on Friday.", grounded{"Joseph Biden", "USA", "LEG"}},
		{"1995-05-11", "WASHINGTON, May 11 - Senate Armed Services Committee Chairman Strom Thurmond said the bill would pass.", grounded{"Strom Thurmond", "USA", "LEG"}},
		{"1987-03-20", "WASHINGTON, March 20 - House Ways and Means Committee Chairman Dan Rostenkowski said a tax rise was possible.", grounded{"Dan Rostenkowski", "USA", "LEG"}},
		{"2001-06-12", "WASHINGTON, June 12 - Senate Foreign Relations Committee Chairman Joseph Biden met the envoy.", grounded{"Joseph Biden", "USA", "LEG"}},
		{"1987-03-10", "WASHINGTON, March 10 - Senate Banking Committee Chairman William Proxmire said the bill would pass.", grounded{"William Proxmire", "USA", "LEG"}},
		// A word the recognizer took in before the committee's name ("told Reuters Senate ...").
		{"1987-03-16", "WASHINGTON, March 16 - The sources told Reuters Senate Finance Committee Chairman Carl Brandt, a Texas Democrat, favours a tax rise.", grounded{"Carl Brandt", "USA", "LEG"}},
		{"1987-03-16", "WASHINGTON, March 16 - Aides told Reuters House Budget Committee Chairman Carl Brandt would present the plan on Tuesday.", grounded{"Carl Brandt", "USA", "LEG"}},
	})
}

// checkNone grounds text on date, checks the spans, and reports every mention bad holds.
func checkNone(t *testing.T, a *text.Analyzer, c *entities.Chain, date, text, what string, bad func(entities.Mention) bool) {
	t.Helper()
	ms := c.RecognizeDated(a.Analyze(text, nil), date)
	checkSpans(t, text, ms)
	for _, m := range ms {
		if bad(m) {
			t.Errorf("%s: %+v in %q", what, m, text)
		}
	}
}

// datedCase is a sentence on a date and what one of its people is expected to be.
type datedCase struct {
	date, text string
	want       grounded
}

// checkDated grounds each case's text on its date and checks the spans and the expected person.
func checkDated(t *testing.T, a *text.Analyzer, c *entities.Chain, cases []datedCase) {
	t.Helper()
	for _, tt := range cases {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		expect(t, ms, []grounded{tt.want})
	}
}

// TestSecondSurname checks a Spanish or Portuguese name written with both surnames: it is found
// under the given names and paternal surname among the dated office holders, and a shortened name
// does not take an open-ended dictionary record that outlives the person's office.
func TestSecondSurname(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2012-05-03", "Bogotá hosted the summit, and President Juan Manuel Santos Calderón opened it.", grounded{"Juan Manuel Santos Calderón", "COL", "GOV"}},
		{"2016-03-21", "Raúl Castro Ruz received the visitors in Havana on Monday.", grounded{"Raúl Castro Ruz", "CUB", "GOV"}},
	})
	for _, tx := range []string{
		"We thank María Fernanda Espinosa Garcés for her leadership of the seventy-third session.",
		"Our delegation welcomes the work of María Fernanda Espinosa Garcés during this session.",
	} {
		d := a.Analyze(tx, nil)
		ms := c.RecognizeDated(d, "2019-09-24")
		checkSpans(t, tx, ms)
		for _, m := range ms {
			if strings.HasPrefix(m.Text, "María") && m.Country == "ECU" && m.Role == "GOV" {
				t.Errorf("a shortened name took an open-ended record: %+v in %q", m, tx)
			}
		}
	}
}

// TestChairmanOfState checks that a bare "Chairman" before a name the dictionaries know as a
// government or party person is no company's office in a story that has named a company first.
func TestChairmanOfState(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	for _, tt := range []struct{ date, text, name string }{
		{"2019-10-01", "BEIJING, Oct 1 - China National Petroleum Corp joined the anniversary events.\n    A giant portrait of Chairman Mao Zedong looked down on the parade.", "Mao Zedong"},
		{"2016-07-01", "Shanghai Electric Group Co opened a museum wing on Friday. Its first hall recalls the visits of Chairman Mao Zedong to the factory.", "Mao Zedong"},
		{"2019-06-01", "SEOUL, June 1 - Hyundai Asan Corp said its tours were still suspended.\n    Chairman Kim Jong Un inspected a missile launch, state media said.", "Kim Jong Un"},
	} {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		found := false
		for _, m := range ms {
			if m.Type == entities.PERSON && strings.Contains(m.Text, tt.name) {
				found = true
				if m.Role == "BUS" {
					t.Errorf("a state's chairman made a company's: %+v in %q", m, tt.text)
				}
			}
		}
		if !found {
			t.Errorf("no mention of %s in %q: %+v", tt.name, tt.text, ms)
		}
	}
}

// TestCompanyAppointments checks appointments to a company's offices after the name in a story
// about a company: people named together ("X and Y were named senior vice presidents"), "will
// become chairman", "was promoted to", "is currently executive vice president of" the company; and
// that the same verbs with a state's office, or a vice president in a story that names no company,
// are not made business people.
func TestCompanyAppointments(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1988-05-04", "CHICAGO, May 4 - Quaker Foods Corp said Mary Lane and Thomas Price were named senior vice presidents, responsible for sales.", grounded{"Mary Lane", "USA", "BUS"}},
		{"1988-05-04", "CHICAGO, May 4 - Quaker Foods Corp said Mary Lane and Thomas Price were named senior vice presidents, responsible for sales.", grounded{"Thomas Price", "USA", "BUS"}},
		{"1988-06-01", "DALLAS, June 1 - Lone Star Pipeline Co said Jorge Ortiz was promoted to executive vice president.", grounded{"Jorge Ortiz", "USA", "BUS"}},
		{"1988-02-10", "DENVER, Feb 10 - Front Range Mining Corp said that when its chairman retires in June, Helen Marsh will become chairman and chief executive officer.", grounded{"Helen Marsh", "USA", "BUS"}},
		{"1988-02-10", "DENVER, Feb 10 - Front Range Mining Corp said it would merge its units.\n    Helen Marsh is currently executive vice president of Front Range Mining.", grounded{"Helen Marsh", "USA", "BUS"}},
		// A state's offices with the same verbs stay GOV.
		{"2015-05-29", "Musa Bello and Ali Reza were named ministers of Nigeria on Friday.", grounded{"Musa Bello", "NGA", "GOV"}},
		{"2015-05-29", "Musa Bello and Ali Reza were named ministers of Nigeria on Friday.", grounded{"Ali Reza", "NGA", "GOV"}},
		// A firm of another country than the dateline's: no country from the dateline.
		{"1987-03-11", "LONDON, March 11 - A banker was charged on Wednesday by the U.S. Securities and Exchange Commission.\n    Merrill Lynch and Co said its executive John Marsh would cooperate.", grounded{"John Marsh", "", "BUS"}},
	})
	// No company named: an executive vice-president of the European Commission is not BUS.
	for _, tt := range []struct{ date, text string }{
		{"2020-02-19", "BRUSSELS, Feb 19 - Executive Vice-President Anna Berg presented the digital strategy on Wednesday."},
		{"2020-02-19", "Anna Berg was named executive vice-president of the commission on Wednesday."},
	} {
		checkNone(t, a, c, tt.date, tt.text, "not a company's office", func(m entities.Mention) bool {
			return m.Type == entities.PERSON && m.Role == "BUS"
		})
	}
}

// TestPhoenixFormerOfficials checks people of the Phoenix dictionaries on dates after all of their
// dated offices (the records give no default): former officials, ELI, of their country; and on a
// date inside an office, that office.
func TestPhoenixFormerOfficials(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-03-03", "WASHINGTON, March 3 - The committee will question William Casey about the arms sales.", grounded{"William Casey", "USA", "ELI"}},
		{"1991-05-14", "George Shultz urged Congress on Tuesday to back the trade pact.", grounded{"George Shultz", "USA", "ELI"}},
		{"1986-05-14", "George Shultz urged Congress on Tuesday to back the trade pact.", grounded{"George Shultz", "USA", "GOV"}},
	})
}

// TestPope checks that the Pope, the sovereign of the Holy See, is VAT GOV as heads of state are,
// and that other churches' leaders and clergy keep REL with no country from the title.
func TestPope(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2015-09-25", "We welcome the message of Pope Francis to this Assembly.", grounded{"Francis", "VAT", "GOV"}},
		{"2008-04-20", "Pope Benedict XVI celebrated Mass at Yankee Stadium on Sunday.", grounded{"Benedict XVI", "VAT", "GOV"}},
		{"2001-05-06", "His Holiness Pope John Paul II arrived in Damascus on Saturday.", grounded{"John Paul II", "VAT", "GOV"}},
		// Not the Pope of Rome, or not a pope.
		{"2013-05-10", "Coptic Pope Tawadros II met church leaders in Cairo on Friday.", grounded{"Tawadros II", "", "REL"}},
		{"2013-05-10", "Cardinal Peter Turkson spoke at the conference on Friday.", grounded{"Peter Turkson", "", "REL"}},
	})
	// A company named after its founders, one of them Pope.
	checkNone(t, a, c, "1987-03-12", "POPE HARTLEY BUYS BACK SHARES\nNEW YORK, March 12 - Pope, Hartley and Lowe Inc said it bought back 780,000 of its shares.\n    Pope Hartley has about 7.6 mln shares outstanding.",
		"a company's founder made the Pope", func(m entities.Mention) bool { return m.Country == "VAT" })
}

// TestCuratedIGOTitles checks the head of an international organization that the Phoenix
// dictionaries do not code (data/orgs.csv: GCC, WTO) named by a title with no organization in it:
// the organization named before it, as for the ones Phoenix codes; and no organization when the
// document names none.
func TestCuratedIGOTitles(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2014-09-25", "I thank the GCC and its Secretary General, Mr. Khalid Nasser, for their efforts.", grounded{"Khalid Nasser", "GCC", "IGO"}},
		{"2016-09-25", "We thank the WTO and its Director-General, Mr. Pedro Costa, for the agreement on fisheries.", grounded{"Pedro Costa", "WTO", "IGO"}},
	})
	checkNone(t, a, c, "2014-09-25", "Secretary General Khalid Nasser of the ruling party said the vote was fair.",
		"no organization named", func(m entities.Mention) bool { return m.Type == entities.PERSON && m.Role == "IGO" })
}

// TestSurnameThatIsAPlace checks a surname written alone that the gazetteer knows as a place: it is
// the person named in full before it when an apposition of title words follows it ("Hamilton,
// formerly senior vice president,"), also in a story that places other things in that country; a
// place with a place's apposition (", Ohio,") stays a place.
func TestSurnameThatIsAPlace(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-05-02", "HOUSTON, May 2 - Tenneco Inc said it named Robert Hale vice chairman and Paul Hamilton president.\n    Hamilton, formerly senior vice president, will run the company's three divisions.", grounded{"Hamilton", "USA", "BUS"}},
	})
	for _, tt := range []struct{ date, text, word string }{
		{"1987-05-02", "HOUSTON, May 2 - Tenneco Inc said it named Robert Hale vice chairman and Paul Hamilton president.\n    The company will open a plant in Hamilton, Ohio, next year.", "Hamilton"},
		{"1987-05-02", "HOUSTON, May 2 - Tenneco Inc said it named Paul Hamilton president.\n    The company will open a plant in Hamilton, the county seat, next year.", "Hamilton"},
	} {
		checkNone(t, a, c, tt.date, tt.text, "a place made a person", func(m entities.Mention) bool {
			return m.Text == tt.word && m.Type == entities.PERSON
		})
	}
}

// TestHeadlineTitleCountry checks the country a capitals headline gives to a title ("JAPANESE
// BANKER URGES ..." and "banker Kenji Sato" in the story), and that a headline with another title,
// or a headline in mixed case, gives none.
func TestHeadlineTitleCountry(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"1987-05-03", "JAPANESE BANKER URGES U.S. RATE CUT\nNEW YORK, May 3 - Lower U.S. interest rates would help the dollar, banker Kenji Sato told a conference on Sunday.", grounded{"Kenji Sato", "JPN", "BUS"}},
		{"1987-03-23", "U.S. ECONOMIST PRAISES MEXICO DEBT PLAN\nSAN FRANCISCO, March 23 - Mexico's plan is sound, economist Arthur Kane said at a weekend meeting.", grounded{"Arthur Kane", "USA", "EDU"}},
		// Not changed: the headline's title is another, or the headline is not in capitals (no
		// dateline, whose country a scholar would take: TestPeopleOfBodies).
		{"1987-03-23", "U.S. SENATOR PRAISES MEXICO DEBT PLAN\nMexico's plan is sound, economist Arthur Kane said at a weekend meeting.", grounded{"Arthur Kane", "", "EDU"}},
		{"1987-03-23", "U.S. Economist Praises Mexico Debt Plan\nMexico's plan is sound, economist Arthur Kane said at a weekend meeting.", grounded{"Arthur Kane", "", "EDU"}},
	})
}

// TestPartiesInTitles checks that a national party of data/orgs.csv named in a person's title or
// apposition gives the person its country ("leader of the main opposition Republican People's
// Party" is Turkish, "a lawmaker of the Alternative for Germany" German), and that a party whose name
// several countries' parties share gives none.
func TestPartiesInTitles(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2019-04-01", "Ayse Demir, leader of the main opposition Republican People's Party, said on Monday that the count had been unfair.", grounded{"Ayse Demir", "TUR", "OPP"}},
		{"2019-04-01", "Hans Weber, a lawmaker of the Alternative for Germany, said on Monday that the vote had been fair.", grounded{"Hans Weber", "DEU", "LEG"}},
		{"2018-07-02", "Luis Ortega, the leader of the opposition Institutional Revolutionary Party, conceded on Monday.", grounded{"Luis Ortega", "MEX", "OPP"}},
		// Not changed: a name several countries' parties share.
		{"2019-04-01", "Maria Lopez, leader of the opposition Socialist Party, said on Monday that the count had been unfair.", grounded{"Maria Lopez", "", "OPP"}},
	})
}

// TestAssemblyPresident checks the President of the General Assembly a speech thanks without the
// office's name ("grateful to President X for having placed this session of the General Assembly
// under ..."): the UN's, IGO; a head of state the dictionaries or the text place stays theirs, and
// an adjective before "to" is not part of a title ("loyal to Prime Minister X").
func TestAssemblyPresident(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2012-09-26", "My delegation is grateful to President Jan Novak for the theme of peace he chose for our work in the General Assembly this year.", grounded{"Jan Novak", "UN", "IGO"}},
		{"2016-09-22", "We thank President Maria Lopez for the skill with which she guides the work of the General Assembly.", grounded{"Maria Lopez", "UN", "IGO"}},
		{"2015-09-28", "President Barack Obama addressed the General Assembly on Monday.", grounded{"Barack Obama", "USA", "GOV"}},
		{"2015-09-28", "President Jan Novak of Slovakia addressed the General Assembly on Monday.", grounded{"Jan Novak", "SVK", "GOV"}},
		{"2015-03-02", "Aides loyal to Prime Minister Ravi Kumar said India would not change course.", grounded{"Ravi Kumar", "IND", "GOV"}},
	})
	// Not a title: words before a comma ("brought to justice, X's legacy").
	checkNone(t, a, c, "2012-09-25", "Long after the killers are brought to justice, Tom Avery's legacy will live on.",
		"a role from words before a comma", func(m entities.Mention) bool { return m.Type == entities.PERSON && m.Role != "" })
}

// TestNicknames checks that a familiar form of a given name ("Bill", "Bob") joins the person the
// document names in full with the formal name and the same surname, and only then.
func TestNicknames(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct{ text, nick, entity string }{
		{"WASHINGTON, May 4 - Secretary of State Robert Hale flew to Cairo on Monday.\n    \"Bob Hale will bring a record of achievement to the talks,\" the president said.", "Bob Hale", "Robert Hale"},
		{"LONDON, May 4 - Finance Minister William Croft said rates would fall.\n    \"Bill Croft is right,\" a banker said.", "Bill Croft", "William Croft"},
		// Not the same person: another given name, another surname.
		{"LONDON, May 4 - Finance Minister William Croft said rates would fall.\n    \"Jim Croft is wrong,\" a banker said.", "Jim Croft", "Jim Croft"},
		{"LONDON, May 4 - Finance Minister William Croft said rates would fall.\n    \"Bill Hale is wrong,\" a banker said.", "Bill Hale", "Bill Hale"},
	}
	for _, tt := range tests {
		ms := c.RecognizeDated(a.Analyze(tt.text, nil), "1987-05-04")
		checkSpans(t, tt.text, ms)
		found := false
		for _, m := range ms {
			if m.Text == tt.nick {
				found = true
				if m.Entity != tt.entity {
					t.Errorf("%q: entity %q, want %q", tt.nick, m.Entity, tt.entity)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q in %q", tt.nick, tt.text)
		}
	}
}

// TestIGOTitleDictionaryFirst checks that a secretary-general the dictionaries place in an
// international organization that day keeps it when the text names another organization nearer.
func TestIGOTitleDictionaryFirst(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	checkDated(t, a, c, []datedCase{
		{"2012-09-26", "Our thanks go to the African Union and to Secretary-General Ban Ki-moon for what they have done for Somalia.", grounded{"Ban Ki-moon", "UN", "IGO"}},
		{"2014-09-26", "We welcome the work of the GCC and of Secretary-General Ban Ki-moon in Yemen.", grounded{"Ban Ki-moon", "UN", "IGO"}},
	})
}
