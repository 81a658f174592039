package events

import (
	"slices"
	"testing"
)

// TestTopicAndPlaceActors checks that an actor naming a topic ("the Cyprus problem") is no target
// of a statement, and that an actor after "in" or "within" following a supported idea or project
// is no target of the support. The sentences are written for this test; each expectation lists
// every event, in order.
func TestTopicAndPlaceActors(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The General Assembly and Security Council have been addressing the Cyprus problem since the 1960s.", []string{}},
		{"The responsible authorities must address the Haitian question.", []string{}},
		{"Romania supports an integrated approach to the climate and security nexus within the United Nations system.", []string{}},
		{"Tajikistan supports the holding of the review conference in Vienna.", []string{}},
		{"Chile backs a regional approach in Latin America.", []string{}},
		// actors the verb is about stay targets
		{"The United Arab Emirates will continue to support the political transition process in Yemen.", []string{"ARE>YEM:051/intended"}},
		{"Russia supports Syria.", []string{"RUS>SYR:051/asserted"}},
		{"Japan supports the Philippines' bid for a seat.", []string{"JPN>PHL:051/asserted"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
			t.Errorf("%q\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}
