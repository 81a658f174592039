package actors_test

import "testing"

// TestLeftForBusiness checks that a former official whom a later relative clause says left office
// to open or join a firm is a business person (leftforbusiness.go), and that leaving for another
// purpose or for a public bank keeps the former office; the country of the office left stays.
func TestLeftForBusiness(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"left to open a firm", "1991-05-03",
			"WASHINGTON, May 3 - Former Treasury aide Tom Reller was charged on Friday. Reller, who resigned as deputy secretary in 1989 to open a consulting firm, denied the charges.",
			[]grounded{{"Reller", "USA", "BUS"}}},
		{"left to join a bank", "1991-05-03",
			"WASHINGTON, May 3 - Former Treasury aide Tom Reller was charged on Friday. Reller, who left the department last year to join an investment bank, denied the charges.",
			[]grounded{{"Reller", "USA", "BUS"}}},
		{"left to join a named bank", "1991-05-03",
			"WASHINGTON, May 3 - Former Treasury aide Tom Reller was charged on Friday. Reller, who resigned as assistant secretary to join the Pan-Andean Development Bank, denied the charges.",
			[]grounded{{"Reller", "USA", "ELI"}}},
		{"left to join a central bank", "1991-05-03",
			"WASHINGTON, May 3 - Former Treasury aide Tom Reller was charged on Friday. Reller, who left the department last year to join the central bank, denied the charges.",
			[]grounded{{"Reller", "USA", "ELI"}}},
		{"left for another purpose", "1991-05-03",
			"WASHINGTON, May 3 - Former Treasury aide Tom Reller was charged on Friday. Reller, who resigned as deputy secretary in 1989 to protest the budget, denied the charges.",
			[]grounded{{"Reller", "USA", "ELI"}}},
	})
}
