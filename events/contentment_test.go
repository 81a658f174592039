package events

import (
	"slices"
	"testing"
)

// TestNegatedContentment: a state of contentment denied ("has not been pleased with", "is not
// satisfied with") is a criticism, asserted (111); contentment stated is approval (051).
func TestNegatedContentment(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Brazil has not been pleased with Argentina's decision.", []string{"BRA>ARG:111/asserted"}},
		{"Greece is not satisfied with Turkey's reply.", []string{"GRC>TUR:111/asserted"}},
		{"Brazil is pleased with Argentina's decision.", []string{"BRA>ARG:051/asserted"}},
		{"Greece is satisfied with Turkey's reply.", []string{"GRC>TUR:051/asserted"}},
	}
	for _, tc := range tests {
		d, ms := analyze(t, tc.text)
		var got []string
		for _, e := range ExtractEvents(d, ms) {
			got = append(got, brief(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
