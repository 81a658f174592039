package events

import "testing"

// TestNegatedContentment: a state of contentment denied ("has not been pleased with", "is not
// satisfied with") is a criticism, asserted (111); contentment stated is approval (051).
func TestNegatedContentment(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"not-pleased", "Brazil has not been pleased with Argentina's decision.", []string{"BRA>ARG:111/asserted"}},
		{"not-satisfied", "Greece is not satisfied with Turkey's reply.", []string{"GRC>TUR:111/asserted"}},
		{"pleased", "Brazil is pleased with Argentina's decision.", []string{"BRA>ARG:051/asserted"}},
		{"satisfied", "Greece is satisfied with Turkey's reply.", []string{"GRC>TUR:051/asserted"}},
		// "not only" denies nothing; "not entirely" denies a degree, not the state (no criticism)
		{"not-only", "Japan has not only been pleased with China's decision, it has welcomed it publicly.", []string{"JPN>CHN:051/asserted"}},
		{"not-merely", "Chile was not merely satisfied with Peru's offer.", []string{"CHL>PER:051/asserted"}},
		{"degree", "Greece is not entirely satisfied with Turkey's reply.", []string{"GRC>TUR:051/negated"}},
		{"never", "Kenya has never been satisfied with Uganda's answers.", []string{"KEN>UGA:111/asserted"}},
	})
}
