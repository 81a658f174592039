package events

import "testing"

// TestYetTo checks that "has yet to" / "is yet to" negates the act (coder.go, modality): the act
// has not happened so far. The sentences are written for this test.
func TestYetTo(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"yet-to", "Armenia has yet to abandon its claims against Azerbaijan.", []string{"ARM>AZE:080/negated"}},
		{"yet-to", "Iran is yet to sign the agreement with France.", []string{"IRN>FRA:057/negated", "FRA>IRN:057/negated"}},
		{"not-yet-to", "Armenia abandoned its claims against Azerbaijan.", []string{"ARM>AZE:080/asserted"}},
	})
}
