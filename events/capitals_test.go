package events

import "testing"

// TestAbbrevCapitals checks the word the wire capitalizes after "U.S." ("the U.S. Are
// negotiating"): a function word or verb form is read as such, a name stays a name. The sentences
// are written for this test; each expectation lists every event, in order.
func TestAbbrevCapitals(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"capitals", "Japan and the U.S. Are negotiating a new chip pact.", []string{"JPN>USA:046/asserted", "USA>JPN:046/asserted"}},
		{"capitals", "The U.S. Will impose tariffs on Japanese goods.", []string{"USA>JPN:163/intended"}},
		{"capitals", "The U.S. Broke off relations with Libya.", []string{"USA>LBY:161/asserted"}},
		{"capitals", "The U.S. Imposed sanctions on Poland.", []string{"USA>POL:163/asserted"}},
		{"capitals", "The U.S. Has criticized Japan.", []string{"USA>JPN:111/asserted"}},
		{"capitals", "Britain and the U.S. And Canada condemned Libya.", []string{"GBR>LBY:111/asserted", "USA>LBY:111/asserted", "CAN>LBY:111/asserted"}},
		// a name after "U.S." is not retagged
		{"capitals", "The U.S. Senate criticized Japan.", []string{"USALEG>JPN:111/asserted"}},
		{"capitals", "U.S. Exports to Japan rose.", []string{}},
	})
}
