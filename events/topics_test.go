package events

import "testing"

// TestTopicAndPlaceActors checks that an actor naming a topic ("the Cyprus problem") is no target
// of a statement, and that an actor after "in" or "within" following a supported idea or project
// is no target of the support. The sentences are written for this test; each expectation lists
// every event, in order.
func TestTopicAndPlaceActors(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"topic", "The General Assembly and Security Council have been addressing the Cyprus problem since the 1960s.", []string{}},
		{"topic", "The responsible authorities must address the Haitian question.", []string{}},
		{"topic", "Romania supports an integrated approach to the climate and security nexus within the United Nations system.", []string{}},
		{"topic", "Tajikistan supports the holding of the review conference in Vienna.", []string{}},
		{"topic", "Chile backs a regional approach in Latin America.", []string{}},
		// actors the verb is about stay targets
		{"topic", "The United Arab Emirates will continue to support the political transition process in Yemen.", []string{"ARE>YEM:051/intended"}},
		{"topic", "Russia supports Syria.", []string{"RUS>SYR:051/asserted"}},
		{"topic", "Japan supports the Philippines' bid for a seat.", []string{"JPN>PHL:051/asserted"}},
	})
}
