package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestLaterOfficesOfUNHeads checks the dated offices of former Presidents of the General Assembly
// after (and beside) their presidencies, and the President-elect's months before the session.
func TestLaterOfficesOfUNHeads(t *testing.T) {
	runGroundCases(t, []groundCase{
		// Uganda's foreign minister before, after and around his presidency of 2014-15.
		{"foreign minister before", "2010-05-04", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UGA", "GOV"}}},
		// Elected in June 2014; his ministry, kept through the presidency, yields to it from the
		// session's opening; before, only where the text names the Assembly he is to preside.
		{"president-elect", "2014-07-01", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UGA", "GOV"}}},
		{"president-elect in september", "2014-09-10", "Foreign Minister Sam Kutesa met the Kenyan President in Nairobi.",
			[]grounded{{"Sam Kutesa", "UGA", "GOV"}}},
		{"president-elect named with the assembly", "2014-09-10",
			"We congratulate Mr. Sam Kutesa on his election to preside over the General Assembly at its sixty-ninth session.",
			[]grounded{{"Sam Kutesa", "UN", "IGO"}}},
		{"surname with the assembly", "2014-09-15",
			"I congratulate President Kutesa on his election to the presidency of the General\nAssembly.",
			[]grounded{{"Kutesa", "UN", "IGO"}}},
		{"surname without it", "2014-07-15", "Foreign Minister Kutesa met the Kenyan President in Nairobi.",
			[]grounded{{"Kutesa", "UGA", "GOV"}}},
		{"president from the opening", "2014-09-20", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UN", "IGO"}}},
		// Slovakia's and the Maldives' foreign ministers between their election and the opening.
		{"slovak president-elect", "2017-07-12", "Miroslav Lajčák met the negotiators in Brussels.",
			[]grounded{{"Miroslav Lajčák", "SVK", "GOV"}}},
		{"slovak president", "2017-11-08", "Miroslav Lajčák met the negotiators in Brussels.",
			[]grounded{{"Miroslav Lajčák", "UN", "IGO"}}},
		{"maldivian president-elect", "2021-08-03", "Abdulla Shahid arrived in Colombo on Monday.",
			[]grounded{{"Abdulla Shahid", "MDV", "GOV"}}},
		{"maldivian president", "2021-11-03", "Abdulla Shahid arrived in Colombo on Monday.",
			[]grounded{{"Abdulla Shahid", "UN", "IGO"}}},
		{"president", "2015-03-01", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UN", "IGO"}}},
		{"foreign minister after", "2018-05-04", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UGA", "GOV"}}},
		{"after his ministry", "2023-05-04", "Sam Kutesa arrived in Nairobi on Monday.",
			[]grounded{{"Sam Kutesa", "UGA", "ELI"}}},
		// The EU's envoy for the Belgrade-Pristina dialogue, after his ministry in Slovakia.
		{"EU special representative", "2022-11-08", "Miroslav Lajčák met the negotiators in Brussels.",
			[]grounded{{"Miroslav Lajčák", "EU", "IGO"}}},
		{"slovak minister", "2019-11-08", "Miroslav Lajčák met the negotiators in Brussels.",
			[]grounded{{"Miroslav Lajčák", "SVK", "GOV"}}},
		// The UN's envoy for the ocean and its High Representative for the Alliance of Civilizations.
		{"envoy for the ocean", "2022-06-28", "Peter Thomson opened the meeting in Lisbon.",
			[]grounded{{"Peter Thomson", "UN", "IGO"}}},
		{"alliance of civilizations", "2016-04-25", "Nassir Abdulaziz Al-Nasser opened the forum in Baku.",
			[]grounded{{"Nassir Abdulaziz Al-Nasser", "UN", "IGO"}}},
		{"after the alliance", "2020-04-25", "Nassir Abdulaziz Al-Nasser opened the forum in Baku.",
			[]grounded{{"Nassir Abdulaziz Al-Nasser", "QAT", "ELI"}}},
		// Elected in June, in office from the session's opening in September.
		{"president-elect in july", "2019-07-10", "Tijjani Muhammad-Bande visited the secretariat.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
	})
}

// TestNationalOfficeBeatsPresidentElect checks that a President-elect of the Assembly who still
// holds a national office he leaves before the session opens is that office's holder until it
// ends, and the Assembly's after.
func TestNationalOfficeBeatsPresidentElect(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"foreign minister after his election", "2012-07-01",
			"Vuk Jeremić met the ambassadors in Belgrade on Sunday.",
			[]grounded{{"Vuk Jeremić", "SRB", "GOV"}}},
		{"president-elect after his ministry", "2012-08-20",
			"Vuk Jeremić met the ambassadors in Belgrade on Sunday.",
			[]grounded{{"Vuk Jeremić", "UN", "IGO"}}},
		{"minister in the week of her election", "2018-06-10",
			"María Fernanda Espinosa met the ambassadors in Quito on Sunday.",
			[]grounded{{"María Fernanda Espinosa", "ECU", "GOV"}}},
		{"president-elect in july", "2018-07-10",
			"María Fernanda Espinosa met the ambassadors in Quito on Sunday.",
			[]grounded{{"María Fernanda Espinosa", "UN", "IGO"}}},
	})
}

// TestFormerIGOOfficialOpenPhoenixRecord checks that a former official of an international
// organization takes the role of an open-ended Phoenix record of a national office only up to the
// dictionaries' last revision: later the record is stale, and she is a former official (ELI).
func TestFormerIGOOfficialOpenPhoenixRecord(t *testing.T) {
	const s = "We welcome the former Executive Director of UN-Habitat, Mrs. Anna Tibaijuka, to this debate."
	runGroundCases(t, []groundCase{
		{"within the dictionaries' years", "2012-09-20", s, []grounded{{"Anna Tibaijuka", "TZA", "GOV"}}},
		{"after them", "2016-09-20", s, []grounded{{"Anna Tibaijuka", "TZA", "ELI"}}},
	})
}

// TestDemonymInsidePersonName checks that a demonym that is a word of a person's name ("Lao Tzu",
// a slogan "Happy Nepali" read as a name) gives no country, while one written before a title and
// name still does.
func TestDemonymInsidePersonName(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"name", "2019-05-02", "Lao Tzu wrote that the way is empty.",
			[]grounded{{"Lao Tzu", "", ""}}},
		{"demonym before a title", "2019-05-02", "The Lao delegation and the Iranian Foreign Minister Javad Zarif met.",
			[]grounded{{"Lao", "LAO", ""}, {"Javad Zarif", "IRN", "GOV"}}},
		{"a word of a slogan", "2019-05-02", "Our vision is called Prosperous Nepal, Happy Nepali.",
			[]grounded{{"Happy Nepali", "", ""}}},
		{"noun for a country's people", "2019-05-02", "I speak on behalf of my fellow Frenchman Jules, whose house lies in ruins.",
			[]grounded{{"Frenchman Jules", "FRA", ""}}},
	})
}

