package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestBusinessPeople checks the company officers of wire stories: a corporate title that a
// company's name or a generic noun of a company holds ("Nordkraft chairman X", "Company chairman
// X", "X, chairman of Nordvik,") is BUS, of the country of the company the story opens with after
// its dateline: the nationality its lead gives it ("French tyre maker Kleber") or the dateline's
// place. A hyphenated given name after such a title is a person's. A bank named by its own name is
// a business; a central bank's officers stay officials.
func TestBusinessPeople(t *testing.T) {
	tests := []groundCase{
		{"company name before the title", "1988-05-10",
			"OSLO, May 10 - Nordkraft said profits rose.\n    Nordkraft chairman Lars Holm told reporters the outlook was good.",
			[]grounded{{"Lars Holm", "NOR", "BUS"}}},
		{"company name with a legal form", "1988-05-10",
			"STUTTGART, May 10 - Vorland AG said profits rose.\n    Vorland Chairman Klaus Weber told reporters the outlook was good.",
			[]grounded{{"Klaus Weber", "DEU", "BUS"}}},
		{"generic noun, nationality of the lead, hyphenated name", "1988-05-10",
			"LYON, May 10 - French tyre maker Kleber said it will close a plant.\n    Company chairman Jean-Luc Marten said the cuts were painful.",
			[]grounded{{"Jean-Luc Marten", "FRA", "BUS"}}},
		{"the company's chairman in an apposition before the name", "1988-05-10",
			"LYON, May 10 - French tyre maker Kleber said it will close a plant.\n    The company's chairman, Pierre Dufour, said the cuts were painful.",
			[]grounded{{"Pierre Dufour", "FRA", "BUS"}}},
		{"group chairman, nationality named in the lead", "1988-05-10",
			"MILAN, May 10 - Italian state-owned steel group Finsider said it will cut 4,000 jobs.\n    Group chairman Lorenzo Bassi said the plan would be ready in June.",
			[]grounded{{"Lorenzo Bassi", "ITA", "BUS"}}},
		{"apposition naming the lead company", "1988-05-10",
			"HELSINKI, May 10 - Nordvik said profits rose. Anna Lind, chairman of Nordvik, said the outlook was good, and the U.S. market grew.",
			[]grounded{{"Anna Lind", "FIN", "BUS"}}},
		{"a bank named by its own name", "1988-05-10",
			"NEW YORK, May 10 - Toru Hayashi, president of Mitsubishi Bank, said the yen would rise.",
			[]grounded{{"Toru Hayashi", "", "BUS"}}},
		// Not changed: a central bank's deputy governor is an official; a company the title names
		// that is not the lead company gives no country.
		{"central bank", "1988-05-10",
			"LONDON, May 10 - Eddie George, deputy governor of the Bank of England, said rates would fall.",
			[]grounded{{"Eddie George", "GBR", "GOV"}}},
		{"another company than the lead", "1988-05-10",
			"OSLO, May 10 - Nordkraft said profits rose in Sweden.\n    Vestby chairman Lars Holm told reporters the outlook was good.",
			[]grounded{{"Lars Holm", "", "BUS"}}},
	}
	runGroundCases(t, tests)
}

