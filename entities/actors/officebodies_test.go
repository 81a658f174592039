package actors_test

import "testing"

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
		{"former head, no namesake elsewhere", "2018-05-02",
			"Obama said on Tuesday that the deal had been a mistake.",
			[]grounded{{"Obama", "USA", "ELI"}}},
	})
}

// TestSurnameOfIncomingHolder checks that a surname alone of a curated holder who takes up an
// office within the year (a President of the General Assembly named days before the session
// opens) is not grounded as the former official.
func TestSurnameOfIncomingHolder(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"incoming holder", "2012-09-10",
			"We welcome the election of Mr. Jeremić and wish him well.",
			[]grounded{{"Jeremić", "", ""}}},
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