// TestMacharByPeriod checks South Sudan's Riek Machar through his vice-presidencies, the years he
// led the armed opposition (REB) and the years in between when he opposed the government by
// political means (OPP).
func TestMacharByPeriod(t *testing.T) {
	const s = "Riek Machar met the mediators in Addis Ababa on Friday."
	runGroundCases(t, []groundCase{
		{"vice-president", "2012-05-04", s, []grounded{{"Riek Machar", "SSD", "GOV"}}},
		{"dismissed", "2013-10-04", s, []grounded{{"Riek Machar", "SSD", "OPP"}}},
		{"civil war", "2014-05-09", s, []grounded{{"Riek Machar", "SSD", "REB"}}},
		{"back in juba", "2016-06-03", s, []grounded{{"Riek Machar", "SSD", "GOV"}}},
		{"war again", "2017-06-02", s, []grounded{{"Riek Machar", "SSD", "REB"}}},
		{"after the revitalized agreement", "2019-05-03", s, []grounded{{"Riek Machar", "SSD", "OPP"}}},
		{"unity government", "2021-05-07", s, []grounded{{"Riek Machar", "SSD", "GOV"}}},
	})
}

// TestNationalityOfIGOHolder checks that the country named after the name of a person whom the
// office holders give an office of an international organization that day is a nationality, not
// the office's country ("Ambassador X of Nigeria" is the President of the Assembly), unless the
// person also holds an office of that country that day (a foreign minister presiding over the
// Assembly); after the presidency the courtesy title leaves the former official (ELI) of the
// office holders; a person of no such office keeps the country ("Ambassador X of Ghana").
func TestNationalityOfIGOHolder(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"courtesy title", "2019-11-20",
			"We met Ambassador Tijjani Muhammad-Bande of Nigeria in New York on Tuesday.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
		{"apposition", "2020-02-11",
			"We heard the President, Mr. Tijjani Muhammad-Bande of Nigeria, at the opening.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
		{"minister and president", "2018-03-01",
			"Foreign Minister Miroslav Lajčák of Slovakia met the press on Tuesday.",
			[]grounded{{"Miroslav Lajčák", "SVK", "GOV"}}},
		{"after the presidency", "2020-11-20",
			"We thanked Ambassador Tijjani Muhammad-Bande of Nigeria, who led the session before.",
			[]grounded{{"Tijjani Muhammad-Bande", "NGA", "ELI"}}},
		{"no international office", "2019-11-20",
			"We met Ambassador Kwame Mensah of Ghana in New York on Tuesday.",
			[]grounded{{"Kwame Mensah", "GHA", "GOV"}}},
	})
}

