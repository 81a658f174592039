package events

import "testing"

// TestAppositionRole checks that people described by an apposition ("— representatives of …",
// ", members of …") take the first role it names (EVENTS_GUIDELINES.md R-12), and that an
// apposition naming no role leaves them civilians. The sentences are written for this test.
func TestAppositionRole(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"ngo", "Germany has granted asylum to Syrians and Afghans — representatives of non-governmental organizations and trade unions — who fled their countries.",
			[]string{"DEU>SYRNGO:075/asserted", "DEU>AFGNGO:075/asserted"}},
		{"ngo", "Poland gave asylum to Belarusians, members of independent media and civil society groups.", []string{"POL>BLRMED:075/asserted"}},
		{"none", "Germany has granted asylum to Syrians and Afghans — members of the public — who fled their countries.",
			[]string{"DEU>SYRCVL:075/asserted", "DEU>AFGCVL:075/asserted"}},
		{"none", "Germany has granted asylum to Syrians and Afghans who fled their countries.", []string{"DEU>SYRCVL:075/asserted", "DEU>AFGCVL:075/asserted"}},
	})
}
