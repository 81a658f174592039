package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestOfficeBodies checks offices named by the body that holds them (officebodies.go): the staff of
// a seat of government, a civilian chief of staff, the chair of a legislative committee whose name
// the recognizer cut, the head of a delegation, and the officer of a company the dictionaries know.
func TestOfficeBodies(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"seat of government, modifier before a generic head", "1987-05-04",
			"WASHINGTON, May 4 - White House communications director Anna Kolb quit on Monday.\n    Kolb said she had no regrets.",
			[]grounded{{"Anna Kolb", "USA", "GOV"}, {"Kolb", "USA", "GOV"}}},
		{"seat of government, office word", "1987-05-04",
			"WASHINGTON, May 4 - White House press secretary Anna Kolb said the talks went well.",
			[]grounded{{"Anna Kolb", "USA", "GOV"}}},
		{"civilian chief of staff of a seat of government", "1987-05-04",
			"WASHINGTON, May 4 - Senators met White House chief of staff Tom Reller on Monday.",
			[]grounded{{"Tom Reller", "USA", "GOV"}}},
		{"a president's chief of staff", "1987-05-04",
			"WASHINGTON, May 4 - The president's new chief of staff Tom Reller met senators on Monday.",
			[]grounded{{"Tom Reller", "USA", "GOV"}}},
		{"an army's chief of staff stays military", "1987-05-04",
			"WASHINGTON, May 4 - Army Chief of Staff General Tom Reller met senators on Monday.",
			[]grounded{{"Tom Reller", "", "MIL"}}},
		{"committee cut by a line break", "1987-05-04",
			"MIAMI, May 4 - U.S. House Ways and Means\nCommittee Chairman Tom Reller said a tax rise was likely.\n    Reller, a Texas Democrat, spoke to bankers.",
			[]grounded{{"Tom Reller", "USA", "LEG"}, {"Reller", "USA", "LEG"}}},
		{"committee in one line", "1987-05-04",
			"MIAMI, May 4 - U.S. House Ways and Means Committee Chairman Tom Reller said a tax rise was likely.",
			[]grounded{{"Tom Reller", "USA", "LEG"}}},
		{"head of an organization's delegation", "1987-05-04",
			"TOKYO, May 4 - Sir Ian Pell, Head of the EC Delegation in Tokyo, said Japan must buy more.\n    Pell spoke to reporters.",
			[]grounded{{"Ian Pell", "EU", "IGO"}, {"Pell", "EU", "IGO"}}},
		{"head of a state's delegation", "1987-05-04",
			"GENEVA, May 4 - Talks on the tin pact ended.\n    Ahmad Zaki, head of the Malaysian delegation, said the talks would resume.",
			[]grounded{{"Ahmad Zaki", "MYS", "GOV"}}},
		{"the person after another's apposition with a delegation", "1987-05-04",
			"WASHINGTON, May 4 - The letter went from Ian Pell, head of the EC delegation in Washington, to Tom Reller, chairman of the House Ways and Means Committee.",
			[]grounded{{"Ian Pell", "EU", "IGO"}, {"Tom Reller", "USA", "LEG"}}},
		{"officer of a company the dictionaries know", "1987-05-04",
			"ROME, May 4 - Fiat SpA <FIAT.MI> said it would buy the rival.\n    Fiat President Carlo Bonetti said the deal was good.",
			[]grounded{{"Carlo Bonetti", "ITA", "BUS"}}},
	})
}

