package actors_test

import "testing"

// TestLeaderRegime checks that a leader's name before "regime", "government" or "administration",
// which the model tends to read as a place, stands for his government: the country's GOV, whether a
// dictionary codes the name as the government or it is the surname of a curated office holder.
func TestLeaderRegime(t *testing.T) {
	runGroundCases(t, []groundCase{
		{"a name the dictionaries code as a government", "",
			"This is more proof of the brutal methods the Assad regime is using to starve ordinary people.",
			[]grounded{{"Assad", "SYR", "GOV"}}},
		{"the surname of an office holder", "2019-05-10",
			"The Maduro regime arrested dozens of protesters in Caracas last week.",
			[]grounded{{"Maduro", "VEN", "GOV"}}},
	})
}