// TestInternationalOfficials checks officials of international organizations: an apposition that
// names an organization of data/orgs.csv the Phoenix dictionaries do not code ("a spokesman for the
// World Trade Organization") gives it as the person's country with role IGO; the President of the
// General Assembly named after "His Excellency" (which the recognizer may take for a name) and after
// "at its seventy-fourth session", or congratulated "on his election to the presidency of the
// General Assembly", is the UN's.
func TestInternationalOfficials(t *testing.T) {
	tests := []groundCase{
		{"spokesman for a curated organization", "1988-05-10",
			"GENEVA, May 10 - The council met. Peter Lang, a spokesman for the World Trade Organization, said talks went well.",
			[]grounded{{"Peter Lang", "WTO", "IGO"}}},
		{"official spokesman of", "1988-05-10",
			"GENEVA, May 10 - The council met. Peter Lang, official spokesman of the World Trade Organization, said talks went well.",
			[]grounded{{"Peter Lang", "WTO", "IGO"}}},
		{"election to the presidency of the Assembly", "2019-09-20",
			"We congratulate His Excellency Ambassador Tijjani Muhammad-Bande of Nigeria on his election to the presidency of the General Assembly.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
		{"election to the high office of President", "2019-09-20",
			"We congratulate Mr. Tijjani Muhammad-Bande of Nigeria, on his election to the high office of President of the General Assembly.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
		{"His Excellency after the office and its session", "2019-09-20",
			"We congratulate the President of the General Assembly at its seventy-fourth session, His Excellency Mr. Tijjani Muhammad-Bande, on his work.",
			[]grounded{{"Tijjani Muhammad-Bande", "UN", "IGO"}}},
		{"Her Excellency", "2019-09-20",
			"I thank the President of the General Assembly, Her Excellency Ms. Maria Espinosa, for her leadership.",
			[]grounded{{"Maria Espinosa", "UN", "IGO"}}},
		// Not changed: an honorific after a bare title, and one after another person's country and
		// "and", are no apposition to an office with its body.
		{"outgoing President, His Excellency", "2019-09-20",
			"Norway thanks the outgoing President, His Excellency Mr. Lars Brenner, for his work in the Assembly.",
			[]grounded{{"Lars Brenner", "", ""}}},
		{"His Excellency after another's country", "2019-09-20",
			"We congratulate Her Excellency President Amina Diallo of Liberia and His Excellency Prime Minister Tomas Varga of Hungary.",
			[]grounded{{"Prime Minister Tomas Varga", "HUN", "GOV"}}},
	}
	runGroundCases(t, tests)
}

// TestMilitaryRulersAndSurnames checks that the military leader of a country, and an aide to one,
// are of its government (GOV), while an army leader stays MIL; that a surname of two words after
// the full name takes the full name's country and role; and that a capitals headline's surname
// after a prefix ("EX-CARTER") or after a title word, even when it is a country's name ("AIDE
// JORDAN"), is the person the story names.
func TestMilitaryRulersAndSurnames(t *testing.T) {
	tests := []groundCase{
		{"military leader", "1988-05-10",
			"LAGOS, May 10 - Diplomats met Nigerian military leader Ibrahim Babangida on Tuesday.",
			[]grounded{{"Ibrahim Babangida", "NGA", "GOV"}}},
		{"aide to a military ruler", "1988-05-10",
			"The envoy spoke with Tunde Okoro, a senior aide to Nigerian military ruler Ibrahim Babangida.",
			[]grounded{{"Tunde Okoro", "NGA", "GOV"}, {"Ibrahim Babangida", "NGA", "GOV"}}},
		{"army leader stays MIL", "1988-05-10",
			"LAGOS, May 10 - Nigerian army leader Sani Abacha said troops were ready.",
			[]grounded{{"Sani Abacha", "NGA", "MIL"}}},
		{"surname of two words", "1988-05-10",
			"QUITO, May 10 - Bolivian President Victor Paz Estenssoro said the talks had failed.\n    Paz Estenssoro told reporters that he would not resign.",
			[]grounded{{"Paz Estenssoro", "BOL", "GOV"}}},
		{"headline surnames after a prefix and a title", "1988-05-10",
			"EX-CARTER AIDE JORDAN SIGNS BOOK DEAL\nNEW YORK, May 10 - Hamilton Jordan, a former aide to President Carter, signed a book deal.",
			[]grounded{{"CARTER", "USA", "ELI"}, {"JORDAN", "USA", "ELI"}}},
	}
	runGroundCases(t, tests)
}

// TestCorporateOfficers checks that a generic head after "corporate" is a company's officer even
// when a word of a ministry stands in the title ("Corporate Finance Director X": BUS), while an
// office word keeps its role ("Corporate Affairs Minister X": GOV).
func TestCorporateOfficers(t *testing.T) {
	tests := []groundCase{
		{"corporate finance director", "1988-05-10",
			"LEEDS, May 10 - Hallam Foods Plc said its board now includes Corporate Finance Director Mark Ellis.",
			[]grounded{{"Mark Ellis", "GBR", "BUS"}}},
		{"corporate affairs minister", "1988-05-10",
			"LONDON, May 10 - Corporate Affairs Minister Alan Clarke said the takeover rules would change.",
			[]grounded{{"Alan Clarke", "GBR", "GOV"}}},
	}
	runGroundCases(t, tests)
}

// groundCase is a named sentence on a date and the grounding of some of its mentions.
type groundCase struct {
	name, date, text string
	want             []grounded
}

// runGroundCases runs each case through the chain with the built-in dictionaries and checks its
// mentions' spans and groundings.
func runGroundCases(t *testing.T, tests []groundCase) {
	t.Helper()
	a, c, _ := chainWith(t, actors.Options{})
	for _, tt := range tests {
		d := a.Analyze(tt.text, nil)
		ms := c.RecognizeDated(d, tt.date)
		checkSpans(t, tt.text, ms)
		t.Run(tt.name, func(t *testing.T) { expect(t, ms, tt.want) })
	}
}

// TestStateRepresentatives checks that a representative of a state named before the title is its
// official ("U.S. deputy trade representative X", "Iran's representative, X": GOV), while a union's
// representative keeps the union's role.
func TestStateRepresentatives(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"country before a trade representative", "1987-05-10",
			"WASHINGTON, May 10 - Japan was warned again.\n    U.S. deputy trade representative Ann Marsh said Japan must open its markets.",
			[]grounded{{"Ann Marsh", "USA", "GOV"}}},
		{"possessive country, apposition", "2015-09-25",
			"Iran's representative, Ali Karimi, rejected the claims of Israel.",
			[]grounded{{"Ali Karimi", "IRN", "GOV"}}},
		{"a union's representative", "1987-05-10",
			"LONDON, May 10 - Union representative Tom Hale said the strike would go on.",
			[]grounded{{"Tom Hale", "", "LAB"}}},
	})
}

// TestRepresentativesOfOthers checks that a representative for a country of an international
// organization, and one of a group of a country's people, are not that country's officials.
func TestRepresentativesOfOthers(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"representative for a country of the UN", "2012-09-25",
			"We welcome the new Special Representative for Somalia of the United Nations, Mr. Omar Haddad.",
			[]grounded{{"Omar Haddad", "", ""}}}, // not SOM GOV
		{"representative of a country's youth", "2016-09-25",
			"Before I came here, Lotte Verbeek, a representative of Dutch youth, asked me a question.",
			[]grounded{{"Lotte Verbeek", "", ""}}},
		{"representative of a country", "2022-09-25",
			"We thank his predecessor, Mr. Ahmed Rasheed, representative of Maldives, for his work.",
			[]grounded{{"Ahmed Rasheed", "MDV", "GOV"}}},
	})
}