// TestSurnamesOfPhoenixPeople checks a surname written alone (phoenixsurname.go): a person of the
// Phoenix records in a dated national office that day, of a country the document names or of its
// dateline; a former curated office holder whose surname the dictionaries give no one of another
// country.
func TestSurnamesOfPhoenixPeople(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"possessive after a titled mention", "1987-05-04",
			"WASHINGTON, May 4 - President Reagan met senators.\n    The bill is Reagan's first defeat.",
			[]grounded{{"Reagan", "USA", "GOV"}}},
		{"surname alone, dateline's country", "1987-05-04",
			"WASHINGTON, May 4 - Congress passed the bill that Reagan had vetoed last year.",
			[]grounded{{"Reagan", "USA", "GOV"}}},
		{"surname alone, country named", "1987-05-04",
			"The United States would not change course, Reagan told the visitors.",
			[]grounded{{"Reagan", "USA", "GOV"}}},
		{"surname alone, no country named", "1987-05-04",
			"Congress passed the bill that Reagan had vetoed last year.",
			[]grounded{{"Reagan", "", ""}}},
		{"out of office: no dated office that day", "1995-05-04",
			"WASHINGTON, May 4 - The library that Reagan founded opened a new wing.",
			[]grounded{{"Reagan", "", ""}}},
		{"former head, country named", "2024-05-02",
			"Ardern said on Tuesday that New Zealand had been right to close its borders.",
			[]grounded{{"Ardern", "NZL", "ELI"}}},
		{"former head, dateline's country", "2020-05-02",
			"SYDNEY, May 2 - The book that Turnbull wrote sold well.",
			[]grounded{{"Turnbull", "AUS", "ELI"}}},
		{"former head, a city of the country named", "2024-05-02",
			"Ardern said on Tuesday in Auckland that she would write a memoir.",
			[]grounded{{"Ardern", "NZL", "ELI"}}},
		{"former head, full name before", "2018-05-02",
			"Barack Obama spoke at a rally on Tuesday. Later Obama said the deal had been a mistake.",
			[]grounded{{"Barack Obama", "USA", "ELI"}, {"Obama", "USA", "ELI"}}},
	})
}

// TestSurnameAloneNeedsContext checks that a surname alone is not read as a former leader when the
// document names no country of the leader and not the leader's full name, and that an apposition
// with no office after the surname ("X, a taxi driver,") keeps it from an office holder of the
// Phoenix records (phoenixsurname.go).
func TestSurnameAloneNeedsContext(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"sport, no country", "2019-06-02", "Harper hit a home run as the Phillies beat the Mets.",
			[]grounded{{"Harper", "", ""}}},
		{"film, no country", "2019-06-02", "Cameron's new film broke box office records.",
			[]grounded{{"Cameron", "", ""}}},
		{"novels, no country", "2023-06-02", "Morrison's novels are still taught.",
			[]grounded{{"Morrison", "", ""}}},
		{"company, no country", "2020-06-02", "Turnbull said the company would cut jobs.",
			[]grounded{{"Turnbull", "", ""}}},
		{"footballer's apposition", "2020-06-02", "Rajoy, the striker, was transferred to Sevilla.",
			[]grounded{{"Rajoy", "", ""}}},
		{"late to a meeting", "2020-06-02", "Zuma arrived late to the meeting.",
			[]grounded{{"Zuma", "", ""}}},
		{"former head, other country named", "2024-05-02",
			"Ardern said on Tuesday that France had been wrong.",
			[]grounded{{"Ardern", "", ""}}},
		{"former head, apposition of another trade", "2020-05-02",
			"Rajoy, a plumber from Seville, said Spain had been right to close its borders.",
			[]grounded{{"Rajoy", "", ""}}},
		{"Phoenix office holder, apposition of a trade", "2012-03-03",
			"MOSCOW, March 3 - Ivanov, a taxi driver, said prices had risen.",
			[]grounded{{"Ivanov", "", ""}}},
		{"Phoenix office holder, apposition of a trade, no dateline", "1987-05-04",
			"Reagan, the baker on Main Street, said the United States needed more bread.",
			[]grounded{{"Reagan", "", ""}}},
		{"Phoenix office holder, apposition with an office", "1987-05-04",
			"WASHINGTON, May 4 - Congress passed the bill that Reagan, the president, had vetoed.",
			[]grounded{{"Reagan", "USA", "GOV"}}},
	})
}

// TestDelegationHeads checks that only a state's delegation (a country or its demonym before
// "delegation", or the speaker's "our delegation") makes its head a government's official; the
// delegation of a company, a team, a group or an organization does not (officebodies.go).
func TestDelegationHeads(t *testing.T) {
	runNotRoleCases(t, []notRoleCase{
		{"company's delegation", "1987-05-04",
			"PARIS, May 4 - John Doe, head of the Boeing delegation, said orders were strong.",
			"John Doe", "GOV"},
		{"team's delegation", "2014-05-04",
			"Carlos Lima, head of the Brazilian football delegation, said the team was ready.",
			"Carlos Lima", "GOV"},
		{"armed group's delegation", "2014-05-04",
			"CAIRO, May 4 - Omar Saleh, head of the Hamas delegation, said talks had stalled.",
			"Omar Saleh", "GOV"},
		{"humanitarian organization's delegation", "2014-05-04",
			"Pierre Blanc, head of the Red Cross delegation, said the prisoners were well.",
			"Pierre Blanc", "GOV"},
		{"head of a delegation of no one", "2014-05-04",
			"Pierre Blanc, head of the delegation, said the prisoners were well.",
			"Pierre Blanc", "GOV"},
	})
	runGroundCases(t, []groundCase{
		{"state's trade delegation", "1987-05-04",
			"Li Wen, head of the Chinese trade delegation, said China would buy more wheat.",
			[]grounded{{"Li Wen", "CHN", "GOV"}}},
		{"country named with the delegation", "1987-05-04",
			"GENEVA, May 4 - Talks ended.\n    Ahmad Zaki, head of Malaysia's delegation, said the talks would resume.",
			[]grounded{{"Ahmad Zaki", "MYS", "GOV"}}},
	})
}

