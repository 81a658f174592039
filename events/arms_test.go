package events

import "testing"

// TestArmsTransfers checks transfers of weapons named with the supplier's nationality after the
// noun ("shipments of U.S. arms to Iran"). The sentences are written for this test; each
// expectation lists every event, in order.
func TestArmsTransfers(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"arms", "Shipments of U.S. arms to Iran began in 1985.", []string{"USA>IRN:072/asserted"}},
		{"arms", "The sale of French weapons to Iraq angered Iran.", []string{"FRA>IRQ:072/asserted"}},
		{"arms", "Deliveries of Russian S-300 missiles to Syria were delayed.", []string{"RUS>SYR:072/asserted"}},
		{"arms", "Officials said nothing about it because shipments of U.S. arms to Iran only started in late 1985.", []string{"USA>IRN:072/asserted"}},
		{"arms", "Nobody knew of it, since deliveries of British arms to Jordan did not start until the spring.", []string{"GBR>JOR:072/asserted"}},
		// other goods are trade, left to the statistics rule; the topic of a condemnation is no event
		{"arms", "Shipments of U.S. wheat to the Soviet Union rose.", []string{}},
		{"arms", "Exports of Japanese cars to the United States fell.", []string{}},
		{"arms", "China condemned the sale of U.S. arms to Taiwan.", []string{"CHN>TWN:111/asserted"}},
	})
}
