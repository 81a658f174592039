package actors_test

import (
	"testing"

	"github.com/geopol/geopol/entities/actors"
)

// TestFormerAssemblyHeads checks the former heads of the UN in speeches and stories
// (assemblypast.go, data/offices.csv): a President of a session that had ended by the speech's
// date, an outgoing President, a former Secretary-General are former officials of their country,
// not the Assembly's or a state's office holders.
func TestFormerAssemblyHeads(t *testing.T) {
	a, c, _ := chainWith(t, actors.Options{})
	tests := []struct {
		speaker, date, text string
		want                grounded
	}{
		// The honorific "Ambassador" of a former President out of office.
		{"PER", "2016-09-22", "We also acknowledge Ambassador Mogens Lykketoft, who opened the selection of the Secretary-General to the public.", grounded{"Mogens Lykketoft", "DNK", "ELI"}},
		// A session named by its number, ended by the speech's date.
		{"PER", "2016-09-22", "We are grateful to Mr. Mogens Lykketoft, President of the General Assembly at its seventieth session, for his efforts.", grounded{"Mogens Lykketoft", "DNK", "ELI"}},
		{"PER", "2021-09-23", "My delegation thanks Mr. Volkan Bozkır, President of the seventy-fifth session, for his work.", grounded{"Volkan Bozkır", "TUR", "ELI"}},
		// The session in course: the Assembly's.
		{"PER", "2016-09-22", "We are grateful to Mr. Peter Thomson, President of the General Assembly at its seventy-first session, for his efforts.", grounded{"Peter Thomson", "UN", "IGO"}},
		// "the outgoing President" whose national office had ended: no head of state.
		{"GHA", "2019-10-01", "We thank the outgoing President, Ms. María Fernanda Espinosa Garcés, for her stewardship.", grounded{"María Fernanda Espinosa Garcés", "ECU", "ELI"}},
		// A former Secretary-General is his country's former official.
		{"", "2018-05-03", "Ban Ki-moon said on Friday that the climate agreement must hold.", grounded{"Ban Ki-moon", "KOR", "ELI"}},
		{"NER", "2013-09-25", "We thank the Secretary-General and his predecessor, Mr. Kofi Annan, for their support.", grounded{"Kofi Annan", "GHA", "ELI"}},
		// "the previous President, Mr. X", "X, the outgoing President,".
		{"PER", "2016-09-22", "We thank the previous President, Mr. Mogens Lykketoft, for his work.", grounded{"Mogens Lykketoft", "DNK", "ELI"}},
		{"PER", "2024-09-24", "We thank His Excellency Mr. Dennis Francis, the outgoing President, for his leadership.", grounded{"Dennis Francis", "TTO", "ELI"}},
		// A President who held a national office through his term keeps it after.
		{"PER", "2018-09-25", "We thank Mr. Miroslav Lajčák, President of the General Assembly at its seventy-second session, for his work.", grounded{"Miroslav Lajčák", "SVK", "GOV"}},
		// An outgoing Secretary-General months before the end of his term still holds the office.
		{"BHS", "2016-09-22", "We thank the outgoing Secretary-General, Mr. Ban Ki-moon, for his leadership.", grounded{"Ban Ki-moon", "UN", "IGO"}},
		// In office, still the organization's.
		{"", "2012-05-03", "Ban Ki-moon said on Friday that the climate agreement must hold.", grounded{"Ban Ki-moon", "UN", "IGO"}},
		// A President whose national office only the Phoenix records give, open on the day, keeps it
		// (Uganda's foreign minister through his term and after); one whose
		// country only the office holders' table gives after his term is its former official.
		{"NOR", "2015-09-30", "We thank Mr. Sam Kutesa, President of the General Assembly at its sixty-ninth session, for his work.", grounded{"Sam Kutesa", "UGA", "GOV"}},
		{"NOR", "2010-09-25", "We thank the outgoing President, Mr. Ali Abdussalam Treki, for his work.", grounded{"Ali Abdussalam Treki", "LBY", "ELI"}},
		{"NOR", "2020-09-25", "We thank the outgoing President, Mr. Tijjani Muhammad-Bande, for his work.", grounded{"Tijjani Muhammad-Bande", "NGA", "ELI"}},
		// Only the Phoenix records give a national office, ended before: ELI of that country.
		{"PER", "2011-09-23", "We thank the outgoing President, Mr. Joseph Deiss, for his leadership.", grounded{"Joseph Deiss", "CHE", "ELI"}},
		// Riek Machar between his terms as Vice-President led the armed opposition.
		{"", "2019-05-03", "Riek Machar met the mediators in Addis Ababa on Friday.", grounded{"Riek Machar", "SSD", "OPP"}},
		// Before independence, Vice-President of Sudan's autonomous south (2005-2011).
		{"", "2008-05-03", "Riek Machar met the mediators in Addis Ababa on Friday.", grounded{"Riek Machar", "SDN", "GOV"}},
		{"", "2010-11-20", "Southern Sudan's Vice-President Riek Machar said the referendum would be held on time.", grounded{"Riek Machar", "SDN", "GOV"}},
		{"", "2011-08-03", "Riek Machar met the mediators in Addis Ababa on Friday.", grounded{"Riek Machar", "SSD", "GOV"}},
		{"", "2021-05-03", "Riek Machar met the mediators in Addis Ababa on Friday.", grounded{"Riek Machar", "SSD", "GOV"}},
	}
	for _, tt := range tests {
		ms := c.RecognizeFor(a.Analyze(tt.text, nil), tt.date, tt.speaker)
		checkSpans(t, tt.text, ms)
		expect(t, ms, []grounded{tt.want})
	}
}

// TestUnmarkedOrganizationStaffChief checks that a chief of staff written after the name of an
// organization the recognizer did not mark is not made a government's official (unmarkedorg.go),
// and that a committee of a building or a company named "House" is no legislature's
// (roles.go legislativeHouse).
func TestUnmarkedOrganizationStaffChief(t *testing.T) {
	runNotRoleCases(t, []notRoleCase{
		{"unmarked company", "2019-05-04",
			"The figures came late. Zorvex chief of staff Jane Roe said the plant would close.",
			"Jane Roe", "GOV"},
		{"building committee", "2019-05-04",
			"The figures came late. Old Harbour House Committee Chairman Peter Brown said the hall would reopen.",
			"Peter Brown", "LEG"},
		{"building committee after the name", "2019-05-04",
			"The figures came late. Peter Brown, chairman of the Old Harbour House Committee, said the hall would reopen.",
			"Peter Brown", "LEG"},
	})
	runGroundCases(t, []groundCase{
		{"a leader's chief of staff stays", "2019-05-04",
			"WASHINGTON, May 4 - The president's chief of staff Tom Reller met senators on Monday.",
			[]grounded{{"Tom Reller", "USA", "GOV"}}},
		{"an adjective before House", "2019-05-04",
			"WASHINGTON, May 4 - Powerful House Budget Committee Chairman Tom Reller said cuts were likely.",
			[]grounded{{"Tom Reller", "USA", "LEG"}}},
		{"house committee stays", "2019-05-04",
			"WASHINGTON, May 4 - House Appropriations Committee Chairman Tom Reller said cuts were likely.",
			[]grounded{{"Tom Reller", "USA", "LEG"}}},
	})
}