// TestCommitteeHouseWords checks that a committee is a legislature's only when the words before
// "House" or "Senate" name a country or a state, or a house ("Lower", "of Representatives"): a name
// that ends with "House" is not a legislature (officebodies.go).
func TestCommitteeHouseWords(t *testing.T) {
	runNotRoleCases(t, []notRoleCase{
		{"clearing house", "1987-05-04",
			"NEW YORK, May 4 - Clearing House Committee Chairman John Smith said fees would rise.",
			"John Smith", "LEG"},
		{"opera house", "1987-05-04",
			"Sydney Opera House Committee Chairman Peter Brown said the season would open.",
			"Peter Brown", "LEG"},
	})
	runGroundCases(t, []groundCase{
		{"lower house", "1987-05-04",
			"TOKYO, May 4 - Japan's Lower House Budget Committee Chairman Kenji Mori said the bill would pass.",
			[]grounded{{"Kenji Mori", "JPN", "LEG"}}},
		{"house of representatives", "1987-05-04",
			"WASHINGTON, May 4 - House of Representatives Appropriations Committee Chairman Tom Reller said cuts were likely.",
			[]grounded{{"Tom Reller", "USA", "LEG"}}},
	})
}

// TestCompanyChiefOfStaff checks that a chief of staff of a company the dictionaries know is the
// company's officer, not a government's (officebodies.go, evidence.go).
func TestCompanyChiefOfStaff(t *testing.T) {
	runNotRoleCases(t, []notRoleCase{
		{"company's chief of staff", "2019-05-04",
			"Apple chief of staff Jane Roe said the phone would ship in June.",
			"Jane Roe", "GOV"},
	})
	runGroundCases(t, []groundCase{
		{"seat of government's chief of staff stays", "1987-05-04",
			"WASHINGTON, May 4 - Senators met White House chief of staff Tom Reller on Monday.",
			[]grounded{{"Tom Reller", "USA", "GOV"}}},
	})
}

// TestSurnameOfIncomingHolder checks that a surname alone of a curated holder who takes up an
// office within the year (a President of the General Assembly named days before the session
// opens) is not grounded as the former official of his country: between his election and the
// opening of the session he is the Assembly's President-elect, an office of the UN.
func TestSurnameOfIncomingHolder(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"incoming holder", "2012-09-10",
			"We welcome the election of Mr. Jeremić and wish him well.",
			[]grounded{{"Jeremić", "UN", "IGO"}}},
	})
}

// TestSurnameOfCompany checks that a one-word mention of a word the document names a company with
// ("Baker International Corp <BKO>") is not grounded as an office holder of that surname.
func TestSurnameOfCompany(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"company with a stock symbol", "1987-03-05",
			"HOUSTON, March 5 - Hughes Tool Co said its merger with Baker International Corp <BKO> was off.\n    Baker then filed a suit seeking damages from Hughes.",
			[]grounded{{"Baker", "", ""}}},
		{"no company named with the word", "1987-03-05",
			"WASHINGTON, March 5 - The talks went on. Baker then told reporters the dollar was stable.",
			[]grounded{{"Baker", "USA", "GOV"}}},
	})
}

// notRoleCase is a sentence in which a person must not get a role (forbidden): what the person gets
// instead, if anything, is another rule's business.
type notRoleCase struct {
	name, date, text, person, forbidden string
}

func runNotRoleCases(t *testing.T, tests []notRoleCase) {
	t.Helper()
	a, c, _ := chainWith(t, actors.Options{})
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range ms {
				if m.Text != tt.person {
					continue
				}
				found = true
				if m.Role == tt.forbidden {
					t.Errorf("%q: country %q role %q, must not be %s", m.Text, m.Country, m.Role, tt.forbidden)
				}
			}
			if !found {
				t.Errorf("no mention %q", tt.person)
			}
		})
	}
}
