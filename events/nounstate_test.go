package events

import "testing"

// TestNounStateRules checks joint acts named by a noun before a state verb ("talks are under way
// between X and Y") and the participants "between" names when the actor grouping keeps them
// apart. The sentences are written for this test; each expectation lists every event, in order.
func TestNounStateRules(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"state-between", "Talks are under way between Chile and Peru.", []string{"CHL>PER:046/asserted", "PER>CHL:046/asserted"}},
		{"state-between", "Talks are underway between financially troubled Zaire and the International Monetary Fund (IMF).", []string{"ZAR>IMF:046/asserted", "IMF>ZAR:046/asserted"}},
		{"state-between", "Negotiations were held between Egypt and Israel in Cairo.", []string{"EGY>ISR:046/asserted", "ISR>EGY:046/asserted"}},
		{"state-between", "Talks are continuing between Ethiopia and Sudan on the dam.", []string{"ETH>SDN:046/asserted", "SDN>ETH:046/asserted"}},
		// not an act going on or held
		{"state-none", "Talks are needed between Kenya and Somalia.", []string{}},
		{"state-none", "Relations are good between Chile and Peru.", []string{}},
		{"state-none", "The talks are between Chile and Peru.", []string{}},
		// "between X and the Y (Z)" names both
		{"between-members", "Talks between Kenya and the World Bank (WB) resumed.", []string{"KEN>WORLDBANK:046/asserted", "WORLDBANK>KEN:046/asserted"}},
	})
}
