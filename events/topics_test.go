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
		{"topic", "Poland supports a holistic approach to the link between water and security across the UN system.", []string{}},
		{"topic", "Tajikistan supports the holding of the review conference in Vienna.", []string{}},
		{"topic", "Chile backs a regional approach in Latin America.", []string{}},
		// actors the verb is about stay targets
		{"topic", "Oman will continue to support the peace process in Yemen.", []string{"OMN>YEM:032/asserted"}},
		{"topic", "The United Arab Emirates will continue supporting the transition in Sudan.", []string{"ARE>SDN:032/asserted"}},
		{"topic", "Russia supports Syria.", []string{"RUS>SYR:051/asserted"}},
		{"topic", "Japan supports the Philippines' bid for a seat.", []string{"JPN>PHL:051/asserted"}},
	})
}