// TestPalacesOfGovernments checks that the palace or office a government sits in, used for it,
// is that country's government, before a title too ("Malacañang chief of staff X").
func TestPalacesOfGovernments(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"palace before a title", "2019-03-02",
			"Malacanang chief of staff Roberto Santos said the president would not attend.",
			[]grounded{{"Malacanang", "PHL", "GOV"}, {"Roberto Santos", "PHL", "GOV"}}},
		{"palace as a speaker", "2019-03-02",
			"The Quirinale said on Monday that the decree had been signed.",
			[]grounded{{"Quirinale", "ITA", "GOV"}}},
		{"other palaces", "2019-03-02",
			"Officials of the Casa Rosada and of Aso Rock met on Friday; the Kantei declined to comment.",
			[]grounded{{"Casa Rosada", "ARG", "GOV"}, {"Aso Rock", "NGA", "GOV"}, {"Kantei", "JPN", "GOV"}}},
		{"palace's full name", "2019-03-02",
			"Officials at the Palácio do Planalto said the decree was ready.",
			[]grounded{{"Palácio do Planalto", "BRA", "GOV"}}},
	})
}

// TestPlacesNamedLikePalaces checks that words that also name a plateau or a block of a field are
// no government: only the palaces' full names are seats.
func TestPlacesNamedLikePalaces(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	for _, s := range []string{
		"The exploration company said it had found gas in the South Block of the offshore field.",
		"Farmers on the Planalto plateau harvested soybeans in March.",
	} {
		ms := c.RecognizeDated(a.Analyze(s, nil), "2019-05-02")
		checkSpans(t, s, ms)
		for _, m := range ms {
			if m.Country != "" || m.Role != "" {
				t.Errorf("%q: %q grounded %q %q", s, m.Text, m.Country, m.Role)
			}
		}
	}
}

// TestDemonymSpellings checks demonyms in the spellings most writers use beside the one the
// country table gives ("Comorian", not only "Comoran").
func TestDemonymSpellings(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"people of a country", "2019-03-02",
			"Comorians, Maldivians and Ecuadorians have voted; the Timorese people are waiting.",
			[]grounded{{"Comorians", "COM", ""}, {"Maldivians", "MDV", ""}, {"Ecuadorians", "ECU", ""}}},
		{"adjective", "2019-03-02",
			"The Nepali and Belarussian delegations met Azeri officials.",
			[]grounded{{"Nepali", "NPL", ""}, {"Belarussian", "BLR", ""}}},
	})
}

// TestFormerHeadOfUNIsOfHisCountry checks that a former head of the UN ("the former President of
// the General Assembly, Mr. X", "the late former Secretary-General X") is a former official of his
// country, or an official of it where he holds a national office that day, not ELI of the UN.
func TestFormerHeadOfUNIsOfHisCountry(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"former secretary-general", "2018-10-02",
			"We mourn the late former Secretary-General of the United Nations, Mr. Kofi Annan.",
			[]grounded{{"Kofi Annan", "GHA", "ELI"}}},
		{"former president, minister again", "2016-10-02",
			"We thank the former President of the General Assembly, Mr. Sam Kutesa, for his work.",
			[]grounded{{"Sam Kutesa", "UGA", "GOV"}}},
	})
}
